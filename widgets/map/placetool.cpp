#include "widgets/map/placetool.h"

#include "models/domain/geo.h"
#include "models/domain/project.h"
#include "models/edit/edits.h"
#include "widgets/map/mapscene.h"

#include <QMouseEvent>
#include <limits>

namespace cc {

namespace {
QString defaultFacilityName(FacilityLevel level, int number)
{
    switch (level) {
    case FacilityLevel::VillageClinic:
        return PlaceTool::tr("New village clinic %1").arg(number);
    case FacilityLevel::TownshipCentre:
        return PlaceTool::tr("New township health centre %1").arg(number);
    case FacilityLevel::CountyHospital:
        return PlaceTool::tr("New county hospital %1").arg(number);
    case FacilityLevel::OutOfCountyCity:
        return PlaceTool::tr("New city hospital %1").arg(number);
    case FacilityLevel::OutOfCountyProvince:
        return PlaceTool::tr("New provincial hospital %1").arg(number);
    }
    return {};
}

// Typical beds by level: a new place starts plausible, the user adjusts.
int defaultBeds(FacilityLevel level)
{
    static const int beds[kFacilityLevelCount] = {0, 30, 300, 1000, 2000};
    return beds[static_cast<int>(level)];
}
} // namespace

PlaceTool::PlaceTool(MapView *view, Target target) : MapTool(view), m_target(target) {}

EntityId PlaceTool::nearestTownship(const LonLat &where) const
{
    EntityId best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    for (const Settlement &s : document()->project().settlements) {
        const double d = distanceKm(s.position, where);
        if (d < bestDistance && s.townshipId != 0) {
            bestDistance = d;
            best = s.townshipId;
        }
    }
    return best;
}

bool PlaceTool::outsideBoundary(const LonLat &where) const
{
    const MultiPolygon &area = document()->project().boundary.area;
    return boundingBox(area).valid && !contains(area, where);
}

bool PlaceTool::mousePress(QMouseEvent *event, const QPointF &scenePos)
{
    if (event->button() != Qt::LeftButton)
        return false;
    ProjectDocument *doc = document();
    const LonLat where = scene()->projection().toLonLat(scenePos);
    const int number = doc->project().facilities.size() + doc->project().settlements.size() + 1;
    edit::EditResult result;
    if (m_target == Target::Facility) {
        Facility f;
        f.level = m_level;
        f.name = defaultFacilityName(m_level, number);
        f.position = where;
        f.beds = defaultBeds(m_level);
        f.inAlliance = isInCounty(m_level);
        if (m_level == FacilityLevel::VillageClinic || m_level == FacilityLevel::TownshipCentre)
            f.townshipId = nearestTownship(where);
        result = edit::add(*doc, f);
        if (result) {
            emit placed(EntityKind::Facility, result.id);
            // Kept, with a word: the boundary may be drawn roughly and a planner
            // may sketch a site on the border first; undo takes it away.
            if (isInCounty(m_level) && outsideBoundary(where))
                emit message(tr("%1 lies outside the county boundary: it was placed, but an "
                                "in-county facility outside the county is probably misplaced. "
                                "Move it, or Undo.")
                                 .arg(f.name));
        }
    } else {
        Settlement s;
        s.name = tr("New village %1").arg(number);
        s.position = where;
        s.population = 1000; // a typical small administrative village
        s.townshipId = nearestTownship(where);
        result = edit::add(*doc, s);
        if (result) {
            emit placed(EntityKind::Settlement, result.id);
            if (outsideBoundary(where))
                emit message(tr("%1 lies outside the county boundary: it was placed, but its "
                                "residents count as the county's. Move it, or Undo.")
                                 .arg(s.name));
        }
    }
    if (!result)
        emit message(result.error);
    return true;
}

} // namespace cc
