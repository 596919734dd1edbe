#include "models/planner/goldenhour.h"

#include "models/sim/travel.h"

namespace cc::planner {

CoverageMatrix::CoverageMatrix(const sim::Input &input)
    : m_facilities(static_cast<int>(input.facilities.size()))
{
    m_column.assign(input.facilities.size(), -1);
    for (int f = 0; f < m_facilities; ++f) {
        const sim::Facility &fac = input.facilities[static_cast<std::size_t>(f)];
        if (fac.active && (fac.level == sim::TownshipCentre || fac.level == sim::CountyHospital)) {
            m_column[static_cast<std::size_t>(f)] = static_cast<int>(m_columnFacility.size());
            m_columnFacility.push_back(f);
        }
    }
    const std::size_t columns = m_columnFacility.size();
    const std::size_t settlements = input.settlements.size();
    m_minutes.assign(settlements * columns, 0.0);
    m_people.assign(settlements, 0.0);
    sim::TravelModel travel;
    travel.build(input);
    sim::RoadNetwork::Scratch scratch;
    std::vector<double> out;
    for (std::size_t s = 0; s < settlements; ++s) {
        const sim::Settlement &st = input.settlements[s];
        if (!st.active)
            continue;
        m_people[s] = st.population;
        m_population += st.population;
        if (columns == 0)
            continue;
        travel.minutes(input, static_cast<int>(s), m_columnFacility, out, scratch);
        std::copy(out.begin(), out.end(),
                  m_minutes.begin() + static_cast<std::ptrdiff_t>(s * columns));
    }
}

double CoverageMatrix::minutes(int s, int f) const
{
    if (f < 0 || f >= m_facilities || m_column[static_cast<std::size_t>(f)] < 0)
        return -1;
    return m_minutes[static_cast<std::size_t>(s) * m_columnFacility.size() +
                     static_cast<std::size_t>(m_column[static_cast<std::size_t>(f)])];
}

double CoverageMatrix::populationWithin(const std::vector<char> &centres,
                                        double thresholdMinutes) const
{
    std::vector<std::size_t> columns;
    for (std::size_t c = 0; c < m_columnFacility.size(); ++c) {
        const auto f = static_cast<std::size_t>(m_columnFacility[c]);
        if (f < centres.size() && centres[f])
            columns.push_back(c);
    }
    double covered = 0;
    const std::size_t stride = m_columnFacility.size();
    for (std::size_t s = 0; s < m_people.size(); ++s) {
        if (m_people[s] <= 0)
            continue;
        for (std::size_t c : columns)
            if (m_minutes[s * stride + c] <= thresholdMinutes) {
                covered += m_people[s];
                break;
            }
    }
    return covered;
}

} // namespace cc::planner
