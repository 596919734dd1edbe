#include "app/gui/careviews.h"

#include "app/gui/mainwindow.h"
#include "app/gui/overlayactions.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/charts/dashboard.h"
#include "widgets/links/linkspanel.h"
#include "widgets/map/linktool.h"
#include "widgets/map/mapeditor.h"
#include "widgets/map/maplinks.h"
#include "widgets/map/mapoverlays.h"
#include "widgets/map/mapview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

namespace cc {

namespace {

void openStartView(MainWindow *window, QDockWidget *linksDock, MapOverlays *overlays)
{
    const QByteArray view = qgetenv("COUNTYCARE_VIEW");
    if (view == "care") {
        if (QDockWidget *d = window->dashboard()->dock(charts::ChartKind::Care)) {
            d->show();
            d->raise();
        }
    } else if (view == "referrals" && overlays) {
        overlays->setFlowTarget(MapOverlays::FlowTarget::Referrals);
        overlays->setFlowsVisible(true);
    } else if (view == "links") {
        linksDock->show();
        linksDock->raise();
    }
}

} // namespace

MapLinks *installCareViews(MainWindow *window)
{
    auto *links = new MapLinks(window->mapView(), window);
    auto *panel = new LinksPanel(window->document(), window);
    auto *dock = new QDockWidget(LinksPanel::tr("Telemedicine Links"), window);
    dock->setObjectName(QStringLiteral("linksDock"));
    dock->setWidget(panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();

    QAction *toggle = dock->toggleViewAction();
    toggle->setText(LinksPanel::tr("Telemedicine &Links"));
    toggle->setStatusTip(LinksPanel::tr("Show the telemedicine links table: remote consultation "
                                        "and shared imaging, laboratory and ECG centres"));
    window->viewMenu()->addAction(toggle);
    window->mapMenu()->addSeparator();
    window->mapMenu()->addAction(toggle);

    LinkTool *tool = window->mapEditor()->linkTool();
    SimulationController *simulation = window->simulation();
    const auto follow = [links, panel, tool](EntityId scenario) {
        links->setScenario(scenario);
        panel->setScenario(scenario);
        tool->setScenario(scenario);
    };
    QObject::connect(simulation, &SimulationController::scenarioChanged, links, follow);
    follow(simulation->scenario());
    auto *overlays = window->findChild<MapOverlays *>(QStringLiteral("mapOverlays"));
    if (overlays) {
        QObject::connect(overlays, &MapOverlays::monthChanged, links, &MapLinks::setMonth);
        // New results may move the month without a monthChanged (the first
        // ones open at the end of the horizon).
        QObject::connect(overlays, &MapOverlays::resultsChanged, links,
                         [links, overlays] { links->setMonth(overlays->month()); });
        links->setMonth(overlays->month());
        // The links' kinds in the map's legend.
        QObject::connect(links, &MapLinks::drawnChanged, overlays,
                         [window] { updateExtraLegend(window); });
        updateExtraLegend(window);
    }

    QObject::connect(panel, &LinksPanel::drawRequested, window,
                     [window] { window->mapEditor()->drawLinkAction()->trigger(); });
    QObject::connect(panel, &LinksPanel::linkSelected, links, &MapLinks::setHighlighted);
    QObject::connect(panel, &LinksPanel::statusMessage, window->statusBar(),
                     &QStatusBar::showMessage);
    QObject::connect(links, &MapLinks::showRequested, panel, [dock, panel](EntityId id) {
        dock->show();
        dock->raise();
        panel->showLink(id);
    });
    QObject::connect(links, &MapLinks::message, window->statusBar(),
                     [window](const QString &m) { window->statusBar()->showMessage(m, 8000); });
    QObject::connect(tool, &LinkTool::linkAdded, panel, &LinksPanel::showLink);

    // After the saved window state is restored and the first results arrive.
    if (!qEnvironmentVariableIsEmpty("COUNTYCARE_VIEW"))
        QTimer::singleShot(0, window,
                           [window, dock, overlays] { openStartView(window, dock, overlays); });
    return links;
}

} // namespace cc
