// Incremental updates (DESIGN.md "Incremental engine").
#include "models/sim/engineupdate.h"
#include "models/sim/workers.h"

#include <algorithm>

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
    if (needsRebuild(ch)) {
        applyChanges(m_in, ch);
        rebuild();
        return;
    }
    Update u(ch);
    keepBefore(u);
    markChanges(u);
    applyChanges(m_in, ch);
    // Staff edited in this change set point at their new home too.
    for (const auto &[i, value] : ch.staff)
        markStaffFacilities(u, i);
    growArrays(u);
    recompilePolicy(u);
    if (!refreshCandidates(u)) {
        rebuild(); // more candidates than the slot stride holds: new layout
        return;
    }
    recompileFacilities(u);
    findChangedMonths(u);
    if (fullRunCheaper(u)) {
        // The input is compiled (travel and candidates kept): every month as
        // a full run computes it.
        Workers &threads = workers();
        threads.run([&](int i) {
            const int n = threads.size();
            const int fEnd = static_cast<int>(static_cast<long long>(m_f) * (i + 1) / n);
            for (int f = static_cast<int>(static_cast<long long>(m_f) * i / n); f < fEnd; ++f)
                compileExpQ(f);
        });
        runFull(threads);
        return;
    }
    prepareRows(u);
    u.scope.changedUntil = replayMonths(u); // no row changed from there on
    m_stats = UpdateStats{false, u.first, u.rows};
    finalize(std::min(u.first, u.staffingFirst), u.scope,
             workers().size() > 1 ? &workers() : nullptr);
}

bool Engine::needsRebuild(const ChangeSet &ch) const
{
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
    return structural;
}

void Engine::keepBefore(Update &u) const
{
    // Copies only of what the change can alter.
    const ChangeSet &ch = u.ch;
    u.settlementsChange = !ch.settlements.empty();
    u.candidatesMayChange = u.settlementsChange || !ch.roads.empty() || !ch.facilities.empty();
    if (u.settlementsChange)
        u.oldSettlements = m_in.settlements;
    // Lines change the static factors too.
    u.staticMayChange = u.candidatesMayChange || !ch.lines.empty();
    if (u.staticMayChange) {
        u.oldCandFac = m_candFac;
        u.oldCandHome = m_candHome;
        u.oldExpStatic = m_expStatic;
    }
    u.oldLevel = m_facLevel;
    u.oldRate = m_lineRate;
    u.oldMinutes = m_lineMinutes;
    u.oldRamp = m_rampFraction;
    u.oldTarget = m_signingTarget;
    u.oldResponseRamp = m_responseRamp;
    // Demand factors, days in bed, avoided admissions and referral shares
    // are recompiled with the policy (and the avoided admissions again when the
    // alliance's position at a year end changes).
    u.oldAvoidance = m_avoidance;
    if (ch.schedule || !ch.lines.empty()) {
        u.oldDemandFactor = m_demandFactor;
        u.oldStay = m_lengthOfStay;
        u.oldAvoidableRate = m_avoidableRate;
        u.oldReferral = m_referral;
        u.oldLineAvoidable = m_lineAvoidable;
        u.oldOopChoice = m_oopChoice;
        u.oldPolicies.reserve(m_t);
        for (const Policy *p : m_policy)
            u.oldPolicies.push_back(*p);
    }
    if (!ch.facilities.empty())
        u.oldBeds = m_facBeds;
}

void Engine::markStaffFacilities(Update &u, int i) const
{
    if (i < 0 || i >= static_cast<int>(m_in.staff.size()))
        return;
    u.markFacility(m_in.staff[i].home);
    if (i < static_cast<int>(m_postingsOf.size()))
        for (int p : m_postingsOf[i])
            u.markFacility(m_in.postings[p].facility);
}

void Engine::markChanges(Update &u) const
{
    const ChangeSet &ch = u.ch;
    u.oldS = m_s;
    u.oldF = m_f;
    u.facRecompute.assign(std::max<std::size_t>(m_in.facilities.size(), 1), 0);
    u.lineDirty.assign(m_k, 0);
    u.roads = !ch.roads.empty();
    for (const auto &[f, value] : ch.facilities) {
        u.markFacility(f);
        if (f >= u.oldF || !samePlace(m_in.facilities[f], value))
            u.geometryFacilities.push_back(f);
        // A hospital closed or reopened takes its telemedicine links with it
        // (compileStaffIndex()).
        for (const TelemedicineLink &link : m_in.links)
            if (link.hub == f)
                u.markFacility(link.centre);
    }
    u.settStatic.assign(std::max(u.oldS, 1), 0);
    for (const auto &[s, value] : ch.settlements) {
        if (s >= static_cast<int>(u.settStatic.size()))
            u.settStatic.resize(static_cast<std::size_t>(s) + 1, 0);
        u.settStatic[s] = 1;
        if (s >= u.oldS || !samePlace(m_in.settlements[s], value))
            u.movedSettlements.push_back(s);
    }
    for (const auto &[k, value] : ch.lines) {
        (void)value;
        u.lineDirty[k] = 1;
        u.anyLine = true;
    }
    // Postings also count in the staffing indicators from their first month.
    u.staffingFirst = m_t;
    for (const auto &[i, value] : ch.staff) {
        u.staffChanged = true;
        u.staffingFirst = 0;
        markStaffFacilities(u, i);
        u.markFacility(value.home);
    }
    for (const auto &[p, value] : ch.postings) {
        u.staffChanged = true;
        u.staffingFirst = std::min(u.staffingFirst, std::max(0, value.start));
        if (p < static_cast<int>(m_in.postings.size())) {
            const Posting &old = m_in.postings[p];
            u.staffingFirst = std::min(u.staffingFirst, std::max(0, old.start));
            u.markFacility(old.facility);
            if (old.staff >= 0 && old.staff < static_cast<int>(m_in.staff.size()))
                u.markFacility(m_in.staff[old.staff].home);
        }
        u.markFacility(value.facility);
        if (value.staff >= 0 && value.staff < static_cast<int>(m_in.staff.size()))
            u.markFacility(m_in.staff[value.staff].home);
    }
    // Telemedicine links change their centres' capability.
    for (const auto &[l, value] : ch.links) {
        u.staffChanged = true;
        if (l < static_cast<int>(m_in.links.size()))
            u.markFacility(m_in.links[l].centre);
        u.markFacility(value.centre);
    }
}

void Engine::growArrays(Update &u)
{
    // Appended settlements and facilities.
    m_s = static_cast<int>(m_in.settlements.size());
    m_f = static_cast<int>(m_in.facilities.size());
    for (Facility &f : m_in.facilities)
        f.capability.resize(static_cast<std::size_t>(m_k), 0.0);
    if (m_f > u.oldF) {
        const std::size_t fkt = static_cast<std::size_t>(m_f) * m_k * m_t;
        m_q.resize(fkt, 0.0);
        m_elig.resize(fkt, 0);
        growMonthMajor(m_expQ, u.oldF, m_k, 0.0);
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
        growMonthMajor(m_facLineEpisodes, u.oldF, m_k, 0.0);
        m_wait.resize(ft, 0.0);
        m_waitIp.resize(ft, 0.0);
        growMonthMajor(m_expWait, u.oldF, 2, 1.0);
    }
    u.facRecompute.resize(m_f, 0);
    m_facLevel.resize(m_f, 0);
    m_facBeds.resize(m_f, 0.0);
    for (int f = 0; f < m_f; ++f) {
        m_facLevel[f] = m_in.facilities[f].level;
        m_facBeds[f] = m_in.facilities[f].active ? std::max(0, m_in.facilities[f].beds) : 0;
    }
    if (!u.oldBeds.empty())
        u.oldBeds.resize(m_f, 0.0);
    // (Appended settlements take the rebuild path.)
    if (m_s > u.oldS) {
        const std::size_t sc = static_cast<std::size_t>(m_s) * m_c;
        m_candFac.resize(sc, -1);
        m_candMinutes.resize(sc, 0.0);
        m_candHome.resize(sc, 0);
        m_expStatic.resize(sc * m_k, 0.0);
    }
    u.settStatic.resize(m_s, 0);
    // Appended slots contributed nothing before.
    Settlement absent;
    absent.active = false;
    if (u.settlementsChange)
        u.oldSettlements.resize(m_s, absent);
    if (u.staticMayChange) {
        u.oldCandFac.resize(static_cast<std::size_t>(m_s) * m_c, -1);
        u.oldCandHome.resize(static_cast<std::size_t>(m_s) * m_c, 0);
        u.oldExpStatic.resize(static_cast<std::size_t>(m_s) * m_c * m_k, 0.0);
    }
    u.oldLevel.resize(m_f, 0);
    for (int k = 0; k < m_k; ++k) {
        m_lineRate[k] = m_in.lines[k].annualRatePerPerson;
        m_lineMinutes[k] = m_in.lines[k].staffMinutes;
    }
    if (u.anyLine) {
        std::fill(u.facRecompute.begin(), u.facRecompute.end(), 1);
        // The avoided admissions of every inpatient line become visits of the
        // managed-care line: its rows follow any line's edit.
        for (int k = 0; k < m_k; ++k)
            if (m_in.lines[k].managedCare)
                u.lineDirty[k] = 1;
    }
}

void Engine::growMonthMajor(std::vector<double> &values, int oldF, std::size_t width,
                            double fill) const
{
    // Each month's slab moves up to its new place, the last month first (so
    // no slab is overwritten before it moved); the new facilities get `fill`.
    const std::size_t oldSlab = static_cast<std::size_t>(oldF) * width;
    const std::size_t newSlab = static_cast<std::size_t>(m_f) * width;
    values.resize(static_cast<std::size_t>(m_t) * newSlab, fill);
    for (std::size_t t = static_cast<std::size_t>(m_t); t-- > 0;) {
        const auto from = values.begin() + static_cast<std::ptrdiff_t>(t * oldSlab);
        const auto to = values.begin() + static_cast<std::ptrdiff_t>(t * newSlab);
        if (t > 0)
            std::copy_backward(from, from + static_cast<std::ptrdiff_t>(oldSlab),
                               to + static_cast<std::ptrdiff_t>(oldSlab));
        std::fill(to + static_cast<std::ptrdiff_t>(oldSlab),
                  to + static_cast<std::ptrdiff_t>(newSlab), fill);
    }
}

void Engine::recompilePolicy(Update &u)
{
    // Months whose policy-derived values differ are dirty.
    const ChangeSet &ch = u.ch;
    u.policyDirty.assign(m_t, 0);
    if (ch.schedule || u.anyLine) {
        compilePolicy();
        // Line edits are handled row by row (lineDirty).
        if (ch.schedule)
            for (int t = 0; t < m_t; ++t)
                u.policyDirty[t] = u.oldPolicies[t] != *m_policy[t] ||
                                   u.oldRamp[t] != m_rampFraction[t] ||
                                   u.oldTarget[t] != m_signingTarget[t] ||
                                   u.oldResponseRamp[t] != m_responseRamp[t] ||
                                   u.oldAvoidance[t] != m_avoidance[t];
    }
    if (u.staffChanged || m_f > u.oldF || !ch.facilities.empty())
        compileStaffIndex();
    // Township populations and demand, which the rows' incentives read.
    if (u.settlementsChange || u.anyLine || ch.schedule)
        compileTownships();
}

bool Engine::refreshSettlement(Update &u, int s)
{
    const std::size_t s0 = slot(s, 0);
    const std::vector<int> before(m_candFac.begin() + s0, m_candFac.begin() + s0 + m_c);
    const std::vector<double> beforeMinutes(m_candMinutes.begin() + s0,
                                            m_candMinutes.begin() + s0 + m_c);
    const std::vector<std::uint8_t> beforeHome(m_candHome.begin() + s0,
                                               m_candHome.begin() + s0 + m_c);
    if (!compileCandidates(s))
        return false;
    if (!std::equal(before.begin(), before.end(), m_candFac.begin() + s0) ||
        !std::equal(beforeMinutes.begin(), beforeMinutes.end(), m_candMinutes.begin() + s0) ||
        !std::equal(beforeHome.begin(), beforeHome.end(), m_candHome.begin() + s0)) {
        u.settStatic[s] = 1;
        u.candidatesChanged = true;
    }
    return true;
}

bool Engine::refreshCandidates(Update &u)
{
    // Travel and candidate sets.
    bool fits = true;
    if (u.roads || !u.geometryFacilities.empty()) {
        // Every candidate set again and the travel times as a full run finds
        // them (one search per facility, on the engine's threads), compared
        // with what they were.
        m_finder.build(m_in);
        if (u.roads)
            m_travel.build(m_in);
        else
            for (int f : u.geometryFacilities)
                m_travel.updateFacility(m_in, f);
        const std::vector<double> oldMinutes = m_candMinutes;
        for (int s = 0; s < m_s && fits; ++s)
            fits = compileCandidates(s, false);
        if (fits) {
            compileInverse();
            compileTravel(workers());
            for (int s = 0; s < m_s; ++s) {
                const std::size_t a = slot(s, 0);
                if (!std::equal(&m_candFac[a], &m_candFac[a] + m_c, &u.oldCandFac[a]) ||
                    !std::equal(&m_candMinutes[a], &m_candMinutes[a] + m_c, &oldMinutes[a]) ||
                    !std::equal(&m_candHome[a], &m_candHome[a] + m_c, &u.oldCandHome[a])) {
                    u.settStatic[s] = 1;
                    u.candidatesChanged = true;
                }
            }
        }
    } else {
        for (int s : u.movedSettlements)
            fits = fits && refreshSettlement(u, s);
    }
    if (!fits)
        return false;
    if (u.candidatesChanged || m_f > u.oldF)
        compileInverse();
    for (int s = 0; s < m_s; ++s)
        if (u.settStatic[s] || u.anyLine)
            compileStatic(s);
    return true;
}

void Engine::recompileFacilities(Update &u)
{
    // Capability, eligibility and staff time, compared month by month.
    u.bedsMoved.assign(m_f, 0);
    for (int f = 0; f < m_f; ++f) {
        if (!u.facRecompute[f])
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
        const bool newLevel = f >= u.oldF || u.oldLevel[f] != m_facLevel[f];
        u.levelChanged = u.levelChanged || newLevel;
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
        if (!u.oldBeds.empty() && u.oldBeds[f] != m_facBeds[f]) {
            u.bedsMoved[f] = 1;
            std::fill(d.month.begin(), d.month.end(), 1);
            any = true;
        }
        if (any)
            u.dirtyFacilities.push_back(std::move(d));
    }
}

void Engine::findChangedMonths(Update &u)
{
    // The first month anything changed, and the last the change itself reaches.
    u.first = m_t;
    u.anyStatic = u.anyLine;
    for (int s = 0; s < m_s; ++s)
        u.staticSettlements += u.settStatic[s] ? 1 : 0;
    u.anyStatic = u.anyStatic || u.staticSettlements > 0;
    u.dirtyLines = std::count(u.lineDirty.begin(), u.lineDirty.end(), 1);
    if (u.anyStatic)
        u.first = 0;
    u.lastDirect = u.anyStatic ? m_t - 1 : -1;
    for (int t = 0; t < m_t; ++t)
        if (u.policyDirty[t]) {
            u.first = std::min(u.first, t);
            u.lastDirect = std::max(u.lastDirect, t);
        }
    for (const DirtyFacility &d : u.dirtyFacilities)
        for (int t = 0; t < m_t; ++t)
            if (d.month[t] || (d.capacity[t] && m_in.settings.flag(SettingKey::CongestionOn))) {
                u.first = std::min(u.first, t);
                u.lastDirect = std::max(u.lastDirect, t);
            }
}

void Engine::prepareRows(Update &u)
{
    // Month t's factors that the update changes are kept as they were (in
    // u.kept) while the rows are taken out with the old values and put back
    // with the new.
    u.keptIndex.assign(m_f, -1);
    u.oldCx = rowContext(&u);
    u.newCx = rowContext();

    // What finalize() redoes: townships the rows touch, those of edited
    // settlements, all of them from a policy change on.
    Scope &scope = u.scope;
    scope.everything = false;
    scope.settlements = u.settlementsChange || u.anyLine; // demand per township
    scope.staff = u.staffChanged || !u.ch.facilities.empty();
    scope.facilitiesMoved = !u.ch.facilities.empty();
    scope.links = !u.ch.links.empty();
    scope.townshipFirst.assign(m_w, m_t);
    for (const auto &[s, value] : u.ch.settlements) {
        u.townshipFrom(value.township, 0);
        if (s < u.oldS)
            u.townshipFrom(u.oldSettlements[s].township, 0);
    }
    int everyTownshipFrom = u.anyLine ? 0 : m_t;
    for (int t = 0; t < m_t && everyTownshipFrom == m_t; ++t)
        if (u.policyDirty[t])
            everyTownshipFrom = t;
    for (int w = 0; w < m_w; ++w)
        u.townshipFrom(w, everyTownshipFrom);
    // Facilities whose load, queue or capacity changed: their units' bed and
    // congestion indicators are summed again.
    u.loadChanged.assign(m_f, 0);
    for (const DirtyFacility &d : u.dirtyFacilities)
        u.facilityLoadChanged(d.f);
    u.touchedMark.assign(m_f, 0);
    u.mask.assign(m_s, 0);
}

} // namespace cc::sim
