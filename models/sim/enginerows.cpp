// The month loop: utilities, softmax rows and their contributions.
#include "models/sim/engineupdate.h"
#include "models/sim/workers.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <thread>

namespace cc::sim {

namespace {

// Asks for the cache line of p ahead of its use (a no-op where unsupported).
// The per-facility result arrays are facility-major ([f*T + t]): month t of
// consecutive facilities lies a cache line or more apart, which the
// hardware does not fetch ahead by itself.
inline void prefetch(const void *p)
{
#if defined(__GNUC__)
    __builtin_prefetch(p);
#else
    (void)p;
#endif
}
// How many facilities ahead.
constexpr int kPrefetchAhead = 8;

} // namespace

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

void Engine::compileRowSlots(Workers &workers)
{
    const std::size_t stride = rowSlotStride(), c = static_cast<std::size_t>(m_c);
    m_rowSlotTable.resize(static_cast<std::size_t>(m_s) * stride);
    const RowContext cx = rowContext();
    const int threads = workers.size();
    workers.run([&](int i) {
        RowSlots slots;
        const int sEnd = static_cast<int>(static_cast<long long>(m_s) * (i + 1) / threads);
        for (int s = static_cast<int>(static_cast<long long>(m_s) * i / threads); s < sEnd; ++s) {
            rowSlots(cx, s, slots);
            int *to = &m_rowSlotTable[static_cast<std::size_t>(s) * stride];
            to[0] = slots.n;
            to[1] = slots.homeCentre;
            std::copy(slots.levelStart.begin(), slots.levelStart.end(), to + 2);
            to += 2 + kLevels + 1;
            std::copy_n(slots.slot.begin(), slots.n, to);
            std::copy_n(slots.fac.begin(), slots.n, to + c);
            std::copy_n(slots.level.begin(), slots.n, to + 2 * c);
            std::copy_n(slots.byLevel.begin(), slots.n, to + 3 * c);
        }
    });
}

void Engine::loadRowSlots(int s, RowSlots &out) const
{
    const std::size_t c = static_cast<std::size_t>(m_c);
    const int *from = &m_rowSlotTable[static_cast<std::size_t>(s) * rowSlotStride()];
    const int n = from[0];
    out.n = n;
    out.homeCentre = from[1];
    std::copy_n(from + 2, kLevels + 1, out.levelStart.begin());
    from += 2 + kLevels + 1;
    for (int j = 0; j < n; ++j) {
        out.slot[j] = from[j];
        out.fac[j] = from[c + j];
        out.level[j] = from[2 * c + j];
        out.byLevel[j] = from[3 * c + j];
    }
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

void Engine::computeWaits(int t, int fBegin, int fEnd)
{
    for (int f = fBegin; f < fEnd; ++f) {
        if (f + kPrefetchAhead < fEnd) {
            const std::size_t i = ftIndex(f + kPrefetchAhead, t);
            prefetch(&m_capOp[i]);
            prefetch(&m_capWard[i]);
            prefetch(&m_wait[i]);
            prefetch(&m_waitIp[i]);
        }
        setWait(f, t, waitAt(f, t));
    }
}

void Engine::setWait(int f, int t, const Waits &wait)
{
    const std::size_t i = ftIndex(f, t);
    m_wait[i] = wait.outpatient;
    m_waitIp[i] = wait.inpatient;
    const double bw = m_in.settings[SettingKey::CoefWait];
    double *expWait = &m_expWait[tfIndex(f, t) * 2];
    expWait[0] = wait.outpatient == 0.0 ? 1.0 : clampedExp(-bw * wait.outpatient);
    expWait[1] = wait.inpatient == 0.0 ? 1.0 : clampedExp(-bw * wait.inpatient);
}

namespace {

// The queue a facility settles at: w = max(0, u e^(-bw (w - w0)) - 1) for a
// utilisation u predicted at the queue w0 (each unit of queue keeps a share
// e^-bw of the patients away). Newton's method on the concave
// ln(1 + w) + bw w - ln(u) - bw w0, from w = 0, approaches the root from below.
double settledQueue(double utilisation, double bw, double queueBefore)
{
    if (!(utilisation > 0))
        return 0.0;
    const double target = std::log(utilisation) + bw * queueBefore;
    if (target <= 0)
        return 0.0;
    double w = 0;
    for (int i = 0; i < 60; ++i) {
        const double h = std::log1p(w) + bw * w - target;
        const double step = -h / (1.0 / (1.0 + w) + bw);
        w += step;
        if (std::abs(step) <= 1e-15 * (1.0 + w))
            break;
    }
    return std::max(0.0, w);
}

} // namespace

Engine::Waits Engine::waitAt(int f, int t) const
{
    // Patients weigh the queue they expect in month t: last month's patients
    // of each line, scaled by how the facility's appeal for that line moved
    // since (capability, eligibility, prices, size), against this month's
    // capacity, at the queue where that many patients would still come (a
    // local equilibrium: DESIGN.md's one-month lag without its cobweb, and a
    // facility that loses a posted doctor is not judged by the patients he
    // drew). Outpatients queue for clinic staff time; admissions for beds at
    // the target occupancy and for ward staff time, whichever is shorter.
    // Part of last month's queue may carry over (SettingKey::WaitSmoothing).
    // Facilities without staff, and hospitals outside the county, never queue.
    const std::size_t i = ftIndex(f, t);
    if (!m_in.settings.flag(SettingKey::CongestionOn) || t == 0 || !inCounty(m_facLevel[f]) ||
        !(m_capOp[i] + m_capWard[i] > 0))
        return {};
    double op = 0, ward = 0, bedDays = 0;
    const double *last = &m_facLineEpisodes[fktIndex(f, 0, t - 1)];
    for (int k = 0; k < m_k; ++k) {
        if (last[k] == 0)
            continue;
        const double before = m_expQ[fktIndex(f, k, t - 1)];
        const double expected = before > 0 ? last[k] * m_expQ[fktIndex(f, k, t)] / before : 0.0;
        if (m_lineInpatient[k]) {
            ward += expected * m_lineMinutes[k];
            bedDays += expected * m_lengthOfStay[tklIndex(t, k, m_facLevel[f])];
        } else {
            op += expected * m_lineMinutes[k];
        }
    }
    const double opUse = m_capOp[i] > 0 ? op / m_capOp[i] : 0.0;
    double ipUse = m_capWard[i] > 0 ? ward / m_capWard[i] : 0.0;
    if (m_bedCap[f] > 0)
        ipUse = std::max(ipUse, bedDays / m_bedCap[f]);
    const double bw = std::max(0.0, m_in.settings[SettingKey::CoefWait]);
    const double s = std::clamp(m_in.settings[SettingKey::WaitSmoothing], 0.0, 1.0);
    const double opBefore = m_wait[i - 1], ipBefore = m_waitIp[i - 1];
    return {s * opBefore + (1.0 - s) * settledQueue(opUse, bw, opBefore),
            s * ipBefore + (1.0 - s) * settledQueue(ipUse, bw, ipBefore)};
}

void Engine::runMonthRange(int t, int sBegin, int sEnd, FullBuffers &b,
                           const std::vector<char> *lines) const
{
    // Row by row as in contribute(), grouped for speed: a settlement's
    // candidates and the factors of each, but the queue, are looked up once
    // for all its lines, and a row's episodes are summed by level before
    // they go to the township. Each exp-utility is the same product, in the
    // same order, as rowExp()'s.
    const std::size_t K = static_cast<std::size_t>(m_k);
    RowSlots slots;
    RowFlows flows;
    std::array<double, 64> qwOp, qwIp, e;
    std::array<std::size_t, 64> facLine; // fac * K
    std::vector<int> &run = b.runLines;
    run.resize(K);
    // Entry j's exp(static) and exp(quality, out-of-pocket), by line.
    std::array<const double *, 64> expStatic, expQ;
    const RowContext cx = rowContext();
    const bool managedMonth = m_avoidance[t] != 0;
    for (int s = sBegin; s < sEnd; ++s) {
        if (!m_in.settlements[s].active)
            continue;
        const RowSettlement st = rowSettlement(cx, s, t);
        const double home = homeFactor(cx, s, t);
        const double sig = st.signedShare;
        const int w = st.w;
        loadRowSlots(s, slots);
        const int n = slots.n;
        const std::size_t s0 = slot(s, 0);
        const double *demandFactor = &m_demandFactor[twkIndex(t, w, 0)];
        // The lines whose rows run.
        int runLines = 0;
        for (int k = 0; k < m_k; ++k) {
            if (lines && !(*lines)[k])
                continue;
            if (m_lineRate[k] * demandFactor[k] == 0 && !(m_lineManaged[k] && managedMonth))
                continue;
            run[runLines++] = k;
        }
        for (int j = 0; j < n; ++j) {
            const int c = slots.slot[j];
            const std::size_t f = static_cast<std::size_t>(slots.fac[j]);
            const double h = m_candHome[s0 + c] ? home : 1.0;
            qwOp[j] = m_expWait[tfIndex(slots.fac[j], t) * 2] * h;
            qwIp[j] = m_expWait[tfIndex(slots.fac[j], t) * 2 + 1] * h;
            facLine[j] = f * K;
            expStatic[j] = &m_expStatic[(s0 + c) * K];
            expQ[j] = &m_expQ[fktIndex(slots.fac[j], 0, t)];
        }
        for (int r = 0; r < runLines; ++r) {
            const int k = run[r];
            const bool ip = m_lineInpatient[k] != 0;
            const double *qw = ip ? qwIp.data() : qwOp.data();
            double denom = 0;
            for (int j = 0; j < n; ++j) {
                e[j] = expStatic[j][k] * expQ[j][k] * qw[j];
                denom += e[j];
            }
            rowFlows(cx, slots, st, k, t, e.data(), denom, flows);
            const std::size_t wk = static_cast<std::size_t>(w) * m_k + k;
            b.unmet[wk] += flows.unmet;
            b.referrals[2 * wk] += flows.up;
            b.referrals[2 * wk + 1] += flows.down;
            // Level by level, each level's sum in a register (a facility's
            // entries share its level, so its sums add in entry order too);
            // a level without entries adds nothing.
            double *facEp = b.facEp.data() + k;
            double *facBedDays = b.facBedDays.data();
            for (int l = 0; l < kLevels; ++l) {
                const int begin = slots.levelStart[l], end = slots.levelStart[l + 1];
                if (begin == end)
                    continue;
                double sum = 0;
                for (int i = begin; i < end; ++i) {
                    const int j = slots.byLevel[i];
                    facEp[facLine[j]] += flows.episodes[j];
                    sum += flows.episodes[j];
                    if (ip)
                        facBedDays[slots.fac[j]] += flows.bedDays[j];
                }
                const std::size_t ai = (static_cast<std::size_t>(w) * kLevels + l) * m_k + k;
                b.aggE[ai] += sum;
                b.aggS[ai] += sig * sum;
            }
        }
    }
}

std::vector<Engine::FullBuffers> Engine::monthBuffers(int threads) const
{
    const std::size_t aggMonth = static_cast<std::size_t>(m_w) * kLevels * m_k;
    std::vector<FullBuffers> buffers(std::max(1, threads));
    for (FullBuffers &b : buffers) {
        b.facEp.resize(static_cast<std::size_t>(m_f) * m_k);
        b.facBedDays.resize(m_f);
        b.aggE.resize(aggMonth);
        b.aggS.resize(aggMonth);
        b.unmet.resize(static_cast<std::size_t>(m_w) * m_k);
        b.referrals.resize(static_cast<std::size_t>(m_w) * m_k * 2);
        b.lineSums.resize(m_k);
    }
    return buffers;
}

void Engine::runMonthRows(int t, Workers &workers, std::vector<FullBuffers> &buffers,
                          const std::vector<char> *lines, std::vector<int> *touched)
{
    // The rows over contiguous blocks of settlements (each thread its own
    // buffers), then the buffers added up in a fixed order, split over what
    // they add to; adding up reads every value the rows wrote and sets it
    // back to zero, so the buffers need no clearing before the next month.
    const int threads = workers.size();
    auto part = [threads](std::size_t n, int i) { return n * i / threads; };
    workers.run([&](int i) {
        runMonthRange(t, static_cast<int>(part(m_s, i)), static_cast<int>(part(m_s, i + 1)),
                      buffers[i], lines);
    });
    const std::size_t tt = static_cast<std::size_t>(t);
    const std::size_t K = static_cast<std::size_t>(m_k);
    // Values [(r*K + k)*width, +width) of rows r, the marked lines k only:
    // their sums into `to`, the buffers' values zeroed.
    auto sumRows = [&](int i, std::size_t rows, std::size_t width,
                       std::vector<double> FullBuffers::*values, double *to) {
        for (std::size_t r = part(rows, i); r < part(rows, i + 1); ++r)
            for (std::size_t k = 0; k < K; ++k) {
                if (lines && !(*lines)[k])
                    continue;
                for (std::size_t x = (r * K + k) * width; x < (r * K + k + 1) * width; ++x) {
                    double sum = 0;
                    for (FullBuffers &b : buffers) {
                        sum += (b.*values)[x];
                        (b.*values)[x] = 0.0;
                    }
                    to[x] = sum;
                }
            }
    };
    workers.run([&](int i) {
        FullBuffers &mine = buffers[i];
        mine.touched.clear();
        const std::size_t fEnd = part(m_f, i + 1);
        for (std::size_t f = part(m_f, i); f < fEnd; ++f) {
            if (f + kPrefetchAhead < fEnd) {
                const std::size_t ft = (f + kPrefetchAhead) * m_t + tt;
                prefetch(&m_facEpisodes[ft]);
                prefetch(&m_load[ft]);
                prefetch(&m_wardMinutes[ft]);
                prefetch(&m_bedDays[ft]);
            }
            if (lines ? sumFacilityLines(t, f, buffers, *lines, touched != nullptr)
                      : sumFacility(t, f, buffers, mine.lineSums.data(), touched != nullptr))
                mine.touched.push_back(static_cast<int>(f));
        }
        const std::size_t aggMonth = static_cast<std::size_t>(m_w) * kLevels * K;
        sumRows(i, static_cast<std::size_t>(m_w) * kLevels, 1, &FullBuffers::aggE,
                &m_aggE[tt * aggMonth]);
        sumRows(i, static_cast<std::size_t>(m_w) * kLevels, 1, &FullBuffers::aggS,
                &m_aggSigned[tt * aggMonth]);
        const std::size_t wk = static_cast<std::size_t>(m_w) * K;
        sumRows(i, m_w, 1, &FullBuffers::unmet, &m_unmet[tt * wk]);
        sumRows(i, m_w, 2, &FullBuffers::referrals, &m_aggReferrals[2 * tt * wk]);
    });
    if (touched)
        for (const FullBuffers &b : buffers)
            touched->insert(touched->end(), b.touched.begin(), b.touched.end());
    sumCountyMonth(t);
}

bool Engine::sumFacility(int t, std::size_t f, std::vector<FullBuffers> &buffers, double *sums,
                         bool update)
{
    const std::size_t K = static_cast<std::size_t>(m_k);
    double episodes = 0, minutes = 0, ward = 0, bedDays = 0;
    double *line = &m_facLineEpisodes[fktIndex(static_cast<int>(f), 0, t)];
    // A full run sums straight into the facility's line episodes; an update
    // first compares.
    double *to = update ? sums : line;
    std::fill(to, to + K, 0.0);
    for (FullBuffers &b : buffers) {
        double *ep = &b.facEp[f * K];
        for (std::size_t k = 0; k < K; ++k) {
            to[k] += ep[k];
            episodes += ep[k];
            minutes += ep[k] * m_lineMinutes[k];
            if (m_lineInpatient[k])
                ward += ep[k] * m_lineMinutes[k];
            ep[k] = 0.0;
        }
        bedDays += b.facBedDays[f];
        b.facBedDays[f] = 0.0;
    }
    const std::size_t i = f * m_t + t;
    if (update) {
        // An update leaves the facilities whose sums did not move as they were.
        if (std::equal(sums, sums + K, line) && bedDays == m_bedDays[i])
            return false;
        std::copy_n(sums, K, line);
    }
    m_facEpisodes[i] = episodes;
    m_load[i] = minutes;
    m_wardMinutes[i] = ward;
    m_bedDays[i] = bedDays;
    return update;
}

bool Engine::sumFacilityLines(int t, std::size_t f, std::vector<FullBuffers> &buffers,
                              const std::vector<char> &lines, bool update)
{
    // The marked lines' sums from the buffers; the facility's totals from
    // every line's episodes (bed-days: from the buffers when the marked lines
    // are the inpatient ones, as they are then or not at all).
    const std::size_t K = static_cast<std::size_t>(m_k);
    double *line = &m_facLineEpisodes[fktIndex(static_cast<int>(f), 0, t)];
    const std::size_t i = f * m_t + t;
    bool moved = false, inpatient = false;
    for (std::size_t k = 0; k < K; ++k) {
        if (!lines[k])
            continue;
        inpatient = inpatient || m_lineInpatient[k];
        double ep = 0;
        for (FullBuffers &b : buffers) {
            ep += b.facEp[f * K + k];
            b.facEp[f * K + k] = 0.0;
        }
        moved = moved || ep != line[k];
        line[k] = ep;
    }
    double bedDays = 0;
    if (inpatient) {
        for (FullBuffers &b : buffers) {
            bedDays += b.facBedDays[f];
            b.facBedDays[f] = 0.0;
        }
        moved = moved || bedDays != m_bedDays[i];
    }
    // An update leaves the totals of the facilities whose sums did not move as they were.
    if (update && !moved)
        return false;
    double episodes = 0, minutes = 0, ward = 0;
    for (std::size_t k = 0; k < K; ++k) {
        episodes += line[k];
        minutes += line[k] * m_lineMinutes[k];
        if (m_lineInpatient[k])
            ward += line[k] * m_lineMinutes[k];
    }
    m_facEpisodes[i] = episodes;
    m_load[i] = minutes;
    m_wardMinutes[i] = ward;
    if (inpatient)
        m_bedDays[i] = bedDays;
    return update;
}

void Engine::runFull(Workers &workers)
{
    const std::size_t ft = static_cast<std::size_t>(m_f) * m_t;
    m_load.resize(ft);
    m_wardMinutes.resize(ft);
    m_bedDays.resize(ft);
    m_facEpisodes.resize(ft);
    m_facLineEpisodes.resize(ft * m_k);
    // Every queue is computed below.
    m_wait.resize(ft);
    m_waitIp.resize(ft);
    m_expWait.resize(2 * ft);
    const std::size_t aggMonth = static_cast<std::size_t>(m_w) * kLevels * m_k;
    const std::size_t aggSize = static_cast<std::size_t>(m_t) * aggMonth;
    m_aggE.resize(aggSize);
    m_aggSigned.resize(aggSize);
    m_unmet.resize(static_cast<std::size_t>(m_t) * m_w * m_k);
    m_aggReferrals.resize(static_cast<std::size_t>(m_t) * m_w * m_k * 2);
    const std::size_t lk = static_cast<std::size_t>(kLevels) * m_k;
    m_countyE.resize(static_cast<std::size_t>(m_t) * lk);
    m_countySigned.resize(m_countyE.size());
    m_countyUnmet.resize(static_cast<std::size_t>(m_t) * m_k);
    m_countyReferrals.resize(static_cast<std::size_t>(m_t) * m_k * 2);

    // Each month: the queues split over facilities, then the rows.
    std::vector<FullBuffers> buffers = monthBuffers(workers.size());
    compileRowSlots(workers);
    const int threads = workers.size();
    auto part = [threads](int n, int i) {
        return static_cast<int>(static_cast<long long>(n) * i / threads);
    };
    for (int t = 0; t < m_t; ++t) {
        // A new year: the alliance's incentive follows its last settlement.
        if (t > 0 && yearOf(t) != yearOf(t - 1)) {
            const int year = yearOf(t);
            const int regime = regimeOf(year);
            if (regime != m_regime[year]) {
                m_regime[year] = regime;
                compileResponse(t, m_t);
            }
        }
        workers.run([&](int i) { computeWaits(t, part(m_f, i), part(m_f, i + 1)); });
        runMonthRows(t, workers, buffers);
    }
    m_stats = UpdateStats{true, 0, static_cast<long long>(m_s) * m_k * m_t};
    finalize(0, Scope{}, &workers); // a default scope: everything
}

} // namespace cc::sim
