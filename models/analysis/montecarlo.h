#pragma once

#include "models/analysis/runcontrol.h"
#include "models/domain/parameters.h"
#include "models/sim/results.h"
#include "models/sim/siminput.h"

#include <QString>
#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace cc::analysis {

// The uncertain inputs of a Monte Carlo run, in sample-dimension order.
enum class Uncertain : int {
    CoefInCounty,   // bin
    CoefSignedHome, // bsig
    CoefWait,       // bw
    CoefCost,       // bc of every line
    CoefTravel,     // bt of every line
    CoefQuality,    // bq of every line
    OutpatientRate, // visits per person per year of every outpatient line
    InpatientRate,  // admissions per person per year of every inpatient line
    // Providers' response and referral (Model 2, part 2).
    AvoidableShare,
    CapitationIncentive,
    StayReduction,
    CostReduction,
    ReferralUp,
    ReferralDown,
};
constexpr int kUncertainCount = 14;
SettingKey uncertaintyKey(Uncertain u); // where the project stores its range
QString uncertainLabel(Uncertain u);    // translated

// Uncertainty ranges, stored in the project's settings (SettingKey::Uncertainty*):
// each input is drawn uniformly in [1 - h, 1 + h] times its project value.
struct UncertaintyRanges {
    std::array<double, kUncertainCount> halfWidth{};
    int draws = 200;
    std::uint64_t seed = 1;

    static UncertaintyRanges fromSettings(const ModelSettings &settings);
    void writeTo(ModelSettings &settings) const;
    bool isZero() const;
};

struct MonteCarloOptions {
    UncertaintyRanges ranges;
    int threads = 1;
    // Refit the choice constants of every draw so the draw, too, reproduces the
    // county's stated starting shares under the baseline: the bands then show
    // the uncertainty of how residents respond to change, not of where the
    // county starts (which is observed). The refit moves each constant by the
    // difference between the draw's fit and the fit with the project's own
    // coefficients, so a draw with unmoved coefficients keeps the project's
    // constants exactly.
    bool refit = true;
};

// Quantiles per month (linear interpolation between order statistics,
// Hyndman & Fan 1996 type 7).
struct Bands {
    std::vector<double> p5, p25, p50, p75, p95;
};

struct MonteCarloResult {
    bool completed = false; // false: canceled, and nothing below is filled
    int draws = 0;
    int months = 0;
    int startYear = 2025, startMonth = 1;
    std::vector<std::array<double, kUncertainCount>> multipliers; // [draw]
    std::vector<std::vector<double>> fundBalance;                 // [draw][t], yuan
    std::vector<std::vector<double>> inCountyRate;                // [draw][t], 0..1
    std::vector<std::vector<double>> annualResult;                // [draw][year], yuan
    std::vector<int> years;                                       // calendar years
    Bands fundBalanceBands;
    Bands inCountyRateBands;
    // Probability that the fund runs a deficit in some year: the share of draws
    // in which at least one calendar year of the horizon has a negative annual
    // fund result (revenue - payments - year-end settlements over that year's
    // months in the horizon, see annualFundResults()).
    double deficitProbability = 0;
    std::vector<double> deficitProbabilityByYear; // [year]: share of draws negative that year
};

// The scenario input with one draw's multipliers applied (no refit).
sim::Input applyDraw(const sim::Input &input, const std::array<double, kUncertainCount> &m);
// One draw, a full engine run of `scenario` with the multipliers applied. With
// `fittedBaseline` (the baseline after sim::calibrate with the project's own
// coefficients) the choice constants are refitted as MonteCarloOptions::refit says.
sim::Results runDraw(const sim::Input &scenario, const sim::Input *fittedBaseline,
                     const std::array<double, kUncertainCount> &multipliers);
// The multipliers of every draw: 1 + h * (2u - 1) over a Latin hypercube sample.
std::vector<std::array<double, kUncertainCount>> drawMultipliers(const UncertaintyRanges &ranges);

// Runs every draw of `scenario` (a full engine run each, on `options.threads`
// threads). `baseline` is the project's baseline compiled with the same index
// map (the refit calibrates on it); pass the scenario itself when it is the
// baseline. One step per draw; a canceled run stops starting draws and returns
// completed = false.
MonteCarloResult runMonteCarlo(const sim::Input &scenario, const sim::Input &baseline,
                               const MonteCarloOptions &options, RunControl &control);

// Quantile q in [0,1] of `values` (sorted in place), type 7.
double quantile(std::vector<double> &values, double q);
Bands bandsOf(const std::vector<std::vector<double>> &series, int months);

} // namespace cc::analysis
