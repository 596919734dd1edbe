#include "models/sim/calibrator.h"

#include "models/sim/engine.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cc::sim {

namespace {

std::string format(const char *pattern, double a, double b = 0)
{
    char buffer[256];
    std::snprintf(buffer, sizeof buffer, pattern, a, b);
    return buffer;
}

// The shift d with f(d) = target for an increasing f, by bisection over
// [-30, 30]; `reached` says whether the target lies inside f's range.
template <typename F> double solveShift(const F &f, double target, bool *reached)
{
    double lo = -30, hi = 30;
    const double flo = f(lo), fhi = f(hi);
    *reached = true;
    if (target <= flo) {
        *reached = target > flo - 1e-9;
        return lo;
    }
    if (target >= fhi) {
        *reached = target < fhi + 1e-9;
        return hi;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-13; ++i) {
        const double mid = 0.5 * (lo + hi);
        (f(mid) < target ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

// A share a of a total moved by odds shift d against the rest b: a e^d / (a e^d + b).
double shifted(double a, double b, double d)
{
    if (a <= 0)
        return 0.0;
    if (b <= 0)
        return a;
    const double total = a + b;
    return total * a / (a + b * std::exp(-d));
}

// One line's first-year shares and what the fit aims at.
struct LineFit {
    double episodes = 0;   // first-year episodes (all levels)
    LevelArray modelled{}; // first-year shares
    LevelArray pattern{};  // stated shares normalised over the stated levels
    std::array<bool, kLevels> stated{};
    double freeIn = 0, freeGrassroots = 0; // in-county / grassroots share of the unstated levels
    LevelArray base{};                     // the pattern scaled to what the unstated levels leave
    double in = 0, out = 0,
           grass = 0; // base shares: in-county, out, grassroots (stated levels)

    // Target shares after shifting the in-county odds by dIn and (outpatient
    // lines) the grassroots odds within the county by dGrassroots.
    LevelArray targets(double dIn, double dGrassroots, bool outpatient) const
    {
        const double in2 = shifted(in, out, dIn), out2 = in + out - in2;
        const double county = in - grass;
        const double grassroots2 =
            outpatient ? shifted(grass, county, dGrassroots) * (in > 0 ? in2 / in : 0.0)
                       : (in > 0 ? grass * in2 / in : 0.0);
        const double county2 = in2 - grassroots2;
        LevelArray t{};
        for (int l = 0; l < kLevels; ++l) {
            if (!stated[l])
                continue;
            const double group = !inCounty(l) ? out : grassroots(l) ? grass : county;
            const double group2 = !inCounty(l) ? out2 : grassroots(l) ? grassroots2 : county2;
            t[l] = group > 0 ? base[l] * group2 / group : 0.0;
        }
        return t;
    }
    double inCountyAfter(double dIn) const { return shifted(in, out, dIn) + freeIn; }
};

} // namespace

CalibrationReport calibrate(Input &input, const CalibrationOptions &options)
{
    CalibrationReport report;
    Input work = input;
    const int months = std::clamp(options.months, 1,
                                  std::max(1, input.settings.integer(SettingKey::HorizonMonths)));
    work.settings[SettingKey::HorizonMonths] = months;
    const int K = static_cast<int>(work.lines.size());
    const Settings &set = input.settings;
    const double targetIn = set[SettingKey::TargetInCountyRate];
    const double targetIp = set[SettingKey::TargetInCountyInpatientShare];
    const double targetGr = set[SettingKey::TargetGrassrootsShare];
    const double targetClaims = set[SettingKey::TargetClaimsToRevenue];
    report.indicators = {{"in_county_rate", targetIn, 0, targetIn > 0},
                         {"in_county_inpatient_share", targetIp, 0, targetIp > 0},
                         {"grassroots_share", targetGr, 0, targetGr > 0},
                         {"claims_to_revenue", targetClaims, 0, targetClaims > 0}};

    std::vector<LineFit> fits(K);
    for (int k = 0; k < K; ++k) {
        double sum = 0;
        for (double v : work.lines[k].baselineShare)
            sum += std::max(0.0, v);
        for (int l = 0; l < kLevels; ++l) {
            fits[k].pattern[l] = sum > 0 ? std::max(0.0, work.lines[k].baselineShare[l]) / sum : 0;
            fits[k].stated[l] = fits[k].pattern[l] > 0;
        }
    }
    // Levels without a stated share take the constant of the nearest stated level.
    auto deriveUnstated = [&](ServiceLine &line, const LineFit &fit) {
        for (int l = 0; l < kLevels; ++l) {
            if (fit.stated[l])
                continue;
            int ref = -1;
            for (int u = l + 1; u < kLevels && ref < 0; ++u)
                if (fit.stated[u])
                    ref = u;
            for (int u = l - 1; u >= 0 && ref < 0; --u)
                if (fit.stated[u])
                    ref = u;
            if (ref >= 0)
                line.asc[l] = line.asc[ref];
        }
    };
    for (int k = 0; k < K; ++k)
        deriveUnstated(work.lines[k], fits[k]);

    Engine engine(work);
    bool claimsReached = true;
    std::vector<std::string> unreachable;
    for (int it = 0;; ++it) {
        const Results &r = engine.results();
        // First-year shares by line and level.
        for (int k = 0; k < K; ++k) {
            LineFit &fit = fits[k];
            LevelArray episodes{};
            fit.episodes = 0;
            for (int t = 0; t < months; ++t)
                for (int l = 0; l < kLevels; ++l)
                    episodes[l] += r.countyEpisodesAt(t, l, k);
            for (double e : episodes)
                fit.episodes += e;
            for (int l = 0; l < kLevels; ++l)
                fit.modelled[l] = fit.episodes > 0 ? episodes[l] / fit.episodes : 0.0;
            const bool hasPattern =
                std::any_of(fit.stated.begin(), fit.stated.end(), [](bool s) { return s; });
            // A stated level no facility can reach is left to the model (and reported).
            if (it == 0 && fit.episodes > 0)
                for (int l = 0; l < kLevels; ++l)
                    if (fit.stated[l] && fit.modelled[l] <= 0) {
                        fit.stated[l] = false;
                        report.problems.push_back(
                            "line " + std::to_string(k) + ", level " + std::to_string(l) +
                            ": stated share > 0 but no facility can treat it in the first year");
                    }
            double free = 0, statedSum = 0;
            fit.freeIn = fit.freeGrassroots = 0;
            for (int l = 0; l < kLevels; ++l) {
                if (hasPattern && fit.stated[l]) {
                    statedSum += fit.pattern[l];
                    continue;
                }
                free += fit.modelled[l];
                if (inCounty(l))
                    fit.freeIn += fit.modelled[l];
                if (grassroots(l))
                    fit.freeGrassroots += fit.modelled[l];
            }
            fit.in = fit.out = fit.grass = 0;
            for (int l = 0; l < kLevels; ++l) {
                // Without stated shares the line keeps its modelled ones.
                fit.base[l] = !hasPattern ? fit.modelled[l]
                              : fit.stated[l] && statedSum > 0
                                  ? fit.pattern[l] / statedSum * (1.0 - free)
                                  : 0.0;
                if (!hasPattern)
                    fit.stated[l] = fit.modelled[l] > 0;
                if (!fit.stated[l])
                    continue;
                (inCounty(l) ? fit.in : fit.out) += fit.base[l];
                if (grassroots(l))
                    fit.grass += fit.base[l];
            }
            if (!hasPattern)
                fit.freeIn = fit.freeGrassroots = 0;
        }
        // The shifts that make the aggregates match the stated indicators.
        double ipEpisodes = 0, opEpisodes = 0;
        for (int k = 0; k < K; ++k)
            (work.lines[k].inpatient ? ipEpisodes : opEpisodes) += fits[k].episodes;
        auto sumOver = [&](bool inpatient, const auto &value) {
            double sum = 0;
            for (int k = 0; k < K; ++k)
                if (work.lines[k].inpatient == inpatient)
                    sum += fits[k].episodes * value(fits[k]);
            return sum;
        };
        unreachable.clear();
        bool reached = true;
        double dIp = 0, dOp = 0, dGr = 0;
        const auto ipShare = [&](double d) {
            return ipEpisodes > 0
                       ? sumOver(true, [d](const LineFit &f) { return f.inCountyAfter(d); }) /
                             ipEpisodes
                       : 0.0;
        };
        if (targetIp > 0 && ipEpisodes > 0) {
            dIp = solveShift(ipShare, targetIp, &reached);
            if (!reached)
                unreachable.push_back(format("in_county_inpatient_share: the target %.3f is out "
                                             "of reach (%.3f at the nearest)",
                                             targetIp, ipShare(dIp)));
        }
        const double ipIn = ipShare(dIp) * ipEpisodes;
        const auto inRate = [&](double d) {
            const double opIn =
                sumOver(false, [d](const LineFit &f) { return f.inCountyAfter(d); });
            return (opIn + ipIn) / std::max(1e-300, opEpisodes + ipEpisodes);
        };
        if (targetIn > 0 && opEpisodes + ipEpisodes > 0) {
            dOp = solveShift(inRate, targetIn, &reached);
            if (!reached)
                unreachable.push_back(format("in_county_rate: the target %.3f is out of reach "
                                             "(%.3f at the nearest)",
                                             targetIn, inRate(dOp)));
        }
        const double opIn =
            sumOver(false, [dOp](const LineFit &f) { return f.inCountyAfter(dOp); });
        const auto grShare = [&](double d) {
            const double gr = sumOver(false, [&](const LineFit &f) {
                const LevelArray t = f.targets(dOp, d, true);
                return t[VillageClinic] + t[TownshipCentre] + f.freeGrassroots;
            });
            return opIn > 0 ? gr / opIn : 0.0;
        };
        if (targetGr > 0 && opIn > 0) {
            dGr = solveShift(grShare, targetGr, &reached);
            if (!reached)
                unreachable.push_back(format("grassroots_share: the target %.3f is out of reach "
                                             "(%.3f at the nearest)",
                                             targetGr, grShare(dGr)));
        }

        // How far the model is from the targets.
        double worst = 0;
        ChangeSet change;
        for (int k = 0; k < K; ++k) {
            const LineFit &fit = fits[k];
            if (fit.episodes <= 0)
                continue;
            const bool inpatient = work.lines[k].inpatient;
            const LevelArray target = fit.targets(inpatient ? dIp : dOp, dGr, !inpatient);
            ServiceLine line = engine.input().lines[k];
            for (int l = 0; l < kLevels; ++l) {
                if (!fit.stated[l])
                    continue;
                worst = std::max(worst, std::abs(fit.modelled[l] - target[l]));
                if (target[l] > 0 && fit.modelled[l] > 0)
                    line.asc[l] += std::log(target[l] / fit.modelled[l]);
            }
            deriveUnstated(line, fit);
            change.lines.emplace_back(k, line);
        }
        // The first year's aggregates and claims as modelled.
        const Indicators &year = r.countyAt(months - 1);
        report.inCountyRate = year.inCountyRate12;
        report.inCountyInpatientShare = year.inCountyInpatientShare12;
        report.grassrootsShare = year.grassrootsShare12;
        double claims = 0, revenue = 0;
        for (int t = 0; t < months; ++t) {
            claims += r.fund[t].claims;
            revenue += r.fund[t].revenue;
        }
        const double claimsRatio = revenue > 0 ? claims / revenue : 0.0;
        report.indicators[0].modelled = report.inCountyRate;
        report.indicators[1].modelled = report.inCountyInpatientShare;
        report.indicators[2].modelled = report.grassrootsShare;
        report.indicators[3].modelled = claimsRatio;
        for (const CalibrationIndicator &x : report.indicators)
            if (x.stated)
                worst = std::max(worst, std::abs(x.gap()));
        report.iterations = it;
        report.maxError = worst;
        report.claimsScale = engine.input().settings[SettingKey::ClaimsScale];
        if (worst < options.tolerance && unreachable.empty()) {
            report.converged = true;
            break;
        }
        if (it >= options.maxIterations)
            break;
        if (targetClaims > 0 && claimsRatio > 0 &&
            std::abs(claimsRatio - targetClaims) >= options.tolerance / 2) {
            Settings s = engine.input().settings;
            const double scale = s[SettingKey::ClaimsScale] * targetClaims / claimsRatio;
            s[SettingKey::ClaimsScale] = std::clamp(scale, 0.2, 2.0);
            claimsReached = scale >= 0.2 && scale <= 2.0;
            if (s != engine.input().settings)
                change.settings = s;
        }
        engine.apply(change);
    }
    for (const std::string &u : unreachable)
        report.problems.push_back(u);
    if (!claimsReached)
        report.problems.push_back(format("claims_to_revenue: the target %.3f needs an effective "
                                         "reimbursement scale outside 0.2-2",
                                         targetClaims));
    for (int k = 0; k < K; ++k)
        input.lines[k].asc = engine.input().lines[k].asc;
    input.settings[SettingKey::ClaimsScale] = engine.input().settings[SettingKey::ClaimsScale];
    return report;
}

} // namespace cc::sim
