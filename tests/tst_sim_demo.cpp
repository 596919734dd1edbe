// The engine on the built-in demo county: calibration meets its targets, the
// reform scenario moves the indicators the right way, and the command line
// writes a table whose numbers add up.
#include "models/demo/democounty.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "models/store/projectstore.h"
#include "tests/clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace cc;

class TestSimDemo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void calibrationMeetsTargets();
    void reformMovesTowardTargets();
    void cliTableAddsUp();
    void cliRejectsBadArguments_data();
    void cliRejectsBadArguments();
    void cliCalibrateRefusesImpossibleTargets();

private:
    Project m_demo;
    QTemporaryDir m_dir;
};

void TestSimDemo::initTestCase()
{
    m_demo = demo::makeDemoProject();
    QVERIFY(m_dir.isValid());
}

void TestSimDemo::calibrationMeetsTargets()
{
    // The demo ships calibrated: its baseline's first-year averages, congestion
    // on, are its stated indicators within 0.1 point, and calibrating it again
    // finds the same.
    const ModelSettings &s = m_demo.settings;
    auto check = [&](const Project &p, const char *what) {
        SimIndexMap map;
        const sim::Engine engine(compileProject(p, p.baselineScenarioId(), map));
        QVERIFY(engine.input().settings.flag(SettingKey::CongestionOn));
        const sim::Indicators &year = engine.results().countyAt(11);
        const std::pair<double, double> pairs[] = {
            {year.inCountyRate12, s[SettingKey::TargetInCountyRate]},
            {year.inCountyInpatientShare12, s[SettingKey::TargetInCountyInpatientShare]},
            {year.grassrootsShare12, s[SettingKey::TargetGrassrootsShare]}};
        for (const auto &[modelled, stated] : pairs)
            QVERIFY2(std::abs(modelled - stated) < 0.001,
                     qPrintable(QStringLiteral("%1: %2 against %3")
                                    .arg(QLatin1String(what))
                                    .arg(modelled)
                                    .arg(stated)));
    };
    check(m_demo, "as shipped");
    Project p = m_demo;
    const sim::CalibrationReport report = calibrateProject(p);
    QVERIFY2(report.converged, report.problems.empty() ? "" : report.problems.front().c_str());
    QVERIFY(report.problems.empty());
    check(p, "calibrated again");
}

void TestSimDemo::reformMovesTowardTargets()
{
    Project p = m_demo;
    calibrateProject(p);
    const EntityId reform = p.scenarioIdByName(QStringLiteral("reform"));
    QVERIFY(reform != 0);
    SimIndexMap mapBase, mapReform;
    const sim::Engine base(compileProject(p, p.baselineScenarioId(), mapBase));
    const sim::Engine after(compileProject(p, reform, mapReform));
    const sim::Results &b = base.results(), &r = after.results();
    QVERIFY(r.months >= 24);
    const int t = 23; // two years in, 12-month rolling values
    QVERIFY2(r.countyAt(t).inCountyRate12 > b.countyAt(t).inCountyRate12,
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(r.countyAt(t).inCountyRate12)
                            .arg(b.countyAt(t).inCountyRate12)));
    QVERIFY2(r.countyAt(t).inCountyRate12 > r.countyAt(0).inCountyRate,
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(r.countyAt(t).inCountyRate12)
                            .arg(r.countyAt(0).inCountyRate)));
    QVERIFY2(r.countyAt(t).grassrootsShare12 > r.countyAt(0).grassrootsShare,
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(r.countyAt(t).grassrootsShare12)
                            .arg(r.countyAt(0).grassrootsShare)));
    QVERIFY(r.countyAt(t).grassrootsShare12 > b.countyAt(t).grassrootsShare12);
    for (const sim::FundMonth &m : r.fund)
        QVERIFY2(m.closingBalance > 0, qPrintable(QString::number(m.closingBalance)));
    for (const sim::FundMonth &m : b.fund)
        QVERIFY(m.closingBalance > 0);
}

namespace {
QStringList readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

void TestSimDemo::cliTableAddsUp()
{
    const QString file = m_dir.filePath(QStringLiteral("demo.ccplan"));
    QVERIFY(store::saveProject(m_demo, file).ok);
    const CliRun calibrate = runCli({QStringLiteral("calibrate"), file});
    QString output = calibrate.out + calibrate.err;
    QCOMPARE(calibrate.exitCode, 0);
    QVERIFY2(output.contains(QLatin1String("converged: yes")), qPrintable(output));
    const QString csv = m_dir.filePath(QStringLiteral("reform.csv"));
    const QString json = m_dir.filePath(QStringLiteral("reform.json"));
    const CliRun simulate =
        runCli({QStringLiteral("simulate"), file, QStringLiteral("--scenario"),
                QStringLiteral("reform"), QStringLiteral("--months"), QStringLiteral("36"),
                QStringLiteral("--csv"), csv, QStringLiteral("--json"), json});
    output = simulate.out + simulate.err;
    QCOMPARE(simulate.exitCode, 0);
    QVERIFY(output.contains(QLatin1String("in_county_rate:")));
    QVERIFY(QFile::exists(json));
    const QStringList lines = readCsv(csv);
    QCOMPARE(lines.size(), 37);
    const QStringList header = lines.first().split(QLatin1Char(','));
    const QStringList required =
        QStringLiteral(
            "month,year_month,in_county_rate,in_county_inpatient_share,grassroots_share,"
            "in_county_fund_share,fund_revenue,fund_payments,fund_settlements,fund_balance,"
            "months_of_reserve,retained_surplus,oop_per_capita")
            .split(QLatin1Char(','));
    QCOMPARE(header.mid(0, required.size()), required);
    auto column = [&](int row, const char *name) {
        return lines[row + 1]
            .split(QLatin1Char(','))[header.indexOf(QLatin1String(name))]
            .toDouble();
    };
    // Recompute month 12 (a year-end month when the project starts in January)
    // and month 13 independently from the table's own columns.
    for (int t : {12, 13, 23}) {
        // The fund's identity with Model 2's turnover fund (advanced > 0).
        const double expected = column(t - 1, "fund_balance") + column(t, "fund_revenue") -
                                column(t, "fund_payments") - column(t, "fund_settlements") -
                                column(t, "turnover_fund");
        QVERIFY2(std::abs(column(t, "fund_balance") - expected) <= 1e-6 * std::abs(expected),
                 qPrintable(QStringLiteral("month %1").arg(t)));
        QVERIFY(std::abs(column(t, "in_county_rate") -
                         column(t, "in_county_episodes") / column(t, "episodes")) < 1e-9);
        QVERIFY(std::abs(column(t, "in_county_inpatient_share") -
                         column(t, "in_county_inpatient_episodes") /
                             column(t, "inpatient_episodes")) < 1e-9);
        QVERIFY(std::abs(column(t, "grassroots_share") -
                         column(t, "outpatient_grassroots") / column(t, "outpatient_in_county")) <
                1e-9);
        const double levels = column(t, "episodes_village") + column(t, "episodes_township") +
                              column(t, "episodes_county") + column(t, "episodes_city") +
                              column(t, "episodes_province");
        QVERIFY(std::abs(levels - column(t, "episodes")) < 1e-6 * levels);
        QVERIFY(std::abs(column(t, "in_county_fund_share") -
                         column(t, "claims_in_county") / column(t, "claims_total")) < 1e-9);
        QVERIFY(std::abs(column(t, "oop_per_capita") -
                         column(t, "oop_total") / column(t, "population")) < 1e-9);
        double outflow = 0;
        for (int u = t - 11; u <= t; ++u)
            outflow += column(u, "fund_payments") + column(u, "fund_settlements");
        QVERIFY(std::abs(column(t, "months_of_reserve") -
                         column(t, "fund_balance") / (outflow / 12)) < 1e-6);
    }
    // A township's table.
    const QString name = m_demo.townships.first().name;
    QCOMPARE(
        runCli({QStringLiteral("simulate"), file, QStringLiteral("--township"), name,
                QStringLiteral("--months"), QStringLiteral("12"), QStringLiteral("--csv"), csv})
            .exitCode,
        0);
    QCOMPARE(readCsv(csv).size(), 13);
}

void TestSimDemo::cliRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown scenario")
        << QStringList{QStringLiteral("--scenario"), QStringLiteral("nope")} << 64;
    QTest::newRow("bad months") << QStringList{QStringLiteral("--months"), QStringLiteral("0")}
                                << 64;
    QTest::newRow("unknown township")
        << QStringList{QStringLiteral("--township"), QStringLiteral("nowhere")} << 64;
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--bogus"), QStringLiteral("1")} << 64;
}

void TestSimDemo::cliRejectsBadArguments()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    const QString file = m_dir.filePath(QStringLiteral("args.ccplan"));
    if (!QFile::exists(file))
        QVERIFY(store::saveProject(m_demo, file).ok);
    QCOMPARE(runCli(QStringList{QStringLiteral("simulate"), file} + extra).exitCode, exitCode);
    QCOMPARE(runCli({QStringLiteral("simulate"), m_dir.filePath(QStringLiteral("missing.ccplan"))})
                 .exitCode,
             2);
}

void TestSimDemo::cliCalibrateRefusesImpossibleTargets()
{
    // Almost every episode in the county while only a tenth of admissions
    // stays cannot be met: exit 3, the indicator named with its gap, the file
    // untouched; --save-anyway saves the nearest fit.
    Project p = m_demo;
    p.settings[SettingKey::TargetInCountyRate] = 0.99;
    p.settings[SettingKey::TargetInCountyInpatientShare] = 0.10;
    const QString file = m_dir.filePath(QStringLiteral("impossible.ccplan"));
    QVERIFY(store::saveProject(p, file).ok);
    QFile before(file);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    const CliRun run = runCli({QStringLiteral("calibrate"), file});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QLatin1String("converged: no")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("in_county_rate: ")) &&
                 run.out.contains(QLatin1String("target 0.9900, gap")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("problem: in_county_rate")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("\nnot saved: ")), qPrintable(run.out));
    QVERIFY(!run.out.contains(QLatin1String("\nsaved: ")));
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    after.close();

    const CliRun anyway =
        runCli({QStringLiteral("calibrate"), file, QStringLiteral("--save-anyway")});
    QCOMPARE(anyway.exitCode, 3);
    QVERIFY2(anyway.out.contains(QLatin1String("\nsaved: ")), qPrintable(anyway.out));
    const store::LoadResult loaded = store::loadProject(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QVERIFY(loaded.project.serviceLines != p.serviceLines); // the nearest fit's constants
}

QTEST_GUILESS_MAIN(TestSimDemo)
#include "tst_sim_demo.moc"
