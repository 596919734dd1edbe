// From gesture to pixels (issue 16): one edit redraws every visible chart
// exactly once, with its results; charts hidden behind another tab redraw when
// shown; a project the simulation refuses says why in the status bar and marks
// the charts out of date.
#include "app/gui/mainwindow.h"
#include "models/domain/projectdocument.h"
#include "models/edit/policyedits.h"
#include "models/simulation/simulationcontroller.h"
#include "tests/testproject.h"
#include "widgets/charts/chartpanel.h"
#include "widgets/charts/dashboard.h"

#include <QDockWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>
#include <memory>
#include <qcustomplot.h>

using namespace cc;
using charts::ChartPanel;

class TestLive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CountyCareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_live"));
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
        QVERIFY(waitIdle());
    }

    void cleanup()
    {
        m_window.reset();
        m_doc.reset();
    }

    void oneRedrawPerVisibleChart()
    {
        QVector<ChartPanel *> panels;
        std::vector<std::unique_ptr<QSignalSpy>> redrawn, replots;
        for (QDockWidget *dock : m_window->dashboard()->docks()) {
            auto *panel = qobject_cast<ChartPanel *>(dock->widget());
            QVERIFY(panel);
            panels << panel;
            redrawn.push_back(std::make_unique<QSignalSpy>(panel, &ChartPanel::redrawn));
            // The plot itself paints once per redraw (no second, queued replot).
            auto *plot = panel->findChild<QCustomPlot *>(QStringLiteral("plot"));
            QVERIFY(plot);
            replots.push_back(std::make_unique<QSignalSpy>(plot, &QCustomPlot::afterReplot));
        }
        // A chart the user closed is not drawn, nor one in a tab behind
        // another (which Qt keeps "visible", moved out of the window).
        const QVector<QDockWidget *> docks = m_window->dashboard()->docks();
        docks[1]->hide();
        QTRY_VERIFY(!docks[1]->widget()->isVisible());
        int visible = 0, behind = 0;
        for (ChartPanel *p : panels) {
            visible += p->isOnShow() ? 1 : 0;
            behind += p->isVisible() && !p->isOnShow() ? 1 : 0;
        }
        QVERIFY2(behind > 0, "some charts are tabs behind another");
        QVERIFY(visible >= 1);
        QVERIFY2(visible < panels.size(), "the charts share tabs: some are hidden");

        // One slider step of the shown scenario.
        const EntityId scenario = m_doc->project().baselineScenarioId();
        QVERIFY(
            edit::setPolicyValue(*m_doc, scenario, 0, PolicyKey::InpatientRatioTownship, 0.8).ok);
        QVERIFY(waitIdle());
        QTest::qWait(50); // a queued replot would come now
        for (int i = 0; i < panels.size(); ++i) {
            const QString name = panels[i]->objectName() + QString::number(i);
            QCOMPARE(replots[i]->count(), redrawn[i]->count());
            if (panels[i]->isOnShow()) {
                QVERIFY2(redrawn[i]->count() == 1, qPrintable(name));
                QVERIFY(!panels[i]->isOutdated());
            } else {
                QVERIFY2(redrawn[i]->count() == 0, qPrintable(name));
                QVERIFY(panels[i]->isOutdated());
            }
        }

        // A chart behind another tab draws once when its tab is raised, and
        // so does the closed one when it is opened again.
        int hidden = 0;
        while (!panels[hidden]->isVisible() || panels[hidden]->isOnShow())
            ++hidden;
        for (int raised : {hidden, 1}) {
            QDockWidget *dock = docks.at(raised);
            dock->show();
            dock->raise();
            QTRY_VERIFY(panels[raised]->isOnShow());
            QCOMPARE(redrawn[raised]->count(), 1);
            QVERIFY(!panels[raised]->isOutdated());
        }

        // Undo is the same path: once more per visible chart.
        for (auto &spy : redrawn)
            spy->clear();
        m_doc->undoStack()->undo();
        QVERIFY(waitIdle());
        for (int i = 0; i < panels.size(); ++i)
            QCOMPARE(redrawn[i]->count(), panels[i]->isOnShow() ? 1 : 0);
    }

    void refusedInputShowsItsMessage()
    {
        SimulationController *simulation = m_window->simulation();
        QSignalSpy refused(simulation, &SimulationController::inputRefused);
        Project bad = test::smallProject();
        bad.settlements[1].population = -100;
        m_doc->reset(bad, QString());
        QVERIFY(refused.wait(20000));
        const QString reason = refused.first().at(0).toString();
        QVERIFY(!reason.isEmpty());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(reason),
                 qPrintable(m_window->statusBar()->currentMessage()));
        for (QDockWidget *dock : m_window->dashboard()->docks()) {
            auto *panel = qobject_cast<ChartPanel *>(dock->widget());
            QCOMPARE(panel->statusText(), ChartPanel::tr("Out of date"));
        }

        // A valid project again: results, and the message and the marks go.
        QSignalSpy results(simulation, &SimulationController::resultsReady);
        m_doc->reset(test::smallProject(), QString());
        QVERIFY(results.wait(20000));
        QVERIFY(!m_window->statusBar()->currentMessage().contains(reason));
        for (QDockWidget *dock : m_window->dashboard()->docks())
            QVERIFY(qobject_cast<ChartPanel *>(dock->widget())->statusText().isEmpty());
    }

private:
    bool waitIdle()
    {
        // Runs finish on the event loop: wait on it, not with a sleep.
        SimulationController *simulation = m_window->simulation();
        QSignalSpy spy(simulation, &SimulationController::busyChanged);
        for (int i = 0; i < 100 && (simulation->isBusy() || !simulation->isIdle()); ++i)
            spy.wait(500);
        QCoreApplication::processEvents();
        return !simulation->isBusy() && simulation->results();
    }

    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLive)
#include "tst_app_live.moc"
