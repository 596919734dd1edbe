// countycare-cli: headless access to CountyCare project files.
#include "app/cli/clicommand.h"

#include <QCoreApplication>
#ifdef COUNTYCARE_CLI_CHARTS
#include <QApplication>
#endif
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace cc::cli {

namespace {
QVector<CliCommand> &registry()
{
    static QVector<CliCommand> commands;
    return commands;
}

void printHelp(QTextStream &out)
{
    out << "Usage: countycare-cli COMMAND [ARGS...]\n\n"
        << "CountyCare Planner command-line tool: create, inspect, validate, simulate\n"
        << "and export county health alliance projects (.ccplan or .gpkg files: the same "
           "GeoPackage).\n\nCommands:\n";
    QVector<CliCommand> commands = cliCommands();
    std::sort(commands.begin(), commands.end(),
              [](const CliCommand &a, const CliCommand &b) { return qstrcmp(a.name, b.name) < 0; });
    for (const CliCommand &c : commands)
        out << "  " << QString::fromUtf8(c.synopsis).leftJustified(60) << "\n      "
            << QString::fromUtf8(c.summary) << '\n';
    out << "\nOptions:\n  --help       show this help\n  --version    show the version\n"
        << "\nExit codes: 0 success, 1 failure (I/O), 2 unsound input file, 64 usage error.\n";
}
} // namespace

const QVector<CliCommand> &cliCommands()
{
    return registry();
}

CliRegistration::CliRegistration(const CliCommand &command)
{
    registry().push_back(command);
}

} // namespace cc::cli

int main(int argc, char *argv[])
{
    using namespace cc::cli;
#ifdef COUNTYCARE_CLI_CHARTS
    // Charts are QCustomPlot widgets and need a QApplication; the other commands
    // stay a plain QCoreApplication (no platform plugin, no display warnings).
    // Headless machines get the offscreen platform instead of failing to open a display.
    // `countycare-cli --lang zh_CN report ...` names its command third.
    const int commandAt = argc > 3 && qstrcmp(argv[1], "--lang") == 0 ? 3 : 1;
    const bool drawsCharts = argc > commandAt && (qstrcmp(argv[commandAt], "export-chart") == 0 ||
                                                  qstrcmp(argv[commandAt], "report") == 0);
    if (drawsCharts && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appHolder(drawsCharts ? new QApplication(argc, argv)
                                                            : new QCoreApplication(argc, argv));
#else
    auto appHolder = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("countycare-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CountyCare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTYCARE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliStreams io{out, err};
    QStringList args = QCoreApplication::arguments().mid(1);
    // --lang may come before the command as well as after it; the commands read
    // it among their own options.
    if (args.size() >= 3 && args.first() == QLatin1String("--lang")) {
        args.append(args.takeFirst());
        args.append(args.takeFirst());
    }

    // Messages (the tool's own and the models': validation, load errors)
    // follow --lang, else the system locale; English otherwise. The English
    // catalogue gives the plural forms ("%n link(s)").
    QTranslator translator;
    const QString catalogue = QStringLiteral(":/i18n/countycare_%1.qm").arg(messageLanguage(args));
    if (translator.load(catalogue))
        QCoreApplication::installTranslator(&translator);

    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printHelp(out);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "countycare-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    const QString name = args.takeFirst();
    for (const CliCommand &c : cliCommands()) {
        if (name == QLatin1String(c.name)) {
            if (args.contains(QLatin1String("--help"))) {
                out << "Usage: countycare-cli " << c.synopsis << "\n" << c.summary << '\n';
                return ExitOk;
            }
            return c.run(args, io);
        }
    }
    err << "countycare-cli: "
        << QCoreApplication::translate("cc::Cli", "unknown command '%1' (try --help)").arg(name)
        << '\n';
    return ExitUsage;
}
