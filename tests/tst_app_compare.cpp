// Compare mode and the policy schedule timeline in the main window: the
// compared scenario's series are overlaid with its name, the comparison table's
// differences are the differences of the two runs' results, policy changes are
// marked on the charts, and dragging a timeline marker is one undo step.
#include "app/gui/importactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/scenariomanager.h"
#include "models/domain/projectdocument.h"
#include "models/edit/policyedits.h"
#include "models/simulation/simulationcontroller.h"
#include "tests/testproject.h"
#include "widgets/charts/dashboard.h"
#include "widgets/policy/policypanel.h"
#include "widgets/policy/policytimeline.h"
#include "widgets/policy/scenariocomparison.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <qcustomplot.h>

using namespace cc;

namespace {

bool idle(const MainWindow &w)
{
    const ScenarioManager *m = w.scenarios();
    return w.simulation()->isIdle() && w.simulation()->results() &&
           (!m->compareSimulation() ||
            (m->compareSimulation()->isIdle() && m->compareSimulation()->results()));
}

QCPGraph *graphNamed(QCustomPlot *plot, const QString &name)
{
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->name() == name)
            return plot->graph(i);
    return nullptr;
}

QVector<int> markerMonths(QCustomPlot *plot)
{
    QVector<int> months;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (plot->item(i)->objectName() == QLatin1String("policyMarker"))
            months << plot->item(i)->property("ccMonth").toInt();
    return months;
}

} // namespace

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CountyCareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_compare"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_doc = std::make_unique<ProjectDocument>();
        m_doc->reset(test::smallProject(), QString());
        m_window = std::make_unique<MainWindow>(m_doc.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(idle(*m_window), 15000);
    }

    void cleanup()
    {
        m_window.reset();
        m_doc.reset();
    }

    void compareOverlaysNamedSeries()
    {
        ScenarioManager *m = m_window->scenarios();
        QCOMPARE(m->shownScenario(), EntityId(1));
        m->setComparedScenario(2);
        QVERIFY(m->compareSimulation());
        QTRY_VERIFY_WITH_TIMEOUT(idle(*m_window), 15000);
        QTRY_VERIFY(m_window->dashboard()->data().compare);

        QCustomPlot *plot = m_window->dashboard()->plot(charts::ChartKind::InCountyRate);
        QCPGraph *shown = graphNamed(plot, QStringLiteral("In-county treatment rate"));
        QCPGraph *compared = graphNamed(plot, QStringLiteral("In-county treatment rate (reform)"));
        QVERIFY(shown);
        QVERIFY(compared);
        QCOMPARE(compared->pen().style(), Qt::DashLine);
        const sim::Results &a = m_window->simulation()->results()->results;
        const sim::Results &b = m->compareSimulation()->results()->results;
        QCOMPARE(m->compareSimulation()->results()->scenarioId, EntityId(2));
        const int end = a.months - 1;
        QCOMPARE(shown->data()->at(end)->value, 100 * a.countyAt(end).inCountyRate);
        QCOMPARE(compared->data()->at(end)->value, 100 * b.countyAt(end).inCountyRate);
        // The reform really differs from the baseline after its month 12.
        QVERIFY(a.countyAt(end).inCountyRate != b.countyAt(end).inCountyRate);
        QCOMPARE(a.countyAt(5).inCountyRate, b.countyAt(5).inCountyRate);

        // Every chart overlays the comparison.
        for (charts::ChartKind kind : charts::allChartKinds()) {
            QCustomPlot *p = m_window->dashboard()->plot(kind);
            bool any = false;
            for (int i = 0; i < p->plottableCount(); ++i)
                any = any || p->plottable(i)->name().endsWith(QLatin1String("(reform)"));
            QVERIFY2(any, charts::chartName(kind));
        }
        // The reform's change at month 12 is marked (dotted, the compared scenario's).
        QCOMPARE(markerMonths(plot), QVector<int>{12});

        // Stopping removes the overlay.
        m->setComparedScenario(0);
        QTRY_VERIFY(!m_window->dashboard()->data().compare);
        // Asked again: a chart behind another tab draws the latest data when read.
        plot = m_window->dashboard()->plot(charts::ChartKind::InCountyRate);
        QVERIFY(!graphNamed(plot, QStringLiteral("In-county treatment rate (reform)")));
    }

    void tableDifferencesAreResultDifferences()
    {
        ScenarioManager *m = m_window->scenarios();
        m->setComparedScenario(2);
        QTRY_VERIFY_WITH_TIMEOUT(idle(*m_window), 15000);
        QTRY_VERIFY(!m->comparisonView()->rows().isEmpty());
        const sim::Results &a = m_window->simulation()->results()->results;
        const sim::Results &b = m->compareSimulation()->results()->results;
        const QVector<ComparisonRow> expected = comparisonRows(a, b);
        const QVector<ComparisonRow> &rows = m->comparisonView()->rows();
        QCOMPARE(rows.size(), expected.size());
        QTableWidget *table = m->comparisonView()->table();
        QCOMPARE(table->rowCount(), rows.size());
        const int end = a.months - 1;
        // Spot values straight from the results.
        QCOMPARE(rows[0].shown, a.countyAt(end).inCountyRate);
        QCOMPARE(rows[0].compared, b.countyAt(b.months - 1).inCountyRate);
        bool someDiffer = false;
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].shown, expected[i].shown);
            QCOMPARE(rows[i].compared, expected[i].compared);
            QCOMPARE(table->item(i, 3)->data(Qt::UserRole).toDouble(),
                     expected[i].compared - expected[i].shown);
            someDiffer = someDiffer || expected[i].compared != expected[i].shown;
        }
        QVERIFY(someDiffer);
        double retainedA = 0, retainedB = 0;
        for (const sim::FundMonth &f : a.fund)
            retainedA += f.retainedSurplus;
        for (const sim::FundMonth &f : b.fund)
            retainedB += f.retainedSurplus;
        bool found = false;
        for (const ComparisonRow &r : rows)
            if (r.label.startsWith(QLatin1String("Retained surplus"))) {
                QCOMPARE(r.difference(), retainedB - retainedA);
                found = true;
            }
        QVERIFY(found);
        QVERIFY(table->horizontalHeaderItem(2)->text().contains(QLatin1String("reform")));

        // Edits are followed live: a change to the compared scenario's policy updates the table.
        const double before = rows[0].compared;
        QVERIFY(edit::setPolicyValue(*m_doc, 2, 1, PolicyKey::InpatientRatioTownship, 0.6));
        QTRY_VERIFY_WITH_TIMEOUT(idle(*m_window), 15000);
        QTRY_VERIFY(m->comparisonView()->rows()[0].compared != before);
    }

    // With the reform shown and the baseline compared, differences still read
    // "reform minus baseline", the way a planner reads a reform.
    void differencesReadScenarioMinusBaseline()
    {
        ScenarioManager *m = m_window->scenarios();
        m->showScenario(2);
        m->setComparedScenario(1);
        QTRY_VERIFY_WITH_TIMEOUT(idle(*m_window), 15000);
        QTRY_VERIFY(!m->comparisonView()->rows().isEmpty());
        const sim::Results &reform = m_window->simulation()->results()->results;
        const sim::Results &baseline = m->compareSimulation()->results()->results;
        QCOMPARE(m_window->simulation()->results()->scenarioId, EntityId(2));
        QTableWidget *table = m->comparisonView()->table();
        const int end = reform.months - 1;
        const double diff = table->item(0, 3)->data(Qt::UserRole).toDouble();
        QCOMPARE(diff, reform.countyAt(end).inCountyRate - baseline.countyAt(end).inCountyRate);
        QVERIFY(diff != 0);
        QVERIFY(m->comparisonView()->findChild<QLabel *>()->text().contains(
            QLatin1String("reform minus baseline")));
        // The baseline's column says it is the compared one; names have tooltips.
        QVERIFY(table->horizontalHeaderItem(1)->text().contains(QLatin1String("baseline")));
        QVERIFY(table->horizontalHeaderItem(1)->text().contains(QLatin1String("compared")));
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("reform"));
        QCOMPARE(table->horizontalHeaderItem(2)->toolTip(), QStringLiteral("reform"));
        QCOMPARE(table->item(0, 0)->toolTip(), table->item(0, 0)->text());
    }

    void exportDataWritesEveryScenarioAndTheComparison()
    {
        // File > Export Data: a sheet per scenario, the comparison shown in the
        // window, parameters, staff, postings and telemedicine links
        // (tst_exchange_workbook reads such a workbook back cell by cell).
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("exportData"));
        QVERIFY(action);
        QVERIFY(m_window->fileMenu()->actions().contains(action));
        ImportActions *actions = m_window->findChild<ImportActions *>();
        QVERIFY(actions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        QVERIFY(actions->exportDataTo(path));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("(6 sheet")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // With a comparison: its sheet too.
        m_window->scenarios()->setComparedScenario(2);
        QTRY_VERIFY_WITH_TIMEOUT(idle(*m_window), 15000);
        QVERIFY(actions->exportDataTo(path));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("(7 sheet")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(2), QByteArray("PK"));
    }

    void oneScenarioOnShow()
    {
        // The toolbar, the policy panel, the timeline and the simulation show
        // one scenario, the document's, changed by one signal from the toolbar's selector.
        ScenarioManager *m = m_window->scenarios();
        QSignalSpy shown(m_doc.get(), &ProjectDocument::shownScenarioChanged);
        QComboBox *toolbar = m->scenarioBox();
        toolbar->setCurrentIndex(toolbar->findData(EntityId(2)));
        emit toolbar->activated(toolbar->currentIndex());
        QCOMPARE(shown.count(), 1);
        QCOMPARE(m_doc->shownScenario(), EntityId(2));
        QCOMPARE(m_window->policyPanel()->scenarioId(), EntityId(2));
        QCOMPARE(m->timeline()->scenarioId(), EntityId(2));
        QCOMPARE(m_window->simulation()->scenario(), EntityId(2));

        // The policy dock names the scenario on show as the toolbar does.
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("policyDock"));
        QVERIFY(!toolbar->currentText().isEmpty());
        QVERIFY2(dock->windowTitle().endsWith(toolbar->currentText()),
                 qPrintable(dock->windowTitle()));
        toolbar->setCurrentIndex(toolbar->findData(EntityId(1)));
        emit toolbar->activated(toolbar->currentIndex());
        QCOMPARE(shown.count(), 2);
        QCOMPARE(m_window->policyPanel()->scenarioId(), EntityId(1));
        QCOMPARE(toolbar->currentData().value<EntityId>(), EntityId(1));
        QCOMPARE(m->timeline()->scenarioId(), EntityId(1));
        QCOMPARE(m_window->simulation()->scenario(), EntityId(1));
    }

    void timelineDragIsOneUndoStep()
    {
        ScenarioManager *m = m_window->scenarios();
        m->showScenario(2);
        QCOMPARE(m_window->policyPanel()->scenarioId(), EntityId(2));
        PolicyTimeline *timeline = m->timeline();
        QCOMPARE(timeline->scenarioId(), EntityId(2));
        m->timelineDock()->show();
        m->timelineDock()->raise(); // tabbed with the fund charts
        QTRY_VERIFY(timeline->isVisible() && timeline->width() > 300);

        const int depth = m_doc->undoStack()->index();
        const QRect marker = timeline->markerRect(1);
        QVERIFY(marker.isValid());
        const QPoint from(marker.left() + 8, marker.center().y());
        QCOMPARE(timeline->entryAt(from), 1);
        const int target = 20;
        const QPoint to(timeline->xForMonth(target) + 8, from.y());
        QCOMPARE(timeline->monthAt(to.x() - 8), target);

        QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, from);
        // The click selects the entry in the policy panel.
        QCOMPARE(m_window->policyPanel()->entryIndex(), 1);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(timeline, from + (to - from) * step / 5);
        QTest::mouseRelease(timeline, Qt::LeftButton, Qt::NoModifier, to);

        QCOMPARE(m_doc->project().scenarios.value(2).schedule[1].fromMonth, target);
        QCOMPARE(m_doc->undoStack()->index(), depth + 1);
        // The chart marker follows (the plot asked for each time: a chart
        // behind another tab draws when read).
        const auto fund = [this] {
            return m_window->dashboard()->plot(charts::ChartKind::FundBalance);
        };
        QTRY_COMPARE(markerMonths(fund()), QVector<int>{target});
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->project().scenarios.value(2).schedule[1].fromMonth, 12);
        QTRY_COMPARE(markerMonths(fund()), QVector<int>{12});

        // The first policy cannot be dragged away from month 0.
        const QRect first = timeline->markerRect(0);
        QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, first.topLeft() + QPoint(8, 5));
        QTest::mouseMove(timeline, to);
        QTest::mouseRelease(timeline, Qt::LeftButton, Qt::NoModifier, to);
        QCOMPARE(m_doc->project().scenarios.value(2).schedule[0].fromMonth, 0);
        QCOMPARE(m_doc->undoStack()->index(), depth);
        QVERIFY(timeline->toolTipFor(1).contains(QLatin1String("95%")));
    }

    void deleteShownFallsBackToBaseline()
    {
        ScenarioManager *m = m_window->scenarios();
        m->showScenario(2);
        m->setComparedScenario(1);
        QCOMPARE(m->comparedScenario(), EntityId(1));
        const edit::EditResult r = m->deleteShown();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(m->shownScenario(), EntityId(1));
        QCOMPARE(m_window->policyPanel()->scenarioId(), EntityId(1));
        QCOMPARE(m_window->simulation()->scenario(), EntityId(1));
        QCOMPARE(m->comparedScenario(), EntityId(0)); // nothing left to compare with
        QCOMPARE(m->scenarioBox()->count(), 1);
        QVERIFY(!m->deleteShown().ok); // the baseline stays
        m_doc->undoStack()->undo();
        QCOMPARE(m->scenarioBox()->count(), 2);
        QVERIFY(m_doc->project().scenarios.contains(2));

        // New and rename go through validation.
        QVERIFY(!m->newScenario(QStringLiteral("reform")).ok);
        const edit::EditResult added = m->newScenario(QStringLiteral("试点"));
        QVERIFY2(added.ok, qPrintable(added.error));
        QCOMPARE(m->shownScenario(), added.id);
        QVERIFY(m->renameShown(QStringLiteral("试点二")).ok);
        QCOMPARE(m->scenarioBox()->currentText(), QStringLiteral("试点二"));
    }

private:
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCompare)
#include "tst_app_compare.moc"
