#include "widgets/map/linktool.h"

#include "models/domain/labels.h"
#include "models/edit/edits.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/maplinks.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"

#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPen>

namespace cc {

LinkTool::LinkTool(MapView *view) : MapTool(view)
{
    connect(scene(), &MapScene::aboutToRebuild, this, [this] {
        m_preview = nullptr; // deleted with every other item
        m_hub = 0;
    });
}

void LinkTool::activate()
{
    emit message(tr("Click a county hospital, then the township centre it serves."));
}

void LinkTool::deactivate()
{
    cancel();
}

EntityId LinkTool::facilityAt(const QPointF &scenePos) const
{
    // Symbols are drawn in pixels: look within a few pixels of the click.
    const double radius = 12.0 / std::max(view()->pixelsPerMetre(), 1e-9);
    const QRectF area(scenePos.x() - radius, scenePos.y() - radius, 2 * radius, 2 * radius);
    EntityId best = 0;
    double bestDistance = radius;
    for (QGraphicsItem *item : scene()->items(area, Qt::IntersectsItemBoundingRect)) {
        if (item->type() != FacilityItemType || !item->isVisible())
            continue;
        const double d = QLineF(item->pos(), scenePos).length();
        if (d <= bestDistance) {
            bestDistance = d;
            best = item->data(kEntityIdRole).value<EntityId>();
        }
    }
    return best;
}

bool LinkTool::mousePress(QMouseEvent *event, const QPointF &scenePos)
{
    if (event->button() == Qt::RightButton && m_hub != 0) {
        cancel();
        emit message(tr("Link canceled."));
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    const EntityId facility = facilityAt(scenePos);
    if (facility == 0) {
        emit message(m_hub == 0 ? tr("Click a county hospital to start the link.")
                                : tr("Click a township centre to end the link (Esc cancels)."));
        return true;
    }
    if (m_hub == 0)
        pickHub(facility);
    else
        pickCentre(facility);
    return true;
}

bool LinkTool::mouseMove(QMouseEvent *, const QPointF &scenePos)
{
    if (m_hub == 0)
        return false;
    updatePreview(scenePos);
    return true;
}

bool LinkTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_hub != 0) {
        cancel();
        emit message(tr("Link canceled."));
        return true;
    }
    return false;
}

void LinkTool::pickHub(EntityId facilityId)
{
    const Project &p = document()->project();
    const auto f = p.facilities.constFind(facilityId);
    if (f == p.facilities.cend())
        return;
    if (f->level != FacilityLevel::CountyHospital) {
        emit message(tr("%1 is a %2: a telemedicine link starts at a county hospital.")
                         .arg(f->name, levelName(f->level)));
        return;
    }
    m_hub = facilityId;
    updatePreview(scene()->projection().toScene(f->position));
    emit message(tr("%1: now click the township centre it serves (%2; Esc cancels).")
                     .arg(f->name, linkKindName(m_kind)));
}

EntityId LinkTool::pickCentre(EntityId facilityId)
{
    const Project &p = document()->project();
    const auto f = p.facilities.constFind(facilityId);
    if (m_hub == 0 || f == p.facilities.cend())
        return 0;
    if (f->level == FacilityLevel::CountyHospital) {
        // A second hospital click chooses another hub.
        pickHub(facilityId);
        return 0;
    }
    const EntityId scenario = m_scenario == p.baselineScenarioId() ? 0 : m_scenario;
    TelemedicineLink link;
    link.hubFacilityId = m_hub;
    link.centreFacilityId = facilityId;
    link.kind = m_kind;
    link.startMonth = 0; // and to the longest horizon (the struct's default end)
    link.capabilityGain = linkKindDefaults(m_kind).capabilityGain;
    link.annualCostYuan = linkKindDefaults(m_kind).annualCostYuan;
    link.scenarioId = scenario;
    // The same link twice would count its gain twice.
    for (const TelemedicineLink &l : p.links)
        if (l.hubFacilityId == link.hubFacilityId && l.centreFacilityId == facilityId &&
            l.kind == m_kind && (l.scenarioId == 0 || scenario == 0 || l.scenarioId == scenario)) {
            cancel();
            emit message(tr("%1 already has a %2 link from %3.")
                             .arg(f->name, linkKindName(m_kind),
                                  p.facilities.value(link.hubFacilityId).name));
            return 0;
        }
    const QString hubName = p.facilities.value(m_hub).name;
    cancel();
    const edit::EditResult result = edit::add(*document(), link);
    if (!result) {
        emit message(result.error);
        return 0;
    }
    emit message(tr("Added: %1 from %2 to %3.").arg(linkKindName(link.kind), hubName, f->name));
    emit linkAdded(result.id);
    return result.id;
}

void LinkTool::cancel()
{
    m_hub = 0;
    delete m_preview;
    m_preview = nullptr;
}

void LinkTool::updatePreview(const QPointF &cursor)
{
    const Project &p = document()->project();
    const auto hub = p.facilities.constFind(m_hub);
    if (hub == p.facilities.cend())
        return;
    QPainterPath path(scene()->projection().toScene(hub->position));
    path.lineTo(cursor);
    if (!m_preview) {
        m_preview = scene()->addPath(path);
        QPen pen(MapLinks::kindColor(m_kind), 2.5, Qt::DashLine);
        pen.setCosmetic(true);
        m_preview->setPen(pen);
        m_preview->setZValue(100);
    } else {
        m_preview->setPath(path);
    }
}

} // namespace cc
