#include "models/domain/policyschedule.h"

#include <algorithm>

namespace cc {

PolicyChanges PolicyChanges::all(const PolicyParams &params)
{
    PolicyChanges c;
    c.m_values = params;
    c.m_set.set();
    return c;
}

void PolicyChanges::set(PolicyKey key, double value)
{
    m_values[key] = value;
    m_set.set(static_cast<std::size_t>(key));
}

void PolicyChanges::clear(PolicyKey key)
{
    m_values[key] = 0;
    m_set.reset(static_cast<std::size_t>(key));
}

QVector<PolicyKey> PolicyChanges::keys() const
{
    QVector<PolicyKey> result;
    for (int k = 0; k < kPolicyKeyCount; ++k)
        if (m_set.test(static_cast<std::size_t>(k)))
            result.push_back(static_cast<PolicyKey>(k));
    return result;
}

PolicyParams PolicyChanges::appliedTo(PolicyParams base) const
{
    for (int k = 0; k < kPolicyKeyCount; ++k)
        if (m_set.test(static_cast<std::size_t>(k)))
            base.at(k) = m_values.at(k);
    return base;
}

PolicyEntry PolicyEntry::initial(const PolicyParams &params, const QString &note)
{
    PolicyEntry e;
    e.changes = PolicyChanges::all(params);
    e.note = note;
    return e;
}

PolicyParams policyOfEntry(const PolicySchedule &schedule, int index)
{
    // Defaults first, so an incomplete first entry (refused at load) still
    // resolves to something sound.
    PolicyParams p = defaultPolicy();
    for (int i = 0; i <= index && i < schedule.size(); ++i)
        p = schedule[i].changes.appliedTo(p);
    return p;
}

PolicyParams policyBeforeEntry(const PolicySchedule &schedule, int index)
{
    return policyOfEntry(schedule, index - 1);
}

int entryIndexAt(const PolicySchedule &schedule, int month)
{
    if (schedule.isEmpty())
        return -1;
    int current = 0;
    for (int i = 0; i < schedule.size(); ++i)
        if (schedule[i].fromMonth <= month)
            current = i;
    return current;
}

PolicyParams policyAt(const PolicySchedule &schedule, int month)
{
    return policyOfEntry(schedule, entryIndexAt(schedule, month));
}

int entrySetting(const PolicySchedule &schedule, int index, PolicyKey key)
{
    for (int i = std::min(index, int(schedule.size()) - 1); i >= 0; --i)
        if (schedule[i].changes.sets(key))
            return i;
    return -1;
}

QVector<PolicyKey> changedKeys(const PolicySchedule &schedule, int index)
{
    QVector<PolicyKey> result;
    if (index < 0 || index >= schedule.size())
        return result;
    const PolicyParams before = policyBeforeEntry(schedule, index);
    const PolicyChanges &c = schedule[index].changes;
    for (PolicyKey key : c.keys())
        if (c.value(key) != before[key])
            result.push_back(key);
    return result;
}

PolicySchedule withoutRestatedValues(PolicySchedule schedule)
{
    // Compare with the policy in force before each entry as the file meant it,
    // so work from the last entry back (dropping a value never changes what
    // an earlier entry resolves to).
    for (int i = int(schedule.size()) - 1; i > 0; --i) {
        const PolicyParams before = policyBeforeEntry(schedule, i);
        PolicyChanges &c = schedule[i].changes;
        for (PolicyKey key : c.keys())
            if (c.value(key) == before[key])
                c.clear(key);
    }
    return schedule;
}

} // namespace cc
