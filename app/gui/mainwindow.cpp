#include "app/gui/mainwindow.h"

#include "app/gui/analysisactions.h"
#include "app/gui/autosaver.h"
#include "app/gui/careviews.h"
#include "app/gui/explainactions.h"
#include "app/gui/fileactions.h"
#include "app/gui/firsthour.h"
#include "app/gui/goldenhouractions.h"
#include "app/gui/importactions.h"
#include "app/gui/language.h"
#include "app/gui/overlayactions.h"
#include "app/gui/scenariomanager.h"
#include "app/gui/staffingactions.h"
#include "app/gui/workshop.h"
#include "models/domain/projectdocument.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/charts/chartsource.h"
#include "widgets/charts/dashboard.h"
#include "widgets/charts/report.h"
#include "widgets/map/mapeditor.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"
#include "widgets/map/propertyeditor.h"
#include "widgets/policy/policypanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <algorithm>

namespace cc {

MainWindow::MainWindow(ProjectDocument *document, QWidget *parent)
    : QMainWindow(parent), m_document(document)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_fileActions = new FileActions(document, this);
    m_autosaver = new Autosaver(document, this);
    connect(m_fileActions, &FileActions::opened, m_autosaver, &Autosaver::offerRecovery);
    m_mapScene = new MapScene(document, this);
    m_mapView = new MapView(m_mapScene, this);
    setCentralWidget(m_mapView);
    m_properties = new PropertyEditor(document, this);
    m_mapEditor = new MapEditor(m_mapView, m_properties, this);

    m_summary = new QLabel(this);
    m_indicators = new QLabel(this);
    m_indicators->setToolTip(
        tr("Simulated indicators of the selected scenario at the end of the horizon"));
    statusBar()->addPermanentWidget(m_indicators);
    statusBar()->addPermanentWidget(m_summary);
    m_simulation = new SimulationController(document, this);
    connect(m_simulation, &SimulationController::resultsReady, this, &MainWindow::showIndicators);
    m_dashboard = new charts::Dashboard(this);
    connect(m_simulation, &SimulationController::resultsReady, this, &MainWindow::showResults);
    connect(m_simulation, &SimulationController::busyChanged, this, &MainWindow::showBusy);
    connect(m_simulation, &SimulationController::inputRefused, this, &MainWindow::showRefusal);
    showBusy(m_simulation->isBusy());
    connect(m_fileActions, &FileActions::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });

    connect(m_mapEditor, &MapEditor::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });

    createDocks();
    createMenus();
    new AnalysisActions(document, this); // Analysis > Calibration, Sensitivity, Uncertainty
    new StaffingActions(this, document); // 县招乡用: the staffing board and the posting planner
    m_scenarios = new ScenarioManager(this, document);
    connect(m_scenarios, &ScenarioManager::chartsChanged, this, &MainWindow::updateCharts);
    installImportActions(this);
    installMapOverlays(this);
    installCareViews(this);  // telemedicine links on the map and in their table
    installGoldenHour(this); // villages beyond the golden hour of a kind of care centre
    connect(document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::titleChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::readOnlyChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::projectReset, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::projectReset, this, &MainWindow::updateStatusSummary);
    connect(document, &ProjectDocument::entityChanged, this, &MainWindow::updateStatusSummary);
    updateTitle();
    updateStatusSummary();
    installLanguageMenu(this);
    installWorkshop(this);
    installExplain(this);
    installFirstHour(this);

    // The charts in front of the scenario tabs that share their dock areas.
    m_dashboard->dock(charts::ChartKind::FundBalance)->raise();
    m_dashboard->dock(charts::ChartKind::InCountyRate)->raise();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // Most of the screen: a projector (1920 x 1080) shows the map, the
        // policy and the charts side by side without the user maximising.
        QSize size(1400, 900);
        if (const QScreen *s = screen())
            size = s->availableGeometry().size() * 0.92;
        // A laptop screen (1366 x 768): the bottom charts join the others on
        // the right, so the map keeps the full height and no chart is squeezed.
        if (size.height() < 860)
            stackBottomDocksOnTheRight();
        else
            joinTheFundChartsUnderTheMap();
        resize(size);
        // Docks that start hidden still count in the minimum height until the
        // window is shown: ask again once it is (unless the geometry was set
        // meanwhile, as a language switch does).
        QTimer::singleShot(0, this, [this, size, first = this->size()] {
            if (this->size() == first)
                resize(size);
            giveTheMapRoom();
            // Once the docks have their sizes: every policy group's heading in view.
            QTimer::singleShot(0, m_policy, &PolicyPanel::keepEveryHeadingInView);
        });
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::stackBottomDocksOnTheRight()
{
    // Docks that start hidden (the staffing board) open below the map, with
    // its width: a tab on the right would be too narrow, and under the whole
    // window the right-hand column (at its minimum) would leave them a strip.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    QDockWidget *anchor = m_dashboard->dock(charts::ChartKind::InCountyRate);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        if (dockWidgetArea(dock) == Qt::BottomDockWidgetArea && !dock->isFloating() &&
            !dock->isHidden())
            tabifyDockWidget(anchor, dock);
    anchor->raise();
}

void MainWindow::joinTheFundChartsUnderTheMap()
{
    // The right-hand column keeps the full height (the payment policy above
    // the charts gets room for several groups), the bottom charts sit under
    // the map, and the staffing board, hidden until opened, is one of their
    // tabs there: its tables need the width more than the fund charts.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    if (auto *staffing = findChild<QDockWidget *>(QStringLiteral("staffingDock")))
        tabifyDockWidget(m_dashboard->dock(charts::ChartKind::FundBalance), staffing);
}

void MainWindow::giveTheMapRoom()
{
    // The right-hand docks start at their preferred width, which their tab bar
    // (every chart's title side by side) makes most of a laptop screen: the
    // map keeps about 55% of the width instead; they scroll or elide below that.
    QList<QDockWidget *> right;
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        if (dock->isVisible() && !dock->isFloating() &&
            dockWidgetArea(dock) == Qt::RightDockWidgetArea && !dock->visibleRegion().isEmpty())
            right << dock;
    if (right.isEmpty())
        return;
    const int width = std::max(360, this->width() * 45 / 100);
    resizeDocks(right, QList<int>(right.size(), width), Qt::Horizontal);
    // The payment policy above the charts gets the larger share of the
    // height: several of its parameter groups are then in view.
    auto *policy = findChild<QDockWidget *>(QStringLiteral("policyDock"));
    if (right.size() == 2 && right.contains(policy)) {
        QDockWidget *other = right.value(right.indexOf(policy) == 0 ? 1 : 0);
        resizeDocks({policy, other}, {height() * 60 / 100, height() * 40 / 100}, Qt::Vertical);
    }
}

void MainWindow::keepTheSelectorsInView()
{
    // A laptop screen (1366 px, or any language whose tool names are long)
    // cannot hold the map tools, the scenario selectors and the month in one
    // row: the scenario toolbar and the month after it start a second row.
    auto *selectors = findChild<QToolBar *>(QStringLiteral("scenarioToolBar"));
    if (!selectors || toolBarArea(selectors) != Qt::TopToolBarArea)
        return;
    int wanted = 0;
    for (QToolBar *bar : findChildren<QToolBar *>())
        if (!bar->isHidden() && !bar->isFloating() && toolBarArea(bar) == Qt::TopToolBarArea)
            wanted += bar->sizeHint().width();
    const bool narrow = wanted > width();
    if (narrow && !toolBarBreak(selectors))
        insertToolBarBreak(selectors);
    else if (!narrow && toolBarBreak(selectors))
        removeToolBarBreak(selectors);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    keepTheSelectorsInView();
}

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileActions->populateMenu(file);
    file->addSeparator();
    m_reportAction =
        file->addAction(tr("Export &Report (PDF)..."), this, &MainWindow::exportReport);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reportAction->setStatusTip(tr("Write an A4 PDF report: parameters, map, every chart and "
                                    "the indicators at the start and end of the horizon"));
    m_reportAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Quit CountyCare Planner"));

    QMenu *edit = m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_mapEditor->deleteAction());

    QMenu *map = m_mapMenu = menuBar()->addMenu(tr("&Map"));
    m_mapEditor->populateMenu(map);

    m_scenarioMenu = menuBar()->addMenu(tr("&Scenario"));
    m_analysisMenu = menuBar()->addMenu(tr("&Analysis"));
    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *a = view->addAction(tr("Zoom &In"), m_mapView, &MapView::zoomIn);
    a->setShortcut(QKeySequence::ZoomIn);
    a = view->addAction(tr("Zoom &Out"), m_mapView, &MapView::zoomOut);
    a->setShortcut(QKeySequence::ZoomOut);
    a = view->addAction(tr("Zoom to &Fit"), m_mapView, &MapView::zoomToFit);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu *help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CountyCare Planner"), this, [this] {
        QMessageBox::about(
            this, tr("About CountyCare Planner"),
            tr("<h3>CountyCare Planner %1</h3><p>Plan tight county health alliances: "
               "facilities, staff postings and insurance payment, and their effect on the "
               "in-county treatment rate and the insurance fund.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createDocks()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QToolBar *tools = addToolBar(tr("Map Tools"));
    tools->setObjectName(QStringLiteral("mapTools"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_mapEditor->populateToolBar(tools);

    auto *dock = new QDockWidget(tr("Properties"), this);
    dock->setObjectName(QStringLiteral("propertiesDock"));
    dock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    m_policy = new PolicyPanel(m_document, this);
    auto *policyDock = new QDockWidget(tr("Payment Policy"), this);
    policyDock->setObjectName(QStringLiteral("policyDock"));
    policyDock->setWidget(m_policy);
    // The title names the scenario whose policy the panel edits (the one on show).
    const auto policyTitle = [policyDock](const QString &scenario) {
        policyDock->setWindowTitle(scenario.isEmpty() ? tr("Payment Policy")
                                                      : tr("Payment Policy: %1").arg(scenario));
    };
    policyTitle(m_policy->scenarioName());
    connect(m_policy, &PolicyPanel::scenarioNameChanged, policyDock, policyTitle);
    addDockWidget(Qt::RightDockWidgetArea, policyDock);
    tabifyDockWidget(dock, policyDock);
    policyDock->raise();
    // The simulation follows the scenario on show (workshop mode switches it
    // between its Before and After meanwhile).
    m_simulation->setScenario(m_document->shownScenario());
    connect(m_document, &ProjectDocument::shownScenarioChanged, m_simulation,
            &SimulationController::setScenario);

    m_dashboard->addDocksTo(this);
}

void MainWindow::updateCharts()
{
    // Results are on their way: they redraw the charts once, with whatever
    // changed meanwhile (markers, names, the comparison).
    if (m_simulation->isBusy()) {
        m_chartsOutdated = true;
        return;
    }
    drawCharts();
}

void MainWindow::drawCharts()
{
    m_chartsOutdated = false;
    const SimulationResultsPtr r = m_simulation->results();
    if (!r)
        return;
    charts::ChartData data = charts::chartDataFor(r, m_document->project(), QLocale());
    if (m_scenarios)
        m_scenarios->decorate(data); // compared scenario, policy change markers
    m_dashboard->setData(data);
    m_reportAction->setEnabled(r->results.months > 0);
}

void MainWindow::showResults()
{
    if (!m_refusal.isEmpty() && statusBar()->currentMessage() == m_refusal)
        statusBar()->clearMessage();
    m_refusal.clear();
    m_dashboard->setStale(QString());
    drawCharts();
}

void MainWindow::showBusy(bool busy)
{
    m_dashboard->setUpdating(busy);
    if (!busy && m_chartsOutdated)
        drawCharts();
}

void MainWindow::showRefusal(const QString &reason)
{
    // Stays until results arrive: the charts are out of date until then.
    m_refusal = tr("Not simulated, the charts show earlier results: %1").arg(reason);
    statusBar()->showMessage(m_refusal);
    m_dashboard->setStale(reason);
}

void MainWindow::exportReport()
{
    const SimulationResultsPtr r = m_simulation->results();
    if (!r || r->results.months == 0)
        return;
    const QString base = m_document->filePath().isEmpty()
                             ? m_document->project().title
                             : QFileInfo(m_document->filePath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), base + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    charts::ReportInput input;
    input.project = m_document->project();
    input.projectPath = m_document->filePath();
    input.scenario = r->scenarioId != 0 ? r->scenarioId : input.project.baselineScenarioId();
    input.charts = m_dashboard->data();
    if (input.charts.compare)
        input.compare = m_scenarios->comparedScenario();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const charts::ReportResult result = charts::writeReport(input, path);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        QMessageBox::warning(this, tr("Export Report"), result.message);
        return;
    }
    statusBar()->showMessage(tr("Wrote the report %1 (%n pages)", nullptr, result.pages)
                                 .arg(QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::updateTitle()
{
    // "[*]" is replaced by the unsaved-changes mark.
    const QString name = m_document->isReadOnly()
                             ? tr("%1 (read-only)").arg(m_document->displayName())
                             : m_document->displayName();
    setWindowTitle(tr("%1[*] - CountyCare Planner").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatusSummary()
{
    const Project &p = m_document->project();
    const QLocale locale;
    m_summary->setText(tr("%1 settlements, population %2 · %3 facilities · %4 staff")
                           .arg(p.settlements.size())
                           .arg(locale.toString(p.totalPopulation()))
                           .arg(p.facilities.size())
                           .arg(p.staff.size()));
}

void MainWindow::showIndicators()
{
    const SimulationResultsPtr r = m_simulation->results();
    if (!r || r->results.months == 0)
        return;
    const sim::Results &res = r->results;
    const sim::Indicators &start = res.countyAt(0);
    const sim::Indicators &end = res.countyAt(res.months - 1);
    const QLocale locale;
    auto pct = [&](double v) { return locale.toString(v * 100, 'f', 1) + QLatin1Char('%'); };
    // 县域就诊率 and fund months of reserve: the two numbers a planner watches.
    m_indicators->setText(tr("In-county rate %1 → %2 · fund reserve %3 months")
                              .arg(pct(start.inCountyRate), pct(end.inCountyRate),
                                   locale.toString(res.fund.back().monthsOfReserve, 'f', 1)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    m_autosaver->discardRecovery();
    m_fileActions->releaseFile();
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace cc
