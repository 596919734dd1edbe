#include "models/sim/engine.h"
#include "models/sim/workers.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace cc::sim {

Engine::Engine(Input input, EngineOptions options) : m_in(std::move(input)), m_options(options)
{
    rebuild();
}

void Engine::rebuild()
{
    m_s = static_cast<int>(m_in.settlements.size());
    m_f = static_cast<int>(m_in.facilities.size());
    m_k = static_cast<int>(m_in.lines.size());
    m_t = std::max(1, m_in.settings.integer(SettingKey::HorizonMonths));
    m_w = std::max(1, m_in.townships);
    for (Facility &f : m_in.facilities)
        f.capability.resize(static_cast<std::size_t>(m_k), 0.0);

    m_lineRate.assign(m_k, 0);
    m_lineMinutes.assign(m_k, 0);
    for (int k = 0; k < m_k; ++k) {
        m_lineRate[k] = m_in.lines[k].annualRatePerPerson;
        m_lineMinutes[k] = m_in.lines[k].staffMinutes;
    }
    m_facLevel.assign(m_f, 0);
    for (int f = 0; f < m_f; ++f)
        m_facLevel[f] = m_in.facilities[f].level;

    compilePolicy();
    compileStaffIndex();
    // Every element of these arrays is written below (resize() keeps a
    // rebuild from clearing hundreds of megabytes first).
    const std::size_t qSize = static_cast<std::size_t>(m_f) * m_k * m_t;
    m_q.resize(qSize);
    m_elig.resize(qSize);
    m_expQ.resize(qSize);
    m_capMinutes.resize(static_cast<std::size_t>(m_f) * m_t);
    m_fte.resize(static_cast<std::size_t>(m_f) * m_t);
    // Facilities, then settlements, are independent of each other: split
    // over the threads.
    Workers workers(m_s < kParallelSettlements ? 1 : std::clamp(m_options.threads, 1, 64));
    auto part = [&workers](int n, int i) {
        return static_cast<int>(static_cast<long long>(n) * i / workers.size());
    };
    workers.run([&](int i) {
        for (int f = part(m_f, i); f < part(m_f, i + 1); ++f) {
            compileFacility(f);
            compileExpQ(f);
        }
    });

    // Candidate sets and travel: the slot stride is the largest candidate count
    // plus slack, so later edits rarely force a new layout.
    m_finder.build(m_in);
    m_travel.build(m_in);
    std::vector<int> maxCount(workers.size(), 1);
    workers.run([&](int i) {
        std::vector<int> facs;
        std::vector<char> home;
        for (int s = part(m_s, i); s < part(m_s, i + 1); ++s) {
            if (!m_in.settlements[s].active)
                continue;
            m_finder.find(m_in, s, facs, home);
            maxCount[i] = std::max(maxCount[i], static_cast<int>(facs.size()));
        }
    });
    m_c = std::min(64, *std::max_element(maxCount.begin(), maxCount.end()) + 1); // one spare slot
    m_candFac.resize(static_cast<std::size_t>(m_s) * m_c);
    m_candMinutes.resize(static_cast<std::size_t>(m_s) * m_c);
    m_candHome.resize(static_cast<std::size_t>(m_s) * m_c);
    m_expStatic.resize(static_cast<std::size_t>(m_s) * m_c * m_k);
    // Candidate sets, then the travel times to them: one shortest-path search
    // from each facility to the settlements that have it as a candidate (a
    // county hospital's search covers its county once, instead of every
    // village's search covering it again).
    workers.run([&](int i) {
        for (int s = part(m_s, i); s < part(m_s, i + 1); ++s)
            compileCandidates(s, false);
    });
    compileInverse();
    compileTravel(workers);
    workers.run([&](int i) {
        for (int s = part(m_s, i); s < part(m_s, i + 1); ++s)
            compileStatic(s);
    });
    runFull(workers);
}

void Engine::compilePolicy()
{
    std::vector<PolicyEntry> &schedule = m_in.schedule;
    std::stable_sort(
        schedule.begin(), schedule.end(),
        [](const PolicyEntry &a, const PolicyEntry &b) { return a.fromMonth < b.fromMonth; });
    m_policy.assign(m_t, nullptr);
    m_policyIndex.assign(m_t, -1);
    for (int t = 0; t < m_t; ++t) {
        m_policy[t] = &m_in.policyAt(t);
        for (int i = 0; i < static_cast<int>(schedule.size()); ++i)
            if (schedule[i].fromMonth <= t || i == 0)
                m_policyIndex[t] = i;
    }
    const std::size_t n = static_cast<std::size_t>(m_t) * m_k * kLevels;
    m_oop.assign(n, 0.0);
    m_fundPerEpisode.assign(n, 0.0);
    m_rampFraction.assign(m_t, 0.0);
    m_signingTarget.assign(m_t, 0.0);
    int runStart = -1;
    for (int t = 0; t < m_t; ++t) {
        const Policy &p = *m_policy[t];
        for (int k = 0; k < m_k; ++k) {
            const ServiceLine &line = m_in.lines[k];
            for (int l = 0; l < kLevels; ++l) {
                const double cost = line.costYuan[l];
                const double deductible =
                    p.level(line.inpatient ? PolicyKey::InpatientDeductibleVillage
                                           : PolicyKey::OutpatientDeductibleVillage,
                            l);
                const double ratio =
                    std::clamp(p.level(line.inpatient ? PolicyKey::InpatientRatioVillage
                                                      : PolicyKey::OutpatientRatioVillage,
                                       l),
                               0.0, 1.0);
                const double base = std::max(0.0, cost - deductible) * p[PolicyKey::InScopeShare];
                double paid = base * ratio;
                // Out-of-county care without a referral loses reimbursement points.
                if (!inCounty(l))
                    paid = p[PolicyKey::ReferralShare] * paid +
                           (1.0 - p[PolicyKey::ReferralShare]) * base *
                               std::max(0.0, ratio - p[PolicyKey::NoReferralCut]);
                const std::size_t i = (static_cast<std::size_t>(t) * m_k + k) * kLevels + l;
                m_oop[i] = cost - paid;
                m_fundPerEpisode[i] = paid;
            }
        }
        // Family-doctor signing ramps to the target while capitation is on.
        if (p.flag(PolicyKey::CapitationOn)) {
            if (runStart < 0)
                runStart = t;
            const int on = t - runStart;
            m_rampFraction[t] = p.integer(PolicyKey::SigningRampMonths) > 0
                                    ? std::min(1.0, static_cast<double>(on) /
                                                        p.integer(PolicyKey::SigningRampMonths))
                                    : 1.0;
        } else {
            runStart = -1;
        }
        m_signingTarget[t] = p[PolicyKey::SigningRateTarget];
    }
}

void Engine::compileStaffIndex()
{
    m_postingsAt.assign(m_f, {});
    m_staffAt.assign(m_f, {});
    m_postingsOf.assign(m_in.staff.size(), {});
    for (int i = 0; i < static_cast<int>(m_in.staff.size()); ++i) {
        const Staff &st = m_in.staff[i];
        if (st.active && st.home >= 0 && st.home < m_f)
            m_staffAt[st.home].push_back(i);
    }
    for (int p = 0; p < static_cast<int>(m_in.postings.size()); ++p) {
        const Posting &post = m_in.postings[p];
        if (!post.active || post.staff < 0 || post.staff >= static_cast<int>(m_in.staff.size()) ||
            post.facility < 0 || post.facility >= m_f)
            continue;
        const Staff &st = m_in.staff[post.staff];
        if (!st.active || st.home == post.facility)
            continue;
        m_postingsAt[post.facility].push_back(p);
        m_postingsOf[post.staff].push_back(p);
    }
}

void Engine::compileFacility(int f)
{
    const Facility &fac = m_in.facilities[f];
    const Settings &set = m_in.settings;
    double *fte = &m_fte[static_cast<std::size_t>(f) * m_t];
    std::fill(fte, fte + m_t, 0.0);
    auto clampMonth = [this](int t) { return std::clamp(t, 0, m_t); };
    if (fac.active) {
        // Home staff work at FTE 1 minus their postings elsewhere.
        std::vector<double> away(m_t);
        int resident = 0; // home staff never posted away
        for (int i : m_staffAt[f]) {
            if (m_postingsOf[i].empty()) {
                ++resident;
                continue;
            }
            std::fill(away.begin(), away.end(), 0.0);
            for (int p : m_postingsOf[i]) {
                const Posting &post = m_in.postings[p];
                for (int t = clampMonth(post.start); t < clampMonth(post.end); ++t)
                    away[t] += std::clamp(post.fte, 0.0, 1.0);
            }
            for (int t = 0; t < m_t; ++t)
                fte[t] += std::max(0.0, 1.0 - away[t]);
        }
        for (int t = 0; t < m_t; ++t)
            fte[t] += resident;
        for (int p : m_postingsAt[f]) {
            const Posting &post = m_in.postings[p];
            for (int t = clampMonth(post.start); t < clampMonth(post.end); ++t)
                fte[t] += std::clamp(post.fte, 0.0, 1.0);
        }
    }
    // WISN available working time, in staff minutes per month.
    const double minutesPerFte = set[SettingKey::AvailableHoursPerYear] * 60.0 / 12.0;
    for (int t = 0; t < m_t; ++t)
        m_capMinutes[static_cast<std::size_t>(f) * m_t + t] = fte[t] * minutesPerFte;

    std::vector<double> prod(m_t);
    std::vector<char> specialist(m_t);
    for (int k = 0; k < m_k; ++k) {
        const ServiceLine &line = m_in.lines[k];
        std::fill(prod.begin(), prod.end(), 1.0);
        std::fill(specialist.begin(), specialist.end(), 0);
        for (int p : m_postingsAt[f]) {
            const Posting &post = m_in.postings[p];
            const Staff &st = m_in.staff[post.staff];
            const double w = std::clamp(
                line.roleWeight[std::clamp(st.role, 0, kRoles - 1)] *
                    set.level(SettingKey::TitleFactorJunior, std::clamp(st.title, 0, kTitles - 1)) *
                    std::clamp(post.fte, 0.0, 1.0),
                0.0, 1.0);
            if (w <= 0)
                continue;
            for (int t = clampMonth(post.start); t < clampMonth(post.end); ++t) {
                prod[t] *= 1.0 - w;
                if (st.role == Specialist)
                    specialist[t] = 1;
            }
            // Optional learning: part of the effect stays after the posting ends.
            if (set[SettingKey::LearningRetention] > 0)
                for (int t = clampMonth(std::max(post.end, post.start)); t < m_t; ++t)
                    prod[t] *= 1.0 - set[SettingKey::LearningRetention] * w;
        }
        const double cap0 = std::clamp(fac.capability[k], 0.0, 1.0);
        const bool noBeds = line.inpatient && fac.level <= TownshipCentre && fac.beds <= 0;
        for (int t = 0; t < m_t; ++t) {
            const std::size_t i = qIndex(f, k, t);
            m_q[i] = 1.0 - (1.0 - cap0) * prod[t];
            // Below the line's lowest level a facility treats it only while a
            // posted specialist lifts capability above Qmin.
            const bool able = fac.level >= line.minLevel || (specialist[t] && m_q[i] >= line.qMin);
            m_elig[i] = fac.active && !noBeds && able ? 1 : 0;
        }
    }
}

double Engine::expQAt(int f, int k, int t) const
{
    const std::size_t i = qIndex(f, k, t);
    if (!m_elig[i])
        return 0.0;
    const ServiceLine &line = m_in.lines[k];
    const double oop = m_oop[(static_cast<std::size_t>(t) * m_k + k) * kLevels + m_facLevel[f]];
    return clampedExp(line.coefQuality * m_q[i] - line.coefCost * oop);
}

void Engine::compileExpQ(int f)
{
    for (int t = 0; t < m_t; ++t)
        for (int k = 0; k < m_k; ++k)
            m_expQ[fktIndex(f, k, t)] = expQAt(f, k, t);
}

void Engine::compileExpQMonth(int t)
{
    for (int f = 0; f < m_f; ++f)
        for (int k = 0; k < m_k; ++k)
            m_expQ[fktIndex(f, k, t)] = expQAt(f, k, t);
}

void Engine::compileTravel(Workers &workers)
{
    auto part = [&workers](int n, int i) {
        return static_cast<int>(static_cast<long long>(n) * i / workers.size());
    };
    std::vector<Access> access(m_s);
    workers.run([&](int i) {
        for (int s = part(m_s, i); s < part(m_s, i + 1); ++s)
            access[s] = m_travel.settlementAccess(m_in, s);
    });
    workers.run([&](int i) {
        RoadNetwork::Scratch scratch;
        std::vector<int> settlements;
        std::vector<double> minutes;
        for (int f = part(m_f, i); f < part(m_f, i + 1); ++f) {
            settlements.clear();
            for (int sl : m_slotsOf[f])
                settlements.push_back(sl / m_c);
            m_travel.minutesFrom(m_in, f, settlements, access, minutes, scratch);
            for (std::size_t j = 0; j < settlements.size(); ++j)
                m_candMinutes[m_slotsOf[f][j]] = minutes[j];
        }
    });
}

bool Engine::compileCandidates(int s, bool travel)
{
    static thread_local std::vector<int> facs;
    static thread_local std::vector<char> home;
    static thread_local std::vector<double> minutes;
    static thread_local RoadNetwork::Scratch scratch;
    facs.clear();
    home.clear();
    if (m_in.settlements[s].active)
        m_finder.find(m_in, s, facs, home);
    if (static_cast<int>(facs.size()) > m_c)
        return false;
    if (travel)
        m_travel.minutes(m_in, s, facs, minutes, scratch);
    else
        minutes.assign(facs.size(), 0.0);
    for (int c = 0; c < m_c; ++c) {
        const bool used = c < static_cast<int>(facs.size());
        m_candFac[slot(s, c)] = used ? facs[c] : -1;
        m_candMinutes[slot(s, c)] = used ? minutes[c] : 0.0;
        m_candHome[slot(s, c)] = used && home[c] ? 1 : 0;
    }
    return true;
}

void Engine::compileStatic(int s)
{
    const double bin = m_in.settings[SettingKey::CoefInCounty];
    for (int c = 0; c < m_c; ++c) {
        const int f = m_candFac[slot(s, c)];
        for (int k = 0; k < m_k; ++k) {
            double v = 0;
            if (f >= 0) {
                const ServiceLine &line = m_in.lines[k];
                const int l = m_in.facilities[f].level;
                v = line.asc[l] - line.coefTravel * m_candMinutes[slot(s, c)] +
                    (inCounty(l) ? bin : 0.0);
            }
            m_expStatic[slot(s, c) * m_k + k] = f >= 0 ? clampedExp(v) : 0.0;
        }
    }
}

void Engine::compileInverse()
{
    m_slotsOf.assign(m_f, {});
    for (int s = 0; s < m_s; ++s)
        for (int c = 0; c < m_c; ++c) {
            const int f = m_candFac[slot(s, c)];
            if (f >= 0)
                m_slotsOf[f].push_back(static_cast<int>(slot(s, c)));
        }
}

double Engine::travelMinutes(int s, int f) const
{
    for (int c = 0; c < m_c; ++c)
        if (m_candFac[slot(s, c)] == f)
            return m_candMinutes[slot(s, c)];
    return -1;
}

Engine::Row Engine::row(int s, int k, int t) const
{
    Row r;
    const Settlement &st = m_in.settlements[s];
    r.demand = st.active ? st.population * m_lineRate[k] / 12.0 : 0.0;
    const RowContext cx = currentContext();
    std::vector<double> e(m_c);
    const double denom = rowExp(cx, s, k, t, homeFactor(cx, s, t), e.data());
    for (int c = 0; c < m_c; ++c) {
        r.facilities.push_back(m_candFac[slot(s, c)]);
        r.episodes.push_back(denom > 0 ? r.demand * e[c] / denom : 0.0);
    }
    r.unmet = denom > 0 ? 0.0 : r.demand;
    return r;
}

} // namespace cc::sim
