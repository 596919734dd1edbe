// countycare-cli validate FILE: loads a project with every check the app applies
// and says whether it is sound.
#include "app/cli/clicommand.h"
#include "app/cli/cliproject.h"
#include "models/store/projectstore.h"

namespace cc::cli {

namespace {

int runValidate(const QStringList &args, CliStreams &io)
{
    const ParsedArgs parsed = parseArgs(args, {});
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1) {
        io.err << "countycare-cli validate: "
               << (parsed.error.isEmpty() ? expectedOneFileText() : parsed.error)
               << "\nUsage: countycare-cli validate FILE\n";
        return ExitUsage;
    }
    const QString path = parsed.positional.first();
    // Never writes, except to apply what an interrupted save left beside the
    // file (models/store/leftovers.h), which the output then says.
    const store::LoadResult loaded = store::loadProject(path);
    if (!loaded.ok()) {
        io.err << oneLine(loaded.message) << '\n';
        return ExitBadInput;
    }
    io.out << path << ": ok\n";
    if (!loaded.recovered.isEmpty())
        io.out << path << ": recovered: " << lineValue(loaded.recovered) << '\n';
    for (const QString &w : loaded.warnings)
        io.out << path << ": warning: " << lineValue(w) << '\n';
    io.out.flush();
    return ExitOk;
}

const CliRegistration registration({"validate", "validate FILE",
                                    "Check a project file as the app does when opening it: exit "
                                    "0 and print \"FILE: ok\" (then any warnings), or exit 2 "
                                    "with the reason.",
                                    &runValidate});

} // namespace

} // namespace cc::cli
