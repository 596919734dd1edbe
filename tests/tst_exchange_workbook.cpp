// The Excel workbook of File > Export Data and `countycare-cli export-data`,
// read back by a real reader (python3-openpyxl): its monthly sheets equal the
// CSV of `countycare-cli simulate --csv` cell for cell, the comparison equals the
// last months of both runs, the parameters, staff and postings are the
// project's, and so are the telemedicine links; the DRG revenue sheet holds
// each hospital's DRG revenue of the run; headers are Chinese (English with
// --lang en), formatted and frozen.
// Exit codes as the other commands.
#include "models/domain/parameters.h"
#include "models/exchange/csvtable.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "models/store/projectstore.h"
#include "tests/clirun.h"
#include "tests/gistools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using exchange::CsvTable;

namespace {

// Every sheet: name, frozen cell, all values by row, the number formats of the
// first data row (row 3).
const char *const kDump = R"(
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    formats = [[c.number_format for c in r] for r in ws.iter_rows(min_row=3, max_row=3)]
    out.append({"name": ws.title, "freeze": ws.freeze_panes, "rows": rows,
                "formats": formats[0] if formats else []})
print(json.dumps(out, ensure_ascii=False))
)";

struct Sheet {
    QString name;
    QString freeze;
    QVector<QJsonArray> rows;
    QStringList formats;
};

QVector<Sheet> readWorkbook(const QString &path, QString *error)
{
    const test::ToolRun run = test::runPython(QString::fromUtf8(kDump), {path});
    QVector<Sheet> sheets;
    if (!run.ok) {
        *error = run.output;
        return sheets;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(run.output.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = run.output;
        return sheets;
    }
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Sheet s;
        s.name = o.value(QStringLiteral("name")).toString();
        s.freeze = o.value(QStringLiteral("freeze")).toString();
        for (const QJsonValue &r : o.value(QStringLiteral("rows")).toArray())
            s.rows.push_back(r.toArray());
        for (const QJsonValue &f : o.value(QStringLiteral("formats")).toArray())
            s.formats << f.toString();
        sheets.push_back(s);
    }
    return sheets;
}

// A workbook cell as `simulate --csv` writes the value: 15 significant digits.
QString asCsv(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isNull())
        return QStringLiteral("nan"); // no cell value for NaN/infinity
    return v.toString();
}

} // namespace

class TestExchangeWorkbook : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void workbookEqualsSimulateCsv();
    void comparisonIsTheLastMonths();
    void parametersStaffAndPostings();
    void linksAndDrgRevenue();
    void englishHeadersWithLangEn();
    void everyScenarioWithoutOptions();
    void replacesAtomically();
    void awkwardScenarioNamesMakeValidSheetNames();
    void exitCodes_data();
    void exitCodes();

private:
    CsvTable simulateCsv(const QString &scenario);
    QTemporaryDir m_dir;
    QString m_project;
    QString m_book;
    Project m_loaded;
    QString m_reform;
    QVector<Sheet> m_sheets;
};

void TestExchangeWorkbook::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("demo.ccplan"));
    const CliRun made = runCli({QStringLiteral("new"), QStringLiteral("--demo"), m_project});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const store::LoadResult loaded = store::loadProject(m_project);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    m_loaded = loaded.project;
    for (const Scenario &s : m_loaded.scenarios)
        if (s.name != QLatin1String("baseline"))
            m_reform = s.name;
    QVERIFY(!m_reform.isEmpty());
    QVERIFY(!m_loaded.staff.isEmpty() && !m_loaded.postings.isEmpty());

    m_book = m_dir.filePath(QStringLiteral("book.xlsx"));
    const CliRun run = runCli({QStringLiteral("export-data"), m_project, QStringLiteral("--out"),
                               m_book, QStringLiteral("--scenario"), QStringLiteral("baseline"),
                               QStringLiteral("--compare"), m_reform});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("wrote")), qPrintable(run.out));
    QString error;
    m_sheets = readWorkbook(m_book, &error);
    // 2 monthly, comparison, parameters, staff, postings, links, the reform's DRG revenue
    QVERIFY2(m_sheets.size() == 8, qPrintable(error));
}

CsvTable TestExchangeWorkbook::simulateCsv(const QString &scenario)
{
    const QString csv =
        m_dir.filePath(QString::fromLatin1(scenario.toUtf8().toHex()) + QStringLiteral(".csv"));
    const CliRun run = runCli({QStringLiteral("simulate"), m_project, QStringLiteral("--scenario"),
                               scenario, QStringLiteral("--csv"), csv});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    QFile f(csv);
    return f.open(QIODevice::ReadOnly) ? exchange::parseCsv(f.readAll()) : CsvTable();
}

void TestExchangeWorkbook::workbookEqualsSimulateCsv()
{
    const QStringList scenarios = {QStringLiteral("baseline"), m_reform};
    for (int i = 0; i < 2; ++i) {
        const Sheet &sheet = m_sheets[i];
        const CsvTable csv = simulateCsv(scenarios[i]);
        QVERIFY(csv.ok());
        QVERIFY2(sheet.name.startsWith(QStringLiteral("月度指标")), qPrintable(sheet.name));
        // Row 1: Chinese labels; row 2: the CSV's column names; both frozen with
        // the month columns.
        QCOMPARE(sheet.rows[0][2].toString(), QStringLiteral("县域就诊率"));
        QStringList codes;
        for (const QJsonValue &v : sheet.rows[1])
            codes << v.toString();
        QCOMPARE(codes, csv.headers);
        QCOMPARE(sheet.freeze, QStringLiteral("C3"));
        QCOMPARE(sheet.rows.size() - 2, csv.rows.size());
        QVERIFY(csv.rows.size() >= 12);
        for (int r = 0; r < csv.rows.size(); ++r)
            for (int c = 0; c < csv.headers.size(); ++c)
                QVERIFY2(asCsv(sheet.rows[r + 2][c]) == csv.rows[r][c],
                         qPrintable(QStringLiteral("%1 row %2 %3: %4 vs %5")
                                        .arg(sheet.name)
                                        .arg(r)
                                        .arg(csv.headers[c], asCsv(sheet.rows[r + 2][c]),
                                             csv.rows[r][c])));
        // Number formats: shares in per cent, money with thousands separators.
        QCOMPARE(sheet.formats.value(int(csv.headers.indexOf(QStringLiteral("in_county_rate")))),
                 QStringLiteral("0.0%"));
        QCOMPARE(sheet.formats.value(int(csv.headers.indexOf(QStringLiteral("fund_balance")))),
                 QStringLiteral("#,##0"));
    }
}

void TestExchangeWorkbook::comparisonIsTheLastMonths()
{
    const Sheet &sheet = m_sheets[2];
    QCOMPARE(sheet.name, QStringLiteral("方案对比"));
    QCOMPARE(sheet.freeze, QStringLiteral("A2"));
    const CsvTable base = simulateCsv(QStringLiteral("baseline"));
    const CsvTable reform = simulateCsv(m_reform);
    int checked = 0;
    for (int r = 1; r < sheet.rows.size(); ++r) {
        const QJsonArray row = sheet.rows[r];
        const QString code = row[1].toString();
        const int c = int(base.headers.indexOf(code));
        if (c < 0 || row[3].isNull())
            continue;
        const bool sum = row[2].toString() == QStringLiteral("全期合计");
        double shown = 0, compared = 0;
        for (int t = sum ? 0 : base.rows.size() - 1; t < base.rows.size(); ++t) {
            shown += base.rows[t][c].toDouble();
            compared += reform.rows[t][c].toDouble();
        }
        QVERIFY2(std::abs(row[3].toDouble() - shown) <= 1e-9 * std::max(1.0, std::abs(shown)),
                 qPrintable(code));
        QVERIFY2(std::abs(row[4].toDouble() - compared) <= 1e-9 * std::max(1.0, std::abs(compared)),
                 qPrintable(code));
        QVERIFY(std::abs(row[5].toDouble() - (row[4].toDouble() - row[3].toDouble())) <=
                1e-9 * std::max(1.0, std::abs(compared)));
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestExchangeWorkbook::parametersStaffAndPostings()
{
    const Sheet &params = m_sheets[3];
    QCOMPARE(params.name, QStringLiteral("参数"));
    // A row per parameter each schedule entry of both scenarios sets (the first
    // entry sets all, a later one what it changes), and the settings.
    int expected = kSettingKeyCount;
    for (const Scenario &s : m_loaded.scenarios)
        for (const PolicyEntry &e : s.schedule)
            expected += e.changes.count();
    QCOMPARE(params.rows.size() - 1, expected);
    const EntityId baseline = m_loaded.baselineScenarioId();
    const PolicyParams first = policyOfEntry(m_loaded.scenarios.value(baseline).schedule, 0);
    bool found = false;
    for (const QJsonArray &row : params.rows) {
        if (row[4].toString() != QLatin1String(policySpec(PolicyKey(0)).key))
            continue;
        QVERIFY(!row[8].toString().isEmpty()); // the source of the default
        if (row[0].toString() == QStringLiteral("基线方案") && !found) {
            QCOMPARE(row[5].toDouble(), first.at(0));
            found = true;
        }
    }
    QVERIFY(found);

    const Sheet &staff = m_sheets[4];
    QCOMPARE(staff.name, QStringLiteral("人员"));
    QCOMPARE(staff.rows.size() - 1, m_loaded.staff.size());
    QCOMPARE(staff.rows[1][1].toString(), m_loaded.staff.first().name);
    const Sheet &postings = m_sheets[5];
    QCOMPARE(postings.name, QStringLiteral("派驻"));
    QCOMPARE(postings.rows.size() - 1, m_loaded.postings.size());
    const Posting &p = m_loaded.postings.first();
    QCOMPARE(postings.rows[1][3].toString(), m_loaded.facilities.value(p.facilityId).name);
    QCOMPARE(postings.rows[1][7].toDouble(), double(p.endMonth - p.startMonth));
}

void TestExchangeWorkbook::linksAndDrgRevenue()
{
    const Sheet &links = m_sheets[6];
    QCOMPARE(links.name, QStringLiteral("远程医疗协作"));
    QVERIFY(!m_loaded.links.isEmpty()); // the demo reform's imaging and consultation links
    QCOMPARE(links.rows.size() - 1, m_loaded.links.size());
    const TelemedicineLink &first = m_loaded.links.first();
    QCOMPARE(links.rows[1][0].toDouble(), double(first.id));
    QCOMPARE(links.rows[1][1].toString(), m_loaded.facilities.value(first.hubFacilityId).name);
    QCOMPARE(links.rows[1][2].toString(), m_loaded.facilities.value(first.centreFacilityId).name);
    QCOMPARE(links.rows[1][6].toDouble(), first.capabilityGain);
    QCOMPARE(links.rows[1][7].toDouble(), first.annualCostYuan);

    // The reform's DRG revenue, hospital by hospital, as the engine computes it.
    const Sheet &drg = m_sheets[7];
    QVERIFY2(drg.name.startsWith(QStringLiteral("DRG 收入")), qPrintable(drg.name));
    QCOMPARE(drg.freeze, QStringLiteral("C3"));
    EntityId reform = 0;
    for (const Scenario &sc : m_loaded.scenarios)
        if (sc.name == m_reform)
            reform = sc.id;
    SimIndexMap ids;
    const sim::Engine engine(compileProject(m_loaded, reform, ids));
    const sim::Results &r = engine.results();
    QCOMPARE(drg.rows.size() - 2, r.months);
    int columns = 0;
    double total = 0;
    for (int c = 2; c < drg.rows[1].size(); ++c) {
        const QString code = drg.rows[1][c].toString();
        QVERIFY2(code.startsWith(QStringLiteral("facility_")), qPrintable(code));
        const EntityId id = code.mid(9).toLongLong();
        const Facility f = m_loaded.facilities.value(id);
        QVERIFY(f.level == FacilityLevel::TownshipCentre ||
                f.level == FacilityLevel::CountyHospital);
        QVERIFY(drg.rows[0][c].toString().startsWith(f.name));
        const std::size_t index = static_cast<std::size_t>(ids.facilities.value(id));
        for (int t = 0; t < r.months; ++t) {
            const double expected = r.facilityDrgRevenue[index * r.months + t];
            QVERIFY2(std::abs(drg.rows[t + 2][c].toDouble() - expected) <=
                         1e-9 * std::max(1.0, expected),
                     qPrintable(QStringLiteral("%1 month %2").arg(f.name).arg(t)));
            total += expected;
        }
        ++columns;
    }
    int hospitals = 0;
    for (const Facility &f : m_loaded.facilities)
        hospitals +=
            f.level == FacilityLevel::TownshipCentre || f.level == FacilityLevel::CountyHospital;
    QCOMPARE(columns, hospitals);
    QVERIFY(total > 0);
}

void TestExchangeWorkbook::englishHeadersWithLangEn()
{
    const QString book = m_dir.filePath(QStringLiteral("english.xlsx"));
    const CliRun run = runCli({QStringLiteral("export-data"), m_project, QStringLiteral("--out"),
                               book, QStringLiteral("--scenario"), QStringLiteral("baseline"),
                               QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QString error;
    const QVector<Sheet> sheets = readWorkbook(book, &error);
    QVERIFY2(sheets.size() == 5, qPrintable(error)); // no comparison; the baseline pays no DRG
    QCOMPARE(sheets[0].rows[0][2].toString(), QStringLiteral("In-county treatment rate"));
    QCOMPARE(sheets[1].name, QStringLiteral("Parameters"));
}

void TestExchangeWorkbook::everyScenarioWithoutOptions()
{
    const QString book = m_dir.filePath(QStringLiteral("all.xlsx"));
    const CliRun run =
        runCli({QStringLiteral("export-data"), m_project, QStringLiteral("--out"), book});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QString error;
    const QVector<Sheet> sheets = readWorkbook(book, &error);
    // Staff, postings, links, parameters, and the DRG revenue of the one scenario paying by DRG.
    QVERIFY2(sheets.size() == m_loaded.scenarios.size() + 5, qPrintable(error));
}

void TestExchangeWorkbook::replacesAtomically()
{
    // An existing file is replaced by the complete workbook, and nothing else is
    // left beside it (the temporary file is renamed, not copied).
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("book.xlsx"));
    QFile old(book);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older file");
    old.close();
    const CliRun run = runCli({QStringLiteral("export-data"), m_project, QStringLiteral("--out"),
                               book, QStringLiteral("--scenario"), QStringLiteral("baseline")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("book.xlsx")});
    QFile f(book);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(2) == "PK"); // a zip container
}

void TestExchangeWorkbook::awkwardScenarioNamesMakeValidSheetNames()
{
    // Excel refuses sheet names over 31 characters, with []:*?/\, starting or
    // ending with an apostrophe, or equal but for case: such scenario names
    // still give a workbook, with distinct sheet names.
    Project p = m_loaded;
    QVERIFY(p.scenarios.size() >= 2);
    auto it = p.scenarios.begin();
    it->name = QStringLiteral("'紧密型医共体改革方案：第一阶段[试点]/2026年至2030年全县推开'");
    ++it;
    it->name = QStringLiteral("'紧密型医共体改革方案：第一阶段[试点]/2026年至2030年全县推开''");
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("awkward.ccplan"));
    const store::SaveResult saved = store::saveProjectAs(p, project);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    const QString book = dir.filePath(QStringLiteral("awkward.xlsx"));
    const CliRun run =
        runCli({QStringLiteral("export-data"), project, QStringLiteral("--out"), book});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QString error;
    const QVector<Sheet> sheets = readWorkbook(book, &error);
    QVERIFY2(sheets.size() == p.scenarios.size() + 5, qPrintable(error));
    QVERIFY(sheets[0].name != sheets[1].name);
    for (const Sheet &s : sheets)
        QVERIFY2(s.name.size() <= 31 && !s.name.endsWith(QLatin1Char('\'')), qPrintable(s.name));
}

void TestExchangeWorkbook::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString project = QStringLiteral("PROJECT");
    QTest::newRow("no --out") << QStringList{QStringLiteral("export-data"), project} << 64;
    QTest::newRow("not .xlsx") << QStringList{QStringLiteral("export-data"), project,
                                              QStringLiteral("--out"), QStringLiteral("DIR/x.csv")}
                               << 64;
    QTest::newRow("unknown scenario")
        << QStringList{QStringLiteral("export-data"), project,
                       QStringLiteral("--out"),       QStringLiteral("DIR/x.xlsx"),
                       QStringLiteral("--scenario"),  QStringLiteral("nope")}
        << 64;
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("export-data"), project,
                       QStringLiteral("--out"),       QStringLiteral("DIR/x.xlsx"),
                       QStringLiteral("--township"),  QStringLiteral("x")}
        << 64;
    QTest::newRow("missing project")
        << QStringList{QStringLiteral("export-data"), QStringLiteral("DIR/none.ccplan"),
                       QStringLiteral("--out"), QStringLiteral("DIR/x.xlsx")}
        << 2;
    QTest::newRow("folder missing")
        << QStringList{QStringLiteral("export-data"), project, QStringLiteral("--out"),
                       QStringLiteral("DIR/no/such/folder/x.xlsx")}
        << 1;
    QTest::newRow("out is a folder")
        << QStringList{QStringLiteral("export-data"), project, QStringLiteral("--out"),
                       QStringLiteral("DIR/folder.xlsx")}
        << 1;
}

void TestExchangeWorkbook::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.xlsx")));
    args.replaceInStrings(QStringLiteral("PROJECT"), m_project);
    args.replaceInStrings(QStringLiteral("DIR"), dir.path());
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.xlsx"))));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestExchangeWorkbook)
#include "tst_exchange_workbook.moc"
