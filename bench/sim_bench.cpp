// Engine benchmarks on generated projects (no file needed): Full, LocalEdit,
// LocalEditNoQueues, GlobalEdit, GlobalEditFirstMonth, MoveFacility, Snapshots and SnapshotsLocal
// at county, prefecture (10 counties) and province (100 counties) scale, 120 months. Built by the
// dev preset only.
#include "models/sim/changeset.h"
#include "models/sim/engine.h"
#include "models/sim/resultbytes.h"
#include "models/simulation/generator.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <string>

using namespace cc::sim;

namespace {

int countiesOf(int scale)
{
    return scale == 0 ? 1 : scale == 1 ? 10 : 100;
}

const Input &project(int scale)
{
    static std::map<int, Input> cache;
    auto it = cache.find(scale);
    if (it == cache.end()) {
        cache.clear(); // keep one scale in memory at a time
        GeneratorSpec spec;
        spec.counties = countiesOf(scale);
        spec.months = 120;
        it = cache.emplace(scale, generateRegion(spec)).first;
    }
    return it->second;
}

double peakRssMb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

void counters(benchmark::State &state, const Input &in)
{
    state.counters["settlements"] = static_cast<double>(in.settlements.size());
    state.counters["facilities"] = static_cast<double>(in.facilities.size());
    state.counters["peak_rss_mb"] = peakRssMb();
}

EngineOptions twoThreads()
{
    EngineOptions o;
    o.threads = 2;
    return o;
}

// Everything from the input again (travel, candidates, capability, every
// month, indicators, fund) in an engine whose arrays are already allocated.
void Full(benchmark::State &state)
{
    const Input &in = project(static_cast<int>(state.range(0)));
    Engine engine(in, twoThreads());
    for (auto _ : state) {
        engine.rebuild();
        benchmark::DoNotOptimize(engine.results().county.back().inCountyRate);
    }
    counters(state, in);
}

// The same with a new engine each time (first-touch page faults included).
void FullCold(benchmark::State &state)
{
    const Input &in = project(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        Engine engine(in, twoThreads());
        benchmark::DoNotOptimize(engine.results().county.back().inCountyRate);
    }
    counters(state, in);
}

// One posting of a county specialist at one township centre for 12 months,
// added and taken away in turn.
void togglePosting(benchmark::State &state, const Input &in)
{
    Engine engine(in, twoThreads());
    Posting p;
    p.staff = 1;    // a county-hospital specialist of the first county
    p.facility = 4; // the first township centre
    p.start = 24;
    p.end = 36;
    p.fte = 0.4;
    const int slot = static_cast<int>(in.postings.size());
    bool on = false;
    long long rows = 0;
    for (auto _ : state) {
        on = !on;
        p.active = on;
        ChangeSet c;
        c.postings.emplace_back(slot, p);
        engine.apply(c);
        rows += engine.lastUpdate().rowsTouched;
    }
    state.counters["rows_per_edit"] = static_cast<double>(rows) / state.iterations();
    counters(state, in);
}

void LocalEdit(benchmark::State &state)
{
    togglePosting(state, project(static_cast<int>(state.range(0))));
}

// LocalEdit's posting with congestion off (as tst_sim_equivalence's
// localEditTouchesFewRows): the engine's locality where no queue couples the
// county. With congestion on, the county specialist leaves a congested county
// hospital whose queue moves for every patient of the county, so LocalEdit
// redoes every row of the months the queue moves in.
void LocalEditNoQueues(benchmark::State &state)
{
    Input in = project(static_cast<int>(state.range(0)));
    in.settings[SettingKey::CongestionOn] = false;
    togglePosting(state, in);
}

// Edits the schedule from `plain` to `raised` and back, one edit per iteration.
void toggleSchedule(benchmark::State &state, const Input &in,
                    const std::vector<PolicyEntry> &raised)
{
    Engine engine(in, twoThreads());
    bool on = false;
    long long rows = 0;
    for (auto _ : state) {
        on = !on;
        ChangeSet c;
        c.schedule = on ? raised : in.schedule;
        engine.apply(c);
        rows += engine.lastUpdate().rowsTouched;
    }
    state.counters["rows_per_edit"] = static_cast<double>(rows) / state.iterations();
    counters(state, in);
}

// The township centres' inpatient reimbursement ratio from month 24.
void GlobalEdit(benchmark::State &state)
{
    const Input &in = project(static_cast<int>(state.range(0)));
    std::vector<PolicyEntry> raised = in.schedule;
    PolicyEntry e{24, in.policyAt(24)};
    e.policy[levelKey(PolicyKey::InpatientRatioVillage, TownshipCentre)] = 0.95;
    raised.push_back(e);
    toggleSchedule(state, in, raised);
}

// The same ratio in every month (what live_bench's slider edits): the
// outpatient lines keep their rows.
void GlobalEditFirstMonth(benchmark::State &state)
{
    const Input &in = project(static_cast<int>(state.range(0)));
    std::vector<PolicyEntry> raised = in.schedule;
    for (PolicyEntry &e : raised)
        e.policy[levelKey(PolicyKey::InpatientRatioVillage, TownshipCentre)] = 0.95;
    toggleSchedule(state, in, raised);
}

// An edit with the results published after each as the GUI gets them
// (SimulationController takes a copy of the engine's Results as its snapshot),
// two snapshots alive at a time: the one on show and the new one. Counters:
// the snapshot's size, what each edit's snapshot holds that the one on show
// does not (new_mb_per_edit) and the time of taking the copy (copy_ms).
void snapshots(benchmark::State &state, const Input &in, const std::function<ChangeSet(bool)> &edit)
{
    Engine engine(in, twoThreads());
    std::shared_ptr<const Results> shown = std::make_shared<Results>(engine.results());
    bool on = false;
    double newBytes = 0, copySeconds = 0;
    for (auto _ : state) {
        on = !on;
        engine.apply(edit(on));
        const auto start = std::chrono::steady_clock::now();
        auto next = std::make_shared<Results>(engine.results());
        copySeconds +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        benchmark::DoNotOptimize(next->county.back().inCountyRate);
        newBytes += static_cast<double>(resultBytesNotShared(*next, *shown));
        shown = std::move(next);
    }
    state.counters["snapshot_mb"] = static_cast<double>(resultBytes(*shown)) / (1024.0 * 1024.0);
    state.counters["new_mb_per_edit"] = newBytes / state.iterations() / (1024.0 * 1024.0);
    state.counters["copy_ms"] = copySeconds * 1000.0 / state.iterations();
    counters(state, in);
}

// GlobalEdit's edit (from month 24, so months 0-23 of every block stay).
void Snapshots(benchmark::State &state)
{
    const Input &in = project(static_cast<int>(state.range(0)));
    std::vector<PolicyEntry> plain = in.schedule, raised = in.schedule;
    PolicyEntry e{24, in.policyAt(24)};
    e.policy[levelKey(PolicyKey::InpatientRatioVillage, TownshipCentre)] = 0.95;
    raised.push_back(e);
    snapshots(state, in, [&](bool on) {
        ChangeSet c;
        c.schedule = on ? raised : plain;
        return c;
    });
}

// LocalEdit's posting with the results published after each edit.
void SnapshotsLocal(benchmark::State &state)
{
    const Input &in = project(static_cast<int>(state.range(0)));
    const int slot = static_cast<int>(in.postings.size());
    snapshots(state, in, [&](bool on) {
        Posting p;
        p.staff = 1;
        p.facility = 4;
        p.start = 24;
        p.end = 36;
        p.fte = 0.4;
        p.active = on;
        ChangeSet c;
        c.postings.emplace_back(slot, p);
        return c;
    });
}

// A township centre moved by about 2 km and back.
void MoveFacility(benchmark::State &state)
{
    const Input &in = project(static_cast<int>(state.range(0)));
    Engine engine(in, twoThreads());
    Facility moved = in.facilities[4];
    bool on = false;
    for (auto _ : state) {
        on = !on;
        Facility f = in.facilities[4];
        if (on)
            f.lon += 0.02;
        ChangeSet c;
        c.facilities.emplace_back(4, f);
        engine.apply(c);
    }
    (void)moved;
    counters(state, in);
}

void scales(benchmark::internal::Benchmark *b)
{
    b->ArgName("scale")->Unit(benchmark::kMillisecond)->UseRealTime();
}

} // namespace

// Names <Case>/<scale>: county, prefecture, province; registered scale by scale
// so each generated project is built once.
#define CC_BENCH_SCALE(name, arg, extra)                                                           \
    BENCHMARK(Full)->Name("Full/" name)->Arg(arg)->Apply(scales) extra;                            \
    BENCHMARK(FullCold)->Name("FullCold/" name)->Arg(arg)->Apply(scales) extra;                    \
    BENCHMARK(LocalEdit)->Name("LocalEdit/" name)->Arg(arg)->Apply(scales);                        \
    BENCHMARK(LocalEditNoQueues)->Name("LocalEditNoQueues/" name)->Arg(arg)->Apply(scales);        \
    BENCHMARK(GlobalEdit)->Name("GlobalEdit/" name)->Arg(arg)->Apply(scales) extra;                \
    BENCHMARK(GlobalEditFirstMonth)                                                                \
        ->Name("GlobalEditFirstMonth/" name)                                                       \
        ->Arg(arg)                                                                                 \
        ->Apply(scales) extra;                                                                     \
    BENCHMARK(MoveFacility)->Name("MoveFacility/" name)->Arg(arg)->Apply(scales) extra;            \
    BENCHMARK(Snapshots)->Name("Snapshots/" name)->Arg(arg)->Apply(scales) extra;                  \
    BENCHMARK(SnapshotsLocal)->Name("SnapshotsLocal/" name)->Arg(arg)->Apply(scales) extra;

CC_BENCH_SCALE("county", 0, )
CC_BENCH_SCALE("prefecture", 1, )
CC_BENCH_SCALE("province", 2, ->Iterations(2))

BENCHMARK_MAIN();
