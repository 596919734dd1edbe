// Analysis benchmarks on a generated county (15 townships, 225 villages, 60
// months): one Monte Carlo draw (with and without the refit of the choice
// constants) and one tornado lever (two incremental engine updates).
#include "models/analysis/montecarlo.h"
#include "models/analysis/sensitivity.h"
#include "models/sim/calibrator.h"
#include "models/sim/changeset.h"
#include "models/sim/engine.h"
#include "models/simulation/generator.h"

#include <benchmark/benchmark.h>

using namespace cc;
using namespace cc::analysis;

namespace {

const sim::Input &county()
{
    static const sim::Input in = [] {
        sim::GeneratorSpec spec;
        spec.months = 60;
        return sim::generateRegion(spec);
    }();
    return in;
}

std::array<double, kUncertainCount> someDraw()
{
    UncertaintyRanges ranges = UncertaintyRanges::fromSettings(defaultSettings());
    ranges.draws = 10;
    return drawMultipliers(ranges)[3];
}

void MonteCarloDraw(benchmark::State &state)
{
    sim::Input fitted = county();
    sim::calibrate(fitted);
    const auto m = someDraw();
    for (auto _ : state) {
        const sim::Results r = runDraw(county(), &fitted, m);
        benchmark::DoNotOptimize(r.fund.back().closingBalance);
    }
}

void MonteCarloDrawNoRefit(benchmark::State &state)
{
    const auto m = someDraw();
    for (auto _ : state) {
        const sim::Results r = runDraw(county(), nullptr, m);
        benchmark::DoNotOptimize(r.fund.back().closingBalance);
    }
}

// The county inpatient deductible down and up by 10%, incrementally.
void TornadoLever(benchmark::State &state)
{
    sim::Engine engine(county());
    const Lever lever = Lever::policy(PolicyKey::InpatientDeductibleCounty);
    for (auto _ : state) {
        for (double f : {0.9, 1.1}) {
            sim::Input moved = county();
            scaleLever(moved, lever, f);
            engine.apply(sim::diffInputs(engine.input(), moved));
            benchmark::DoNotOptimize(indicatorValue(engine.results(), Indicator::InCountyRate));
        }
    }
}

} // namespace

BENCHMARK(MonteCarloDraw)->Unit(benchmark::kMillisecond);
BENCHMARK(MonteCarloDrawNoRefit)->Unit(benchmark::kMillisecond);
BENCHMARK(TornadoLever)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
