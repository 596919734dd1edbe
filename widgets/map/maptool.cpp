#include "widgets/map/maptool.h"

#include "widgets/map/mapitems.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"

#include <QLineF>

namespace cc {

MapTool::MapTool(MapView *view) : QObject(view), m_view(view) {}

MapScene *MapTool::scene() const
{
    return m_view->mapScene();
}

ProjectDocument *MapTool::document() const
{
    return scene()->document();
}

QPointF MapTool::snapped(const QPointF &scenePos, double pixels, bool *didSnap) const
{
    const double radius = pixels / std::max(m_view->pixelsPerMetre(), 1e-9);
    const QRectF area(scenePos.x() - radius, scenePos.y() - radius, 2 * radius, 2 * radius);
    QPointF best = scenePos;
    double bestDistance = radius;
    bool found = false;
    // Items ignore transformations, so look them up by position, not by shape.
    for (QGraphicsItem *item : scene()->items(area, Qt::IntersectsItemBoundingRect)) {
        if (item->type() != SettlementItemType && item->type() != FacilityItemType)
            continue;
        const double d = QLineF(item->pos(), scenePos).length();
        if (d <= bestDistance) {
            bestDistance = d;
            best = item->pos();
            found = true;
        }
    }
    if (didSnap)
        *didSnap = found;
    return best;
}

} // namespace cc
