// The month loop: utilities, softmax rows and their contributions.
#include "models/sim/engine.h"
#include "models/sim/workers.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <thread>

namespace cc::sim {

Engine::RowContext Engine::currentContext() const
{
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
    return cx;
}

Engine::MonthSink Engine::engineSink(int t)
{
    MonthSink sink{};
    sink.load = m_load.data() + t;
    sink.facEpisodes = m_facEpisodes.data() + t;
    sink.facStride = static_cast<std::size_t>(m_t);
    sink.aggE = m_aggE.data() + aggIndex(t, 0, 0, 0);
    sink.aggSigned = m_aggSigned.data() + aggIndex(t, 0, 0, 0);
    sink.unmet = m_unmet.data() + static_cast<std::size_t>(t) * m_w * m_k;
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
    double denom = 0;
    if (!old) {
        // The current factors (full runs and the new side of updates).
        for (int c = 0; c < m_c; ++c) {
            const int f = cand[c];
            e[c] = f < 0
                       ? 0.0
                       : expStatic[static_cast<std::size_t>(c) * m_k] * m_expQ[fktIndex(f, k, t)] *
                             m_expWait[static_cast<std::size_t>(f) * m_t + t] *
                             (isHome[c] ? home : 1.0);
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
            w = old->expWait[kept];
        } else {
            q = old->monthQ ? old->monthQ[static_cast<std::size_t>(f) * m_k + k]
                            : m_expQ[fktIndex(f, k, t)];
            w = m_expWait[static_cast<std::size_t>(f) * m_t + t];
        }
        e[c] = expStatic[static_cast<std::size_t>(c) * m_k] * q * w * (isHome[c] ? home : 1.0);
        denom += e[c];
    }
    return denom;
}

void Engine::contribute(const RowContext &cx, int s, int k, int t, double sign, const double *e,
                        double denom, const MonthSink &sink) const
{
    const Settlement &st = (*cx.settlements)[s];
    if (!st.active)
        return;
    const double demand = st.population * (*cx.lineRate)[k] / 12.0;
    if (demand == 0)
        return;
    const int w = std::clamp(st.township, 0, m_w - 1);
    if (sink.townshipFirst && sink.townshipFirst[w] > sink.month)
        sink.townshipFirst[w] = sink.month;
    if (!(denom > 0)) {
        sink.unmet[static_cast<std::size_t>(w) * m_k + k] += sign * demand;
        if (sink.countyUnmet)
            sink.countyUnmet[k] += sign * demand;
        return;
    }
    const double sig = signedShare(cx, s, t);
    const double minutes = (*cx.lineMinutes)[k];
    const int *cand = &(*cx.candFac)[slot(s, 0)];
    // When every candidate's exp(utility) is near underflow the denominator
    // is tiny and demand / denom would overflow to infinity (and poison the
    // loads and the fund): then divide each e[c] first, which is at most 1.
    const bool tiny = denom < 1e-200;
    const double scale = tiny ? sign * demand : sign * demand / denom;
    for (int c = 0; c < m_c; ++c) {
        const int f = cand[c];
        if (f < 0 || e[c] == 0)
            continue;
        const double ep = tiny ? scale * (e[c] / denom) : scale * e[c];
        addEpisodes(sink, f, (*cx.facLevel)[f], w, k, ep, minutes, sig * ep);
    }
}

void Engine::contributeChange(const RowContext &oldCx, const RowContext &newCx, int s, int k, int t,
                              const double *oldE, double oldDenom, const double *newE,
                              double newDenom, const MonthSink &sink) const
{
    // The settlement, its candidates, their levels and the line are the same
    // before and after: one pass adds the differences.
    const Settlement &st = (*newCx.settlements)[s];
    const double demand = st.active ? st.population * (*newCx.lineRate)[k] / 12.0 : 0.0;
    if (demand == 0)
        return;
    if (!(oldDenom > 0) || !(newDenom > 0) || oldDenom < 1e-200 || newDenom < 1e-200) {
        contribute(oldCx, s, k, t, -1.0, oldE, oldDenom, sink);
        contribute(newCx, s, k, t, 1.0, newE, newDenom, sink);
        return;
    }
    const int w = std::clamp(st.township, 0, m_w - 1);
    if (sink.townshipFirst && sink.townshipFirst[w] > sink.month)
        sink.townshipFirst[w] = sink.month;
    const double sigOld = signedShare(oldCx, s, t), sigNew = signedShare(newCx, s, t);
    const double minutes = (*newCx.lineMinutes)[k];
    const double oldScale = demand / oldDenom, newScale = demand / newDenom;
    const int *cand = &(*newCx.candFac)[slot(s, 0)];
    // Facilities one by one, the township's and county's sums by level.
    std::array<double, kLevels> byLevel{}, signedByLevel{};
    for (int c = 0; c < m_c; ++c) {
        const int f = cand[c];
        if (f < 0)
            continue;
        const double before = oldScale * oldE[c], after = newScale * newE[c];
        if (before == after && sigOld == sigNew)
            continue;
        const double episodes = after - before;
        const std::size_t fi = static_cast<std::size_t>(f) * sink.facStride;
        sink.load[fi] += episodes * minutes;
        sink.facEpisodes[fi] += episodes;
        const int level = (*newCx.facLevel)[f];
        byLevel[level] += episodes;
        signedByLevel[level] += sigNew * after - sigOld * before;
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
                         double minutes, double signedEpisodes) const
{
    const std::size_t fi = static_cast<std::size_t>(f) * sink.facStride;
    sink.load[fi] += episodes * minutes;
    sink.facEpisodes[fi] += episodes;
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
    for (int f = fBegin; f < fEnd; ++f)
        setWait(f, t, waitAt(f, t));
}

void Engine::setWait(int f, int t, double wait)
{
    const std::size_t i = static_cast<std::size_t>(f) * m_t + t;
    m_wait[i] = wait;
    m_expWait[i] = wait == 0.0 ? 1.0 : clampedExp(-m_in.settings[SettingKey::CoefWait] * wait);
}

double Engine::waitAt(int f, int t) const
{
    // Congestion is lagged one month: last month's workload against this
    // month's staff time (DESIGN.md), smoothed (Settings::waitSmoothing).
    // Facilities without staff never queue.
    const std::size_t i = static_cast<std::size_t>(f) * m_t + t;
    if (!m_in.settings.flag(SettingKey::CongestionOn) || t == 0)
        return 0.0;
    const double excess =
        m_capMinutes[i] > 0 ? std::max(0.0, m_load[i - 1] / m_capMinutes[i] - 1.0) : 0.0;
    const double s = std::clamp(m_in.settings[SettingKey::WaitSmoothing], 0.0, 1.0);
    return s * m_wait[i - 1] + (1.0 - s) * excess;
}

void Engine::runMonthRange(int t, int sBegin, int sEnd, FullBuffers &b) const
{
    // Row by row as in contribute(), grouped for speed: a candidate's queue
    // and signing factors are looked up once for all lines, and a row's
    // episodes are summed by level before they go to the township.
    std::array<double, 64> qw{}, e{};
    std::array<const double *, 64> q{};
    std::array<int, 64> fac{};
    const RowContext cx = currentContext();
    for (int s = sBegin; s < sEnd; ++s) {
        const Settlement &st = m_in.settlements[s];
        if (!st.active)
            continue;
        const double home = homeFactor(cx, s, t);
        const double sig = signedShare(cx, s, t);
        const int w = std::clamp(st.township, 0, m_w - 1);
        const std::size_t s0 = slot(s, 0);
        for (int c = 0; c < m_c; ++c) {
            const int f = m_candFac[s0 + c];
            fac[c] = f;
            if (f < 0)
                continue;
            qw[c] = m_expWait[static_cast<std::size_t>(f) * m_t + t] *
                    (m_candHome[s0 + c] ? home : 1.0);
            q[c] = &m_expQ[fktIndex(f, 0, t)];
        }
        const double *expStatic = &m_expStatic[s0 * m_k];
        for (int k = 0; k < m_k; ++k) {
            const double demand = st.population * m_lineRate[k] / 12.0;
            if (demand == 0)
                continue;
            double denom = 0;
            for (int c = 0; c < m_c; ++c) {
                e[c] = fac[c] < 0
                           ? 0.0
                           : expStatic[static_cast<std::size_t>(c) * m_k + k] * q[c][k] * qw[c];
                denom += e[c];
            }
            if (!(denom > 0)) {
                b.unmet[static_cast<std::size_t>(w) * m_k + k] += demand;
                continue;
            }
            const bool tiny = denom < 1e-200; // see contribute()
            const double scale = tiny ? demand : demand / denom;
            std::array<double, kLevels> byLevel{};
            for (int c = 0; c < m_c; ++c) {
                if (fac[c] < 0 || e[c] == 0)
                    continue;
                const double ep = tiny ? scale * (e[c] / denom) : scale * e[c];
                b.facEp[static_cast<std::size_t>(fac[c]) * m_k + k] += ep;
                byLevel[m_facLevel[fac[c]]] += ep;
            }
            for (int l = 0; l < kLevels; ++l) {
                const std::size_t ai = (static_cast<std::size_t>(w) * kLevels + l) * m_k + k;
                b.aggE[ai] += byLevel[l];
                b.aggS[ai] += sig * byLevel[l];
            }
        }
    }
}

void Engine::runFull(Workers &workers)
{
    const std::size_t ft = static_cast<std::size_t>(m_f) * m_t;
    m_load.resize(ft);
    m_facEpisodes.resize(ft);
    // Every queue is computed below.
    m_wait.resize(ft);
    m_expWait.resize(ft);
    const std::size_t aggMonth = static_cast<std::size_t>(m_w) * kLevels * m_k;
    const std::size_t aggSize = static_cast<std::size_t>(m_t) * aggMonth;
    m_aggE.resize(aggSize);
    m_aggSigned.resize(aggSize);
    m_unmet.resize(static_cast<std::size_t>(m_t) * m_w * m_k);

    // Each month: the queues split over facilities, the rows over contiguous
    // blocks of settlements (each thread its own buffers), then the buffers
    // added up in a fixed order, split over what they add to.
    const int threads = workers.size();
    std::vector<FullBuffers> buffers(threads);
    for (FullBuffers &b : buffers) {
        b.facEp.resize(static_cast<std::size_t>(m_f) * m_k);
        b.aggE.resize(aggMonth);
        b.aggS.resize(aggMonth);
        b.unmet.resize(static_cast<std::size_t>(m_w) * m_k);
    }
    auto inParallel = [&workers](const std::function<void(int)> &work) { workers.run(work); };
    auto part = [threads](std::size_t n, int i) { return n * i / threads; };
    for (int t = 0; t < m_t; ++t) {
        inParallel([&](int i) {
            computeWaits(t, static_cast<int>(part(m_f, i)), static_cast<int>(part(m_f, i + 1)));
        });
        inParallel([&](int i) {
            FullBuffers &b = buffers[i];
            std::fill(b.facEp.begin(), b.facEp.end(), 0.0);
            std::fill(b.aggE.begin(), b.aggE.end(), 0.0);
            std::fill(b.aggS.begin(), b.aggS.end(), 0.0);
            std::fill(b.unmet.begin(), b.unmet.end(), 0.0);
            runMonthRange(t, static_cast<int>(part(m_s, i)), static_cast<int>(part(m_s, i + 1)), b);
        });
        inParallel([&](int i) {
            for (std::size_t f = part(m_f, i); f < part(m_f, i + 1); ++f) {
                double episodes = 0, minutes = 0;
                for (const FullBuffers &b : buffers)
                    for (int k = 0; k < m_k; ++k) {
                        const double ep = b.facEp[f * m_k + k];
                        episodes += ep;
                        minutes += ep * m_lineMinutes[k];
                    }
                m_facEpisodes[f * m_t + t] = episodes;
                m_load[f * m_t + t] = minutes;
            }
            double *aggE = &m_aggE[t * aggMonth], *aggS = &m_aggSigned[t * aggMonth];
            for (std::size_t j = part(aggMonth, i); j < part(aggMonth, i + 1); ++j) {
                double sumE = 0, sumS = 0;
                for (const FullBuffers &b : buffers) {
                    sumE += b.aggE[j];
                    sumS += b.aggS[j];
                }
                aggE[j] = sumE;
                aggS[j] = sumS;
            }
            const std::size_t wk = static_cast<std::size_t>(m_w) * m_k;
            double *unmet = &m_unmet[t * wk];
            for (std::size_t j = part(wk, i); j < part(wk, i + 1); ++j) {
                double sum = 0;
                for (const FullBuffers &b : buffers)
                    sum += b.unmet[j];
                unmet[j] = sum;
            }
        });
    }
    m_stats = UpdateStats{true, 0, static_cast<long long>(m_s) * m_k * m_t};
    sumCounty();
    finalize(0, Scope{}, &workers); // a default scope: everything
}

} // namespace cc::sim
