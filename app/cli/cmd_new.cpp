// countycare-cli new [--demo] FILE [--force]: writes a new project file, the
// built-in demo county 青山县 or an empty project.
#include "app/cli/clicommand.h"
#include "app/cli/cliproject.h"
#include "models/demo/democounty.h"
#include "models/domain/validation.h"
#include "models/store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cc::cli {

namespace {

// Translation context of this file (lupdate reads NewCommand::tr calls).
class NewCommand {
    Q_DECLARE_TR_FUNCTIONS(cc::Cli)
};

int runNew(const QStringList &args, CliStreams &io)
{
    const ParsedArgs parsed =
        parseArgs(args, {}, {QStringLiteral("demo"), QStringLiteral("force")});
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1) {
        io.err << "countycare-cli new: "
               << (parsed.error.isEmpty() ? expectedOneFileText() : parsed.error)
               << "\nUsage: countycare-cli new [--demo] FILE [--force]\n";
        return ExitUsage;
    }
    const QString path = parsed.positional.first();
    const QFileInfo target(path);
    if (target.exists() && !parsed.has(QStringLiteral("force"))) {
        io.err << NewCommand::tr("%1: file exists, use --force to overwrite it").arg(path) << '\n';
        return ExitFailure;
    }
    if (target.isDir()) {
        io.err << NewCommand::tr("%1: is a directory").arg(path) << '\n';
        return ExitFailure;
    }

    // Replacing a project someone is changing (the GUI has it open) would lose
    // their work: wait for its lock like any command that writes a project.
    store::ProjectLock lock;
    if (const int code = lockForWrite(path, parsed, io, &lock))
        return code;

    const bool demo = parsed.has(QStringLiteral("demo"));
    const Project project = demo ? demo::makeDemoProject() : demo::emptyProject();
    // The generators are tested to be valid; checking again costs milliseconds
    // and keeps an unsound file from ever being written.
    if (const QString problem = validateProject(project); !problem.isEmpty()) {
        io.err << NewCommand::tr("%1: the generated project is invalid: %2").arg(path, problem)
               << '\n';
        return ExitFailure;
    }
    const store::SaveResult saved = store::saveProjectAs(project, path);
    if (!saved.ok) {
        io.err << oneLine(saved.message) << '\n';
        return ExitFailure;
    }
    if (demo)
        io.out << NewCommand::tr("Wrote the demo county %1 to %2: %3 residents, %4 settlements, %5 "
                                 "facilities, %6 staff, %7 scenarios.")
                      .arg(project.title, path)
                      .arg(project.totalPopulation())
                      .arg(project.settlements.size())
                      .arg(project.facilities.size())
                      .arg(project.staff.size())
                      .arg(project.scenarios.size())
               << '\n';
    else
        io.out << NewCommand::tr("Wrote an empty project to %1.").arg(path) << '\n';
    io.out.flush();
    return ExitOk;
}

const CliRegistration registration({"new", "new [--demo] FILE [--force]",
                                    "Write a new project file: the built-in demo county with "
                                    "--demo, otherwise an empty project (exit 1 when FILE exists "
                                    "and --force is not given).",
                                    &runNew});

} // namespace

} // namespace cc::cli
