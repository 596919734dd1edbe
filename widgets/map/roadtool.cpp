#include "widgets/map/roadtool.h"

#include "models/edit/edits.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapstyle.h"
#include "widgets/map/mapview.h"

#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPen>

namespace cc {

RoadTool::RoadTool(MapView *view) : MapTool(view)
{
    connect(scene(), &MapScene::aboutToRebuild, this, [this] {
        m_preview = nullptr; // deleted with every other item
        m_points.clear();
    });
}

void RoadTool::deactivate()
{
    cancel();
}

bool RoadTool::mousePress(QMouseEvent *event, const QPointF &scenePos)
{
    if (event->button() == Qt::RightButton) {
        finish();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    const QPointF p = snapped(scenePos);
    // A double-click sends a press first: do not add the same point twice.
    if (m_points.isEmpty() || m_points.back() != p)
        m_points.append(p);
    updatePreview(p);
    return true;
}

bool RoadTool::mouseMove(QMouseEvent *, const QPointF &scenePos)
{
    if (m_points.isEmpty())
        return false;
    updatePreview(snapped(scenePos));
    return true;
}

bool RoadTool::mouseDoubleClick(QMouseEvent *event, const QPointF &)
{
    if (event->button() != Qt::LeftButton)
        return false;
    finish();
    return true;
}

bool RoadTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Escape:
        cancel();
        return true;
    case Qt::Key_Backspace:
        if (!m_points.isEmpty()) {
            m_points.removeLast();
            updatePreview(m_points.isEmpty() ? QPointF() : m_points.back());
        }
        return true;
    default:
        return false;
    }
}

void RoadTool::updatePreview(const QPointF &cursor)
{
    if (m_points.isEmpty()) {
        delete m_preview;
        m_preview = nullptr;
        return;
    }
    QPainterPath path(m_points.front());
    for (int i = 1; i < m_points.size(); ++i)
        path.lineTo(m_points[i]);
    path.lineTo(cursor);
    if (!m_preview) {
        m_preview = scene()->addPath(path);
        QPen pen(mapstyle::roadColor(m_roadClass), mapstyle::roadWidthPx(m_roadClass) + 1,
                 Qt::DashLine);
        pen.setCosmetic(true);
        m_preview->setPen(pen);
        m_preview->setZValue(100);
    } else {
        m_preview->setPath(path);
    }
}

void RoadTool::finish()
{
    const QVector<QPointF> points = m_points;
    cancel();
    if (points.size() < 2) {
        if (!points.isEmpty())
            emit message(tr("A road needs at least two points."));
        return;
    }
    Road road;
    road.roadClass = m_roadClass;
    road.speedKmh = defaultSpeedKmh(m_roadClass);
    road.name = tr("New road");
    for (const QPointF &p : points)
        road.path.append(scene()->projection().toLonLat(p));
    const edit::EditResult result = edit::add(*document(), road);
    if (!result)
        emit message(result.error);
}

void RoadTool::cancel()
{
    m_points.clear();
    delete m_preview;
    m_preview = nullptr;
}

} // namespace cc
