#include "models/staffing/postingplanner.h"

#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "models/staffing/staffingrules.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <map>
#include <tuple>

namespace cc::staffing {

class Planner {
    Q_DECLARE_TR_FUNCTIONS(cc::staffing::Planner)
};

namespace {

// Episode-weighted in-county treatment rate over the whole horizon.
double horizonRate(const sim::Results &r)
{
    double inCounty = 0, all = 0;
    for (const sim::Indicators &m : r.county) {
        const double e = m.episodes();
        inCounty += m.inCountyRate * e;
        all += e;
    }
    return all > 0 ? inCounty / all : 0.0;
}

bool busyIn(const Project &p, EntityId scenario, EntityId staffId, int from, int to)
{
    for (const Posting &q : p.postingsOf(scenario))
        if (q.staffId == staffId && q.startMonth < to && q.endMonth > from)
            return true;
    return false;
}

struct Trial {
    EntityId staffId = 0;
    EntityId facilityId = 0;
    double rate = 0;
    bool covered = true;
};

} // namespace

PlannerResult planPostings(const Project &project, const PlannerOptions &o,
                           const PlannerProgress &progress)
{
    PlannerResult out;
    const EntityId scenario = o.scenarioId ? o.scenarioId : project.baselineScenarioId();
    const int horizon = std::max(1, project.settings.integer(SettingKey::HorizonMonths));
    const int from = std::clamp(o.startMonth, 0, horizon - 1);
    const int to = std::min(horizon, from + std::max(1, o.months));
    if (o.fte <= 0 || o.fte > project.settings[SettingKey::StaffingMaxFte] + 1e-9) {
        out.error = Planner::tr("The FTE of a proposed posting must be above 0 and within the "
                                "FTE limit per person.");
        return out;
    }
    if (o.postingScenarioId != 0 && o.postingScenarioId != scenario) {
        out.error = Planner::tr("Proposals must belong to every scenario or to the simulated one.");
        return out;
    }
    QVector<EntityId> hosts;
    for (const Facility &f : project.facilities)
        if (f.level == FacilityLevel::TownshipCentre && f.inAlliance)
            hosts.push_back(f.id);
    if (hosts.isEmpty()) {
        out.error = Planner::tr("The project has no township centre in the alliance.");
        return out;
    }

    SimIndexMap map;
    sim::Engine engine(compileProject(project, scenario, map));
    out.baseRate = horizonRate(engine.results());
    double currentRate = out.baseRate;
    int scratch = static_cast<int>(engine.input().postings.size());
    const QVector<EntityId> scenarios = scenariosOf(project, o.postingScenarioId);

    Project current = project;
    QSet<EntityId> used;
    int total = 0; // trials expected: rounds x kinds of doctor x centres (set in round 1)
    int done = 0;

    for (int round = 0; round < o.proposals; ++round) {
        // One representative per kind of doctor: (home, role, title). Those
        // short of grassroots service for promotion go first.
        QHash<EntityId, int> shortOf;
        for (const PromotionStatus &s : promotionCandidates(current, scenario))
            shortOf.insert(s.staffId, s.shortMonths());
        std::map<std::tuple<EntityId, int, int>, EntityId> reps;
        for (const StaffMember &m : current.staff) {
            if (m.employerFacilityId != 0 || used.contains(m.id))
                continue;
            if (m.title == StaffTitle::Junior && !o.juniors)
                continue;
            const auto home = current.facilities.constFind(m.homeFacilityId);
            if (home == current.facilities.cend() || home->level != FacilityLevel::CountyHospital)
                continue;
            if (!((m.role == StaffRole::GeneralPractitioner && o.generalPractitioners) ||
                  (m.role == StaffRole::Specialist && o.specialists)))
                continue;
            if (!map.staff.contains(m.id) || busyIn(current, scenario, m.id, from, to))
                continue;
            const auto key = std::make_tuple(m.homeFacilityId, static_cast<int>(m.role),
                                             static_cast<int>(m.title));
            auto it = reps.find(key);
            if (it == reps.end() || shortOf.value(m.id) > shortOf.value(it->second))
                reps[key] = m.id;
        }
        if (reps.empty())
            break;
        if (round == 0)
            total = std::max(1, o.proposals * static_cast<int>(reps.size()) *
                                    static_cast<int>(hosts.size()));

        QVector<Trial> trials;
        for (const auto &rep : reps) {
            const EntityId staffId = rep.second;
            const int home = map.facilities.value(current.staff.value(staffId).homeFacilityId, -1);
            for (EntityId host : hosts) {
                if (progress && !progress(std::min(done, total - 1), total)) {
                    out.cancelled = true;
                    return out;
                }
                ++done;
                const int f = map.facilities.value(host, -1);
                if (f < 0)
                    continue;
                sim::ChangeSet cs;
                cs.postings.push_back(
                    {scratch, sim::Posting{map.staff.value(staffId), f, from, to, o.fte, true}});
                engine.apply(cs);
                ++out.evaluations;
                const sim::Results &r = engine.results();
                Trial trial{staffId, host, horizonRate(r), true};
                if (home >= 0 && home < r.facilities) {
                    for (int t = from; t < to && t < r.months; ++t) {
                        const std::size_t i = static_cast<std::size_t>(home) * r.months + t;
                        if (r.facilityFte[i] + 1e-9 < r.facilityFteNeeded[i]) {
                            trial.covered = false;
                            break;
                        }
                    }
                }
                trials.push_back(trial);
            }
        }
        std::sort(trials.begin(), trials.end(),
                  [](const Trial &a, const Trial &b) { return a.rate > b.rate; });
        bool accepted = false;
        for (const Trial &t : trials) {
            if (t.rate <= currentRate + 1e-12)
                break;
            if (!t.covered) {
                ++out.rejectedByCoverage;
                continue;
            }
            Posting p{nextId<Posting>(current), t.staffId, t.facilityId, from, to, o.fte,
                      o.postingScenarioId};
            Project next = current;
            next.postings.insert(p.id, p);
            if (!newViolations(current, next, scenarios).isEmpty()) {
                ++out.rejectedByRules;
                continue;
            }
            sim::ChangeSet cs;
            cs.postings.push_back(
                {scratch, sim::Posting{map.staff.value(t.staffId),
                                       map.facilities.value(t.facilityId), from, to, o.fte, true}});
            engine.apply(cs);
            ++scratch;
            const double rate = horizonRate(engine.results());
            Proposal proposal;
            proposal.posting = p;
            proposal.posting.id = 0;
            proposal.gain = rate - currentRate;
            proposal.rateAfter = rate;
            out.proposals.push_back(proposal);
            currentRate = rate;
            current = next;
            used.insert(t.staffId);
            accepted = true;
            break;
        }
        if (!accepted)
            break;
    }
    if (progress)
        progress(std::max(total, 1), std::max(total, 1));
    return out;
}

} // namespace cc::staffing
