#include "models/domain/projectrules.h"

#include "models/domain/monthlabels.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace cc {

// Translation context of this file (lupdate reads ProjectRules::tr calls).
class ProjectRules {
    Q_DECLARE_TR_FUNCTIONS(cc::ProjectRules)
};

namespace {

constexpr double kEps = 1e-9; // as models/staffing compares FTE sums

QString describe(const Project &project, const FteExcess &e)
{
    const auto staff = project.staff.constFind(e.staffId);
    const QString name = staff == project.staff.cend() ? QString::number(e.staffId) : staff->name;
    return ProjectRules::tr("Staff member %1 (%2) is posted at %3 FTE in %4 of scenario \"%5\" "
                            "(limit %6).")
        .arg(e.staffId)
        .arg(name)
        .arg(e.peak, 0, 'g', 3)
        .arg(monthSpanLabel(project, e.fromMonth, e.toMonth),
             project.scenarios.value(e.scenarioId).name)
        .arg(project.settings[SettingKey::StaffingMaxFte], 0, 'g', 3);
}

// Distance from `p` to the nearest point of `box` (0 inside it).
double distanceToBoxKm(const LonLat &p, const BoundingBox &box)
{
    const LonLat nearest{std::clamp(p.lon, box.minLon, box.maxLon),
                         std::clamp(p.lat, box.minLat, box.maxLat)};
    return distanceKm(p, nearest);
}

} // namespace

QVector<FteExcess> fteExcesses(const Project &project, EntityId scenarioId)
{
    QVector<FteExcess> out;
    const double limit = project.settings[SettingKey::StaffingMaxFte];
    const int months = std::max(1, project.settings.integer(SettingKey::HorizonMonths));
    const QVector<Posting> postings = project.postingsOf(scenarioId);
    QHash<EntityId, QVector<const Posting *>> byStaff;
    for (const Posting &p : postings)
        byStaff[p.staffId].push_back(&p);
    for (auto it = byStaff.cbegin(); it != byStaff.cend(); ++it) {
        if (it->size() < 2 && it->front()->fte <= limit + kEps)
            continue;
        QVector<double> sum(months, 0.0);
        for (const Posting *p : *it)
            for (int t = std::max(0, p->startMonth); t < std::min(months, p->endMonth); ++t)
                sum[t] += p->fte;
        int t = 0;
        while (t < months) {
            if (sum[t] <= limit + kEps) {
                ++t;
                continue;
            }
            FteExcess e;
            e.scenarioId = scenarioId;
            e.staffId = it.key();
            e.fromMonth = t;
            while (t < months && sum[t] > limit + kEps)
                e.peak = std::max(e.peak, sum[t++]);
            e.toMonth = t;
            for (const Posting *p : *it)
                if (p->startMonth < e.toMonth && p->endMonth > e.fromMonth)
                    e.postingIds.push_back(p->id);
            out.push_back(e);
        }
    }
    std::sort(out.begin(), out.end(), [](const FteExcess &a, const FteExcess &b) {
        return std::tie(a.staffId, a.fromMonth) < std::tie(b.staffId, b.fromMonth);
    });
    return out;
}

QString firstFteExcess(const Project &project)
{
    const QStringList messages = fteExcessMessages(project, 1);
    return messages.isEmpty() ? QString() : messages.front();
}

QStringList fteExcessMessages(const Project &project, int max)
{
    QStringList out;
    for (const Scenario &s : project.scenarios)
        for (const FteExcess &e : fteExcesses(project, s.id)) {
            if (out.size() >= max)
                return out;
            out << describe(project, e);
        }
    return out;
}

QString checkNeighbourhood(const LonLat &position, bool inCounty, const BoundingBox &box)
{
    if (!box.valid || !isValidLonLat(position))
        return {};
    const double limit = inCounty ? kNeighbourhoodKm : kOutOfCountyKm;
    const double km = distanceToBoxKm(position, box);
    if (km <= limit)
        return {};
    return inCounty ? ProjectRules::tr("the position (%1, %2) is %3 km outside the county "
                                       "(more than %4 km): check the coordinates.")
                          .arg(position.lon)
                          .arg(position.lat)
                          .arg(qRound64(km))
                          .arg(limit)
                    : ProjectRules::tr("the position (%1, %2) is %3 km from the county (more than "
                                       "%4 km for an out-of-county hospital): check the "
                                       "coordinates.")
                          .arg(position.lon)
                          .arg(position.lat)
                          .arg(qRound64(km))
                          .arg(limit);
}

QStringList neighbourhoodMessages(const Project &project, int max)
{
    QStringList out;
    const BoundingBox box = boundingBox(project.boundary.area);
    if (!box.valid)
        return out;
    for (const Settlement &s : project.settlements) {
        if (out.size() >= max)
            return out;
        if (QString e = checkNeighbourhood(s.position, true, box); !e.isEmpty())
            out << ProjectRules::tr("Settlement %1 (%2): %3").arg(s.id).arg(s.name, e);
    }
    for (const Facility &f : project.facilities) {
        if (out.size() >= max)
            return out;
        if (QString e = checkNeighbourhood(f.position, isInCounty(f.level), box); !e.isEmpty())
            out << ProjectRules::tr("Facility %1 (%2): %3").arg(f.id).arg(f.name, e);
    }
    return out;
}

} // namespace cc
