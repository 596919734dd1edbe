#pragma once

#include "models/analysis/levers.h"
#include "models/analysis/runcontrol.h"

#include <vector>

namespace cc::analysis {

// One bar of the tornado: the indicator with the lever moved down and up.
struct SensitivityEntry {
    Lever lever;
    double baseValue = 0;               // the lever's month-0 value
    double lowValue = 0, highValue = 0; // after -step / +step, clamped to the valid range
    double lowIndicator = 0, highIndicator = 0;
    double lowEffect(double base) const { return lowIndicator - base; }
    double highEffect(double base) const { return highIndicator - base; }
    // Length of the bar: the larger distance of either side from the base.
    double swing(double base) const;
};

struct SensitivityOptions {
    Indicator indicator = Indicator::InCountyRate;
    double step = 0.10; // relative move of each lever, down and up
    std::vector<Lever> levers = keyLevers();
    int threads = 1;
};

struct SensitivityResult {
    bool completed = false; // false: canceled, and `entries` is empty
    Indicator indicator = Indicator::InCountyRate;
    double step = 0.10;
    double baseIndicator = 0;
    // Sorted by swing, largest first (ties keep the lever order).
    std::vector<SensitivityEntry> entries;
    // Levers the input has nothing for, or whose value is 0 (a relative move
    // leaves them where they are).
    std::vector<Lever> skipped;
};

// One-at-a-time sensitivity (tornado): for each lever, the input with that
// lever scaled by (1 - step) and by (1 + step), every other value at the base.
// Runs are applied incrementally: each worker builds one engine on the base
// input and applies the ChangeSet from its current input to each moved input.
// Work is cut into fixed groups of levers, independent of the thread count, so
// the numbers do not depend on how many threads ran them. Reports one step per
// engine run (the base runs included) to `control`; stops early when canceled.
SensitivityResult runSensitivity(const sim::Input &base, const SensitivityOptions &options,
                                 RunControl &control);

} // namespace cc::analysis
