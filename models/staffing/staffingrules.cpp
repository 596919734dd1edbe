#include "models/staffing/staffingrules.h"

#include "models/domain/monthlabels.h"
#include "models/domain/projectrules.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace cc::staffing {

// Translation context of this file.
class Rules {
    Q_DECLARE_TR_FUNCTIONS(cc::staffing::Rules)
};

namespace {

constexpr double kEps = 1e-9;

int horizonOf(const Project &p)
{
    return std::max(1, p.settings.integer(SettingKey::HorizonMonths));
}

QString staffName(const Project &p, EntityId id)
{
    const auto it = p.staff.constFind(id);
    return it == p.staff.cend() ? Rules::tr("staff %1").arg(id) : it->name;
}

QString facilityName(const Project &p, EntityId id)
{
    const auto it = p.facilities.constFind(id);
    return it == p.facilities.cend() ? Rules::tr("facility %1").arg(id) : it->name;
}

FacilityLevel levelOf(const Project &p, EntityId facilityId, FacilityLevel fallback)
{
    const auto it = p.facilities.constFind(facilityId);
    return it == p.facilities.cend() ? fallback : it->level;
}

// Calls fn(from, to) for each maximal run of months where bad[t] holds.
template <typename Fn> void forRuns(const QVector<char> &bad, Fn fn)
{
    int t = 0;
    const int n = bad.size();
    while (t < n) {
        if (!bad[t]) {
            ++t;
            continue;
        }
        int end = t;
        while (end < n && bad[end])
            ++end;
        fn(t, end);
        t = end;
    }
}

} // namespace

SettingKey severityKey(Rule rule)
{
    switch (rule) {
    case Rule::FtePerPerson:
        return SettingKey::StaffingFteSeverity;
    case Rule::MinPostingMonths:
        return SettingKey::StaffingMinMonthsSeverity;
    case Rule::TownshipMinimumStaff:
        return SettingKey::StaffingMinStaffSeverity;
    case Rule::PromotionService:
        return SettingKey::StaffingPromotionSeverity;
    }
    return SettingKey::StaffingFteSeverity;
}

Severity severityOf(const ModelSettings &settings, Rule rule)
{
    return static_cast<Severity>(std::clamp(settings.integer(severityKey(rule)), 0, 2));
}

QString ruleName(Rule rule)
{
    switch (rule) {
    case Rule::FtePerPerson:
        return Rules::tr("FTE per person");
    case Rule::MinPostingMonths:
        return Rules::tr("Minimum grassroots posting");
    case Rule::TownshipMinimumStaff:
        return Rules::tr("Township minimum staff");
    case Rule::PromotionService:
        return Rules::tr("Grassroots service for promotion");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Off:
        return Rules::tr("Off");
    case Severity::Warn:
        return Rules::tr("Warn");
    case Severity::Refuse:
        return Rules::tr("Refuse");
    }
    return {};
}

double Presence::at(EntityId facility, int t, int role) const
{
    const auto it = fte.constFind(facility);
    if (it == fte.cend() || t < 0 || t >= months)
        return 0.0;
    return (*it)[t * kStaffRoleCount + role];
}

double Presence::total(EntityId facility, int t) const
{
    double sum = 0;
    for (int r = 0; r < kStaffRoleCount; ++r)
        sum += at(facility, t, r);
    return sum;
}

Presence presence(const Project &project, EntityId scenarioId)
{
    Presence out;
    out.months = horizonOf(project);
    const int T = out.months;
    auto row = [&](EntityId f) -> QVector<double> & {
        auto it = out.fte.find(f);
        if (it == out.fte.end())
            it = out.fte.insert(f, QVector<double>(T * kStaffRoleCount, 0.0));
        return *it;
    };
    const QVector<Posting> postings = project.postingsOf(scenarioId);
    QHash<EntityId, QVector<const Posting *>> byStaff;
    for (const Posting &p : postings)
        byStaff[p.staffId].push_back(&p);
    for (const StaffMember &m : project.staff) {
        const int role = static_cast<int>(m.role);
        QVector<double> away(T, 0.0);
        for (const Posting *p : byStaff.value(m.id)) {
            if (!project.facilities.contains(p->facilityId))
                continue;
            if (p->facilityId == m.homeFacilityId)
                continue; // the engine ignores a posting at the person's own home
            const double fte = std::clamp(p->fte, 0.0, 1.0);
            QVector<double> &host = row(p->facilityId);
            for (int t = std::max(0, p->startMonth); t < std::min(T, p->endMonth); ++t) {
                away[t] += fte;
                host[t * kStaffRoleCount + role] += fte;
            }
        }
        if (m.homeFacilityId != 0 && project.facilities.contains(m.homeFacilityId)) {
            QVector<double> &home = row(m.homeFacilityId);
            for (int t = 0; t < T; ++t)
                home[t * kStaffRoleCount + role] += std::max(0.0, 1.0 - away[t]);
        }
    }
    return out;
}

double catchmentPopulation(const Project &project, EntityId facilityId)
{
    const auto it = project.facilities.constFind(facilityId);
    if (it == project.facilities.cend() || it->townshipId == 0)
        return 0.0;
    int centres = 0;
    for (const Facility &f : project.facilities)
        if (f.level == FacilityLevel::TownshipCentre && f.townshipId == it->townshipId)
            ++centres;
    double population = 0;
    for (const Settlement &s : project.settlements)
        if (s.townshipId == it->townshipId)
            population += static_cast<double>(s.population);
    return centres > 0 ? population / centres : population;
}

QVector<PromotionStatus> promotionCandidates(const Project &project, EntityId scenarioId)
{
    const int T = horizonOf(project);
    const int required = project.settings.integer(SettingKey::StaffingPromotionMonths);
    QHash<EntityId, double> posted;
    for (const Posting &p : project.postingsOf(scenarioId)) {
        if (!isGrassroots(levelOf(project, p.facilityId, FacilityLevel::CountyHospital)))
            continue;
        const int months = std::max(0, std::min(T, p.endMonth) - std::max(0, p.startMonth));
        posted[p.staffId] += months * std::clamp(p.fte, 0.0, 1.0);
    }
    QVector<PromotionStatus> out;
    for (const StaffMember &m : project.staff) {
        if (m.title != StaffTitle::Intermediate ||
            (m.role != StaffRole::GeneralPractitioner && m.role != StaffRole::Specialist))
            continue;
        if (m.homeFacilityId != 0 &&
            isGrassroots(levelOf(project, m.homeFacilityId, FacilityLevel::CountyHospital)))
            continue;
        PromotionStatus s;
        s.staffId = m.id;
        s.requiredMonths = required;
        s.servedMonths =
            m.grassrootsMonths + static_cast<int>(std::floor(posted.value(m.id) + kEps));
        out.push_back(s);
    }
    return out;
}

QVector<EntityId> scenariosOf(const Project &project, EntityId postingScenarioId)
{
    if (postingScenarioId != 0)
        return {postingScenarioId};
    QVector<EntityId> all = project.scenarios.keys().toVector();
    if (all.isEmpty())
        all.push_back(0);
    return all;
}

QVector<Violation> checkRules(const Project &project, EntityId scenarioId)
{
    QVector<Violation> out;
    const ModelSettings &set = project.settings;
    const int T = horizonOf(project);
    const QVector<Posting> postings = project.postingsOf(scenarioId);

    // 1. One person's FTE never above the limit in any month (the loader applies
    // the same function, models/domain/projectrules.h).
    if (const Severity sev = severityOf(set, Rule::FtePerPerson); sev != Severity::Off) {
        const double limit = set[SettingKey::StaffingMaxFte];
        for (const FteExcess &e : fteExcesses(project, scenarioId)) {
            Violation v;
            v.rule = Rule::FtePerPerson;
            v.severity = sev;
            v.scenarioId = scenarioId;
            v.staffId = e.staffId;
            v.fromMonth = e.fromMonth;
            v.toMonth = e.toMonth;
            v.postingIds = e.postingIds;
            v.message = Rules::tr("%1 is posted at %2 FTE in %3 (limit %4).")
                            .arg(staffName(project, e.staffId))
                            .arg(e.peak, 0, 'g', 3)
                            .arg(monthSpanLabel(project, e.fromMonth, e.toMonth))
                            .arg(limit, 0, 'g', 3);
            out.push_back(v);
        }
    }

    // 2. Postings to grassroots facilities of at least the minimum length.
    if (const Severity sev = severityOf(set, Rule::MinPostingMonths); sev != Severity::Off) {
        const int minimum = set.integer(SettingKey::StaffingMinTownshipMonths);
        for (const Posting &p : postings) {
            if (!isGrassroots(levelOf(project, p.facilityId, FacilityLevel::CountyHospital)))
                continue;
            const StaffMember m = project.staff.value(p.staffId);
            if (m.homeFacilityId == p.facilityId)
                continue;
            if (p.endMonth - p.startMonth >= minimum)
                continue;
            Violation v;
            v.rule = Rule::MinPostingMonths;
            v.severity = sev;
            v.scenarioId = scenarioId;
            v.staffId = p.staffId;
            v.facilityId = p.facilityId;
            v.postingIds = {p.id};
            v.fromMonth = p.startMonth;
            v.toMonth = p.endMonth;
            v.detail = static_cast<int>(p.id);
            v.message = Rules::tr("The posting of %1 to %2 lasts %3 months; grassroots postings "
                                  "need at least %4.")
                            .arg(staffName(project, p.staffId), facilityName(project, p.facilityId))
                            .arg(p.endMonth - p.startMonth)
                            .arg(minimum);
            out.push_back(v);
        }
    }

    // 3. Township centres keep their minimum posts and the GP norm.
    if (const Severity sev = severityOf(set, Rule::TownshipMinimumStaff); sev != Severity::Off) {
        const Presence pr = presence(project, scenarioId);
        const double posts = set[SettingKey::StaffingMinTownshipPosts];
        const double gpNorm = set[SettingKey::StaffingGpPer10k];
        for (const Facility &f : project.facilities) {
            if (f.level != FacilityLevel::TownshipCentre)
                continue;
            const double gpsNeeded = gpNorm * catchmentPopulation(project, f.id) / 10000.0;
            QVector<char> lowPosts(T, 0), lowGps(T, 0);
            for (int t = 0; t < T; ++t) {
                lowPosts[t] = pr.total(f.id, t) + kEps < posts;
                lowGps[t] =
                    pr.at(f.id, t, static_cast<int>(StaffRole::GeneralPractitioner)) + 1e-6 <
                    gpsNeeded;
            }
            auto report = [&](int detail, int from, int to) {
                Violation v;
                v.rule = Rule::TownshipMinimumStaff;
                v.severity = sev;
                v.scenarioId = scenarioId;
                v.facilityId = f.id;
                v.fromMonth = from;
                v.toMonth = to;
                v.detail = detail;
                for (const Posting &p : postings)
                    if (p.startMonth < to && p.endMonth > from &&
                        project.staff.value(p.staffId).homeFacilityId == f.id &&
                        p.facilityId != f.id)
                        v.postingIds.push_back(p.id);
                double low = 1e300;
                for (int t = from; t < to; ++t)
                    low = std::min(low, detail == 0 ? pr.total(f.id, t) : pr.at(f.id, t, 0));
                v.message =
                    detail == 0
                        ? Rules::tr("%1 has %2 FTE staff in %3; township centres keep at least %4.")
                              .arg(f.name)
                              .arg(low, 0, 'f', 1)
                              .arg(monthSpanLabel(project, from, to))
                              .arg(posts, 0, 'g', 3)
                        : Rules::tr("%1 has %2 FTE general practitioners in %3; the norm of %4 "
                                    "per 10,000 residents asks for %5.")
                              .arg(f.name)
                              .arg(low, 0, 'f', 1)
                              .arg(monthSpanLabel(project, from, to))
                              .arg(gpNorm, 0, 'g', 3)
                              .arg(gpsNeeded, 0, 'f', 1);
                out.push_back(v);
            };
            forRuns(lowPosts, [&](int from, int to) { report(0, from, to); });
            forRuns(lowGps, [&](int from, int to) { report(1, from, to); });
        }
    }

    // 4. Grassroots service before promotion to associate chief physician.
    if (const Severity sev = severityOf(set, Rule::PromotionService); sev != Severity::Off) {
        for (const PromotionStatus &s : promotionCandidates(project, scenarioId)) {
            if (s.shortMonths() <= 0)
                continue;
            Violation v;
            v.rule = Rule::PromotionService;
            v.severity = sev;
            v.scenarioId = scenarioId;
            v.staffId = s.staffId;
            v.fromMonth = -1;
            v.toMonth = -1;
            v.detail = s.shortMonths();
            v.message = Rules::tr("%1 has %2 months of grassroots service; promotion to associate "
                                  "chief physician needs %3 (%4 short).")
                            .arg(staffName(project, s.staffId))
                            .arg(s.servedMonths)
                            .arg(s.requiredMonths)
                            .arg(s.shortMonths());
            out.push_back(v);
        }
    }
    return out;
}

namespace {

// The units a violation covers, for "is this new?" comparisons.
void unitsOf(const Violation &v, QSet<QString> &out)
{
    const QString base = QStringLiteral("%1|%2|%3|%4|")
                             .arg(static_cast<int>(v.rule))
                             .arg(v.scenarioId)
                             .arg(v.staffId)
                             .arg(v.facilityId);
    if (v.rule == Rule::PromotionService) {
        for (int m = 0; m < v.detail; ++m)
            out.insert(base + QStringLiteral("short%1").arg(m));
        return;
    }
    if (v.rule == Rule::MinPostingMonths) {
        out.insert(base + QStringLiteral("posting%1").arg(v.detail));
        return;
    }
    const QString kind = v.rule == Rule::TownshipMinimumStaff
                             ? QString::number(v.detail) + QLatin1Char('|')
                             : QString();
    for (int t = v.fromMonth; t < v.toMonth; ++t)
        out.insert(base + kind + QString::number(t));
}

} // namespace

QVector<Violation> newViolations(const Project &before, const Project &after,
                                 const QVector<EntityId> &scenarios)
{
    QVector<Violation> out;
    for (EntityId scenario : scenarios) {
        QSet<QString> old;
        for (const Violation &v : checkRules(before, scenario))
            unitsOf(v, old);
        for (const Violation &v : checkRules(after, scenario)) {
            QSet<QString> units;
            unitsOf(v, units);
            bool fresh = false;
            for (const QString &u : units)
                if (!old.contains(u)) {
                    fresh = true;
                    break;
                }
            if (fresh)
                out.push_back(v);
        }
    }
    return out;
}

} // namespace cc::staffing
