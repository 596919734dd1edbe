#pragma once

namespace cc {

class MainWindow;
class MapGoldenHour;

// Map > Golden-Hour Coverage (黄金救治时间覆盖): a toggle that rings the
// villages beyond the golden hour of a kind of care centre in the shown
// scenario, the kind (chest pain, stroke, trauma, critical maternal care) and
// the threshold (saved in the project, one undo step). The residents left out
// go to the legend and the status bar.
MapGoldenHour *installGoldenHour(MainWindow *window);

} // namespace cc
