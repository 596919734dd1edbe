#include "models/domain/monthlabels.h"

#include "models/domain/project.h"

#include <QCoreApplication>

namespace cc {

// Translation context of this file (lupdate reads MonthLabels::tr calls).
class MonthLabels {
    Q_DECLARE_TR_FUNCTIONS(cc::MonthLabels)
};

QString monthLabel(const Project &project, int month)
{
    // In 64 bits and rounding down, so that a month a message refuses (negative,
    // or far beyond the horizon) still reads as a calendar month.
    const qint64 zeroBased = qint64(project.settings.integer(SettingKey::StartMonth)) - 1 + month;
    qint64 years = zeroBased / 12, rest = zeroBased % 12;
    if (rest < 0) {
        rest += 12;
        --years;
    }
    return QStringLiteral("%1-%2")
        .arg(qint64(project.settings.integer(SettingKey::StartYear)) + years, 4, 10,
             QLatin1Char('0'))
        .arg(rest + 1, 2, 10, QLatin1Char('0'));
}

QString monthSpanLabel(const Project &project, int from, int to)
{
    if (to - from <= 1)
        return monthLabel(project, from);
    return MonthLabels::tr("%1 to %2").arg(monthLabel(project, from), monthLabel(project, to - 1));
}

} // namespace cc
