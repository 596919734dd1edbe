// The main window on a laptop screen (1366 x 768, common in health-bureau
// offices): opening any dock never makes the window taller or wider than the
// screen's available geometry, the status bar stays on screen below every
// dock, and the map keeps room to work in, in English and in Chinese.
//
// The offscreen platform is given a 1366 x 768 screen through its JSON
// configuration file (written before the application starts, see main()).
#include "app/gui/fileactions.h"
#include "app/gui/language.h"
#include "app/gui/mainwindow.h"
#include "models/domain/projectdocument.h"
#include "widgets/map/mapview.h"
#include "widgets/staffing/staffingboard.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

constexpr int kScreenWidth = 1366;
constexpr int kScreenHeight = 768;

QString sizeText(const QSize &s)
{
    return QStringLiteral("%1 x %2").arg(s.width()).arg(s.height());
}

} // namespace

class TestScreenFit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CountyCareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_screenfit"));
        QSettings().clear(); // no saved geometry: the first-start layout
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(),
                 QSize(kScreenWidth, kScreenHeight));
    }
    void cleanup() { language::apply(QStringLiteral("en")); }

    void everyDockKeepsTheWindowOnScreen_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void everyDockKeepsTheWindowOnScreen()
    {
        QFETCH(QString, lang);
        QVERIFY(language::apply(lang));
        ProjectDocument doc;
        MainWindow window(&doc);
        window.fileActions()->openDemo();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();

        auto check = [&](const QString &what) {
            QCoreApplication::processEvents();
            QVERIFY2(
                window.height() <= available.height() && window.width() <= available.width(),
                qPrintable(QStringLiteral("%1: window %2 on a %3 screen")
                               .arg(what, sizeText(window.size()), sizeText(available.size()))));
            // Nothing overlaps the status bar: every visible docked dock ends above it.
            const int statusTop = window.statusBar()->geometry().top();
            for (QDockWidget *d : window.findChildren<QDockWidget *>())
                if (d->isVisible() && !d->isFloating())
                    QVERIFY2(d->geometry().bottom() < statusTop,
                             qPrintable(QStringLiteral("%1: dock %2 ends at %3, status bar at %4")
                                            .arg(what, d->objectName())
                                            .arg(d->geometry().bottom())
                                            .arg(statusTop)));
        };
        check(QStringLiteral("first start"));

        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 10);
        for (QDockWidget *dock : docks) {
            dock->show();
            dock->raise();
            check(dock->objectName());
            if (QTest::currentTestFailed())
                return;
        }
        // The staffing board's tabs, one after the other, with every dock open.
        auto *board = window.findChild<StaffingBoard *>();
        QVERIFY(board);
        for (StaffingBoard::Tab tab : {StaffingBoard::RosterTab, StaffingBoard::PostingsTab,
                                       StaffingBoard::NeedTab, StaffingBoard::RulesTab}) {
            board->showTab(tab);
            check(QStringLiteral("staffing tab %1").arg(int(tab)));
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The right-hand docks must not squeeze the map to a sliver: at first
    // start it keeps at least a third of the window's width and half its height.
    void mapKeepsRoomToWork_data() { everyDockKeepsTheWindowOnScreen_data(); }
    void mapKeepsRoomToWork()
    {
        QFETCH(QString, lang);
        QVERIFY(language::apply(lang));
        ProjectDocument doc;
        MainWindow window(&doc);
        window.fileActions()->openDemo();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.height() <= window.screen()->availableGeometry().height());
        QCoreApplication::processEvents();
        const QSize map = window.mapView()->size();
        qInfo("%s: window %s, map %s", qPrintable(lang), qPrintable(sizeText(window.size())),
              qPrintable(sizeText(map)));
        QVERIFY2(map.width() * 3 >= window.width() && map.height() * 2 >= window.height(),
                 qPrintable(QStringLiteral("map %1 in a window of %2")
                                .arg(sizeText(map), sizeText(window.size()))));
    }
};

int main(int argc, char **argv)
{
    // A 1366 x 768 screen without window frames for the offscreen platform.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(QStringLiteral("{\"windowFrameMargins\": false, \"screens\": [{\"name\": "
                              "\"laptop\", \"x\": 0, \"y\": 0, \"width\": %1, \"height\": %2, "
                              "\"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                   .arg(kScreenWidth)
                   .arg(kScreenHeight)
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_app_screenfit.moc"
