#include "models/analysis/calibration.h"

#include "models/domain/labels.h"
#include "models/simulation/simcompile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace cc::analysis {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(cc::analysis::Calibration)
};

constexpr SettingKey kTargetKeys[kCalibrationIndicatorCount] = {
    SettingKey::TargetInCountyRate, SettingKey::TargetInCountyInpatientShare,
    SettingKey::TargetGrassrootsShare, SettingKey::TargetClaimsToRevenue};

// The names sim::calibrate gives the indicators (models/sim/calibrator.h).
constexpr const char *kEngineNames[kCalibrationIndicatorCount] = {
    "in_county_rate", "in_county_inpatient_share", "grassroots_share", "claims_to_revenue"};

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1) + QLatin1Char('%');
}

int indicatorByEngineName(const QString &name)
{
    for (int i = 0; i < kCalibrationIndicatorCount; ++i)
        if (name == QLatin1String(kEngineNames[i]))
            return i;
    return -1;
}

QString lineLabel(const ServiceLine &line)
{
    const bool english = QLocale().language() != QLocale::Chinese;
    return english && !line.nameEn.isEmpty() ? line.nameEn : line.name;
}

} // namespace

SettingKey targetKey(CalibrationIndicator indicator)
{
    return kTargetKeys[static_cast<int>(indicator)];
}

QString calibrationIndicatorLabel(CalibrationIndicator indicator)
{
    switch (indicator) {
    case CalibrationIndicator::InCountyRate:
        return Text::tr("In-county treatment rate (县域就诊率)");
    case CalibrationIndicator::InCountyInpatientShare:
        return Text::tr("In-county inpatient share (县域内住院人次占比)");
    case CalibrationIndicator::GrassrootsShare:
        return Text::tr("Grassroots share of visits (基层诊疗量占比)");
    case CalibrationIndicator::ClaimsToRevenue:
        return Text::tr("Fund claims to revenue (基金支出/收入)");
    }
    return {};
}

CalibrationTargets CalibrationTargets::fromSettings(const ModelSettings &settings)
{
    CalibrationTargets t;
    for (int i = 0; i < kCalibrationIndicatorCount; ++i)
        t.share[i] = std::max(0.0, settings[kTargetKeys[i]]);
    return t;
}

void CalibrationTargets::writeTo(ModelSettings &settings) const
{
    for (int i = 0; i < kCalibrationIndicatorCount; ++i)
        settings[kTargetKeys[i]] = share[i];
}

TargetEntry parseTargetPercent(CalibrationIndicator indicator, const QString &text,
                               const QLocale &locale)
{
    const QString label = calibrationIndicatorLabel(indicator);
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')) || t.endsWith(QChar(0xFF05))) // % or full-width ％
        t = t.chopped(1).trimmed();
    if (t.isEmpty())
        return {true, 0.0, {}};
    bool ok = false;
    double v = locale.toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return {false, 0.0,
                Text::tr("%1: \"%2\" is not a number. Type a percentage such as 85, or leave the "
                         "field empty when the county does not state it.")
                    .arg(label, text.trimmed())};
    if (v == 0)
        return {true, 0.0, {}};
    const bool claims = indicator == CalibrationIndicator::ClaimsToRevenue;
    const QString typed = locale.toString(v, 'g', 6) + QLatin1Char('%');
    if (v < 0 || (claims ? v > 200 : v >= 100))
        return {false, 0.0,
                claims ? Text::tr("%1 must be more than 0% and at most 200% (you typed %2).")
                             .arg(label, typed)
                       : Text::tr("%1 must be more than 0% and less than 100% (you typed %2).")
                             .arg(label, typed)};
    if (v < 1)
        return {false, 0.0,
                Text::tr("%1 of %2 is far too low for a county. Type percentages: 85 for 85%, "
                         "not 0.85.")
                    .arg(label, typed)};
    const double share = v / 100.0;
    if (QString error = checkValue(settingSpec(targetKey(indicator)), share); !error.isEmpty())
        return {false, 0.0, error};
    return {true, share, {}};
}

QString formatTargetPercent(double share, const QLocale &locale)
{
    if (!(share > 0))
        return {};
    return locale.toString(100.0 * share, 'g', 6);
}

bool CalibrationFit::misses(CalibrationIndicator indicator) const
{
    const int i = static_cast<int>(indicator);
    if (!completed || i >= static_cast<int>(report.indicators.size()))
        return false;
    const sim::CalibrationIndicator &x = report.indicators[static_cast<std::size_t>(i)];
    return x.stated && !(std::abs(x.gap()) < tolerance);
}

QStringList CalibrationFit::problems() const
{
    if (!completed)
        return {};
    // sim::calibrate states its problems in English in fixed forms
    // (models/sim/calibrator.cpp); each known form is told in the planner's
    // words, anything else is passed on as it is.
    static const QRegularExpression lineLevel(QStringLiteral("^line (\\d+), level (\\d+): "));
    static const QRegularExpression outOfReach(QStringLiteral(
        "^(\\w+): the target ([0-9.]+) is out of reach \\(([0-9.]+) at the nearest"));
    static const QRegularExpression claimsScale(
        QStringLiteral("^claims_to_revenue: .*reimbursement scale outside"));
    QStringList indicators, lineProblems, other;
    std::array<bool, kCalibrationIndicatorCount> explained{};
    for (const std::string &raw : report.problems) {
        const QString p = QString::fromStdString(raw);
        if (const QRegularExpressionMatch m = lineLevel.match(p); m.hasMatch()) {
            const int k = m.captured(1).toInt(), l = m.captured(2).toInt();
            if (k >= 0 && k < lines.size() && l >= 0 && l < kFacilityLevelCount) {
                const QString level = levelName(static_cast<FacilityLevel>(l));
                lineProblems << Text::tr("%1: its starting shares give the %2 level a part of "
                                         "this care, but no %2 in the project can provide it in "
                                         "the first year, so the model decides that part. Check "
                                         "the facilities' capabilities and beds, or the starting "
                                         "shares.")
                                    .arg(lineLabel(lines[k]), level);
                continue;
            }
        }
        if (const QRegularExpressionMatch m = outOfReach.match(p); m.hasMatch()) {
            const int i = indicatorByEngineName(m.captured(1));
            if (i >= 0) {
                explained[i] = true;
                indicators << Text::tr("%1 of %2 cannot be reached in the county as the project "
                                       "describes it: the closest the model comes is %3. Check "
                                       "the figure, and whether facilities, roads or "
                                       "reimbursement rules are missing.")
                                  .arg(calibrationIndicatorLabel(CalibrationIndicator(i)),
                                       percent(m.captured(2).toDouble()),
                                       percent(m.captured(3).toDouble()));
                continue;
            }
        }
        if (claimsScale.match(p).hasMatch()) {
            explained[static_cast<int>(CalibrationIndicator::ClaimsToRevenue)] = true;
            indicators << Text::tr("A claims-to-revenue ratio of %1 would need the fund to pay "
                                   "less than a fifth or more than twice what its reimbursement "
                                   "rules say. Check the figure against the fund's accounts.")
                              .arg(percent(targets[CalibrationIndicator::ClaimsToRevenue]));
            continue;
        }
        other << Text::tr("Detail from the model: %1").arg(p);
    }
    // A stated indicator still off without a reason from the model: the rounds ran out.
    for (int i = 0; i < kCalibrationIndicatorCount; ++i) {
        const auto indicator = CalibrationIndicator(i);
        if (explained[i] || !misses(indicator))
            continue;
        const sim::CalibrationIndicator &x = report.indicators[static_cast<std::size_t>(i)];
        indicators << Text::tr("%1: the model reaches %2 against the stated %3 after %n round(s). "
                               "The stated figures may not fit together (for example a high "
                               "in-county rate with a low in-county inpatient share).",
                               nullptr, report.iterations)
                          .arg(calibrationIndicatorLabel(indicator), percent(x.modelled),
                               percent(x.target));
    }
    return indicators + lineProblems + other;
}

CalibrationFit calibrateCopy(const Project &project, const CalibrationTargets &targets,
                             RunControl *control, const CalibrationRunOptions &options)
{
    CalibrationFit fit;
    fit.targets = targets;
    fit.tolerance = options.calibration.tolerance;
    Project copy = project;
    targets.writeTo(copy.settings);
    const EntityId baseline = copy.baselineScenarioId();
    fit.baselineName = copy.scenarios.value(baseline).name;
    SimIndexMap map;
    sim::Input input = compileProject(copy, baseline, map);

    const int limit = std::max(0, options.calibration.maxIterations);
    if (control)
        control->setTotal(limit);
    int rounds = 0;
    int chunk = 1; // the first chunk times a round
    sim::CalibrationReport report;
    for (;;) {
        if (control && control->isCanceled())
            return fit;
        sim::CalibrationOptions step = options.calibration;
        step.maxIterations = std::min(chunk, limit - rounds);
        QElapsedTimer timer;
        timer.start();
        report = sim::calibrate(input, step);
        rounds += report.iterations;
        if (control)
            for (int i = 0; i < report.iterations; ++i)
                control->step();
        if (report.converged || rounds >= limit)
            break;
        // Each chunk evaluates one state more than it steps from.
        const double perRound = static_cast<double>(timer.nsecsElapsed()) / 1e6 /
                                static_cast<double>(report.iterations + 1);
        chunk = std::clamp(static_cast<int>(options.chunkMilliseconds / std::max(perRound, 1e-3)),
                           1, std::max(1, limit));
    }
    report.iterations = rounds;
    fit.report = report;

    // A fresh index map holds every service line of the copy, in engine order.
    for (int k = 0; k < map.lineIds.size(); ++k) {
        ServiceLine line = copy.serviceLines.value(map.lineIds[k]);
        const sim::LevelArray &asc = input.lines[static_cast<std::size_t>(k)].asc;
        std::copy(asc.begin(), asc.end(), line.asc.begin());
        fit.lines.append(line);
    }
    fit.settings = copy.settings;
    fit.settings[SettingKey::ClaimsScale] = input.settings[SettingKey::ClaimsScale];
    fit.completed = true;
    return fit;
}

} // namespace cc::analysis
