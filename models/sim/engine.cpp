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

Engine::~Engine() = default;

Workers &Engine::workers()
{
    const int size = m_s < kParallelSettlements ? 1 : std::clamp(m_options.threads, 1, 64);
    if (!m_workers || m_workers->size() != size)
        m_workers = std::make_unique<Workers>(size);
    return *m_workers;
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
    m_facBeds.assign(m_f, 0.0);
    for (int f = 0; f < m_f; ++f) {
        m_facLevel[f] = m_in.facilities[f].level;
        m_facBeds[f] = m_in.facilities[f].active ? std::max(0, m_in.facilities[f].beds) : 0;
    }

    compilePolicy();
    compileStaffIndex();
    // Every element of these arrays is written below (resize() keeps a
    // rebuild from clearing hundreds of megabytes first).
    const std::size_t qSize = static_cast<std::size_t>(m_f) * m_k * m_t;
    m_q.resize(qSize);
    m_elig.resize(qSize);
    m_expQ.resize(qSize);
    m_capOp.resize(static_cast<std::size_t>(m_f) * m_t);
    m_capWard.resize(static_cast<std::size_t>(m_f) * m_t);
    m_bedCap.resize(m_f);
    m_logSize.resize(static_cast<std::size_t>(m_f) * 2);
    m_fte.resize(static_cast<std::size_t>(m_f) * m_t);
    // Facilities, then settlements, are independent of each other: split
    // over the threads.
    Workers &workers = this->workers();
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
    // Each settlement's candidates are found once: their largest count sets
    // the stride, then they go into their slots.
    std::vector<std::vector<int>> found(m_s);
    std::vector<std::vector<char>> foundHome(m_s);
    std::vector<int> maxCount(workers.size(), 1);
    workers.run([&](int i) {
        for (int s = part(m_s, i); s < part(m_s, i + 1); ++s) {
            if (!m_in.settlements[s].active)
                continue;
            m_finder.find(m_in, s, found[s], foundHome[s]);
            maxCount[i] = std::max(maxCount[i], static_cast<int>(found[s].size()));
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
            if (static_cast<int>(found[s].size()) <= m_c)
                placeCandidates(s, found[s], foundHome[s], nullptr);
    });
    compileInverse();
    compileTravel(workers);
    workers.run([&](int i) {
        for (int s = part(m_s, i); s < part(m_s, i + 1); ++s)
            compileStatic(s);
    });
    compileTownships();
    runFull(workers);
}

namespace {

// E[max(0, X - threshold)] of a lognormal X with mean `mean` and coefficient
// of variation `cv` (the expected part of one admission above the threshold).
double lognormalExcess(double mean, double cv, double threshold)
{
    if (!(mean > 0))
        return 0.0;
    if (!(threshold > 0))
        return mean;
    const double s2 = std::log1p(cv * cv), s = std::sqrt(s2);
    const double d1 = (std::log(mean / threshold) + s2 / 2) / s, d2 = d1 - s;
    const auto phi = [](double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); };
    return std::max(0.0, mean * phi(d1) - threshold * phi(d2));
}

} // namespace

int Engine::yearOf(int t) const
{
    return (m_in.settings.integer(SettingKey::StartMonth) - 1 + std::max(0, t)) / 12;
}

namespace {

// The money of one episode at a level: what the insured patient pays out of
// pocket and what the fund pays (DESIGN.md "Out-of-pocket per episode").
struct EpisodeMoney {
    double oop = 0, paid = 0, reimbursable = 0;
};
EpisodeMoney episodeMoney(const Policy &p, bool inpatient, int level, double cost,
                          double referralShare, double claimsScale)
{
    EpisodeMoney m;
    const double deductible = p.level(inpatient ? PolicyKey::InpatientDeductibleVillage
                                                : PolicyKey::OutpatientDeductibleVillage,
                                      level);
    const double ratio = std::clamp(
        p.level(inpatient ? PolicyKey::InpatientRatioVillage : PolicyKey::OutpatientRatioVillage,
                level),
        0.0, 1.0);
    m.reimbursable = std::max(0.0, cost - deductible);
    const double base = m.reimbursable * p[PolicyKey::InScopeShare];
    double paid = base * ratio;
    // Out-of-county care without a referral loses reimbursement points.
    if (!inCounty(level))
        paid = referralShare * paid +
               (1.0 - referralShare) * base * std::max(0.0, ratio - p[PolicyKey::NoReferralCut]);
    m.paid = std::min(cost, paid * claimsScale);
    m.oop = cost - m.paid;
    return m;
}

} // namespace

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
    const Settings &set = m_in.settings;
    const std::size_t n = static_cast<std::size_t>(m_t) * m_k * kLevels;
    for (std::vector<double> *v : {&m_oop, &m_fundPerEpisode, &m_fundPerEpisodeBase,
                                   &m_ciPerEpisode, &m_oopChoice, &m_cost, &m_lengthOfStay})
        v->assign(n, 0.0);
    m_demandFactor.assign(static_cast<std::size_t>(m_t) * m_w * m_k, 1.0);
    m_avoidableRate.assign(static_cast<std::size_t>(m_t) * m_w, 0.0);
    m_revenueFactor.assign(m_t, 1.0);
    m_rampFraction.assign(m_t, 0.0);
    m_signingTarget.assign(m_t, 0.0);
    m_responseRamp.assign(m_t, 0.0);
    m_referral.assign(2 * static_cast<std::size_t>(m_t), 0.0);
    m_lineInpatient.assign(m_k, 0);
    m_lineManaged.assign(m_k, 0);
    m_lineAvoidable.assign(m_k, 0.0);
    bool managed = false; // the first managed-care line takes the visits
    for (int k = 0; k < m_k; ++k) {
        m_lineInpatient[k] = m_in.lines[k].inpatient ? 1 : 0;
        m_lineManaged[k] = !managed && !m_in.lines[k].inpatient && m_in.lines[k].managedCare;
        managed = managed || m_lineManaged[k];
        m_lineAvoidable[k] =
            m_in.lines[k].inpatient ? std::clamp(m_in.lines[k].avoidableShare, 0.0, 1.0) : 0.0;
    }
    // Prices and use per person grow by calendar year from the start (index 0:
    // outpatient, 1: inpatient).
    const double priceGrowth[2] = {set[SettingKey::GrowthOutpatientCost],
                                   set[SettingKey::GrowthInpatientCost]};
    const double useGrowth[2] = {set[SettingKey::GrowthOutpatientVisits],
                                 set[SettingKey::GrowthAdmissions]};
    const double costCv = set[SettingKey::InpatientCostCv];
    const double claimsScale = set[SettingKey::ClaimsScale];
    const double rampMonths = std::max(0.0, set[SettingKey::ResponseRampMonths]);
    int runStart = -1, reformStart = -1;
    for (int t = 0; t < m_t; ++t) {
        const Policy &p = *m_policy[t];
        const int year = yearOf(t);
        // Subsidy and premium are the start year's; each new calendar year
        // grows them by the rate in effect in its first month.
        m_revenueFactor[t] = t == 0 ? 1.0
                             : year == yearOf(t - 1)
                                 ? m_revenueFactor[t - 1]
                                 : m_revenueFactor[t - 1] * (1.0 + p[PolicyKey::RevenueGrowthRate]);
        // Providers respond to a new way of payment over the ramp months
        // (global budget, DRG points or capitation, from when one is on).
        const bool budget = p.flag(PolicyKey::GlobalBudgetOn), drg = p.flag(PolicyKey::DrgOn);
        if (budget || drg || p.flag(PolicyKey::CapitationOn)) {
            if (reformStart < 0)
                reformStart = t;
            m_responseRamp[t] =
                rampMonths > 0 ? std::min(1.0, (t - reformStart) / rampMonths) : 1.0;
        } else {
            reformStart = -1;
        }
        // Shorter stays and cheaper admissions at the alliance's township
        // centres and county hospitals under DRG or a global budget; two-way
        // referral where the alliance shares one budget.
        const double efficiency = budget || drg ? m_responseRamp[t] : 0.0;
        const double stayFactor = 1.0 - set[SettingKey::ResponseStayReduction] * efficiency;
        const double costFactor = 1.0 - set[SettingKey::ResponseCostReduction] * efficiency;
        const double alliance = budget ? m_responseRamp[t] : 0.0;
        m_referral[2 * t] = std::clamp(set[SettingKey::ReferralUpShare] * alliance, 0.0, 1.0);
        m_referral[2 * t + 1] = std::clamp(set[SettingKey::ReferralDownShare] * alliance, 0.0, 1.0);
        // Admissions referred up through the alliance keep the referral
        // reimbursement out of the county.
        const double referred =
            p[PolicyKey::ReferralShare] + (1.0 - p[PolicyKey::ReferralShare]) * m_referral[2 * t];
        // Supplier-induced admissions under fee-for-service (0 by default).
        const double induced = budget ? 1.0 : 1.0 + set[SettingKey::ResponseInducedDemand];
        for (int k = 0; k < m_k; ++k) {
            const ServiceLine &line = m_in.lines[k];
            const int ip = line.inpatient ? 1 : 0;
            const double price = std::pow(1.0 + priceGrowth[ip], year);
            const double use = std::pow(1.0 + useGrowth[ip], year) * (ip ? induced : 1.0);
            for (int w = 0; w < m_w; ++w) {
                m_demandFactor[twkIndex(t, w, k)] = use;
                m_avoidableRate[static_cast<std::size_t>(t) * m_w + w] +=
                    line.annualRatePerPerson / 12.0 * use * m_lineAvoidable[k];
            }
            for (int l = 0; l < kLevels; ++l) {
                const bool responds = ip && (l == TownshipCentre || l == CountyHospital);
                const double baseCost = line.costYuan[l] * price;
                const double cost = responds ? baseCost * costFactor : baseCost;
                const double refShare = ip ? referred : p[PolicyKey::ReferralShare];
                const EpisodeMoney m = episodeMoney(p, ip, l, cost, refShare, claimsScale);
                const std::size_t i = tklIndex(t, k, l);
                m_oop[i] = m.oop;
                m_fundPerEpisode[i] = m.paid;
                m_fundPerEpisodeBase[i] =
                    responds ? episodeMoney(p, ip, l, baseCost, refShare, claimsScale).paid
                             : m.paid;
                m_oopChoice[i] = m.oop / price;
                m_cost[i] = cost;
                // The carve-out pays the claim's share of the cost above the threshold.
                if (ip && m.reimbursable > 0)
                    m_ciPerEpisode[i] =
                        m.paid *
                        std::min(1.0, lognormalExcess(cost, costCv,
                                                      p[PolicyKey::CriticalIllnessThresholdYuan]) /
                                          m.reimbursable);
                m_lengthOfStay[i] =
                    ip ? line.lengthOfStayDays[l] * (responds ? stayFactor : 1.0) : 0.0;
            }
        }
        // Family-doctor signing ramps to the target while capitation is on.
        if (p.flag(PolicyKey::CapitationOn)) {
            if (runStart < 0)
                runStart = t;
            const int on = t - runStart;
            const int ramp = p.integer(PolicyKey::SigningRampMonths);
            m_rampFraction[t] = ramp > 0 ? std::min(1.0, static_cast<double>(on) / ramp) : 1.0;
        } else {
            runStart = -1;
        }
        m_signingTarget[t] = p[PolicyKey::SigningRateTarget];
    }
    m_regime.resize(yearOf(m_t - 1) + 1, 0);
    compileResponse(0, m_t);
}

void Engine::compileResponse(int tBegin, int tEnd)
{
    // The alliance's incentive: what it keeps of a yuan of claims it avoids.
    // Under a global budget: the retention share after a year in surplus,
    // 1 - the fund's overrun share after an overrun within the band, all of it
    // beyond; capitation adds what a family-doctor team keeps of care its
    // signed residents no longer need; fee-for-service gives none.
    m_incentive.resize(m_t, 0.0);
    m_avoidance.resize(m_t, 0.0);
    const Settings &set = m_in.settings;
    for (int t = tBegin; t < tEnd; ++t) {
        const Policy &p = *m_policy[t];
        double incentive = 0;
        if (p.flag(PolicyKey::GlobalBudgetOn)) {
            const int regime = m_regime[yearOf(t)];
            incentive = regime == 0   ? p[PolicyKey::SurplusRetention]
                        : regime == 1 ? 1.0 - p[PolicyKey::OverrunShare]
                                      : 1.0;
        }
        if (p.flag(PolicyKey::CapitationOn))
            incentive += set[SettingKey::ResponseCapitationIncentive];
        m_incentive[t] = std::clamp(incentive, 0.0, 1.0);
        m_avoidance[t] = std::clamp(set[SettingKey::ResponseAvoidableShare], 0.0, 1.0) *
                         m_incentive[t] * m_responseRamp[t];
    }
}

void Engine::compileStaffIndex()
{
    // Cleared, not reallocated: an update compiles the index again.
    auto clear = [](std::vector<std::vector<int>> &index, std::size_t n) {
        index.resize(n);
        for (std::vector<int> &v : index)
            v.clear();
    };
    clear(m_postingsAt, m_f);
    clear(m_staffAt, m_f);
    clear(m_postingsOf, m_in.staff.size());
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
    clear(m_linksAt, m_f);
    for (int l = 0; l < static_cast<int>(m_in.links.size()); ++l) {
        const TelemedicineLink &link = m_in.links[l];
        if (link.active && link.centre >= 0 && link.centre < m_f && link.hub >= 0 &&
            link.hub < m_f && m_in.facilities[link.hub].active)
            m_linksAt[link.centre].push_back(l);
    }
}

void Engine::compileFacility(int f)
{
    const Facility &fac = m_in.facilities[f];
    const Settings &set = m_in.settings;
    double *fte = &m_fte[ftIndex(f, 0)];
    double *capOp = &m_capOp[ftIndex(f, 0)], *capWard = &m_capWard[ftIndex(f, 0)];
    std::fill(fte, fte + m_t, 0.0);
    std::fill(capOp, capOp + m_t, 0.0);
    std::fill(capWard, capWard + m_t, 0.0);
    auto clampMonth = [this](int t) { return std::clamp(t, 0, m_t); };
    // WISN available working time, in staff minutes per month, split between
    // the outpatient clinic and the wards by role where the facility has beds.
    const double minutesPerFte = set[SettingKey::AvailableHoursPerYear] * 60.0 / 12.0;
    std::array<double, kRoles> wardShare{};
    if (fac.beds > 0)
        for (int r = 0; r < kRoles; ++r)
            wardShare[r] = std::clamp(set.level(SettingKey::WardShareGp, r), 0.0, 1.0);
    auto present = [&](int role, int t, double amount) {
        const double ward = wardShare[std::clamp(role, 0, kRoles - 1)];
        fte[t] += amount;
        capOp[t] += amount * (1.0 - ward) * minutesPerFte;
        capWard[t] += amount * ward * minutesPerFte;
    };
    if (fac.active) {
        // Home staff work at FTE 1 minus their postings elsewhere.
        std::vector<double> away(m_t);
        std::array<int, kRoles> resident{}; // home staff never posted away, by role
        for (int i : m_staffAt[f]) {
            const int role = std::clamp(m_in.staff[i].role, 0, kRoles - 1);
            if (m_postingsOf[i].empty()) {
                ++resident[role];
                continue;
            }
            std::fill(away.begin(), away.end(), 0.0);
            for (int p : m_postingsOf[i]) {
                const Posting &post = m_in.postings[p];
                for (int t = clampMonth(post.start); t < clampMonth(post.end); ++t)
                    away[t] += std::clamp(post.fte, 0.0, 1.0);
            }
            for (int t = 0; t < m_t; ++t)
                present(role, t, std::max(0.0, 1.0 - away[t]));
        }
        for (int r = 0; r < kRoles; ++r)
            if (resident[r] > 0)
                for (int t = 0; t < m_t; ++t)
                    present(r, t, resident[r]);
        for (int p : m_postingsAt[f]) {
            const Posting &post = m_in.postings[p];
            for (int t = clampMonth(post.start); t < clampMonth(post.end); ++t)
                present(m_in.staff[post.staff].role, t, std::clamp(post.fte, 0.0, 1.0));
        }
    }
    // Out-of-county hospitals serve far more than this county: they never queue.
    const bool local = fac.active && inCounty(fac.level);
    m_bedCap[f] =
        local ? std::max(0, fac.beds) * kDaysPerMonth * set[SettingKey::TargetBedOccupancy] : 0.0;
    // Size draws patients: the facility's own staff (at least a tenth of a
    // post; postings act through capability, so a posting stays a local
    // edit) and its beds (at least one); the level's constant absorbs the rest.
    const double ownStaff = static_cast<double>(m_staffAt[f].size());
    m_logSize[2 * f] = local ? std::log(std::max(0.1, ownStaff)) : 0.0;
    m_logSize[2 * f + 1] = local ? std::log(std::max(1, fac.beds)) : 0.0;

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
        // Telemedicine and shared diagnostics (远程会诊、影像/检验/心电共享)
        // raise the centre's capability for the lines a link serves.
        for (int l : m_linksAt[f]) {
            const TelemedicineLink &link = m_in.links[l];
            if (!(line.inpatient ? link.inpatient : link.outpatient))
                continue;
            const double gain = std::clamp(link.gain, 0.0, 1.0);
            for (int t = clampMonth(link.start); t < clampMonth(link.end); ++t)
                prod[t] *= 1.0 - gain;
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
    const double oop = m_oopChoice[tklIndex(t, k, m_facLevel[f])];
    const double size = m_logSize[static_cast<std::size_t>(f) * 2 + m_lineInpatient[k]];
    return clampedExp(line.coefQuality * m_q[i] - line.coefCost * oop +
                      m_in.settings[SettingKey::CoefSize] * size);
}

void Engine::compileExpQ(int f)
{
    for (int t = 0; t < m_t; ++t)
        for (int k = 0; k < m_k; ++k)
            m_expQ[fktIndex(f, k, t)] = expQAt(f, k, t);
}

void Engine::compileExpQMonth(int t, double *before, Workers &workers,
                              const std::vector<char> *moved)
{
    const int threads = workers.size();
    workers.run([&](int i) {
        const int fEnd = static_cast<int>(static_cast<long long>(m_f) * (i + 1) / threads);
        for (int f = static_cast<int>(static_cast<long long>(m_f) * i / threads); f < fEnd; ++f) {
            double *q = &m_expQ[fktIndex(f, 0, t)];
            std::copy_n(q, m_k, before + static_cast<std::size_t>(f) * m_k);
            const std::size_t level = static_cast<std::size_t>(m_facLevel[f]);
            for (int k = 0; k < m_k; ++k)
                if (!moved || (*moved)[static_cast<std::size_t>(k) * kLevels + level])
                    q[k] = expQAt(f, k, t);
        }
    });
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
    placeCandidates(s, facs, home, travel ? &minutes : nullptr);
    return true;
}

void Engine::placeCandidates(int s, const std::vector<int> &facs, const std::vector<char> &home,
                             const std::vector<double> *minutes)
{
    for (int c = 0; c < m_c; ++c) {
        const bool used = c < static_cast<int>(facs.size());
        m_candFac[slot(s, c)] = used ? facs[c] : -1;
        m_candMinutes[slot(s, c)] = used && minutes ? (*minutes)[c] : 0.0;
        m_candHome[slot(s, c)] = used && home[c] ? 1 : 0;
    }
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
    const RowContext cx = rowContext();
    std::vector<double> e(m_c);
    const double denom = rowExp(cx, s, k, t, homeFactor(cx, s, t), e.data());
    RowSlots slots;
    RowFlows flows;
    rowFlows(cx, s, k, t, e.data(), denom, slots, flows);
    r.demand = flows.demand;
    r.unmet = flows.unmet;
    r.facilities.assign(m_c, -1);
    r.episodes.assign(m_c, 0.0);
    r.bedDays.assign(m_c, 0.0);
    for (int j = 0; j < slots.n; ++j) {
        const int c = slots.slot[j];
        r.facilities[c] = slots.fac[j];
        r.episodes[c] = flows.episodes[j];
        if (m_lineInpatient[k])
            r.bedDays[c] = flows.bedDays[j];
    }
    r.referralsUp = flows.up;
    r.referralsDown = flows.down;
    return r;
}

} // namespace cc::sim
