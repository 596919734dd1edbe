#include "widgets/charts/chartgraph.h"

#include <algorithm>
#include <cmath>

namespace cc::charts {

namespace {

bool finite(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

// Adds the polyline `run` as few straight pieces as keep every point within a
// tenth of a pixel: each piece is drawn with its own caps and edges, so a
// nearly straight line cut at every month would show its joints.
void addStraightPieces(QVector<QLineF> &pieces, const QVector<QPointF> &run)
{
    constexpr qreal tolerance = 0.1;
    int from = 0;
    while (from < run.size() - 1) {
        int to = from + 1;
        while (to + 1 < run.size()) {
            // Could the piece reach one point further?
            const QLineF chord(run.at(from), run.at(to + 1));
            const qreal length = chord.length();
            bool straight = true;
            for (int k = from + 1; k <= to && straight; ++k) {
                const QPointF d = run.at(k) - chord.p1();
                const qreal off = length > 0
                                      ? std::fabs(d.x() * chord.dy() - d.y() * chord.dx()) / length
                                      : std::hypot(d.x(), d.y());
                straight = off <= tolerance;
            }
            if (!straight)
                break;
            ++to;
        }
        pieces << QLineF(run.at(from), run.at(to));
        from = to;
    }
}

} // namespace

QVector<QLineF> dashPieces(const QVector<QPointF> &points, const QPen &pen)
{
    QVector<QLineF> pieces;
    QVector<qreal> pattern;
    qreal period = 0;
    if (pen.style() != Qt::SolidLine) {
        const qreal width = pen.widthF() > 0 ? pen.widthF() : 1;
        for (qreal d : pen.dashPattern()) {
            pattern << std::max<qreal>(0, d) * width;
            period += pattern.last();
        }
    }
    const bool dashed = period > 0;
    // The points of the dash being drawn (of the whole line when solid).
    QVector<QPointF> run;
    const auto flush = [&] {
        if (run.size() >= 2)
            addStraightPieces(pieces, run);
        run.clear();
    };
    // Where in the pattern the line is: the dash or gap `index`, `left` of it to go.
    int index = 0;
    qreal left = dashed ? pattern.first() : 0;
    const auto restart = [&] {
        flush();
        index = 0;
        left = dashed ? pattern.first() : 0;
    };
    for (int i = 1; i < points.size(); ++i) {
        const QPointF a = points.at(i - 1), b = points.at(i);
        if (!finite(a) || !finite(b)) {
            restart();
            continue;
        }
        if (!dashed) {
            if (run.isEmpty())
                run << a;
            run << b;
            continue;
        }
        const qreal length = QLineF(a, b).length();
        qreal at = 0;
        while (at < length) {
            const qreal step = std::min(left, length - at);
            if (index % 2 == 0 && step > 0) {
                if (run.isEmpty())
                    run << a + (b - a) * (at / length);
                run << a + (b - a) * ((at + step) / length);
            }
            at += step;
            left -= step;
            if (left <= 0) {
                flush();
                index = (index + 1) % pattern.size();
                left = pattern.at(index);
            }
        }
    }
    flush();
    return pieces;
}

void ChartGraph::drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const
{
    const QPen pen = painter->pen();
    const bool exporting = painter->modes().testFlag(QCPPainter::pmVectorized) ||
                           painter->modes().testFlag(QCPPainter::pmNoCaching);
    // Lines of 1 px or less QCustomPlot already draws with Qt's fast cosmetic
    // stroker; round caps the line rasterizer does not draw.
    if (exporting || pen.widthF() <= 1 || pen.capStyle() == Qt::RoundCap ||
        pen.style() == Qt::CustomDashLine) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }
    if (pen.style() == Qt::NoPen || pen.color().alpha() == 0)
        return;
    applyDefaultAntialiasingHint(painter);
    QPen solid = pen;
    solid.setStyle(Qt::SolidLine);
    painter->setPen(solid);
    painter->drawLines(dashPieces(lines, pen));
    painter->setPen(pen);
}

} // namespace cc::charts
