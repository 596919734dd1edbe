// Indicators and the insurance fund, from the aggregated episodes.
#include "models/sim/engine.h"

#include <algorithm>
#include <cmath>

namespace cc::sim {

namespace {

// Below this many episodes a ratio is reported as 0: the incremental engine's
// running sums leave rounding dust where a from-scratch run has exact zeros.
constexpr double kTiny = 1e-7;

double ratio(double num, double den)
{
    return den > kTiny ? std::clamp(num / den, 0.0, 1.0) : 0.0;
}

void addInto(Indicators &a, const Indicators &b)
{
    a.population += b.population;
    a.demand += b.demand;
    a.unmet += b.unmet;
    for (int l = 0; l < kLevels; ++l) {
        a.outpatientEpisodes[l] += b.outpatientEpisodes[l];
        a.inpatientEpisodes[l] += b.inpatientEpisodes[l];
        a.claimsYuan[l] += b.claimsYuan[l];
    }
    a.costYuan += b.costYuan;
    a.oopYuan += b.oopYuan;
    a.drgYuan += b.drgYuan;
    a.capitationYuan += b.capitationYuan;
    a.countyDoctorsPer10k += b.countyDoctorsPer10k; // a count until finishRatios
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

// `series` holds one unit's months; turns raw sums into ratios, 12-month rolling too.
void finishRatios(Indicators *series, int months, int from)
{
    std::vector<Shares> shares(months);
    for (int t = 0; t < months; ++t)
        shares[t] = sharesOf(series[t]);
    for (int t = from; t < months; ++t) {
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
        double inCountyClaims = x.capitationYuan;
        x.claimsTotalYuan = x.capitationYuan;
        for (int l = 0; l < kLevels; ++l) {
            x.claimsTotalYuan += x.claimsYuan[l];
            if (inCounty(l))
                inCountyClaims += x.claimsYuan[l];
        }
        x.inCountyFundShare = x.claimsTotalYuan > kTiny
                                  ? std::clamp(inCountyClaims / x.claimsTotalYuan, 0.0, 1.0)
                                  : 0.0;
        x.countyDoctorsPer10k = x.population > 0 ? x.countyDoctorsPer10k / x.population * 1e4 : 0.0;
    }
}

} // namespace

double Indicators::episodes() const
{
    double sum = 0;
    for (int l = 0; l < kLevels; ++l)
        sum += outpatientEpisodes[l] + inpatientEpisodes[l];
    return sum;
}

void Engine::finalize(int firstChanged)
{
    Results &r = m_results;
    // Months before the calendar year of the first change keep their values
    // (the DRG point value and the settlement look at whole years).
    const bool sameShape = r.months == m_t && r.townships == m_w && r.lines == m_k &&
                           r.facilities == m_f && !r.fund.empty();
    int from = 0;
    if (sameShape && firstChanged > 0) {
        from = std::min(firstChanged, m_t);
        from -= (m_in.settings.startMonth - 1 + from) % 12;
        from = std::max(0, from);
    }
    r.months = m_t;
    r.townships = m_w;
    r.lines = m_k;
    r.facilities = m_f;
    r.startYear = m_in.settings.startYear;
    r.startMonth = m_in.settings.startMonth;
    if (from == 0) {
        r.township.assign(static_cast<std::size_t>(m_w) * m_t, Indicators{});
        r.county.assign(m_t, Indicators{});
        r.countyEpisodes.assign(static_cast<std::size_t>(m_t) * kLevels * m_k, 0.0);
    } else {
        for (int w = 0; w < m_w; ++w)
            std::fill(r.township.begin() + static_cast<std::ptrdiff_t>(w) * m_t + from,
                      r.township.begin() + static_cast<std::ptrdiff_t>(w + 1) * m_t, Indicators{});
        std::fill(r.county.begin() + from, r.county.end(), Indicators{});
        std::fill(r.countyEpisodes.begin() + static_cast<std::ptrdiff_t>(from) * kLevels * m_k,
                  r.countyEpisodes.end(), 0.0);
    }
    // Point values of untouched years stay; everything else in the fund is replayed.
    std::vector<double> pointValues(m_t, 0.0);
    for (int t = 0; t < from; ++t)
        pointValues[t] = r.fund[t].drgPointValue;
    r.fund.assign(m_t, FundMonth{});
    for (int t = 0; t < from; ++t)
        r.fund[t].drgPointValue = pointValues[t];

    // Static per-township population and demand; signed population per month.
    std::vector<double> pop(m_w, 0.0), demandW(static_cast<std::size_t>(m_w) * m_k, 0.0);
    std::vector<double> sig0Pop(m_w, 0.0);
    for (const Settlement &st : m_in.settlements) {
        if (!st.active)
            continue;
        const int w = std::clamp(st.township, 0, m_w - 1);
        pop[w] += st.population;
        sig0Pop[w] += st.population * st.signedShare;
        for (int k = 0; k < m_k; ++k)
            demandW[static_cast<std::size_t>(w) * m_k + k] += st.population * m_lineRate[k] / 12.0;
    }
    double totalPop = 0;
    for (double p : pop)
        totalPop += p;

    // County doctors posted six months or more at grassroots facilities.
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

    // DRG point value by calendar year: floating = the year's DRG budget (what
    // the same admissions cost under fee-for-service) / the year's points.
    auto yearOf = [this](int t) { return (m_in.settings.startMonth - 1 + t) / 12; };
    auto drgPaid = [](const ServiceLine &line, int l, const Policy &p) {
        return line.inpatient && p.drgOn && (l == TownshipCentre || l == CountyHospital);
    };
    auto pointsPerEpisode = [](const ServiceLine &line, int l, const Policy &p) {
        return p.drgBasePoints * line.drgWeight *
               (l == TownshipCentre ? p.drgCoefTownship : p.drgCoefCounty);
    };
    const int years = yearOf(m_t - 1) + 1;
    std::vector<double> yearPoints(years, 0.0), yearBudget(years, 0.0);
    for (int t = from; t < m_t; ++t) {
        const Policy &p = *m_policy[t];
        for (int w = 0; w < m_w; ++w)
            for (int k = 0; k < m_k; ++k)
                for (int l = 0; l < kLevels; ++l) {
                    if (!drgPaid(m_in.lines[k], l, p))
                        continue;
                    const double e = m_aggE[aggIndex(t, w, l, k)] * p.insuredShare;
                    yearPoints[yearOf(t)] += e * pointsPerEpisode(m_in.lines[k], l, p);
                    yearBudget[yearOf(t)] +=
                        e * m_fundPerEpisode[(static_cast<std::size_t>(t) * m_k + k) * kLevels + l];
                }
    }

    for (int t = from; t < m_t; ++t) {
        const Policy &p = *m_policy[t];
        const double pointValue =
            p.drgFloating
                ? (yearPoints[yearOf(t)] > 0 ? yearBudget[yearOf(t)] / yearPoints[yearOf(t)] : 0.0)
                : p.drgFixedPointValueYuan;
        r.fund[t].drgPointValue = p.drgOn ? pointValue : 0.0;
        for (int w = 0; w < m_w; ++w) {
            Indicators &x = r.township[static_cast<std::size_t>(w) * m_t + t];
            x.population = pop[w];
            x.countyDoctorsPer10k = doctors[static_cast<std::size_t>(w) * m_t + t];
            for (int k = 0; k < m_k; ++k) {
                const ServiceLine &line = m_in.lines[k];
                x.demand += demandW[static_cast<std::size_t>(w) * m_k + k];
                x.unmet += m_unmet[(static_cast<std::size_t>(t) * m_w + w) * m_k + k];
                for (int l = 0; l < kLevels; ++l) {
                    const std::size_t ai = aggIndex(t, w, l, k);
                    const double e = m_aggE[ai];
                    const double signedE = m_aggSigned[ai];
                    r.countyEpisodes[(static_cast<std::size_t>(t) * kLevels + l) * m_k + k] += e;
                    (line.inpatient ? x.inpatientEpisodes : x.outpatientEpisodes)[l] += e;
                    const std::size_t pi = (static_cast<std::size_t>(t) * m_k + k) * kLevels + l;
                    const double cost = line.costYuan[l];
                    x.costYuan += e * cost;
                    // Uninsured residents pay the whole cost.
                    x.oopYuan += e * (p.insuredShare * m_oop[pi] + (1.0 - p.insuredShare) * cost);
                    const double insured = e * p.insuredShare;
                    double claims = 0;
                    if (!line.inpatient && p.capitationOn && inCounty(l)) {
                        // Capitation replaces fee-for-service for signed residents.
                        claims = (e - signedE) * p.insuredShare * m_fundPerEpisode[pi];
                    } else if (drgPaid(line, l, p)) {
                        claims = insured * pointsPerEpisode(line, l, p) * pointValue;
                        x.drgYuan += claims;
                    } else {
                        claims = insured * m_fundPerEpisode[pi];
                    }
                    x.claimsYuan[l] += claims;
                }
            }
            if (p.capitationOn) {
                const double signedPop =
                    sig0Pop[w] + (m_signingTarget[t] * pop[w] - sig0Pop[w]) * m_rampFraction[t];
                x.capitationYuan =
                    std::max(0.0, signedPop) * p.insuredShare * p.capitationYuanPerSigned / 12.0;
            }
            addInto(r.county[t], x);
        }
    }
    for (int w = 0; w < m_w; ++w)
        finishRatios(&r.township[static_cast<std::size_t>(w) * m_t], m_t, from);
    finishRatios(r.county.data(), m_t, from);

    // The fund, month by month; year-end settlement with the alliance under a
    // global budget (总额预算、结余留用、超支分担).
    double balance = m_in.settings.initialFundBalanceYuan;
    int yearStart = 0;
    for (int t = 0; t < m_t; ++t) {
        const Policy &p = *m_policy[t];
        FundMonth &m = r.fund[t];
        m.revenue =
            totalPop * p.insuredShare * (p.fiscalSubsidyYuan + p.personalPremiumYuan) / 12.0;
        m.claims = r.county[t].claimsTotalYuan;
        m.globalBudgetOn = p.globalBudgetOn;
        if (p.globalBudgetOn) {
            m.globalBudget = m.revenue * p.budgetShare *
                             std::max(0.0, 1.0 - p.criticalIllnessShare - p.reserveShare);
            m.payments = m.globalBudget * p.prepaymentShare; // 按月预拨
        } else {
            m.payments = m.claims;
        }
        const bool yearEnd = (m_in.settings.startMonth - 1 + t) % 12 == 11 || t == m_t - 1;
        if (yearEnd) {
            double budget = 0, prepaid = 0, claims = 0;
            for (int u = yearStart; u <= t; ++u)
                if (r.fund[u].globalBudgetOn) {
                    budget += r.fund[u].globalBudget;
                    prepaid += r.fund[u].payments;
                    claims += r.fund[u].claims;
                }
            if (budget > 0) {
                const Policy &pe = p;
                const double s = budget - claims;
                if (s >= 0) {
                    m.retainedSurplus = pe.surplusRetention * s;
                    m.settlements = claims + m.retainedSurplus - prepaid;
                } else {
                    const double fundCovers =
                        pe.overrunShare * std::min(-s, pe.overrunBand * budget);
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

    const std::size_t ft = static_cast<std::size_t>(m_f) * m_t;
    const double minutesPerFte = m_in.settings.availableHoursPerYear * 60.0 / 12.0;
    if (from == 0 || r.facilityEpisodes.size() != ft) {
        r.facilityEpisodes = m_facEpisodes;
        r.facilityWorkloadMinutes = m_load;
        r.facilityFte = m_fte;
        r.facilityWait = m_wait;
        r.facilityFteNeeded.assign(ft, 0.0);
        for (std::size_t i = 0; i < ft; ++i)
            r.facilityFteNeeded[i] = minutesPerFte > 0 ? m_load[i] / minutesPerFte : 0.0;
        return;
    }
    // Staff time can change before `from` (a posting's home facility), so FTE
    // is copied whole; the flows only from `from` on.
    r.facilityFte = m_fte;
    for (int f = 0; f < m_f; ++f)
        for (std::size_t i = static_cast<std::size_t>(f) * m_t + from;
             i < static_cast<std::size_t>(f + 1) * m_t; ++i) {
            r.facilityEpisodes[i] = m_facEpisodes[i];
            r.facilityWorkloadMinutes[i] = m_load[i];
            r.facilityWait[i] = m_wait[i];
            r.facilityFteNeeded[i] = minutesPerFte > 0 ? m_load[i] / minutesPerFte : 0.0;
        }
}

} // namespace cc::sim
