// The map editor driven as a user would, with QTest mouse and key events: add
// a facility, drag it, draw a road, edit the boundary, edit properties, undo.
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "tests/testproject.h"
#include "widgets/map/boundarytool.h"
#include "widgets/map/mapeditor.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"
#include "widgets/map/placetool.h"
#include "widgets/map/propertyeditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTest>

using namespace cc;

class TestMapEditor : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc = new ProjectDocument;
        m_doc->reset(test::smallProject(), QString());
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
        m_view->zoomToFit();
    }
    void cleanup()
    {
        delete m_window;
        delete m_doc;
    }

    void addDragAndUndoFacility()
    {
        const Project original = m_doc->project();
        m_editor->facilityTool()->setLevel(FacilityLevel::TownshipCentre);
        m_editor->addFacilityAction()->trigger();
        const QPoint at = m_view->viewport()->rect().center() + QPoint(-60, 40);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_doc->project().facilities.size(), original.facilities.size() + 1);
        const Facility added = m_doc->project().facilities.last();
        QCOMPARE(added.level, FacilityLevel::TownshipCentre);
        const LonLat expected = m_scene->projection().toLonLat(m_view->mapToScene(at));
        QVERIFY(std::abs(added.position.lon - expected.lon) < 1e-3);
        QVERIFY(std::abs(added.position.lat - expected.lat) < 1e-3);
        QCOMPARE(m_properties->entityId(), added.id); // ready to be named

        // Drag it 80 pixels east with the select tool: one undo step.
        m_editor->selectAction()->trigger();
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, at);
        for (int dx = 10; dx <= 80; dx += 10)
            QTest::mouseMove(m_view->viewport(), at + QPoint(dx, 0));
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, at + QPoint(80, 0));
        const Facility moved = m_doc->project().facilities.value(added.id);
        QVERIFY2(moved.position.lon > added.position.lon, "dragged east");
        QVERIFY(std::abs(moved.position.lat - added.position.lat) < 1e-3);
        QCOMPARE(m_doc->undoStack()->count(), 2);

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->project().facilities.value(added.id), added);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->project() == original);
    }

    void drawRoadWithSnapping()
    {
        const Project original = m_doc->project();
        m_editor->drawRoadAction()->trigger();
        // Start a few pixels off the county hospital: the end snaps onto it.
        const QPoint hospital =
            m_view->mapFromScene(m_scene->facilityItem(1)->pos()) + QPoint(4, 3);
        const QPoint elsewhere = hospital + QPoint(-120, 90);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, hospital);
        QTest::mouseMove(m_view->viewport(), elsewhere);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, elsewhere);
        QTest::keyClick(m_view, Qt::Key_Return);
        QCOMPARE(m_doc->project().roads.size(), original.roads.size() + 1);
        const Road road = m_doc->project().roads.last();
        QCOMPARE(road.path.size(), 2);
        QCOMPARE(road.path.front(), original.facilities.value(1).position);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->project() == original);
    }

    void escapeCancelsRoad()
    {
        m_editor->drawRoadAction()->trigger();
        const QPoint c = m_view->viewport()->rect().center();
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, c);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, c + QPoint(50, 0));
        QTest::keyClick(m_view, Qt::Key_Escape);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void editBoundaryVertices()
    {
        const Project original = m_doc->project();
        m_editor->boundaryAction()->trigger();
        const Ring &ring = original.boundary.area[0][0];
        // Double-click the middle of the first edge: a corner is inserted.
        const QPointF a = m_scene->projection().toScene(ring[0]);
        const QPointF b = m_scene->projection().toScene(ring[1]);
        const QPoint mid = m_view->mapFromScene((a + b) / 2);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, mid);
        QCOMPARE(m_doc->project().boundary.area[0][0].size(), ring.size() + 1);
        // Right-click that corner: deleted again.
        QTest::mouseClick(m_view->viewport(), Qt::RightButton, {}, mid);
        QCOMPARE(m_doc->project().boundary.area[0][0].size(), ring.size());
        // Drag the first corner.
        const QPoint corner = m_view->mapFromScene(a);
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, corner);
        QTest::mouseMove(m_view->viewport(), corner + QPoint(-30, -30));
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, corner + QPoint(-30, -30));
        QVERIFY(m_doc->project().boundary.area[0][0][0].lon < ring[0].lon);
        QCOMPARE(m_doc->undoStack()->count(), 3);
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QVERIFY(m_doc->project() == original);
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
        const Project original = m_doc->project();
        m_properties->showEntity(EntityKind::Settlement, 2);
        auto *edit = m_properties->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY2(m_properties->errorText().contains(expected),
                 qPrintable(m_properties->errorText()));
        QVERIFY(m_doc->project() == original);
    }

    void propertyEditorEditsThroughUndo()
    {
        m_properties->showEntity(EntityKind::Settlement, 2);
        auto *edit = m_properties->findChild<QLineEdit *>(QStringLiteral("population"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2500"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(m_doc->project().settlements.value(2).population, qint64(2500));
        QVERIFY(m_properties->errorText().isEmpty());
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->project().settlements.value(2).population, qint64(1500));
        QCOMPARE(edit->text(), QStringLiteral("1500")); // the editor follows undo
    }

    void deleteSelectionIsOneStep()
    {
        const Project original = m_doc->project();
        m_editor->selectAction()->trigger();
        m_scene->facilityItem(2)->setSelected(true);
        m_scene->settlementItem(3)->setSelected(true);
        m_editor->deleteAction()->trigger();
        QVERIFY(!m_doc->project().facilities.contains(2));
        QVERIFY(!m_doc->project().settlements.contains(3));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->project() == original);
    }

    void rubberBandSelectsSeveral()
    {
        m_editor->selectAction()->trigger();
        const QRect all = m_view->viewport()->rect().adjusted(5, 5, -5, -5);
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, all.topLeft());
        QTest::mouseMove(m_view->viewport(), all.center());
        QTest::mouseMove(m_view->viewport(), all.bottomRight());
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, all.bottomRight());
        QVERIFY(m_scene->selectedItems().size() >= 4);
    }

private:
    ProjectDocument *m_doc = nullptr;
    QWidget *m_window = nullptr;
    MapScene *m_scene = nullptr;
    MapView *m_view = nullptr;
    PropertyEditor *m_properties = nullptr;
    MapEditor *m_editor = nullptr;
};

QTEST_MAIN(TestMapEditor)
#include "tst_gui_mapeditor.moc"
