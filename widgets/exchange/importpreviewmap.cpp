#include "widgets/exchange/importpreviewmap.h"

#include "widgets/map/mapprojection.h"
#include "widgets/map/mapstyle.h"

#include <QPainter>
#include <QPainterPath>

namespace cc {

using namespace cc::exchange;

namespace {

const QColor kImportColor(0xD5, 0x5E, 0x00); // vermilion: stands out from the grey context
const QColor kContextColor(0xA0, 0xA0, 0xA0);

// QRectF::united ignores empty rectangles, which a single point is: keep our own.
struct Extent {
    double minLon = 1e9, minLat = 1e9, maxLon = -1e9, maxLat = -1e9;
    void add(const LonLat &p)
    {
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
        minLat = std::min(minLat, p.lat);
        maxLat = std::max(maxLat, p.lat);
    }
    bool valid() const { return minLon <= maxLon; }
    QRectF rect() const
    {
        return valid() ? QRectF(minLon, minLat, maxLon - minLon, maxLat - minLat) : QRectF();
    }
};

Extent projectExtent(const Project &p)
{
    Extent e;
    for (const Polygon &poly : p.boundary.area)
        for (const Ring &ring : poly)
            for (const LonLat &x : ring)
                e.add(x);
    for (const Facility &f : p.facilities)
        if (isInCounty(f.level))
            e.add(f.position);
    for (const Settlement &s : p.settlements)
        e.add(s.position);
    return e;
}

Extent resultExtent(const ImportResult &r, int *items)
{
    Extent e;
    int n = 0;
    for (const Facility &f : r.facilities)
        e.add(f.position), ++n;
    for (const Settlement &s : r.settlements)
        e.add(s.position), ++n;
    for (const Road &road : r.roads) {
        for (const LonLat &x : road.path)
            e.add(x);
        ++n;
    }
    if (r.boundary) {
        for (const Polygon &poly : r.boundary->area) {
            for (const Ring &ring : poly)
                for (const LonLat &x : ring)
                    e.add(x);
            ++n;
        }
    }
    *items = n;
    return e;
}

} // namespace

ImportPreviewMap::ImportPreviewMap(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("importPreviewMap"));
    setMinimumSize(240, 200);
    setAccessibleName(tr("Map preview of the import"));
    setToolTip(tr("Grey: what the project has. Coloured: what the import would add."));
}

void ImportPreviewMap::setProject(const Project &project)
{
    m_project = project;
    m_projectBounds = projectExtent(project).rect();
    update();
}

void ImportPreviewMap::setResult(const ImportResult &result)
{
    m_result = result;
    m_importBounds = resultExtent(result, &m_itemCount).rect();
    update();
}

void ImportPreviewMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), mapstyle::background());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));

    Extent all;
    for (const QRectF &r : {m_projectBounds, m_importBounds}) {
        if (r.isNull() && r.x() == 0 && r.y() == 0)
            continue;
        all.add({r.left(), r.top()});
        all.add({r.right(), r.bottom()});
    }
    const QString legend = m_itemCount > 0 ? tr("%n item(s) to import", nullptr, m_itemCount)
                                           : tr("Nothing to import");
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect().adjusted(8, 6, -8, -6), Qt::AlignLeft | Qt::AlignTop, legend);
    if (!all.valid())
        return;

    // Equirectangular about the centre, fitted with a margin (what MapProjection draws).
    const LonLat centre{(all.minLon + all.maxLon) / 2, (all.minLat + all.maxLat) / 2};
    const MapProjection projection(centre);
    const QPointF a = projection.toScene({all.minLon, all.maxLat});
    const QPointF b = projection.toScene({all.maxLon, all.minLat});
    const QRectF scene = QRectF(a, b).normalized();
    const QRectF target = QRectF(rect()).adjusted(14, 26, -14, -14);
    const double w = std::max(scene.width(), 1.0), h = std::max(scene.height(), 1.0);
    const double scale = std::min(target.width() / w, target.height() / h);
    const QPointF offset = target.center() - scene.center() * scale;
    const auto toView = [&](const LonLat &p) { return projection.toScene(p) * scale + offset; };

    const auto drawArea = [&](const MultiPolygon &area, const QPen &pen, const QBrush &brush) {
        QPainterPath path;
        for (const Polygon &poly : area)
            for (const Ring &ring : poly) {
                QPolygonF points;
                for (const LonLat &p : ring)
                    points << toView(p);
                path.addPolygon(points);
                path.closeSubpath();
            }
        path.setFillRule(Qt::OddEvenFill);
        painter.setPen(pen);
        painter.setBrush(brush);
        painter.drawPath(path);
    };
    const auto drawLine = [&](const QVector<LonLat> &line, const QPen &pen) {
        QPolygonF points;
        for (const LonLat &p : line)
            points << toView(p);
        painter.setPen(pen);
        painter.drawPolyline(points);
    };
    const auto drawPoint = [&](const LonLat &p, double radius, const QColor &color) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(toView(p), radius, radius);
    };

    // The project, in grey.
    drawArea(m_project.boundary.area, QPen(kContextColor, 1.2),
             QColor(kContextColor.red(), kContextColor.green(), kContextColor.blue(), 40));
    for (const Road &r : m_project.roads)
        drawLine(r.path, QPen(kContextColor, 1));
    for (const Settlement &s : m_project.settlements)
        drawPoint(s.position, 1.5, kContextColor);
    for (const Facility &f : m_project.facilities)
        if (isInCounty(f.level))
            drawPoint(f.position, 2.5, kContextColor.darker(130));

    // The import, in colour.
    if (m_result.boundary)
        drawArea(m_result.boundary->area, QPen(kImportColor, 2),
                 QColor(kImportColor.red(), kImportColor.green(), kImportColor.blue(), 50));
    for (const Road &r : m_result.roads)
        drawLine(r.path, QPen(kImportColor, 2));
    for (const Settlement &s : m_result.settlements)
        drawPoint(s.position, 3, kImportColor);
    for (const Facility &f : m_result.facilities)
        drawPoint(f.position, 4, kImportColor);
}

} // namespace cc
