#include "widgets/map/selecttool.h"

#include "models/edit/edits.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>

namespace cc {

SelectTool::SelectTool(MapView *view) : MapTool(view) {}

bool SelectTool::mousePress(QMouseEvent *event, const QPointF &scenePos)
{
    if (event->button() != Qt::LeftButton)
        return false;
    QGraphicsItem *item = view()->itemAt(event->position().toPoint());
    EntityKind kind;
    EntityId id;
    // A click on a name selects the place it names.
    if (!itemEntity(item, &kind, &id))
        if (QGraphicsItem *named = scene()->labelledItemAt(scenePos))
            item = named;
    if (!itemEntity(item, &kind, &id))
        return false; // empty ground: the view starts a rubber band

    const bool additive = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (additive) {
        item->setSelected(!item->isSelected());
        return true;
    }
    if (!item->isSelected()) {
        scene()->clearSelection();
        item->setSelected(true);
    }
    m_dragging = true;
    m_moved = false;
    m_pressPos = scenePos;
    m_startPositions.clear();
    for (QGraphicsItem *selected : scene()->selectedItems())
        if (selected->type() == SettlementItemType || selected->type() == FacilityItemType)
            m_startPositions.insert(selected, selected->pos());
    return true;
}

bool SelectTool::mouseMove(QMouseEvent *event, const QPointF &scenePos)
{
    if (!m_dragging)
        return false;
    const QPointF delta = scenePos - m_pressPos;
    const double pixels = delta.manhattanLength() * view()->pixelsPerMetre();
    if (!m_moved && pixels < QApplication::startDragDistance())
        return true;
    m_moved = true;
    for (auto it = m_startPositions.cbegin(); it != m_startPositions.cend(); ++it)
        it.key()->setPos(it.value() + delta);
    event->accept();
    return true;
}

bool SelectTool::mouseRelease(QMouseEvent *event, const QPointF &)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return false;
    m_dragging = false;
    if (m_moved)
        commitMove();
    m_startPositions.clear();
    return true;
}

void SelectTool::commitMove()
{
    ProjectDocument *doc = document();
    const Project &p = doc->project();
    const MapProjection &proj = scene()->projection();
    // Check every new position before changing anything: one drag, one undo step, all or nothing.
    QVector<Settlement> settlements;
    QVector<Facility> facilities;
    QString error;
    for (auto it = m_startPositions.cbegin(); it != m_startPositions.cend(); ++it) {
        EntityKind kind;
        EntityId id;
        itemEntity(it.key(), &kind, &id);
        const LonLat where = proj.toLonLat(it.key()->pos());
        if (!isValidLonLat(where))
            error = tr("A place cannot be moved outside the range of longitude and latitude.");
        if (kind == EntityKind::Settlement) {
            Settlement s = p.settlements.value(id);
            s.position = where;
            settlements << s;
        } else {
            Facility f = p.facilities.value(id);
            f.position = where;
            facilities << f;
        }
    }
    if (!error.isEmpty()) {
        for (QGraphicsItem *item : m_startPositions.keys())
            scene()->refreshItem(item);
        emit message(error);
        return;
    }
    const int count = settlements.size() + facilities.size();
    edit::MacroScope macro(*doc, count == 1 ? tr("Move %1").arg(settlements.isEmpty()
                                                                    ? facilities.front().name
                                                                    : settlements.front().name)
                                            : tr("Move %n places", nullptr, count));
    for (const Settlement &s : settlements)
        edit::change(*doc, s);
    for (const Facility &f : facilities)
        edit::change(*doc, f);
}

void SelectTool::deleteSelection()
{
    ProjectDocument *doc = document();
    QVector<QPair<EntityKind, EntityId>> targets;
    for (QGraphicsItem *item : scene()->selectedItems()) {
        EntityKind kind;
        EntityId id;
        if (itemEntity(item, &kind, &id))
            targets.append({kind, id});
    }
    if (targets.isEmpty())
        return;
    scene()->clearSelection();
    edit::MacroScope macro(*doc, tr("Delete %n map items", nullptr, targets.size()));
    for (const auto &[kind, id] : targets) {
        switch (kind) {
        case EntityKind::Settlement:
            edit::remove<Settlement>(*doc, id);
            break;
        case EntityKind::Facility:
            edit::remove<Facility>(*doc, id);
            break;
        case EntityKind::Road:
            edit::remove<Road>(*doc, id);
            break;
        default:
            break;
        }
    }
}

bool SelectTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        deleteSelection();
        return true;
    }
    if (event->key() == Qt::Key_Escape) {
        scene()->clearSelection();
        return true;
    }
    return false;
}

} // namespace cc
