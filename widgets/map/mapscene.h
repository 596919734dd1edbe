#pragma once

#include "models/domain/projectdocument.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/mapprojection.h"

#include <QGraphicsScene>
#include <QHash>

class QGraphicsPathItem;

namespace cc {

class MapLabels;

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
    // The zoom: symbols keep their size in pixels; level of detail (village
    // clinics and labels only when zoomed in far enough). Cheap: no item is
    // touched, labels are laid out when next drawn.
    void setPixelsPerMetre(double pixelsPerMetre);
    double pixelsPerMetre() const { return m_pixelsPerMetre; }
    // Scene metres per symbol pixel, shared by every symbol of this scene.
    const SymbolScale *symbolScale() const { return &m_symbolScale; }

    FacilityItem *facilityItem(EntityId id) const { return m_facilities.value(id); }
    SettlementItem *settlementItem(EntityId id) const { return m_settlements.value(id); }
    RoadItem *roadItem(EntityId id) const { return m_roads.value(id); }
    QGraphicsPathItem *boundaryItem() const { return m_boundary; }
    // Puts an item back where the document says it is (after a refused drag).
    void refreshItem(QGraphicsItem *item);
    MapLabels *labels() const { return m_labels; }
    // The settlement or facility whose label covers `scenePos`, if any.
    QGraphicsItem *labelledItemAt(const QPointF &scenePos) const;
    // Called by a symbol that moved without a document change (a drag).
    void symbolMoved(QGraphicsItem *symbol);
    // Centres the projection on the county again and rebuilds every item
    // (after an imported boundary, which may lie anywhere).
    void recentreOnCounty() { rebuild(); }

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
    void reindexSymbols();
    void labelsChanged(bool placesChanged);
    bool villageLabelsVisible() const;
    bool facilityLabelVisible(FacilityLevel level) const;
    bool facilitySymbolVisible(FacilityLevel level) const;
    friend class MapLabels;

    ProjectDocument *m_document;
    MapProjection m_projection;
    QGraphicsPathItem *m_boundary = nullptr;
    QHash<EntityId, SettlementItem *> m_settlements;
    QHash<EntityId, FacilityItem *> m_facilities;
    QHash<EntityId, RoadItem *> m_roads;
    MapLabels *m_labels = nullptr;
    double m_pixelsPerMetre = 0;
    SymbolScale m_symbolScale;
    bool m_clinicsVisible = true;
};

} // namespace cc
