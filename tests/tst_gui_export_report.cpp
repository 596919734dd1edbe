// The A4 report and the chart commands of countycare-cli, on the demo county.
#include "models/demo/democounty.h"
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
    // Title + parameters (the table may run onto a second page), map, three
    // chart pages, indicators.
    QVERIFY2(result.pages >= 6 && result.pages <= 7, qPrintable(QString::number(result.pages)));
    QCOMPARE(pageCount(path), result.pages);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(m_project.title), qPrintable(text.left(400)));
    QVERIFY(text.contains(m_project.scenarios.value(m_reformId).name));
    for (const QString &heading : reportSectionTitles())
        QVERIFY2(text.contains(heading), qPrintable(heading));
    if (compare)
        QVERIFY(text.contains(m_project.scenarios.value(m_baseId).name));
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
    QVERIFY2(pages >= 6 && pages <= 7, qPrintable(QString::number(pages)));
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
