#pragma once

#include "models/domain/entities.h"
#include "widgets/map/maptool.h"

#include <QVector>

class QGraphicsPathItem;

namespace cc {

// Draw a road: click to add points (ends snap to settlements and facilities),
// double-click or Enter to finish, Backspace to take back a point, Esc to cancel.
class RoadTool : public MapTool {
    Q_OBJECT
public:
    explicit RoadTool(MapView *view);

    void setRoadClass(RoadClass roadClass) { m_roadClass = roadClass; }
    RoadClass roadClass() const { return m_roadClass; }

    void deactivate() override;
    bool mousePress(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseMove(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseDoubleClick(QMouseEvent *event, const QPointF &scenePos) override;
    bool keyPress(QKeyEvent *event) override;

    void finish();
    void cancel();

private:
    void updatePreview(const QPointF &cursor);

    RoadClass m_roadClass = RoadClass::County;
    QVector<QPointF> m_points;
    QGraphicsPathItem *m_preview = nullptr; // owned by the scene
};

} // namespace cc
