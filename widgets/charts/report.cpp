#include "widgets/charts/report.h"

#include "models/domain/labels.h"
#include "models/domain/projectdocument.h"
#include "models/sim/calendar.h"
#include "models/store/atomicfile.h"
#include "widgets/charts/chartbuilder.h"
#include "widgets/charts/chartexport.h"
#include "widgets/charts/chartformat.h"
#include "widgets/charts/reporttables.h"
#include "widgets/map/mapscene.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPdfWriter>

namespace cc::charts {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cc::Report)
};

constexpr int kDpi = 300; // device units per inch of the PDF
constexpr double kMarginMm = 18;

// Lays out text, tables and pictures down A4 pages. Units are device pixels
// (1/300 inch); fonts are in points, so they print at their size.
class PageWriter {
public:
    PageWriter(QPdfWriter &pdf, QCPPainter &painter, QString footer)
        : m_pdf(pdf), m_p(painter), m_footer(std::move(footer)), m_width(pdf.width()),
          m_bottom(pdf.height() - pt(18))
    {}
    static double pt(double points) { return points * kDpi / 72.0; }
    double width() const { return m_width; }
    double y() const { return m_y; }
    double room() const { return m_bottom - m_y; }
    int page() const { return m_page; }
    void skip(double points) { m_y += pt(points); }

    void newPage()
    {
        drawFooter();
        m_pdf.newPage();
        ++m_page;
        m_y = 0;
    }
    void finish() { drawFooter(); }

    double textHeight(const QString &text, const QFont &font, double width) const
    {
        const QFontMetricsF fm(font, &m_pdf);
        return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }
    void text(const QString &text, const QFont &font, const QColor &color = Qt::black)
    {
        const double h = textHeight(text, font, m_width);
        m_p.setFont(font);
        m_p.setPen(color);
        m_p.drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text);
        m_y += h;
    }
    void heading(const QString &text)
    {
        skip(6);
        this->text(text, chartFont(14, true), QColor(0x1F, 0x3A, 0x5F));
        m_p.setPen(QPen(QColor(0x1F, 0x3A, 0x5F), pt(0.8)));
        m_p.drawLine(QPointF(0, m_y + pt(2)), QPointF(m_width, m_y + pt(2)));
        skip(8);
    }

    void table(const ReportTable &table, const QVector<double> &fractions)
    {
        const QFont body = chartFont(8.5), bold = chartFont(8.5, true);
        const double pad = pt(3);
        QVector<double> widths;
        for (double f : fractions)
            widths << f * m_width;
        const auto rowHeight = [&](const QStringList &cells, const QFont &font, bool span) {
            double h = 0;
            for (int c = 0; c < cells.size(); ++c)
                h = std::max(
                    h, textHeight(cells[c], font, (span ? m_width : widths.value(c)) - 2 * pad));
            return h + 2 * pad;
        };
        const auto drawRow = [&](const QStringList &cells, const QFont &font, bool span,
                                 const QColor &fill) {
            const double h = rowHeight(cells, font, span);
            if (fill.isValid())
                m_p.fillRect(QRectF(0, m_y, m_width, h), fill);
            m_p.setFont(font);
            m_p.setPen(Qt::black);
            double x = 0;
            for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
                const double w = span ? m_width : widths[c];
                m_p.drawText(QRectF(x + pad, m_y + pad, w - 2 * pad, h - 2 * pad),
                             Qt::TextWordWrap | Qt::AlignVCenter, cells[c]);
                x += w;
            }
            m_y += h;
            m_p.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), pt(0.4)));
            m_p.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        };
        const QColor headerFill(0xE4, 0xEA, 0xF1), groupFill(0xF4, 0xF4, 0xF0);
        drawRow(table.header, bold, false, headerFill);
        for (int r = 0; r < table.rows.size(); ++r) {
            const bool group = table.group.value(r);
            const QFont &font = group ? bold : body;
            // A group heading never ends a page alone.
            const double need =
                rowHeight(table.rows[r], font, group) +
                (group && r + 1 < table.rows.size() ? rowHeight(table.rows[r + 1], body, false)
                                                    : 0);
            if (need > room()) {
                newPage();
                drawRow(table.header, bold, false, headerFill);
            }
            drawRow(table.rows[r], font, group, group ? groupFill : QColor());
        }
    }

    QCPPainter &painter() { return m_p; }
    void advance(double deviceUnits) { m_y += deviceUnits; }

private:
    void drawFooter()
    {
        m_p.setFont(chartFont(7.5));
        m_p.setPen(QColor(0x66, 0x66, 0x66));
        m_p.drawText(QRectF(0, m_bottom + pt(6), m_width, pt(12)), Qt::AlignLeft, m_footer);
        m_p.drawText(QRectF(0, m_bottom + pt(6), m_width, pt(12)), Qt::AlignRight,
                     Tr::tr("Page %1").arg(m_page));
    }

    QPdfWriter &m_pdf;
    QCPPainter &m_p;
    QString m_footer;
    double m_width, m_bottom;
    double m_y = 0;
    int m_page = 1;
};

QVector<double> columnFractions(int columns)
{
    if (columns <= 2)
        return {0.5, 0.5};
    if (columns == 3)
        return {0.44, 0.28, 0.28};
    return {0.40, 0.20, 0.20, 0.20};
}

void drawMap(PageWriter &w, const ReportInput &in)
{
    ProjectDocument document;
    document.reset(in.project, in.projectPath);
    MapScene scene(&document);
    const QRectF source = scene.contentRect();
    if (source.isEmpty()) {
        w.text(Tr::tr("The project has no map data."), chartFont(10));
        return;
    }
    // Symbols and labels are sized in screen pixels (they ignore the view's
    // zoom), so the map is drawn at 96 logical dpi scaled up to the page: the
    // page then looks like the map view on screen.
    const double k = kDpi / 96.0;
    const double height = std::min(w.room() - PageWriter::pt(24), w.width() * 1.25);
    QRectF target(0, w.y(), w.width(), height);
    const double aspect = source.width() / source.height();
    if (target.width() / target.height() > aspect)
        target.setWidth(target.height() * aspect);
    else
        target.setHeight(target.width() / aspect);
    target.moveLeft((w.width() - target.width()) / 2);
    scene.setPixelsPerMetre(target.width() / k / source.width());
    QCPPainter &p = w.painter();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(k, k);
    const QRectF logical(target.topLeft() / k, target.size() / k);
    p.setClipRect(logical);
    scene.render(&p, logical, source, Qt::KeepAspectRatio);
    p.restore();
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), PageWriter::pt(0.5)));
    p.drawRect(target);
    w.advance(target.height());
    w.skip(4);
    w.text(Tr::tr("Facilities by level (village clinic, township centre, county hospital), "
                  "villages and roads of %1.")
               .arg(in.project.title),
           chartFont(8), QColor(0x44, 0x44, 0x44));
}

} // namespace

QStringList reportSectionTitles()
{
    return {Tr::tr("Policy parameters"), Tr::tr("Map"), Tr::tr("Charts"), Tr::tr("Indicators")};
}

ReportResult writeReport(const ReportInput &in, const QString &path)
{
    ReportResult result;
    if (!in.charts.results || in.charts.results->months <= 0) {
        result.message = Tr::tr("There are no simulation results to report.");
        return result;
    }
    store::AtomicFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.message = Tr::tr("Could not write %1: %2").arg(path, file.errorString());
        return result;
    }
    const QString scenarioName =
        scenarioLabel(in.project.scenarios.value(in.scenario), in.charts.locale);
    const QString compareName =
        scenarioLabel(in.project.scenarios.value(in.compare), in.charts.locale);
    const QStringList sections = reportSectionTitles();
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(kDpi);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                      QPageLayout::Millimeter));
        pdf.setTitle(Tr::tr("%1 - %2").arg(in.project.title, scenarioName));
        pdf.setCreator(QStringLiteral("CountyCare Planner"));
        QCPPainter painter(&pdf);
        painter.setRenderHint(QPainter::Antialiasing);
        PageWriter w(pdf, painter,
                     Tr::tr("CountyCare Planner - %1, %2").arg(in.project.title, scenarioName));

        // Title block.
        w.text(in.project.title, chartFont(22, true));
        w.skip(4);
        QString scenarioLine = Tr::tr("Scenario: %1").arg(scenarioName);
        if (in.compare != 0)
            scenarioLine += QStringLiteral("    ") + Tr::tr("Compared with: %1").arg(compareName);
        w.text(scenarioLine, chartFont(12));
        const sim::Results &r = *in.charts.results;
        const auto ym = [&](int t) {
            const sim::YearMonth m = sim::yearMonthAt(r.startYear, r.startMonth, t);
            return QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10, QLatin1Char('0'));
        };
        w.text(Tr::tr("Date: %1    Horizon: %2 to %3 (%4 months)    Population: %5")
                   .arg(in.charts.locale.toString(in.date, QLocale::LongFormat), ym(0),
                        ym(r.months - 1))
                   .arg(r.months)
                   .arg(in.charts.locale.toString(in.project.totalPopulation())),
               chartFont(9), QColor(0x44, 0x44, 0x44));

        w.heading(QStringLiteral("1  ") + sections[0]);
        const ReportTable params =
            parameterTable(in.project, in.scenario, in.compare, r.months, in.charts.locale);
        w.table(params, columnFractions(params.header.size()));

        w.newPage();
        w.heading(QStringLiteral("2  ") + sections[1]);
        drawMap(w, in);

        // Two charts a page, each at print resolution in vector form.
        QCustomPlot plot;
        const QVector<ChartKind> kinds = allChartKinds();
        for (int i = 0; i < kinds.size(); ++i) {
            if (i % 2 == 0) {
                w.newPage();
                if (i == 0)
                    w.heading(QStringLiteral("3  ") + sections[2]);
            }
            const double h = i % 2 == 0 ? (w.room() - PageWriter::pt(12)) / 2 : w.room();
            ChartData data = in.charts;
            data.scope = -1;
            buildChart(&plot, kinds[i], data);
            paintChart(&plot, &painter, QPointF(0, w.y()),
                       ExportSize{int(w.width()), int(h), double(kDpi)});
            w.advance(h);
            w.skip(12);
        }

        w.newPage();
        w.heading(QStringLiteral("4  ") + sections[3]);
        const ReportTable indicators = indicatorTable(in.charts);
        w.table(indicators, columnFractions(indicators.header.size()));
        w.skip(8);
        w.text(Tr::tr("Rates are monthly values of the whole county; the fund is the county "
                      "resident insurance fund. Targets: in-county treatment rate 90%, "
                      "grassroots share 55-65%."),
               chartFont(8), QColor(0x44, 0x44, 0x44));
        w.finish();
        result.pages = w.page();
        painter.end();
    }
    if (!file.commit()) {
        result.message = Tr::tr("Could not write %1: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace cc::charts
