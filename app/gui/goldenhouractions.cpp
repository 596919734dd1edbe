#include "app/gui/goldenhouractions.h"

#include "app/gui/mainwindow.h"
#include "app/gui/overlayactions.h"
#include "models/domain/projectdocument.h"
#include "models/edit/investmentedits.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/map/mapgoldenhour.h"
#include "widgets/map/mapview.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <cmath>

namespace cc {

MapGoldenHour *installGoldenHour(MainWindow *window)
{
    auto *layer = new MapGoldenHour(window->mapView(), window);
    QMenu *menu = new QMenu(MapGoldenHour::tr("&Golden-Hour Coverage"), window);
    menu->setObjectName(QStringLiteral("goldenHourMenu"));
    QAction *show = menu->addAction(MapGoldenHour::tr("&Villages Beyond the Golden Hour"));
    show->setObjectName(QStringLiteral("actionGoldenHour"));
    show->setCheckable(true);
    show->setStatusTip(MapGoldenHour::tr("Ring the villages whose road travel time to the "
                                         "nearest care centre of the chosen kind exceeds the "
                                         "golden hour"));
    QObject::connect(show, &QAction::toggled, layer, &MapGoldenHour::setVisible);
    menu->addSeparator();
    auto *kinds = new QActionGroup(menu);
    for (int k = 0; k < kCareCentreKindCount; ++k) {
        const auto kind = static_cast<CareCentreKind>(k);
        QAction *a = menu->addAction(careCentreLabel(kind));
        a->setCheckable(true);
        a->setChecked(kind == layer->kind());
        a->setObjectName(
            QStringLiteral("actionGoldenHour_%1").arg(QLatin1String(careCentreCode(kind))));
        kinds->addAction(a);
        QObject::connect(a, &QAction::triggered, layer, [layer, show, kind] {
            layer->setKind(kind);
            show->setChecked(true);
        });
    }
    menu->addSeparator();
    QAction *threshold = menu->addAction(MapGoldenHour::tr("Golden Hour &Threshold..."));
    threshold->setObjectName(QStringLiteral("actionGoldenHourThreshold"));
    ProjectDocument *doc = window->document();
    QObject::connect(threshold, &QAction::triggered, window, [window, doc] {
        bool ok = false;
        const int minutes = QInputDialog::getInt(
            window, MapGoldenHour::tr("Golden Hour"),
            MapGoldenHour::tr("Minutes within which a time-critical patient should reach a centre "
                              "(60: the chest-pain and stroke centre standards):"),
            static_cast<int>(std::lround(doc->project().catalogue.goldenHourMinutes)), 1, 600, 5,
            &ok);
        if (!ok)
            return;
        InvestmentCatalogue catalogue = doc->project().catalogue;
        catalogue.goldenHourMinutes = minutes;
        const edit::EditResult r = edit::setCatalogue(*doc, catalogue);
        if (!r)
            QMessageBox::warning(window, MapGoldenHour::tr("Golden Hour"), r.error);
    });

    SimulationController *simulation = window->simulation();
    QObject::connect(simulation, &SimulationController::scenarioChanged, layer,
                     &MapGoldenHour::setScenario);
    layer->setScenario(simulation->scenario());
    QObject::connect(layer, &MapGoldenHour::drawnChanged, window, [window, layer] {
        updateExtraLegend(window);
        if (layer->isVisible())
            window->statusBar()->showMessage(layer->summary(), 15000);
    });

    window->mapMenu()->addSeparator();
    window->mapMenu()->addMenu(menu);
    return layer;
}

} // namespace cc
