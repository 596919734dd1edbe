#include "models/sim/resultscompare.h"

#include <algorithm>
#include <cmath>
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
    void vec(const std::vector<double> &a, const std::vector<double> &b, const char *what)
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
        const double pa[] = {a.population,
                             a.demand,
                             a.unmet,
                             a.inCountyRate,
                             a.inCountyInpatientShare,
                             a.grassrootsShare,
                             a.inCountyRate12,
                             a.inCountyInpatientShare12,
                             a.grassrootsShare12,
                             a.costYuan,
                             a.oopYuan,
                             a.oopPerCapita,
                             a.oopShareOfCost,
                             a.drgYuan,
                             a.capitationYuan,
                             a.claimsTotalYuan,
                             a.inCountyFundShare,
                             a.countyDoctorsPer10k};
        const double pb[] = {b.population,
                             b.demand,
                             b.unmet,
                             b.inCountyRate,
                             b.inCountyInpatientShare,
                             b.grassrootsShare,
                             b.inCountyRate12,
                             b.inCountyInpatientShare12,
                             b.grassrootsShare12,
                             b.costYuan,
                             b.oopYuan,
                             b.oopPerCapita,
                             b.oopShareOfCost,
                             b.drgYuan,
                             b.capitationYuan,
                             b.claimsTotalYuan,
                             b.inCountyFundShare,
                             b.countyDoctorsPer10k};
        for (std::size_t j = 0; j < sizeof pa / sizeof pa[0]; ++j)
            check(pa[j], pb[j], what, i * 100 + static_cast<int>(j));
        for (int l = 0; l < kLevels; ++l) {
            check(a.outpatientEpisodes[l], b.outpatientEpisodes[l], what, i * 100 + 50 + l);
            check(a.inpatientEpisodes[l], b.inpatientEpisodes[l], what, i * 100 + 60 + l);
            check(a.claimsYuan[l], b.claimsYuan[l], what, i * 100 + 70 + l);
        }
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
    for (std::size_t i = 0; i < a.fund.size(); ++i) {
        const FundMonth &x = a.fund[i], &y = b.fund[i];
        const double px[] = {x.revenue,        x.claims,          x.globalBudget,
                             x.payments,       x.settlements,     x.openingBalance,
                             x.closingBalance, x.monthsOfReserve, x.retainedSurplus,
                             x.drgPointValue};
        const double py[] = {y.revenue,        y.claims,          y.globalBudget,
                             y.payments,       y.settlements,     y.openingBalance,
                             y.closingBalance, y.monthsOfReserve, y.retainedSurplus,
                             y.drgPointValue};
        for (std::size_t j = 0; j < sizeof px / sizeof px[0]; ++j)
            tr.check(px[j], py[j], "fund", static_cast<int>(i * 100 + j));
    }
    tr.vec(a.countyEpisodes, b.countyEpisodes, "countyEpisodes");
    tr.vec(a.facilityEpisodes, b.facilityEpisodes, "facilityEpisodes");
    tr.vec(a.facilityWorkloadMinutes, b.facilityWorkloadMinutes, "facilityWorkloadMinutes");
    tr.vec(a.facilityFte, b.facilityFte, "facilityFte");
    tr.vec(a.facilityFteNeeded, b.facilityFteNeeded, "facilityFteNeeded");
    tr.vec(a.facilityWait, b.facilityWait, "facilityWait");
    return tr.worst;
}

} // namespace cc::sim
