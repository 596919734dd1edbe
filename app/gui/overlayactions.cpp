#include "app/gui/overlayactions.h"

#include "app/gui/mainwindow.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/map/mapcandidates.h"
#include "widgets/map/mapgoldenhour.h"
#include "widgets/map/maplinks.h"
#include "widgets/map/mapoverlays.h"
#include "widgets/map/mapview.h"
#include "widgets/map/monthslider.h"

#include <QMenu>
#include <QSettings>
#include <QToolBar>

namespace cc {

MapOverlays *installMapOverlays(MainWindow *window)
{
    auto *overlays = new MapOverlays(window->mapView(), window);
    overlays->setObjectName(QStringLiteral("mapOverlays"));
    QObject::connect(window->simulation(), &SimulationController::resultsReady, overlays,
                     &MapOverlays::setResults);
    if (window->simulation()->results())
        overlays->setResults(window->simulation()->results());

    // The overlays that were on stay on from one session to the next.
    QSettings settings;
    settings.beginGroup(QStringLiteral("mapOverlays"));
    overlays->setFlowTarget(static_cast<MapOverlays::FlowTarget>(
        std::clamp(settings.value(QStringLiteral("flowTarget"), 1).toInt(), 0, 3)));
    overlays->setTravelTarget(static_cast<MapOverlays::TravelTarget>(
        std::clamp(settings.value(QStringLiteral("travelTarget"), 1).toInt(), 0, 1)));
    overlays->setFlowsVisible(settings.value(QStringLiteral("flows"), false).toBool());
    overlays->setLoadVisible(settings.value(QStringLiteral("load"), false).toBool());
    overlays->setShading(static_cast<MapOverlays::Shading>(
        std::clamp(settings.value(QStringLiteral("shading"), 0).toInt(), 0, 2)));
    settings.endGroup();
    QObject::connect(overlays, &MapOverlays::changed, overlays, [overlays] {
        QSettings s;
        s.beginGroup(QStringLiteral("mapOverlays"));
        s.setValue(QStringLiteral("flows"), overlays->flowsVisible());
        s.setValue(QStringLiteral("load"), overlays->loadVisible());
        s.setValue(QStringLiteral("shading"), static_cast<int>(overlays->shading()));
        s.setValue(QStringLiteral("flowTarget"), static_cast<int>(overlays->flowTarget()));
        // A selected facility does not outlive the session.
        if (overlays->travelTarget() != MapOverlays::TravelTarget::SelectedFacility)
            s.setValue(QStringLiteral("travelTarget"), static_cast<int>(overlays->travelTarget()));
    });

    auto *bar = new QToolBar(MapOverlays::tr("Map Month"), window);
    bar->setObjectName(QStringLiteral("mapMonthToolBar"));
    bar->addWidget(new MonthSlider(overlays, bar));
    window->addToolBar(Qt::TopToolBarArea, bar);

    window->mapMenu()->addSeparator();
    window->mapMenu()->addMenu(overlays->menu());
    QMenu *view = window->viewMenu();
    QAction *first = view->actions().value(0);
    view->insertMenu(first, overlays->menu());
    view->insertAction(first, bar->toggleViewAction());
    return overlays;
}

void updateExtraLegend(MainWindow *window)
{
    auto *overlays = window->findChild<MapOverlays *>(QStringLiteral("mapOverlays"));
    if (!overlays)
        return;
    QVector<MapLegend::Section> sections;
    if (auto *links = window->findChild<MapLinks *>(QStringLiteral("mapLinks")))
        sections += links->legendSections();
    if (auto *candidates = window->findChild<MapCandidates *>(QStringLiteral("mapCandidates")))
        sections += candidates->legendSections();
    if (auto *golden = window->findChild<MapGoldenHour *>(QStringLiteral("mapGoldenHour")))
        sections += golden->legendSections();
    overlays->setExtraLegend(sections);
}

} // namespace cc
