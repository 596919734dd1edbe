#pragma once

#include "models/sim/sharedseries.h"
#include "models/sim/siminput.h"

#include <algorithm>
#include <array>
#include <vector>

namespace cc::sim {

// Indicators of one unit (a township or the whole county) in one month. Rates
// are fractions 0..1, money is yuan, episodes are expected counts.
struct Indicators {
    double population = 0;
    double demand = 0; // expected episodes wanted
    double unmet = 0;  // episodes no candidate could treat (no eligible facility)
    std::array<double, kLevels> outpatientEpisodes{};
    std::array<double, kLevels> inpatientEpisodes{};
    // 县域就诊率: in-county (VC+THC+CH) episodes / all episodes.
    double inCountyRate = 0;
    // 县域内住院人次占比: in-county admissions / all admissions.
    double inCountyInpatientShare = 0;
    // 基层诊疗量占比: (VC+THC) outpatient visits / in-county outpatient visits.
    double grassrootsShare = 0;
    // The same over the 12 months ending with this one (fewer at the start).
    double inCountyRate12 = 0;
    double inCountyInpatientShare12 = 0;
    double grassrootsShare12 = 0;
    double costYuan = 0;
    double oopYuan = 0;      // out-of-pocket, insured and uninsured residents
    double oopPerCapita = 0; // oopYuan / population (this month)
    double oopShareOfCost = 0;
    std::array<double, kLevels> claimsYuan{}; // fund claims by level (fee-for-service or DRG)
    double drgYuan = 0;                       // part of the claims paid by DRG points
    double capitationYuan = 0;                // 按人头付费 for signed residents
    double claimsTotalYuan = 0;               // sum of claims and capitation
    // Part of the claims above the high-cost threshold per admission, paid by the
    // critical-illness carve-out outside the alliance's budget (大病/高额费用).
    double criticalIllnessYuan = 0;
    // 医保基金县域内支出占比: in-county claims (incl. capitation) / all claims.
    double inCountyFundShare = 0;
    // County doctors (home at a county hospital) posted 6+ months at a grassroots
    // facility of the unit, per 10,000 residents.
    double countyDoctorsPer10k = 0;
    // Beds of the unit's in-county facilities: bed-days used and available
    // (beds x days of the month), their ratio (病床使用率).
    double bedDays = 0;
    double bedDaysAvailable = 0;
    double bedOccupancy = 0;
    // Congestion terms entering the choice, weighted by the facilities' load:
    // outpatient by clinic minutes, inpatient by bed-days (in-county facilities).
    double outpatientWait = 0;
    double inpatientWait = 0;
    // Care (Model 2, part 2): admissions the alliance's health management
    // avoided, admissions per 1,000 residents a year, average length of stay
    // in days, referrals up (through the alliance, beyond the home township
    // centre) and down (recovery days moved to the home centre), the yearly
    // cost of telemedicine links spread over the months.
    double avoidedAdmissions = 0;
    double admissionsPer1000 = 0;
    double averageLengthOfStay = 0;
    double referralsUp = 0;
    double referralsDown = 0;
    double telemedicineCostYuan = 0;

    double episodes() const;
};

// The county resident insurance fund in one month (yuan).
struct FundMonth {
    double revenue = 0;         // premiums and subsidies, booked monthly
    double claims = 0;          // what the residents' care costs the fund (FFS/DRG/capitation)
    double criticalIllness = 0; // the high-cost part of the claims (included in claims)
    double globalBudget = 0;    // this month's share of the global budget (0 when off)
    // Paid this month: the claims under fee-for-service; under a global budget the
    // prepayment plus the critical-illness part, which stays outside the budget.
    double payments = 0;
    double settlements = 0; // year-end settlement with the alliance (this month)
    // 周转金: advanced at the start of a budget year (> 0), recovered at its settlement (< 0).
    double turnover = 0;
    double openingBalance = 0;
    double closingBalance = 0;  // = opening + revenue - payments - settlements - turnover
    double monthsOfReserve = 0; // closing balance / mean monthly outflow (last 12 months)
    double retainedSurplus = 0; // alliance's retained surplus (< 0: overrun it bears), year end
    double drgPointValue = 0;   // yuan per point in effect
    bool globalBudgetOn = false;
};

// Days in an average month (bed-days available = beds x this).
constexpr double kDaysPerMonth = 365.0 / 12.0;

// The results of a run, over arrays of type Series<T>: the engine works on
// flat vectors (ResultArrays) and publishes them as shared blocks (Results),
// one block per township's or facility's months, so a copy of Results is a
// copy of block pointers and a snapshot shares what an update did not change.
template <template <class> class Series> struct ResultsOf {
    int months = 0;
    int townships = 0;
    int lines = 0;
    int facilities = 0;
    int startYear = 2025;
    int startMonth = 1;
    Series<Indicators> county;   // [t]
    Series<Indicators> township; // [w * months + t]
    Series<FundMonth> fund;      // [t]
    // Episodes by (month, level, line) for the county: [(t * kLevels + l) * lines + k].
    Series<double> countyEpisodes;
    // Per facility and month: [f * months + t].
    Series<double> facilityEpisodes;
    Series<double> facilityWorkloadMinutes;
    Series<double> facilityFte;           // FTE present (home staff + postings)
    Series<double> facilityFteNeeded;     // WISN: workload / available minutes per FTE
    Series<double> facilityWait;          // outpatient congestion term entering the utility
    Series<double> facilityInpatientWait; // inpatient congestion term (beds and ward staff)
    Series<double> facilityBedDays;       // bed-days used
    Series<double> facilityBeds;          // [f]: beds
    Series<double> facilityDrgRevenue;    // DRG points x point value (THC and CH)

    const Indicators &countyAt(int t) const { return county[static_cast<std::size_t>(t)]; }
    const Indicators &townshipAt(int w, int t) const
    {
        return township[static_cast<std::size_t>(w) * months + t];
    }
    // Bed occupancy of facility f in month t (0 without beds).
    double bedOccupancy(int f, int t) const
    {
        const double beds = facilityBeds[static_cast<std::size_t>(f)];
        return beds > 0 ? facilityBedDays[static_cast<std::size_t>(f) * months + t] /
                              (beds * kDaysPerMonth)
                        : 0.0;
    }
    double countyEpisodesAt(int t, int level, int line) const
    {
        return countyEpisodes[(static_cast<std::size_t>(t) * kLevels + level) * lines + line];
    }
};

template <class T> using FlatSeries = std::vector<T>;
// What the engine computes into.
using ResultArrays = ResultsOf<FlatSeries>;
// What the engine publishes: immutable blocks shared between snapshots.
using Results = ResultsOf<SharedSeries>;

// What a block of a published array holds: the whole array (the county's),
// one township's months or one facility's months.
enum class ResultUnit { County, Township, Facility };

// Calls fn(x, y, unit) for each array x of `a` with the same array y of `b`.
template <class A, class B, class Fn> void forEachResultArray(A &a, B &b, Fn &&fn)
{
    fn(a.county, b.county, ResultUnit::County);
    fn(a.township, b.township, ResultUnit::Township);
    fn(a.fund, b.fund, ResultUnit::County);
    fn(a.countyEpisodes, b.countyEpisodes, ResultUnit::County);
    fn(a.facilityEpisodes, b.facilityEpisodes, ResultUnit::Facility);
    fn(a.facilityWorkloadMinutes, b.facilityWorkloadMinutes, ResultUnit::Facility);
    fn(a.facilityFte, b.facilityFte, ResultUnit::Facility);
    fn(a.facilityFteNeeded, b.facilityFteNeeded, ResultUnit::Facility);
    fn(a.facilityWait, b.facilityWait, ResultUnit::Facility);
    fn(a.facilityInpatientWait, b.facilityInpatientWait, ResultUnit::Facility);
    fn(a.facilityBedDays, b.facilityBedDays, ResultUnit::Facility);
    fn(a.facilityBeds, b.facilityBeds, ResultUnit::County);
    fn(a.facilityDrgRevenue, b.facilityDrgRevenue, ResultUnit::Facility);
}
static_assert(sizeof(ResultArrays) == 6 * sizeof(int) + 13 * sizeof(std::vector<double>),
              "every array of ResultsOf is listed in forEachResultArray()");

// Which blocks an update can have changed (an empty mask: any). Blocks left
// out are not compared when publishing.
struct PublishHint {
    std::vector<char> townships;  // [w]
    std::vector<char> facilities; // [f]
    std::vector<char> drgRevenue; // [f]: facilityDrgRevenue (point values move all)
};

// Makes `to` hold the values of `from`, sharing every block whose values did
// not change with the snapshots taken of `to` before. Returns the blocks written.
inline std::size_t publish(Results &to, const ResultArrays &from, const PublishHint *hint = nullptr)
{
    to.months = from.months;
    to.townships = from.townships;
    to.lines = from.lines;
    to.facilities = from.facilities;
    to.startYear = from.startYear;
    to.startMonth = from.startMonth;
    const std::size_t months = static_cast<std::size_t>(std::max(1, from.months));
    std::size_t written = 0;
    forEachResultArray(to, from, [&](auto &x, const auto &y, ResultUnit unit) {
        const std::vector<char> *check = nullptr;
        if (hint && unit == ResultUnit::Township)
            check = &hint->townships;
        else if (hint && unit == ResultUnit::Facility)
            check = static_cast<const void *>(&y) == &from.facilityDrgRevenue ? &hint->drgRevenue
                                                                              : &hint->facilities;
        if (check && check->empty())
            check = nullptr;
        const std::size_t block =
            unit == ResultUnit::County ? std::max<std::size_t>(1, y.size()) : months;
        written += x.publish(y, block, check);
    });
    return written;
}

} // namespace cc::sim
