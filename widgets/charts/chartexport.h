#pragma once

#include "widgets/charts/charttable.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <optional>

class QCustomPlot;
class QCPPainter;

namespace cc::charts {

enum class ExportFormat { Png, Svg, Pdf, Csv };
const char *exportFormatName(ExportFormat format); // "png", "svg", "pdf", "csv"
std::optional<ExportFormat> exportFormatFromName(const QString &name);

// An output size: exactly widthPx x heightPx pixels (PNG, clipboard) or that many
// pixels at `dpi` as a physical size (SVG, PDF: 1890 px at 300 dpi = 16 cm).
// Text and lines scale with dpi / 96, so a chart reads the same at any DPI.
struct ExportSize {
    int widthPx = 1200;
    int heightPx = 750;
    double dpi = 96;
    double scale() const; // dpi / 96, at least 0.25
    bool isValid() const;
};

// Paints the chart at `origin` on `painter` over size.widthPx x size.heightPx
// painter units, vectorized (no cached pixmaps): for PDF, SVG and reports.
void paintChart(QCustomPlot *plot, QCPPainter *painter, const QPointF &origin,
                const ExportSize &size);

QImage renderChartImage(QCustomPlot *plot, const ExportSize &size); // DPI set in the image
bool exportPng(QCustomPlot *plot, const QString &path, const ExportSize &size, QString *error);
bool exportSvg(QCustomPlot *plot, const QString &path, const ExportSize &size, const QString &title,
               QString *error);
bool exportPdf(QCustomPlot *plot, const QString &path, const ExportSize &size, const QString &title,
               QString *error); // one page of the chart's physical size
void copyChartToClipboard(QCustomPlot *plot, const ExportSize &size);

// CSV of a chart's data: UTF-8 with a byte-order mark (Excel in Chinese opens it
// as UTF-8), CRLF lines; columns month (0-based), year_month ("2025-01"), then
// one per series (reference lines left out); empty cell where a series has no value.
QByteArray chartCsv(const ChartTable &table);
bool exportCsv(const ChartTable &table, const QString &path, QString *error);

// Any format; `table` must be what the plot shows (title for SVG/PDF, data for CSV).
bool exportChart(QCustomPlot *plot, const ChartTable &table, ExportFormat format,
                 const QString &path, const ExportSize &size, QString *error);

} // namespace cc::charts
