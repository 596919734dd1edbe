#include "widgets/policy/policychanges.h"

#include "models/sim/calendar.h"

#include <QCoreApplication>

namespace cc {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cc::PolicyChanges)
};

QString param(const char *text)
{
    return QCoreApplication::translate("cc::Parameters", text);
}

QString elide(const QString &text, int maxChars)
{
    if (maxChars <= 1 || text.size() <= maxChars)
        return text;
    return text.left(maxChars - 1) + QChar(0x2026);
}

} // namespace

QString formatPolicyValue(PolicyKey key, double value, const QLocale &locale)
{
    const ParameterSpec &spec = policySpec(key);
    const QString unit = *spec.unit ? QLatin1Char(' ') + param(spec.unit) : QString();
    switch (spec.kind) {
    case ValueKind::Share:
        return locale.toString(100 * value, 'g', 4) + QLatin1Char('%');
    case ValueKind::Boolean:
        return value != 0 ? Tr::tr("On") : Tr::tr("Off");
    case ValueKind::Integer:
        return locale.toString(qRound64(value)) + unit;
    case ValueKind::Money:
    case ValueKind::Real:
        return locale.toString(value, 'g', 6) + unit;
    }
    return QString();
}

QStringList describePolicyChanges(const PolicyParams &before, const PolicyParams &after,
                                  const QLocale &locale)
{
    QStringList lines;
    for (int k = 0; k < kPolicyKeyCount; ++k) {
        const auto key = static_cast<PolicyKey>(k);
        if (before[key] == after[key])
            continue;
        lines << Tr::tr("%1: %2 → %3")
                     .arg(param(policySpec(key).label), formatPolicyValue(key, before[key], locale),
                          formatPolicyValue(key, after[key], locale));
    }
    return lines;
}

QStringList describeEntryChanges(const Scenario &scenario, int index, const QLocale &locale)
{
    QStringList lines;
    if (index < 0 || index >= scenario.schedule.size())
        return lines;
    const PolicyParams before = policyBeforeEntry(scenario.schedule, index);
    const PolicyChanges &changes = scenario.schedule[index].changes;
    for (PolicyKey key : changedKeys(scenario.schedule, index))
        lines << Tr::tr("%1: %2 → %3")
                     .arg(param(policySpec(key).label), formatPolicyValue(key, before[key], locale),
                          formatPolicyValue(key, changes.value(key), locale));
    return lines;
}

QString policyEntryLabel(const Scenario &scenario, int index, int maxChars, const QLocale &locale)
{
    if (index < 0 || index >= scenario.schedule.size())
        return QString();
    const PolicyEntry &e = scenario.schedule[index];
    if (!e.note.trimmed().isEmpty())
        return elide(e.note.trimmed(), maxChars);
    if (index == 0)
        return Tr::tr("Initial policy");
    QStringList names;
    for (PolicyKey key : changedKeys(scenario.schedule, index))
        names << param(policySpec(key).label);
    Q_UNUSED(locale);
    if (names.isEmpty())
        return Tr::tr("No change");
    return elide(names.join(Tr::tr(", ")), maxChars);
}

QString projectMonthLabel(const Project &project, int month)
{
    const ModelSettings &s = project.settings;
    const sim::YearMonth ym = sim::yearMonthAt(s.integer(SettingKey::StartYear),
                                               s.integer(SettingKey::StartMonth), month);
    return QString::fromStdString(sim::formatYearMonth(ym));
}

} // namespace cc
