// countycare-cli validate FILE: loads a project with every check the app applies
// and says whether it is sound.
#include "app/cli/clicommand.h"
#include "models/store/projectstore.h"

namespace cc::cli {

namespace {

int runValidate(const QStringList &args, CliStreams &io)
{
    const ParsedArgs parsed = parseArgs(args, {});
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1) {
        io.err << "countycare-cli validate: "
               << (parsed.error.isEmpty() ? QStringLiteral("expected one FILE") : parsed.error)
               << "\nUsage: countycare-cli validate FILE\n";
        return ExitUsage;
    }
    const QString path = parsed.positional.first();
    const store::LoadResult loaded = store::loadProject(path);
    if (!loaded.ok()) {
        io.err << loaded.message.simplified() << '\n';
        return ExitBadInput;
    }
    io.out << path << ": ok\n";
    io.out.flush();
    return ExitOk;
}

const CliRegistration registration({"validate", "validate FILE",
                                    "Check a project file as the app does when opening it: exit "
                                    "0 and print \"FILE: ok\", or exit 2 with the reason.",
                                    &runValidate});

} // namespace

} // namespace cc::cli
