// The map at every zoom over the demo county: symbols keep their size in
// pixels and stay hittable after the zoom changes (their bounding rectangles
// follow one shared scale and the index is rebuilt in one go), names are
// placed without overlaps, village names only close up, and a click on a name
// selects the place it names.
#include "models/demo/democounty.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "tests/mapwindow.h"
#include "widgets/map/mapeditor.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/maplabels.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"
#include "widgets/map/propertyeditor.h"

#include <QAction>
#include <QTest>

using namespace cc;

class TestMapLabels : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_map.open(demo::makeDemoProject());
        QVERIFY(QTest::qWaitForWindowExposed(m_map.window));
        m_map.view->setTransformationAnchor(QGraphicsView::AnchorViewCenter);
        m_map.view->zoomToFit();
        paint();
    }
    void cleanup() { m_map.close(); }

    void symbolsKeepTheirPixelSizeAndStayHittable()
    {
        const Facility hospital = firstFacility(FacilityLevel::CountyHospital);
        FacilityItem *item = m_map.scene->facilityItem(hospital.id);
        QVERIFY(item);
        // Several zoom steps, across powers of two of the scale, both ways.
        for (int step = 0; step < 14; ++step) {
            if (step < 9)
                m_map.view->zoomIn();
            else
                m_map.view->zoomOut();
            m_map.view->centerOn(item);
            paint();
            const double ppm = m_map.view->pixelsPerMetre();
            const QRectF hit = item->shape().boundingRect();
            QVERIFY2(std::abs(hit.width() * ppm - 2 * FacilityItem::sizeFor(hospital.level)) < 1e-6,
                     "the symbol is as many pixels wide at every zoom");
            QVERIFY(item->boundingRect().contains(hit));
            // Found by the scene's index at its centre and near its edge.
            const QPoint centre = m_map.view->mapFromScene(item->pos());
            QVERIFY(m_map.scene->items(item->pos()).contains(item));
            const QPointF nearEdge = m_map.view->mapToScene(
                centre + QPoint(int(FacilityItem::sizeFor(hospital.level)) - 2, 0));
            QVERIFY(m_map.scene->items(nearEdge).contains(item));
            // Not found well outside it.
            const QPointF outside = m_map.view->mapToScene(centre + QPoint(40, 40));
            QVERIFY(!m_map.scene->items(outside).contains(item));
        }
    }

    void hittableAfterAJumpOut()
    {
        // From close up straight back to the whole county: one index rebuild.
        while (m_map.view->pixelsPerMetre() * 1000 < 150)
            m_map.view->zoomIn();
        paint();
        m_map.view->zoomToFit();
        paint();
        for (const Facility &f : m_map.doc->project().facilities) {
            FacilityItem *item = m_map.scene->facilityItem(f.id);
            if (!item->isVisible())
                continue;
            const QPoint centre = m_map.view->mapFromScene(item->pos());
            const QPointF nearEdge =
                m_map.view->mapToScene(centre + QPoint(int(FacilityItem::sizeFor(f.level)) - 2, 0));
            QVERIFY2(m_map.scene->items(nearEdge).contains(item), qPrintable(f.name));
        }
    }

    void villageNamesOnlyCloseUpAndNoOverlaps()
    {
        // The whole county: hospitals and township centres are named, villages not.
        QVERIFY(m_map.view->pixelsPerMetre() * 1000 < 45);
        QSet<QString> villages;
        for (const Settlement &s : m_map.doc->project().settlements)
            villages.insert(s.name);
        auto shown = m_map.scene->labels()->shown();
        QVERIFY(!shown.isEmpty());
        for (const MapLabels::Shown &label : shown)
            QVERIFY2(label.symbol->type() == FacilityItemType, qPrintable(label.text));
        const Facility hospital = firstFacility(FacilityLevel::CountyHospital);
        QVERIFY(std::any_of(shown.begin(), shown.end(),
                            [&](const MapLabels::Shown &l) { return l.text == hospital.name; }));
        checkNoOverlaps(shown);

        // Close up: villages are named too.
        while (m_map.view->pixelsPerMetre() * 1000 < 60)
            m_map.view->zoomIn();
        paint();
        shown = m_map.scene->labels()->shown();
        const int villageLabels =
            int(std::count_if(shown.begin(), shown.end(), [](const MapLabels::Shown &l) {
                return l.symbol->type() == SettlementItemType;
            }));
        QVERIFY(villageLabels > 0);
        checkNoOverlaps(shown);
    }

    void clickOnANameSelectsThePlace()
    {
        while (m_map.view->pixelsPerMetre() * 1000 < 60)
            m_map.view->zoomIn();
        paint();
        m_map.editor->selectAction()->trigger();
        const QRect viewport = m_map.view->viewport()->rect().adjusted(20, 20, -20, -20);
        for (const MapLabels::Shown &label : m_map.scene->labels()->shown()) {
            const QPoint at = m_map.view->mapFromScene(label.sceneRect.center());
            const QList<QGraphicsItem *> under = m_map.scene->items(label.sceneRect.center());
            if (!viewport.contains(at) || std::any_of(under.begin(), under.end(), [](auto *item) {
                    EntityKind kind;
                    EntityId id;
                    return itemEntity(item, &kind, &id);
                }))
                continue; // off screen, or a symbol or road lies under the name's centre
            QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, at);
            const QList<QGraphicsItem *> selected = m_map.scene->selectedItems();
            QCOMPARE(selected.size(), 1);
            QCOMPARE(selected.front(), label.symbol);
            return;
        }
        QSKIP("no name in view without something else under its centre");
    }

    void labelFollowsAnEdit()
    {
        Facility hospital = firstFacility(FacilityLevel::CountyHospital);
        hospital.name = QStringLiteral("新县医院");
        edit::change(*m_map.doc, hospital);
        paint();
        const auto shown = m_map.scene->labels()->shown();
        QVERIFY(std::any_of(shown.begin(), shown.end(), [](const MapLabels::Shown &l) {
            return l.text == QStringLiteral("新县医院");
        }));
    }

private:
    void paint()
    {
        // Labels are laid out when drawn.
        m_map.view->viewport()->repaint();
    }
    Facility firstFacility(FacilityLevel level) const
    {
        for (const Facility &f : m_map.doc->project().facilities)
            if (f.level == level)
                return f;
        return {};
    }
    static void checkNoOverlaps(const QVector<MapLabels::Shown> &shown)
    {
        for (int i = 0; i < shown.size(); ++i)
            for (int j = i + 1; j < shown.size(); ++j) {
                // County hospitals are named even when crowded.
                if (shown[i].symbol->type() == FacilityItemType &&
                    static_cast<FacilityItem *>(shown[i].symbol)->level() ==
                        FacilityLevel::CountyHospital)
                    continue;
                QVERIFY2(!shown[i].sceneRect.intersects(shown[j].sceneRect),
                         qPrintable(shown[i].text + QLatin1String(" / ") + shown[j].text));
            }
    }

    test::MapWindow m_map;
};

QTEST_MAIN(TestMapLabels)
#include "tst_gui_maplabels.moc"
