#pragma once

// Golden-hour coverage (黄金救治时间覆盖): how many residents live within a
// threshold of road travel time of a time-critical care centre of a kind
// (chest-pain, stroke, trauma, critical maternal care). Travel times are the
// engine's (models/sim/travel.h: over the road network where it helps, else
// straight line x detour at the off-road speed).

#include "models/sim/siminput.h"

#include <vector>

namespace cc::planner {

// Minutes from every settlement to every facility that could be a centre (an
// active township centre or county hospital), computed once.
class CoverageMatrix {
public:
    CoverageMatrix() = default;
    explicit CoverageMatrix(const sim::Input &input);

    // Population of active settlements whose nearest centre (centres[f] != 0,
    // by dense facility index) is within `thresholdMinutes`.
    double populationWithin(const std::vector<char> &centres, double thresholdMinutes) const;
    // Active population (the denominator).
    double population() const { return m_population; }
    // Minutes from settlement s to facility f; a negative number when f is not
    // a possible centre.
    double minutes(int s, int f) const;

private:
    int m_facilities = 0;
    std::vector<int> m_column;     // [f]: column of facility f, -1 when not a possible centre
    std::vector<double> m_minutes; // [s * columns + column]
    std::vector<double> m_people;  // [s], 0 for inactive settlements
    std::vector<int> m_columnFacility;
    double m_population = 0;
};

} // namespace cc::planner
