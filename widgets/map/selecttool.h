#pragma once

#include "widgets/map/maptool.h"

#include <QHash>

class QGraphicsItem;

namespace cc {

// Click to select, Ctrl/Shift+click to add to the selection, drag on empty
// ground for a rubber band; drag selected settlements and facilities to move
// them (one undo step per drag); Delete removes the selection (one undo step).
class SelectTool : public MapTool {
    Q_OBJECT
public:
    explicit SelectTool(MapView *view);

    bool mousePress(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseMove(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseRelease(QMouseEvent *event, const QPointF &scenePos) override;
    bool keyPress(QKeyEvent *event) override;
    QCursor cursor() const override { return Qt::ArrowCursor; }
    bool usesRubberBand() const override { return true; }

    // Removes every selected settlement, facility and road as one undo step.
    void deleteSelection();

private:
    void commitMove();

    bool m_dragging = false;
    bool m_moved = false;
    QPointF m_pressPos;
    QHash<QGraphicsItem *, QPointF> m_startPositions;
};

} // namespace cc
