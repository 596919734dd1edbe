// The month loop: utilities, softmax rows and their contributions.
#include "models/sim/engine.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace cc::sim {

Engine::RowContext Engine::currentContext() const
{
    return RowContext{&m_in.settlements, &m_candFac,      &m_facLevel,     &m_lineRate,
                      &m_lineMinutes,    &m_rampFraction, &m_signingTarget};
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

void Engine::contribute(const RowContext &cx, int s, int k, int t, double sign,
                        const MonthSink &sink) const
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
    const std::size_t ri = rowIndex(s, k, t);
    const double denom = m_denom[ri];
    if (!(denom > 0)) {
        sink.unmet[static_cast<std::size_t>(w) * m_k + k] += sign * demand;
        if (sink.countyUnmet)
            sink.countyUnmet[k] += sign * demand;
        return;
    }
    const double sig = std::clamp(st.signedShare + ((*cx.signingTarget)[t] - st.signedShare) *
                                                       (*cx.rampFraction)[t],
                                  0.0, 1.0);
    const double minutes = (*cx.lineMinutes)[k];
    const double *e = &m_e[ri * m_c];
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
        const std::size_t fi = static_cast<std::size_t>(f) * sink.facStride;
        sink.load[fi] += ep * minutes;
        sink.facEpisodes[fi] += ep;
        const std::size_t ai =
            (static_cast<std::size_t>(w) * kLevels + (*cx.facLevel)[f]) * m_k + k;
        sink.aggE[ai] += ep;
        sink.aggSigned[ai] += sig * ep;
        if (sink.countyE) {
            const std::size_t ci = static_cast<std::size_t>((*cx.facLevel)[f]) * m_k + k;
            sink.countyE[ci] += ep;
            sink.countySigned[ci] += sig * ep;
        }
        if (sink.touched && !(*sink.touchedMark)[f]) {
            (*sink.touchedMark)[f] = 1;
            sink.touched->push_back(f);
        }
    }
}

double Engine::utility(int s, int c, int k, int t) const
{
    const int f = m_candFac[slot(s, c)];
    const ServiceLine &line = m_in.lines[k];
    const Settlement &st = m_in.settlements[s];
    const int l = m_facLevel[f];
    double u = m_candStatic[slot(s, c) * m_k + k] + line.coefQuality * m_q[qIndex(f, k, t)] -
               line.coefCost * m_oop[(static_cast<std::size_t>(t) * m_k + k) * kLevels + l] -
               m_in.settings.coefWait * m_wait[static_cast<std::size_t>(f) * m_t + t];
    if (m_candHome[slot(s, c)]) {
        const double sig = std::clamp(
            st.signedShare + (m_signingTarget[t] - st.signedShare) * m_rampFraction[t], 0.0, 1.0);
        u += m_in.settings.coefSignedHome * sig;
    }
    return u;
}

double Engine::homeFactor(int s, int t) const
{
    const Settlement &st = m_in.settlements[s];
    const double sig = std::clamp(
        st.signedShare + (m_signingTarget[t] - st.signedShare) * m_rampFraction[t], 0.0, 1.0);
    return std::exp(m_in.settings.coefSignedHome * sig);
}

double Engine::slotExp(int s, int c, int k, int t, double home) const
{
    // Products of factors stay well inside the double range for any sensible
    // project; outside it (a factor over- or underflowed) the utility is summed.
    constexpr double kLow = 1e-280, kHigh = 1e280;
    const std::size_t sl = slot(s, c);
    const int f = m_candFac[sl];
    if (f < 0)
        return 0.0;
    const double q = m_expQ[fktIndex(f, k, t)];
    if (q == 0.0 && !m_elig[qIndex(f, k, t)])
        return 0.0;
    const double x = m_expStatic[sl * m_k + k] * q *
                     m_expWait[static_cast<std::size_t>(f) * m_t + t] *
                     (m_candHome[sl] ? home : 1.0);
    if (x > kLow && x < kHigh)
        return x;
    return std::exp(utility(s, c, k, t));
}

void Engine::evaluateRow(int s, int k, int t, double home)
{
    const std::size_t ri = rowIndex(s, k, t);
    double *e = &m_e[ri * m_c];
    double denom = 0;
    for (int c = 0; c < m_c; ++c) {
        e[c] = slotExp(s, c, k, t, home);
        denom += e[c];
    }
    m_denom[ri] = denom;
}

bool Engine::updateRowSlots(int s, int k, int t, std::uint64_t slots)
{
    // Cached softmax denominator: replacing one candidate is O(1). When the
    // result is tiny next to what was subtracted, cancellation could cost
    // precision, so the row is summed again.
    const std::size_t ri = rowIndex(s, k, t);
    double *e = &m_e[ri * m_c];
    double denom = m_denom[ri];
    double scale = denom;
    bool changed = false;
    double home = -1; // computed when a home slot needs it
    for (int c = 0; c < m_c && slots; ++c, slots >>= 1) {
        if (!(slots & 1))
            continue;
        if (home < 0 && m_candHome[slot(s, c)])
            home = homeFactor(s, t);
        const double fresh = slotExp(s, c, k, t, home);
        if (fresh == e[c])
            continue;
        changed = true;
        scale = std::max({scale, e[c], fresh});
        denom += fresh - e[c];
        e[c] = fresh;
    }
    if (changed && !(denom > 1e-6 * scale)) {
        denom = 0;
        for (int c = 0; c < m_c; ++c)
            denom += e[c];
    }
    m_denom[ri] = denom;
    return changed;
}

void Engine::computeWaits(int t)
{
    for (int f = 0; f < m_f; ++f)
        setWait(f, t, waitAt(f, t));
}

void Engine::setWait(int f, int t, double wait)
{
    const std::size_t i = static_cast<std::size_t>(f) * m_t + t;
    m_wait[i] = wait;
    m_expWait[i] = wait == 0.0 ? 1.0 : std::exp(-m_in.settings.coefWait * wait);
}

double Engine::waitAt(int f, int t) const
{
    // Congestion is lagged one month: last month's workload against this
    // month's staff time (DESIGN.md), smoothed (Settings::waitSmoothing).
    // Facilities without staff never queue.
    const std::size_t i = static_cast<std::size_t>(f) * m_t + t;
    if (!m_in.settings.congestionOn || t == 0)
        return 0.0;
    const double excess =
        m_capMinutes[i] > 0 ? std::max(0.0, m_load[i - 1] / m_capMinutes[i] - 1.0) : 0.0;
    const double s = std::clamp(m_in.settings.waitSmoothing, 0.0, 1.0);
    return s * m_wait[i - 1] + (1.0 - s) * excess;
}

void Engine::runMonthRange(int t, int sBegin, int sEnd, const MonthSink &sink)
{
    const RowContext cx = currentContext();
    for (int s = sBegin; s < sEnd; ++s) {
        const double home = homeFactor(s, t);
        for (int k = 0; k < m_k; ++k) {
            evaluateRow(s, k, t, home);
            contribute(cx, s, k, t, 1.0, sink);
        }
    }
}

void Engine::runFull()
{
    const std::size_t ft = static_cast<std::size_t>(m_f) * m_t;
    m_load.assign(ft, 0.0);
    m_facEpisodes.assign(ft, 0.0);
    m_wait.assign(ft, 0.0);
    m_expWait.assign(ft, 1.0);
    const std::size_t aggSize = static_cast<std::size_t>(m_t) * m_w * kLevels * m_k;
    m_aggE.assign(aggSize, 0.0);
    m_aggSigned.assign(aggSize, 0.0);
    m_unmet.assign(static_cast<std::size_t>(m_t) * m_w * m_k, 0.0);
    // Every row is evaluated below, so arrays of the right size are not cleared.
    const std::size_t rows = static_cast<std::size_t>(m_s) * m_k * m_t;
    if (m_e.size() != rows * m_c)
        m_e.assign(rows * m_c, 0.0);
    if (m_denom.size() != rows)
        m_denom.assign(rows, 0.0);

    const int threads = std::clamp(m_options.threads, 1, 64);
    if (threads == 1 || m_s < 64) {
        for (int t = 0; t < m_t; ++t) {
            computeWaits(t);
            runMonthRange(t, 0, m_s, engineSink(t));
        }
    } else {
        // Each thread takes a contiguous block of settlements and fills its own
        // buffers; the buffers are added up in a fixed order.
        struct Buffers {
            std::vector<double> load, facEp, aggE, aggS, unmet;
        };
        std::vector<Buffers> buffers(threads);
        const std::size_t aggMonth = static_cast<std::size_t>(m_w) * kLevels * m_k;
        for (Buffers &b : buffers) {
            b.load.resize(m_f);
            b.facEp.resize(m_f);
            b.aggE.resize(aggMonth);
            b.aggS.resize(aggMonth);
            b.unmet.resize(static_cast<std::size_t>(m_w) * m_k);
        }
        for (int t = 0; t < m_t; ++t) {
            computeWaits(t);
            auto work = [&](int i) {
                Buffers &b = buffers[i];
                std::fill(b.load.begin(), b.load.end(), 0.0);
                std::fill(b.facEp.begin(), b.facEp.end(), 0.0);
                std::fill(b.aggE.begin(), b.aggE.end(), 0.0);
                std::fill(b.aggS.begin(), b.aggS.end(), 0.0);
                std::fill(b.unmet.begin(), b.unmet.end(), 0.0);
                MonthSink sink{b.load.data(), b.facEp.data(), 1,
                               b.aggE.data(), b.aggS.data(),  b.unmet.data()};
                const int begin = static_cast<int>(static_cast<long long>(m_s) * i / threads);
                const int end = static_cast<int>(static_cast<long long>(m_s) * (i + 1) / threads);
                runMonthRange(t, begin, end, sink);
            };
            std::vector<std::thread> pool;
            for (int i = 1; i < threads; ++i)
                pool.emplace_back(work, i);
            work(0);
            for (std::thread &th : pool)
                th.join();
            const MonthSink main = engineSink(t);
            for (const Buffers &b : buffers) {
                for (int f = 0; f < m_f; ++f) {
                    main.load[static_cast<std::size_t>(f) * m_t] += b.load[f];
                    main.facEpisodes[static_cast<std::size_t>(f) * m_t] += b.facEp[f];
                }
                for (std::size_t i = 0; i < aggMonth; ++i) {
                    main.aggE[i] += b.aggE[i];
                    main.aggSigned[i] += b.aggS[i];
                }
                for (std::size_t i = 0; i < b.unmet.size(); ++i)
                    main.unmet[i] += b.unmet[i];
            }
        }
    }
    m_stats = UpdateStats{true, 0, static_cast<long long>(m_s) * m_k * m_t};
    sumCounty();
    finalize(0, m_fullScope);
}

} // namespace cc::sim
