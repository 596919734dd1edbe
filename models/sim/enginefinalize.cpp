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

// Whether the fund pays an admission by its DRG points. Under a global
// budget the points share the alliance's budget among its hospitals, and what
// the residents' care costs is what it costs: savings per case become the
// alliance's surplus. Without one, the fund pays the points at the pool's
// point value and the hospitals keep what they save per case.
bool paidByPoints(const ServiceLine &line, int l, const Policy &p)
{
    return drgPaid(line, l, p) && !p.flag(PolicyKey::GlobalBudgetOn);
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

void Engine::sumCountyMonth(int t)
{
    const std::size_t lk = static_cast<std::size_t>(kLevels) * m_k;
    const std::size_t tk = static_cast<std::size_t>(t) * m_k;
    std::fill_n(&m_countyE[t * lk], lk, 0.0);
    std::fill_n(&m_countySigned[t * lk], lk, 0.0);
    std::fill_n(&m_countyUnmet[tk], m_k, 0.0);
    std::fill_n(&m_countyReferrals[2 * tk], 2 * m_k, 0.0);
    for (int w = 0; w < m_w; ++w) {
        const std::size_t a = aggIndex(t, w, 0, 0);
        for (std::size_t i = 0; i < lk; ++i) {
            m_countyE[t * lk + i] += m_aggE[a + i];
            m_countySigned[t * lk + i] += m_aggSigned[a + i];
        }
        const std::size_t wk = twkIndex(t, w, 0);
        for (int k = 0; k < m_k; ++k) {
            m_countyUnmet[tk + k] += m_unmet[wk + k];
            m_countyReferrals[2 * (tk + k)] += m_aggReferrals[2 * (wk + k)];
            m_countyReferrals[2 * (tk + k) + 1] += m_aggReferrals[2 * (wk + k) + 1];
        }
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
    for (int w = 0; w < m_w; ++w) {
        m_popCounty += m_popW[w];
        m_sig0County += m_sig0W[w];
    }
    // The county's demand month by month, with each township's growth of use.
    m_demandCounty.assign(static_cast<std::size_t>(m_t) * m_k, 0.0);
    for (int t = 0; t < m_t; ++t)
        for (int w = 0; w < m_w; ++w)
            for (int k = 0; k < m_k; ++k)
                m_demandCounty[static_cast<std::size_t>(t) * m_k + k] +=
                    m_demandW[static_cast<std::size_t>(w) * m_k + k] *
                    m_demandFactor[twkIndex(t, w, k)];
}

int Engine::compileDoctors(std::vector<int> *townshipFirst)
{
    // County doctors (home at a county hospital) posted at grassroots facilities
    // of the township for at least the minimum grassroots posting (the
    // staffing.min_months setting, 6 months by default): the postings national
    // monitoring counts.
    const int minMonths = m_in.settings.integer(SettingKey::StaffingMinTownshipMonths);
    std::vector<double> doctors(static_cast<std::size_t>(m_w) * m_t, 0.0);
    for (const Posting &p : m_in.postings) {
        if (!p.active || p.end - p.start < minMonths || p.staff < 0 ||
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
    const double insuredShare = p[PolicyKey::InsuredShare];
    x = Indicators{};
    x.population = in.population;
    x.countyDoctorsPer10k = in.population > 0 ? in.doctors / in.population * 1e4 : 0.0;
    drgPoints[0] = drgPoints[1] = 0;
    double admissions = 0, bedDays = 0;
    for (int k = 0; k < m_k; ++k) {
        const ServiceLine &line = m_in.lines[k];
        x.demand += in.demand[k] * (in.demandFactor ? in.demandFactor[k] : 1.0);
        x.unmet += in.unmet[k];
        for (int l = 0; l < kLevels; ++l) {
            const double e = in.aggE[l * m_k + k];
            const double signedE = in.aggSigned[l * m_k + k];
            (line.inpatient ? x.inpatientEpisodes : x.outpatientEpisodes)[l] += e;
            const std::size_t pi = tklIndex(t, k, l);
            const double cost = m_cost[pi];
            x.costYuan += e * cost;
            // Uninsured residents pay the whole cost.
            x.oopYuan += e * (insuredShare * m_oop[pi] + (1.0 - insuredShare) * cost);
            const double insured = e * insuredShare;
            x.criticalIllnessYuan += insured * m_ciPerEpisode[pi];
            if (line.inpatient) {
                admissions += e;
                bedDays += e * m_lengthOfStay[pi];
            }
            if (!line.inpatient && p.flag(PolicyKey::CapitationOn) && inCounty(l)) {
                // Capitation replaces fee-for-service for signed residents.
                x.claimsYuan[l] += (e - signedE) * insuredShare * m_fundPerEpisode[pi];
            } else if (paidByPoints(line, l, p)) {
                drgPoints[l == TownshipCentre ? 0 : 1] += insured * pointsPerEpisode(line, l, p);
            } else {
                x.claimsYuan[l] += insured * m_fundPerEpisode[pi];
            }
        }
        if (!line.inpatient)
            continue;
        // Two-way referral: recovery days of down-referred admissions move from
        // the county hospital to the home township centre, paid per bed-day
        // (按床日) there; the county hospital saves their cost (but a DRG
        // payment per case does not change).
        const double up = in.referrals[2 * k], down = in.referrals[2 * k + 1];
        x.referralsUp += up;
        x.referralsDown += down;
        if (down > 0) {
            const std::size_t ch = tklIndex(t, k, CountyHospital);
            const std::size_t thc = tklIndex(t, k, TownshipCentre);
            const double days =
                down * m_lengthOfStay[ch] * m_in.settings[SettingKey::ReferralRecoveryDaysShare];
            const double perDiem = days * p[PolicyKey::BedDayRateYuan];
            const double saved =
                down * m_cost[ch] * m_in.settings[SettingKey::ReferralRecoveryCostShare];
            const double fundShareCh = m_cost[ch] > 0 ? m_fundPerEpisode[ch] / m_cost[ch] : 0.0;
            const double fundShareThc = m_cost[thc] > 0 ? m_fundPerEpisode[thc] / m_cost[thc] : 0.0;
            x.costYuan += perDiem - saved;
            x.oopYuan += insuredShare * (perDiem * (1 - fundShareThc) - saved * (1 - fundShareCh)) +
                         (1 - insuredShare) * (perDiem - saved);
            x.claimsYuan[TownshipCentre] += insuredShare * perDiem * fundShareThc;
            if (!paidByPoints(line, CountyHospital, p))
                x.claimsYuan[CountyHospital] -= insuredShare * saved * fundShareCh;
        }
    }
    for (int i = 0; i < 2; ++i)
        otherClaims[i] = x.claimsYuan[kDrgLevels[i]];
    const double target = std::clamp(m_signingTarget[t], 0.0, 1.0);
    const double signedPop =
        std::max(0.0, in.signedPopulation0 +
                          (target * in.population - in.signedPopulation0) *
                              (p.flag(PolicyKey::CapitationOn) ? m_rampFraction[t] : 0.0));
    if (p.flag(PolicyKey::CapitationOn))
        x.capitationYuan = signedPop * insuredShare * p[PolicyKey::CapitationYuanPerSigned] / 12.0;
    // Care indicators: admissions avoided by the alliance's health management,
    // admissions per 1,000 residents a year, average length of stay.
    x.avoidedAdmissions = in.avoidableRate * m_avoidance[t] * signedPop;
    // What was wanted: less the avoided admissions, plus the visits replacing
    // them where a line takes them.
    x.demand -= x.avoidedAdmissions;
    if (std::find(m_lineManaged.begin(), m_lineManaged.end(), 1) != m_lineManaged.end())
        x.demand += x.avoidedAdmissions * m_in.settings[SettingKey::ResponseVisitsPerAvoided];
    x.admissionsPer1000 = in.population > 0 ? admissions * 12.0 / in.population * 1000.0 : 0.0;
    x.averageLengthOfStay = admissions > kTiny ? bedDays / admissions : 0.0;
}

Engine::UnitInputs Engine::countyInputs(int t) const
{
    const std::size_t lk = static_cast<std::size_t>(kLevels) * m_k;
    double avoidable = 0;
    for (int w = 0; w < m_w; ++w)
        avoidable += m_avoidableRate[static_cast<std::size_t>(t) * m_w + w] * m_popW[w];
    return UnitInputs{&m_countyE[t * lk],
                      &m_countySigned[t * lk],
                      &m_countyUnmet[static_cast<std::size_t>(t) * m_k],
                      &m_demandCounty[static_cast<std::size_t>(t) * m_k],
                      nullptr,
                      &m_countyReferrals[static_cast<std::size_t>(t) * m_k * 2],
                      m_popCounty,
                      m_sig0County,
                      m_doctorsCounty.empty() ? 0.0 : m_doctorsCounty[t],
                      m_popCounty > 0 ? avoidable / m_popCounty : 0.0};
}

void Engine::finalize(int firstChanged, const Scope &scope, Workers *workers)
{
    ResultArrays &r = m_results;
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
    // Sums change in months before `until` only (DRG claims and 12-month
    // ratios later too).
    int until = all || scope.settlements ? m_t : std::min(m_t, scope.changedUntil);
    if (all || scope.staff)
        until = std::max(until, compileDoctors(all ? nullptr : &first));
    const int ratiosUntil = std::min(m_t, until + 11);

    // DRG point value by calendar year: floating = the year's DRG pool (what
    // the same admissions would have cost the fund under fee-for-service) /
    // the year's points.
    const int years = yearOf(m_t - 1) + 1;
    std::vector<double> yearPoints(years, 0.0), yearPool(years, 0.0);
    for (int y = yearOf(from); y < years; ++y)
        yearDrgSums(y, yearPoints[y], yearPool[y]);
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
        (void)p;
        pointValues[t] = drgPointValue(t, yearPoints[yearOf(t)], yearPool[yearOf(t)]);
        if (!all)
            pointMoved[t] = pointValues[t] != r.fund[t].drgPointValue ? 1 : 0;
    }
    r.fund.assign(m_t, FundMonth{});
    for (int t = 0; t < m_t; ++t)
        r.fund[t].drgPointValue = pointValues[t];

    // Beds and congestion of the units whose facilities changed.
    std::vector<char> buckets(m_w + 1, all || scope.facilitiesMoved ? 1 : 0);
    for (int f : scope.facilities)
        if (const int b = bucketOf(f); b >= 0)
            buckets[b] = 1;
    sumUnitLoads(buckets, all);
    const bool anyBucket = std::find(buckets.begin(), buckets.end(), 1) != buckets.end();

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
                                    &m_demandFactor[twkIndex(t, w, 0)],
                                    &m_aggReferrals[twkIndex(t, w, 0) * 2],
                                    m_popW[w],
                                    m_sig0W[w],
                                    m_doctors[static_cast<std::size_t>(w) * m_t + t],
                                    m_avoidableRate[static_cast<std::size_t>(t) * m_w + w]};
                const std::size_t d = (static_cast<std::size_t>(w) * m_t + t) * 2;
                unitMonth(in, t, series[t], &m_drgPoints[d], &m_otherClaims[d]);
            }
            // Beds and congestion: every month of a township whose facilities
            // changed, else the months written above.
            const double *load = &m_unitLoad[static_cast<std::size_t>(w) * m_t * kUnitLoadFields];
            for (int t = buckets[w] ? 0 : f0; t < (buckets[w] ? m_t : until); ++t)
                applyUnitLoad(series[t], load + static_cast<std::size_t>(t) * kUnitLoadFields);
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
        unitMonth(countyInputs(t), t, r.county[t], points, other);
        applyClaims(r.county[t], points, other, pointValues[t]);
    }
    finishRatios(r.county.data(), from, std::max(from, ratiosUntil));
    for (int t = anyBucket ? 0 : from; t < (anyBucket ? m_t : until); ++t)
        applyUnitLoad(r.county[t], &m_countyLoad[static_cast<std::size_t>(t) * kUnitLoadFields]);
    runFund();
    careByFacility(pointValues, all || scope.facilitiesMoved);

    // WISN staff needed from the workload (the flows themselves are the
    // engine's arrays, already in the results).
    const std::size_t ft = static_cast<std::size_t>(m_f) * m_t;
    const double minutesPerFte = m_in.settings[SettingKey::AvailableHoursPerYear] * 60.0 / 12.0;
    auto need = [&](int f) {
        for (std::size_t i = static_cast<std::size_t>(f) * m_t;
             i < static_cast<std::size_t>(f + 1) * m_t; ++i)
            r.facilityFteNeeded[i] = minutesPerFte > 0 ? m_load[i] / minutesPerFte : 0.0;
    };
    if (all || scope.facilitiesMoved || r.facilityBeds.size() != std::size_t(m_f)) {
        r.facilityBeds.assign(m_f, 0.0);
        for (int f = 0; f < m_f; ++f)
            if (m_in.facilities[f].active)
                r.facilityBeds[f] = std::max(0, m_in.facilities[f].beds);
    }
    if (all || r.facilityFteNeeded.size() != ft) {
        r.facilityFteNeeded.assign(ft, 0.0);
        for (int f = 0; f < m_f; ++f)
            need(f);
    } else {
        for (int f : scope.facilities)
            need(f);
    }
    // The snapshot: only the blocks whose values moved are written, and only
    // those the update can have changed are compared.
    PublishHint hint;
    if (!all && !scope.facilitiesMoved) {
        const bool anyPointMoved =
            std::find(pointMoved.begin(), pointMoved.end(), 1) != pointMoved.end();
        hint.facilities.assign(m_f, 0);
        for (int f : scope.facilities)
            hint.facilities[f] = 1;
        hint.drgRevenue = anyPointMoved ? std::vector<char>(m_f, 1) : hint.facilities;
        // Townships whose months were written above, or whose DRG claims or
        // telemedicine costs were.
        hint.townships.assign(m_w, anyPointMoved || scope.links ? 1 : 0);
        for (int w = 0; w < m_w; ++w)
            if (first[w] < m_t || buckets[w])
                hint.townships[w] = 1;
    }
    m_stats.blocksPublished =
        static_cast<long long>(publish(m_published, m_results, all ? nullptr : &hint));
}

void Engine::careByFacility(const std::vector<double> &pointValues, bool facilitiesMoved)
{
    ResultArrays &r = m_results;
    const std::size_t ft = static_cast<std::size_t>(m_f) * m_t;
    // Each DRG-paid hospital's points at the month's point value (点数法: its
    // revenue depends on its share of the points in the pool). Other
    // facilities' revenue stays 0 until a facility edit (a province's array
    // is tens of megabytes: not cleared on every update).
    if (facilitiesMoved || r.facilityDrgRevenue.size() != ft)
        r.facilityDrgRevenue.assign(ft, 0.0);
    for (int f = 0; f < m_f; ++f) {
        const int level = m_facLevel[f];
        if (!m_in.facilities[f].active || (level != TownshipCentre && level != CountyHospital))
            continue;
        for (int t = 0; t < m_t; ++t) {
            r.facilityDrgRevenue[ftIndex(f, t)] = 0.0;
            if (pointValues[t] == 0)
                continue;
            const Policy &p = *m_policy[t];
            const double *episodes = &m_facLineEpisodes[fktIndex(f, 0, t)];
            double points = 0;
            for (int k = 0; k < m_k; ++k)
                if (drgPaid(m_in.lines[k], level, p))
                    points += episodes[k] * p[PolicyKey::InsuredShare] *
                              pointsPerEpisode(m_in.lines[k], level, p);
            r.facilityDrgRevenue[ftIndex(f, t)] = points * pointValues[t];
        }
    }
    // Telemedicine links cost the alliance a yearly sum while they run.
    for (Indicators &x : r.county)
        x.telemedicineCostYuan = 0;
    for (Indicators &x : r.township)
        x.telemedicineCostYuan = 0;
    for (const TelemedicineLink &link : m_in.links) {
        if (!link.active || link.centre < 0 || link.centre >= m_f)
            continue;
        const int w = m_in.facilities[link.centre].township;
        for (int t = std::max(0, link.start); t < std::min(m_t, link.end); ++t) {
            const double cost = std::max(0.0, link.annualCostYuan) / 12.0;
            r.county[t].telemedicineCostYuan += cost;
            if (w >= 0 && w < m_w)
                r.township[static_cast<std::size_t>(w) * m_t + t].telemedicineCostYuan += cost;
        }
    }
}

int Engine::bucketOf(int f) const
{
    const Facility &fac = m_in.facilities[f];
    if (!fac.active || !inCounty(fac.level))
        return -1;
    if (grassroots(fac.level) && fac.township >= 0)
        return std::min(fac.township, m_w - 1);
    return m_w;
}

void Engine::sumUnitLoads(const std::vector<char> &buckets, bool all)
{
    const std::size_t stride = static_cast<std::size_t>(m_t) * kUnitLoadFields;
    if (all || m_unitLoad.size() != stride * (m_w + 1)) {
        m_unitLoad.assign(stride * (m_w + 1), 0.0);
        m_countyLoad.assign(stride, 0.0);
        all = true;
    }
    // Take the old sums of the buckets redone out of the county's.
    for (int b = 0; b <= m_w; ++b) {
        if (!buckets[b])
            continue;
        double *sums = &m_unitLoad[b * stride];
        if (!all)
            for (std::size_t i = 0; i < stride; ++i)
                m_countyLoad[i] -= sums[i];
        std::fill(sums, sums + stride, 0.0);
    }
    for (int f = 0; f < m_f; ++f) {
        const int b = bucketOf(f);
        if (b < 0 || !buckets[b])
            continue;
        double *sums = &m_unitLoad[b * stride];
        const double available = std::max(0, m_in.facilities[f].beds) * kDaysPerMonth;
        for (int t = 0; t < m_t; ++t) {
            const std::size_t i = ftIndex(f, t);
            const double op = std::max(0.0, m_load[i] - m_wardMinutes[i]);
            double *x = sums + static_cast<std::size_t>(t) * kUnitLoadFields;
            x[OpMinutes] += op;
            x[OpWeightedWait] += op * m_wait[i];
            x[BedDays] += m_bedDays[i];
            x[BedWeightedWait] += m_bedDays[i] * m_waitIp[i];
            x[BedDaysAvailable] += available;
        }
    }
    for (int b = 0; b <= m_w; ++b)
        if (buckets[b])
            for (std::size_t i = 0; i < stride; ++i)
                m_countyLoad[i] += m_unitLoad[b * stride + i];
}

void Engine::applyUnitLoad(Indicators &x, const double *sums)
{
    x.bedDays = sums[BedDays];
    x.bedDaysAvailable = sums[BedDaysAvailable];
    x.bedOccupancy = x.bedDaysAvailable > 0 ? x.bedDays / x.bedDaysAvailable : 0.0;
    x.outpatientWait = sums[OpMinutes] > kTiny ? sums[OpWeightedWait] / sums[OpMinutes] : 0.0;
    x.inpatientWait = sums[BedDays] > kTiny ? sums[BedWeightedWait] / sums[BedDays] : 0.0;
}

void Engine::yearDrgSums(int year, double &points, double &pool) const
{
    points = pool = 0;
    const std::size_t lk = static_cast<std::size_t>(kLevels) * m_k;
    for (int t = 0; t < m_t; ++t) {
        if (yearOf(t) != year)
            continue;
        const Policy &p = *m_policy[t];
        for (int k = 0; k < m_k; ++k)
            for (int l = 0; l < kLevels; ++l) {
                if (!drgPaid(m_in.lines[k], l, p))
                    continue;
                const double e = m_countyE[t * lk + static_cast<std::size_t>(l) * m_k + k] *
                                 p[PolicyKey::InsuredShare];
                points += e * pointsPerEpisode(m_in.lines[k], l, p);
                pool += e * m_fundPerEpisodeBase[tklIndex(t, k, l)];
            }
    }
}

double Engine::drgPointValue(int t, double points, double pool) const
{
    const Policy &p = *m_policy[t];
    if (!p.flag(PolicyKey::DrgOn))
        return 0.0;
    if (!p.flag(PolicyKey::DrgFloatingPointValue))
        return p[PolicyKey::DrgFixedPointValueYuan];
    return points > 0 ? pool / points : 0.0;
}

double Engine::monthRevenue(int t) const
{
    const Policy &p = *m_policy[t];
    return m_popCounty * p[PolicyKey::InsuredShare] *
           (p[PolicyKey::FiscalSubsidyYuan] + p[PolicyKey::PersonalPremiumYuan]) *
           m_revenueFactor[t] / 12.0;
}

double Engine::monthBudget(int t, double spending) const
{
    const Policy &p = *m_policy[t];
    if (!p.flag(PolicyKey::GlobalBudgetOn))
        return 0.0;
    if (p.integer(PolicyKey::BudgetMethod) == 0)
        return monthRevenue(t) * p[PolicyKey::BudgetShare] *
               std::max(0.0, 1.0 - p[PolicyKey::CriticalIllnessShare] - p[PolicyKey::ReserveShare]);
    return spending * (1.0 + p[PolicyKey::BudgetGrowthRate]) * p[PolicyKey::BudgetShare] / 12.0;
}

double Engine::lastYearSpending(int year, const std::vector<double> &yearClaims,
                                const std::vector<int> &yearMonths, double firstMonthClaims) const
{
    // The year before the run is not simulated: its spending is taken as
    // twelve times the first month's.
    if (year > 0 && yearMonths[year - 1] > 0)
        return yearClaims[year - 1] * 12.0 / yearMonths[year - 1];
    return 12.0 * firstMonthClaims;
}

void Engine::runFund()
{
    // The county resident fund month by month (DESIGN.md "Insurance fund").
    // Under a global budget (总额预算、结余留用、超支分担) the alliance is
    // prepaid each month and settles at the year end; its budget is last
    // year's actual spending on its residents x (1 + growth) (or a share of
    // revenue); the high-cost part of claims is paid outside the budget from
    // the critical-illness carve-out; a turnover fund (周转金) is advanced at
    // the start of each budget year and recovered at its settlement.
    ResultArrays &r = m_results;
    const int years = yearOf(m_t - 1) + 1;
    // Claims the alliance answers for (all but the critical-illness part), by
    // calendar year, for the next year's budget.
    std::vector<double> yearClaims(years, 0.0);
    std::vector<int> yearMonths(years, 0);
    for (int t = 0; t < m_t; ++t) {
        FundMonth &m = r.fund[t];
        m.claims = r.county[t].claimsTotalYuan;
        m.criticalIllness = std::min(m.claims, r.county[t].criticalIllnessYuan);
        yearClaims[yearOf(t)] += m.claims - m.criticalIllness;
        ++yearMonths[yearOf(t)];
    }
    const double firstMonth = r.fund[0].claims - r.fund[0].criticalIllness;
    double balance = m_in.settings[SettingKey::InitialFundBalanceYuan];
    double budget = 0, prepaid = 0, allianceClaims = 0, advanced = 0;
    bool budgetYear = false; // a budget year has started (and its turnover fund advanced)
    for (int t = 0; t < m_t; ++t) {
        const Policy &p = *m_policy[t];
        FundMonth &m = r.fund[t];
        m.revenue = monthRevenue(t);
        m.globalBudgetOn = p.flag(PolicyKey::GlobalBudgetOn);
        if (m.globalBudgetOn) {
            m.globalBudget =
                monthBudget(t, lastYearSpending(yearOf(t), yearClaims, yearMonths, firstMonth));
            const double prepayment = m.globalBudget * p[PolicyKey::PrepaymentShare]; // 按月预拨
            if (!budgetYear) {
                budgetYear = true;
                advanced = p[PolicyKey::TurnoverMonths] * prepayment;
                m.turnover = advanced;
            }
            m.payments = prepayment + m.criticalIllness;
            budget += m.globalBudget;
            prepaid += prepayment;
            allianceClaims += m.claims - m.criticalIllness;
        } else {
            m.payments = m.claims;
        }
        const bool yearEnd =
            (m_in.settings.integer(SettingKey::StartMonth) - 1 + t) % 12 == 11 || t == m_t - 1;
        if (yearEnd) {
            if (budgetYear) {
                const double s = budget - allianceClaims;
                if (s >= 0) {
                    m.retainedSurplus = p[PolicyKey::SurplusRetention] * s;
                    m.settlements = allianceClaims + m.retainedSurplus - prepaid;
                } else {
                    const double fundCovers = p[PolicyKey::OverrunShare] *
                                              std::min(-s, p[PolicyKey::OverrunBand] * budget);
                    m.retainedSurplus = -(-s - fundCovers);
                    m.settlements = budget + fundCovers - prepaid;
                }
            }
            m.turnover -= advanced;
            budget = prepaid = allianceClaims = advanced = 0;
            budgetYear = false;
        }
        m.openingBalance = balance;
        balance += m.revenue - m.payments - m.settlements - m.turnover;
        m.closingBalance = balance;
        double outflow = 0;
        int n = 0;
        for (int u = std::max(0, t - 11); u <= t; ++u, ++n)
            outflow += r.fund[u].payments + r.fund[u].settlements;
        const double mean = n > 0 ? outflow / n : 0.0;
        m.monthsOfReserve = mean > 0 ? balance / mean : 0.0;
    }
}

double Engine::yearAllianceClaims(int year) const
{
    // The county's claims of the year from its sums, as finalize() computes them.
    double points = 0, pool = 0;
    yearDrgSums(year, points, pool);
    double claims = 0;
    for (int t = 0; t < m_t; ++t) {
        if (yearOf(t) != year)
            continue;
        Indicators x;
        double drg[2], other[2];
        unitMonth(countyInputs(t), t, x, drg, other);
        applyClaims(x, drg, other, drgPointValue(t, points, pool));
        claims += x.claimsTotalYuan - std::min(x.claimsTotalYuan, x.criticalIllnessYuan);
    }
    return claims;
}

Engine::YearPosition Engine::yearPosition(int year) const
{
    // The alliance's budget and claims over the months of `year` the budget
    // was on, from the county's sums as finalize() and runFund() take them.
    YearPosition position;
    std::vector<double> yearClaims(year + 1, 0.0);
    std::vector<int> yearMonths(year + 1, 0);
    for (int t = 0; t < m_t; ++t)
        if (yearOf(t) < year)
            ++yearMonths[yearOf(t)];
    if (year > 0)
        yearClaims[year - 1] = yearAllianceClaims(year - 1);
    double points = 0, pool = 0;
    const auto allianceClaims = [&](int t) {
        Indicators x;
        double drg[2], other[2];
        unitMonth(countyInputs(t), t, x, drg, other);
        applyClaims(x, drg, other, drgPointValue(t, points, pool));
        return x.claimsTotalYuan - std::min(x.claimsTotalYuan, x.criticalIllnessYuan);
    };
    yearDrgSums(0, points, pool);
    const double firstMonth = allianceClaims(0);
    const double spending = lastYearSpending(year, yearClaims, yearMonths, firstMonth);
    yearDrgSums(year, points, pool);
    for (int t = 0; t < m_t; ++t) {
        if (yearOf(t) != year || !m_policy[t]->flag(PolicyKey::GlobalBudgetOn))
            continue;
        position.on = true;
        position.budget += monthBudget(t, spending);
        position.claims += allianceClaims(t);
    }
    return position;
}

int Engine::regimeOf(int year) const
{
    // The alliance reads its position from its last settlement: after a year
    // in surplus (or none under the budget) it keeps the retention share of
    // a yuan saved; after an overrun within the sharing band, what the fund
    // does not cover; beyond the band, all of it.
    if (year <= 0)
        return 0;
    const YearPosition last = yearPosition(year - 1);
    const double surplus = last.budget - last.claims;
    if (!last.on || surplus >= 0)
        return 0;
    int lastMonth = 0;
    for (int t = 0; t < m_t; ++t)
        if (yearOf(t) == year - 1)
            lastMonth = t;
    return -surplus <= (*m_policy[lastMonth])[PolicyKey::OverrunBand] * last.budget ? 1 : 2;
}

} // namespace cc::sim
