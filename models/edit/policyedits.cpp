#include "models/edit/policyedits.h"

#include "models/domain/monthlabels.h"
#include "models/domain/validation.h"

#include <QCoreApplication>
#include <algorithm>
#include <atomic>

namespace cc::edit {

// Translation context of this file (lupdate reads PolicyEdits::tr calls).
class PolicyEdits {
    Q_DECLARE_TR_FUNCTIONS(cc::PolicyEdits)
};

namespace {

EditResult refused(const QString &error)
{
    return EditResult{false, error, 0};
}

// The scenario to edit, or an error.
const Scenario *findScenario(const ProjectDocument &doc, EntityId id, QString *error)
{
    const auto it = doc.project().scenarios.constFind(id);
    if (it == doc.project().scenarios.cend()) {
        *error = PolicyEdits::tr("The scenario %1 does not exist.").arg(id);
        return nullptr;
    }
    return &*it;
}

bool validEntry(const Scenario &s, int entryIndex, QString *error)
{
    if (entryIndex < 0 || entryIndex >= s.schedule.size()) {
        *error = PolicyEdits::tr("The scenario \"%1\" has no policy change number %2.")
                     .arg(s.name)
                     .arg(entryIndex + 1);
        return false;
    }
    return true;
}

} // namespace

qint64 newMergeKey()
{
    static std::atomic<qint64> next{1};
    return next++;
}

EditResult setPolicyValue(ProjectDocument &doc, EntityId scenarioId, int entryIndex, PolicyKey key,
                          double value, qint64 mergeKey, PolicyEditScope scope)
{
    QString error;
    const Scenario *s = findScenario(doc, scenarioId, &error);
    if (!s || !validEntry(*s, entryIndex, &error))
        return refused(error);
    if (QString e = checkValue(policySpec(key), value); !e.isEmpty())
        return refused(e);
    Scenario changed = *s;
    PolicySchedule &schedule = changed.schedule;
    switch (scope) {
    case PolicyEditScope::Entry:
        break;
    case PolicyEditScope::FromHereOn:
        for (int i = entryIndex + 1; i < schedule.size(); ++i)
            schedule[i].changes.clear(key);
        break;
    case PolicyEditScope::OnlyThisEntry:
        // Later months keep the value they had: the next entry states it
        // (the first push of a drag does; later pushes find it set).
        if (entryIndex + 1 < schedule.size() && !schedule[entryIndex + 1].changes.sets(key))
            schedule[entryIndex + 1].changes.set(key, policyOfEntry(schedule, entryIndex)[key]);
        break;
    }
    schedule[entryIndex].changes.set(key, value);
    return change(doc, changed, mergeKey ? MergePolicy : NoMerge, mergeKey);
}

EditResult clearPolicyValue(ProjectDocument &doc, EntityId scenarioId, int entryIndex,
                            PolicyKey key)
{
    QString error;
    const Scenario *s = findScenario(doc, scenarioId, &error);
    if (!s || !validEntry(*s, entryIndex, &error))
        return refused(error);
    if (entryIndex == 0)
        return refused(PolicyEdits::tr(
            "The policy in effect from the first month sets every parameter; it has nothing to "
            "inherit."));
    if (!s->schedule[entryIndex].changes.sets(key))
        return refused(
            PolicyEdits::tr("This policy change does not set \"%1\".")
                .arg(QCoreApplication::translate("cc::Parameters", policySpec(key).label)));
    Scenario changed = *s;
    changed.schedule[entryIndex].changes.clear(key);
    return change(doc, changed);
}

namespace {

// Puts an entry into the schedule in month order; refuses a month out of range
// or one another change already takes effect in.
EditResult insertEntry(ProjectDocument &doc, Scenario changed, PolicyEntry entry)
{
    if (entry.fromMonth <= 0 || entry.fromMonth > kMaxMonth)
        return refused(
            PolicyEdits::tr("A policy change takes effect from %1 to %2.")
                .arg(monthLabel(doc.project(), 1), monthLabel(doc.project(), kMaxMonth)));
    for (const PolicyEntry &e : changed.schedule)
        if (e.fromMonth == entry.fromMonth)
            return refused(PolicyEdits::tr("A policy change already takes effect in that month."));
    const auto at =
        std::upper_bound(changed.schedule.begin(), changed.schedule.end(), entry.fromMonth,
                         [](int month, const PolicyEntry &e) { return month < e.fromMonth; });
    changed.schedule.insert(at, entry);
    return change(doc, changed);
}

} // namespace

EditResult addPolicyChange(ProjectDocument &doc, EntityId scenarioId, int fromMonth,
                           const QString &note)
{
    QString error;
    const Scenario *s = findScenario(doc, scenarioId, &error);
    if (!s)
        return refused(error);
    PolicyEntry entry; // sets nothing yet: everything carries on from the entry before
    entry.fromMonth = fromMonth;
    entry.note = note;
    return insertEntry(doc, *s, entry);
}

EditResult removePolicyChange(ProjectDocument &doc, EntityId scenarioId, int entryIndex)
{
    QString error;
    const Scenario *s = findScenario(doc, scenarioId, &error);
    if (!s || !validEntry(*s, entryIndex, &error))
        return refused(error);
    if (entryIndex == 0)
        return refused(PolicyEdits::tr(
            "The policy in effect from the first simulated month cannot be removed."));
    Scenario changed = *s;
    changed.schedule.removeAt(entryIndex);
    return change(doc, changed);
}

EditResult movePolicyChange(ProjectDocument &doc, EntityId scenarioId, int entryIndex,
                            int fromMonth)
{
    QString error;
    const Scenario *s = findScenario(doc, scenarioId, &error);
    if (!s || !validEntry(*s, entryIndex, &error))
        return refused(error);
    if (entryIndex == 0)
        return refused(PolicyEdits::tr(
            "The first policy always takes effect from the first simulated month."));
    Scenario changed = *s;
    PolicyEntry entry = changed.schedule.takeAt(entryIndex);
    entry.fromMonth = fromMonth;
    return insertEntry(doc, changed, entry);
}

EditResult setPolicyNote(ProjectDocument &doc, EntityId scenarioId, int entryIndex,
                         const QString &note)
{
    QString error;
    const Scenario *s = findScenario(doc, scenarioId, &error);
    if (!s || !validEntry(*s, entryIndex, &error))
        return refused(error);
    Scenario changed = *s;
    changed.schedule[entryIndex].note = note;
    return change(doc, changed);
}

QString checkScenarioName(const Project &project, EntityId scenarioId, const QString &name)
{
    Scenario probe = project.scenarios.value(scenarioId);
    probe.id = scenarioId != 0 ? scenarioId : nextId<Scenario>(project);
    probe.name = name;
    if (probe.schedule.isEmpty())
        probe.schedule = {PolicyEntry::initial()};
    if (QString e = validateEntity(probe, project); !e.isEmpty())
        return e;
    if (name != name.trimmed())
        return PolicyEdits::tr("A scenario name must not start or end with spaces.");
    // Which scenario is the baseline must not change with a name, and only
    // the baseline may be called "baseline" (the name scripts know it by).
    Project after = project;
    after.scenarios.insert(probe.id, probe);
    if (!project.scenarios.isEmpty() &&
        (after.baselineScenarioId() != project.baselineScenarioId() ||
         (name == QLatin1String("baseline") && probe.id != project.baselineScenarioId())))
        return PolicyEdits::tr("The name \"%1\" marks the baseline scenario; choose another name.")
            .arg(QStringLiteral("baseline"));
    return {};
}

EditResult addScenario(ProjectDocument &doc, const QString &name)
{
    if (QString e = checkScenarioName(doc.project(), 0, name); !e.isEmpty())
        return refused(e);
    Scenario s;
    s.name = name;
    const EntityId baseline = doc.project().baselineScenarioId();
    if (baseline != 0)
        s.schedule = doc.project().scenarios.value(baseline).schedule;
    else
        s.schedule = {PolicyEntry::initial()};
    return add(doc, s);
}

EditResult duplicateScenario(ProjectDocument &doc, EntityId scenarioId, const QString &name)
{
    QString error;
    const Scenario *source = findScenario(doc, scenarioId, &error);
    if (!source)
        return refused(error);
    if (QString e = checkScenarioName(doc.project(), 0, name); !e.isEmpty())
        return refused(e);
    Scenario copy = *source;
    copy.name = name;
    copy.key.clear(); // a key belongs to one scenario; the copy goes by its name
    copy.nameEn.clear();
    copy.description = source->description;
    // Validate the copy before anything is pushed: all or nothing.
    copy.id = nextId<Scenario>(doc.project());
    if (QString e = validateEntity(copy, doc.project()); !e.isEmpty())
        return refused(e);
    // What the scenario has of its own comes along: postings, telemedicine
    // links and investments (copied before the first add changes the tables).
    const Project &project = doc.project();
    const auto ownOf = [scenarioId](const auto &table) {
        QVector<typename std::decay_t<decltype(table)>::mapped_type> own;
        for (const auto &x : table)
            if (x.scenarioId == scenarioId)
                own.append(x);
        return own;
    };
    const auto postings = ownOf(project.postings);
    const auto links = ownOf(project.links);
    const auto investments = ownOf(project.investments);
    MacroScope macro(doc, PolicyEdits::tr("Duplicate scenario \"%1\"").arg(source->name));
    const EditResult added = add(doc, copy);
    if (!added)
        return added;
    const auto addCopies = [&doc, &added](auto own) {
        for (auto &x : own) {
            x.scenarioId = added.id;
            add(doc, x);
        }
    };
    addCopies(postings);
    addCopies(links);
    addCopies(investments);
    return added;
}

EditResult renameScenario(ProjectDocument &doc, EntityId scenarioId, const QString &name)
{
    QString error;
    const Scenario *s = findScenario(doc, scenarioId, &error);
    if (!s)
        return refused(error);
    if (QString e = checkScenarioName(doc.project(), scenarioId, name); !e.isEmpty())
        return refused(e);
    Scenario changed = *s;
    changed.name = name;
    // The planner's new name is the one shown in every language; the key
    // (what scripts use) stays.
    changed.nameEn.clear();
    return change(doc, changed);
}

EditResult removeScenario(ProjectDocument &doc, EntityId scenarioId)
{
    QString error;
    const Scenario *s = findScenario(doc, scenarioId, &error);
    if (!s)
        return refused(error);
    if (scenarioId == doc.project().baselineScenarioId())
        return refused(PolicyEdits::tr("The baseline scenario cannot be deleted."));
    // Removes the scenario's own postings too (edits.cpp addDependents<Scenario>).
    return remove<Scenario>(doc, scenarioId);
}

} // namespace cc::edit
