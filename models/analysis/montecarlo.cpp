#include "models/analysis/montecarlo.h"

#include "models/analysis/latinhypercube.h"
#include "models/analysis/levers.h"
#include "models/sim/calibrator.h"
#include "models/sim/engine.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace cc::analysis {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cc::analysis::MonteCarlo)
};

double multiplier(const std::array<double, kUncertainCount> &m, Uncertain u)
{
    return m[static_cast<std::size_t>(u)];
}

bool movesChoice(const std::array<double, kUncertainCount> &m)
{
    for (Uncertain u : {Uncertain::CoefInCounty, Uncertain::CoefSignedHome, Uncertain::CoefWait,
                        Uncertain::CoefCost, Uncertain::CoefTravel, Uncertain::CoefQuality})
        if (multiplier(m, u) != 1.0)
            return true;
    return false;
}

} // namespace

SettingKey uncertaintyKey(Uncertain u)
{
    return static_cast<SettingKey>(static_cast<int>(SettingKey::UncertaintyCoefInCounty) +
                                   static_cast<int>(u));
}

QString uncertainLabel(Uncertain u)
{
    switch (u) {
    case Uncertain::CoefInCounty:
        return Text::tr("Preference for in-county care");
    case Uncertain::CoefSignedHome:
        return Text::tr("Family-doctor loyalty");
    case Uncertain::CoefWait:
        return Text::tr("Congestion aversion");
    case Uncertain::CoefCost:
        return Text::tr("Cost sensitivity (every service line)");
    case Uncertain::CoefTravel:
        return Text::tr("Travel-time sensitivity (every service line)");
    case Uncertain::CoefQuality:
        return Text::tr("Quality preference (every service line)");
    case Uncertain::OutpatientRate:
        return Text::tr("Outpatient visits per person");
    case Uncertain::InpatientRate:
        return Text::tr("Admissions per person");
    case Uncertain::AvoidableShare:
        return Text::tr("Avoidable admissions prevented");
    case Uncertain::CapitationIncentive:
        return Text::tr("Incentive of capitation");
    case Uncertain::StayReduction:
        return Text::tr("Shorter stays under DRG or a budget");
    case Uncertain::CostReduction:
        return Text::tr("Cheaper admissions under DRG or a budget");
    case Uncertain::ReferralUp:
        return Text::tr("Referred up through the alliance");
    case Uncertain::ReferralDown:
        return Text::tr("Referred down for recovery");
    }
    return QString();
}

UncertaintyRanges UncertaintyRanges::fromSettings(const ModelSettings &settings)
{
    UncertaintyRanges r;
    for (int i = 0; i < kUncertainCount; ++i)
        r.halfWidth[static_cast<std::size_t>(i)] = settings[uncertaintyKey(Uncertain(i))];
    r.draws = settings.integer(SettingKey::UncertaintyDraws);
    r.seed = static_cast<std::uint64_t>(settings[SettingKey::UncertaintySeed]);
    return r;
}

void UncertaintyRanges::writeTo(ModelSettings &settings) const
{
    for (int i = 0; i < kUncertainCount; ++i)
        settings[uncertaintyKey(Uncertain(i))] = halfWidth[static_cast<std::size_t>(i)];
    settings[SettingKey::UncertaintyDraws] = draws;
    settings[SettingKey::UncertaintySeed] = static_cast<double>(seed);
}

bool UncertaintyRanges::isZero() const
{
    return std::all_of(halfWidth.begin(), halfWidth.end(), [](double h) { return h == 0.0; });
}

std::vector<std::array<double, kUncertainCount>> drawMultipliers(const UncertaintyRanges &ranges)
{
    const auto sample = latinHypercube(ranges.draws, kUncertainCount, ranges.seed);
    std::vector<std::array<double, kUncertainCount>> out(sample.size());
    for (std::size_t i = 0; i < sample.size(); ++i)
        for (std::size_t d = 0; d < kUncertainCount; ++d)
            out[i][d] = ranges.halfWidth[d] == 0.0
                            ? 1.0
                            : 1.0 + ranges.halfWidth[d] * (2.0 * sample[i][d] - 1.0);
    return out;
}

sim::Input applyDraw(const sim::Input &input, const std::array<double, kUncertainCount> &m)
{
    sim::Input in = input;
    scaleLever(in, Lever::setting(SettingKey::CoefInCounty),
               multiplier(m, Uncertain::CoefInCounty));
    scaleLever(in, Lever::setting(SettingKey::CoefSignedHome),
               multiplier(m, Uncertain::CoefSignedHome));
    scaleLever(in, Lever::setting(SettingKey::CoefWait), multiplier(m, Uncertain::CoefWait));
    for (bool inpatient : {false, true}) {
        scaleLever(in, Lever::line(LineField::CoefCost, inpatient),
                   multiplier(m, Uncertain::CoefCost));
        scaleLever(in, Lever::line(LineField::CoefTravel, inpatient),
                   multiplier(m, Uncertain::CoefTravel));
        scaleLever(in, Lever::line(LineField::CoefQuality, inpatient),
                   multiplier(m, Uncertain::CoefQuality));
    }
    scaleLever(in, Lever::line(LineField::AnnualRate, false),
               multiplier(m, Uncertain::OutpatientRate));
    scaleLever(in, Lever::line(LineField::AnnualRate, true),
               multiplier(m, Uncertain::InpatientRate));
    // Providers' response and referral: settings of the model.
    const std::pair<Uncertain, SettingKey> response[] = {
        {Uncertain::AvoidableShare, SettingKey::ResponseAvoidableShare},
        {Uncertain::CapitationIncentive, SettingKey::ResponseCapitationIncentive},
        {Uncertain::StayReduction, SettingKey::ResponseStayReduction},
        {Uncertain::CostReduction, SettingKey::ResponseCostReduction},
        {Uncertain::ReferralUp, SettingKey::ReferralUpShare},
        {Uncertain::ReferralDown, SettingKey::ReferralDownShare},
    };
    for (const auto &[u, key] : response)
        scaleLever(in, Lever::setting(key), multiplier(m, u));
    return in;
}

sim::Results runDraw(const sim::Input &scenario, const sim::Input *fittedBaseline,
                     const std::array<double, kUncertainCount> &m)
{
    sim::Input in = applyDraw(scenario, m);
    if (fittedBaseline && movesChoice(m) && fittedBaseline->lines.size() == in.lines.size()) {
        sim::Input fit = applyDraw(*fittedBaseline, m);
        sim::calibrate(fit);
        for (std::size_t k = 0; k < in.lines.size(); ++k)
            for (int l = 0; l < sim::kLevels; ++l)
                in.lines[k].asc[l] += fit.lines[k].asc[l] - fittedBaseline->lines[k].asc[l];
    }
    return sim::Engine(std::move(in)).results();
}

double quantile(std::vector<double> &values, double q)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const double h = (static_cast<double>(values.size()) - 1.0) * std::clamp(q, 0.0, 1.0);
    const std::size_t lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

Bands bandsOf(const std::vector<std::vector<double>> &series, int months)
{
    Bands b;
    for (std::vector<double> *v : {&b.p5, &b.p25, &b.p50, &b.p75, &b.p95})
        v->resize(static_cast<std::size_t>(std::max(0, months)));
    std::vector<double> column(series.size());
    for (int t = 0; t < months; ++t) {
        for (std::size_t i = 0; i < series.size(); ++i)
            column[i] = series[i][static_cast<std::size_t>(t)];
        const auto at = static_cast<std::size_t>(t);
        b.p5[at] = quantile(column, 0.05);
        b.p25[at] = quantile(column, 0.25);
        b.p50[at] = quantile(column, 0.50);
        b.p75[at] = quantile(column, 0.75);
        b.p95[at] = quantile(column, 0.95);
    }
    return b;
}

MonteCarloResult runMonteCarlo(const sim::Input &scenario, const sim::Input &baseline,
                               const MonteCarloOptions &options, RunControl &control)
{
    MonteCarloResult result;
    const auto multipliers = drawMultipliers(options.ranges);
    const int n = static_cast<int>(multipliers.size());
    control.setTotal(n);

    // The fit with the project's own coefficients, the reference of every refit.
    sim::Input reference = baseline;
    const bool refit =
        options.refit && !scenario.lines.empty() && baseline.lines.size() == scenario.lines.size();
    if (refit)
        sim::calibrate(reference);

    const int months = scenario.settings.integer(SettingKey::HorizonMonths);
    std::vector<std::vector<double>> fund(static_cast<std::size_t>(n));
    std::vector<std::vector<double>> rate(static_cast<std::size_t>(n));
    std::vector<std::vector<double>> annual(static_cast<std::size_t>(n));
    std::vector<int> ids(static_cast<std::size_t>(n));
    std::iota(ids.begin(), ids.end(), 0);

    const auto runOne = [&](int i) {
        if (control.isCanceled())
            return;
        const sim::Results r = runDraw(scenario, refit ? &reference : nullptr,
                                       multipliers[static_cast<std::size_t>(i)]);
        auto &f = fund[static_cast<std::size_t>(i)];
        auto &c = rate[static_cast<std::size_t>(i)];
        f.resize(static_cast<std::size_t>(months));
        c.resize(static_cast<std::size_t>(months));
        for (int t = 0; t < months && t < r.months; ++t) {
            f[static_cast<std::size_t>(t)] = r.fund[static_cast<std::size_t>(t)].closingBalance;
            c[static_cast<std::size_t>(t)] = r.countyAt(t).inCountyRate;
        }
        for (const FundYear &y : annualFundResults(r))
            annual[static_cast<std::size_t>(i)].push_back(y.resultYuan);
        control.step();
    };
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, options.threads));
    QtConcurrent::blockingMap(&pool, ids, runOne);
    if (control.isCanceled())
        return result;

    result.draws = n;
    result.months = months;
    result.startYear = scenario.settings.integer(SettingKey::StartYear);
    result.startMonth = scenario.settings.integer(SettingKey::StartMonth);
    for (int t = 0; t < months; ++t) {
        const int year = (scenario.settings.integer(SettingKey::StartMonth) - 1 + t) / 12 +
                         scenario.settings.integer(SettingKey::StartYear);
        if (result.years.empty() || result.years.back() != year)
            result.years.push_back(year);
    }
    result.multipliers = multipliers;
    result.fundBalance = std::move(fund);
    result.inCountyRate = std::move(rate);
    result.annualResult = std::move(annual);
    result.fundBalanceBands = bandsOf(result.fundBalance, months);
    result.inCountyRateBands = bandsOf(result.inCountyRate, months);

    std::vector<int> deficitsInYear(result.years.size(), 0);
    int anyDeficit = 0;
    for (const std::vector<double> &draw : result.annualResult) {
        bool any = false;
        for (std::size_t y = 0; y < draw.size() && y < result.years.size(); ++y)
            if (draw[y] < 0) {
                any = true;
                ++deficitsInYear[y];
            }
        anyDeficit += any ? 1 : 0;
    }
    for (int d : deficitsInYear)
        result.deficitProbabilityByYear.push_back(n > 0 ? static_cast<double>(d) / n : 0.0);
    result.deficitProbability = n > 0 ? static_cast<double>(anyDeficit) / n : 0.0;
    result.completed = true;
    return result;
}

} // namespace cc::analysis
