#pragma once

#include "models/domain/entities.h"
#include "widgets/map/maptool.h"

#include <QVector>

class QGraphicsPathItem;
class QGraphicsRectItem;

namespace cc {

// Draws and edits the county boundary. With a boundary: drag a vertex handle
// to move it, double-click an edge to insert a vertex, right-click a handle (or
// hover it and press Delete) to delete it. Without one: click the corners,
// double-click or Enter to close the polygon. Every change is one undo step.
class BoundaryTool : public MapTool {
    Q_OBJECT
public:
    explicit BoundaryTool(MapView *view);

    void activate() override;
    void deactivate() override;
    bool mousePress(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseMove(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseRelease(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseDoubleClick(QMouseEvent *event, const QPointF &scenePos) override;
    bool keyPress(QKeyEvent *event) override;

private:
    struct VertexRef {
        int polygon = -1, ring = -1, index = -1;
        bool valid() const { return index >= 0; }
    };
    VertexRef vertexAt(const QPointF &viewPos) const;
    void rebuildHandles();
    void clearHandles();
    void deleteVertex(const VertexRef &v);
    void insertVertex(const QPointF &scenePos);
    void commit(const CountyBoundary &boundary, const QString &what);
    void finishNewPolygon();
    void updateDraft(const QPointF &cursor);

    QVector<QGraphicsRectItem *> m_handles; // owned by the scene
    QVector<VertexRef> m_handleRefs;
    VertexRef m_dragged;
    VertexRef m_hovered;
    QVector<QPointF> m_draft; // corners of a new polygon being drawn
    QGraphicsPathItem *m_draftItem = nullptr;
    bool m_active = false;
};

} // namespace cc
