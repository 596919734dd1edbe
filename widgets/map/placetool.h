#pragma once

#include "models/domain/entities.h"
#include "widgets/map/maptool.h"

namespace cc {

// Click on the map to add a facility of a chosen level, or a settlement. The
// new place takes the township of the nearest settlement and a default name
// the user changes in the property editor.
class PlaceTool : public MapTool {
    Q_OBJECT
public:
    enum class Target { Facility, Settlement };
    PlaceTool(MapView *view, Target target);

    void setLevel(FacilityLevel level) { m_level = level; }
    FacilityLevel level() const { return m_level; }
    Target target() const { return m_target; }

    bool mousePress(QMouseEvent *event, const QPointF &scenePos) override;

signals:
    void placed(cc::EntityKind kind, cc::EntityId id);

private:
    EntityId nearestTownship(const LonLat &where) const;
    // True when the project has a boundary and `where` lies outside it.
    bool outsideBoundary(const LonLat &where) const;

    Target m_target;
    FacilityLevel m_level = FacilityLevel::TownshipCentre;
};

} // namespace cc
