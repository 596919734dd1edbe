// countycare-cli export-data FILE --out book.xlsx [--scenario S --compare S2]:
// the Excel workbook of File > Export Data, without a display.
#include "app/cli/clicommand.h"
#include "models/exchange/workbookexport.h"
#include "models/store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

namespace cc::cli {

namespace {

constexpr const char *kUsage =
    "Usage: countycare-cli export-data FILE --out book.xlsx [--scenario NAME] [--compare NAME]\n"
    "       [--lang zh_CN|en]\n";

int usage(CliStreams &io, const QString &message)
{
    io.err << "countycare-cli export-data: " << message << '\n' << kUsage;
    return ExitUsage;
}

int runExportData(const QStringList &args, CliStreams &io)
{
    const ParsedArgs parsed = parseArgs(
        args, {QStringLiteral("out"), QStringLiteral("scenario"), QStringLiteral("compare")});
    if (!parsed.error.isEmpty())
        return usage(io, parsed.error);
    if (parsed.positional.size() != 1)
        return usage(io, QStringLiteral("expected one project FILE"));
    const QString out = parsed.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(io, QStringLiteral("--out PATH is required"));
    if (QFileInfo(out).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        return usage(io, QStringLiteral("--out must name an .xlsx file"));

    // The workbook is for Chinese report writers: its headers are Chinese unless
    // --lang en asks otherwise (main() installs the catalogue for --lang zh_CN).
    QTranslator chinese;
    if (!parsed.options.contains(QStringLiteral("lang")) &&
        chinese.load(QStringLiteral(":/i18n/countycare_zh_CN.qm")))
        QCoreApplication::installTranslator(&chinese);
    // Scenario names follow the headers: a scenario's English name only in an
    // English workbook (models/domain/labels.h reads the default locale).
    const bool chineseBook = !parsed.options.contains(QStringLiteral("lang")) ||
                             parsed.value(QStringLiteral("lang")).startsWith(QLatin1String("zh"));
    QLocale::setDefault(chineseBook ? QLocale(QLocale::Chinese, QLocale::China)
                                    : QLocale(QLocale::English, QLocale::UnitedStates));

    const store::LoadResult loaded = store::loadProject(parsed.positional.first());
    if (!loaded.ok()) {
        io.err << loaded.message.simplified() << '\n';
        return ExitBadInput;
    }
    const Project &project = loaded.project;
    if (project.scenarios.isEmpty()) {
        io.err << "countycare-cli export-data: " << projectHasNoScenarioText() << '\n';
        return ExitBadInput;
    }
    const auto scenarioNamed = [&](const QString &option, EntityId *id) {
        *id = project.scenarioIdByName(parsed.value(option));
        if (*id != 0)
            return true;
        io.err << "countycare-cli export-data: " << noScenarioText(parsed.value(option)) << '\n';
        return false;
    };
    // --scenario: that scenario's sheet only (and the compared one's); neither: every scenario.
    exchange::WorkbookRequest request;
    EntityId scenario = project.baselineScenarioId();
    const bool one = parsed.options.contains(QStringLiteral("scenario"));
    const bool compare = parsed.options.contains(QStringLiteral("compare"));
    if (one && !scenarioNamed(QStringLiteral("scenario"), &scenario))
        return ExitUsage;
    if (compare) {
        EntityId with = 0;
        if (!scenarioNamed(QStringLiteral("compare"), &with))
            return ExitUsage;
        request.compareShown = scenario;
        request.compareWith = with;
        request.scenarios = {scenario};
        if (with != scenario)
            request.scenarios.push_back(with);
    } else if (one) {
        request.scenarios = {scenario};
    }

    const exchange::WorkbookResult written = exchange::exportWorkbook(project, request, out);
    QCoreApplication::removeTranslator(&chinese);
    if (!written.ok) {
        io.err << "countycare-cli export-data: " << written.error.simplified() << '\n';
        return ExitFailure;
    }
    io.out << "wrote " << out << " (" << written.sheets.size()
           << " sheets: " << written.sheets.join(QStringLiteral(", ")) << ")\n";
    io.out.flush();
    return ExitOk;
}

const CliRegistration registration(
    {"export-data", "export-data FILE --out book.xlsx [--scenario NAME] [--compare NAME]",
     "Write an Excel workbook: monthly indicators per scenario (every scenario, or NAME and the "
     "compared one), the comparison at the end of the horizon, parameters with their sources, "
     "staff roster and postings; Chinese headers unless --lang en.",
     &runExportData});

} // namespace

} // namespace cc::cli
