// The months of a full run and the months an update runs whole: queues,
// every row of the month grouped by settlement, and the month's sums.
#include "models/sim/engineupdate.h"
#include "models/sim/workers.h"

#include <algorithm>
#include <array>
#include <cmath>

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
    // candidates (from the table compileRowSlots() built), their queue and
    // signing factors and where their factors lie are looked up once for all
    // its lines, and a row's episodes are summed by level before they go to
    // the township.
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
