#pragma once

#include <QStringList>
#include <QTextStream>
#include <QVector>

namespace cc::cli {

// Exit codes of countycare-cli (documented in README.md; scripts depend on them).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,      // could not do the work: I/O error, cannot write the output
    ExitBadInput = 2,     // the project or input file is unsound (reason on stderr)
    ExitNotConverged = 3, // calibrate: the stated indicators cannot all be met (gaps on stdout)
    ExitUsage = 64,       // wrong arguments (sysexits.h EX_USAGE)
};

struct CliStreams {
    QTextStream &out;
    QTextStream &err;
};

// One subcommand. `args` holds the arguments after the subcommand name.
struct CliCommand {
    const char *name;     // "info"
    const char *synopsis; // "info FILE"
    const char *summary;  // one line for --help
    int (*run)(const QStringList &args, CliStreams &io);
};

const QVector<CliCommand> &cliCommands();

// Each cmd_*.cpp registers itself with a static CliRegistration; the files are
// compiled straight into countycare-cli so the registrations are never dropped.
struct CliRegistration {
    explicit CliRegistration(const CliCommand &command);
};

} // namespace cc::cli

#include <QMap>

namespace cc::cli {

// Arguments split into positionals, "--name value" options and "--flag" flags.
struct ParsedArgs {
    QStringList positional;
    QMap<QString, QString> options; // without the leading "--"
    QStringList flags;              // without the leading "--"
    QString error;                  // set when an unknown option or a missing value was seen
    bool has(const QString &flag) const { return flags.contains(flag); }
    QString value(const QString &option, const QString &fallback = {}) const
    {
        return options.value(option, fallback);
    }
};

// `valueOptions` take a value ("--out PATH"); `flagOptions` do not ("--force").
// "--lang" is always accepted (main() uses it for translations), and so is
// "--wait SECONDS" (how long a command that changes a file waits for its lock).
ParsedArgs parseArgs(const QStringList &args, const QStringList &valueOptions,
                     const QStringList &flagOptions = {});

// The language of the tool's messages: --lang anywhere on the command line,
// else the system locale (LC_ALL, then LC_MESSAGES, then LANG); "zh_CN" or
// "en". What goes to stdout for scripts ("FILE: ok", "key: value" lines, CSV)
// stays the same in every language; messages for people follow it.
QString messageLanguage(const QStringList &args);

// Messages several commands share (translation context cc::Cli).
QString expectedOneFileText();
QString noScenarioText(const QString &name);
QString projectHasNoScenarioText();
QString noTownshipText(const QString &name);
QString cannotWriteText(const QString &path, const QString &reason);

} // namespace cc::cli
