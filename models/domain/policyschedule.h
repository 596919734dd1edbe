#pragma once

#include "models/domain/parameters.h"

#include <QString>
#include <QVector>
#include <bitset>
#include <tuple>

namespace cc {

// A scenario's policy schedule: entries that take effect from a month, each
// holding only the parameters it sets. A parameter's value in a month is the
// value of the latest entry at or before that month that sets it; the month-0
// entry sets every parameter. So raising a value in an early entry carries on
// past later entries that do not touch it, and what an entry changes is what
// it says.

// The parameters one schedule entry sets, with their values.
class PolicyChanges {
public:
    PolicyChanges() = default;
    // Sets every parameter to its value in `params` (the month-0 entry).
    static PolicyChanges all(const PolicyParams &params);

    bool sets(PolicyKey key) const { return m_set.test(static_cast<std::size_t>(key)); }
    // The value the entry sets; 0 when it does not set `key`.
    double value(PolicyKey key) const { return m_values[key]; }
    void set(PolicyKey key, double value);
    void clear(PolicyKey key);
    bool isEmpty() const { return m_set.none(); }
    bool setsAll() const { return m_set.all(); }
    int count() const { return static_cast<int>(m_set.count()); }
    // The keys set, in key order.
    QVector<PolicyKey> keys() const;
    // `base` with the values this entry sets written over it.
    PolicyParams appliedTo(PolicyParams base) const;

    // Unset keys hold 0, so equal sets set the same keys to the same values.
    friend bool operator==(const PolicyChanges &a, const PolicyChanges &b)
    {
        return a.m_set == b.m_set && a.m_values == b.m_values;
    }
    friend bool operator!=(const PolicyChanges &a, const PolicyChanges &b) { return !(a == b); }

private:
    PolicyParams m_values;
    std::bitset<kPolicyKeyCount> m_set;
};

// The parameters a schedule entry sets from a month on.
struct PolicyEntry {
    int fromMonth = 0;
    PolicyChanges changes; // a later entry sets nothing until edited
    QString note;

    // The month-0 entry: every parameter, by default the parameter table's defaults.
    static PolicyEntry initial(const PolicyParams &params = defaultPolicy(),
                               const QString &note = {});

    auto tie() const { return std::tie(fromMonth, changes, note); }
    friend bool operator==(const PolicyEntry &a, const PolicyEntry &b)
    {
        return a.tie() == b.tie();
    }
    friend bool operator!=(const PolicyEntry &a, const PolicyEntry &b) { return !(a == b); }
};

using PolicySchedule = QVector<PolicyEntry>; // sorted by fromMonth, first entry at month 0

// The policy in force in `month`.
PolicyParams policyAt(const PolicySchedule &schedule, int month);
// The policy in force from entry `index` on (until the next entry).
PolicyParams policyOfEntry(const PolicySchedule &schedule, int index);
// The policy in force just before entry `index` (the defaults before the first).
PolicyParams policyBeforeEntry(const PolicySchedule &schedule, int index);
// The entry in force in `month` (the latest at or before it); -1 for an empty schedule.
int entryIndexAt(const PolicySchedule &schedule, int month);
// The entry that gives `key` its value from entry `index` on: `index` itself
// when it sets the key, else the latest earlier entry that does; -1 when none.
int entrySetting(const PolicySchedule &schedule, int index, PolicyKey key);
// The keys entry `index` sets to a value other than the one in force before it.
QVector<PolicyKey> changedKeys(const PolicySchedule &schedule, int index);
// The schedule with each later entry's values that equal the value in force
// before it dropped: how files that stored a full copy in every entry migrate.
PolicySchedule withoutRestatedValues(PolicySchedule schedule);

} // namespace cc
