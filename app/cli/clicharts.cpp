#include "app/cli/clicharts.h"

#include "app/cli/cliproject.h"
#include "models/domain/labels.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "models/store/projectstore.h"
#include "widgets/charts/chartmarkers.h"
#include "widgets/charts/chartsource.h"

namespace cc::cli {

namespace {
std::shared_ptr<const sim::Results> simulate(const Project &project, EntityId scenario,
                                             SimIndexMap &ids)
{
    sim::Engine engine(compileProject(project, scenario, ids));
    return std::make_shared<const sim::Results>(engine.results());
}
} // namespace

QLocale cliLocale(const ParsedArgs &args)
{
    return args.value(QStringLiteral("lang")).startsWith(QLatin1String("zh"))
               ? QLocale(QLocale::Chinese, QLocale::China)
               : QLocale(QLocale::English, QLocale::UnitedStates);
}

int prepareChartRun(const QString &file, const ParsedArgs &args, const char *command,
                    CliStreams &io, ChartRun *run)
{
    const store::LoadResult loaded = store::loadProject(file);
    if (!loaded.ok()) {
        io.err << oneLine(loaded.message) << '\n';
        return ExitBadInput;
    }
    run->project = loaded.project;
    const auto scenarioNamed = [&](const QString &option, EntityId *id) {
        if (!args.options.contains(option))
            return true;
        *id = run->project.scenarioIdByName(args.value(option));
        if (*id == 0) {
            io.err << "countycare-cli " << command << ": " << noScenarioText(args.value(option))
                   << '\n';
            return false;
        }
        return true;
    };
    run->scenario = run->project.baselineScenarioId();
    if (!scenarioNamed(QStringLiteral("scenario"), &run->scenario) ||
        !scenarioNamed(QStringLiteral("compare"), &run->compare))
        return ExitUsage;
    if (run->scenario == 0) {
        io.err << "countycare-cli " << command << ": " << projectHasNoScenarioText() << '\n';
        return ExitBadInput;
    }
    SimIndexMap ids;
    auto results = simulate(run->project, run->scenario, ids);
    run->data = charts::chartDataFor(results, ids, run->project, run->scenario, cliLocale(args));
    if (run->compare != 0) {
        SimIndexMap compareIds;
        charts::setComparison(
            run->data, simulate(run->project, run->compare, compareIds),
            scenarioLabel(run->project.scenarios.value(run->compare), run->data.locale));
    }
    run->data.markers =
        charts::policyMarkers(run->project, run->scenario, run->compare, run->data.locale);
    if (args.options.contains(QStringLiteral("township"))) {
        const QString name = args.value(QStringLiteral("township"));
        int scope = -1;
        for (int w = 0; w < ids.townshipIds.size(); ++w) {
            const Township t = run->project.townships.value(ids.townshipIds[w]);
            if (t.name == name || t.nameEn == name)
                scope = w;
        }
        if (scope < 0) {
            io.err << "countycare-cli " << command << ": " << noTownshipText(name) << '\n';
            return ExitUsage;
        }
        run->data.scope = scope;
    }
    return ExitOk;
}

} // namespace cc::cli
