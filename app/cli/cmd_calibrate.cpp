// countycare-cli calibrate FILE: fits the choice constants to the stated starting shares.
#include "app/cli/clicommand.h"
#include "app/cli/cliproject.h"
#include "models/simulation/simcompile.h"
#include "models/store/projectstore.h"

namespace cc::cli {

namespace {

int runCalibrate(const QStringList &args, CliStreams &io)
{
    const ParsedArgs parsed = parseArgs(args, {QStringLiteral("out")});
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1) {
        io.err << "countycare-cli calibrate: "
               << (parsed.error.isEmpty() ? QStringLiteral("expected one FILE") : parsed.error)
               << "\nUsage: countycare-cli calibrate FILE [--out OUT]\n";
        return ExitUsage;
    }
    const QString path = parsed.positional.first();
    LockedProject locked; // held from loading to saving: one writer at a time
    if (const int code = openForChange(path, parsed, io, &locked))
        return code;
    Project project = locked.loaded.project;
    const sim::CalibrationReport report = calibrateProject(project);
    const QString out = parsed.value(QStringLiteral("out"), path);
    if (const int code = saveChanged(locked, project, out, parsed, io))
        return code;
    const ModelSettings &s = project.settings;
    io.out << "converged: " << (report.converged ? "yes" : "no") << '\n'
           << "iterations: " << report.iterations << '\n'
           << "max_share_error_pp: " << QString::number(100 * report.maxError, 'f', 3) << '\n'
           << "in_county_rate: " << QString::number(report.inCountyRate, 'f', 4) << " (target "
           << s[SettingKey::TargetInCountyRate] << ")\n"
           << "in_county_inpatient_share: "
           << QString::number(report.inCountyInpatientShare, 'f', 4) << " (target "
           << s[SettingKey::TargetInCountyInpatientShare] << ")\n"
           << "grassroots_share: " << QString::number(report.grassrootsShare, 'f', 4) << " (target "
           << s[SettingKey::TargetGrassrootsShare] << ")\n";
    for (const std::string &p : report.problems)
        io.out << "problem: " << lineValue(QString::fromStdString(p)) << '\n';
    for (const ServiceLine &l : project.serviceLines) {
        QStringList asc;
        for (double a : l.asc)
            asc << QString::number(a, 'f', 4);
        io.out << "asc " << lineValue(l.code) << ": " << asc.join(QLatin1Char(',')) << '\n';
    }
    io.out << "saved: " << lineValue(out) << '\n';
    io.out.flush();
    return report.converged ? ExitOk : ExitFailure;
}

const CliRegistration registration({"calibrate", "calibrate FILE [--out OUT]",
                                    "Fit the service lines' choice constants so the baseline "
                                    "reproduces the stated starting shares; save the project.",
                                    &runCalibrate});

} // namespace

} // namespace cc::cli
