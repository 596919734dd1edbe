// The simulation overlays on the map: toggles add and remove what is drawn,
// the month slider moves every overlay to another month, flow widths follow
// the published episodes, facility rings the load, settlement fills the
// township's in-county rate or the travel time.
#include "models/domain/projectdocument.h"
#include "models/edit/policyedits.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "tests/testproject.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/maplegend.h"
#include "widgets/map/mapoverlays.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapstyle.h"
#include "widgets/map/mapview.h"
#include "widgets/map/monthslider.h"

#include <QAction>
#include <QGraphicsPathItem>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

using namespace cc;

namespace {

std::shared_ptr<SimulationResults> simulate(const Project &p, EntityId scenario)
{
    auto r = std::make_shared<SimulationResults>();
    r->results = sim::Engine(compileProject(p, scenario, r->ids)).results();
    r->scenarioId = scenario;
    return r;
}

double chEpisodes(const sim::Results &r, int w, int t)
{
    const sim::Indicators &i = r.townshipAt(w, t);
    return i.outpatientEpisodes[sim::CountyHospital] + i.inpatientEpisodes[sim::CountyHospital];
}

int flowItemCount(QGraphicsScene *scene)
{
    int n = 0;
    for (QGraphicsItem *item : scene->items())
        n += item->type() == QGraphicsPathItem::Type && item->zValue() < 9 && item->zValue() > 7;
    return n;
}

} // namespace

class TestOverlays : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc = new ProjectDocument;
        m_doc->reset(test::smallProject(), QString());
        m_scene = new MapScene(m_doc);
        m_view = new MapView(m_scene);
        m_view->resize(900, 700);
        m_overlays = new MapOverlays(m_view);
        m_slider = new MonthSlider(m_overlays);
        m_results = simulate(m_doc->project(), 1);
        // Month 5 made different on purpose: three times the county-hospital
        // episodes of the first township, so the month shown must matter.
        // (Published results are read-only: the test edits a copy of the array.)
        std::vector<sim::Indicators> township = m_results->results.township.toVector();
        for (int l = 0; l < sim::kLevels; ++l) {
            auto &i = township[static_cast<std::size_t>(0) * m_results->results.months + 5];
            i.outpatientEpisodes[l] *= 3;
            i.inpatientEpisodes[l] *= 3;
        }
        m_results->results.township = township;
        m_overlays->setResults(m_results);
    }
    void cleanup()
    {
        delete m_slider;
        delete m_overlays;
        delete m_view;
        delete m_scene;
        delete m_doc;
    }

    void togglesAddAndRemoveItems()
    {
        QVERIFY(m_overlays->flows().isEmpty());
        QCOMPARE(flowItemCount(m_scene), 0);
        QVERIFY(m_overlays->legend()->isHidden());

        m_overlays->flowsAction()->trigger();
        QVERIFY(m_overlays->flowsVisible());
        QCOMPARE(m_overlays->flows().size(), 2); // two townships, one county hospital
        QCOMPARE(flowItemCount(m_scene), 2);
        QCOMPARE(m_overlays->legend()->sections().size(), 1);

        QVERIFY(!m_overlays->loadColor(1).isValid());
        m_overlays->loadAction()->trigger();
        QVERIFY(m_overlays->loadColor(1).isValid());
        QCOMPARE(m_overlays->legend()->sections().size(), 2);

        m_overlays->flowsAction()->trigger();
        QCOMPARE(flowItemCount(m_scene), 0);
        QVERIFY(m_overlays->flows().isEmpty());
        m_overlays->loadAction()->trigger();
        QVERIFY(!m_overlays->loadColor(1).isValid());
        QVERIFY(m_overlays->legend()->sections().isEmpty());

        // Settlement shading: rate and travel time exclude each other.
        QVERIFY(!m_overlays->settlementColor(2).isValid());
        m_overlays->rateAction()->trigger();
        QVERIFY(m_overlays->settlementColor(2).isValid());
        m_overlays->travelAction()->trigger();
        QCOMPARE(m_overlays->shading(), MapOverlays::Shading::TravelTime);
        QVERIFY(!m_overlays->rateAction()->isChecked());
        m_overlays->travelAction()->trigger();
        QCOMPARE(m_overlays->shading(), MapOverlays::Shading::None);
        QVERIFY(!m_overlays->settlementColor(2).isValid());
    }

    void flowWidthsFollowResults()
    {
        m_overlays->setFlowsVisible(true);
        const sim::Results &r = m_results->results;
        double maxFlow = 0;
        for (int t = 0; t < r.months; ++t)
            for (int w = 0; w < r.townships; ++w)
                maxFlow = std::max(maxFlow, chEpisodes(r, w, t));
        for (int month : {0, 5, r.months - 1}) {
            m_overlays->setMonth(month);
            const auto &flows = m_overlays->flows();
            QCOMPARE(flows.size(), 2);
            for (const MapOverlays::Flow &f : flows) {
                QCOMPARE(f.facilityId, EntityId(1)); // the one county hospital
                const int w = m_results->ids.townships.value(f.townshipId);
                QVERIFY(qFuzzyCompare(f.episodes, chEpisodes(r, w, month)));
                // Linear in the episodes, 14 px for the largest flow of the run.
                QVERIFY(qAbs(f.widthPx - (1.0 + 13.0 * f.episodes / maxFlow)) < 1e-9);
            }
            QVERIFY(flows[0].episodes >= flows[1].episodes);
            QVERIFY(flows[0].widthPx > flows[1].widthPx);
        }
        // The drawn pens carry the widths.
        QList<double> penWidths;
        for (QGraphicsItem *item : m_scene->items())
            if (auto *path = qgraphicsitem_cast<QGraphicsPathItem *>(item);
                path && path->zValue() < 9 && path->zValue() > 7)
                penWidths << path->pen().widthF();
        std::sort(penWidths.begin(), penWidths.end());
        QList<double> expected{m_overlays->flows()[1].widthPx, m_overlays->flows()[0].widthPx};
        QCOMPARE(penWidths, expected);
    }

    void monthSliderMovesOverlays()
    {
        m_overlays->setFlowsVisible(true);
        m_overlays->setShading(MapOverlays::Shading::InCountyRate);
        QSlider *slider = m_slider->slider();
        QVERIFY(slider->isEnabled());
        QCOMPARE(slider->maximum(), m_results->results.months - 1);
        const EntityId township = m_results->ids.townshipIds[0];
        auto flowOf = [&] {
            for (const MapOverlays::Flow &f : m_overlays->flows())
                if (f.townshipId == township)
                    return f;
            return MapOverlays::Flow{};
        };
        slider->setValue(4);
        QCOMPARE(m_overlays->month(), 4);
        QCOMPARE(m_slider->label()->text(), m_overlays->monthLabel(4));
        const MapOverlays::Flow before = flowOf();
        QVERIFY(before.episodes > 0);
        QTest::keyClick(slider, Qt::Key_Right); // to month 5, the tripled one
        QCOMPARE(m_overlays->month(), 5);
        const MapOverlays::Flow after = flowOf();
        QVERIFY(after.episodes > 2.5 * before.episodes);
        QVERIFY(after.widthPx > before.widthPx);
        QVERIFY(m_overlays->legend()->title().contains(m_overlays->monthLabel(5)));
        // The township shading follows the month too.
        const double rate = m_overlays->townshipRate(township);
        QCOMPARE(rate, m_results->results.townshipAt(0, 5).inCountyRate);
        QCOMPARE(m_overlays->settlementColor(1).rgb(),
                 mapstyle::classColor(MapOverlays::rateClass(rate)).rgb());
        // And the setter moves the slider.
        m_overlays->setMonth(0);
        QCOMPARE(slider->value(), 0);
    }

    void loadRingsFollowResults()
    {
        m_overlays->setLoadVisible(true);
        const sim::Results &r = m_results->results;
        for (int month : {0, r.months - 1}) {
            m_overlays->setMonth(month);
            for (const Facility &f : m_doc->project().facilities) {
                const int i = m_results->ids.facilities.value(f.id);
                const double present = r.facilityFte[i * r.months + month];
                const double needed = r.facilityFteNeeded[i * r.months + month];
                if (present <= 0)
                    continue;
                QCOMPARE(m_overlays->loadRatio(f.id), needed / present);
                QVERIFY(m_overlays->loadColor(f.id).isValid());
            }
        }
        // The whole county in view: village clinics lose their rings (as their
        // labels), hospitals keep theirs.
        m_view->zoomToFit();
        QVERIFY(m_view->pixelsPerMetre() * 1000 < 45);
        QVERIFY(!m_overlays->loadColor(3).isValid());
        QVERIFY(m_overlays->loadColor(1).isValid());
        while (m_view->pixelsPerMetre() * 1000 < 45)
            m_view->zoomIn();
        QVERIFY(m_overlays->loadColor(3).isValid());
    }

    void travelTimeBands()
    {
        m_overlays->setTravelTarget(MapOverlays::TravelTarget::NearestCountyHospital);
        QSignalSpy ready(m_overlays, &MapOverlays::travelReady);
        m_overlays->setShading(MapOverlays::Shading::TravelTime);
        // Measured on a worker thread: unknown until it answers.
        QCOMPARE(m_overlays->travelMinutes(1), -1.0);
        QVERIFY(ready.wait(20000));
        // 城关社区 sits 1 km from the county hospital; 上坪村 is 20 km away.
        const double near = m_overlays->travelMinutes(1);
        const double far = m_overlays->travelMinutes(2);
        QVERIFY(near >= 0 && near < 15);
        QVERIFY(far > near);
        QCOMPARE(m_overlays->settlementColor(1).rgb(), mapstyle::classColor(0).rgb());
        QCOMPARE(m_overlays->settlementColor(2).rgb(),
                 mapstyle::classColor(MapOverlays::travelClass(far)).rgb());
        // To the nearest township centre, 上坪村 (3 km from it) is closer.
        m_overlays->setTravelTarget(MapOverlays::TravelTarget::NearestTownshipCentre);
        QVERIFY(ready.wait(20000));
        QVERIFY(m_overlays->travelMinutes(2) < far);
        // A policy edit moves nothing: the travel times stay valid, nothing is recomputed.
        ready.clear();
        QVERIFY(edit::setPolicyValue(*m_doc, m_doc->project().baselineScenarioId(), 0,
                                     PolicyKey::InpatientRatioTownship, 0.8)
                    .ok);
        QVERIFY(m_overlays->travelMinutes(2) >= 0);
        QCOMPARE(ready.count(), 0);
        // Without results the travel view still works; results overlays go.
        m_overlays->setResults(nullptr);
        QVERIFY(m_overlays->travelMinutes(2) >= 0);
        m_overlays->setFlowsVisible(true);
        QVERIFY(m_overlays->flows().isEmpty());
    }

private:
    ProjectDocument *m_doc = nullptr;
    MapScene *m_scene = nullptr;
    MapView *m_view = nullptr;
    MapOverlays *m_overlays = nullptr;
    MonthSlider *m_slider = nullptr;
    std::shared_ptr<SimulationResults> m_results;
};

QTEST_MAIN(TestOverlays)
#include "tst_gui_overlays.moc"
