// countycare-cli info FILE: a one-screen summary of a project, one "key: value" per line.
#include "app/cli/clicommand.h"
#include "app/cli/cliproject.h"
#include "models/domain/geo.h"
#include "models/domain/textcheck.h"
#include "models/store/projectstore.h"

namespace cc::cli {

namespace {

int runInfo(const QStringList &args, CliStreams &io)
{
    const ParsedArgs parsed = parseArgs(args, {});
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1) {
        io.err << "countycare-cli info: "
               << (parsed.error.isEmpty() ? expectedOneFileText() : parsed.error)
               << "\nUsage: countycare-cli info FILE\n";
        return ExitUsage;
    }
    const store::LoadResult loaded = store::loadProject(parsed.positional.first());
    if (!loaded.ok()) {
        io.err << oneLine(loaded.message) << '\n';
        return ExitBadInput;
    }
    const Project &p = loaded.project;
    // Values come from the file, which anyone may have written: each is escaped
    // onto its one line (README, "Command-line tool"), and a comma inside a
    // scenario name is escaped so the list splits where it should.
    QStringList scenarioNames;
    for (const Scenario &s : p.scenarios)
        scenarioNames << escapeLineValue(s.scriptName(), QStringLiteral(","));
    const BoundingBox box = p.extent();
    const auto coordinate = [](double v) { return QString::number(v, 'f', 6); };

    QTextStream &out = io.out;
    out << "schema_version: " << loaded.fileSchemaVersion << '\n'
        << "title: " << lineValue(p.title) << '\n'
        << "townships: " << p.townships.size() << '\n'
        << "settlements: " << p.settlements.size() << '\n'
        << "facilities: " << p.facilities.size() << '\n'
        << "roads: " << p.roads.size() << '\n'
        << "staff: " << p.staff.size() << '\n'
        << "postings: " << p.postings.size() << '\n'
        << "scenarios: " << p.scenarios.size() << '\n'
        << "scenario_names: " << scenarioNames.join(QLatin1Char(',')) << '\n'
        << "population: " << p.totalPopulation() << '\n'
        << "bbox: "
        << (box.valid ? QStringList{coordinate(box.minLon), coordinate(box.minLat),
                                    coordinate(box.maxLon), coordinate(box.maxLat)}
                            .join(QLatin1Char(','))
                      : QString())
        << '\n'
        << "boundary_area_km2: " << QString::number(areaKm2(p.boundary.area), 'f', 1) << '\n';
    out.flush();
    return ExitOk;
}

const CliRegistration registration({"info", "info FILE",
                                    "Print a summary of a project file, one \"key: value\" per "
                                    "line (exit 2 when the file cannot be loaded).",
                                    &runInfo});

} // namespace

} // namespace cc::cli
