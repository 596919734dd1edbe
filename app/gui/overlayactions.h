#pragma once

namespace cc {

class MainWindow;
class MapOverlays;

// The simulation overlays on the main window's map: the Overlays menu in Map and
// View, a "Map Month" tool bar with the month slider, fed by the simulation.
MapOverlays *installMapOverlays(MainWindow *window);

} // namespace cc
