// Incremental updates (DESIGN.md "Incremental engine").
#include "models/sim/engine.h"
#include "models/sim/workers.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cc::sim {

namespace {
bool samePlace(const Facility &a, const Facility &b)
{
    return a.lon == b.lon && a.lat == b.lat && a.level == b.level && a.region == b.region &&
           a.active == b.active && a.township == b.township;
}
bool samePlace(const Settlement &a, const Settlement &b)
{
    return a.lon == b.lon && a.lat == b.lat && a.region == b.region && a.active == b.active &&
           a.township == b.township;
}
} // namespace

void Engine::apply(const ChangeSet &ch)
{
    if (ch.empty()) {
        m_stats = UpdateStats{false, m_t, 0};
        return;
    }
    bool structural =
        ch.settings.has_value() || ch.townships.has_value() || ch.lineCount.has_value();
    // New settlements change the month-major row layout: a new layout, a full run.
    for (const auto &op : ch.settlements)
        structural = structural || op.first >= m_s;
    // A line that changes between outpatient and inpatient care changes which
    // capacity its episodes use: a new layout.
    for (const auto &op : ch.lines)
        structural =
            structural || op.first >= m_k || op.second.inpatient != m_in.lines[op.first].inpatient;
    if (structural) {
        applyChanges(m_in, ch);
        rebuild();
        return;
    }

    // What the rows contributed before the change, to take it out again
    // (copies only of what the change can alter).
    const bool settlementsChange = !ch.settlements.empty();
    const bool candidatesMayChange =
        settlementsChange || !ch.roads.empty() || !ch.facilities.empty();
    std::vector<Settlement> oldSettlements;
    if (settlementsChange)
        oldSettlements = m_in.settlements;
    // Lines change the static factors too.
    const bool staticMayChange = candidatesMayChange || !ch.lines.empty();
    std::vector<int> oldCandFac;
    std::vector<std::uint8_t> oldCandHome;
    std::vector<double> oldExpStatic;
    if (staticMayChange) {
        oldCandFac = m_candFac;
        oldCandHome = m_candHome;
        oldExpStatic = m_expStatic;
    }
    std::vector<int> oldLevel = m_facLevel;
    const std::vector<double> oldRate = m_lineRate, oldMinutes = m_lineMinutes;
    const std::vector<double> oldRamp = m_rampFraction, oldTarget = m_signingTarget;
    const std::vector<double> oldResponseRamp = m_responseRamp;
    // Demand factors, days in bed, avoided admissions and referral shares
    // are recompiled with the policy (and the avoided admissions again when the
    // alliance's position at a year end changes).
    std::vector<double> oldDemandFactor, oldStay, oldAvoidableRate, oldReferral, oldLineAvoidable;
    std::vector<double> oldAvoidance = m_avoidance;
    if (ch.schedule || !ch.lines.empty()) {
        oldDemandFactor = m_demandFactor;
        oldStay = m_lengthOfStay;
        oldAvoidableRate = m_avoidableRate;
        oldReferral = m_referral;
        oldLineAvoidable = m_lineAvoidable;
    }
    std::vector<double> oldBeds;
    if (!ch.facilities.empty())
        oldBeds = m_facBeds;
    std::vector<Policy> oldPolicies;
    oldPolicies.reserve(m_t);
    for (const Policy *p : m_policy)
        oldPolicies.push_back(*p);

    const int oldS = m_s, oldF = m_f;
    std::vector<char> facRecompute(std::max<std::size_t>(m_in.facilities.size(), 1), 0);
    std::vector<int> geometryFacilities;
    std::vector<int> movedSettlements;
    std::vector<char> lineDirty(m_k, 0);
    bool anyLine = false, roads = !ch.roads.empty(), staffChanged = false;
    auto markFac = [&](int f) {
        if (f < 0)
            return;
        if (static_cast<std::size_t>(f) >= facRecompute.size())
            facRecompute.resize(static_cast<std::size_t>(f) + 1, 0);
        facRecompute[f] = 1;
    };
    for (const auto &[f, value] : ch.facilities) {
        markFac(f);
        if (f >= oldF || !samePlace(m_in.facilities[f], value))
            geometryFacilities.push_back(f);
        // A hospital closed or reopened takes its telemedicine links with it
        // (compileStaffIndex()).
        for (const TelemedicineLink &link : m_in.links)
            if (link.hub == f)
                markFac(link.centre);
    }
    std::vector<char> settStatic(std::max(oldS, 1), 0);
    for (const auto &[s, value] : ch.settlements) {
        if (s >= static_cast<int>(settStatic.size()))
            settStatic.resize(static_cast<std::size_t>(s) + 1, 0);
        settStatic[s] = 1;
        if (s >= oldS || !samePlace(m_in.settlements[s], value))
            movedSettlements.push_back(s);
    }
    for (const auto &[k, value] : ch.lines) {
        (void)value;
        lineDirty[k] = 1;
        anyLine = true;
    }
    auto markStaffFacilities = [&](int i) {
        if (i < 0 || i >= static_cast<int>(m_in.staff.size()))
            return;
        markFac(m_in.staff[i].home);
        if (i < static_cast<int>(m_postingsOf.size()))
            for (int p : m_postingsOf[i])
                markFac(m_in.postings[p].facility);
    };
    // Postings also count in the staffing indicators from their first month.
    int staffingFirst = m_t;
    for (const auto &[i, value] : ch.staff) {
        staffChanged = true;
        staffingFirst = 0;
        markStaffFacilities(i);
        markFac(value.home);
    }
    for (const auto &[p, value] : ch.postings) {
        staffChanged = true;
        staffingFirst = std::min(staffingFirst, std::max(0, value.start));
        if (p < static_cast<int>(m_in.postings.size())) {
            const Posting &old = m_in.postings[p];
            staffingFirst = std::min(staffingFirst, std::max(0, old.start));
            markFac(old.facility);
            if (old.staff >= 0 && old.staff < static_cast<int>(m_in.staff.size()))
                markFac(m_in.staff[old.staff].home);
        }
        markFac(value.facility);
        if (value.staff >= 0 && value.staff < static_cast<int>(m_in.staff.size()))
            markFac(m_in.staff[value.staff].home);
    }
    // Telemedicine links change their centres' capability.
    for (const auto &[l, value] : ch.links) {
        staffChanged = true;
        if (l < static_cast<int>(m_in.links.size()))
            markFac(m_in.links[l].centre);
        markFac(value.centre);
    }

    applyChanges(m_in, ch);
    // Staff edited in this change set point at their new home too.
    for (const auto &[i, value] : ch.staff)
        markStaffFacilities(i);

    // Grow the arrays for appended settlements and facilities.
    m_s = static_cast<int>(m_in.settlements.size());
    m_f = static_cast<int>(m_in.facilities.size());
    for (Facility &f : m_in.facilities)
        f.capability.resize(static_cast<std::size_t>(m_k), 0.0);
    if (m_f > oldF) {
        const std::size_t fkt = static_cast<std::size_t>(m_f) * m_k * m_t;
        m_q.resize(fkt, 0.0);
        m_elig.resize(fkt, 0);
        m_expQ.resize(fkt, 0.0);
        const std::size_t ft = static_cast<std::size_t>(m_f) * m_t;
        m_capOp.resize(ft, 0.0);
        m_capWard.resize(ft, 0.0);
        m_bedCap.resize(m_f, 0.0);
        m_logSize.resize(2 * static_cast<std::size_t>(m_f), 0.0);
        m_fte.resize(ft, 0.0);
        m_load.resize(ft, 0.0);
        m_wardMinutes.resize(ft, 0.0);
        m_bedDays.resize(ft, 0.0);
        m_facEpisodes.resize(ft, 0.0);
        m_facLineEpisodes.resize(ft * m_k, 0.0);
        m_wait.resize(ft, 0.0);
        m_waitIp.resize(ft, 0.0);
        m_expWait.resize(2 * ft, 1.0);
    }
    facRecompute.resize(m_f, 0);
    m_facLevel.resize(m_f, 0);
    m_facBeds.resize(m_f, 0.0);
    for (int f = 0; f < m_f; ++f) {
        m_facLevel[f] = m_in.facilities[f].level;
        m_facBeds[f] = m_in.facilities[f].active ? std::max(0, m_in.facilities[f].beds) : 0;
    }
    if (!oldBeds.empty())
        oldBeds.resize(m_f, 0.0);
    // (Appended settlements took the rebuild path above.)
    if (m_s > oldS) {
        const std::size_t sc = static_cast<std::size_t>(m_s) * m_c;
        m_candFac.resize(sc, -1);
        m_candMinutes.resize(sc, 0.0);
        m_candHome.resize(sc, 0);
        m_expStatic.resize(sc * m_k, 0.0);
    }
    settStatic.resize(m_s, 0);
    // Appended slots contributed nothing before.
    Settlement absent;
    absent.active = false;
    if (settlementsChange)
        oldSettlements.resize(m_s, absent);
    if (staticMayChange) {
        oldCandFac.resize(static_cast<std::size_t>(m_s) * m_c, -1);
        oldCandHome.resize(static_cast<std::size_t>(m_s) * m_c, 0);
        oldExpStatic.resize(static_cast<std::size_t>(m_s) * m_c * m_k, 0.0);
    }
    oldLevel.resize(m_f, 0);
    for (int k = 0; k < m_k; ++k) {
        m_lineRate[k] = m_in.lines[k].annualRatePerPerson;
        m_lineMinutes[k] = m_in.lines[k].staffMinutes;
    }
    if (anyLine) {
        std::fill(facRecompute.begin(), facRecompute.end(), 1);
        // The avoided admissions of every inpatient line become visits of the
        // managed-care line: its rows follow any line's edit.
        for (int k = 0; k < m_k; ++k)
            if (m_in.lines[k].managedCare)
                lineDirty[k] = 1;
    }

    // Policy by month: months whose policy-derived values differ are dirty.
    std::vector<char> policyDirty(m_t, 0);
    if (ch.schedule || anyLine) {
        compilePolicy();
        for (int t = 0; t < m_t; ++t) {
            bool differs = oldPolicies[t] != *m_policy[t] || oldRamp[t] != m_rampFraction[t] ||
                           oldTarget[t] != m_signingTarget[t] ||
                           oldResponseRamp[t] != m_responseRamp[t] ||
                           oldAvoidance[t] != m_avoidance[t];
            if (!ch.schedule)
                differs = false; // line edits are handled row by row below
            policyDirty[t] = differs ? 1 : 0;
        }
    }

    if (staffChanged || m_f > oldF || !ch.facilities.empty())
        compileStaffIndex();
    // Township populations and demand, which the rows' incentives read.
    if (settlementsChange || anyLine || ch.schedule)
        compileTownships();

    // Travel and candidate sets.
    bool candidatesChanged = false;
    auto refreshSettlement = [&](int s) {
        std::vector<int> before(m_candFac.begin() + slot(s, 0),
                                m_candFac.begin() + slot(s, 0) + m_c);
        std::vector<double> beforeMinutes(m_candMinutes.begin() + slot(s, 0),
                                          m_candMinutes.begin() + slot(s, 0) + m_c);
        std::vector<std::uint8_t> beforeHome(m_candHome.begin() + slot(s, 0),
                                             m_candHome.begin() + slot(s, 0) + m_c);
        if (!compileCandidates(s))
            return false;
        if (!std::equal(before.begin(), before.end(), m_candFac.begin() + slot(s, 0)) ||
            !std::equal(beforeMinutes.begin(), beforeMinutes.end(),
                        m_candMinutes.begin() + slot(s, 0)) ||
            !std::equal(beforeHome.begin(), beforeHome.end(), m_candHome.begin() + slot(s, 0))) {
            settStatic[s] = 1;
            candidatesChanged = true;
        }
        return true;
    };
    bool fits = true;
    if (roads || !geometryFacilities.empty()) {
        // Every candidate set again and the travel times as a full run finds
        // them (one search per facility), compared with what they were.
        m_finder.build(m_in);
        if (roads)
            m_travel.build(m_in);
        else
            for (int f : geometryFacilities)
                m_travel.updateFacility(m_in, f);
        const std::vector<double> oldMinutes = m_candMinutes;
        for (int s = 0; s < m_s && fits; ++s)
            fits = compileCandidates(s, false);
        if (fits) {
            compileInverse();
            Workers workers(1);
            compileTravel(workers);
            for (int s = 0; s < m_s; ++s) {
                const std::size_t a = slot(s, 0);
                if (!std::equal(&m_candFac[a], &m_candFac[a] + m_c, &oldCandFac[a]) ||
                    !std::equal(&m_candMinutes[a], &m_candMinutes[a] + m_c, &oldMinutes[a]) ||
                    !std::equal(&m_candHome[a], &m_candHome[a] + m_c, &oldCandHome[a])) {
                    settStatic[s] = 1;
                    candidatesChanged = true;
                }
            }
        }
    } else {
        for (int s : movedSettlements)
            fits = fits && refreshSettlement(s);
    }
    if (!fits) {
        rebuild(); // more candidates than the slot stride holds: new layout
        return;
    }
    if (candidatesChanged || m_f > oldF)
        compileInverse();
    for (int s = 0; s < m_s; ++s)
        if (settStatic[s] || anyLine)
            compileStatic(s);

    // Facilities: capability, eligibility and staff time, compared month by month.
    struct DirtyFacility {
        int f;
        std::vector<char> month;    // capability or eligibility changed: rows redo the slot
        std::vector<char> capacity; // staff time changed: the queue is checked again
    };
    std::vector<DirtyFacility> dirtyFacilities;
    std::vector<char> bedsMoved(m_f, 0);
    bool levelChanged = false;
    for (int f = 0; f < m_f; ++f) {
        if (!facRecompute[f])
            continue;
        const std::size_t q0 = qIndex(f, 0, 0), q1 = q0 + static_cast<std::size_t>(m_k) * m_t;
        const std::vector<double> q(m_q.begin() + q0, m_q.begin() + q1);
        const std::vector<std::uint8_t> el(m_elig.begin() + q0, m_elig.begin() + q1);
        const std::size_t c0 = static_cast<std::size_t>(f) * m_t;
        const std::vector<double> capOp(m_capOp.begin() + c0, m_capOp.begin() + c0 + m_t);
        const std::vector<double> capWard(m_capWard.begin() + c0, m_capWard.begin() + c0 + m_t);
        const double bedCap = m_bedCap[f];
        const double sizeOp = m_logSize[2 * f], sizeIp = m_logSize[2 * f + 1];
        compileFacility(f);
        DirtyFacility d{f, std::vector<char>(m_t, 0), std::vector<char>(m_t, 0)};
        // A new level prices every month differently (out-of-pocket by level).
        const bool newLevel = f >= oldF || oldLevel[f] != m_facLevel[f];
        levelChanged = levelChanged || newLevel;
        bool any = newLevel;
        if (newLevel)
            std::fill(d.month.begin(), d.month.end(), 1);
        for (int k = 0; k < m_k; ++k)
            for (int t = 0; t < m_t; ++t) {
                const std::size_t i = static_cast<std::size_t>(k) * m_t + t;
                if (q[i] != m_q[q0 + i] || el[i] != m_elig[q0 + i]) {
                    d.month[t] = 1;
                    any = true;
                }
            }
        for (int t = 0; t < m_t; ++t) {
            if (capOp[t] != m_capOp[c0 + t] || capWard[t] != m_capWard[c0 + t] ||
                bedCap != m_bedCap[f]) {
                d.capacity[t] = 1;
                any = true;
            }
            // Size enters the utility: rows redo the slot.
            if (sizeOp != m_logSize[2 * f] || sizeIp != m_logSize[2 * f + 1]) {
                d.month[t] = 1;
                any = true;
            }
        }
        // Beds of a home township centre decide where down-referred
        // admissions recover (rowFlows()): every month's rows again.
        if (!oldBeds.empty() && oldBeds[f] != m_facBeds[f]) {
            bedsMoved[f] = 1;
            std::fill(d.month.begin(), d.month.end(), 1);
            any = true;
        }
        if (any)
            dirtyFacilities.push_back(std::move(d));
    }

    // First month anything changed.
    int first = m_t;
    bool anyStatic = anyLine;
    for (int s = 0; s < m_s && !anyStatic; ++s)
        anyStatic = settStatic[s] != 0;
    if (anyStatic)
        first = 0;
    int lastDirect = anyStatic ? m_t - 1 : -1;
    for (int t = 0; t < m_t; ++t)
        if (policyDirty[t]) {
            first = std::min(first, t);
            lastDirect = std::max(lastDirect, t);
        }
    for (const DirtyFacility &d : dirtyFacilities)
        for (int t = 0; t < m_t; ++t)
            if (d.month[t] || (d.capacity[t] && m_in.settings.flag(SettingKey::CongestionOn))) {
                first = std::min(first, t);
                lastDirect = std::max(lastDirect, t);
            }

    // Month t's factors that the update changes are kept as they were (in
    // `kept`) while the rows are taken out with the old values and put back
    // with the new.
    MonthFactors kept;
    std::vector<int> keptIndex(m_f, -1), keptList;
    std::vector<double> keptQ, keptWait, keptMonthQ;
    RowContext oldCx = currentContext();
    if (settlementsChange)
        oldCx.settlements = &oldSettlements;
    if (staticMayChange) {
        oldCx.candFac = &oldCandFac;
        oldCx.candHome = &oldCandHome;
        oldCx.expStatic = &oldExpStatic;
    }
    oldCx.facLevel = &oldLevel;
    oldCx.lineRate = &oldRate;
    oldCx.lineMinutes = &oldMinutes;
    oldCx.rampFraction = &oldRamp;
    oldCx.signingTarget = &oldTarget;
    oldCx.avoidance = &oldAvoidance;
    if (!oldDemandFactor.empty()) {
        oldCx.demandFactor = &oldDemandFactor;
        oldCx.lengthOfStay = &oldStay;
        oldCx.avoidableRate = &oldAvoidableRate;
        oldCx.referral = &oldReferral;
        oldCx.lineAvoidable = &oldLineAvoidable;
    }
    if (!oldBeds.empty())
        oldCx.beds = &oldBeds;
    oldCx.old = &kept;
    // What finalize() redoes: townships the rows below touch, those of edited
    // settlements, all of them from a policy change on.
    Scope scope;
    scope.everything = false;
    scope.settlements = settlementsChange || anyLine; // demand per township
    scope.staff = staffChanged || !ch.facilities.empty();
    scope.facilitiesMoved = !ch.facilities.empty();
    scope.townshipFirst.assign(m_w, m_t);
    auto townshipFrom = [&](int w, int t) {
        w = std::clamp(w, 0, m_w - 1);
        scope.townshipFirst[w] = std::min(scope.townshipFirst[w], t);
    };
    for (const auto &[s, value] : ch.settlements) {
        townshipFrom(value.township, 0);
        if (s < oldS)
            townshipFrom(oldSettlements[s].township, 0);
    }
    int everyTownshipFrom = anyLine ? 0 : m_t;
    for (int t = 0; t < m_t && everyTownshipFrom == m_t; ++t)
        if (policyDirty[t])
            everyTownshipFrom = t;
    for (int w = 0; w < m_w; ++w)
        townshipFrom(w, everyTownshipFrom);
    // Facilities whose load, queue or capacity changed: their units' bed and
    // congestion indicators are summed again.
    std::vector<std::uint8_t> loadChanged(m_f, 0);
    for (const DirtyFacility &d : dirtyFacilities) {
        loadChanged[d.f] = 1;
        scope.facilities.push_back(d.f);
    }
    const RowContext newCx = currentContext();
    std::vector<std::uint8_t> touchedMark(m_f, 0);
    std::vector<int> touched, touchedPrev, waitDirtyPrev, appealMovedPrev;
    bool appealMovedPrevAll = false;
    std::vector<char> mask(m_s, 0);
    std::vector<int> maskList;
    long long rows = 0;
    std::array<double, 64> oldE{}, newE{};

    // The alliance's incentive in a year follows its position at the end of the
    // year before (compileResponse()): where the rows changed that position,
    // the next year's rows are redone with the new incentive. Returns whether
    // year `year`'s regime moved.
    auto regimeMoved = [&](int year, int yearStart) {
        const int regime = regimeOf(year);
        if (regime == m_regime[year])
            return false;
        m_regime[year] = regime;
        compileResponse(yearStart, m_t);
        for (int u = yearStart; u < m_t && yearOf(u) == year; ++u) {
            policyDirty[u] = 1;
            lastDirect = std::max(lastDirect, u);
        }
        for (int w = 0; w < m_w; ++w)
            townshipFrom(w, yearStart);
        return true;
    };
    int t = first;
    for (; t < m_t; ++t) {
        if (t > lastDirect && touchedPrev.empty() && waitDirtyPrev.empty() &&
            appealMovedPrev.empty() && !appealMovedPrevAll) {
            // Nothing moves from here on, but for a later year's incentive.
            int next = m_t;
            for (int u = t; u < m_t && next == m_t; ++u)
                if (u > 0 && yearOf(u) != yearOf(u - 1) && regimeMoved(yearOf(u), u))
                    next = u;
            if (next == m_t)
                break;
            t = next;
        } else if (t > 0 && yearOf(t) != yearOf(t - 1)) {
            regimeMoved(yearOf(t), t);
        }
        // Keep the old factors of month t, then write the new ones.
        const bool everyFacility = policyDirty[t] || anyLine;
        auto keep = [&](int f) {
            if (keptIndex[f] >= 0)
                return;
            keptIndex[f] = static_cast<int>(keptList.size());
            keptList.push_back(f);
            // Facilities whose factors were recompiled: the copy made before.
            const double *q = everyFacility ? &keptMonthQ[static_cast<std::size_t>(f) * m_k]
                                            : &m_expQ[fktIndex(f, 0, t)];
            keptQ.insert(keptQ.end(), q, q + m_k);
            keptWait.push_back(m_expWait[ftIndex(f, t) * 2]);
            keptWait.push_back(m_expWait[ftIndex(f, t) * 2 + 1]);
        };
        std::vector<int> appealMoved; // facilities whose factors of month t changed
        if (everyFacility) {
            keptMonthQ.resize(static_cast<std::size_t>(m_f) * m_k);
            for (int f = 0; f < m_f; ++f)
                std::copy_n(&m_expQ[fktIndex(f, 0, t)], m_k,
                            &keptMonthQ[static_cast<std::size_t>(f) * m_k]);
            compileExpQMonth(t);
            // Their rows are redone for every line, not only the edited ones.
            for (const DirtyFacility &d : dirtyFacilities)
                if (d.month[t])
                    keep(d.f);
        } else {
            for (const DirtyFacility &d : dirtyFacilities)
                if (d.month[t]) {
                    keep(d.f);
                    appealMoved.push_back(d.f);
                    for (int k = 0; k < m_k; ++k)
                        m_expQ[fktIndex(d.f, k, t)] = expQAt(d.f, k, t);
                }
        }

        // Congestion: the facilities whose last-month patients, appeal (this
        // month's or last month's) or capacity moved, and last month's queues
        // carried forward.
        std::vector<int> waitDirty;
        std::vector<Waits> newWait;
        if (m_in.settings.flag(SettingKey::CongestionOn) && t > 0) {
            std::vector<int> check;
            if (everyFacility || appealMovedPrevAll) {
                check.resize(m_f);
                for (int f = 0; f < m_f; ++f)
                    check[f] = f;
            } else {
                check = touchedPrev;
                check.insert(check.end(), waitDirtyPrev.begin(), waitDirtyPrev.end());
                check.insert(check.end(), appealMoved.begin(), appealMoved.end());
                check.insert(check.end(), appealMovedPrev.begin(), appealMovedPrev.end());
                for (const DirtyFacility &d : dirtyFacilities)
                    if (d.capacity[t])
                        check.push_back(d.f);
                std::sort(check.begin(), check.end());
                check.erase(std::unique(check.begin(), check.end()), check.end());
            }
            for (int f : check) {
                const std::size_t i = ftIndex(f, t);
                const Waits w = waitAt(f, t);
                if (std::abs(w.outpatient - m_wait[i]) > m_options.waitTolerance ||
                    std::abs(w.inpatient - m_waitIp[i]) > m_options.waitTolerance) {
                    keep(f);
                    waitDirty.push_back(f);
                    newWait.push_back(w);
                    if (!loadChanged[f]) {
                        loadChanged[f] = 1; // the unit's congestion indicators move
                        scope.facilities.push_back(f);
                    }
                }
            }
        }
        waitDirtyPrev = waitDirty;
        appealMovedPrev.swap(appealMoved);
        appealMovedPrevAll = everyFacility;
        for (std::size_t i = 0; i < waitDirty.size(); ++i)
            setWait(waitDirty[i], t, newWait[i]);
        kept = MonthFactors{keptIndex.data(), keptQ.data(), keptWait.data(),
                            everyFacility ? keptMonthQ.data() : nullptr};

        // Rows to redo: whole rows (settlement, line or policy changed) and
        // rows with a candidate whose capability or queue changed.
        maskList.clear();
        auto addSlots = [&](int f) {
            for (int sl : m_slotsOf[f]) {
                const int s = sl / m_c;
                if (!mask[s]) {
                    mask[s] = 1;
                    maskList.push_back(s);
                }
            }
        };
        for (int f : keptList)
            addSlots(f);
        const MonthSink sink = [&] {
            MonthSink s = engineSink(t);
            s.touched = &touched;
            s.touchedMark = &touchedMark;
            const std::size_t lk = static_cast<std::size_t>(kLevels) * m_k;
            s.countyE = m_countyE.data() + t * lk;
            s.countySigned = m_countySigned.data() + t * lk;
            s.countyUnmet = m_countyUnmet.data() + static_cast<std::size_t>(t) * m_k;
            s.countyReferrals = m_countyReferrals.data() + static_cast<std::size_t>(t) * m_k * 2;
            s.townshipFirst = scope.townshipFirst.data();
            s.month = t;
            return s;
        }();
        double oldHome = 0, newHome = 0; // the settlement's signing factors
        // A row whose home centre's beds changed moves recovery days
        // differently even with the same choice factors.
        auto homeBedsMoved = [&](int s, int k) {
            if (!m_lineInpatient[k])
                return false;
            const std::size_t s0 = slot(s, 0);
            for (int c = 0; c < m_c; ++c) {
                const int f = m_candFac[s0 + c];
                if (f >= 0 && m_candHome[s0 + c] && bedsMoved[f])
                    return true;
            }
            return false;
        };
        auto redo = [&](int s, int k, bool whole) {
            const bool beds = !whole && homeBedsMoved(s, k);
            if (!whole && !kept.monthQ && !beds) {
                // Nothing to do unless a kept facility's factor for this line moved.
                const std::size_t s0 = slot(s, 0);
                const int ip = m_lineInpatient[k];
                bool moved = false;
                for (int c = 0; c < m_c && !moved; ++c) {
                    const int f = m_candFac[s0 + c];
                    const int i = f >= 0 ? keptIndex[f] : -1;
                    moved = i >= 0 && (keptQ[static_cast<std::size_t>(i) * m_k + k] !=
                                           m_expQ[fktIndex(f, k, t)] ||
                                       keptWait[static_cast<std::size_t>(i) * 2 + ip] !=
                                           m_expWait[ftIndex(f, t) * 2 + ip]);
                }
                if (!moved)
                    return;
            }
            ++rows;
            const double newDenom = rowExp(newCx, s, k, t, newHome, newE.data());
            double oldDenom = 0;
            if (!whole && !kept.monthQ) {
                // Only the kept facilities' slots differ (the settlement, its
                // statics and signing are unchanged): the old row from the new
                // one, in rowExp()'s order of operations.
                const std::size_t s0 = slot(s, 0);
                const int ip = m_lineInpatient[k];
                bool differs = false;
                for (int c = 0; c < m_c; ++c) {
                    const int f = m_candFac[s0 + c];
                    const int i = f >= 0 ? keptIndex[f] : -1;
                    oldE[c] = i < 0 ? newE[c]
                                    : m_expStatic[(s0 + c) * m_k + k] *
                                          keptQ[static_cast<std::size_t>(i) * m_k + k] *
                                          keptWait[static_cast<std::size_t>(i) * 2 + ip] *
                                          (m_candHome[s0 + c] ? oldHome : 1.0);
                    differs = differs || oldE[c] != newE[c];
                    oldDenom += oldE[c];
                }
                if (!differs && !beds)
                    return;
            } else {
                oldDenom = rowExp(oldCx, s, k, t, oldHome, oldE.data());
                if (!whole && !beds && std::equal(oldE.begin(), oldE.begin() + m_c, newE.begin()))
                    return;
            }
            // Take the old contribution out with the old values, put the new in.
            if (!settStatic[s] && !lineDirty[k] && !levelChanged) {
                contributeChange(oldCx, newCx, s, k, t, oldE.data(), oldDenom, newE.data(),
                                 newDenom, sink);
            } else {
                contribute(oldCx, s, k, t, -1.0, oldE.data(), oldDenom, sink);
                contribute(newCx, s, k, t, 1.0, newE.data(), newDenom, sink);
            }
        };
        const bool allRows = policyDirty[t] != 0;
        if (!allRows && !anyStatic && !anyLine) {
            // Only the rows of facilities that changed.
            for (int s : maskList) {
                oldHome = homeFactor(oldCx, s, t);
                newHome = homeFactor(newCx, s, t);
                for (int k = 0; k < m_k; ++k)
                    redo(s, k, false);
            }
        } else {
            for (int s = 0; s < m_s; ++s) {
                const bool wholeSettlement = allRows || settStatic[s];
                if (!wholeSettlement && !anyLine && !mask[s])
                    continue;
                oldHome = homeFactor(oldCx, s, t);
                newHome = homeFactor(newCx, s, t);
                for (int k = 0; k < m_k; ++k) {
                    if (wholeSettlement || lineDirty[k])
                        redo(s, k, true);
                    else if (mask[s])
                        redo(s, k, false);
                }
            }
        }
        for (int f : keptList)
            keptIndex[f] = -1;
        keptList.clear();
        keptQ.clear();
        keptWait.clear();
        for (int s : maskList)
            mask[s] = 0;
        for (int f : touched) {
            touchedMark[f] = 0;
            if (!loadChanged[f]) {
                loadChanged[f] = 1;
                scope.facilities.push_back(f);
            }
        }
        touchedPrev.swap(touched);
        touched.clear();
    }
    scope.changedUntil = t; // no row changed from here on
    m_stats = UpdateStats{false, first, rows};
    finalize(std::min(first, staffingFirst), scope);
}

} // namespace cc::sim
