// The month loop: utilities, softmax rows and their contributions.
#include "models/sim/engineupdate.h"
#include "models/sim/workers.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <thread>

namespace cc::sim {

Engine::RowContext Engine::rowContext(const Update *before) const
{
    // The engine's current values, or where an update kept what the rows saw
    // before it, those.
    RowContext cx;
    cx.settlements = &m_in.settlements;
    cx.candFac = &m_candFac;
    cx.candHome = &m_candHome;
    cx.expStatic = &m_expStatic;
    cx.facLevel = &m_facLevel;
    cx.lineRate = &m_lineRate;
    cx.lineMinutes = &m_lineMinutes;
    cx.rampFraction = &m_rampFraction;
    cx.signingTarget = &m_signingTarget;
    cx.demandFactor = &m_demandFactor;
    cx.lengthOfStay = &m_lengthOfStay;
    cx.lineAvoidable = &m_lineAvoidable;
    cx.avoidance = &m_avoidance;
    cx.avoidableRate = &m_avoidableRate;
    cx.referral = &m_referral;
    cx.beds = &m_facBeds;
    if (!before)
        return cx;
    const Update &u = *before;
    if (u.settlementsChange)
        cx.settlements = &u.oldSettlements;
    if (u.staticMayChange) {
        cx.candFac = &u.oldCandFac;
        cx.candHome = &u.oldCandHome;
        cx.expStatic = &u.oldExpStatic;
    }
    cx.facLevel = &u.oldLevel;
    cx.lineRate = &u.oldRate;
    cx.lineMinutes = &u.oldMinutes;
    cx.rampFraction = &u.oldRamp;
    cx.signingTarget = &u.oldTarget;
    cx.avoidance = &u.oldAvoidance;
    if (!u.oldDemandFactor.empty()) {
        cx.demandFactor = &u.oldDemandFactor;
        cx.lengthOfStay = &u.oldStay;
        cx.avoidableRate = &u.oldAvoidableRate;
        cx.referral = &u.oldReferral;
        cx.lineAvoidable = &u.oldLineAvoidable;
    }
    if (!u.oldBeds.empty())
        cx.beds = &u.oldBeds;
    cx.old = &u.kept;
    return cx;
}

Engine::MonthSink Engine::engineSink(int t)
{
    MonthSink sink{};
    sink.load = m_load.data() + t;
    sink.wardMinutes = m_wardMinutes.data() + t;
    sink.bedDays = m_bedDays.data() + t;
    sink.facEpisodes = m_facEpisodes.data() + t;
    sink.facLineEpisodes = m_facLineEpisodes.data() + fktIndex(0, 0, t);
    sink.facLineStride = static_cast<std::size_t>(m_k);
    sink.facStride = static_cast<std::size_t>(m_t);
    sink.aggE = m_aggE.data() + aggIndex(t, 0, 0, 0);
    sink.aggSigned = m_aggSigned.data() + aggIndex(t, 0, 0, 0);
    sink.unmet = m_unmet.data() + static_cast<std::size_t>(t) * m_w * m_k;
    sink.referrals = m_aggReferrals.data() + static_cast<std::size_t>(t) * m_w * m_k * 2;
    return sink;
}

double Engine::signedShare(const RowContext &cx, int s, int t) const
{
    const Settlement &st = (*cx.settlements)[s];
    return std::clamp(st.signedShare +
                          ((*cx.signingTarget)[t] - st.signedShare) * (*cx.rampFraction)[t],
                      0.0, 1.0);
}

double Engine::homeFactor(const RowContext &cx, int s, int t) const
{
    return clampedExp(m_in.settings[SettingKey::CoefSignedHome] * signedShare(cx, s, t));
}

Engine::RowSettlement Engine::rowSettlement(const RowContext &cx, int s, int t) const
{
    const Settlement &st = (*cx.settlements)[s];
    RowSettlement r;
    r.active = st.active;
    r.w = std::clamp(st.township, 0, m_w - 1);
    r.population = st.population;
    r.signedShare = signedShare(cx, s, t);
    return r;
}

double Engine::rowDemand(const RowContext &cx, const RowSettlement &st, int k, int t) const
{
    if (!st.active)
        return 0.0;
    const double demand =
        st.population * (*cx.lineRate)[k] / 12.0 * (*cx.demandFactor)[twkIndex(t, st.w, k)];
    // The alliance's health management avoids part of its signed residents'
    // avoidable admissions (ambulatory-care-sensitive).
    const double avoidable = (*cx.lineAvoidable)[k];
    if (avoidable <= 0 || (*cx.avoidance)[t] == 0)
        return demand;
    return demand * (1.0 - avoidable * (*cx.avoidance)[t] * st.signedShare);
}

double Engine::rowExp(const RowContext &cx, int s, int k, int t, double home, double *e) const
{
    // exp(utility) of each candidate as a product of cached factors: static
    // (ASC, travel, in-county), quality and out-of-pocket (0 when the facility
    // cannot treat the line), queue and, at home facilities, signing.
    const MonthFactors *old = cx.old;
    const std::size_t s0 = slot(s, 0);
    const int *cand = cx.candFac->data() + s0;
    const std::uint8_t *isHome = cx.candHome->data() + s0;
    const double *expStatic = cx.expStatic->data() + s0 * m_k + k;
    const int ip = m_lineInpatient[k];
    double denom = 0;
    if (!old) {
        // The current factors (full runs and the new side of updates).
        for (int c = 0; c < m_c; ++c) {
            const int f = cand[c];
            e[c] = f < 0
                       ? 0.0
                       : expStatic[static_cast<std::size_t>(c) * m_k] * m_expQ[fktIndex(f, k, t)] *
                             m_expWait[tfIndex(f, t) * 2 + ip] * (isHome[c] ? home : 1.0);
            denom += e[c];
        }
        return denom;
    }
    for (int c = 0; c < m_c; ++c) {
        const int f = cand[c];
        if (f < 0) {
            e[c] = 0.0;
            continue;
        }
        double q, w;
        const int kept = old->index[f];
        if (kept >= 0) {
            q = old->expQ[static_cast<std::size_t>(kept) * m_k + k];
            w = old->expWait[static_cast<std::size_t>(kept) * 2 + ip];
        } else {
            q = old->monthQ ? old->monthQ[static_cast<std::size_t>(f) * m_k + k]
                            : m_expQ[fktIndex(f, k, t)];
            w = m_expWait[tfIndex(f, t) * 2 + ip];
        }
        e[c] = expStatic[static_cast<std::size_t>(c) * m_k] * q * w * (isHome[c] ? home : 1.0);
        denom += e[c];
    }
    return denom;
}

void Engine::rowSlots(const RowContext &cx, int s, RowSlots &out) const
{
    const std::size_t s0 = slot(s, 0);
    const int *cand = cx.candFac->data() + s0;
    const std::uint8_t *isHome = cx.candHome->data() + s0;
    const std::vector<int> &level = *cx.facLevel;
    int n = 0;
    out.homeCentre = -1;
    for (int c = 0; c < m_c; ++c) {
        const int f = cand[c];
        if (f < 0)
            continue;
        out.slot[n] = c;
        out.fac[n] = f;
        out.level[n] = level[f];
        if (isHome[c] && level[f] == TownshipCentre)
            out.homeCentre = n;
        ++n;
    }
    out.n = n;
    std::array<int, kLevels + 1> next{};
    for (int j = 0; j < n; ++j)
        ++next[out.level[j] + 1];
    for (int l = 0; l < kLevels; ++l)
        next[l + 1] += next[l];
    out.levelStart = next;
    for (int j = 0; j < n; ++j)
        out.byLevel[next[out.level[j]]++] = j;
}

void Engine::rowFlows(const RowContext &cx, int s, int k, int t, const double *e, double denom,
                      RowSlots &slots, RowFlows &out) const
{
    rowSlots(cx, s, slots);
    std::array<double, 64> byEntry;
    for (int j = 0; j < slots.n; ++j)
        byEntry[j] = e[slots.slot[j]];
    rowFlows(cx, slots, rowSettlement(cx, s, t), k, t, byEntry.data(), denom, out);
}

void Engine::rowFlows(const RowContext &cx, const RowSlots &slots, const RowSettlement &st, int k,
                      int t, const double *e, double denom, RowFlows &out) const
{
    // Entries only (an empty slot has no episodes and adds nothing to a
    // sum). The arrays do not overlap and the sums are kept in locals, so
    // the loops neither reload nor store through memory what they add up.
    const int n = slots.n;
    const int *__restrict level = slots.level.data();
    double *__restrict episodes = out.episodes.data();
    double *__restrict bedDays = out.bedDays.data();
    const bool inpatient = m_lineInpatient[k] != 0;
    out.up = out.down = out.unmet = 0;
    const double demand = rowDemand(cx, st, k, t);
    // Chronic-care visits that replace avoided admissions go to the row's
    // grassroots candidates (village clinics and township centres).
    const double managed = st.active && m_lineManaged[k] && (*cx.avoidance)[t] != 0
                               ? st.population *
                                     (*cx.avoidableRate)[static_cast<std::size_t>(t) * m_w + st.w] *
                                     (*cx.avoidance)[t] * st.signedShare *
                                     m_in.settings[SettingKey::ResponseVisitsPerAvoided]
                               : 0.0;
    out.demand = demand + managed;
    if (out.demand == 0 || !(denom > 0)) {
        std::fill_n(episodes, n, 0.0);
        if (inpatient)
            std::fill_n(bedDays, n, 0.0);
        if (out.demand != 0)
            out.unmet = out.demand;
        return;
    }
    // When every candidate's exp(utility) is near underflow the denominator
    // is tiny and demand / denom would overflow to infinity (and poison the
    // loads and the fund): then divide each e[j] first, which is at most 1.
    const bool tiny = denom < 1e-200;
    const double scale = tiny ? demand : demand / denom;
    double grassroots = 0;
    if (tiny) {
        for (int j = 0; j < n; ++j)
            episodes[j] = e[j] != 0 ? scale * (e[j] / denom) : 0.0;
    } else if (scale >= 0 && scale <= std::numeric_limits<double>::max()) {
        // A finite scale >= 0 times a zero e[j] is +0 already: no branch.
        const double *__restrict ej = e;
        for (int j = 0; j < n; ++j)
            episodes[j] = scale * ej[j];
    } else {
        for (int j = 0; j < n; ++j)
            episodes[j] = e[j] != 0 ? scale * e[j] : 0.0;
    }
    if (managed > 0) {
        // (e[j] >= 0: a zero adds nothing to the sum.)
        for (int j = 0; j < n; ++j)
            if (sim::grassroots(level[j]))
                grassroots += e[j];
        if (grassroots > 0) {
            for (int j = 0; j < n; ++j)
                if (e[j] != 0 && sim::grassroots(level[j]))
                    episodes[j] += managed * (e[j] / grassroots);
        } else {
            out.unmet += managed;
        }
    }
    if (!inpatient)
        return;
    const double *stay = &(*cx.lengthOfStay)[tklIndex(t, k, 0)];
    for (int j = 0; j < n; ++j)
        bedDays[j] = episodes[j] * stay[level[j]];
    // Two-way referral (双向转诊): admissions beyond what the home township
    // centre treats are referred up through the alliance; part of the county
    // hospitals' admissions spend their recovery days in the home centre's
    // beds.
    const int homeCentre = slots.homeCentre;
    const double upShare = (*cx.referral)[2 * static_cast<std::size_t>(t)];
    const double downShare = (*cx.referral)[2 * static_cast<std::size_t>(t) + 1];
    const bool centreTreats = homeCentre >= 0 && e[homeCentre] > 0;
    const bool centreBeds = homeCentre >= 0 && (*cx.beds)[slots.fac[homeCentre]] > 0;
    const bool down = centreBeds && downShare > 0;
    if (centreTreats && !down)
        return; // nothing referred either way
    const double recovery = m_in.settings[SettingKey::ReferralRecoveryDaysShare];
    // (The home centre is grassroots: the loop never writes its entry but
    // through centreDays.)
    double up = 0, movedDown = 0, centreDays = down ? bedDays[homeCentre] : 0.0;
    for (int j = 0; j < n; ++j) {
        if (episodes[j] == 0 || sim::grassroots(level[j]))
            continue;
        if (!centreTreats)
            up += episodes[j] * upShare;
        if (level[j] == CountyHospital && down) {
            const double moved = episodes[j] * downShare;
            const double days = moved * stay[CountyHospital] * recovery;
            movedDown += moved;
            bedDays[j] -= days;
            centreDays += days;
        }
    }
    if (down)
        bedDays[homeCentre] = centreDays;
    out.up = up;
    out.down = movedDown;
}

void Engine::contribute(const RowContext &cx, int s, int k, int t, double sign, const double *e,
                        double denom, const MonthSink &sink) const
{
    RowSlots slots;
    RowFlows flows;
    rowFlows(cx, s, k, t, e, denom, slots, flows);
    if (flows.demand == 0)
        return;
    const int w = std::clamp((*cx.settlements)[s].township, 0, m_w - 1);
    if (sink.townshipFirst && sink.townshipFirst[w] > sink.month)
        sink.townshipFirst[w] = sink.month;
    const std::size_t wk = static_cast<std::size_t>(w) * m_k + k;
    if (flows.unmet != 0) {
        sink.unmet[wk] += sign * flows.unmet;
        if (sink.countyUnmet)
            sink.countyUnmet[k] += sign * flows.unmet;
    }
    if (flows.up != 0 || flows.down != 0) {
        sink.referrals[2 * wk] += sign * flows.up;
        sink.referrals[2 * wk + 1] += sign * flows.down;
        if (sink.countyReferrals) {
            sink.countyReferrals[2 * k] += sign * flows.up;
            sink.countyReferrals[2 * k + 1] += sign * flows.down;
        }
    }
    const double sig = signedShare(cx, s, t);
    const double minutes = (*cx.lineMinutes)[k];
    const bool inpatient = m_lineInpatient[k] != 0;
    for (int j = 0; j < slots.n; ++j) {
        const double bedDays = inpatient ? flows.bedDays[j] : 0.0;
        if (flows.episodes[j] == 0 && bedDays == 0)
            continue;
        const double ep = sign * flows.episodes[j];
        addEpisodes(sink, slots.fac[j], slots.level[j], w, k, ep, minutes, sign * bedDays,
                    sig * ep);
    }
}

void Engine::contributeChange(const RowContext &oldCx, const RowContext &newCx, int s, int k, int t,
                              const double *oldE, double oldDenom, const double *newE,
                              double newDenom, const MonthSink &sink) const
{
    // The settlement, its candidates, their levels and the line are the same
    // before and after: one pass adds the differences.
    if (!(oldDenom > 0) || !(newDenom > 0) || oldDenom < 1e-200 || newDenom < 1e-200) {
        contribute(oldCx, s, k, t, -1.0, oldE, oldDenom, sink);
        contribute(newCx, s, k, t, 1.0, newE, newDenom, sink);
        return;
    }
    RowSlots oldSlots, slots;
    RowFlows before, after;
    rowFlows(oldCx, s, k, t, oldE, oldDenom, oldSlots, before);
    rowFlows(newCx, s, k, t, newE, newDenom, slots, after);
    if (before.demand == 0 && after.demand == 0)
        return;
    const int w = std::clamp((*newCx.settlements)[s].township, 0, m_w - 1);
    if (sink.townshipFirst && sink.townshipFirst[w] > sink.month)
        sink.townshipFirst[w] = sink.month;
    const std::size_t wk = static_cast<std::size_t>(w) * m_k + k;
    if (after.unmet != before.unmet) {
        sink.unmet[wk] += after.unmet - before.unmet;
        if (sink.countyUnmet)
            sink.countyUnmet[k] += after.unmet - before.unmet;
    }
    if (after.up != before.up || after.down != before.down) {
        sink.referrals[2 * wk] += after.up - before.up;
        sink.referrals[2 * wk + 1] += after.down - before.down;
        if (sink.countyReferrals) {
            sink.countyReferrals[2 * k] += after.up - before.up;
            sink.countyReferrals[2 * k + 1] += after.down - before.down;
        }
    }
    const double sigOld = signedShare(oldCx, s, t), sigNew = signedShare(newCx, s, t);
    const double minutes = (*newCx.lineMinutes)[k];
    const bool inpatient = m_lineInpatient[k] != 0;
    // Facilities one by one (the same entries before and after), the
    // township's and county's sums by level.
    std::array<double, kLevels> byLevel{}, signedByLevel{};
    for (int j = 0; j < slots.n; ++j) {
        const int f = slots.fac[j];
        const double b = before.episodes[j], a = after.episodes[j];
        const double bedChange = inpatient ? after.bedDays[j] - before.bedDays[j] : 0.0;
        if (b == a && sigOld == sigNew && bedChange == 0)
            continue;
        const double episodes = a - b;
        const std::size_t fi = static_cast<std::size_t>(f) * sink.facStride;
        const int level = slots.level[j];
        sink.load[fi] += episodes * minutes;
        if (inpatient) {
            sink.wardMinutes[fi] += episodes * minutes;
            sink.bedDays[fi] += bedChange;
        }
        sink.facEpisodes[fi] += episodes;
        sink.facLineEpisodes[f * sink.facLineStride + k] += episodes;
        byLevel[level] += episodes;
        signedByLevel[level] += sigNew * a - sigOld * b;
        if (sink.touched && !(*sink.touchedMark)[f]) {
            (*sink.touchedMark)[f] = 1;
            sink.touched->push_back(f);
        }
    }
    for (int l = 0; l < kLevels; ++l) {
        if (byLevel[l] == 0 && signedByLevel[l] == 0)
            continue;
        const std::size_t li = static_cast<std::size_t>(l) * m_k + k;
        const std::size_t ai = static_cast<std::size_t>(w) * kLevels * m_k + li;
        sink.aggE[ai] += byLevel[l];
        sink.aggSigned[ai] += signedByLevel[l];
        if (sink.countyE) {
            sink.countyE[li] += byLevel[l];
            sink.countySigned[li] += signedByLevel[l];
        }
    }
}

void Engine::addEpisodes(const MonthSink &sink, int f, int level, int w, int k, double episodes,
                         double minutes, double bedDays, double signedEpisodes) const
{
    const std::size_t fi = static_cast<std::size_t>(f) * sink.facStride;
    sink.load[fi] += episodes * minutes;
    if (m_lineInpatient[k]) {
        sink.wardMinutes[fi] += episodes * minutes;
        sink.bedDays[fi] += bedDays;
    }
    sink.facEpisodes[fi] += episodes;
    sink.facLineEpisodes[f * sink.facLineStride + k] += episodes;
    const std::size_t li = static_cast<std::size_t>(level) * m_k + k;
    const std::size_t ai = static_cast<std::size_t>(w) * kLevels * m_k + li;
    sink.aggE[ai] += episodes;
    sink.aggSigned[ai] += signedEpisodes;
    if (sink.countyE) {
        sink.countyE[li] += episodes;
        sink.countySigned[li] += signedEpisodes;
    }
    if (sink.touched && !(*sink.touchedMark)[f]) {
        (*sink.touchedMark)[f] = 1;
        sink.touched->push_back(f);
    }
}

} // namespace cc::sim
