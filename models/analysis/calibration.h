#pragma once

// Calibration as the planner does it (Analysis > Calibration): the county's
// stated indicators as typed, one run of sim::calibrate on a copy of the
// project off the GUI thread (progress, cancel), and the fit as values the
// document applies in one undo step (models/edit/calibrationedits.h). The
// document is never touched here.

#include "models/analysis/runcontrol.h"
#include "models/domain/project.h"
#include "models/sim/calibrator.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVector>
#include <array>

namespace cc::analysis {

// The indicators a planner states, in the order of sim::CalibrationReport::indicators.
enum class CalibrationIndicator : int {
    InCountyRate,           // 县域就诊率
    InCountyInpatientShare, // 县域内住院人次占比
    GrassrootsShare,        // 基层诊疗量占比
    ClaimsToRevenue,        // 基金支出/收入, optional
};
constexpr int kCalibrationIndicatorCount = 4;
// Where the project stores the stated value (SettingKey::Target*).
SettingKey targetKey(CalibrationIndicator indicator);
// Translated name, with the official Chinese term in the English UI.
QString calibrationIndicatorLabel(CalibrationIndicator indicator);

// The stated values as shares (0.85 = 85%); 0: not stated.
struct CalibrationTargets {
    std::array<double, kCalibrationIndicatorCount> share{};
    double operator[](CalibrationIndicator i) const { return share[static_cast<int>(i)]; }
    double &operator[](CalibrationIndicator i) { return share[static_cast<int>(i)]; }
    static CalibrationTargets fromSettings(const ModelSettings &settings);
    void writeTo(ModelSettings &settings) const;
    friend bool operator==(const CalibrationTargets &a, const CalibrationTargets &b)
    {
        return a.share == b.share;
    }
};

// One stated value as the planner types it, in percent: "80", "80.5", "80 %",
// "80％", with the locale's decimal point or a dot; empty (or 0) means not
// stated. `error` says, translated, what is wrong (and why a value under 1% is
// refused: it is almost always a share typed as a fraction, 0.8 for 80%).
struct TargetEntry {
    bool ok = false;
    double share = 0; // 0..1; 0: not stated
    QString error;
};
TargetEntry parseTargetPercent(CalibrationIndicator indicator, const QString &text,
                               const QLocale &locale = QLocale());
// The same value as the planner would type it ("" when not stated).
QString formatTargetPercent(double share, const QLocale &locale = QLocale());

// The outcome of one run.
struct CalibrationFit {
    bool completed = false; // false: canceled before the end
    CalibrationTargets targets;
    sim::CalibrationReport report; // iterations: rounds over all chunks
    // The project's service lines (engine order) with the fitted constants,
    // and the model settings with the targets and the fitted claims scale.
    QVector<ServiceLine> lines;
    ModelSettings settings;
    QString baselineName;
    double tolerance = 0; // largest gap counted as met (sim::CalibrationOptions::tolerance)
    // Translated, in words a county official reads: what could not be met and why.
    QStringList problems() const;
    // A stated indicator whose first-year average misses it by the tolerance or more.
    bool misses(CalibrationIndicator indicator) const;
};

struct CalibrationRunOptions {
    sim::CalibrationOptions calibration;
    // sim::calibrate has no progress or cancel of its own: it is run in chunks
    // of rounds, each about this long, and continued from the constants the
    // last chunk wrote (its state is the constants and the claims scale, so a
    // continued run takes the steps one run would). Between chunks the
    // RunControl sees the rounds done and may cancel. 0: one round per chunk.
    int chunkMilliseconds = 400;
};

// Runs the calibration of the baseline scenario of a copy of `project` with
// `targets` stated. Safe on a worker thread (the project is a copy the caller
// owns). `control` (optional) counts rounds against the round limit and cancels.
CalibrationFit calibrateCopy(const Project &project, const CalibrationTargets &targets,
                             RunControl *control = nullptr,
                             const CalibrationRunOptions &options = {});

} // namespace cc::analysis
