#pragma once

#include "models/domain/project.h"

#include <QLocale>
#include <QStringList>

namespace cc {

// What a policy schedule entry changes, in words, for the timeline's tooltips
// and the chart markers.

// "Township inpatient reimbursement: 85% → 92%", one line per parameter that
// differs between `before` and `after` (registry order).
QStringList describePolicyChanges(const PolicyParams &before, const PolicyParams &after,
                                  const QLocale &locale);
// What entry `index` of a scenario changes: one such line per parameter it
// sets to a value other than the one in force before it.
QStringList describeEntryChanges(const Scenario &scenario, int index, const QLocale &locale);
// A parameter value with its unit: "92%", "On", "380 yuan/year".
QString formatPolicyValue(PolicyKey key, double value, const QLocale &locale);
// A short label for entry `index` of a scenario: its note (cut to `maxChars`
// with an ellipsis), else the names of the parameters it changes.
QString policyEntryLabel(const Scenario &scenario, int index, int maxChars, const QLocale &locale);
// "2026-01" for a month of the project's horizon.
QString projectMonthLabel(const Project &project, int month);

} // namespace cc
