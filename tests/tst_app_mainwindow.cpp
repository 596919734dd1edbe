// The main window on the demo county: the map shows the county, the title
// carries the unsaved mark, undo/redo are wired to the document.
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "models/demo/democounty.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"

#include <QAction>
#include <QMenuBar>
#include <QScreen>
#include <QTest>

using namespace cc;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CountyCareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_mainwindow"));
    }

    void showsDemoCountyMap()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        window.fileActions()->openDemo();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const Project &p = doc.project();
        MapScene *scene = window.mapView()->mapScene();
        int settlements = 0, facilities = 0;
        for (QGraphicsItem *item : scene->items()) {
            settlements += item->type() == SettlementItemType;
            facilities += item->type() == FacilityItemType;
        }
        QCOMPARE(settlements, p.settlements.size());
        QCOMPARE(facilities, p.facilities.size());
        QVERIFY(window.mapView()->pixelsPerMetre() > 0);
        QVERIFY(!window.isWindowModified());
    }

    // Workshops run on office laptops: the first-start layout must fit a
    // 1366 x 768 screen (less a taskbar and the window frame) in both languages.
    void fitsALaptopScreen()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        window.fileActions()->openDemo();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        qInfo("minimum size %d x %d", minimum.width(), minimum.height());
        QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 768 - 40 - 30,
                 qPrintable(QStringLiteral("%1 x %2").arg(minimum.width()).arg(minimum.height())));
        // And the first window is no taller than the screen (docks that start
        // hidden must not hold it up).
        QTRY_VERIFY(window.height() <= window.screen()->availableGeometry().height());
    }

    void titleMarksUnsavedChangesAndUndoClearsIt()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        window.fileActions()->openDemo();
        Facility f = doc.project().facilities.first();
        f.position.lon += 0.01;
        QVERIFY(edit::change(doc, f, edit::MergeMove));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QLatin1String("[*]")));
        // The map item follows the document.
        const QPointF moved = window.mapView()->mapScene()->facilityItem(f.id)->pos();
        doc.undoStack()->undo();
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.mapView()->mapScene()->facilityItem(f.id)->pos() != moved);
    }

    void menusHaveStandardShortcuts()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        QStringList shortcuts;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                shortcuts << a->shortcut().toString();
        for (QKeySequence::StandardKey key :
             {QKeySequence::Open, QKeySequence::Save, QKeySequence::Undo, QKeySequence::Redo,
              QKeySequence::New, QKeySequence::Quit})
            QVERIFY2(shortcuts.contains(QKeySequence(key).toString()),
                     qPrintable(QKeySequence(key).toString()));
    }

    void zoomKeysChangeScale()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        window.fileActions()->openDemo();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MapView *view = window.mapView();
        const double fit = view->pixelsPerMetre();
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->pixelsPerMetre() > fit);
        QTest::keyClick(view, Qt::Key_0);
        QCOMPARE(view->pixelsPerMetre(), fit);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_app_mainwindow.moc"
