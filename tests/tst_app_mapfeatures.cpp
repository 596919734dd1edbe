// The main window carries the import/export menus and the map overlays: File >
// Import lists the four layers, File > Export Layer every layer in the formats
// it can be written in, Map and View hold the Overlays menu, and the overlays
// follow the simulation's published results.
#include "app/gui/importactions.h"
#include "app/gui/mainwindow.h"
#include "models/demo/democounty.h"
#include "models/domain/projectdocument.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/map/mapoverlays.h"

#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace cc;

class TestMapFeatures : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CountyCareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_mapfeatures"));
    }

    void menusAndOverlays()
    {
        ProjectDocument doc;
        doc.reset(demo::makeDemoProject(), QString());
        MainWindow window(&doc);
        auto *actions = window.findChild<ImportActions *>();
        QVERIFY(actions);
        QVERIFY(window.fileMenu()->actions().contains(actions->importMenu()->menuAction()));
        QVERIFY(window.fileMenu()->actions().contains(actions->exportMenu()->menuAction()));
        // Import and export sit above Quit.
        const QList<QAction *> file = window.fileMenu()->actions();
        QVERIFY(file.indexOf(actions->importMenu()->menuAction()) < file.size() - 2);
        QCOMPARE(actions->importMenu()->actions().size(), 4);
        QStringList exports;
        for (QAction *a : actions->exportMenu()->actions())
            exports << a->objectName();
        const QStringList expected{
            QStringLiteral("export_boundary_geojson"), QStringLiteral("export_facilities_geojson"),
            QStringLiteral("export_facilities_csv"),   QStringLiteral("export_settlements_geojson"),
            QStringLiteral("export_settlements_csv"),  QStringLiteral("export_roads_geojson")};
        QCOMPARE(exports, expected);

        auto *overlays = window.findChild<MapOverlays *>();
        QVERIFY(overlays);
        QVERIFY(window.mapMenu()->actions().contains(overlays->menu()->menuAction()));
        QVERIFY(window.viewMenu()->actions().contains(overlays->menu()->menuAction()));

        // The overlays receive the simulation's results.
        QSignalSpy spy(overlays, &MapOverlays::resultsChanged);
        for (int i = 0; i < 120 && !overlays->results(); ++i)
            spy.wait(1000);
        QVERIFY(overlays->results());
        QCOMPARE(overlays->monthCount(), overlays->results()->results.months);
        QCOMPARE(overlays->month(), overlays->monthCount() - 1); // opens at the horizon's end
        overlays->setFlowsVisible(true);
        QVERIFY(!overlays->flows().isEmpty());
        overlays->setFlowsVisible(false);
    }
};

QTEST_MAIN(TestMapFeatures)
#include "tst_app_mapfeatures.moc"
