// Indicators and the insurance fund, from the aggregated episodes.
#include "models/sim/engine.h"
#include "models/sim/workers.h"

#include <algorithm>
#include <cmath>

namespace cc::sim {

namespace {

// Below this many episodes a ratio is reported as 0: the incremental engine's
// running sums leave rounding dust where a from-scratch run has exact zeros.
constexpr double kTiny = 1e-7;

// The levels whose inpatient lines DRG points pay, in the order of the
// engine's per-township DRG arrays.
constexpr int kDrgLevels[2] = {TownshipCentre, CountyHospital};

double ratio(double num, double den)
{
    return den > kTiny ? std::clamp(num / den, 0.0, 1.0) : 0.0;
}

struct Shares {
    double inCounty, all, ipInCounty, ipAll, opGrassroots, opInCounty;
};
Shares sharesOf(const Indicators &x)
{
    Shares s{};
    for (int l = 0; l < kLevels; ++l) {
        const double op = x.outpatientEpisodes[l], ip = x.inpatientEpisodes[l];
        s.all += op + ip;
        s.ipAll += ip;
        if (inCounty(l)) {
            s.inCounty += op + ip;
            s.ipInCounty += ip;
            s.opInCounty += op;
        }
        if (grassroots(l))
            s.opGrassroots += op;
    }
    return s;
}

// `series` holds one unit's months; turns raw sums of months [from, to) into
// ratios, 12-month rolling too (claims are finished by applyClaims).
void finishRatios(Indicators *series, int from, int to)
{
    std::vector<Shares> shares(std::max(0, to));
    for (int t = std::max(0, from - 11); t < to; ++t)
        shares[t] = sharesOf(series[t]);
    for (int t = from; t < to; ++t) {
        Indicators &x = series[t];
        const Shares &s = shares[t];
        x.inCountyRate = ratio(s.inCounty, s.all);
        x.inCountyInpatientShare = ratio(s.ipInCounty, s.ipAll);
        x.grassrootsShare = ratio(s.opGrassroots, s.opInCounty);
        Shares r{};
        for (int u = std::max(0, t - 11); u <= t; ++u) {
            r.inCounty += shares[u].inCounty;
            r.all += shares[u].all;
            r.ipInCounty += shares[u].ipInCounty;
            r.ipAll += shares[u].ipAll;
            r.opGrassroots += shares[u].opGrassroots;
            r.opInCounty += shares[u].opInCounty;
        }
        x.inCountyRate12 = ratio(r.inCounty, r.all);
        x.inCountyInpatientShare12 = ratio(r.ipInCounty, r.ipAll);
        x.grassrootsShare12 = ratio(r.opGrassroots, r.opInCounty);
        x.oopPerCapita = x.population > 0 ? x.oopYuan / x.population : 0.0;
        x.oopShareOfCost = x.costYuan > kTiny ? x.oopYuan / x.costYuan : 0.0;
    }
}

// Claims of THC and CH from their other claims and DRG points at the month's
// point value, then the totals.
void applyClaims(Indicators &x, const double *drgPoints, const double *otherClaims,
                 double pointValue)
{
    x.drgYuan = 0;
    for (int i = 0; i < 2; ++i) {
        const double drg = drgPoints[i] * pointValue;
        x.claimsYuan[kDrgLevels[i]] = otherClaims[i] + drg;
        x.drgYuan += drg;
    }
    double inCountyClaims = x.capitationYuan;
    x.claimsTotalYuan = x.capitationYuan;
    for (int l = 0; l < kLevels; ++l) {
        x.claimsTotalYuan += x.claimsYuan[l];
        if (inCounty(l))
            inCountyClaims += x.claimsYuan[l];
    }
    x.inCountyFundShare =
        x.claimsTotalYuan > kTiny ? std::clamp(inCountyClaims / x.claimsTotalYuan, 0.0, 1.0) : 0.0;
}

bool drgPaid(const ServiceLine &line, int l, const Policy &p)
{
    return line.inpatient && p.flag(PolicyKey::DrgOn) &&
           (l == TownshipCentre || l == CountyHospital);
}

double pointsPerEpisode(const ServiceLine &line, int l, const Policy &p)
{
    return p[PolicyKey::DrgBasePoints] * line.drgWeight *
           (l == TownshipCentre ? p[PolicyKey::DrgCoefficientTownship]
                                : p[PolicyKey::DrgCoefficientCounty]);
}

} // namespace

double Indicators::episodes() const
{
    double sum = 0;
    for (int l = 0; l < kLevels; ++l)
        sum += outpatientEpisodes[l] + inpatientEpisodes[l];
    return sum;
}

void Engine::sumCounty()
{
    const std::size_t lk = static_cast<std::size_t>(kLevels) * m_k;
    m_countyE.assign(static_cast<std::size_t>(m_t) * lk, 0.0);
    m_countySigned.assign(m_countyE.size(), 0.0);
    m_countyUnmet.assign(static_cast<std::size_t>(m_t) * m_k, 0.0);
    for (int t = 0; t < m_t; ++t)
        for (int w = 0; w < m_w; ++w) {
            const std::size_t a = aggIndex(t, w, 0, 0);
            for (std::size_t i = 0; i < lk; ++i) {
                m_countyE[t * lk + i] += m_aggE[a + i];
                m_countySigned[t * lk + i] += m_aggSigned[a + i];
            }
            for (int k = 0; k < m_k; ++k)
                m_countyUnmet[static_cast<std::size_t>(t) * m_k + k] +=
                    m_unmet[(static_cast<std::size_t>(t) * m_w + w) * m_k + k];
        }
}

void Engine::compileTownships()
{
    m_popW.assign(m_w, 0.0);
    m_sig0W.assign(m_w, 0.0);
    m_demandW.assign(static_cast<std::size_t>(m_w) * m_k, 0.0);
    for (const Settlement &st : m_in.settlements) {
        if (!st.active)
            continue;
        const int w = std::clamp(st.township, 0, m_w - 1);
        m_popW[w] += st.population;
        m_sig0W[w] += st.population * std::clamp(st.signedShare, 0.0, 1.0);
        for (int k = 0; k < m_k; ++k)
            m_demandW[static_cast<std::size_t>(w) * m_k + k] +=
                st.population * m_lineRate[k] / 12.0;
    }
    m_popCounty = m_sig0County = 0;
    m_demandCounty.assign(m_k, 0.0);
    for (int w = 0; w < m_w; ++w) {
        m_popCounty += m_popW[w];
        m_sig0County += m_sig0W[w];
        for (int k = 0; k < m_k; ++k)
            m_demandCounty[k] += m_demandW[static_cast<std::size_t>(w) * m_k + k];
    }
}

int Engine::compileDoctors(std::vector<int> *townshipFirst)
{
    // County doctors (home at a county hospital) posted six months or more at
    // grassroots facilities of the township.
    std::vector<double> doctors(static_cast<std::size_t>(m_w) * m_t, 0.0);
    for (const Posting &p : m_in.postings) {
        if (!p.active || p.end - p.start < 6 || p.staff < 0 ||
            p.staff >= static_cast<int>(m_in.staff.size()) || p.facility < 0 || p.facility >= m_f)
            continue;
        const Staff &st = m_in.staff[p.staff];
        const Facility &host = m_in.facilities[p.facility];
        if (!st.active || st.home < 0 || st.home >= m_f || !host.active ||
            m_in.facilities[st.home].level != CountyHospital || !grassroots(host.level) ||
            host.township < 0)
            continue;
        const int w = std::min(host.township, m_w - 1);
        for (int t = std::max(0, p.start); t < std::min(m_t, p.end); ++t)
            doctors[static_cast<std::size_t>(w) * m_t + t] += 1;
    }
    int until = m_t;
    if (townshipFirst && m_doctors.size() == doctors.size()) {
        until = 0;
        for (int w = 0; w < m_w; ++w)
            for (int t = 0; t < m_t; ++t)
                if (doctors[static_cast<std::size_t>(w) * m_t + t] !=
                    m_doctors[static_cast<std::size_t>(w) * m_t + t]) {
                    (*townshipFirst)[w] = std::min((*townshipFirst)[w], t);
                    until = std::max(until, t + 1);
                }
    }
    m_doctors.swap(doctors);
    m_doctorsCounty.assign(m_t, 0.0);
    for (int w = 0; w < m_w; ++w)
        for (int t = 0; t < m_t; ++t)
            m_doctorsCounty[t] += m_doctors[static_cast<std::size_t>(w) * m_t + t];
    return until;
}

void Engine::unitMonth(const UnitInputs &in, int t, Indicators &x, double drgPoints[2],
                       double otherClaims[2]) const
{
    const Policy &p = *m_policy[t];
    x = Indicators{};
    x.population = in.population;
    x.countyDoctorsPer10k = in.population > 0 ? in.doctors / in.population * 1e4 : 0.0;
    drgPoints[0] = drgPoints[1] = 0;
    for (int k = 0; k < m_k; ++k) {
        const ServiceLine &line = m_in.lines[k];
        x.demand += in.demand[k];
        x.unmet += in.unmet[k];
        for (int l = 0; l < kLevels; ++l) {
            const double e = in.aggE[l * m_k + k];
            const double signedE = in.aggSigned[l * m_k + k];
            (line.inpatient ? x.inpatientEpisodes : x.outpatientEpisodes)[l] += e;
            const std::size_t pi = (static_cast<std::size_t>(t) * m_k + k) * kLevels + l;
            const double cost = line.costYuan[l];
            x.costYuan += e * cost;
            // Uninsured residents pay the whole cost.
            x.oopYuan += e * (p[PolicyKey::InsuredShare] * m_oop[pi] +
                              (1.0 - p[PolicyKey::InsuredShare]) * cost);
            const double insured = e * p[PolicyKey::InsuredShare];
            if (!line.inpatient && p.flag(PolicyKey::CapitationOn) && inCounty(l)) {
                // Capitation replaces fee-for-service for signed residents.
                x.claimsYuan[l] +=
                    (e - signedE) * p[PolicyKey::InsuredShare] * m_fundPerEpisode[pi];
            } else if (drgPaid(line, l, p)) {
                drgPoints[l == TownshipCentre ? 0 : 1] += insured * pointsPerEpisode(line, l, p);
            } else {
                x.claimsYuan[l] += insured * m_fundPerEpisode[pi];
            }
        }
    }
    for (int i = 0; i < 2; ++i)
        otherClaims[i] = x.claimsYuan[kDrgLevels[i]];
    if (p.flag(PolicyKey::CapitationOn)) {
        const double target = std::clamp(m_signingTarget[t], 0.0, 1.0);
        const double signedPop =
            in.signedPopulation0 +
            (target * in.population - in.signedPopulation0) * m_rampFraction[t];
        x.capitationYuan = std::max(0.0, signedPop) * p[PolicyKey::InsuredShare] *
                           p[PolicyKey::CapitationYuanPerSigned] / 12.0;
    }
}

void Engine::finalize(int firstChanged, const Scope &scope, Workers *workers)
{
    Results &r = m_results;
    // Months before the calendar year of the first change keep their values
    // (the DRG point value and the settlement look at whole years).
    const bool all = scope.everything || r.months != m_t || r.townships != m_w || r.lines != m_k ||
                     r.facilities != m_f || r.fund.size() != std::size_t(m_t) ||
                     scope.townshipFirst.size() != std::size_t(m_w);
    int from = 0;
    if (!all && firstChanged > 0) {
        from = std::min(firstChanged, m_t);
        from -= (m_in.settings.integer(SettingKey::StartMonth) - 1 + from) % 12;
        from = std::max(0, from);
    }
    r.months = m_t;
    r.townships = m_w;
    r.lines = m_k;
    r.facilities = m_f;
    r.startYear = m_in.settings.integer(SettingKey::StartYear);
    r.startMonth = m_in.settings.integer(SettingKey::StartMonth);
    const std::size_t wt = static_cast<std::size_t>(m_w) * m_t;
    if (all) {
        // Every month of every unit is written below.
        r.township.resize(wt);
        r.county.resize(m_t);
        m_drgPoints.resize(wt * 2);
        m_otherClaims.resize(wt * 2);
        m_countyDrg.resize(static_cast<std::size_t>(m_t) * 4);
    }
    std::vector<int> first = all ? std::vector<int>(m_w, 0) : scope.townshipFirst;
    if (all || scope.settlements)
        compileTownships();
    // Sums change in months before `until` only (DRG claims and 12-month
    // ratios later too).
    int until = all || scope.settlements ? m_t : std::min(m_t, scope.changedUntil);
    if (all || scope.staff)
        until = std::max(until, compileDoctors(all ? nullptr : &first));
    const int ratiosUntil = std::min(m_t, until + 11);

    // DRG point value by calendar year: floating = the year's DRG budget (what
    // the same admissions cost under fee-for-service) / the year's points.
    auto yearOf = [this](int t) {
        return (m_in.settings.integer(SettingKey::StartMonth) - 1 + t) / 12;
    };
    const int years = yearOf(m_t - 1) + 1;
    std::vector<double> yearPoints(years, 0.0), yearBudget(years, 0.0);
    const std::size_t lk = static_cast<std::size_t>(kLevels) * m_k;
    for (int t = from; t < m_t; ++t) {
        const Policy &p = *m_policy[t];
        for (int k = 0; k < m_k; ++k)
            for (int l = 0; l < kLevels; ++l) {
                if (!drgPaid(m_in.lines[k], l, p))
                    continue;
                const double e = m_countyE[t * lk + static_cast<std::size_t>(l) * m_k + k] *
                                 p[PolicyKey::InsuredShare];
                yearPoints[yearOf(t)] += e * pointsPerEpisode(m_in.lines[k], l, p);
                yearBudget[yearOf(t)] +=
                    e * m_fundPerEpisode[(static_cast<std::size_t>(t) * m_k + k) * kLevels + l];
            }
    }
    // Point values of untouched years stay; everything else in the fund is replayed.
    std::vector<double> pointValues(m_t, 0.0);
    std::vector<char> pointMoved(m_t, 1);
    for (int t = 0; t < m_t; ++t) {
        const Policy &p = *m_policy[t];
        if (t < from) {
            pointValues[t] = r.fund[t].drgPointValue;
            pointMoved[t] = 0;
            continue;
        }
        const double value =
            p.flag(PolicyKey::DrgFloatingPointValue)
                ? (yearPoints[yearOf(t)] > 0 ? yearBudget[yearOf(t)] / yearPoints[yearOf(t)] : 0.0)
                : p[PolicyKey::DrgFixedPointValueYuan];
        pointValues[t] = p.flag(PolicyKey::DrgOn) ? value : 0.0;
        if (!all)
            pointMoved[t] = pointValues[t] != r.fund[t].drgPointValue ? 1 : 0;
    }
    r.fund.assign(m_t, FundMonth{});
    for (int t = 0; t < m_t; ++t)
        r.fund[t].drgPointValue = pointValues[t];

    // Townships: the months whose sums changed from scratch, DRG claims of
    // every month whose point value moved.
    auto townships = [&](int wBegin, int wEnd) {
        for (int w = wBegin; w < wEnd; ++w) {
            Indicators *series = &r.township[static_cast<std::size_t>(w) * m_t];
            const int f0 = first[w];
            for (int t = f0; t < until; ++t) {
                const UnitInputs in{&m_aggE[aggIndex(t, w, 0, 0)],
                                    &m_aggSigned[aggIndex(t, w, 0, 0)],
                                    &m_unmet[(static_cast<std::size_t>(t) * m_w + w) * m_k],
                                    &m_demandW[static_cast<std::size_t>(w) * m_k],
                                    m_popW[w],
                                    m_sig0W[w],
                                    m_doctors[static_cast<std::size_t>(w) * m_t + t]};
                const std::size_t d = (static_cast<std::size_t>(w) * m_t + t) * 2;
                unitMonth(in, t, series[t], &m_drgPoints[d], &m_otherClaims[d]);
            }
            for (int t = std::min(f0, from); t < m_t; ++t)
                if ((t >= f0 && t < until) || pointMoved[t]) {
                    const std::size_t d = (static_cast<std::size_t>(w) * m_t + t) * 2;
                    applyClaims(series[t], &m_drgPoints[d], &m_otherClaims[d], pointValues[t]);
                }
            if (f0 < m_t)
                finishRatios(series, f0, ratiosUntil);
        }
    };
    if (workers)
        workers->run([&](int i) {
            townships(static_cast<int>(static_cast<long long>(m_w) * i / workers->size()),
                      static_cast<int>(static_cast<long long>(m_w) * (i + 1) / workers->size()));
        });
    else
        townships(0, m_w);
    // The county from its own sums (the incremental engine keeps them too).
    for (int t = from; t < m_t; ++t) {
        double *points = &m_countyDrg[static_cast<std::size_t>(t) * 4], *other = points + 2;
        if (t >= until) {
            if (pointMoved[t])
                applyClaims(r.county[t], points, other, pointValues[t]);
            continue;
        }
        const UnitInputs in{&m_countyE[t * lk],
                            &m_countySigned[t * lk],
                            &m_countyUnmet[static_cast<std::size_t>(t) * m_k],
                            m_demandCounty.data(),
                            m_popCounty,
                            m_sig0County,
                            m_doctorsCounty[t]};
        unitMonth(in, t, r.county[t], points, other);
        applyClaims(r.county[t], points, other, pointValues[t]);
    }
    finishRatios(r.county.data(), from, std::max(from, ratiosUntil));

    // The fund, month by month; year-end settlement with the alliance under a
    // global budget (总额预算、结余留用、超支分担).
    double balance = m_in.settings[SettingKey::InitialFundBalanceYuan];
    int yearStart = 0;
    for (int t = 0; t < m_t; ++t) {
        const Policy &p = *m_policy[t];
        FundMonth &m = r.fund[t];
        m.revenue = m_popCounty * p[PolicyKey::InsuredShare] *
                    (p[PolicyKey::FiscalSubsidyYuan] + p[PolicyKey::PersonalPremiumYuan]) / 12.0;
        m.claims = r.county[t].claimsTotalYuan;
        m.globalBudgetOn = p.flag(PolicyKey::GlobalBudgetOn);
        if (p.flag(PolicyKey::GlobalBudgetOn)) {
            m.globalBudget = m.revenue * p[PolicyKey::BudgetShare] *
                             std::max(0.0, 1.0 - p[PolicyKey::CriticalIllnessShare] -
                                               p[PolicyKey::ReserveShare]);
            m.payments = m.globalBudget * p[PolicyKey::PrepaymentShare]; // 按月预拨
        } else {
            m.payments = m.claims;
        }
        const bool yearEnd =
            (m_in.settings.integer(SettingKey::StartMonth) - 1 + t) % 12 == 11 || t == m_t - 1;
        if (yearEnd) {
            double budget = 0, prepaid = 0, claims = 0;
            for (int u = yearStart; u <= t; ++u)
                if (r.fund[u].globalBudgetOn) {
                    budget += r.fund[u].globalBudget;
                    prepaid += r.fund[u].payments;
                    claims += r.fund[u].claims;
                }
            if (budget > 0) {
                const double s = budget - claims;
                if (s >= 0) {
                    m.retainedSurplus = p[PolicyKey::SurplusRetention] * s;
                    m.settlements = claims + m.retainedSurplus - prepaid;
                } else {
                    const double fundCovers = p[PolicyKey::OverrunShare] *
                                              std::min(-s, p[PolicyKey::OverrunBand] * budget);
                    m.retainedSurplus = -(-s - fundCovers);
                    m.settlements = budget + fundCovers - prepaid;
                }
            }
            yearStart = t + 1;
        }
        m.openingBalance = balance;
        balance += m.revenue - m.payments - m.settlements;
        m.closingBalance = balance;
        double outflow = 0;
        int n = 0;
        for (int u = std::max(0, t - 11); u <= t; ++u, ++n)
            outflow += r.fund[u].payments + r.fund[u].settlements;
        const double mean = n > 0 ? outflow / n : 0.0;
        m.monthsOfReserve = mean > 0 ? balance / mean : 0.0;
    }

    // WISN staff needed from the workload (the flows themselves are the
    // engine's arrays, already in the results).
    const std::size_t ft = static_cast<std::size_t>(m_f) * m_t;
    const double minutesPerFte = m_in.settings[SettingKey::AvailableHoursPerYear] * 60.0 / 12.0;
    auto need = [&](int f) {
        for (std::size_t i = static_cast<std::size_t>(f) * m_t;
             i < static_cast<std::size_t>(f + 1) * m_t; ++i)
            r.facilityFteNeeded[i] = minutesPerFte > 0 ? m_load[i] / minutesPerFte : 0.0;
    };
    if (all || r.facilityFteNeeded.size() != ft) {
        r.facilityFteNeeded.assign(ft, 0.0);
        for (int f = 0; f < m_f; ++f)
            need(f);
    } else {
        for (int f : scope.facilities)
            need(f);
    }
}

} // namespace cc::sim
