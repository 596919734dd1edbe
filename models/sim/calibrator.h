#pragma once

#include "models/sim/siminput.h"

#include <string>
#include <vector>

namespace cc::sim {

struct CalibrationOptions {
    double tolerance = 0.0005; // largest share error allowed (0.05 pp, inside the 0.1 pp target)
    int maxIterations = 500;
};

struct CalibrationReport {
    bool converged = false;
    int iterations = 0;
    double maxError = 0;               // largest |modelled - stated| share over lines and levels
    std::vector<std::string> problems; // lines/levels that cannot be fitted, in English
    // Aggregates of the fitted month 0 (whole county).
    double inCountyRate = 0;
    double inCountyInpatientShare = 0;
    double grassrootsShare = 0;
};

// Fits the alternative-specific constants (ServiceLine::asc by level) so month 0
// reproduces each line's stated starting shares by level
// (ServiceLine::baselineShare), iterating asc += ln(stated / modelled).
//
// Month 0 is used because its congestion term is zero by construction (the
// queue is lagged one month), so the fit is the county's stated starting point
// with or without congestion. Levels with a stated share of 0 get a constant
// of -30 (their share vanishes). The schedule's month-0 policy is the one that
// applies, so calibrate on the baseline scenario.
CalibrationReport calibrate(Input &input, const CalibrationOptions &options = {});

} // namespace cc::sim
