// A county of 100,000 settlements (tests/bigproject.h): save, open, simulate
// (default horizon) and save in place, each timed, with the process's peak
// resident memory as a counter (getrusage; it only grows, so read it after the
// last step). Built by the dev preset only: ./scripts/dev bench.
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "models/store/projectstore.h"
#include "tests/bigproject.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cc;

namespace {

constexpr int kSettlements = 100'000;

const Project &project()
{
    static const Project p = test::bigProject(kSettlements);
    return p;
}

QString scratchFile()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/cc-bench-XXXXXX"));
    return dir.filePath(QStringLiteral("big.ccplan"));
}

void BM_SaveAs(benchmark::State &state)
{
    for (auto _ : state) {
        QFile::remove(scratchFile());
        if (!store::saveProjectAs(project(), scratchFile()).ok)
            state.SkipWithError("save failed");
    }
    state.counters["peak_rss_mib"] = test::peakRssMiB();
}

void BM_Open(benchmark::State &state)
{
    if (!QFile::exists(scratchFile()))
        store::saveProjectAs(project(), scratchFile());
    for (auto _ : state) {
        const store::LoadResult r = store::loadProject(scratchFile());
        if (!r.ok())
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(r.project.settlements.size());
    }
    state.counters["peak_rss_mib"] = test::peakRssMiB();
}

void BM_Simulate(benchmark::State &state)
{
    for (auto _ : state) {
        SimIndexMap map;
        sim::EngineOptions options;
        options.threads = 2;
        const sim::Engine engine(compileProject(project(), project().baselineScenarioId(), map),
                                 options);
        benchmark::DoNotOptimize(engine.results().county.size());
    }
    state.counters["peak_rss_mib"] = test::peakRssMiB();
}

void BM_SaveInPlace(benchmark::State &state)
{
    Project changed = project();
    if (!QFile::exists(scratchFile()))
        store::saveProjectAs(project(), scratchFile());
    int n = 0;
    for (auto _ : state) {
        changed.title = QStringLiteral("大县 %1").arg(++n);
        if (!store::saveProject(changed, scratchFile()).ok)
            state.SkipWithError("save failed");
    }
    state.counters["peak_rss_mib"] = test::peakRssMiB();
}

} // namespace

BENCHMARK(BM_SaveAs)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Open)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Simulate)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_SaveInPlace)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_MAIN();
