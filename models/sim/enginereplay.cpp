// Incremental updates, month by month from the first change: factors,
// queues, rows (DESIGN.md "Incremental engine").
#include "models/sim/engineupdate.h"
#include "models/sim/workers.h"

#include <algorithm>
#include <cmath>

namespace cc::sim {

bool Engine::regimeMoved(Update &u, int year, int yearStart)
{
    // The alliance's incentive in a year follows its position at the end of the
    // year before (compileResponse()): where the rows changed that position,
    // the next year's rows are redone with the new incentive.
    const int regime = regimeOf(year);
    if (regime == m_regime[year])
        return false;
    m_regime[year] = regime;
    compileResponse(yearStart, m_t);
    for (int v = yearStart; v < m_t && yearOf(v) == year; ++v) {
        u.policyDirty[v] = 1;
        u.lastDirect = std::max(u.lastDirect, v);
    }
    for (int w = 0; w < m_w; ++w)
        u.townshipFrom(w, yearStart);
    return true;
}

int Engine::replayMonths(Update &u)
{
    int t = u.first;
    for (; t < m_t; ++t) {
        if (t > u.lastDirect && u.touchedPrev.empty() && u.waitDirtyPrev.empty() &&
            u.appealMovedPrev.empty() && !u.appealMovedPrevAll) {
            // Nothing moves from here on, but for a later year's incentive.
            int next = m_t;
            for (int v = t; v < m_t && next == m_t; ++v)
                if (v > 0 && yearOf(v) != yearOf(v - 1) && regimeMoved(u, yearOf(v), v))
                    next = v;
            if (next == m_t)
                break;
            t = next;
        } else if (t > 0 && yearOf(t) != yearOf(t - 1)) {
            regimeMoved(u, yearOf(t), t);
        }
        std::vector<int> appealMoved; // facilities whose factors of month t changed
        writeMonthFactors(u, t, appealMoved);
        updateQueues(u, t, appealMoved);
        redoRows(u, t);
        endMonth(u);
    }
    return t;
}

void Engine::keepFactors(Update &u, int f, int t)
{
    if (u.keptIndex[f] >= 0)
        return;
    u.keptIndex[f] = static_cast<int>(u.keptList.size());
    u.keptList.push_back(f);
    // Facilities whose factors were recompiled: the copy made before.
    const double *q = u.everyFacility ? &u.keptMonthQ[static_cast<std::size_t>(f) * m_k]
                                      : &m_expQ[fktIndex(f, 0, t)];
    u.keptQ.insert(u.keptQ.end(), q, q + m_k);
    u.keptWait.push_back(m_expWait[tfIndex(f, t) * 2]);
    u.keptWait.push_back(m_expWait[tfIndex(f, t) * 2 + 1]);
}

void Engine::writeMonthFactors(Update &u, int t, std::vector<int> &appealMoved)
{
    // Keep the old factors of month t, then write the new ones.
    u.everyFacility = u.policyDirty[t] || u.anyLine;
    u.queuesAll = u.everyFacility;
    if (u.everyFacility && scheduleOnly(u)) {
        // A schedule edit moves the factors of the facilities whose prices
        // moved (by line and level); their queues, and every queue when the
        // days in bed moved, are checked again.
        const std::size_t K = static_cast<std::size_t>(m_k);
        u.pricesMoved.assign(K * kLevels, 0);
        bool stay = false;
        for (int k = 0; k < m_k; ++k)
            for (int l = 0; l < kLevels; ++l) {
                const std::size_t i = tklIndex(t, k, l);
                u.pricesMoved[k * kLevels + l] = u.oldOopChoice[i] != m_oopChoice[i];
                stay = stay || u.oldStay[i] != m_lengthOfStay[i];
            }
        u.keptMonthQ.resize(static_cast<std::size_t>(m_f) * K);
        compileExpQMonth(t, u.keptMonthQ.data(), workers(), &u.pricesMoved);
        for (int f = 0; f < m_f; ++f)
            if (!std::equal(&m_expQ[fktIndex(f, 0, t)], &m_expQ[fktIndex(f, 0, t)] + K,
                            &u.keptMonthQ[f * K]))
                appealMoved.push_back(f);
        u.queuesAll = stay;
    } else if (u.everyFacility) {
        u.keptMonthQ.resize(static_cast<std::size_t>(m_f) * m_k);
        compileExpQMonth(t, u.keptMonthQ.data(), workers());
        // Their rows are redone for every line, not only the edited ones.
        for (const DirtyFacility &d : u.dirtyFacilities)
            if (d.month[t])
                keepFactors(u, d.f, t);
    } else {
        for (const DirtyFacility &d : u.dirtyFacilities)
            if (d.month[t]) {
                keepFactors(u, d.f, t);
                appealMoved.push_back(d.f);
                for (int k = 0; k < m_k; ++k)
                    m_expQ[fktIndex(d.f, k, t)] = expQAt(d.f, k, t);
            }
    }
}

void Engine::updateQueues(Update &u, int t, std::vector<int> &appealMoved)
{
    // Congestion: the facilities whose last-month patients, appeal (this
    // month's or last month's) or capacity moved, and last month's queues
    // carried forward.
    std::vector<int> waitDirty;
    std::vector<Waits> newWait;
    if (m_in.settings.flag(SettingKey::CongestionOn) && t > 0) {
        std::vector<int> &check = u.check;
        check.clear();
        if (u.queuesAll || u.appealMovedPrevAll) {
            check.resize(m_f);
            for (int f = 0; f < m_f; ++f)
                check[f] = f;
        } else {
            // In facility order: marked, then collected (sorted when few).
            u.checkMark.resize(m_f, 0);
            auto mark = [&](int f) {
                if (!u.checkMark[f]) {
                    u.checkMark[f] = 1;
                    check.push_back(f);
                }
            };
            for (const std::vector<int> *list :
                 {&u.touchedPrev, &u.waitDirtyPrev, &appealMoved, &u.appealMovedPrev})
                for (int f : *list)
                    mark(f);
            for (const DirtyFacility &d : u.dirtyFacilities)
                if (d.capacity[t])
                    mark(d.f);
            if (check.size() * 8 < static_cast<std::size_t>(m_f)) {
                std::sort(check.begin(), check.end());
            } else {
                check.clear();
                for (int f = 0; f < m_f; ++f)
                    if (u.checkMark[f])
                        check.push_back(f);
            }
            for (int f : check)
                u.checkMark[f] = 0;
        }
        // Many queues (a policy month): computed on the engine's threads.
        std::vector<Waits> &computed = u.computed;
        computed.clear();
        Workers &threads = workers();
        if (threads.size() > 1 && check.size() >= kParallelQueues) {
            computed.resize(check.size());
            const std::size_t n = check.size(), parts = static_cast<std::size_t>(threads.size());
            threads.run([&](int p) {
                for (std::size_t j = n * p / parts; j < n * (p + 1) / parts; ++j)
                    computed[j] = waitAt(check[j], t);
            });
        }
        for (std::size_t j = 0; j < check.size(); ++j) {
            const int f = check[j];
            const std::size_t i = ftIndex(f, t);
            const Waits w = computed.empty() ? waitAt(f, t) : computed[j];
            if (std::abs(w.outpatient - m_wait[i]) > m_options.waitTolerance ||
                std::abs(w.inpatient - m_waitIp[i]) > m_options.waitTolerance) {
                keepFactors(u, f, t);
                waitDirty.push_back(f);
                newWait.push_back(w);
                u.facilityLoadChanged(f); // the unit's congestion indicators move
            }
        }
    }
    u.waitDirtyPrev = waitDirty;
    u.appealMovedPrev.swap(appealMoved);
    u.appealMovedPrevAll = u.queuesAll;
    for (std::size_t i = 0; i < waitDirty.size(); ++i)
        setWait(waitDirty[i], t, newWait[i]);
    u.kept = MonthFactors{u.keptIndex.data(), u.keptQ.data(), u.keptWait.data(),
                          u.everyFacility ? u.keptMonthQ.data() : nullptr};
}

bool Engine::homeBedsMoved(const Update &u, int s, int k) const
{
    // A row whose home centre's beds changed moves recovery days
    // differently even with the same choice factors.
    if (!m_lineInpatient[k])
        return false;
    const std::size_t s0 = slot(s, 0);
    for (int c = 0; c < m_c; ++c) {
        const int f = m_candFac[s0 + c];
        if (f >= 0 && m_candHome[s0 + c] && u.bedsMoved[f])
            return true;
    }
    return false;
}

void Engine::redoRow(Update &u, int s, int k, int t, bool whole) const
{
    const bool beds = !whole && homeBedsMoved(u, s, k);
    const int *keptIndex = u.keptIndex.data();
    const double *keptQ = u.keptQ.data(), *keptWait = u.keptWait.data();
    if (!whole && !u.kept.monthQ && !beds) {
        // Nothing to do unless a kept facility's factor for this line moved.
        const std::size_t s0 = slot(s, 0);
        const int ip = m_lineInpatient[k];
        bool moved = false;
        for (int c = 0; c < m_c && !moved; ++c) {
            const int f = m_candFac[s0 + c];
            const int i = f >= 0 ? keptIndex[f] : -1;
            moved = i >= 0 &&
                    (keptQ[static_cast<std::size_t>(i) * m_k + k] != m_expQ[fktIndex(f, k, t)] ||
                     keptWait[static_cast<std::size_t>(i) * 2 + ip] !=
                         m_expWait[tfIndex(f, t) * 2 + ip]);
        }
        if (!moved)
            return;
    }
    ++u.rows;
    double *oldE = u.oldE.data(), *newE = u.newE.data();
    const double newDenom = rowExp(u.newCx, s, k, t, u.newHome, newE);
    double oldDenom = 0;
    if (!whole && !u.kept.monthQ) {
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
                                  (m_candHome[s0 + c] ? u.oldHome : 1.0);
            differs = differs || oldE[c] != newE[c];
            oldDenom += oldE[c];
        }
        if (!differs && !beds)
            return;
    } else {
        oldDenom = rowExp(u.oldCx, s, k, t, u.oldHome, oldE);
        if (!whole && !beds && std::equal(oldE, oldE + m_c, newE))
            return;
    }
    // Take the old contribution out with the old values, put the new in.
    if (!u.settStatic[s] && !u.lineDirty[k] && !u.levelChanged) {
        contributeChange(u.oldCx, u.newCx, s, k, t, oldE, oldDenom, newE, newDenom, u.sink);
    } else {
        contribute(u.oldCx, s, k, t, -1.0, oldE, oldDenom, u.sink);
        contribute(u.newCx, s, k, t, 1.0, newE, newDenom, u.sink);
    }
}

void Engine::redoRows(Update &u, int t)
{
    // Rows to redo: whole rows (settlement, line or policy changed) and
    // rows with a candidate whose capability or queue changed.
    u.maskList.clear();
    const bool allRows = u.policyDirty[t] != 0;
    if (allRows && policyMonthLines(u, t, u.monthLines)) {
        // A policy edit whose month changes the factors of some lines only
        // (a reimbursement ratio for admissions): those lines' rows run whole.
        const long long lines = std::count(u.monthLines.begin(), u.monthLines.end(), 1);
        if (lines > 0) {
            rerunMonthRows(t, u.buffers, u.touched, &u.monthLines);
            u.rows += static_cast<long long>(m_s) * lines;
            for (int w = 0; w < m_w; ++w)
                u.townshipFrom(w, t);
        }
        return;
    }
    for (int f : u.keptList)
        for (int sl : m_slotsOf[f]) {
            const int s = sl / m_c;
            if (!u.mask[s]) {
                u.mask[s] = 1;
                u.maskList.push_back(s);
            }
        }
    // Where most of the month's rows would be redone, taking each out and
    // putting it back costs several times what a full run pays per row: the
    // month is run again as a full run runs it.
    long long candidateRows = static_cast<long long>(m_s) * m_k;
    if (!allRows) {
        const long long whole = std::min<long long>(m_s, static_cast<long long>(u.maskList.size()) +
                                                             u.staticSettlements);
        candidateRows = whole * m_k + (u.anyLine ? (m_s - whole) * u.dirtyLines : 0);
    }
    if (candidateRows >= kWholeMonthShare * m_s * m_k) {
        rerunMonthRows(t, u.buffers, u.touched);
        u.rows += static_cast<long long>(m_s) * m_k;
        for (int w = 0; w < m_w; ++w)
            u.townshipFrom(w, t);
        return;
    }

    u.sink = engineSink(t);
    u.sink.touched = &u.touched;
    u.sink.touchedMark = &u.touchedMark;
    const std::size_t lk = static_cast<std::size_t>(kLevels) * m_k;
    u.sink.countyE = m_countyE.data() + t * lk;
    u.sink.countySigned = m_countySigned.data() + t * lk;
    u.sink.countyUnmet = m_countyUnmet.data() + static_cast<std::size_t>(t) * m_k;
    u.sink.countyReferrals = m_countyReferrals.data() + static_cast<std::size_t>(t) * m_k * 2;
    u.sink.townshipFirst = u.scope.townshipFirst.data();
    u.sink.month = t;
    if (!allRows && !u.anyStatic && !u.anyLine) {
        // Only the rows of facilities that changed.
        for (int s : u.maskList) {
            u.oldHome = homeFactor(u.oldCx, s, t);
            u.newHome = homeFactor(u.newCx, s, t);
            for (int k = 0; k < m_k; ++k)
                redoRow(u, s, k, t, false);
        }
        return;
    }
    for (int s = 0; s < m_s; ++s) {
        const bool wholeSettlement = allRows || u.settStatic[s];
        if (!wholeSettlement && !u.anyLine && !u.mask[s])
            continue;
        u.oldHome = homeFactor(u.oldCx, s, t);
        u.newHome = homeFactor(u.newCx, s, t);
        for (int k = 0; k < m_k; ++k) {
            if (wholeSettlement || u.lineDirty[k])
                redoRow(u, s, k, t, true);
            else if (u.mask[s])
                redoRow(u, s, k, t, false);
        }
    }
}

bool Engine::scheduleOnly(const Update &u) const
{
    return u.ch.schedule && !u.anyStatic && !u.anyLine && !u.settlementsChange &&
           u.dirtyFacilities.empty() && !u.oldDemandFactor.empty();
}

bool Engine::policyMonthLines(const Update &u, int t, std::vector<char> &lines) const
{
    // Only for an edit of the schedule alone: settlements, lines and
    // facilities keep their rows' other inputs.
    if (!scheduleOnly(u) || !u.kept.monthQ)
        return false;
    // What every row of the month reads: signing, the response, referrals.
    const std::size_t tt = static_cast<std::size_t>(t);
    if (u.oldRamp[tt] != m_rampFraction[tt] || u.oldTarget[tt] != m_signingTarget[tt] ||
        u.oldAvoidance[tt] != m_avoidance[tt] || u.oldReferral[2 * tt] != m_referral[2 * tt] ||
        u.oldReferral[2 * tt + 1] != m_referral[2 * tt + 1] ||
        u.oldLineAvoidable != m_lineAvoidable ||
        !std::equal(&m_avoidableRate[tt * m_w], &m_avoidableRate[tt * m_w] + m_w,
                    &u.oldAvoidableRate[tt * m_w]))
        return false;
    lines.assign(m_k, 0);
    const std::size_t K = static_cast<std::size_t>(m_k);
    // The facilities whose factors moved this month (writeMonthFactors()).
    for (int f : u.appealMovedPrev) {
        const double *before = u.kept.monthQ + static_cast<std::size_t>(f) * K;
        const double *now = &m_expQ[fktIndex(f, 0, t)];
        for (std::size_t k = 0; k < K; ++k)
            lines[k] = lines[k] || before[k] != now[k];
    }
    for (int w = 0; w < m_w; ++w)
        for (int k = 0; k < m_k; ++k)
            lines[k] = lines[k] ||
                       u.oldDemandFactor[twkIndex(t, w, k)] != m_demandFactor[twkIndex(t, w, k)];
    for (int k = 0; k < m_k; ++k)
        for (int l = 0; l < kLevels; ++l)
            lines[k] =
                lines[k] || u.oldStay[tklIndex(t, k, l)] != m_lengthOfStay[tklIndex(t, k, l)];
    // Queues that moved this month: outpatient lines, inpatient lines.
    bool op = false, ip = false;
    for (int f : u.keptList) {
        const std::size_t i = static_cast<std::size_t>(u.keptIndex[f]) * 2;
        op = op || u.keptWait[i] != m_expWait[tfIndex(f, t) * 2];
        ip = ip || u.keptWait[i + 1] != m_expWait[tfIndex(f, t) * 2 + 1];
    }
    bool anyInpatient = false;
    for (int k = 0; k < m_k; ++k) {
        lines[k] = lines[k] || (m_lineInpatient[k] ? ip : op);
        anyInpatient = anyInpatient || (lines[k] && m_lineInpatient[k]);
    }
    // Bed-days are summed over the inpatient lines: all of them or none.
    bool all = true;
    for (int k = 0; k < m_k; ++k) {
        lines[k] = lines[k] || (anyInpatient && m_lineInpatient[k]);
        all = all && lines[k];
    }
    return !all;
}

bool Engine::fullRunCheaper(const Update &u) const
{
    // Months before the first change keep their rows; a month of a policy
    // edit, or with most of its settlements' rows redone, runs whole.
    if (u.first > 0)
        return false;
    const bool mostRows = u.anyLine || u.staticSettlements >= kWholeMonthShare * m_s;
    if (mostRows)
        return true;
    for (int t = 0; t < m_t; ++t)
        if (!u.policyDirty[t])
            return false;
    // Every month's policy moved. A reimbursement ratio for admissions keeps
    // the outpatient lines' rows (policyMonthLines()): about a third of a
    // full run's rows are redone, and the update costs less than the run.
    return !someLinesKept(u);
}

bool Engine::someLinesKept(const Update &u) const
{
    if (!scheduleOnly(u))
        return false;
    if (u.oldRamp != m_rampFraction || u.oldTarget != m_signingTarget ||
        u.oldAvoidance != m_avoidance || u.oldReferral != m_referral ||
        u.oldLineAvoidable != m_lineAvoidable || u.oldAvoidableRate != m_avoidableRate)
        return false;
    bool outpatient = false, inpatient = false;
    for (int k = 0; k < m_k; ++k) {
        bool moved = false;
        for (int t = 0; t < m_t && !moved; ++t) {
            for (int l = 0; l < kLevels; ++l) {
                const std::size_t i = tklIndex(t, k, l);
                moved = moved || u.oldOopChoice[i] != m_oopChoice[i] ||
                        u.oldStay[i] != m_lengthOfStay[i];
            }
            for (int w = 0; w < m_w; ++w)
                moved = moved ||
                        u.oldDemandFactor[twkIndex(t, w, k)] != m_demandFactor[twkIndex(t, w, k)];
        }
        (m_lineInpatient[k] ? inpatient : outpatient) |= moved;
    }
    return !(outpatient && inpatient);
}

void Engine::rerunMonthRows(int t, std::vector<FullBuffers> &buffers, std::vector<int> &touched,
                            const std::vector<char> *lines)
{
    Workers &threads = workers();
    if (buffers.empty()) {
        // The update's first month run whole: its candidates are final.
        buffers = monthBuffers(threads.size());
        compileRowSlots(threads);
    }
    runMonthRows(t, threads, buffers, lines, &touched);
}

void Engine::endMonth(Update &u)
{
    for (int f : u.keptList)
        u.keptIndex[f] = -1;
    u.keptList.clear();
    u.keptQ.clear();
    u.keptWait.clear();
    for (int s : u.maskList)
        u.mask[s] = 0;
    for (int f : u.touched) {
        u.touchedMark[f] = 0;
        u.facilityLoadChanged(f);
    }
    u.touchedPrev.swap(u.touched);
    u.touched.clear();
}

} // namespace cc::sim
