// countycare-cli simulate FILE: runs a scenario and writes the monthly indicator table.
#include "app/cli/clicommand.h"
#include "app/cli/cliproject.h"
#include "models/sim/engine.h"
#include "models/simulation/indicatorcolumns.h"
#include "models/simulation/simcompile.h"
#include "models/store/atomicfile.h"
#include "models/store/projectstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::cli {

namespace {

// The columns of the monthly table are models/simulation/indicatorcolumns.h
// (a public interface: scripts and the tests read them). The fund columns are
// the county fund's even with --township.

int runSimulate(const QStringList &args, CliStreams &io)
{
    const QString usage = QStringLiteral(
        "Usage: countycare-cli simulate FILE [--scenario NAME] [--months N] [--township NAME] "
        "[--csv OUT] [--json OUT]\n");
    const ParsedArgs parsed = parseArgs(args, {QStringLiteral("scenario"), QStringLiteral("months"),
                                               QStringLiteral("township"), QStringLiteral("csv"),
                                               QStringLiteral("json")});
    if (!parsed.error.isEmpty() || parsed.positional.size() != 1) {
        io.err << "countycare-cli simulate: "
               << (parsed.error.isEmpty() ? expectedOneFileText() : parsed.error) << '\n'
               << usage;
        return ExitUsage;
    }
    const store::LoadResult loaded = store::loadProject(parsed.positional.first());
    if (!loaded.ok()) {
        io.err << oneLine(loaded.message) << '\n';
        return ExitBadInput;
    }
    Project project = loaded.project;
    EntityId scenario = project.baselineScenarioId();
    if (parsed.options.contains(QStringLiteral("scenario"))) {
        scenario = project.scenarioIdByName(parsed.value(QStringLiteral("scenario")));
        if (scenario == 0) {
            io.err << "countycare-cli simulate: "
                   << noScenarioText(parsed.value(QStringLiteral("scenario"))) << '\n';
            return ExitUsage;
        }
    }
    if (parsed.options.contains(QStringLiteral("months"))) {
        bool ok = false;
        const int months = parsed.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || months < 1 || months > 240) {
            io.err << "countycare-cli simulate: "
                   << QCoreApplication::translate("cc::Cli",
                                                  "--months must be a whole number from 1 to 240")
                   << '\n';
            return ExitUsage;
        }
        project.settings[SettingKey::HorizonMonths] = months;
    }
    SimIndexMap map;
    const sim::Engine engine(compileProject(project, scenario, map));
    const sim::Results &r = engine.results();

    int township = -1;
    if (parsed.options.contains(QStringLiteral("township"))) {
        const QString name = parsed.value(QStringLiteral("township"));
        for (const Township &t : project.townships)
            if (t.name == name || t.nameEn == name)
                township = map.townships.value(t.id, -1);
        if (township < 0) {
            io.err << "countycare-cli simulate: " << noTownshipText(name) << '\n';
            return ExitUsage;
        }
    }
    auto unitAt = [&](int t) -> const sim::Indicators & {
        return township >= 0 ? r.townshipAt(township, t) : r.countyAt(t);
    };
    auto yearMonth = [&](int t) { return yearMonthText(r, t); };

    const QVector<IndicatorColumn> &columns = indicatorColumns();
    if (parsed.options.contains(QStringLiteral("csv"))) {
        store::AtomicFile file(parsed.value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            io.err << "countycare-cli simulate: "
                   << cannotWriteText(file.fileName(), file.errorString()) << '\n';
            return ExitFailure;
        }
        QTextStream csv(&file);
        QStringList header;
        for (const IndicatorColumn &c : columns)
            header << QLatin1String(c.name);
        csv << header.join(QLatin1Char(',')) << '\n';
        for (int t = 0; t < r.months; ++t) {
            const IndicatorRow row{r, unitAt(t), t};
            QStringList cells;
            for (const IndicatorColumn &c : columns)
                cells << csvCell(c, row);
            csv << cells.join(QLatin1Char(',')) << '\n';
        }
        csv.flush();
        if (!file.commit()) {
            io.err << "countycare-cli simulate: "
                   << cannotWriteText(file.fileName(), file.errorString()) << '\n';
            return ExitFailure;
        }
    }
    if (parsed.options.contains(QStringLiteral("json"))) {
        QJsonArray rows;
        for (int t = 0; t < r.months; ++t) {
            const IndicatorRow row{r, unitAt(t), t};
            QJsonObject o;
            for (const IndicatorColumn &c : columns)
                o.insert(QLatin1String(c.name), c.format == ColumnFormat::YearMonth
                                                    ? QJsonValue(yearMonthText(r, t))
                                                    : QJsonValue(c.value(row)));
            rows.append(o);
        }
        QJsonObject root{
            {QStringLiteral("title"), project.title},
            {QStringLiteral("scenario"), project.scenarios.value(scenario).scriptName()},
            {QStringLiteral("months"), rows}};
        const QString jsonPath = parsed.value(QStringLiteral("json"));
        if (const QString e = store::writeFileAtomically(jsonPath, QJsonDocument(root).toJson());
            !e.isEmpty()) {
            io.err << "countycare-cli simulate: " << cannotWriteText(jsonPath, e) << '\n';
            return ExitFailure;
        }
    }

    const sim::Indicators &first = unitAt(0), &last = unitAt(r.months - 1);
    const auto pct = [](double v) { return QString::number(100 * v, 'f', 1) + QLatin1Char('%'); };
    io.out << "scenario: " << lineValue(project.scenarios.value(scenario).scriptName()) << '\n'
           << "months: " << r.months << " (" << yearMonth(0) << " to " << yearMonth(r.months - 1)
           << ")\n"
           << "in_county_rate: " << pct(first.inCountyRate) << " -> " << pct(last.inCountyRate)
           << '\n'
           << "in_county_inpatient_share: " << pct(first.inCountyInpatientShare) << " -> "
           << pct(last.inCountyInpatientShare) << '\n'
           << "grassroots_share: " << pct(first.grassrootsShare) << " -> "
           << pct(last.grassrootsShare) << '\n'
           << "fund_balance_yuan: " << QString::number(r.fund.front().openingBalance, 'f', 0)
           << " -> " << QString::number(r.fund.back().closingBalance, 'f', 0) << '\n'
           << "months_of_reserve: " << QString::number(r.fund.back().monthsOfReserve, 'f', 1)
           << '\n';
    io.out.flush();
    return ExitOk;
}

const CliRegistration registration(
    {"simulate",
     "simulate FILE [--scenario NAME] [--months N] [--township NAME] [--csv OUT] [--json OUT]",
     "Simulate a scenario (default: baseline) and write the monthly indicators as CSV or JSON; "
     "prints a summary.",
     &runSimulate});

} // namespace

} // namespace cc::cli
