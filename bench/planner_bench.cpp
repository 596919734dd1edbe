// The investment planner (issue 20). Planner/county: 1,000 candidate actions
// of the demo county evaluated by the incremental engine (apply the action,
// read the objective in the year, revert), congestion on; the target is under
// 2 s on the 2-core machine. Planner/prefecture: the same on a county of
// 2,250 villages (bigproject.h), reported. Setting up (compiling the
// project, the first full run, listing candidates) is outside the timing.
#include "models/demo/democounty.h"
#include "models/planner/planner.h"
#include "tests/bigproject.h"

#include <benchmark/benchmark.h>
#include <memory>

namespace {

constexpr int kEvaluations = 1000;

void evaluateMany(benchmark::State &state, const cc::Project &project)
{
    using namespace cc::planner;
    Planner planner(project, project.baselineScenarioId(), Objective::InCountyRate,
                    Planner::defaultYear(project));
    const int n = static_cast<int>(planner.candidates().size());
    if (n == 0) {
        state.SkipWithError("no candidates");
        return;
    }
    for (auto _ : state) {
        double sum = 0;
        for (int e = 0; e < kEvaluations; ++e)
            sum += planner.evaluate(e % n);
        benchmark::DoNotOptimize(sum);
    }
    state.counters["candidates"] = n;
    state.counters["evaluations"] = kEvaluations;
    state.counters["evaluations_per_s"] =
        benchmark::Counter(kEvaluations, benchmark::Counter::kIsIterationInvariantRate);
}

void County(benchmark::State &state)
{
    static const cc::Project project = cc::demo::makeDemoProject();
    evaluateMany(state, project);
}

void Prefecture(benchmark::State &state)
{
    static const cc::Project project = cc::test::bigProject(2250);
    evaluateMany(state, project);
}

} // namespace

BENCHMARK(County)->Name("Planner/county")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(Prefecture)->Name("Planner/prefecture")->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK_MAIN();
