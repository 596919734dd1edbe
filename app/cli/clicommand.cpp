#include "app/cli/clicommand.h"

namespace cc::cli {

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
