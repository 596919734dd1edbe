// The map editor driven as a user would, with QTest mouse and key events: add
// a facility, drag it, draw a road, edit the boundary, edit properties, undo.
#include "models/domain/geo.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "tests/mapwindow.h"
#include "tests/testproject.h"
#include "widgets/map/boundarytool.h"
#include "widgets/map/mapeditor.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"
#include "widgets/map/placetool.h"
#include "widgets/map/propertyeditor.h"

#include <QAction>
#include <QLineEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

using namespace cc;

class TestMapEditor : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_map.open(test::smallProject());
        QVERIFY(QTest::qWaitForWindowExposed(m_map.window));
        m_map.view->zoomToFit();
    }
    void cleanup() { m_map.close(); }

    void addDragAndUndoFacility()
    {
        const Project original = m_map.doc->project();
        m_map.editor->facilityTool()->setLevel(FacilityLevel::TownshipCentre);
        m_map.editor->addFacilityAction()->trigger();
        const QPoint at = m_map.view->viewport()->rect().center() + QPoint(-60, 40);
        QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_map.doc->project().facilities.size(), original.facilities.size() + 1);
        const Facility added = m_map.doc->project().facilities.last();
        QCOMPARE(added.level, FacilityLevel::TownshipCentre);
        const LonLat expected = m_map.scene->projection().toLonLat(m_map.view->mapToScene(at));
        QVERIFY(std::abs(added.position.lon - expected.lon) < 1e-3);
        QVERIFY(std::abs(added.position.lat - expected.lat) < 1e-3);
        QCOMPARE(m_map.properties->entityId(), added.id); // ready to be named

        // Drag it 80 pixels east with the select tool: one undo step.
        m_map.editor->selectAction()->trigger();
        QTest::mousePress(m_map.view->viewport(), Qt::LeftButton, {}, at);
        for (int dx = 10; dx <= 80; dx += 10)
            QTest::mouseMove(m_map.view->viewport(), at + QPoint(dx, 0));
        QTest::mouseRelease(m_map.view->viewport(), Qt::LeftButton, {}, at + QPoint(80, 0));
        const Facility moved = m_map.doc->project().facilities.value(added.id);
        QVERIFY2(moved.position.lon > added.position.lon, "dragged east");
        QVERIFY(std::abs(moved.position.lat - added.position.lat) < 1e-3);
        QCOMPARE(m_map.doc->undoStack()->count(), 2);

        m_map.doc->undoStack()->undo();
        QCOMPARE(m_map.doc->project().facilities.value(added.id), added);
        m_map.doc->undoStack()->undo();
        QVERIFY(m_map.doc->project() == original);
    }

    // A facility clicked outside the county boundary is placed (the boundary
    // may be rough) but the planner is told; an out-of-county hospital is not
    // worth a word, and neither is a place inside.
    void placingOutsideTheBoundaryWarns()
    {
        QSignalSpy messages(m_map.editor, &MapEditor::statusMessage);
        m_map.editor->facilityTool()->setLevel(FacilityLevel::TownshipCentre);
        m_map.editor->addFacilityAction()->trigger();
        const QPoint corner(4, 4);
        const LonLat outside = m_map.scene->projection().toLonLat(m_map.view->mapToScene(corner));
        QVERIFY(!contains(m_map.doc->project().boundary.area, outside)); // the premise
        const int count = m_map.doc->project().facilities.size();
        QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, corner);
        QCOMPARE(m_map.doc->project().facilities.size(), count + 1);
        const Facility added = m_map.doc->project().facilities.last();
        QVERIFY(!messages.isEmpty());
        const QString warning = messages.last().at(0).toString();
        QVERIFY2(warning.contains(added.name) && warning.contains(QLatin1String("outside")),
                 qPrintable(warning));

        messages.clear();
        const QPoint centre = m_map.view->viewport()->rect().center();
        QVERIFY(contains(m_map.doc->project().boundary.area,
                         m_map.scene->projection().toLonLat(m_map.view->mapToScene(centre))));
        QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(m_map.doc->project().facilities.size(), count + 2);
        QVERIFY(messages.isEmpty());

        m_map.editor->facilityTool()->setLevel(FacilityLevel::OutOfCountyCity);
        QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, corner + QPoint(30, 0));
        QCOMPARE(m_map.doc->project().facilities.size(), count + 3);
        QVERIFY(messages.isEmpty());
    }

    // What is on screen after an undo: the viewport as painted (the window's
    // backing store, not a fresh rendering) is what it was before the facility.
    void undoneFacilityLeavesNoPaint()
    {
        auto painted = [this] {
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents(); // the scene's and view's queued updates
            const QRect area(m_map.view->viewport()->mapTo(m_map.window, QPoint(0, 0)),
                             m_map.view->viewport()->size());
            return m_map.window->screen()->grabWindow(m_map.window->winId()).toImage().copy(area);
        };
        const QImage before = painted();
        QVERIFY(!before.isNull());
        m_map.editor->facilityTool()->setLevel(FacilityLevel::CountyHospital);
        m_map.editor->addFacilityAction()->trigger();
        const QPoint at = m_map.view->viewport()->rect().center() + QPoint(-60, 40);
        QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(painted() != before); // the new hospital is drawn
        const EntityId id = m_map.doc->project().facilities.lastKey();
        QVERIFY(m_map.scene->facilityItem(id));
        m_map.doc->undoStack()->undo();
        QVERIFY(!m_map.scene->facilityItem(id));
        QVERIFY(painted() == before);
    }

    // Placed at one zoom and undone at another (the symbol is then drawn at a
    // size it was not indexed at): the scene holds no item for it, and what
    // is on screen is what a fresh drawing of the scene shows.
    void undoneFacilityAfterAZoomLeavesNoItemAndNoPaint()
    {
        auto flush = [] {
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents();
        };
        QWidget *viewport = m_map.view->viewport();
        auto painted = [&] {
            flush();
            const QRect area(viewport->mapTo(m_map.window, QPoint(0, 0)), viewport->size());
            return m_map.window->screen()->grabWindow(m_map.window->winId()).toImage().copy(area);
        };
        auto fresh = [&] { return viewport->grab().toImage().convertToFormat(painted().format()); };
        m_map.editor->facilityTool()->setLevel(FacilityLevel::CountyHospital);
        m_map.editor->addFacilityAction()->trigger();
        const QPoint at = viewport->rect().center() + QPoint(40, -30);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
        const EntityId id = m_map.doc->project().facilities.lastKey();
        FacilityItem *item = m_map.scene->facilityItem(id);
        QVERIFY(item);
        const QPointF where = item->scenePos();
        for (int i = 0; i < 3; ++i)
            m_map.view->zoomOut();
        flush();
        QVERIFY(m_map.view->mapFromScene(where).x() >= 0); // still in view
        const QImage shown = painted();
        QVERIFY(shown == fresh());

        m_map.doc->undoStack()->undo();
        QVERIFY(!m_map.doc->project().facilities.contains(id));
        QVERIFY(!m_map.scene->facilityItem(id));
        for (QGraphicsItem *i : m_map.scene->items()) {
            EntityKind kind;
            EntityId entity;
            QVERIFY(
                !(itemEntity(i, &kind, &entity) && kind == EntityKind::Facility && entity == id));
        }
        const QImage after = painted();
        QVERIFY(after != shown);
        QVERIFY(after == fresh());
    }

    void drawRoadWithSnapping()
    {
        const Project original = m_map.doc->project();
        m_map.editor->drawRoadAction()->trigger();
        // Start a few pixels off the county hospital: the end snaps onto it.
        const QPoint hospital =
            m_map.view->mapFromScene(m_map.scene->facilityItem(1)->pos()) + QPoint(4, 3);
        const QPoint elsewhere = hospital + QPoint(-120, 90);
        QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, hospital);
        QTest::mouseMove(m_map.view->viewport(), elsewhere);
        QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, elsewhere);
        QTest::keyClick(m_map.view, Qt::Key_Return);
        QCOMPARE(m_map.doc->project().roads.size(), original.roads.size() + 1);
        const Road road = m_map.doc->project().roads.last();
        QCOMPARE(road.path.size(), 2);
        QCOMPARE(road.path.front(), original.facilities.value(1).position);
        m_map.doc->undoStack()->undo();
        QVERIFY(m_map.doc->project() == original);
    }

    void escapeCancelsRoad()
    {
        m_map.editor->drawRoadAction()->trigger();
        const QPoint c = m_map.view->viewport()->rect().center();
        QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, c);
        QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, c + QPoint(50, 0));
        QTest::keyClick(m_map.view, Qt::Key_Escape);
        QCOMPARE(m_map.doc->undoStack()->count(), 0);
    }

    void editBoundaryVertices()
    {
        const Project original = m_map.doc->project();
        m_map.editor->boundaryAction()->trigger();
        const Ring &ring = original.boundary.area[0][0];
        // Double-click the middle of the first edge: a corner is inserted.
        const QPointF a = m_map.scene->projection().toScene(ring[0]);
        const QPointF b = m_map.scene->projection().toScene(ring[1]);
        const QPoint mid = m_map.view->mapFromScene((a + b) / 2);
        QTest::mouseDClick(m_map.view->viewport(), Qt::LeftButton, {}, mid);
        QCOMPARE(m_map.doc->project().boundary.area[0][0].size(), ring.size() + 1);
        // Right-click that corner: deleted again.
        QTest::mouseClick(m_map.view->viewport(), Qt::RightButton, {}, mid);
        QCOMPARE(m_map.doc->project().boundary.area[0][0].size(), ring.size());
        // Drag the first corner.
        const QPoint corner = m_map.view->mapFromScene(a);
        QTest::mousePress(m_map.view->viewport(), Qt::LeftButton, {}, corner);
        QTest::mouseMove(m_map.view->viewport(), corner + QPoint(-30, -30));
        QTest::mouseRelease(m_map.view->viewport(), Qt::LeftButton, {}, corner + QPoint(-30, -30));
        QVERIFY(m_map.doc->project().boundary.area[0][0][0].lon < ring[0].lon);
        QCOMPARE(m_map.doc->undoStack()->count(), 3);
        while (m_map.doc->undoStack()->canUndo())
            m_map.doc->undoStack()->undo();
        QVERIFY(m_map.doc->project() == original);
    }

    void propertyEditorValidatesInline_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative population") << "population"
                                             << "-5"
                                             << "population";
        QTest::newRow("empty name") << "name"
                                    << ""
                                    << "must not be empty";
        QTest::newRow("share above 1") << "signedShare"
                                       << "1.4"
                                       << "between 0 and 1";
        QTest::newRow("not a number") << "population"
                                      << "many"
                                      << "not a number";
    }

    void propertyEditorValidatesInline()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Project original = m_map.doc->project();
        m_map.properties->showEntity(EntityKind::Settlement, 2);
        auto *edit = m_map.properties->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY2(m_map.properties->errorText().contains(expected),
                 qPrintable(m_map.properties->errorText()));
        QVERIFY(m_map.doc->project() == original);
    }

    void propertyEditorEditsThroughUndo()
    {
        m_map.properties->showEntity(EntityKind::Settlement, 2);
        auto *edit = m_map.properties->findChild<QLineEdit *>(QStringLiteral("population"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2500"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(m_map.doc->project().settlements.value(2).population, qint64(2500));
        QVERIFY(m_map.properties->errorText().isEmpty());
        m_map.doc->undoStack()->undo();
        QCOMPARE(m_map.doc->project().settlements.value(2).population, qint64(1500));
        QCOMPARE(edit->text(), QStringLiteral("1500")); // the editor follows undo
    }

    void deleteSelectionIsOneStep()
    {
        const Project original = m_map.doc->project();
        m_map.editor->selectAction()->trigger();
        m_map.scene->facilityItem(2)->setSelected(true);
        m_map.scene->settlementItem(3)->setSelected(true);
        m_map.editor->deleteAction()->trigger();
        QVERIFY(!m_map.doc->project().facilities.contains(2));
        QVERIFY(!m_map.doc->project().settlements.contains(3));
        QCOMPARE(m_map.doc->undoStack()->count(), 1);
        m_map.doc->undoStack()->undo();
        QVERIFY(m_map.doc->project() == original);
    }

    void rubberBandSelectsSeveral()
    {
        m_map.editor->selectAction()->trigger();
        const QRect all = m_map.view->viewport()->rect().adjusted(5, 5, -5, -5);
        QTest::mousePress(m_map.view->viewport(), Qt::LeftButton, {}, all.topLeft());
        QTest::mouseMove(m_map.view->viewport(), all.center());
        QTest::mouseMove(m_map.view->viewport(), all.bottomRight());
        QTest::mouseRelease(m_map.view->viewport(), Qt::LeftButton, {}, all.bottomRight());
        QVERIFY(m_map.scene->selectedItems().size() >= 4);
    }

private:
    test::MapWindow m_map;
};

QTEST_MAIN(TestMapEditor)
#include "tst_gui_mapeditor.moc"
