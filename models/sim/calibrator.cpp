#include "models/sim/calibrator.h"

#include "models/sim/engine.h"

#include <algorithm>
#include <cmath>

namespace cc::sim {

CalibrationReport calibrate(Input &input, const CalibrationOptions &options)
{
    CalibrationReport report;
    Input work = input;
    work.settings[SettingKey::HorizonMonths] = 1;
    const int K = static_cast<int>(work.lines.size());
    // Stated shares normalised over levels.
    std::vector<LevelArray> target(K);
    for (int k = 0; k < K; ++k) {
        double sum = 0;
        for (double v : work.lines[k].baselineShare)
            sum += std::max(0.0, v);
        for (int l = 0; l < kLevels; ++l)
            target[k][l] = sum > 0 ? std::max(0.0, work.lines[k].baselineShare[l]) / sum : 0.0;
        if (sum <= 0)
            report.problems.push_back("line " + std::to_string(k) + ": no stated starting shares");
        for (int l = 0; l < kLevels; ++l)
            if (target[k][l] == 0)
                work.lines[k].asc[l] = -30.0;
    }
    Engine engine(work);
    for (int it = 0; it < options.maxIterations; ++it) {
        const Results &r = engine.results();
        double worst = 0;
        ChangeSet change;
        for (int k = 0; k < K; ++k) {
            double all = 0;
            for (int l = 0; l < kLevels; ++l)
                all += r.countyEpisodesAt(0, l, k);
            if (all <= 0)
                continue;
            ServiceLine line = engine.input().lines[k];
            bool moved = false;
            for (int l = 0; l < kLevels; ++l) {
                const double modelled = r.countyEpisodesAt(0, l, k) / all;
                worst = std::max(worst, std::abs(modelled - target[k][l]));
                if (target[k][l] > 0 && modelled > 0) {
                    line.asc[l] += std::log(target[k][l] / modelled);
                    moved = true;
                }
            }
            if (moved)
                change.lines.emplace_back(k, line);
        }
        report.iterations = it;
        report.maxError = worst;
        if (worst < options.tolerance) {
            report.converged = true;
            break;
        }
        engine.apply(change);
    }
    const Results &r = engine.results();
    for (int k = 0; k < K; ++k) {
        double all = 0;
        for (int l = 0; l < kLevels; ++l)
            all += r.countyEpisodesAt(0, l, k);
        for (int l = 0; l < kLevels; ++l)
            if (target[k][l] > 0 && (all <= 0 || r.countyEpisodesAt(0, l, k) <= 0))
                report.problems.push_back("line " + std::to_string(k) + ", level " +
                                          std::to_string(l) +
                                          ": stated share > 0 but no facility can treat it");
        input.lines[k].asc = engine.input().lines[k].asc;
    }
    report.inCountyRate = r.countyAt(0).inCountyRate;
    report.inCountyInpatientShare = r.countyAt(0).inCountyInpatientShare;
    report.grassrootsShare = r.countyAt(0).grassrootsShare;
    return report;
}

} // namespace cc::sim
