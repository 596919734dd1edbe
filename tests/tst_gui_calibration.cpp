// Analysis > Calibration: the planner's figures are read as percentages and
// refused with a reason when they cannot be; a run on the demo county fits the
// figures off the GUI thread and can be canceled; Apply is one undo step that
// undo takes back exactly and redo restores; a project changed after the run
// makes it stale. The model side (models/analysis/calibration.h) is checked
// without the dialog too: a run continued chunk by chunk takes the steps of one
// run, and the engine's problems reach the planner in words.
// With COUNTYCARE_ANALYSIS_SHOTS=<dir> the dialog is also saved as a PNG.
#include "models/analysis/backgroundrun.h"
#include "models/analysis/calibration.h"
#include "models/demo/democounty.h"
#include "models/domain/projectdocument.h"
#include "models/edit/calibrationedits.h"
#include "models/edit/edits.h"
#include "models/simulation/simcompile.h"
#include "tests/langwalk.h"
#include "widgets/analysis/calibrationdialog.h"

#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <cmath>

using namespace cc;
using analysis::CalibrationIndicator;

namespace {

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("COUNTYCARE_ANALYSIS_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

bool waitFor(analysis::BackgroundRun *runner)
{
    QSignalSpy spy(runner, &analysis::BackgroundRun::finished);
    return !runner->isRunning() || spy.wait(120000);
}

analysis::CalibrationTargets targets(double inCounty, double inpatient, double grassroots,
                                     double claims = 0)
{
    analysis::CalibrationTargets t;
    t[CalibrationIndicator::InCountyRate] = inCounty;
    t[CalibrationIndicator::InCountyInpatientShare] = inpatient;
    t[CalibrationIndicator::GrassrootsShare] = grassroots;
    t[CalibrationIndicator::ClaimsToRevenue] = claims;
    return t;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestGuiCalibration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_demo = demo::makeDemoProject();
    }

    void percentagesAreRead_data();
    void percentagesAreRead();
    void chunkedRunTakesTheStepsOfOneRun();
    void cancelStopsBetweenChunks();
    void impossibleFiguresAreExplained();
    void emptyProjectCalibrates();
    void dialogCalibratesAppliesUndoesAndRedoes();
    void badFiguresBlockCalibrate();
    void changedProjectMakesTheResultStale();
    void dialogReadsInChinese();

private:
    Project m_demo;
};

void TestGuiCalibration::percentagesAreRead_data()
{
    QTest::addColumn<int>("indicator");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("share");
    QTest::addColumn<QString>("errorPart");
    const int rate = int(CalibrationIndicator::InCountyRate);
    const int claims = int(CalibrationIndicator::ClaimsToRevenue);
    QTest::newRow("plain") << rate << "85" << true << 0.85 << "";
    QTest::newRow("decimal") << rate << "80.5" << true << 0.805 << "";
    QTest::newRow("percent sign") << rate << " 80 % " << true << 0.80 << "";
    QTest::newRow("full-width percent") << rate << QStringLiteral("80％") << true << 0.80 << "";
    QTest::newRow("empty: not stated") << rate << "" << true << 0.0 << "";
    QTest::newRow("zero: not stated") << rate << "0" << true << 0.0 << "";
    QTest::newRow("not a number") << rate << "abc" << false << 0.0 << "is not a number";
    QTest::newRow("negative") << rate << "-5" << false << 0.0 << "less than 100%";
    QTest::newRow("100 is out of reach") << rate << "100" << false << 0.0 << "less than 100%";
    QTest::newRow("above 100") << rate << "120" << false << 0.0 << "less than 100%";
    QTest::newRow("a fraction typed") << rate << "0.85" << false << 0.0 << "not 0.85";
    QTest::newRow("claims above revenue") << claims << "105" << true << 1.05 << "";
    QTest::newRow("claims above 200%") << claims << "250" << false << 0.0 << "at most 200%";
}

void TestGuiCalibration::percentagesAreRead()
{
    QFETCH(int, indicator);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, share);
    QFETCH(QString, errorPart);
    const analysis::TargetEntry entry =
        analysis::parseTargetPercent(CalibrationIndicator(indicator), text);
    QCOMPARE(entry.ok, ok);
    QVERIFY(std::abs(entry.share - share) < 1e-12);
    if (ok) {
        QVERIFY(entry.error.isEmpty());
    } else {
        QVERIFY2(entry.error.contains(errorPart), qPrintable(entry.error));
        // The message names the indicator.
        QVERIFY(entry.error.contains(
            analysis::calibrationIndicatorLabel(CalibrationIndicator(indicator))));
    }
}

void TestGuiCalibration::chunkedRunTakesTheStepsOfOneRun()
{
    // One round per chunk: every round restarts the engine from the constants
    // the last one wrote, the most the chunking can differ from one run.
    const analysis::CalibrationTargets t = targets(0.80, 0.65, 0.45);
    analysis::CalibrationRunOptions options;
    options.chunkMilliseconds = 0;
    analysis::RunControl control;
    const analysis::CalibrationFit fit = analysis::calibrateCopy(m_demo, t, &control, options);
    QVERIFY(fit.completed);
    QVERIFY2(fit.report.converged, qPrintable(fit.problems().join(QLatin1Char('\n'))));
    QVERIFY(fit.problems().isEmpty());
    QCOMPARE(control.done(), fit.report.iterations);
    QVERIFY(fit.report.iterations > 1);

    Project once = m_demo;
    t.writeTo(once.settings);
    const sim::CalibrationReport report = calibrateProject(once);
    QVERIFY(report.converged);
    for (int i = 0; i < 3; ++i) {
        const sim::CalibrationIndicator &a = fit.report.indicators[std::size_t(i)];
        const sim::CalibrationIndicator &b = report.indicators[std::size_t(i)];
        QVERIFY(a.stated && std::abs(a.gap()) < fit.tolerance);
        QVERIFY2(std::abs(a.modelled - b.modelled) < 2 * fit.tolerance,
                 qPrintable(QStringLiteral("%1: %2 vs %3")
                                .arg(QString::fromStdString(a.name))
                                .arg(a.modelled)
                                .arg(b.modelled)));
    }
    QCOMPARE(fit.lines.size(), once.serviceLines.size());
    for (const ServiceLine &line : fit.lines)
        for (int l = 0; l < kFacilityLevelCount; ++l)
            QVERIFY(std::abs(line.asc[l] - once.serviceLines.value(line.id).asc[l]) < 0.02);
    QCOMPARE(fit.settings[SettingKey::TargetInCountyRate], 0.80);
    QCOMPARE(fit.settings[SettingKey::ClaimsScale], once.settings[SettingKey::ClaimsScale]);
}

void TestGuiCalibration::cancelStopsBetweenChunks()
{
    analysis::RunControl control;
    control.setStepObserver([&control](int) { control.cancel(); });
    analysis::CalibrationRunOptions options;
    options.chunkMilliseconds = 0;
    const analysis::CalibrationFit fit =
        analysis::calibrateCopy(m_demo, targets(0.80, 0.65, 0.45), &control, options);
    QVERIFY(!fit.completed);
    QCOMPARE(control.done(), 1);
    QVERIFY(fit.lines.isEmpty());
    QVERIFY(fit.problems().isEmpty());
}

void TestGuiCalibration::impossibleFiguresAreExplained()
{
    // Almost every episode in the county while only a tenth of admissions
    // stays (tests/tst_sim_model2.cpp): the rate cannot be met.
    const analysis::CalibrationFit fit = analysis::calibrateCopy(m_demo, targets(0.99, 0.10, 0.0));
    QVERIFY(fit.completed);
    QVERIFY(!fit.report.converged);
    QVERIFY(fit.misses(CalibrationIndicator::InCountyRate));
    QVERIFY(!fit.misses(CalibrationIndicator::GrassrootsShare)); // not stated
    const QStringList problems = fit.problems();
    QVERIFY(!problems.isEmpty());
    const QString rate = analysis::calibrationIndicatorLabel(CalibrationIndicator::InCountyRate);
    bool named = false;
    for (const QString &p : problems) {
        // In the planner's words, never the engine's raw text.
        QVERIFY2(!p.contains(QLatin1String("in_county_rate")) &&
                     !p.contains(QLatin1String("Detail from the model")),
                 qPrintable(p));
        named = named || (p.startsWith(rate) && p.contains(QLatin1String("99.0%")));
    }
    QVERIFY2(named, qPrintable(problems.join(QLatin1Char('\n'))));

    // In Chinese, too.
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/countycare_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    const QStringList chinese = fit.problems();
    QCoreApplication::removeTranslator(&zh);
    QCOMPARE(chinese.size(), problems.size());
    QVERIFY(chinese.first().startsWith(QStringLiteral("县域就诊率")));
    for (const QString &p : chinese)
        QVERIFY2(langwalk::residue(p, langwalk::properNames()).isEmpty(), qPrintable(p));
}

void TestGuiCalibration::emptyProjectCalibrates()
{
    // File > New: no facilities, no residents. The run ends, nothing to fit.
    const analysis::CalibrationFit fit =
        analysis::calibrateCopy(demo::emptyProject(), targets(0.80, 0.65, 0.45));
    QVERIFY(fit.completed);
    QCOMPARE(fit.lines.size(), demo::emptyProject().serviceLines.size());
    for (const ServiceLine &line : fit.lines)
        for (double a : line.asc)
            QVERIFY(std::isfinite(a));
}

void TestGuiCalibration::dialogCalibratesAppliesUndoesAndRedoes()
{
    ProjectDocument doc;
    doc.reset(m_demo, QString());
    const Project before = doc.project();
    analysisui::CalibrationDialog dialog(&doc);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The fields start from the project's stated figures.
    QCOMPARE(dialog.targetEdit(CalibrationIndicator::InCountyRate)->text(), QStringLiteral("85"));
    QCOMPARE(dialog.targetEdit(CalibrationIndicator::GrassrootsShare)->text(),
             QStringLiteral("50"));
    QVERIFY(dialog.targetEdit(CalibrationIndicator::ClaimsToRevenue)->text().isEmpty());
    QVERIFY(!dialog.applyButton()->isEnabled());

    type(dialog.targetEdit(CalibrationIndicator::InCountyRate), QStringLiteral("80"));
    type(dialog.targetEdit(CalibrationIndicator::InCountyInpatientShare), QStringLiteral("65"));
    type(dialog.targetEdit(CalibrationIndicator::GrassrootsShare), QStringLiteral("45"));
    QVERIFY(dialog.calibrateButton()->isEnabled());
    QTest::mouseClick(dialog.calibrateButton(), Qt::LeftButton);
    QVERIFY(waitFor(dialog.runner()));
    QVERIFY(dialog.fit().completed);
    QVERIFY2(dialog.fit().report.converged,
             qPrintable(dialog.fit().problems().join(QLatin1Char('\n'))));
    QVERIFY(doc.project() == before); // nothing changes before Apply
    QCOMPARE(doc.undoStack()->count(), 0);

    // The table: stated, modelled first-year average, gap in points, met.
    const double stated[] = {80.0, 65.0, 45.0};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(dialog.table()->item(row, 1)->text(),
                 QLocale().toString(stated[row], 'f', 2) + QLatin1Char('%'));
        const double modelled = dialog.table()->item(row, 2)->text().chopped(1).toDouble();
        QVERIFY(std::abs(modelled - stated[row]) < 0.06);
        QVERIFY(std::abs(dialog.table()->item(row, 3)->text().toDouble()) < 0.06);
        QCOMPARE(dialog.table()->item(row, 4)->text(), QStringLiteral("met"));
    }
    QCOMPARE(dialog.table()->item(3, 1)->text(), QStringLiteral("not stated"));
    saveShot(&dialog, QStringLiteral("calibration.png"));

    QVERIFY(dialog.applyButton()->isEnabled());
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(!dialog.applyButton()->isEnabled());
    const Project after = doc.project();
    QCOMPARE(after.settings[SettingKey::TargetInCountyRate], 0.80);
    QCOMPARE(after.settings[SettingKey::TargetInCountyInpatientShare], 0.65);
    QCOMPARE(after.settings[SettingKey::TargetGrassrootsShare], 0.45);
    QCOMPARE(after.settings[SettingKey::ClaimsScale], dialog.fit().report.claimsScale);
    // Every line holds the fitted constants; only the constants move.
    QCOMPARE(dialog.fit().lines.size(), before.serviceLines.size());
    int changedLines = 0;
    for (const ServiceLine &fitted : dialog.fit().lines) {
        const ServiceLine &line = after.serviceLines.value(fitted.id);
        const ServiceLine &old = before.serviceLines.value(fitted.id);
        QCOMPARE(line.asc, fitted.asc);
        changedLines += line.asc != old.asc;
        ServiceLine sameButConstants = line;
        sameButConstants.asc = old.asc;
        QVERIFY(sameButConstants == old);
    }
    QCOMPARE(changedLines, before.serviceLines.size()); // new figures move every line
    // Nothing else changed.
    Project expected = before;
    expected.settings = after.settings;
    expected.serviceLines = after.serviceLines;
    QVERIFY(after == expected);

    doc.undoStack()->undo();
    QVERIFY(doc.project() == before);
    doc.undoStack()->redo();
    QVERIFY(doc.project() == after);
}

void TestGuiCalibration::badFiguresBlockCalibrate()
{
    ProjectDocument doc;
    doc.reset(m_demo, QString());
    analysisui::CalibrationDialog dialog(&doc);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.targetEdit(CalibrationIndicator::GrassrootsShare), QStringLiteral("0.45"));
    QVERIFY(!dialog.calibrateButton()->isEnabled());
    QVERIFY(dialog.inputError()->isVisible());
    QVERIFY(dialog.inputError()->text().contains(QLatin1String("not 0.85")));
    analysis::CalibrationTargets t;
    QVERIFY(!dialog.readTargets(&t));
    type(dialog.targetEdit(CalibrationIndicator::GrassrootsShare), QStringLiteral("45"));
    QVERIFY(dialog.calibrateButton()->isEnabled());
    QVERIFY(!dialog.inputError()->isVisible());
    QVERIFY(dialog.readTargets(&t));
    QCOMPARE(t[CalibrationIndicator::GrassrootsShare], 0.45);
}

void TestGuiCalibration::changedProjectMakesTheResultStale()
{
    ProjectDocument doc;
    doc.reset(m_demo, QString());
    analysisui::CalibrationDialog dialog(&doc);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.calibrateButton(), Qt::LeftButton);
    QVERIFY(waitFor(dialog.runner()));
    QVERIFY(dialog.fit().completed);
    QVERIFY(dialog.applyButton()->isEnabled());
    // Typing other figures: the result is for the old ones.
    type(dialog.targetEdit(CalibrationIndicator::InCountyRate), QStringLiteral("88"));
    QVERIFY(!dialog.applyButton()->isEnabled());
    type(dialog.targetEdit(CalibrationIndicator::InCountyRate), QStringLiteral("85"));
    QVERIFY(dialog.applyButton()->isEnabled());
    // An edit of the project: calibrate again.
    ModelSettings settings = doc.project().settings;
    settings[SettingKey::CoefInCounty] += 0.1;
    QVERIFY(edit::setSettings(doc, settings));
    QVERIFY(dialog.isStale());
    QVERIFY(!dialog.applyButton()->isEnabled());
    // Applying a stale fit through the model is still possible for code, not the dialog.
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestGuiCalibration::dialogReadsInChinese()
{
    ProjectDocument doc;
    doc.reset(m_demo, QString());
    auto calibrated = [&doc](analysisui::CalibrationDialog &dialog) {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return false;
        dialog.calibrate();
        return waitFor(dialog.runner()) && dialog.fit().completed;
    };
    analysisui::CalibrationDialog english(&doc);
    QVERIFY(calibrated(english));
    const langwalk::Texts before = langwalk::collect(&english);

    // The app's translation and Qt's own (standard buttons), as app/gui/language.cpp loads them.
    QTranslator zh, qt;
    QVERIFY(zh.load(QStringLiteral(":/i18n/countycare_zh_CN.qm")));
    QVERIFY(qt.load(QStringLiteral("qtbase_zh_CN"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCoreApplication::installTranslator(&zh);
    QCoreApplication::installTranslator(&qt);
    const QLocale oldLocale;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    analysisui::CalibrationDialog chinese(&doc);
    const bool ok = calibrated(chinese);
    const langwalk::Texts after = langwalk::collect(&chinese);
    QStringList cells;
    for (int r = 0; r < chinese.table()->rowCount(); ++r)
        cells << chinese.table()->item(r, 0)->text() << chinese.table()->item(r, 4)->text();
    for (int c = 0; c < chinese.table()->columnCount(); ++c)
        cells << chinese.table()->horizontalHeaderItem(c)->text();
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&zh);
    QLocale::setDefault(oldLocale);
    QVERIFY(ok);
    const QStringList bad = langwalk::untranslated(before, after, langwalk::properNames());
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    QVERIFY(after.size() > 15);
    for (const QString &cell : cells)
        QVERIFY2(langwalk::residue(cell, langwalk::properNames()).isEmpty(), qPrintable(cell));
}

QTEST_MAIN(TestGuiCalibration)
#include "tst_gui_calibration.moc"
