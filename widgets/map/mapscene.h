#pragma once

#include "models/domain/projectdocument.h"
#include "widgets/map/mapprojection.h"

#include <QGraphicsScene>
#include <QHash>

class QGraphicsPathItem;

namespace cc {

class FacilityItem;
class RoadItem;
class SettlementItem;

// The county drawn from the document: boundary, roads, settlements and
// facilities, kept in step with the document's change signals item by item.
class MapScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit MapScene(ProjectDocument *document, QObject *parent = nullptr);
    ~MapScene() override;

    const MapProjection &projection() const { return m_projection; }
    ProjectDocument *document() const { return m_document; }
    // Scene rectangle of everything drawn, with a margin, for "zoom to fit".
    QRectF contentRect() const;
    // Level of detail: village labels only when zoomed in far enough.
    void setPixelsPerMetre(double pixelsPerMetre);

    FacilityItem *facilityItem(EntityId id) const { return m_facilities.value(id); }
    SettlementItem *settlementItem(EntityId id) const { return m_settlements.value(id); }
    RoadItem *roadItem(EntityId id) const { return m_roads.value(id); }
    QGraphicsPathItem *boundaryItem() const { return m_boundary; }
    // Puts an item back where the document says it is (after a refused drag).
    void refreshItem(QGraphicsItem *item);

signals:
    // Emitted before every item is deleted (a new project): tools drop their items.
    void aboutToRebuild();
    void rebuilt();

private:
    void rebuild();
    void onEntityChanged(EntityKind kind, EntityId id, ChangeKind change);
    void updateBoundary();
    void updateSettlement(EntityId id);
    void updateFacility(EntityId id);
    void updateRoad(EntityId id);
    void applyLabelDetail();
    void scheduleLabelLayout();
    void prepareRoadsForZoom();
    bool facilityLabelVisible(FacilityLevel level) const;
    bool facilitySymbolVisible(FacilityLevel level) const;
    double symbolScale() const; // scene metres per symbol pixel

    ProjectDocument *m_document;
    MapProjection m_projection;
    QGraphicsPathItem *m_boundary = nullptr;
    QHash<EntityId, SettlementItem *> m_settlements;
    QHash<EntityId, FacilityItem *> m_facilities;
    QHash<EntityId, RoadItem *> m_roads;
    double m_pixelsPerMetre = 0;
    bool m_labelLayoutPending = false;
};

} // namespace cc
