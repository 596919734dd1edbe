#include "models/sim/resultscompare.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace cc::sim {

namespace {

struct Tracker {
    double worst = 0;
    std::string where;
    std::string *out;
    void check(double a, double b, const char *what, int index)
    {
        const double d = std::abs(a - b) / std::max({std::abs(a), std::abs(b), 1.0});
        if (d > worst || std::isnan(d)) {
            worst = std::isnan(d) ? std::numeric_limits<double>::infinity() : d;
            if (out)
                *out = std::string(what) + "[" + std::to_string(index) + "]: " + std::to_string(a) +
                       " vs " + std::to_string(b);
        }
    }
    void vec(const SharedSeries<double> &a, const SharedSeries<double> &b, const char *what)
    {
        if (a.size() != b.size()) {
            worst = std::numeric_limits<double>::infinity();
            if (out)
                *out = std::string(what) + ": sizes differ";
            return;
        }
        for (std::size_t i = 0; i < a.size(); ++i)
            check(a[i], b[i], what, static_cast<int>(i));
    }
    void indicators(const Indicators &a, const Indicators &b, const char *what, int i)
    {
        // Every number of an Indicators, once.
        static constexpr double Indicators::*kFields[] = {
            &Indicators::population,
            &Indicators::demand,
            &Indicators::unmet,
            &Indicators::inCountyRate,
            &Indicators::inCountyInpatientShare,
            &Indicators::grassrootsShare,
            &Indicators::inCountyRate12,
            &Indicators::inCountyInpatientShare12,
            &Indicators::grassrootsShare12,
            &Indicators::costYuan,
            &Indicators::oopYuan,
            &Indicators::oopPerCapita,
            &Indicators::oopShareOfCost,
            &Indicators::drgYuan,
            &Indicators::capitationYuan,
            &Indicators::claimsTotalYuan,
            &Indicators::criticalIllnessYuan,
            &Indicators::inCountyFundShare,
            &Indicators::countyDoctorsPer10k,
            &Indicators::bedDays,
            &Indicators::bedDaysAvailable,
            &Indicators::bedOccupancy,
            &Indicators::outpatientWait,
            &Indicators::inpatientWait,
            &Indicators::avoidedAdmissions,
            &Indicators::admissionsPer1000,
            &Indicators::averageLengthOfStay,
            &Indicators::referralsUp,
            &Indicators::referralsDown,
            &Indicators::telemedicineCostYuan,
        };
        // A number added to Indicators without a row here fails to compile.
        static_assert(sizeof(Indicators) == (std::size(kFields) + 3 * kLevels) * sizeof(double),
                      "every scalar of Indicators is listed once, with its three arrays by level");
        for (std::size_t j = 0; j < std::size(kFields); ++j)
            check(a.*kFields[j], b.*kFields[j], what, i * 100 + static_cast<int>(j));
        for (int l = 0; l < kLevels; ++l) {
            check(a.outpatientEpisodes[l], b.outpatientEpisodes[l], what, i * 100 + 50 + l);
            check(a.inpatientEpisodes[l], b.inpatientEpisodes[l], what, i * 100 + 60 + l);
            check(a.claimsYuan[l], b.claimsYuan[l], what, i * 100 + 70 + l);
        }
    }
    void fund(const FundMonth &a, const FundMonth &b, int i)
    {
        static constexpr double FundMonth::*kFields[] = {
            &FundMonth::revenue,         &FundMonth::claims,          &FundMonth::criticalIllness,
            &FundMonth::globalBudget,    &FundMonth::payments,        &FundMonth::settlements,
            &FundMonth::turnover,        &FundMonth::openingBalance,  &FundMonth::closingBalance,
            &FundMonth::monthsOfReserve, &FundMonth::retainedSurplus, &FundMonth::drgPointValue,
        };
        // The same for FundMonth (its one flag, globalBudgetOn, padded to a double).
        static_assert(sizeof(FundMonth) == (std::size(kFields) + 1) * sizeof(double),
                      "every number of FundMonth is listed once");
        for (std::size_t j = 0; j < std::size(kFields); ++j)
            check(a.*kFields[j], b.*kFields[j], "fund", i * 100 + static_cast<int>(j));
    }
};

} // namespace

double maxRelativeDifference(const Results &a, const Results &b, std::string *where)
{
    Tracker tr{0, {}, where};
    if (a.months != b.months || a.county.size() != b.county.size() ||
        a.township.size() != b.township.size() || a.fund.size() != b.fund.size()) {
        if (where)
            *where = "shapes differ";
        return std::numeric_limits<double>::infinity();
    }
    for (std::size_t i = 0; i < a.county.size(); ++i)
        tr.indicators(a.county[i], b.county[i], "county", static_cast<int>(i));
    for (std::size_t i = 0; i < a.township.size(); ++i)
        tr.indicators(a.township[i], b.township[i], "township", static_cast<int>(i));
    for (std::size_t i = 0; i < a.fund.size(); ++i)
        tr.fund(a.fund[i], b.fund[i], static_cast<int>(i));
    tr.vec(a.countyEpisodes, b.countyEpisodes, "countyEpisodes");
    tr.vec(a.facilityEpisodes, b.facilityEpisodes, "facilityEpisodes");
    tr.vec(a.facilityWorkloadMinutes, b.facilityWorkloadMinutes, "facilityWorkloadMinutes");
    tr.vec(a.facilityFte, b.facilityFte, "facilityFte");
    tr.vec(a.facilityFteNeeded, b.facilityFteNeeded, "facilityFteNeeded");
    tr.vec(a.facilityWait, b.facilityWait, "facilityWait");
    tr.vec(a.facilityInpatientWait, b.facilityInpatientWait, "facilityInpatientWait");
    tr.vec(a.facilityBedDays, b.facilityBedDays, "facilityBedDays");
    tr.vec(a.facilityBeds, b.facilityBeds, "facilityBeds");
    tr.vec(a.facilityDrgRevenue, b.facilityDrgRevenue, "facilityDrgRevenue");
    return tr.worst;
}

} // namespace cc::sim
