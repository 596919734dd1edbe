// Workshop mode: F11 enters and leaves it and restores the docks; a lever drag
// is one undo step; the trainer lock reveals the levers in order; Play advances
// the month cursor on the charts; Before/After switches the simulated scenario.
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/workshop.h"
#include "models/domain/labels.h"
#include "models/domain/projectdocument.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/policy/policypanel.h"
#include "widgets/workshop/leverpanel.h"
#include "widgets/workshop/monthplayer.h"

#include "widgets/charts/chartpanel.h"
#include "widgets/charts/dashboard.h"
#include "widgets/map/mapoverlays.h"
#include <QAbstractButton>
#include <QCheckBox>
#include <QDockWidget>
#include <QPushButton>
#include <QSettings>
#include <QSlider>

#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <qcustomplot.h>

using namespace cc;

namespace {
QMap<QString, bool> visibility(MainWindow &w)
{
    QMap<QString, bool> v;
    for (QDockWidget *d : w.findChildren<QDockWidget *>())
        v.insert(d->objectName(), d->isVisible());
    for (QToolBar *t : w.findChildren<QToolBar *>())
        v.insert(t->objectName(), t->isVisible());
    return v;
}
} // namespace

class TestWorkshop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CountyCareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_workshop"));
        QSettings().clear();
    }

    void init()
    {
        m_doc = std::make_unique<ProjectDocument>();
        m_window = std::make_unique<MainWindow>(m_doc.get());
        m_window->fileActions()->openDemo();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_workshop = m_window->findChild<WorkshopMode *>();
        QVERIFY(m_workshop);
    }
    void cleanup()
    {
        m_window.reset();
        m_doc.reset();
    }

    void f11EntersAndLeavesRestoringDocks()
    {
        MainWindow &w = *m_window;
        const QMap<QString, bool> before = visibility(w);
        QVERIFY(before.value(QStringLiteral("policyDock")));
        QVERIFY(!before.value(QStringLiteral("workshopDock")));
        const QFont font = w.font();
        QCOMPARE(m_workshop->action()->shortcut(), QKeySequence(Qt::Key_F11));
        QVERIFY(w.mainToolBar()->actions().contains(m_workshop->action()));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_F11);
        QVERIFY(m_workshop->isActive());
        QVERIFY(w.windowState().testFlag(Qt::WindowFullScreen));
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("policyDock"))->isVisible());
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("propertiesDock"))->isVisible());
        QVERIFY(m_workshop->dock()->isVisible());
        QVERIFY(w.font().pointSizeF() > font.pointSizeF() * 1.4);

        QTest::keyClick(&w, Qt::Key_F11);
        QVERIFY(!m_workshop->isActive());
        QVERIFY(!w.windowState().testFlag(Qt::WindowFullScreen));
        QCOMPARE(visibility(w), before);
        QCOMPARE(w.font(), font);
        // Esc leaves too.
        m_workshop->setActive(true);
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!m_workshop->isActive());
        QCOMPARE(visibility(w), before);
    }

    void leverDragIsOneUndoStep()
    {
        m_workshop->setActive(true);
        LeverPanel *levers = m_workshop->levers();
        // The levers edit the "after" scenario: the demo's reform.
        const EntityId scenario = levers->scenario();
        QCOMPARE(scenario, m_doc->project().scenarioIdByName(QStringLiteral("reform")));
        QUndoStack *undo = m_doc->undoStack();
        const int count = undo->count();
        const double original =
            m_doc->project().policyAt(scenario, 0)[PolicyKey::InpatientRatioTownship];
        QSlider *s = levers->slider(LeverPanel::TownshipRatio);
        QVERIFY(s && s->isEnabled());
        QCOMPARE(s->value(), qRound(original * 100));
        s->setSliderDown(true); // press: a new drag
        for (int v : {70, 75, 80, 82})
            s->setValue(v);
        s->setSliderDown(false);
        QCOMPARE(undo->count(), count + 1);
        QCOMPARE(m_doc->project().policyAt(scenario, 0)[PolicyKey::InpatientRatioTownship], 0.82);
        undo->undo();
        QCOMPARE(m_doc->project().policyAt(scenario, 0)[PolicyKey::InpatientRatioTownship],
                 original);
        QCOMPARE(s->value(), qRound(original * 100)); // the lever follows undo

        // The gap lever moves the county hospital's ratio.
        QSlider *gap = levers->slider(LeverPanel::RatioGap);
        gap->setSliderDown(true);
        gap->setValue(15);
        gap->setValue(20);
        gap->setSliderDown(false);
        const PolicyParams p = m_doc->project().policyAt(scenario, 0);
        QVERIFY(std::abs(p[PolicyKey::InpatientRatioTownship] - p[PolicyKey::InpatientRatioCounty] -
                         0.20) < 1e-9);
        QCOMPARE(undo->count(), count + 1); // the undone step was replaced

        // Capitation: two parameters, one step; 0 turns it off.
        QSlider *cap = levers->slider(LeverPanel::Capitation);
        cap->setSliderDown(true);
        cap->setValue(200);
        cap->setSliderDown(false);
        QCOMPARE(undo->count(), count + 2);
        QVERIFY(m_doc->project().policyAt(scenario, 0).flag(PolicyKey::CapitationOn));
        QCOMPARE(m_doc->project().policyAt(scenario, 0)[PolicyKey::CapitationYuanPerSigned], 200.0);

        // The global budget switch.
        const bool on = m_doc->project().policyAt(scenario, 0).flag(PolicyKey::GlobalBudgetOn);
        levers->budgetSwitch()->click();
        QCOMPARE(m_doc->project().policyAt(scenario, 0).flag(PolicyKey::GlobalBudgetOn), !on);
        QCOMPARE(undo->count(), count + 3);
    }

    void trainerLockRevealsLeversInOrder()
    {
        m_workshop->setActive(true);
        LeverPanel *levers = m_workshop->levers();
        QVERIFY(!levers->revealButton()->isEnabled());
        levers->lockBox()->click();
        QVERIFY(levers->trainerLock());
        QVERIFY(!m_window->policyPanel()->isEnabled());
        for (int i = 0; i < LeverPanel::LeverCount; ++i)
            QVERIFY(!levers->isLeverEnabled(LeverPanel::Lever(i)));
        for (int shown = 1; shown <= LeverPanel::LeverCount; ++shown) {
            QVERIFY(levers->revealButton()->isEnabled());
            levers->revealButton()->click();
            QCOMPARE(levers->revealedCount(), shown);
            for (int i = 0; i < LeverPanel::LeverCount; ++i)
                QCOMPARE(levers->isLeverEnabled(LeverPanel::Lever(i)), i < shown);
        }
        QVERIFY(!levers->revealButton()->isEnabled());
        QVERIFY(!levers->revealNext());
        // Leaving workshop mode unlocks everything.
        m_workshop->setActive(false);
        QVERIFY(m_window->policyPanel()->isEnabled());
        QVERIFY(!levers->trainerLock());
    }

    void playAdvancesTheMonthCursor()
    {
        SimulationController *sim = m_window->simulation();
        QTRY_VERIFY_WITH_TIMEOUT(sim->results() && sim->isIdle(), 20000);
        m_workshop->setActive(true);
        MonthPlayer *player = m_workshop->player();
        QCOMPARE(player->months(), sim->results()->results.months);
        player->setMonth(0);
        QCOMPARE(m_workshop->cursorMonth(0), 0.0);
        player->setInterval(5);
        player->playButton()->click();
        QVERIFY(player->isPlaying());
        QTRY_VERIFY(player->month() >= 3);
        player->playButton()->click();
        QVERIFY(!player->isPlaying());
        const int month = player->month();
        for (int chart = 0; chart < 6; ++chart)
            QCOMPARE(m_workshop->cursorMonth(chart), double(month));
        player->stepButton()->click();
        QCOMPARE(player->month(), month + 1);
        QCOMPARE(m_workshop->cursorMonth(0), double(month + 1));
        // The map's overlays follow the played month.
        auto *overlays = m_window->findChild<MapOverlays *>(QStringLiteral("mapOverlays"));
        QVERIFY(overlays);
        QCOMPARE(overlays->month(), month + 1);
        // The cursor survives a new simulation (charts are rebuilt).
        const EntityId scenario = m_workshop->levers()->scenario();
        m_workshop->levers()->slider(LeverPanel::SurplusRetention)->setValue(30);
        QTRY_VERIFY_WITH_TIMEOUT(
            sim->isIdle() && sim->results() && sim->results()->results.fund.size() > 0, 20000);
        QTRY_COMPARE(m_workshop->cursorMonth(2), double(month + 1));
        // The lever set the policy in force in the month on screen.
        QCOMPARE(m_doc->project().policyAt(scenario, month + 1)[PolicyKey::SurplusRetention], 0.3);
        // Plays to the end and stops there.
        player->setMonth(player->months() - 3);
        player->play();
        QTRY_VERIFY(!player->isPlaying());
        QCOMPARE(player->month(), player->months() - 1);
        m_workshop->setActive(false);
        QCOMPARE(m_workshop->cursorMonth(0), -1.0); // charts redrawn without the cursor
    }

    void beforeAfterSwitchesScenario()
    {
        const EntityId baseline = m_doc->project().baselineScenarioId();
        const EntityId reform = m_doc->project().scenarioIdByName(QStringLiteral("reform"));
        m_window->policyPanel()->selectScenario(reform);
        QCOMPARE(m_window->simulation()->scenario(), reform);
        m_workshop->setActive(true);
        auto *toggle = m_window->findChild<QPushButton *>(QStringLiteral("beforeAfter"));
        QVERIFY(toggle && toggle->isEnabled());
        QVERIFY(toggle->text().contains(scenarioLabel(m_doc->project().scenarios.value(reform))));
        toggle->click();
        QVERIFY(m_workshop->showsBefore());
        QCOMPARE(m_window->simulation()->scenario(), baseline);
        QVERIFY(toggle->text().contains(scenarioLabel(m_doc->project().scenarios.value(baseline))));
        toggle->click();
        QCOMPARE(m_window->simulation()->scenario(), reform);
        toggle->click();
        m_workshop->setActive(false);
        QCOMPARE(m_window->simulation()->scenario(), reform); // restored
        // With the baseline selected, "after" is the other scenario.
        m_window->policyPanel()->selectScenario(baseline);
        m_workshop->setActive(true);
        QVERIFY(toggle->isEnabled());
        QCOMPARE(m_window->simulation()->scenario(), reform);
        QCOMPARE(m_workshop->levers()->scenario(), reform);
        m_workshop->setActive(false);
        QCOMPARE(m_window->simulation()->scenario(), baseline);
    }

    // Issue 19: after a lever drag the charts showed the baseline while the
    // switch said "after", and the levers showed the month-0 policy in 2027.
    void leverDragShowsTheScenarioTheLabelNames()
    {
        const Project &p = m_doc->project();
        const EntityId baseline = p.baselineScenarioId();
        const EntityId reform = p.scenarioIdByName(QStringLiteral("reform"));
        m_window->policyPanel()->selectScenario(baseline); // "after" is then the reform
        m_workshop->setActive(true);
        SimulationController *sim = m_window->simulation();
        LeverPanel *levers = m_workshop->levers();
        QCOMPARE(levers->scenario(), reform);
        auto *toggle = m_window->findChild<QPushButton *>(QStringLiteral("beforeAfter"));
        const QString reformName = scenarioLabel(p.scenarios.value(reform));
        const QString baselineName = scenarioLabel(p.scenarios.value(baseline));
        // The switch names both scenarios, the one shown first.
        QVERIFY(toggle->text().contains(reformName) && toggle->text().contains(baselineName));

        // In 2027 the reform runs a global budget: the switch says so.
        QTRY_VERIFY_WITH_TIMEOUT(m_workshop->player()->months() > 24, 30000);
        m_workshop->player()->setMonth(24);
        QCOMPARE(levers->month(), 24);
        QVERIFY(levers->budgetSwitch()->isChecked());
        QCOMPARE(levers->slider(LeverPanel::TownshipRatio)->value(),
                 qRound(100 * p.policyAt(reform, 24)[PolicyKey::InpatientRatioTownship]));
        const double before2025 = p.policyAt(reform, 0)[PolicyKey::InpatientRatioTownship];

        const auto drag = [&](int value) {
            QSlider *s = levers->slider(LeverPanel::TownshipRatio);
            s->setSliderDown(true);
            s->setValue(value - 2);
            s->setValue(value);
            s->setSliderDown(false);
        };
        const auto chartsShow = [&](EntityId id) {
            const SimulationResultsPtr r = sim->results();
            return sim->isIdle() && r && r->scenarioId == id && sim->scenario() == id;
        };
        drag(97);
        // The drag edited the change in force in 2027 (the reform's 2026-01 entry).
        QCOMPARE(p.policyAt(reform, 24)[PolicyKey::InpatientRatioTownship], 0.97);
        QCOMPARE(p.policyAt(reform, 0)[PolicyKey::InpatientRatioTownship], before2025);
        QTRY_VERIFY_WITH_TIMEOUT(chartsShow(reform), 30000);
        QTRY_COMPARE(m_window->dashboard()->data().scenarioName, reformName);
        QVERIFY(toggle->text().startsWith(QStringLiteral("Showing AFTER: %1").arg(reformName)));
        QVERIFY(!m_workshop->showsBefore());

        // A lever moved while "before" is shown edits "after" and shows it.
        toggle->click();
        QVERIFY(m_workshop->showsBefore());
        QTRY_VERIFY_WITH_TIMEOUT(chartsShow(baseline), 30000);
        QTRY_COMPARE(m_window->dashboard()->data().scenarioName, baselineName);
        QVERIFY(toggle->text().contains(reformName) && toggle->text().contains(baselineName));
        drag(95);
        QCOMPARE(p.policyAt(reform, 24)[PolicyKey::InpatientRatioTownship], 0.95);
        QVERIFY(!m_workshop->showsBefore());
        QTRY_VERIFY_WITH_TIMEOUT(chartsShow(reform), 30000);
        QTRY_COMPARE(m_window->dashboard()->data().scenarioName, reformName);
        QVERIFY(toggle->text().startsWith(QStringLiteral("Showing AFTER: %1").arg(reformName)));

        // The charts redrawn after the drag keep projector-sized policy labels.
        const auto markerLabels = [this] {
            QList<QCPItemText *> labels;
            for (charts::ChartKind kind : charts::allChartKinds())
                if (charts::ChartPanel *panel = m_window->dashboard()->panel(kind))
                    for (int i = 0; i < panel->plot()->itemCount(); ++i)
                        if (auto *t = qobject_cast<QCPItemText *>(panel->plot()->item(i));
                            t && t->objectName() == QLatin1String("policyMarkerLabel"))
                            labels << t;
            return labels;
        };
        QCoreApplication::processEvents();
        QVERIFY(!markerLabels().isEmpty()); // the reform's 2026-01 change
        for (QCPItemText *t : markerLabels())
            QVERIFY2(QFontInfo(t->font()).pixelSize() >= 20,
                     qPrintable(QStringLiteral("%1: %2 px")
                                    .arg(t->text())
                                    .arg(QFontInfo(t->font()).pixelSize())));
        m_workshop->setActive(false);
        QCoreApplication::processEvents();
        for (QCPItemText *t : markerLabels())
            QVERIFY(QFontInfo(t->font()).pixelSize() < 20); // back to the desk size
    }

private:
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<MainWindow> m_window;
    WorkshopMode *m_workshop = nullptr;
};

QTEST_MAIN(TestWorkshop)
#include "tst_app_workshop.moc"
