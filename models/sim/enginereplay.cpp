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
    u.keptWait.push_back(m_expWait[ftIndex(f, t) * 2]);
    u.keptWait.push_back(m_expWait[ftIndex(f, t) * 2 + 1]);
}

void Engine::writeMonthFactors(Update &u, int t, std::vector<int> &appealMoved)
{
    // Keep the old factors of month t, then write the new ones.
    u.everyFacility = u.policyDirty[t] || u.anyLine;
    if (u.everyFacility) {
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
        std::vector<int> check;
        if (u.everyFacility || u.appealMovedPrevAll) {
            check.resize(m_f);
            for (int f = 0; f < m_f; ++f)
                check[f] = f;
        } else {
            check = u.touchedPrev;
            check.insert(check.end(), u.waitDirtyPrev.begin(), u.waitDirtyPrev.end());
            check.insert(check.end(), appealMoved.begin(), appealMoved.end());
            check.insert(check.end(), u.appealMovedPrev.begin(), u.appealMovedPrev.end());
            for (const DirtyFacility &d : u.dirtyFacilities)
                if (d.capacity[t])
                    check.push_back(d.f);
            std::sort(check.begin(), check.end());
            check.erase(std::unique(check.begin(), check.end()), check.end());
        }
        // Many queues (a policy month): computed on the engine's threads.
        std::vector<Waits> computed;
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
    u.appealMovedPrevAll = u.everyFacility;
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
                         m_expWait[ftIndex(f, t) * 2 + ip]);
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
    for (int f : u.keptList)
        for (int sl : m_slotsOf[f]) {
            const int s = sl / m_c;
            if (!u.mask[s]) {
                u.mask[s] = 1;
                u.maskList.push_back(s);
            }
        }
    const bool allRows = u.policyDirty[t] != 0;
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

void Engine::rerunMonthRows(int t, std::vector<FullBuffers> &buffers, std::vector<int> &touched)
{
    Workers &threads = workers();
    if (buffers.empty())
        buffers = monthBuffers(threads.size());
    // The facilities whose sums move: their queues next month and their
    // units' indicators follow.
    const std::size_t width = static_cast<std::size_t>(m_k) + 1;
    std::vector<double> before(static_cast<std::size_t>(m_f) * width);
    for (int f = 0; f < m_f; ++f) {
        double *b = &before[static_cast<std::size_t>(f) * width];
        std::copy_n(&m_facLineEpisodes[ftIndex(f, t) * m_k], m_k, b);
        b[m_k] = m_bedDays[ftIndex(f, t)];
    }
    runMonthRows(t, threads, buffers);
    for (int f = 0; f < m_f; ++f) {
        const double *b = &before[static_cast<std::size_t>(f) * width];
        if (!std::equal(b, b + m_k, &m_facLineEpisodes[ftIndex(f, t) * m_k]) ||
            b[m_k] != m_bedDays[ftIndex(f, t)])
            touched.push_back(f);
    }
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
