#pragma once

namespace cc {

class MainWindow;
class MapOverlays;

// The simulation overlays on the main window's map: the Overlays menu in Map and
// View, a "Map Month" tool bar with the month slider, fed by the simulation.
MapOverlays *installMapOverlays(MainWindow *window);

// The map legend's sections of the layers drawn over the overlays (the
// telemedicine links, the planner's candidates, golden-hour coverage): called
// whenever one of them changes what it draws.
void updateExtraLegend(MainWindow *window);

} // namespace cc
