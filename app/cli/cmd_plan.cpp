// countycare-cli plan FILE --budget YUAN: where to invest next (issue 20).
#include "app/cli/clicommand.h"
#include "app/cli/cliproject.h"
#include "models/domain/projectdocument.h"
#include "models/edit/investmentedits.h"
#include "models/planner/planner.h"
#include "models/store/atomicfile.h"
#include "models/store/projectstore.h"

#include <QTextStream>
#include <cmath>

namespace cc::cli {

namespace {

const char *const kUsage =
    "Usage: countycare-cli plan FILE --budget YUAN [--objective in-county-rate|inpatient-share|"
    "oop|fund-balance|coverage-stroke|coverage-chest-pain|coverage-trauma|coverage-maternal] "
    "[--year YYYY] [--scenario S] [--csv OUT] [--apply NEW_SCENARIO] [--include-merges]\n";

int usageError(CliStreams &io, const QString &message)
{
    io.err << "countycare-cli plan: " << message << '\n' << kUsage;
    return ExitUsage;
}

// A number as the CSV and the summary write it: no exponent, enough digits
// for a rate's 1e-9 and a fund's yuan.
QString number(double v)
{
    if (v == 0 || std::abs(v) >= 1e6)
        return QString::number(v, 'f', 2);
    return QString::number(v, 'g', 12);
}

int runPlan(const QStringList &args, CliStreams &io)
{
    const ParsedArgs parsed =
        parseArgs(args,
                  {QStringLiteral("budget"), QStringLiteral("objective"), QStringLiteral("year"),
                   QStringLiteral("scenario"), QStringLiteral("csv"), QStringLiteral("apply")},
                  {QStringLiteral("include-merges")});
    if (!parsed.error.isEmpty())
        return usageError(io, parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(io, QStringLiteral("expected one FILE"));
    bool ok = false;
    const double budget = parsed.value(QStringLiteral("budget")).toDouble(&ok);
    if (!parsed.options.contains(QStringLiteral("budget")) || !ok || !std::isfinite(budget) ||
        budget < 0)
        return usageError(io, QStringLiteral("--budget must be a number of yuan, 0 or more"));
    const QString objectiveCodeText =
        parsed.value(QStringLiteral("objective"), QStringLiteral("in-county-rate"));
    const std::optional<planner::Objective> objective =
        planner::objectiveFromCode(objectiveCodeText);
    if (!objective)
        return usageError(io, QStringLiteral("unknown objective \"%1\"").arg(objectiveCodeText));

    const QString path = parsed.positional.first();
    const bool apply = parsed.options.contains(QStringLiteral("apply"));
    LockedProject locked; // with --apply: held from loading to saving
    store::LoadResult readOnly;
    if (apply) {
        if (const int code = openForChange(path, parsed, io, &locked))
            return code;
    } else {
        readOnly = store::loadProject(path);
        if (!readOnly.ok()) {
            io.err << oneLine(readOnly.message) << '\n';
            return ExitBadInput;
        }
    }
    const Project project = apply ? locked.loaded.project : readOnly.project;

    EntityId scenario = project.baselineScenarioId();
    if (parsed.options.contains(QStringLiteral("scenario"))) {
        scenario = project.scenarioIdByName(parsed.value(QStringLiteral("scenario")));
        if (scenario == 0)
            return usageError(io, QStringLiteral("no scenario named \"%1\"")
                                      .arg(parsed.value(QStringLiteral("scenario"))));
    }
    const QString newName = parsed.value(QStringLiteral("apply"));
    if (apply && project.scenarioIdByName(newName) != 0)
        return usageError(io, QStringLiteral("a scenario named \"%1\" exists").arg(newName));
    const int startYear = static_cast<int>(project.settings[SettingKey::StartYear]);
    int year = planner::Planner::defaultYear(project);
    if (parsed.options.contains(QStringLiteral("year"))) {
        year = parsed.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < startYear || year > planner::Planner::defaultYear(project))
            return usageError(io, QStringLiteral("--year must be a calendar year from %1 to %2 "
                                                 "that the horizon covers to its December")
                                      .arg(startYear)
                                      .arg(planner::Planner::defaultYear(project)));
    }

    // Closing clinics is an access decision: merges are candidates only when asked for.
    planner::CandidateOptions candidateOptions;
    candidateOptions.includeMerges = parsed.has(QStringLiteral("include-merges"));
    planner::Planner planner(project, scenario, *objective, year, candidateOptions);
    planner::PlanOptions options;
    options.budgetYuan = budget;
    const planner::PlanResult plan = planner.plan(options);

    if (parsed.options.contains(QStringLiteral("csv"))) {
        store::AtomicFile file(parsed.value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            io.err << "countycare-cli plan: cannot write " << file.fileName() << ": "
                   << file.errorString() << '\n';
            return ExitFailure;
        }
        QTextStream csv(&file);
        // The first six columns are a promise to scripts (README); more only at the end.
        csv << "rank,action,target,cost,gain,cumulative_gain,gain_per_10k_yuan,target_id,"
               "running_saving_yuan\n";
        int rank = 0;
        for (const planner::Pick &pick : plan.portfolio) {
            const planner::Candidate &c =
                planner.candidates()[static_cast<std::size_t>(pick.candidate)];
            QString target = planner.targetName(pick.candidate);
            target.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            csv << ++rank << ',' << planner.actionName(pick.candidate) << ",\"" << target << "\","
                << QString::number(pick.costYuan, 'f', 0) << ',' << number(pick.gain) << ','
                << number(pick.cumulativeGain) << ','
                << number(pick.gain / std::max(1.0, pick.costYuan) * 10000) << ',' << c.targetId
                << ',' << QString::number(c.runningSavingYuan, 'f', 0) << '\n';
        }
        csv.flush();
        if (!file.commit()) {
            io.err << "countycare-cli plan: cannot write " << file.fileName() << ": "
                   << file.errorString() << '\n';
            return ExitFailure;
        }
    }

    const double total = plan.portfolio.empty() ? 0 : plan.portfolio.back().cumulativeGain;
    io.out << "scenario: " << lineValue(project.scenarios.value(scenario).name) << '\n'
           << "objective: " << planner::objectiveCode(*objective) << '\n'
           << "year: " << year << '\n'
           << "baseline_value: " << number(plan.baseValue) << '\n'
           << "candidates: " << planner.candidates().size() << '\n'
           << "evaluations: " << plan.evaluations << '\n'
           << "budget_yuan: " << QString::number(budget, 'f', 0) << '\n'
           << "spent_yuan: " << QString::number(plan.spentYuan, 'f', 0) << '\n'
           << "picks: " << plan.portfolio.size() << '\n'
           << "cumulative_gain: " << number(total) << '\n'
           << "at_most: " << number(std::max(plan.upperBound, total)) << '\n';
    int rank = 0;
    for (const planner::Pick &pick : plan.portfolio)
        io.out << "pick " << ++rank << ": " << planner.actionName(pick.candidate) << " at "
               << lineValue(planner.targetName(pick.candidate)) << ", "
               << QString::number(pick.costYuan, 'f', 0) << " yuan, gain " << number(pick.gain)
               << '\n';
    io.out.flush();

    if (!apply)
        return ExitOk;
    ProjectDocument doc;
    doc.reset(project, path);
    const edit::EditResult applied = edit::applyPortfolio(doc, planner, plan, scenario, newName);
    if (!applied) {
        io.err << "countycare-cli plan: " << oneLine(applied.error) << '\n';
        return ExitUsage;
    }
    if (const int code = saveChanged(locked, doc.project(), path, parsed, io))
        return code;
    io.out << "applied: " << lineValue(newName) << '\n' << "saved: " << lineValue(path) << '\n';
    io.out.flush();
    return ExitOk;
}

const CliRegistration registration(
    {"plan",
     "plan FILE --budget YUAN [--objective O] [--year YYYY] [--scenario S] [--csv OUT] "
     "[--apply NEW_SCENARIO] [--include-merges]",
     "Rank every investment of the catalogue by what it does to the objective in a year and "
     "propose a portfolio under the budget; --apply saves it as a new scenario.",
     &runPlan});

} // namespace

} // namespace cc::cli
