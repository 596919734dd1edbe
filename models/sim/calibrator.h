#pragma once

#include "models/sim/siminput.h"

#include <string>
#include <vector>

namespace cc::sim {

struct CalibrationOptions {
    // Largest gap allowed between a stated and a modelled share (0.05 points,
    // inside the 0.1-point promise) and between the claims-to-revenue ratios.
    double tolerance = 0.0005;
    int maxIterations = 400;
    int months = 12; // the first year: its averages are fitted
};

// One fitted indicator: the first-year average against the stated value.
struct CalibrationIndicator {
    std::string
        name; // in_county_rate, in_county_inpatient_share, grassroots_share, claims_to_revenue
    double target = 0;
    double modelled = 0;
    bool stated = false; // false: not stated in the project, not fitted
    double gap() const { return modelled - target; }
};

struct CalibrationReport {
    bool converged = false;
    int iterations = 0;
    double maxError = 0;               // largest |modelled - target| share over lines and levels
    std::vector<std::string> problems; // what cannot be met, in English
    std::vector<CalibrationIndicator> indicators; // the four above, in that order
    double claimsScale = 1.0;                     // SettingKey::ClaimsScale after the fit
    // First-year averages of the fitted run (whole county).
    double inCountyRate = 0;
    double inCountyInpatientShare = 0;
    double grassrootsShare = 0;
};

// Fits the alternative-specific constants (ServiceLine::asc by level) so that
// the first year's averages, with congestion as the settings say, reproduce
// the project's stated indicators (SettingKey::TargetInCountyRate,
// TargetInCountyInpatientShare, TargetGrassrootsShare; a target <= 0 is not
// stated) and each line's stated shares by level (ServiceLine::baselineShare),
// the latter moved as little as possible to agree with the former: the odds of
// in-county care of the inpatient and of the outpatient lines and the odds of
// grassroots care among in-county outpatient visits are shifted until the
// aggregates match. Where the fund's claims-to-revenue ratio of the first year
// is stated (SettingKey::TargetClaimsToRevenue > 0), SettingKey::ClaimsScale is
// fitted too. Iterates asc += ln(target / modelled).
//
// A level without a stated share gets the constant of the nearest level above
// it that has one (or below, failing that): a facility of that level that
// gains the line (a posted specialist, new capability) then competes on
// capability, price, travel and waiting like the level patients would
// otherwise use. Its share is left to the model and the stated levels share
// the rest. The schedule's first-year policy applies: calibrate on the
// baseline scenario.
CalibrationReport calibrate(Input &input, const CalibrationOptions &options = {});

} // namespace cc::sim
