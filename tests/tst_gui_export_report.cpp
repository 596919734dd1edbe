// The A4 report and the chart commands of countycare-cli, on the demo county.
#include "models/demo/democounty.h"
#include "models/domain/labels.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "tests/clirun.h"
#include "widgets/charts/chartsource.h"
#include "widgets/charts/report.h"

#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace cc;
using namespace cc::charts;

namespace {
QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(tool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Noto CJK shares one glyph between some ideographs and their radical forms, and
// Qt's PDF writer maps the glyph back to the first code point the font lists:
// pdftotext reads 青山 as the radicals U+2ED8 U+2F2D. NFKC folds the Kangxi
// radicals (U+2F00..); the few CJK Radicals Supplement forms in our names are
// mapped by hand.
QString pdfText(const QString &pdf)
{
    QString text = tool(QStringLiteral("pdftotext"),
                        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                       .normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x2ED8), QChar(0x9752)); // CJK RADICAL BLUE -> 青
    return text;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void report_data();
    void report();
    void cliExportChart_data();
    void cliExportChart();
    void cliExportChartCare();
    void cliReport();
    void cliUsage();

private:
    Project m_project;
    QTemporaryDir m_dir;
    QString m_file;
    std::shared_ptr<const sim::Results> m_base, m_reform;
    SimIndexMap m_ids;
    EntityId m_baseId = 0, m_reformId = 0;
};

void TestReport::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdfinfo/pdftotext (poppler-utils) are not installed");
    QVERIFY(m_dir.isValid());
    m_project = demo::makeDemoProject();
    m_baseId = m_project.baselineScenarioId();
    for (const Scenario &s : m_project.scenarios)
        if (s.id != m_baseId)
            m_reformId = s.id;
    QVERIFY(m_reformId != 0);
    m_base = std::make_shared<const sim::Results>(
        sim::Engine(compileProject(m_project, m_baseId, m_ids)).results());
    SimIndexMap ids2;
    m_reform = std::make_shared<const sim::Results>(
        sim::Engine(compileProject(m_project, m_reformId, ids2)).results());
    m_file = m_dir.filePath(QStringLiteral("demo.ccplan"));
    QCOMPARE(runCli({QStringLiteral("new"), QStringLiteral("--demo"), m_file}).exitCode, 0);
}

void TestReport::report_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("compare");
    QTest::newRow("en") << QStringLiteral("en_US") << false;
    QTest::newRow("en compare") << QStringLiteral("en_US") << true;
    QTest::newRow("zh compare") << QStringLiteral("zh_CN") << true;
}

void TestReport::report()
{
    QFETCH(QString, lang);
    QFETCH(bool, compare);
    const QLocale locale(lang);
    ReportInput in;
    in.project = m_project;
    in.scenario = m_reformId;
    in.charts = chartDataFor(m_reform, m_ids, m_project, m_reformId, locale);
    if (compare) {
        in.compare = m_baseId;
        setComparison(in.charts, m_base, m_project.scenarios.value(m_baseId).name);
    }
    in.date = QDate(2026, 11, 23);
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(lang));
    const ReportResult result = writeReport(in, path);
    QVERIFY2(result.ok, qPrintable(result.message));
    // Title + parameters (the table may run onto a second page), map, four
    // chart pages (seven charts, two a page), indicators (perhaps two pages).
    QVERIFY2(result.pages >= 7 && result.pages <= 9, qPrintable(QString::number(result.pages)));
    QCOMPARE(pageCount(path), result.pages);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(m_project.title), qPrintable(text.left(400)));
    QVERIFY(text.contains(scenarioLabel(m_project.scenarios.value(m_reformId), locale)));
    for (const QString &heading : reportSectionTitles())
        QVERIFY2(text.contains(heading), qPrintable(heading));
    if (compare)
        QVERIFY(text.contains(scenarioLabel(m_project.scenarios.value(m_baseId), locale)));
    // The care chart and the care indicators (the text is the source language
    // here: no translator is installed; labels with digits are left out, as
    // pdftotext drops the digits of table labels).
    for (const QString &care :
         {chartTitle(ChartKind::Care), QStringLiteral("Average length of stay (days)"),
          QStringLiteral("Avoided admissions, whole horizon"),
          QStringLiteral("Referrals up, whole horizon"), QStringLiteral("Telemedicine links"),
          QStringLiteral("Shared imaging centre")})
        QVERIFY2(text.simplified().contains(care), qPrintable(care));
    if (lang.startsWith(QLatin1String("zh")))
        QVERIFY(text.contains(QChar(0x4E07)) || text.contains(QChar(0x4EBF))); // 万 / 亿
    else
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\d{1,3},\\d{3},\\d{3}"))));
}

void TestReport::cliExportChart_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TestReport::cliExportChart()
{
    QFETCH(QString, format);
    const QString out = m_dir.filePath(QStringLiteral("cli.") + format);
    const CliRun run =
        runCli({QStringLiteral("export-chart"), m_file, QStringLiteral("--chart"),
                QStringLiteral("in-county-rate"), QStringLiteral("--format"), format,
                QStringLiteral("--out"), out, QStringLiteral("--width"), QStringLiteral("1000"),
                QStringLiteral("--height"), QStringLiteral("600"), QStringLiteral("--dpi"),
                QStringLiteral("150"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QFileInfo(out).size() > 100, qPrintable(run.err));
    if (format == QLatin1String("png")) {
        QImageReader reader(out);
        QCOMPARE(reader.size(), QSize(1000, 600));
        QVERIFY(qAbs(reader.read().dotsPerMeterX() - 150 / 0.0254) <= 1.0);
    } else if (format == QLatin1String("pdf")) {
        QCOMPARE(pageCount(out), 1);
    }
}

// countycare-cli export-chart --chart care: the care chart's numbers are the
// engine's (admissions per 1,000, length of stay, avoided admissions, referrals).
void TestReport::cliExportChartCare()
{
    const QString out = m_dir.filePath(QStringLiteral("care.csv"));
    const CliRun run =
        runCli({QStringLiteral("export-chart"), m_file, QStringLiteral("--chart"),
                QStringLiteral("care"), QStringLiteral("--out"), out, QStringLiteral("--scenario"),
                m_project.scenarios.value(m_reformId).name});
    QCOMPARE(run.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_reform->months + 1);
    // A series name with a comma is quoted.
    QCOMPARE(lines[0], QStringLiteral("month,year_month,\"Admissions per 1,000 residents a year\","
                                      "Average length of stay (days),Avoided admissions,"
                                      "Referrals up,Referrals down"));
    double avoided = 0, up = 0, down = 0;
    for (int t = 0; t < m_reform->months; ++t) {
        const QStringList cells = lines[t + 1].split(QLatin1Char(','));
        QCOMPARE(cells.size(), 7);
        const sim::Indicators &x = m_reform->countyAt(t);
        const double expected[] = {x.admissionsPer1000, x.averageLengthOfStay, x.avoidedAdmissions,
                                   x.referralsUp, x.referralsDown};
        for (int c = 0; c < 5; ++c)
            QVERIFY2(qAbs(cells[c + 2].toDouble() - expected[c]) <=
                         1e-9 * std::max(1.0, qAbs(expected[c])),
                     qPrintable(QStringLiteral("month %1 column %2: %3 vs %4")
                                    .arg(t)
                                    .arg(c)
                                    .arg(cells[c + 2])
                                    .arg(expected[c])));
        avoided += x.avoidedAdmissions;
        up += x.referralsUp;
        down += x.referralsDown;
    }
    // The reform's mechanisms are at work in the demo county.
    QVERIFY(avoided > 0 && up > 0 && down > 0);
    const QString png = m_dir.filePath(QStringLiteral("care.png"));
    QCOMPARE(runCli({QStringLiteral("export-chart"), m_file, QStringLiteral("--chart"),
                     QStringLiteral("care"), QStringLiteral("--out"), png, QStringLiteral("--lang"),
                     QStringLiteral("zh_CN")})
                 .exitCode,
             0);
    QCOMPARE(QImageReader(png).size(), QSize(1890, 1181));
}

void TestReport::cliReport()
{
    const QString out = m_dir.filePath(QStringLiteral("cli-report.pdf"));
    QCOMPARE(runCli({QStringLiteral("report"), m_file, QStringLiteral("--out"), out,
                     QStringLiteral("--scenario"), m_project.scenarios.value(m_reformId).name,
                     QStringLiteral("--compare"), m_project.scenarios.value(m_baseId).name,
                     QStringLiteral("--lang"), QStringLiteral("zh_CN")})
                 .exitCode,
             0);
    const int pages = pageCount(out);
    QVERIFY2(pages >= 7 && pages <= 9, qPrintable(QString::number(pages)));
    const QString text = pdfText(out);
    QVERIFY(text.contains(m_project.title));
    // --lang zh_CN: the headings are the Chinese ones.
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/countycare_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const QStringList headings = reportSectionTitles();
    QCoreApplication::removeTranslator(&chinese);
    QVERIFY(headings != reportSectionTitles());
    for (const QString &heading : headings)
        QVERIFY2(text.contains(heading), qPrintable(heading));
}

void TestReport::cliUsage()
{
    const QString out = m_dir.filePath(QStringLiteral("x.png"));
    QCOMPARE(runCli({QStringLiteral("export-chart"), m_file, QStringLiteral("--chart"),
                     QStringLiteral("pie"), QStringLiteral("--out"), out})
                 .exitCode,
             64);
    QCOMPARE(runCli({QStringLiteral("export-chart"), m_file, QStringLiteral("--chart"),
                     QStringLiteral("staffing"), QStringLiteral("--out"), out,
                     QStringLiteral("--scenario"), QStringLiteral("nope")})
                 .exitCode,
             64);
    QCOMPARE(runCli({QStringLiteral("report"), m_file}).exitCode, 64);
    QCOMPARE(runCli({QStringLiteral("report"), m_dir.filePath(QStringLiteral("missing.ccplan")),
                     QStringLiteral("--out"), out})
                 .exitCode,
             2);
}

QTEST_MAIN(TestReport)
#include "tst_gui_export_report.moc"
