#include "models/analysis/sensitivity.h"

#include "models/sim/changeset.h"
#include "models/sim/engine.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace cc::analysis {

namespace {

// Levers per worker group: one base engine serves this many levers (two runs each).
constexpr int kLeversPerGroup = 3;

} // namespace

double SensitivityEntry::swing(double base) const
{
    return std::max(std::abs(lowIndicator - base), std::abs(highIndicator - base));
}

SensitivityResult runSensitivity(const sim::Input &base, const SensitivityOptions &options,
                                 RunControl &control)
{
    SensitivityResult result;
    result.indicator = options.indicator;
    result.step = options.step;

    std::vector<SensitivityEntry> entries;
    for (const Lever &lever : options.levers) {
        const double value = leverValue(base, lever);
        if (!std::isfinite(value) || value == 0.0) {
            result.skipped.push_back(lever);
            continue;
        }
        SensitivityEntry e;
        e.lever = lever;
        e.baseValue = value;
        sim::Input low = base;
        scaleLever(low, lever, 1.0 - options.step);
        e.lowValue = leverValue(low, lever);
        sim::Input high = base;
        scaleLever(high, lever, 1.0 + options.step);
        e.highValue = leverValue(high, lever);
        entries.push_back(e);
    }

    const int groups = (static_cast<int>(entries.size()) + kLeversPerGroup - 1) / kLeversPerGroup;
    // Each group runs its base once, then two moved inputs per lever; group 0's
    // base also gives the base indicator.
    control.setTotal(groups + 2 * static_cast<int>(entries.size()) + (groups == 0 ? 1 : 0));
    std::vector<double> baseOfGroup(static_cast<std::size_t>(std::max(groups, 1)), 0.0);

    const auto runGroup = [&](int g) {
        if (control.isCanceled())
            return;
        sim::Engine engine(base);
        baseOfGroup[static_cast<std::size_t>(g)] =
            indicatorValue(engine.results(), options.indicator);
        control.step();
        const int first = g * kLeversPerGroup;
        const int last = std::min(static_cast<int>(entries.size()), first + kLeversPerGroup);
        for (int i = first; i < last; ++i) {
            SensitivityEntry &e = entries[static_cast<std::size_t>(i)];
            for (int side = 0; side < 2; ++side) {
                if (control.isCanceled())
                    return;
                sim::Input moved = base;
                scaleLever(moved, e.lever, side == 0 ? 1.0 - options.step : 1.0 + options.step);
                engine.apply(sim::diffInputs(engine.input(), moved));
                const double v = indicatorValue(engine.results(), options.indicator);
                (side == 0 ? e.lowIndicator : e.highIndicator) = v;
                control.step();
            }
        }
    };

    if (groups == 0) {
        sim::Engine engine(base);
        baseOfGroup[0] = indicatorValue(engine.results(), options.indicator);
        control.step();
    } else {
        std::vector<int> ids(static_cast<std::size_t>(groups));
        std::iota(ids.begin(), ids.end(), 0);
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(1, options.threads));
        QtConcurrent::blockingMap(&pool, ids, runGroup);
    }
    if (control.isCanceled())
        return result;

    result.baseIndicator = baseOfGroup[0];
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const SensitivityEntry &a, const SensitivityEntry &b) {
                         return a.swing(result.baseIndicator) > b.swing(result.baseIndicator);
                     });
    result.entries = std::move(entries);
    result.completed = true;
    return result;
}

} // namespace cc::analysis
