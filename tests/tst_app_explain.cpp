// Explain this number in the main window: a click on a chart point opens the
// derivation of that month's value, with the numbers of the shown results.
#include "app/gui/explainactions.h"
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "models/domain/projectdocument.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/charts/dashboard.h"
#include "widgets/explain/explaindialog.h"
#include "widgets/policy/policypanel.h"

#include <QDockWidget>
#include <QSettings>
#include <QTest>
#include <qcustomplot.h>

using namespace cc;

class TestAppExplain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CountyCareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_explain"));
        QSettings().clear();
    }

    void chartPointClickOpensItsDerivation()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        window.fileActions()->openDemo();
        const EntityId reform = doc.project().scenarioIdByName(QStringLiteral("reform"));
        window.policyPanel()->selectScenario(reform);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SimulationController *sim = window.simulation();
        QTRY_VERIFY_WITH_TIMEOUT(
            sim->isIdle() && sim->results() && sim->results()->scenarioId == reform, 20000);
        QCoreApplication::processEvents();

        QDockWidget *dock = window.dashboard()->dock(charts::ChartKind::InCountyRate);
        dock->show();
        dock->raise();
        // Floating and tall, so the series and the 90% target line are far
        // enough apart for a click to land on the series (the docked chart
        // shares the window with many other docks).
        dock->setFloating(true);
        dock->resize(1000, 700);
        QVERIFY(QTest::qWaitForWindowExposed(dock));
        QCustomPlot *plot = window.dashboard()->plot(charts::ChartKind::InCountyRate);
        QTRY_VERIFY(plot->height() > 400);
        plot->replot();
        QCPGraph *graph = plot->graph(0); // the in-county treatment rate
        const int month = 30;             // after the reform took effect
        const double value = graph->data()->at(month)->value;
        const QPoint pixel(qRound(plot->xAxis->coordToPixel(month)),
                           qRound(plot->yAxis->coordToPixel(value)));
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pixel);
        ExplainDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ExplainDialog *>()) != nullptr);
        const explain::Derivation &d = dialog->derivation();
        QCOMPARE(d.indicator, explain::Indicator::InCountyRate);
        QCOMPARE(d.month, month);
        QCOMPARE(d.scenario, reform);
        QCOMPARE(d.value, sim->results()->results.countyAt(month).inCountyRate);
        QVERIFY(!d.changes.isEmpty()); // reform differs from the baseline
        QVERIFY(dialog->html().contains(d.changes.first().label.toHtmlEscaped()));
        dialog->close();
    }

    // A click on the care chart's avoided admissions opens what moved them:
    // the reform's mechanisms with their effects, which add up.
    void careChartClickExplainsTheMechanisms()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        window.fileActions()->openDemo();
        const EntityId reform = doc.project().scenarioIdByName(QStringLiteral("reform"));
        window.policyPanel()->selectScenario(reform);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SimulationController *sim = window.simulation();
        QTRY_VERIFY_WITH_TIMEOUT(
            sim->isIdle() && sim->results() && sim->results()->scenarioId == reform, 20000);
        QDockWidget *dock = window.dashboard()->dock(charts::ChartKind::Care);
        dock->show();
        dock->setFloating(true);
        dock->resize(1000, 760);
        QVERIFY(QTest::qWaitForWindowExposed(dock));
        QCustomPlot *plot = window.dashboard()->plot(charts::ChartKind::Care);
        QTRY_VERIFY(plot->height() > 500);
        plot->replot();
        QCPGraph *avoided = plot->graph(2);
        const int month = 40;
        QCPAxisRect *lower = plot->axisRect(1);
        const QPoint pixel(
            qRound(lower->axis(QCPAxis::atBottom)->coordToPixel(month)),
            qRound(lower->axis(QCPAxis::atLeft)->coordToPixel(avoided->data()->at(month)->value)));
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pixel);
        ExplainDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ExplainDialog *>()) != nullptr);
        const explain::Derivation &d = dialog->derivation();
        QCOMPARE(d.indicator, explain::Indicator::AvoidedAdmissions);
        QCOMPARE(d.month, month);
        QCOMPARE(d.value, sim->results()->results.countyAt(month).avoidedAdmissions);
        QVERIFY(d.value > 0);
        double sum = d.withoutMechanisms;
        for (const explain::Mechanism &m : d.mechanisms)
            sum += m.effect;
        QVERIFY(std::abs(sum - d.value) < 1e-9 * d.value);
        for (const explain::Mechanism &m : d.mechanisms)
            QVERIFY(dialog->html().contains(m.name.toHtmlEscaped()));
        dialog->close();
    }

    void statusBarDerivationUsesTheLastMonth()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        window.fileActions()->openDemo();
        SimulationController *sim = window.simulation();
        QTRY_VERIFY_WITH_TIMEOUT(sim->isIdle() && sim->results(), 20000);
        auto *actions = window.findChild<ExplainActions *>();
        QVERIFY(actions);
        const explain::Derivation d =
            actions->derivation(explain::Indicator::FundMonthsOfReserve, -1, -1);
        const sim::Results &r = sim->results()->results;
        QCOMPARE(d.month, r.months - 1);
        QCOMPARE(d.value, r.fund.back().monthsOfReserve);
        // The baseline against itself: nothing listed, and the dialog says so.
        QVERIFY(d.changes.isEmpty());
        QVERIFY(ExplainDialog::toHtml(d, QString()).contains(QStringLiteral("reference")));
    }
};

QTEST_MAIN(TestAppExplain)
#include "tst_app_explain.moc"
