#pragma once

#include <QString>

class QCustomPlot;
class QWidget;

namespace cc::analysisui {

// Asks for a file (PNG, SVG or PDF by its suffix) and writes the plot at report
// page width (16 cm at 300 dpi); reports a failure in a message box.
void savePlotAs(QWidget *parent, QCustomPlot *plot, const QString &title,
                const QString &suggestedName);

} // namespace cc::analysisui
