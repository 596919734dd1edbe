// Chart exports: PNG size and DPI, SVG text, PDF pages, CSV round trip, the dialog.
#include "models/sim/engine.h"
#include "models/simulation/generator.h"
#include "widgets/charts/chartbuilder.h"
#include "widgets/charts/chartexport.h"
#include "widgets/charts/exportdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <qcustomplot.h>

using namespace cc::charts;

namespace {
std::shared_ptr<const cc::sim::Results> run(unsigned seed)
{
    cc::sim::Engine engine(cc::sim::generateSmall(seed));
    return std::make_shared<const cc::sim::Results>(engine.results());
}

QString pdfInfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QVector<QStringList> parseCsv(const QByteArray &bytes)
{
    QVector<QStringList> rows;
    const QString text = QString::fromUtf8(bytes.mid(3));
    for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        QStringList cells;
        QString cell;
        bool quoted = false;
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == c) {
                    cell += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    cell += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                cells << cell;
                cell.clear();
            } else {
                cell += c;
            }
        }
        cells << cell;
        rows << cells;
    }
    return rows;
}
} // namespace

class TestExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void png_data();
    void png();
    void svgHasText();
    void pdfOnePage();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void formatNames();
    void dialogPresets();
    void clipboard();

private:
    ChartData m_data;
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data.results = run(5);
    m_data.compare = run(6);
    m_data.compareName = QStringLiteral("改革方案");
    m_data.locale = QLocale(QLocale::English, QLocale::UnitedStates);
}

void TestExport::png_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<double>("dpi");
    QTest::newRow("screen") << 800 << 500 << 96.0;
    QTest::newRow("report page width") << 1890 << 1181 << 300.0;
    QTest::newRow("slide") << 1920 << 1080 << 192.0;
    QTest::newRow("odd") << 333 << 217 << 72.0;
}

void TestExport::png()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(double, dpi);
    QCustomPlot plot;
    buildChart(&plot, ChartKind::FundBalance, m_data);
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(exportPng(&plot, path, ExportSize{width, height, dpi}, &error), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.size(), QSize(width, height));
    const QImage image = reader.read();
    QVERIFY(qAbs(image.dotsPerMeterX() - dpi / 0.0254) <= 1.0);
    QVERIFY(qAbs(image.dotsPerMeterY() - dpi / 0.0254) <= 1.0);
    // Not blank: the plot drew something besides the white background.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 3);
}

void TestExport::svgHasText()
{
    QCustomPlot plot;
    const ChartTable table = chartTable(ChartKind::FundBalance, m_data);
    buildChart(&plot, table);
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(exportSvg(&plot, path, ExportSize{1200, 700, 96}, table.title, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text, viewBox;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(viewBox, QStringLiteral("0 0 1200 700"));
    QVERIFY2(text.contains(table.title), qPrintable(text.left(300)));
    QVERIFY(text.contains(table.leftLabel));
    QVERIFY(text.contains(table.rightLabel));
    QVERIFY(text.contains(QStringLiteral("改革方案"))); // the comparison's legend entry
    QVERIFY(text.contains(table.yearMonth(12)));
}

void TestExport::pdfOnePage()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    QCustomPlot plot;
    const ChartTable table = chartTable(ChartKind::EpisodesByLevel, m_data);
    buildChart(&plot, table);
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    QString error;
    const ExportSize size{1890, 1181, 300};
    QVERIFY2(exportPdf(&plot, path, size, table.title, &error), qPrintable(error));
    const QString info = pdfInfo(path);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
    // 1890 px at 300 dpi = 453.6 pt wide, 1181 px = 283.4 pt high.
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
    QVERIFY2(m.hasMatch(), qPrintable(info));
    QVERIFY(qAbs(m.captured(1).toDouble() - 453.6) < 1.0);
    QVERIFY(qAbs(m.captured(2).toDouble() - 283.4) < 1.0);
}

void TestExport::csvRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    for (ChartKind k : allChartKinds())
        QTest::newRow(chartName(k)) << int(k);
}

void TestExport::csvRoundTrip()
{
    QFETCH(int, kind);
    const ChartTable table = chartTable(ChartKind(kind), m_data);
    const QString path = m_dir.filePath(QStringLiteral("chart.csv"));
    QString error;
    QVERIFY2(exportCsv(table, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QVector<QStringList> rows = parseCsv(bytes);
    QCOMPARE(rows.size(), table.months + 1);
    QVector<const ChartSeries *> columns;
    for (const ChartSeries &s : table.series)
        if (s.inCsv())
            columns << &s;
    QCOMPARE(rows[0].size(), columns.size() + 2);
    QCOMPARE(rows[0][0], QStringLiteral("month"));
    QCOMPARE(rows[0][1], QStringLiteral("year_month"));
    for (int c = 0; c < columns.size(); ++c)
        QCOMPARE(rows[0][c + 2], columns[c]->name);
    for (int t = 0; t < table.months; ++t) {
        QCOMPARE(rows[t + 1][0].toInt(), t);
        QCOMPARE(rows[t + 1][1], table.yearMonth(t));
        for (int c = 0; c < columns.size(); ++c) {
            const double expected = columns[c]->values[t];
            const QString cell = rows[t + 1][c + 2];
            if (!std::isfinite(expected)) {
                QVERIFY(cell.isEmpty());
                continue;
            }
            const double v = cell.toDouble();
            QVERIFY2(qAbs(v - expected) <= 1e-12 * std::max(1.0, qAbs(expected)),
                     qPrintable(QStringLiteral("%1 vs %2").arg(cell).arg(expected)));
        }
    }
}

void TestExport::formatNames()
{
    QCOMPARE(exportFormatFromName(QStringLiteral("PNG")), std::optional(ExportFormat::Png));
    QCOMPARE(exportFormatFromName(QStringLiteral("svg")), std::optional(ExportFormat::Svg));
    QCOMPARE(exportFormatFromName(QStringLiteral("pdf")), std::optional(ExportFormat::Pdf));
    QCOMPARE(exportFormatFromName(QStringLiteral("csv")), std::optional(ExportFormat::Csv));
    QVERIFY(!exportFormatFromName(QStringLiteral("gif")));
    QVERIFY(!ExportSize({10, 10, 96}).isValid());
}

void TestExport::dialogPresets()
{
    ExportDialog dialog(ChartKind::InCountyRate, m_data);
    QCOMPARE(dialog.exportSize().widthPx, 1890); // report page width: 16 cm at 300 dpi
    QCOMPARE(dialog.exportSize().dpi, 300.0);
    QVERIFY(qAbs(dialog.exportSize().widthPx / dialog.exportSize().dpi * 2.54 - 16.0) < 0.01);
    QVERIFY(!dialog.previewImage().isNull());
    dialog.setPreset(ExportDialog::Slide);
    QCOMPARE(dialog.exportSize().widthPx, 1920);
    QCOMPARE(dialog.exportSize().heightPx, 1080);
    // The preview has the export's shape.
    const QImage preview = dialog.previewImage();
    QVERIFY(qAbs(double(preview.width()) / preview.height() - 1920.0 / 1080) < 0.02);
    dialog.setFormat(ExportFormat::Png);
    dialog.setPath(m_dir.filePath(QStringLiteral("dialog.png")));
    QString error;
    QVERIFY2(dialog.exportNow(&error), qPrintable(error));
    QCOMPARE(QImageReader(dialog.path()).size(), QSize(1920, 1080));
    dialog.setFormat(ExportFormat::Csv);
    QVERIFY(dialog.path().endsWith(QLatin1String("dialog.csv")));
    QVERIFY2(dialog.exportNow(&error), qPrintable(error));
    QVERIFY(QFileInfo(dialog.path()).size() > 100);
}

void TestExport::clipboard()
{
    QCustomPlot plot;
    buildChart(&plot, ChartKind::Staffing, m_data);
    copyChartToClipboard(&plot, ExportSize{640, 400, 96});
    const QImage image = QGuiApplication::clipboard()->image();
    if (image.isNull())
        QSKIP("this platform has no clipboard");
    QCOMPARE(image.size(), QSize(640, 400));
}

QTEST_MAIN(TestExport)
#include "tst_gui_export.moc"
