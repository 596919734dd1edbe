#include "app/cli/clicommand.h"

#include <QCoreApplication>

namespace cc::cli {

namespace {
class CliMessages {
    Q_DECLARE_TR_FUNCTIONS(cc::Cli)
};
} // namespace

QString messageLanguage(const QStringList &args)
{
    QString lang;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    if (lang.isEmpty())
        for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            lang = qEnvironmentVariable(variable);
            if (!lang.isEmpty())
                break;
        }
    return lang.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString expectedOneFileText()
{
    return CliMessages::tr("expected one FILE");
}

QString noScenarioText(const QString &name)
{
    return CliMessages::tr("no scenario named \"%1\"").arg(name);
}

QString projectHasNoScenarioText()
{
    return CliMessages::tr("the project has no scenario");
}

QString noTownshipText(const QString &name)
{
    return CliMessages::tr("no township named \"%1\"").arg(name);
}

QString cannotWriteText(const QString &path, const QString &reason)
{
    return CliMessages::tr("cannot write %1: %2").arg(path, reason);
}

ParsedArgs parseArgs(const QStringList &args, const QStringList &valueOptions,
                     const QStringList &flagOptions)
{
    ParsedArgs parsed;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            parsed.positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (valueOptions.contains(name) || name == QLatin1String("lang") ||
            name == QLatin1String("wait")) {
            if (eq >= 0) {
                parsed.options.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                parsed.options.insert(name, args.at(++i));
            } else {
                parsed.error = QStringLiteral("option --%1 needs a value").arg(name);
                return parsed;
            }
        } else if (flagOptions.contains(name) && eq < 0) {
            parsed.flags << name;
        } else {
            parsed.error = QStringLiteral("unknown option --%1").arg(name);
            return parsed;
        }
    }
    return parsed;
}

} // namespace cc::cli
