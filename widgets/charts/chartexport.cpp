#include "widgets/charts/chartexport.h"

#include "models/store/atomicfile.h"

#include <qcustomplot.h>

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <cmath>

namespace cc::charts {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cc::Charts)
};

const char *const kFormatNames[] = {"png", "svg", "pdf", "csv"};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

const char *exportFormatName(ExportFormat format)
{
    return kFormatNames[static_cast<int>(format)];
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i)
        if (name.compare(QLatin1String(kFormatNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<ExportFormat>(i);
    return std::nullopt;
}

double ExportSize::scale() const
{
    return std::max(0.25, dpi / 96.0);
}

bool ExportSize::isValid() const
{
    // 20,000 px a side is far beyond any print use and keeps an image under ~1.6 GB.
    return widthPx >= 16 && heightPx >= 16 && widthPx <= 20000 && heightPx <= 20000 && dpi >= 24 &&
           dpi <= 2400;
}

void paintChart(QCustomPlot *plot, QCPPainter *painter, const QPointF &origin,
                const ExportSize &size)
{
    const double s = size.scale();
    painter->save();
    painter->setMode(QCPPainter::pmVectorized);
    painter->setMode(QCPPainter::pmNoCaching);
    painter->translate(origin);
    painter->scale(s, s);
    plot->toPainter(painter, static_cast<int>(std::lround(size.widthPx / s)),
                    static_cast<int>(std::lround(size.heightPx / s)));
    painter->restore();
}

QImage renderChartImage(QCustomPlot *plot, const ExportSize &size)
{
    QImage image(size.widthPx, size.heightPx, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int dpm = static_cast<int>(std::lround(size.dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double s = size.scale();
    painter.scale(s, s);
    plot->toPainter(&painter, static_cast<int>(std::lround(size.widthPx / s)),
                    static_cast<int>(std::lround(size.heightPx / s)));
    painter.end();
    return image;
}

bool exportPng(QCustomPlot *plot, const QString &path, const ExportSize &size, QString *error)
{
    if (!size.isValid())
        return fail(error, Tr::tr("The image size %1 x %2 at %3 dpi is out of range.")
                               .arg(size.widthPx)
                               .arg(size.heightPx)
                               .arg(size.dpi));
    const QImage image = renderChartImage(plot, size);
    store::AtomicFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    const bool encoded = image.save(&file, "PNG");
    if (!file.commit())
        return fail(error, Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    if (!encoded) // not an I/O failure (commit would have said): the image itself
        return fail(error, Tr::tr("Could not write %1: the image could not be encoded.").arg(path));
    return true;
}

bool exportSvg(QCustomPlot *plot, const QString &path, const ExportSize &size, const QString &title,
               QString *error)
{
    if (!size.isValid())
        return fail(error, Tr::tr("The image size is out of range."));
    store::AtomicFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(QSize(size.widthPx, size.heightPx));
        svg.setViewBox(QRect(0, 0, size.widthPx, size.heightPx));
        svg.setResolution(static_cast<int>(std::lround(size.dpi)));
        svg.setTitle(title);
        svg.setDescription(Tr::tr("Chart exported by CountyCare Planner"));
        QCPPainter painter(&svg);
        paintChart(plot, &painter, QPointF(0, 0), size);
        painter.end();
    }
    if (!file.commit())
        return fail(error, Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    return true;
}

bool exportPdf(QCustomPlot *plot, const QString &path, const ExportSize &size, const QString &title,
               QString *error)
{
    if (!size.isValid())
        return fail(error, Tr::tr("The page size is out of range."));
    store::AtomicFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("CountyCare Planner"));
        pdf.setResolution(static_cast<int>(std::lround(size.dpi)));
        const QSizeF points(size.widthPx / size.dpi * 72.0, size.heightPx / size.dpi * 72.0);
        pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Point,
                                      QMarginsF(0, 0, 0, 0)));
        QCPPainter painter(&pdf);
        // The device's pixel grid is the page at `dpi`; map the requested
        // pixels onto it exactly (rounding of the page size aside).
        const ExportSize device{pdf.width(), pdf.height(), size.dpi};
        paintChart(plot, &painter, QPointF(0, 0), device);
        painter.end();
    }
    if (!file.commit())
        return fail(error, Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    return true;
}

void copyChartToClipboard(QCustomPlot *plot, const ExportSize &size)
{
    QGuiApplication::clipboard()->setImage(renderChartImage(plot, size));
}

QByteArray chartCsv(const ChartTable &table)
{
    QStringList header{QStringLiteral("month"), QStringLiteral("year_month")};
    QVector<const ChartSeries *> columns;
    for (const ChartSeries &s : table.series)
        if (s.inCsv()) {
            columns << &s;
            header << csvField(s.name);
        }
    QString text = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int t = 0; t < table.months; ++t) {
        QStringList row{QString::number(t), table.yearMonth(t)};
        for (const ChartSeries *s : columns) {
            const double v = s->values.value(t, qQNaN());
            row << (std::isfinite(v) ? QString::number(v, 'g', 15) : QString());
        }
        text += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool exportCsv(const ChartTable &table, const QString &path, QString *error)
{
    if (const QString reason = store::writeFileAtomically(path, chartCsv(table)); !reason.isEmpty())
        return fail(error, Tr::tr("Could not write %1: %2").arg(path, reason));
    return true;
}

bool exportChart(QCustomPlot *plot, const ChartTable &table, ExportFormat format,
                 const QString &path, const ExportSize &size, QString *error)
{
    switch (format) {
    case ExportFormat::Png:
        return exportPng(plot, path, size, error);
    case ExportFormat::Svg:
        return exportSvg(plot, path, size, table.title, error);
    case ExportFormat::Pdf:
        return exportPdf(plot, path, size, table.title, error);
    case ExportFormat::Csv:
        return exportCsv(table, path, error);
    }
    return false;
}

} // namespace cc::charts
