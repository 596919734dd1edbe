// countycare-cli export-chart FILE --chart NAME --out PATH: one dashboard chart
// of a scenario as PNG, SVG, PDF or CSV, without a display.
#include "app/cli/clicharts.h"
#include "widgets/charts/chartbuilder.h"
#include "widgets/charts/chartexport.h"

#include <QFileInfo>
#include <qcustomplot.h>

namespace cc::cli {

namespace {

const char *const kUsage =
    "Usage: countycare-cli export-chart FILE --chart NAME --out PATH [--format png|svg|pdf|csv]\n"
    "         [--width W --height H --dpi D] [--scenario NAME] [--compare NAME]\n"
    "         [--township NAME] [--lang zh_CN|en]\n"
    "Charts: in-county-rate, fund-balance, revenue-payments, retained-surplus,\n"
    "        episodes-by-level, staffing, care. Default size 1890 x 1181 px at 300 dpi\n"
    "        (16 cm wide); the format defaults to the extension of --out.\n";

int usage(CliStreams &io, const QString &message)
{
    io.err << "countycare-cli export-chart: " << message << '\n' << kUsage;
    return ExitUsage;
}

int runExportChart(const QStringList &args, CliStreams &io)
{
    const ParsedArgs parsed = parseArgs(
        args, {QStringLiteral("chart"), QStringLiteral("format"), QStringLiteral("out"),
               QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("dpi"),
               QStringLiteral("scenario"), QStringLiteral("compare"), QStringLiteral("township")});
    if (!parsed.error.isEmpty())
        return usage(io, parsed.error);
    if (parsed.positional.size() != 1)
        return usage(io, QStringLiteral("expected one FILE"));
    const auto kind = charts::chartKindFromName(parsed.value(QStringLiteral("chart")));
    if (!kind)
        return usage(io, QStringLiteral("unknown or missing --chart \"%1\"")
                             .arg(parsed.value(QStringLiteral("chart"))));
    const QString out = parsed.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(io, QStringLiteral("missing --out PATH"));
    const QString formatName =
        parsed.value(QStringLiteral("format"), QFileInfo(out).suffix().toLower());
    const auto format = charts::exportFormatFromName(formatName);
    if (!format)
        return usage(io, QStringLiteral("unknown format \"%1\"").arg(formatName));
    charts::ExportSize size{1890, 1181, 300}; // "Report page width" preset
    bool ok = true;
    const auto number = [&](const char *option, auto current) {
        const QString name = QLatin1String(option);
        if (!parsed.options.contains(name))
            return current;
        bool good = false;
        const double v = parsed.value(name).toDouble(&good);
        ok = ok && good;
        return static_cast<decltype(current)>(v);
    };
    size.widthPx = number("width", size.widthPx);
    size.heightPx = number("height", size.heightPx);
    size.dpi = number("dpi", size.dpi);
    if (!ok || !size.isValid())
        return usage(io, QStringLiteral("--width/--height must be 16..20000 px, --dpi 24..2400"));

    ChartRun run;
    if (const int code =
            prepareChartRun(parsed.positional.first(), parsed, "export-chart", io, &run))
        return code;
    QCustomPlot plot;
    const charts::ChartTable table = charts::chartTable(*kind, run.data);
    charts::buildChart(&plot, table);
    QString error;
    if (!charts::exportChart(&plot, table, *format, out, size, &error)) {
        io.err << "countycare-cli export-chart: " << error << '\n';
        return ExitFailure;
    }
    io.out << "wrote " << out << '\n';
    return ExitOk;
}

const CliRegistration registration({"export-chart",
                                    "export-chart FILE --chart NAME --out PATH [--format F] "
                                    "[--width W --height H --dpi D] [--scenario NAME]",
                                    "Export one dashboard chart of a scenario as PNG, SVG, PDF "
                                    "or CSV (no display needed).",
                                    &runExportChart});

} // namespace

} // namespace cc::cli
