// The first hour: the start page carries out its choice, the glossary holds
// the reform's terms, the guided tour steps through the window and can be
// skipped, and F6 moves the keyboard focus between the map and the docks.
#include "app/gui/fileactions.h"
#include "app/gui/firsthour.h"
#include "app/gui/mainwindow.h"
#include "models/domain/projectdocument.h"
#include "widgets/help/glossary.h"
#include "widgets/help/startpage.h"
#include "widgets/help/tour.h"
#include "widgets/map/mapview.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace cc;

class TestFirstHour : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CountyCareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_firsthour"));
        QSettings().clear();
    }

    void startPageOpensTheDemo()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        window.show();
        QVERIFY(doc.project().facilities.isEmpty());
        QTimer::singleShot(0, this, [] {
            auto *page = qobject_cast<StartPage *>(QApplication::activeModalWidget());
            QVERIFY(page);
            QVERIFY(page->button(StartPage::OpenDemo)->isDefault());
            page->button(StartPage::OpenDemo)->click();
        });
        QVERIFY(showStartPage(&window));
        QVERIFY(!doc.project().facilities.isEmpty());
        QVERIFY(doc.filePath().isEmpty());
    }

    void startPageNewAndCancel()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        window.fileActions()->openDemo();
        QTimer::singleShot(0, this, [] {
            auto *page = qobject_cast<StartPage *>(QApplication::activeModalWidget());
            QVERIFY(page);
            page->reject();
        });
        QVERIFY(!showStartPage(&window));
        QVERIFY(!doc.project().facilities.isEmpty()); // untouched
        QTimer::singleShot(0, this, [] {
            auto *page = qobject_cast<StartPage *>(QApplication::activeModalWidget());
            QVERIFY(page);
            page->button(StartPage::NewProject)->click();
        });
        QVERIFY(showStartPage(&window));
        QVERIFY(doc.project().facilities.isEmpty());
    }

    void glossaryHasTheReformsTerms()
    {
        const QVector<GlossaryTerm> terms = glossaryTerms();
        QStringList chinese;
        for (const GlossaryTerm &t : terms) {
            chinese << t.chinese;
            QVERIFY2(t.meaning.size() > 60 && t.inPlanner.size() > 40, qPrintable(t.chinese));
        }
        for (const char *term : {"县域就诊率", "县域内住院人次占比", "基层诊疗量占比", "结余留用",
                                 "超支分担", "县招乡用", "DRG 点数法", "按人头付费", "家庭医生签约",
                                 "总额预算", "起付线", "报销比例"})
            QVERIFY2(chinese.contains(QString::fromUtf8(term)), term);
        GlossaryDialog dialog;
        QCOMPARE(dialog.reformTermCount(), terms.size());
        QVERIFY(dialog.showTerm(QStringLiteral("结余留用")));
        QVERIFY(!dialog.showTerm(QStringLiteral("no such term")));
        auto *text = dialog.findChild<QTextBrowser *>(QStringLiteral("glossaryText"));
        QVERIFY(text->toPlainText().contains(QStringLiteral("结余留用")));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("glossaryFilter"));
        filter->setText(QStringLiteral("DRG"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("glossaryList"));
        int shown = 0;
        for (int i = 0; i < list->count(); ++i)
            shown += !list->item(i)->isHidden() && list->item(i)->data(Qt::UserRole).toInt() >= 0;
        QCOMPARE(shown, 1);
    }

    void tourStepsAndSkips()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        window.fileActions()->openDemo();
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        GuidedTour *tour = startTour(&window);
        QVERIFY(QSettings().value(QStringLiteral("tour/shown")).toBool());
        QVERIFY(tour->stepCount() >= 5 && tour->stepCount() <= 8);
        QCOMPARE(tour->step(), 0);
        tour->next();
        QCOMPARE(tour->step(), 1);
        // Step 2 points at the map.
        const QRect map(window.mapView()->mapTo(&window, QPoint(0, 0)), window.mapView()->size());
        QVERIFY(tour->highlight().intersects(map));
        QVERIFY(!tour->highlight().intersects(tour->bubble()->geometry()) ||
                tour->highlight().contains(map));
        tour->back();
        QCOMPARE(tour->step(), 0);
        QSignalSpy finished(tour, &GuidedTour::finished);
        QPointer<GuidedTour> guard(tour);
        QTest::keyClick(tour, Qt::Key_Escape);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QTRY_VERIFY(guard.isNull());

        // Run through to the end.
        tour = startTour(&window);
        QSignalSpy done(tour, &GuidedTour::finished);
        for (int i = 0; i < tour->stepCount(); ++i)
            tour->next();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().toBool(), true);
    }

    void f6CyclesTheFocusThroughTheDocks()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        window.fileActions()->openDemo();
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.mapView()->setFocus();
        QSet<QWidget *> visited;
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QWidget *panel = focus;
            while (panel && !qobject_cast<QDockWidget *>(panel) && panel != window.mapView())
                panel = panel->parentWidget();
            QVERIFY2(panel, "the focus is in a dock or on the map");
            visited.insert(panel);
        }
        QVERIFY(visited.size() >= 3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(QApplication::focusWidget());
    }
};

QTEST_MAIN(TestFirstHour)
#include "tst_app_firsthour.moc"
