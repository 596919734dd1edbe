#include "app/gui/workshop.h"

#include "app/gui/mainwindow.h"
#include "models/domain/labels.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/charts/chartpanel.h"
#include "widgets/charts/dashboard.h"
#include "widgets/map/mapoverlays.h"
#include "widgets/policy/policypanel.h"
#include "widgets/workshop/leverpanel.h"
#include "widgets/workshop/monthplayer.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QToolBar>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace cc {

namespace {
const char *const kCursorName = "workshopMonthCursor";
// Sizes readable from the back of a room on a 1920x1080 projector.
constexpr double kFontScale = 1.6;
constexpr int kPlotTickPx = 18, kPlotLabelPx = 19, kPlotLegendPx = 18, kPlotTitlePx = 24;
// Policy change labels ("2026-01 总额预算") are what a trainer points at.
constexpr int kMarkerLabelPx = 22;
constexpr double kLineWidth = 4.5;

QCPItemStraightLine *cursorOf(QCustomPlot *plot, bool create)
{
    for (int i = 0; i < plot->itemCount(); ++i)
        if (plot->item(i)->objectName() == QLatin1String(kCursorName))
            return qobject_cast<QCPItemStraightLine *>(plot->item(i));
    if (!create)
        return nullptr;
    auto *line = new QCPItemStraightLine(plot);
    line->setObjectName(QLatin1String(kCursorName));
    line->setPen(QPen(QColor(0x00, 0x00, 0x00), 3, Qt::DashLine));
    line->setSelectable(false);
    line->setLayer(QStringLiteral("overlay"));
    return line;
}
} // namespace

WorkshopMode::WorkshopMode(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("workshopMode"));
    m_action =
        new QAction(QIcon(QStringLiteral(":/icons/workshop.svg")), tr("&Workshop Mode"), this);
    m_action->setObjectName(QStringLiteral("workshopAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    m_action->setToolTip(tr("Workshop mode (F11): full screen, big levers and an animated "
                            "timeline for a room"));
    m_action->setStatusTip(tr("Present the plan to a room: full screen, large text, the key "
                              "levers and a month-by-month animation"));
    m_action->setWhatsThis(
        tr("Workshop mode hides the editing docks, enlarges text and chart lines, and shows "
           "the key payment levers, Play/Pause/Step through the months and a Before/After "
           "switch between the baseline and the selected scenario. F11 or Esc leaves it."));
    connect(m_action, &QAction::toggled, this, &WorkshopMode::setActive);
    window->viewMenu()->addSeparator();
    window->viewMenu()->addAction(m_action);
    window->mainToolBar()->addAction(m_action);

    // The dock: month player, Before/After, the levers.
    m_dock = new QDockWidget(tr("Workshop"), window);
    m_dock->setObjectName(QStringLiteral("workshopDock"));
    auto *content = new QWidget(m_dock);
    auto *layout = new QVBoxLayout(content);
    m_player = new MonthPlayer(content);
    layout->addWidget(m_player);
    m_beforeAfter = new QPushButton(content);
    m_beforeAfter->setObjectName(QStringLiteral("beforeAfter"));
    m_beforeAfter->setCheckable(true);
    m_beforeAfter->setMinimumHeight(48);
    m_beforeAfter->setToolTip(tr("Switch the charts between the baseline (before) and the "
                                 "selected scenario (after)"));
    m_beforeAfter->setWhatsThis(m_beforeAfter->toolTip());
    layout->addWidget(m_beforeAfter);
    m_levers = new LeverPanel(window->document(), content);
    layout->addWidget(m_levers, 1);
    auto *scroll = new QScrollArea(m_dock);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    m_dock->setWidget(scroll);
    m_dock->setMinimumWidth(540);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();
    window->viewMenu()->addAction(m_dock->toggleViewAction());

    connect(m_beforeAfter, &QPushButton::toggled, this,
            [this](bool before) { setShowBefore(before); });
    connect(m_levers, &LeverPanel::trainerLockChanged, this,
            [this](bool locked) { m_window->policyPanel()->setEnabled(!locked); });
    connect(m_player, &MonthPlayer::monthChanged, this, &WorkshopMode::updateCursor);
    // The levers show and edit the policy in force in the month on screen.
    connect(m_player, &MonthPlayer::monthChanged, m_levers, &LeverPanel::setMonth);
    // A lever edits the "after" scenario: the charts show what it moves.
    connect(m_levers, &LeverPanel::leverMoved, this, [this] {
        if (m_active && m_before)
            setShowBefore(false);
    });
    connect(window->simulation(), &SimulationController::resultsReady, this, [this] {
        const SimulationResultsPtr r = m_window->simulation()->results();
        if (r)
            m_player->setHorizon(r->results.months, r->results.startYear, r->results.startMonth);
        if (m_active)
            decorateCharts();
    });
    connect(window->dashboard(), &charts::Dashboard::scopeChanged, this, [this] {
        if (m_active)
            decorateCharts();
    });
    connect(window->document(), &ProjectDocument::shownScenarioChanged, this, [this] {
        m_levers->setScenario(afterScenario());
        updateBeforeAfter();
    });
    // Esc leaves workshop mode; enabled only there, so the map tools keep their Esc.
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), window);
    m_escape->setContext(Qt::WindowShortcut);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, this, [this] { setActive(false); });
    m_levers->setScenario(afterScenario());
    updateBeforeAfter();
    // Leave before the window saves its layout on close (filters see the event first).
    window->installEventFilter(this);
}

bool WorkshopMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && m_active)
        setActive(false);
    return QObject::eventFilter(watched, event);
}

EntityId WorkshopMode::afterScenario() const
{
    // The scenario selected in the policy panel; when that is the baseline, the
    // first other scenario, so Before/After has something to compare.
    const Project &p = m_window->document()->project();
    const EntityId selected = m_window->document()->shownScenario();
    const EntityId baseline = p.baselineScenarioId();
    if (selected != baseline && p.scenarios.contains(selected))
        return selected;
    for (auto it = p.scenarios.cbegin(); it != p.scenarios.cend(); ++it)
        if (it.key() != baseline)
            return it.key();
    return baseline;
}

void WorkshopMode::setActive(bool active)
{
    if (active == m_active)
        return;
    active ? enter() : leave();
    m_active = active;
    m_escape->setEnabled(active);
    if (m_action->isChecked() != active)
        m_action->setChecked(active);
}

void WorkshopMode::enter()
{
    MainWindow *w = m_window;
    m_savedState = w->saveState();
    m_savedGeometry = w->saveGeometry();
    m_savedWindowState = w->windowState();
    m_savedFont = w->font();
    m_savedSimScenario = w->simulation()->scenario();
    const QVector<QDockWidget *> charts = w->dashboard()->docks();
    for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
        if (dock != m_dock && !charts.contains(dock))
            dock->hide(); // editing docks: properties, policy, staffing...
    }
    for (QToolBar *bar : w->findChildren<QToolBar *>())
        if (bar != w->mainToolBar())
            bar->hide();
    QFont big = m_savedFont;
    big.setPointSizeF(big.pointSizeF() * kFontScale);
    w->setFont(big);
    m_levers->setScenario(afterScenario());
    m_levers->setMonth(m_player->month());
    // The lever panel takes the whole left side, so all five levers fit on a
    // 1920 x 1080 projector without scrolling.
    w->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_dock->show();
    m_dock->raise();
    // Both headline charts in view: the fund balance below the map, also when
    // a laptop's layout keeps it in a tab on the right (leave() restores that).
    QDockWidget *fund = w->dashboard()->dock(charts::ChartKind::FundBalance);
    if (w->dockWidgetArea(fund) != Qt::BottomDockWidgetArea) {
        w->addDockWidget(Qt::BottomDockWidgetArea, fund);
        fund->show();
    }
    fund->raise();
    w->dashboard()->dock(charts::ChartKind::InCountyRate)->raise();
    // Without a window manager (a bare X server driving a projector) full
    // screen is only a request: cover the screen ourselves first.
    if (QScreen *screen = w->screen())
        w->setGeometry(screen->geometry());
    w->showFullScreen();
    // Room for the large chart text: taller bottom charts, wider side charts.
    QList<QDockWidget *> bottom, side;
    QList<int> heights, widths;
    for (QDockWidget *dock : charts) {
        if (!dock->isVisible())
            continue;
        const Qt::DockWidgetArea area = w->dockWidgetArea(dock);
        if (area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea) {
            bottom.append(dock);
            heights.append(w->height() * 2 / 5);
        } else if (area == Qt::RightDockWidgetArea || area == Qt::LeftDockWidgetArea) {
            side.append(dock);
            widths.append(w->width() * 3 / 10);
        }
    }
    w->resizeDocks(bottom, heights, Qt::Vertical);
    w->resizeDocks(side, widths, Qt::Horizontal);
    m_active = true;
    setShowBefore(false); // show the "after" scenario
    decorateCharts();
}

void WorkshopMode::leave()
{
    MainWindow *w = m_window;
    m_player->pause();
    m_levers->setTrainerLock(false);
    w->policyPanel()->setEnabled(true);
    w->setFont(m_savedFont);
    m_dock->hide();
    w->setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea); // Qt's default
    w->restoreState(m_savedState);
    if (!m_savedWindowState.testFlag(Qt::WindowFullScreen))
        w->showNormal();
    w->restoreGeometry(m_savedGeometry);
    if (m_savedWindowState.testFlag(Qt::WindowMaximized))
        w->showMaximized();
    m_active = false;
    m_before = false;
    w->simulation()->setScenario(m_savedSimScenario);
    // Redraw the charts at their normal sizes and without the month cursor.
    for (charts::ChartKind kind : charts::allChartKinds())
        if (charts::ChartPanel *panel = w->dashboard()->panel(kind))
            panel->plot()->setProperty("ccMarkerLabelPx", QVariant());
    w->dashboard()->setData(w->dashboard()->data());
}

void WorkshopMode::setShowBefore(bool before)
{
    m_before = before;
    const EntityId baseline = m_window->document()->project().baselineScenarioId();
    m_window->simulation()->setScenario(before ? baseline : afterScenario());
    updateBeforeAfter();
}

void WorkshopMode::updateBeforeAfter()
{
    const Project &p = m_window->document()->project();
    const EntityId baseline = p.baselineScenarioId();
    const EntityId after = afterScenario();
    const bool comparable = after != 0 && after != baseline;
    m_beforeAfter->setEnabled(comparable);
    const QSignalBlocker block(m_beforeAfter);
    m_beforeAfter->setChecked(m_before);
    // Both scenarios are always named, the one on the charts first.
    const QString beforeName = scenarioLabel(p.scenarios.value(baseline));
    const QString afterName = scenarioLabel(p.scenarios.value(after));
    if (!comparable)
        m_beforeAfter->setText(tr("Before/After: needs a second scenario"));
    else if (m_before)
        m_beforeAfter->setText(tr("Showing BEFORE: %1 (after: %2)").arg(beforeName, afterName));
    else
        m_beforeAfter->setText(tr("Showing AFTER: %1 (before: %2)").arg(afterName, beforeName));
}

void WorkshopMode::decorateCharts()
{
    for (charts::ChartKind kind : charts::allChartKinds()) {
        charts::ChartPanel *panel = m_window->dashboard()->panel(kind);
        if (!panel)
            continue;
        QCustomPlot *plot = panel->plot();
        for (int i = 0; i < plot->graphCount(); ++i) {
            QCPGraph *g = plot->graph(i);
            QPen pen = g->pen();
            if (pen.style() != Qt::NoPen && pen.widthF() < kLineWidth) {
                pen.setWidthF(kLineWidth);
                g->setPen(pen);
            }
            QCPScatterStyle scatter = g->scatterStyle();
            if (!scatter.isNone()) {
                scatter.setSize(12);
                g->setScatterStyle(scatter);
            }
        }
        // Every panel's axes (the care chart has a second panel below).
        for (QCPAxis *axis :
             plot->axisRect(0)->axes() +
                 (plot->axisRectCount() > 1 ? plot->axisRect(1)->axes() : QList<QCPAxis *>())) {
            QFont f = axis->tickLabelFont();
            f.setPixelSize(kPlotTickPx);
            axis->setTickLabelFont(f);
            f = axis->labelFont();
            f.setPixelSize(kPlotLabelPx);
            axis->setLabelFont(f);
        }
        QFont lf = plot->legend->font();
        lf.setPixelSize(kPlotLegendPx);
        plot->legend->setFont(lf);
        // The policy change labels ("2026-01 总额预算") read from the back of
        // the room too, also after a redraw the workshop does not see (the
        // chart builder reads the property).
        plot->setProperty("ccMarkerLabelPx", kMarkerLabelPx);
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *label = qobject_cast<QCPItemText *>(plot->item(i));
                label && label->objectName() == QLatin1String("policyMarkerLabel")) {
                QFont mf = label->font();
                mf.setPixelSize(kMarkerLabelPx);
                mf.setBold(true);
                label->setFont(mf);
            }
        for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
            if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i))) {
                QFont tf = title->font();
                tf.setPixelSize(kPlotTitlePx);
                title->setFont(tf);
            }
    }
    updateCursor();
}

void WorkshopMode::updateCursor()
{
    if (!m_active)
        return;
    const double month = m_player->month();
    // The map overlays (flows, load, township shading) show the played month too.
    if (auto *overlays = m_window->findChild<MapOverlays *>(QStringLiteral("mapOverlays")))
        overlays->setMonth(static_cast<int>(month));
    for (charts::ChartKind kind : charts::allChartKinds()) {
        charts::ChartPanel *panel = m_window->dashboard()->panel(kind);
        if (!panel)
            continue;
        QCustomPlot *plot = panel->plot();
        QCPItemStraightLine *line = cursorOf(plot, true);
        line->point1->setCoords(month, 0);
        line->point2->setCoords(month, 1);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

double WorkshopMode::cursorMonth(int chartIndex) const
{
    const QVector<charts::ChartKind> kinds = charts::allChartKinds();
    if (chartIndex < 0 || chartIndex >= kinds.size())
        return -1;
    charts::ChartPanel *panel = m_window->dashboard()->panel(kinds[chartIndex]);
    QCPItemStraightLine *line = panel ? cursorOf(panel->plot(), false) : nullptr;
    return line ? line->point1->coords().x() : -1;
}

void installWorkshop(MainWindow *window)
{
    new WorkshopMode(window);
}

} // namespace cc
