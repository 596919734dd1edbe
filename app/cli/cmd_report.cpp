// countycare-cli report FILE --out report.pdf: the A4 scenario report, without a display.
#include "app/cli/clicharts.h"
#include "widgets/charts/report.h"

#include <QCoreApplication>

namespace cc::cli {

namespace {

const char *const kUsage = "Usage: countycare-cli report FILE --out report.pdf [--scenario NAME] "
                           "[--compare NAME] [--lang zh_CN|en]\n";

int runReport(const QStringList &args, CliStreams &io)
{
    const ParsedArgs parsed = parseArgs(
        args, {QStringLiteral("out"), QStringLiteral("scenario"), QStringLiteral("compare")});
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1 ||
        parsed.value(QStringLiteral("out")).isEmpty()) {
        io.err << "countycare-cli report: "
               << (!parsed.error.isEmpty()
                       ? parsed.error
                       : QCoreApplication::translate("cc::Cli", "expected FILE and --out PATH"))
               << '\n'
               << kUsage;
        return ExitUsage;
    }
    ChartRun run;
    if (const int code = prepareChartRun(parsed.positional.first(), parsed, "report", io, &run))
        return code;
    charts::ReportInput input;
    input.project = run.project;
    input.projectPath = parsed.positional.first();
    input.scenario = run.scenario;
    input.compare = run.compare;
    input.charts = run.data;
    const QString out = parsed.value(QStringLiteral("out"));
    const charts::ReportResult result = charts::writeReport(input, out);
    if (!result.ok) {
        io.err << "countycare-cli report: " << result.message << '\n';
        return ExitFailure;
    }
    io.out << "wrote " << out << " (" << result.pages << " pages)\n";
    return ExitOk;
}

const CliRegistration registration({"report",
                                    "report FILE --out report.pdf [--scenario NAME] "
                                    "[--compare NAME]",
                                    "Write an A4 PDF report of a scenario: parameters, map, "
                                    "charts and indicators (no display needed).",
                                    &runReport});

} // namespace

} // namespace cc::cli
