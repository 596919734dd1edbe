#include "widgets/charts/chartmarkers.h"

#include "widgets/policy/policychanges.h"

namespace cc::charts {

namespace {

constexpr int kLabelChars = 14;

void addScenario(QVector<ChartMarker> &markers, const Project &project, EntityId id,
                 bool comparison, const Scenario *other, const QLocale &locale)
{
    const auto it = project.scenarios.constFind(id);
    if (it == project.scenarios.cend())
        return;
    const Scenario &s = *it;
    for (int i = 1; i < s.schedule.size(); ++i) {
        const PolicyEntry &e = s.schedule[i];
        if (other) {
            // The same change in the shown scenario is already drawn.
            bool same = false;
            for (const PolicyEntry &o : other->schedule)
                same = same || (o.fromMonth == e.fromMonth && o.changes == e.changes);
            if (same)
                continue;
        }
        ChartMarker m;
        m.month = e.fromMonth;
        m.comparison = comparison;
        m.label = QStringLiteral("%1 %2").arg(projectMonthLabel(project, e.fromMonth),
                                              policyEntryLabel(s, i, kLabelChars, locale));
        if (comparison)
            m.label = QStringLiteral("%1: %2").arg(s.name, m.label);
        markers << m;
    }
}

} // namespace

QVector<ChartMarker> policyMarkers(const Project &project, EntityId scenario, EntityId compare,
                                   const QLocale &locale)
{
    QVector<ChartMarker> markers;
    addScenario(markers, project, scenario, false, nullptr, locale);
    if (compare != 0 && compare != scenario) {
        const auto it = project.scenarios.constFind(scenario);
        addScenario(markers, project, compare, true,
                    it != project.scenarios.cend() ? &*it : nullptr, locale);
    }
    std::stable_sort(markers.begin(), markers.end(),
                     [](const ChartMarker &a, const ChartMarker &b) { return a.month < b.month; });
    return markers;
}

} // namespace cc::charts
