#include "widgets/map/boundarytool.h"

#include "models/edit/edits.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"

#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPen>

namespace cc {

namespace {
constexpr double kHandlePx = 7.0;
constexpr int kHandleRefRole = 1;

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + t * ab).length();
}
} // namespace

BoundaryTool::BoundaryTool(MapView *view) : MapTool(view)
{
    connect(document(), &ProjectDocument::boundaryChanged, this, [this] {
        if (m_active)
            rebuildHandles();
    });
    connect(scene(), &MapScene::aboutToRebuild, this, [this] {
        // The scene deletes every item, ours too.
        m_handles.clear();
        m_handleRefs.clear();
        m_draftItem = nullptr;
        m_draft.clear();
    });
    connect(scene(), &MapScene::rebuilt, this, [this] {
        if (m_active)
            rebuildHandles();
    });
}

void BoundaryTool::activate()
{
    m_active = true;
    rebuildHandles();
    if (document()->project().boundary.area.isEmpty())
        emit message(tr("Click the corners of the county, double-click to close the boundary."));
}

void BoundaryTool::deactivate()
{
    m_active = false;
    clearHandles();
    m_draft.clear();
    updateDraft({});
}

void BoundaryTool::clearHandles()
{
    for (QGraphicsRectItem *h : std::as_const(m_handles))
        delete h;
    m_handles.clear();
    m_handleRefs.clear();
}

void BoundaryTool::rebuildHandles()
{
    clearHandles();
    const MultiPolygon &area = document()->project().boundary.area;
    for (int p = 0; p < area.size(); ++p)
        for (int r = 0; r < area[p].size(); ++r)
            for (int i = 0; i < area[p][r].size(); ++i) {
                auto *h = scene()->addRect(-kHandlePx / 2, -kHandlePx / 2, kHandlePx, kHandlePx,
                                           QPen(QColor(0x5B, 0x4A, 0x3A), 1), QBrush(Qt::white));
                h->setFlag(QGraphicsItem::ItemIgnoresTransformations);
                h->setZValue(200);
                h->setPos(scene()->projection().toScene(area[p][r][i]));
                h->setData(kHandleRefRole, m_handles.size());
                m_handles.append(h);
                m_handleRefs.append(VertexRef{p, r, i});
            }
}

BoundaryTool::VertexRef BoundaryTool::vertexAt(const QPointF &viewPos) const
{
    for (QGraphicsItem *item : view()->items(viewPos.toPoint())) {
        const QVariant ref = item->data(kHandleRefRole);
        if (ref.isValid() && ref.toInt() < m_handleRefs.size())
            return m_handleRefs.at(ref.toInt());
    }
    return {};
}

bool BoundaryTool::mousePress(QMouseEvent *event, const QPointF &scenePos)
{
    const VertexRef v = vertexAt(event->position());
    if (event->button() == Qt::RightButton && v.valid()) {
        deleteVertex(v);
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    if (v.valid()) {
        m_dragged = v;
        return true;
    }
    if (document()->project().boundary.area.isEmpty()) {
        if (m_draft.isEmpty() || m_draft.back() != scenePos)
            m_draft.append(scenePos);
        updateDraft(scenePos);
    }
    return true;
}

bool BoundaryTool::mouseMove(QMouseEvent *event, const QPointF &scenePos)
{
    m_hovered = vertexAt(event->position());
    if (m_dragged.valid()) {
        for (int i = 0; i < m_handleRefs.size(); ++i) {
            const VertexRef &r = m_handleRefs[i];
            if (r.polygon == m_dragged.polygon && r.ring == m_dragged.ring &&
                r.index == m_dragged.index)
                m_handles[i]->setPos(scenePos);
        }
        return true;
    }
    if (!m_draft.isEmpty()) {
        updateDraft(scenePos);
        return true;
    }
    return false;
}

bool BoundaryTool::mouseRelease(QMouseEvent *event, const QPointF &scenePos)
{
    if (!m_dragged.valid() || event->button() != Qt::LeftButton)
        return false;
    CountyBoundary b = document()->project().boundary;
    b.area[m_dragged.polygon][m_dragged.ring][m_dragged.index] =
        scene()->projection().toLonLat(scenePos);
    m_dragged = {};
    commit(b, tr("Move boundary vertex"));
    return true;
}

bool BoundaryTool::mouseDoubleClick(QMouseEvent *event, const QPointF &scenePos)
{
    if (event->button() != Qt::LeftButton)
        return false;
    if (!m_draft.isEmpty())
        finishNewPolygon();
    else
        insertVertex(scenePos);
    return true;
}

bool BoundaryTool::keyPress(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        m_hovered.valid() && m_draft.isEmpty()) {
        deleteVertex(m_hovered);
        m_hovered = {};
        return true;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_draft.isEmpty()) {
        finishNewPolygon();
        return true;
    }
    if (event->key() == Qt::Key_Escape && !m_draft.isEmpty()) {
        m_draft.clear();
        updateDraft({});
        return true;
    }
    return false;
}

void BoundaryTool::deleteVertex(const VertexRef &v)
{
    CountyBoundary b = document()->project().boundary;
    Ring &ring = b.area[v.polygon][v.ring];
    if (ring.size() <= 3) {
        emit message(tr("A boundary ring needs at least three corners."));
        return;
    }
    ring.removeAt(v.index);
    commit(b, tr("Delete boundary vertex"));
}

void BoundaryTool::insertVertex(const QPointF &scenePos)
{
    CountyBoundary b = document()->project().boundary;
    const MapProjection &proj = scene()->projection();
    const double tolerance = 10.0 / std::max(view()->pixelsPerMetre(), 1e-9);
    double best = tolerance;
    VertexRef where;
    for (int p = 0; p < b.area.size(); ++p)
        for (int r = 0; r < b.area[p].size(); ++r) {
            const Ring &ring = b.area[p][r];
            for (int i = 0; i < ring.size(); ++i) {
                const double d = distanceToSegment(scenePos, proj.toScene(ring[i]),
                                                   proj.toScene(ring[(i + 1) % ring.size()]));
                if (d < best) {
                    best = d;
                    where = VertexRef{p, r, i + 1};
                }
            }
        }
    if (!where.valid()) {
        emit message(tr("Double-click on the boundary line to insert a corner."));
        return;
    }
    b.area[where.polygon][where.ring].insert(where.index, proj.toLonLat(scenePos));
    commit(b, tr("Insert boundary vertex"));
}

void BoundaryTool::commit(const CountyBoundary &boundary, const QString &)
{
    const edit::EditResult result = edit::setBoundary(*document(), boundary);
    if (!result) {
        emit message(result.error);
        rebuildHandles();
    }
}

void BoundaryTool::finishNewPolygon()
{
    if (m_draft.size() < 3) {
        emit message(tr("A boundary needs at least three corners."));
        return;
    }
    CountyBoundary b = document()->project().boundary;
    Ring ring;
    for (const QPointF &p : std::as_const(m_draft))
        ring.append(scene()->projection().toLonLat(p));
    b.area.append(Polygon{ring});
    m_draft.clear();
    updateDraft({});
    commit(b, tr("Draw county boundary"));
}

void BoundaryTool::updateDraft(const QPointF &cursor)
{
    if (m_draft.isEmpty()) {
        delete m_draftItem;
        m_draftItem = nullptr;
        return;
    }
    QPainterPath path(m_draft.front());
    for (int i = 1; i < m_draft.size(); ++i)
        path.lineTo(m_draft[i]);
    path.lineTo(cursor);
    path.closeSubpath();
    if (!m_draftItem) {
        QPen pen(QColor(0x5B, 0x4A, 0x3A), 2, Qt::DashLine);
        pen.setCosmetic(true);
        m_draftItem = scene()->addPath(path, pen, QColor(0xF7, 0xF4, 0xEA, 120));
        m_draftItem->setZValue(150);
    } else {
        m_draftItem->setPath(path);
    }
}

} // namespace cc
