#include "models/domain/monthlabels.h"

#include "models/domain/project.h"
#include "models/sim/calendar.h"

#include <QCoreApplication>

namespace cc {

// Translation context of this file (lupdate reads MonthLabels::tr calls).
class MonthLabels {
    Q_DECLARE_TR_FUNCTIONS(cc::MonthLabels)
};

QString monthLabel(const Project &project, int month)
{
    return QString::fromStdString(sim::formatYearMonth(
        sim::yearMonthAt(project.settings.integer(SettingKey::StartYear),
                         project.settings.integer(SettingKey::StartMonth), month)));
}

QString monthSpanLabel(const Project &project, int from, int to)
{
    if (to - from <= 1)
        return monthLabel(project, from);
    return MonthLabels::tr("%1 to %2").arg(monthLabel(project, from), monthLabel(project, to - 1));
}

} // namespace cc
