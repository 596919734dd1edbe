#pragma once

#include <qcustomplot.h>

#include <QLineF>
#include <QVector>

namespace cc::charts {

// A line graph whose wide lines are drawn on screen as straight pieces in one
// call, which Qt's raster engine fills with its line rasterizer, instead of as
// one stroked and antialiased outline: the lines of a slider step's two charts
// took about 28 of its 36 million instructions on the GUI thread that way,
// under 5 million so. The pixels differ only in antialiasing by a fraction of
// a pixel. Exports (PDF, SVG, PNG) and 1 px lines keep QCustomPlot's drawing.
class ChartGraph : public QCPGraph {
    Q_OBJECT
public:
    using QCPGraph::QCPGraph;

protected:
    void drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const override;
};

// The pieces of a polyline that `pen` draws: every segment for a solid pen,
// the dashes of its pattern (in pen widths, running on across the corners)
// otherwise. A point that is not finite breaks the line and starts the
// pattern again, as QCustomPlot does. Public for tests.
QVector<QLineF> dashPieces(const QVector<QPointF> &points, const QPen &pen);

} // namespace cc::charts
