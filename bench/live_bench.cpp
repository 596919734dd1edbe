// From gesture to pixels (issue 16): the real ProjectDocument,
// SimulationController and chart dashboard (its docks tabbed in a shown
// window, offscreen), on generated projects of sim_bench's three scales: the
// demo county (15 townships, about 220 villages; sim_bench's county has 225)
// repeated 1, 10 and 100 times side by side, 120 months.
// - LiveSlider/<scale>: one policy-slider step pushed on the undo stack, until
//   the last visible chart is replotted with its results;
// - LiveUndo/<scale>: Edit > Undo of that step (and Redo, alternately), the same;
// - LiveDrag/<scale>: 30 ticks of one drag as fast as the event loop takes
//   them, until the charts show the last value.
// Built by the dev preset only.
#include "models/demo/democounty.h"
#include "models/domain/projectdocument.h"
#include "models/edit/policyedits.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/charts/chartpanel.h"
#include "widgets/charts/chartsource.h"
#include "widgets/charts/dashboard.h"

#include <QApplication>
#include <QDockWidget>
#include <QLocale>
#include <QMainWindow>
#include <QUndoStack>
#include <benchmark/benchmark.h>

#include <memory>

using namespace cc;

namespace {

int countiesOf(int scale)
{
    return scale == 0 ? 1 : scale == 1 ? 10 : 100;
}

// `counties` copies of the demo county, each shifted by a degree, with their
// own ids; service lines and scenarios shared.
Project region(int counties)
{
    const Project county = demo::makeDemoProject();
    Project p = county;
    p.settings[SettingKey::HorizonMonths] = 120;
    if (counties == 1)
        return p;
    p.townships.clear();
    p.settlements.clear();
    p.facilities.clear();
    p.roads.clear();
    p.staff.clear();
    p.postings.clear();
    p.links.clear();
    const EntityId stride = 1'000'000;
    for (int c = 0; c < counties; ++c) {
        const EntityId o = stride * c;
        const double dLon = (c % 10) * 1.0, dLat = (c / 10) * 1.0;
        auto shift = [&](LonLat q) { return LonLat{q.lon + dLon, q.lat + dLat}; };
        for (Township t : county.townships) {
            t.id += o;
            p.townships.insert(t.id, t);
        }
        for (Settlement s : county.settlements) {
            s.id += o;
            s.townshipId += s.townshipId ? o : 0;
            s.position = shift(s.position);
            p.settlements.insert(s.id, s);
        }
        for (Facility f : county.facilities) {
            f.id += o;
            f.townshipId += f.townshipId ? o : 0;
            f.position = shift(f.position);
            p.facilities.insert(f.id, f);
        }
        for (Road r : county.roads) {
            r.id += o;
            for (LonLat &q : r.path)
                q = shift(q);
            p.roads.insert(r.id, r);
        }
        for (StaffMember m : county.staff) {
            m.id += o;
            m.homeFacilityId += m.homeFacilityId ? o : 0;
            m.employerFacilityId += m.employerFacilityId ? o : 0;
            p.staff.insert(m.id, m);
        }
        for (Posting q : county.postings) {
            q.id += o;
            q.staffId += o;
            q.facilityId += o;
            p.postings.insert(q.id, q);
        }
        for (TelemedicineLink l : county.links) {
            l.id += o;
            l.hubFacilityId += o;
            l.centreFacilityId += o;
            p.links.insert(l.id, l);
        }
    }
    return p;
}

// The live path of the main window: results -> chart data -> dashboard, the
// dashboard's docks tabbed in a shown window so only the front tabs replot.
class LiveFixture {
public:
    explicit LiveFixture(int scale)
    {
        document.reset(region(countiesOf(scale)), QString());
        simulation = std::make_unique<SimulationController>(&document);
        simulation->setThreads(2);
        dashboard = new charts::Dashboard(&window);
        dashboard->addDocksTo(&window);
        QObject::connect(simulation.get(), &SimulationController::resultsReady, &window,
                         [this](const SimulationResultsPtr &r) {
                             dashboard->setData(
                                 charts::chartDataFor(r, document.project(), QLocale()));
                             shown = r->generation;
                         });
        QObject::connect(simulation.get(), &SimulationController::inputRefused, &window,
                         [this](const QString &reason) { refused = reason; });
        window.resize(1400, 900);
        window.show();
        settle();
        scenario = document.project().baselineScenarioId();
    }

    // Until the controller has nothing left to do and the charts show its last results.
    void settle()
    {
        while (refused.isEmpty() &&
               (simulation->isBusy() || !simulation->isIdle() || !simulation->results() ||
                shown != simulation->results()->generation))
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QApplication::processEvents();
    }

    ProjectDocument document;
    std::unique_ptr<SimulationController> simulation;
    QMainWindow window;
    charts::Dashboard *dashboard = nullptr;
    quint64 shown = 0;
    EntityId scenario = 0;
    QString refused; // why the simulation refused the generated project
};

std::unique_ptr<LiveFixture> g_fixture;
int g_scale = -1;

LiveFixture *fixture(benchmark::State &state)
{
    const int scale = static_cast<int>(state.range(0));
    if (scale != g_scale) {
        g_fixture.reset(); // one scale in memory at a time
        g_fixture = std::make_unique<LiveFixture>(scale);
        g_scale = scale;
    }
    if (!g_fixture->refused.isEmpty()) {
        state.SkipWithError(g_fixture->refused.toStdString().c_str());
        return nullptr;
    }
    return g_fixture.get();
}

double sliderValue(int tick)
{
    return 0.70 + 0.002 * (tick % 100); // the township inpatient ratio, within range
}

void LiveSlider(benchmark::State &state)
{
    LiveFixture *fixtureOfScale = fixture(state);
    if (!fixtureOfScale)
        return;
    LiveFixture &f = *fixtureOfScale;
    int tick = 0;
    for (auto _ : state) {
        edit::setPolicyValue(f.document, f.scenario, 0, PolicyKey::InpatientRatioTownship,
                             sliderValue(++tick), edit::newMergeKey());
        f.settle();
    }
}

void LiveUndo(benchmark::State &state)
{
    LiveFixture *fixtureOfScale = fixture(state);
    if (!fixtureOfScale)
        return;
    LiveFixture &f = *fixtureOfScale;
    edit::setPolicyValue(f.document, f.scenario, 0, PolicyKey::InpatientRatioTownship, 0.9,
                         edit::newMergeKey());
    f.settle();
    QUndoStack *stack = f.document.undoStack();
    bool undo = true;
    for (auto _ : state) {
        undo ? stack->undo() : stack->redo(); // the same path both ways
        undo = !undo;
        f.settle();
    }
}

void LiveDrag(benchmark::State &state)
{
    LiveFixture *fixtureOfScale = fixture(state);
    if (!fixtureOfScale)
        return;
    LiveFixture &f = *fixtureOfScale;
    int tick = 0;
    for (auto _ : state) {
        const qint64 drag = edit::newMergeKey();
        for (int i = 0; i < 30; ++i) {
            edit::setPolicyValue(f.document, f.scenario, 0, PolicyKey::InpatientRatioTownship,
                                 sliderValue(++tick), drag);
            QApplication::processEvents(); // the next mouse move comes through the event loop
        }
        f.settle();
    }
}

void scales(benchmark::internal::Benchmark *b)
{
    b->ArgName("scale")->Unit(benchmark::kMillisecond)->UseRealTime();
}

} // namespace

BENCHMARK(LiveSlider)->Name("LiveSlider/county")->Arg(0)->Apply(scales);
BENCHMARK(LiveUndo)->Name("LiveUndo/county")->Arg(0)->Apply(scales);
BENCHMARK(LiveDrag)->Name("LiveDrag/county")->Arg(0)->Apply(scales);
BENCHMARK(LiveSlider)->Name("LiveSlider/prefecture")->Arg(1)->Apply(scales);
BENCHMARK(LiveUndo)->Name("LiveUndo/prefecture")->Arg(1)->Apply(scales);
BENCHMARK(LiveDrag)->Name("LiveDrag/prefecture")->Arg(1)->Apply(scales)->Iterations(3);
BENCHMARK(LiveSlider)->Name("LiveSlider/province")->Arg(2)->Apply(scales)->Iterations(3);
BENCHMARK(LiveUndo)->Name("LiveUndo/province")->Arg(2)->Apply(scales)->Iterations(3);
BENCHMARK(LiveDrag)->Name("LiveDrag/province")->Arg(2)->Apply(scales)->Iterations(2);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_fixture.reset();
    return 0;
}
