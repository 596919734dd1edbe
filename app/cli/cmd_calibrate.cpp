// countycare-cli calibrate FILE: fits the choice constants to the county's stated indicators.
#include "app/cli/clicommand.h"
#include "app/cli/cliproject.h"
#include "models/simulation/simcompile.h"
#include "models/store/projectstore.h"

namespace cc::cli {

namespace {

int runCalibrate(const QStringList &args, CliStreams &io)
{
    const QString usage = QStringLiteral("Usage: countycare-cli calibrate FILE [--out OUT] "
                                         "[--save-anyway]\n");
    const ParsedArgs parsed =
        parseArgs(args, {QStringLiteral("out")}, {QStringLiteral("save-anyway")});
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1) {
        io.err << "countycare-cli calibrate: "
               << (parsed.error.isEmpty() ? expectedOneFileText() : parsed.error) << '\n'
               << usage;
        return ExitUsage;
    }
    const QString path = parsed.positional.first();
    LockedProject locked; // held from loading to saving: one writer at a time
    if (const int code = openForChange(path, parsed, io, &locked))
        return code;
    Project project = locked.loaded.project;
    const sim::CalibrationReport report = calibrateProject(project);
    const auto number = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
    io.out << "converged: " << (report.converged ? "yes" : "no") << '\n'
           << "iterations: " << report.iterations << '\n'
           << "max_share_error_pp: " << number(100 * report.maxError, 3) << '\n';
    // First-year averages against the stated values; the gap in points.
    for (const sim::CalibrationIndicator &x : report.indicators) {
        io.out << QString::fromStdString(x.name) << ": " << number(x.modelled, 4);
        if (x.stated)
            io.out << " (target " << number(x.target, 4) << ", gap " << (x.gap() >= 0 ? "+" : "")
                   << number(100 * x.gap(), 2) << " pp)";
        else
            io.out << " (not stated)";
        io.out << '\n';
    }
    io.out << "claims_scale: " << number(report.claimsScale, 4) << '\n';
    for (const std::string &p : report.problems)
        io.out << "problem: " << lineValue(QString::fromStdString(p)) << '\n';
    for (const ServiceLine &l : project.serviceLines) {
        QStringList asc;
        for (double a : l.asc)
            asc << number(a, 4);
        io.out << "asc " << lineValue(l.code) << ": " << asc.join(QLatin1Char(',')) << '\n';
    }
    if (!report.converged && !parsed.has(QStringLiteral("save-anyway"))) {
        io.out << "not saved: the stated indicators cannot all be met (--save-anyway saves the "
                  "nearest fit)\n";
        io.out.flush();
        return ExitNotConverged;
    }
    const QString out = parsed.value(QStringLiteral("out"), path);
    if (const int code = saveChanged(locked, project, out, parsed, io))
        return code;
    io.out << "saved: " << lineValue(out) << '\n';
    io.out.flush();
    return report.converged ? ExitOk : ExitNotConverged;
}

const CliRegistration registration(
    {"calibrate", "calibrate FILE [--out OUT] [--save-anyway]",
     "Fit the choice constants so the baseline's first-year averages reproduce the stated "
     "indicators and starting shares; save the project (exit 3 when they cannot all be met).",
     &runCalibrate});

} // namespace

} // namespace cc::cli
