#include "app/gui/firsthour.h"

#include "app/gui/analysisactions.h"
#include "app/gui/explainactions.h"
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/workshop.h"
#include "models/domain/projectdocument.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/analysis/calibrationdialog.h"
#include "widgets/charts/dashboard.h"
#include "widgets/help/glossary.h"
#include "widgets/help/modelnotes.h"
#include "widgets/help/startpage.h"
#include "widgets/help/tour.h"
#include "widgets/map/mapview.h"
#include "widgets/policy/policypanel.h"
#include "widgets/workshop/leverpanel.h"
#include "widgets/workshop/monthplayer.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QWhatsThis>

namespace cc {

namespace {
const char *const kTourShownKey = "tour/shown";

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cc::FirstHour)
};

// The widgets that can take the keyboard focus in turn: the map, then every
// visible dock, in the order they were added.
QVector<QWidget *> focusPanels(MainWindow *window)
{
    QVector<QWidget *> panels{window->centralWidget()};
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        if (dock->isVisible() && !dock->visibleRegion().isEmpty() && dock->widget())
            panels.append(dock);
    return panels;
}

void focusPanel(QWidget *panel)
{
    QWidget *target = panel;
    if (auto *dock = qobject_cast<QDockWidget *>(panel))
        target = dock->widget();
    // The first child that takes keyboard focus.
    if (!(target->focusPolicy() & Qt::TabFocus)) {
        for (QWidget *w : target->findChildren<QWidget *>())
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
                target = w;
                break;
            }
    }
    target->setFocus(Qt::TabFocusReason);
}

void cyclePanels(MainWindow *window, int direction)
{
    const QVector<QWidget *> panels = focusPanels(window);
    if (panels.isEmpty())
        return;
    int current = -1;
    QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < panels.size() && focus; ++i)
        if (panels[i] == focus || panels[i]->isAncestorOf(focus))
            current = i;
    const int next = (current + direction + panels.size()) % panels.size();
    focusPanel(panels[next]);
}
} // namespace

void installFirstHour(MainWindow *window)
{
    QMenu *help = window->helpMenu();
    QAction *first = help->actions().value(0);
    auto add = [&](const QString &text, const QString &tip, const char *name) {
        auto *a = new QAction(text, window);
        a->setObjectName(QLatin1String(name));
        a->setStatusTip(tip);
        help->insertAction(first, a);
        return a;
    };
    QAction *a =
        add(Tr::tr("&Glossary of the Reform"),
            Tr::tr("What 县域就诊率, 结余留用, 县招乡用 and the other terms mean and how the "
                   "planner models them"),
            "glossaryAction");
    a->setShortcut(QKeySequence::HelpContents);
    QObject::connect(a, &QAction::triggered, window, [window] { showGlossary(window); });
    a = add(Tr::tr("&Model Notes"),
            Tr::tr("How the model computes choice, capacity, the fund and the budget; every "
                   "parameter with its source; what the model leaves out"),
            "modelNotesAction");
    QObject::connect(a, &QAction::triggered, window, [window] { showModelNotes(window); });
    a = add(Tr::tr("Guided &Tour"), Tr::tr("A short tour of the main window"), "tourAction");
    QObject::connect(a, &QAction::triggered, window, [window] { startTour(window); });
    a = add(Tr::tr("&Start Page..."), Tr::tr("New project, open a file or the demo county"),
            "startPageAction");
    QObject::connect(a, &QAction::triggered, window, [window] { showStartPage(window); });
    QAction *whatsThis = QWhatsThis::createAction(window);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    help->insertAction(first, whatsThis);
    help->insertSeparator(first);

    // Keyboard: F6 / Shift+F6 cycle the focus between the map and the docks.
    QMenu *view = window->viewMenu();
    view->addSeparator();
    a = view->addAction(Tr::tr("Focus Next &Panel"), window, [window] { cyclePanels(window, 1); });
    a->setObjectName(QStringLiteral("focusNextPanel"));
    a->setShortcut(QKeySequence(Qt::Key_F6));
    a->setStatusTip(
        Tr::tr("Move the keyboard focus to the next dock (the map, policy, charts...)"));
    a = view->addAction(Tr::tr("Focus Previous Pa&nel"), window,
                        [window] { cyclePanels(window, -1); });
    a->setObjectName(QStringLiteral("focusPreviousPanel"));
    a->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    a->setStatusTip(Tr::tr("Move the keyboard focus to the previous dock"));

    window->centralWidget()->setWhatsThis(
        Tr::tr("The county map: settlements, facilities, roads and township boundaries. Choose a "
               "tool in the Map Tools bar to add or move them; select one to edit it in the "
               "Properties dock."));
}

QWidget *showModelNotes(MainWindow *window)
{
    auto *dialog = window->findChild<ModelNotesDialog *>();
    if (!dialog) {
        dialog = new ModelNotesDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QWidget *showGlossary(MainWindow *window)
{
    auto *dialog = window->findChild<GlossaryDialog *>();
    if (!dialog) {
        dialog = new GlossaryDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

bool showStartPage(MainWindow *window)
{
    FileActions *files = window->fileActions();
    for (;;) {
        StartPage page(files->recentFiles(), window);
        if (page.exec() != QDialog::Accepted)
            return false;
        switch (page.choice()) {
        case StartPage::NewProject:
            files->newProject();
            return true;
        case StartPage::OpenDemo:
            files->openDemo();
            return true;
        case StartPage::OpenRecent:
            if (files->openFile(page.recentFile()))
                return true;
            break; // the store said why; back to the page
        case StartPage::OpenFile: {
            const QString before = window->document()->filePath();
            files->open();
            if (window->document()->filePath() != before || !before.isEmpty())
                return true;
            break; // cancelled: back to the page
        }
        case StartPage::None:
            return false;
        }
    }
}

GuidedTour *startTour(MainWindow *window)
{
    if (auto *running = window->findChild<GuidedTour *>())
        running->skip();
    QSettings().setValue(QLatin1String(kTourShownKey), true);
    QDockWidget *policy = window->findChild<QDockWidget *>(QStringLiteral("policyDock"));
    if (policy && policy->isVisible())
        policy->raise();
    QWidget *chart = nullptr;
    for (QDockWidget *d : window->dashboard()->docks())
        if (d->isVisible() && !d->visibleRegion().isEmpty()) {
            chart = d;
            break;
        }
    QToolBar *tools = window->findChild<QToolBar *>(QStringLiteral("mapTools"));
    QVector<TourStep> steps{
        {nullptr, Tr::tr("Welcome to CountyCare Planner"),
         Tr::tr("This tour shows the main window in seven steps. Use Next (Enter), Back, or Skip "
                "(Esc); Help > Guided Tour shows it again.")},
        {window->mapView(), Tr::tr("The county map"),
         Tr::tr("Villages, clinics, township health centres, county hospitals and roads. Drag to "
                "pan, scroll to zoom; select a place to edit it in the Properties dock.")},
        {tools, Tr::tr("Map tools"),
         Tr::tr(
             "Add settlements and facilities, draw roads and township boundaries. Every edit can "
             "be undone (Ctrl+Z).")},
        {policy, Tr::tr("Payment policy"),
         Tr::tr(
             "Reimbursement ratios and deductibles by level, global budget with surplus retention "
             "(结余留用) and overrun sharing (超支分担), DRG points and capitation, per scenario "
             "and from any month.")},
        {chart, Tr::tr("Charts"),
         Tr::tr(
             "Every change is simulated month by month: in-county treatment, the insurance fund, "
             "episodes by level and staffing. Click a point to see how it is computed.")},
        {window->indicatorsLabel(), Tr::tr("Indicators"),
         Tr::tr("The in-county treatment rate (县域就诊率) at the start and end of the horizon and "
                "the fund's months of reserve. Click them for their derivation.")},
        {window->mainToolBar(), Tr::tr("Workshop mode"),
         Tr::tr("F11 presents the plan to a room: full screen, big levers, Play through the months "
                "and Before/After. The Help menu has the glossary of the reform's terms (F1).")},
    };
    auto *tour = new GuidedTour(window, steps);
    tour->start();
    return tour;
}

void showView(MainWindow *window, const QString &view)
{
    if (view == QLatin1String("start-page")) {
        QTimer::singleShot(0, window, [window] { showStartPage(window); });
    } else if (view == QLatin1String("glossary")) {
        showGlossary(window);
    } else if (view == QLatin1String("model-notes")) {
        showModelNotes(window);
    } else if (view == QLatin1String("calibration")) {
        // The dialog with the project's stated figures, calibrated once the
        // first results are in.
        auto *actions = window->findChild<AnalysisActions *>();
        auto *conn = new QMetaObject::Connection;
        *conn = QObject::connect(window->simulation(), &SimulationController::resultsReady, window,
                                 [actions, conn] {
                                     QObject::disconnect(*conn);
                                     delete conn;
                                     actions->calibrationAction()->trigger();
                                     actions->calibrationDialog()->calibrate();
                                 });
    } else if (view == QLatin1String("tour")) {
        QTimer::singleShot(300, window, [window] { startTour(window); });
    } else if (view.startsWith(QLatin1String("workshop"))) {
        auto *workshop = window->findChild<WorkshopMode *>();
        workshop->setActive(true);
        if (view == QLatin1String("workshop-playing")) {
            auto *conn = new QMetaObject::Connection;
            *conn = QObject::connect(window->simulation(), &SimulationController::resultsReady,
                                     window, [workshop, conn] {
                                         QObject::disconnect(*conn);
                                         delete conn;
                                         workshop->player()->setMonth(0);
                                         workshop->player()->play();
                                     });
        } else if (view == QLatin1String("workshop-lever")) {
            // After a lever drag: the township ratio five points up.
            auto *conn = new QMetaObject::Connection;
            *conn = QObject::connect(window->simulation(), &SimulationController::resultsReady,
                                     window, [workshop, conn] {
                                         QObject::disconnect(*conn);
                                         delete conn;
                                         QSlider *s =
                                             workshop->levers()->slider(LeverPanel::TownshipRatio);
                                         s->setSliderDown(true);
                                         s->setValue(s->value() + 5);
                                         s->setSliderDown(false);
                                     });
        }
    } else if (view == QLatin1String("explain")) {
        // The derivation of the in-county rate for a scenario other than the
        // baseline (when there is one), so the changed parameters show.
        const Project &p = window->document()->project();
        EntityId shown = p.baselineScenarioId();
        for (auto it = p.scenarios.cbegin(); it != p.scenarios.cend(); ++it)
            if (it.key() != shown) {
                shown = it.key();
                break;
            }
        window->policyPanel()->selectScenario(shown);
        auto *conn = new QMetaObject::Connection;
        *conn =
            QObject::connect(window->simulation(), &SimulationController::resultsReady, window,
                             [window, conn, shown](const SimulationResultsPtr &r) {
                                 const EntityId baseline =
                                     window->document()->project().baselineScenarioId();
                                 if (!r || (r->scenarioId != 0 ? r->scenarioId : baseline) != shown)
                                     return;
                                 QObject::disconnect(*conn);
                                 delete conn;
                                 if (auto *e = window->findChild<ExplainActions *>())
                                     e->showExplanation(explain::Indicator::InCountyRate, -1, -1);
                             });
    }
}

void startFirstHour(MainWindow *window, bool showStart)
{
    if (showStart)
        showStartPage(window);
    if (!QSettings().value(QLatin1String(kTourShownKey), false).toBool())
        QTimer::singleShot(400, window, [window] { startTour(window); });
}

} // namespace cc
