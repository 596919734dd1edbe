// The map at every zoom over the demo county: symbols keep their size in
// pixels and stay hittable after the zoom changes (their bounding rectangles
// follow one shared scale and the index is rebuilt in one go), names are
// placed without overlaps, village names only close up, and a click on a name
// selects the place it names.
#include "models/demo/democounty.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "widgets/map/mapeditor.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/maplabels.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"
#include "widgets/map/propertyeditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QTest>

using namespace cc;

class TestMapLabels : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc = new ProjectDocument;
        m_doc->reset(demo::makeDemoProject(), QString());
        m_window = new QWidget;
        auto *layout = new QHBoxLayout(m_window);
        m_scene = new MapScene(m_doc, m_window);
        m_view = new MapView(m_scene, m_window);
        m_properties = new PropertyEditor(m_doc, m_window);
        m_editor = new MapEditor(m_view, m_properties, m_window);
        layout->addWidget(m_view, 3);
        layout->addWidget(m_properties, 1);
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_view->setTransformationAnchor(QGraphicsView::AnchorViewCenter);
        m_view->zoomToFit();
        paint();
    }
    void cleanup()
    {
        delete m_window;
        delete m_doc;
    }

    void symbolsKeepTheirPixelSizeAndStayHittable()
    {
        const Facility hospital = firstFacility(FacilityLevel::CountyHospital);
        FacilityItem *item = m_scene->facilityItem(hospital.id);
        QVERIFY(item);
        // Several zoom steps, across powers of two of the scale, both ways.
        for (int step = 0; step < 14; ++step) {
            if (step < 9)
                m_view->zoomIn();
            else
                m_view->zoomOut();
            m_view->centerOn(item);
            paint();
            const double ppm = m_view->pixelsPerMetre();
            const QRectF hit = item->shape().boundingRect();
            QVERIFY2(std::abs(hit.width() * ppm - 2 * FacilityItem::sizeFor(hospital.level)) < 1e-6,
                     "the symbol is as many pixels wide at every zoom");
            QVERIFY(item->boundingRect().contains(hit));
            // Found by the scene's index at its centre and near its edge.
            const QPoint centre = m_view->mapFromScene(item->pos());
            QVERIFY(m_scene->items(item->pos()).contains(item));
            const QPointF nearEdge = m_view->mapToScene(
                centre + QPoint(int(FacilityItem::sizeFor(hospital.level)) - 2, 0));
            QVERIFY(m_scene->items(nearEdge).contains(item));
            // Not found well outside it.
            const QPointF outside = m_view->mapToScene(centre + QPoint(40, 40));
            QVERIFY(!m_scene->items(outside).contains(item));
        }
    }

    void hittableAfterAJumpOut()
    {
        // From close up straight back to the whole county: one index rebuild.
        while (m_view->pixelsPerMetre() * 1000 < 150)
            m_view->zoomIn();
        paint();
        m_view->zoomToFit();
        paint();
        for (const Facility &f : m_doc->project().facilities) {
            FacilityItem *item = m_scene->facilityItem(f.id);
            if (!item->isVisible())
                continue;
            const QPoint centre = m_view->mapFromScene(item->pos());
            const QPointF nearEdge =
                m_view->mapToScene(centre + QPoint(int(FacilityItem::sizeFor(f.level)) - 2, 0));
            QVERIFY2(m_scene->items(nearEdge).contains(item), qPrintable(f.name));
        }
    }

    void villageNamesOnlyCloseUpAndNoOverlaps()
    {
        // The whole county: hospitals and township centres are named, villages not.
        QVERIFY(m_view->pixelsPerMetre() * 1000 < 45);
        QSet<QString> villages;
        for (const Settlement &s : m_doc->project().settlements)
            villages.insert(s.name);
        auto shown = m_scene->labels()->shown();
        QVERIFY(!shown.isEmpty());
        for (const MapLabels::Shown &label : shown)
            QVERIFY2(label.symbol->type() == FacilityItemType, qPrintable(label.text));
        const Facility hospital = firstFacility(FacilityLevel::CountyHospital);
        QVERIFY(std::any_of(shown.begin(), shown.end(),
                            [&](const MapLabels::Shown &l) { return l.text == hospital.name; }));
        checkNoOverlaps(shown);

        // Close up: villages are named too.
        while (m_view->pixelsPerMetre() * 1000 < 60)
            m_view->zoomIn();
        paint();
        shown = m_scene->labels()->shown();
        const int villageLabels =
            int(std::count_if(shown.begin(), shown.end(), [](const MapLabels::Shown &l) {
                return l.symbol->type() == SettlementItemType;
            }));
        QVERIFY(villageLabels > 0);
        checkNoOverlaps(shown);
    }

    void clickOnANameSelectsThePlace()
    {
        while (m_view->pixelsPerMetre() * 1000 < 60)
            m_view->zoomIn();
        paint();
        m_editor->selectAction()->trigger();
        const QRect viewport = m_view->viewport()->rect().adjusted(20, 20, -20, -20);
        for (const MapLabels::Shown &label : m_scene->labels()->shown()) {
            const QPoint at = m_view->mapFromScene(label.sceneRect.center());
            const QList<QGraphicsItem *> under = m_scene->items(label.sceneRect.center());
            if (!viewport.contains(at) || std::any_of(under.begin(), under.end(), [](auto *item) {
                    EntityKind kind;
                    EntityId id;
                    return itemEntity(item, &kind, &id);
                }))
                continue; // off screen, or a symbol or road lies under the name's centre
            QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
            const QList<QGraphicsItem *> selected = m_scene->selectedItems();
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
        edit::change(*m_doc, hospital);
        paint();
        const auto shown = m_scene->labels()->shown();
        QVERIFY(std::any_of(shown.begin(), shown.end(), [](const MapLabels::Shown &l) {
            return l.text == QStringLiteral("新县医院");
        }));
    }

private:
    void paint()
    {
        // Labels are laid out when drawn.
        m_view->viewport()->repaint();
    }
    Facility firstFacility(FacilityLevel level) const
    {
        for (const Facility &f : m_doc->project().facilities)
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

    ProjectDocument *m_doc = nullptr;
    QWidget *m_window = nullptr;
    MapScene *m_scene = nullptr;
    MapView *m_view = nullptr;
    PropertyEditor *m_properties = nullptr;
    MapEditor *m_editor = nullptr;
};

QTEST_MAIN(TestMapLabels)
#include "tst_gui_maplabels.moc"
