#pragma once

#include "models/domain/projectdocument.h"
#include "widgets/map/mapprojection.h"

#include <QGraphicsScene>
#include <QHash>

class QGraphicsPathItem;

namespace cc {

class FacilityItem;
class SettlementItem;

// The county drawn from the document: boundary, roads, settlements and
// facilities, kept in step with the document's change signals item by item.
class MapScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit MapScene(ProjectDocument *document, QObject *parent = nullptr);

    const MapProjection &projection() const { return m_projection; }
    ProjectDocument *document() const { return m_document; }
    // Scene rectangle of everything drawn, with a margin, for "zoom to fit".
    QRectF contentRect() const;
    // Level of detail: village labels only when zoomed in far enough.
    void setPixelsPerMetre(double pixelsPerMetre);

    FacilityItem *facilityItem(EntityId id) const { return m_facilities.value(id); }
    SettlementItem *settlementItem(EntityId id) const { return m_settlements.value(id); }

private:
    void rebuild();
    void onEntityChanged(EntityKind kind, EntityId id, ChangeKind change);
    void updateBoundary();
    void updateSettlement(EntityId id);
    void updateFacility(EntityId id);
    void updateRoad(EntityId id);
    void applyLabelDetail();
    bool facilityLabelVisible(FacilityLevel level) const;

    ProjectDocument *m_document;
    MapProjection m_projection;
    QGraphicsPathItem *m_boundary = nullptr;
    QHash<EntityId, SettlementItem *> m_settlements;
    QHash<EntityId, FacilityItem *> m_facilities;
    QHash<EntityId, QGraphicsPathItem *> m_roads;
    double m_pixelsPerMetre = 0;
};

} // namespace cc
