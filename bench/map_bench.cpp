// Map benchmarks on a generated province of about 30,000 settlements and
// facilities (sim::generateRegion turned into a Project): building the MapScene
// from the document, and a full repaint of a 1600x1000 view offscreen with the
// whole province in view, zoomed to a county, and zoomed to village level
// (where village labels appear), plus one zoom step (label layout included).
// Built by the dev preset only; run with QT_QPA_PLATFORM=offscreen.
#include "models/demo/democounty.h"
#include "models/domain/projectdocument.h"
#include "models/sim/engine.h"
#include "models/simulation/generator.h"
#include "models/simulation/simcompile.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/mapoverlays.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QPixmap>
#include <benchmark/benchmark.h>

#include <memory>

using namespace cc;

namespace {

constexpr int kCounties = 66; // 66 x ~465 = about 30,000 settlements and facilities

Project provinceProject()
{
    sim::GeneratorSpec spec;
    spec.counties = kCounties;
    spec.months = 12;
    const sim::Input in = sim::generateRegion(spec);
    Project p;
    p.title = QStringLiteral("Generated province");
    for (int w = 0; w < in.townships; ++w) {
        const EntityId id = w + 1;
        p.townships.insert(id, Township{id, QStringLiteral("乡镇%1").arg(w + 1), {}});
    }
    EntityId next = 1;
    for (const sim::Settlement &s : in.settlements) {
        Settlement x;
        x.id = next++;
        x.name = QStringLiteral("村庄%1").arg(x.id);
        x.position = {s.lon, s.lat};
        x.population = static_cast<qint64>(s.population);
        x.townshipId = s.township + 1;
        p.settlements.insert(x.id, x);
    }
    for (const sim::Facility &f : in.facilities) {
        Facility x;
        x.id = next++;
        x.level = static_cast<FacilityLevel>(f.level);
        x.name = QStringLiteral("机构%1").arg(x.id);
        x.position = {f.lon, f.lat};
        x.townshipId = f.township >= 0 ? f.township + 1 : 0;
        p.facilities.insert(x.id, x);
    }
    for (const sim::Road &r : in.roads) {
        Road x;
        x.id = next++;
        x.roadClass = r.speedKmh >= 60 ? RoadClass::National : RoadClass::County;
        x.speedKmh = r.speedKmh;
        for (const sim::RoadPoint &pt : r.path)
            x.path.append({pt.lon, pt.lat});
        p.roads.insert(x.id, x);
    }
    return p;
}

struct Fixture {
    ProjectDocument doc;
    std::unique_ptr<MapScene> scene;
    std::unique_ptr<MapView> view;
    Fixture()
    {
        doc.reset(provinceProject(), QString());
        scene = std::make_unique<MapScene>(&doc);
        view = std::make_unique<MapView>(scene.get());
        view->resize(1600, 1000);
        view->show();
        QApplication::processEvents();
    }
    // The whole province in view, then `factor` times closer about its centre.
    void zoomTo(double factor)
    {
        // Where the places and roads are (not their symbols, which are sized
        // in pixels, nor the label layer, which spans the scene rectangle).
        QRectF everything;
        for (QGraphicsItem *item : scene->items()) {
            if (item->type() == RoadItemType)
                everything |= static_cast<RoadItem *>(item)->path().boundingRect();
            else if (item->type() == SettlementItemType || item->type() == FacilityItemType)
                everything |= QRectF(item->pos(), QSizeF(1, 1));
        }
        view->fitInView(everything, Qt::KeepAspectRatio);
        view->scale(factor, factor);
        scene->setPixelsPerMetre(view->pixelsPerMetre());
        QApplication::processEvents();
    }
    qsizetype items() const { return scene->items().size(); }
};

// Created on first use, destroyed before the QApplication.
std::unique_ptr<Fixture> g_fixture;

Fixture &fixture()
{
    if (!g_fixture)
        g_fixture = std::make_unique<Fixture>();
    return *g_fixture;
}

void counters(benchmark::State &state, Fixture &f)
{
    state.counters["entities"] =
        static_cast<double>(f.doc.project().settlements.size() + f.doc.project().facilities.size());
    state.counters["scene_items"] = static_cast<double>(f.items());
    state.counters["px_per_km"] = f.view->pixelsPerMetre() * 1000;
}

void BuildScene(benchmark::State &state)
{
    ProjectDocument doc;
    doc.reset(provinceProject(), QString());
    for (auto _ : state) {
        MapScene scene(&doc);
        benchmark::DoNotOptimize(scene.items().size());
    }
    state.counters["entities"] =
        static_cast<double>(doc.project().settlements.size() + doc.project().facilities.size());
}

// Arg: zoom factor over "whole province in view".
void Repaint(benchmark::State &state)
{
    Fixture &f = fixture();
    f.zoomTo(static_cast<double>(state.range(0)));
    QPixmap target(f.view->viewport()->size());
    for (auto _ : state) {
        // A full repaint of the viewport, as after a pan or an edit.
        QPainter painter(&target);
        f.view->render(&painter);
        painter.end();
        benchmark::DoNotOptimize(target.cacheKey());
    }
    counters(state, f);
}

void ViewportRepaint(benchmark::State &state)
{
    Fixture &f = fixture();
    f.zoomTo(static_cast<double>(state.range(0)));
    for (auto _ : state)
        f.view->viewport()->repaint();
    counters(state, f);
}

void ZoomStep(benchmark::State &state)
{
    Fixture &f = fixture();
    f.zoomTo(static_cast<double>(state.range(0)));
    bool in = true;
    for (auto _ : state) {
        // Zoom changes re-run the label layout, then the view repaints.
        if (in)
            f.view->zoomIn();
        else
            f.view->zoomOut();
        in = !in;
        f.view->viewport()->repaint();
    }
    counters(state, f);
}

void zooms(benchmark::internal::Benchmark *b)
{
    // 1: the province; 8: about one county; 64: village level (labels on).
    b->ArgName("zoom")->Arg(1)->Arg(8)->Arg(64)->Unit(benchmark::kMillisecond)->UseRealTime();
}

// `map_bench --snapshot=DIR`: pictures of the demo county (fitted, four and
// seven steps closer, where village names appear, and with the simulation's
// overlays) and of the generated province at the three benchmark zooms, to
// see that speed cost no looks.
int snapshots(const QString &dir)
{
    QDir().mkpath(dir);
    {
        ProjectDocument doc;
        doc.reset(demo::makeDemoProject(), QString());
        MapScene scene(&doc);
        MapView view(&scene);
        view.resize(1600, 1000);
        view.show();
        QApplication::processEvents();
        view.zoomToFit();
        QApplication::processEvents();
        view.grab().save(dir + QStringLiteral("/demo-fit.png"));
        view.setTransformationAnchor(QGraphicsView::AnchorViewCenter);
        for (int i = 0; i < 4; ++i)
            view.zoomIn();
        QApplication::processEvents();
        view.grab().save(dir + QStringLiteral("/demo-zoom4.png"));
        for (int i = 0; i < 3; ++i)
            view.zoomIn();
        QApplication::processEvents();
        view.grab().save(dir + QStringLiteral("/demo-zoom7.png"));
        // The simulation's overlays: flows to the county hospitals, facility
        // load, the in-county rate by township.
        auto results = std::make_shared<SimulationResults>();
        const EntityId baseline = doc.project().baselineScenarioId();
        results->results =
            sim::Engine(compileProject(doc.project(), baseline, results->ids)).results();
        results->scenarioId = baseline;
        MapOverlays overlays(&view);
        overlays.setResults(results);
        overlays.flowsAction()->trigger();
        overlays.loadAction()->trigger();
        overlays.rateAction()->trigger();
        for (int i = 0; i < 4; ++i)
            view.zoomOut();
        QApplication::processEvents();
        view.grab().save(dir + QStringLiteral("/demo-overlays.png"));
    }
    Fixture &f = fixture();
    for (int zoom : {1, 8, 64}) {
        f.zoomTo(zoom);
        f.view->grab().save(dir + QStringLiteral("/province-zoom%1.png").arg(zoom));
    }
    return 0;
}

} // namespace

BENCHMARK(BuildScene)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(Repaint)->Apply(zooms);
BENCHMARK(ViewportRepaint)->Apply(zooms);
BENCHMARK(ZoomStep)->Apply(zooms);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    for (int i = 1; i < argc; ++i)
        if (QString::fromLocal8Bit(argv[i]).startsWith(QLatin1String("--snapshot="))) {
            const int rc = snapshots(QString::fromLocal8Bit(argv[i]).mid(11));
            g_fixture.reset();
            return rc;
        }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_fixture.reset();
    return 0;
}
