#pragma once

#include "models/edit/edits.h"

namespace cc::edit {

// Edits of payment policy and scenarios, each one undo step, each validated
// with the parameter registry (models/domain/parameters.h): a value outside
// its range is refused with a message naming the parameter and the range.

// What an edit of a parameter in a schedule entry means for the months after
// the entry (models/domain/policyschedule.h).
enum class PolicyEditScope {
    // The entry sets the value; a later entry that sets the parameter keeps its own.
    Entry,
    // Apply from this month on: later entries stop setting the parameter, the
    // value carries on to the end.
    FromHereOn,
    // Only in this entry: from the next entry on the parameter keeps the value
    // it had before the edit (the next entry sets it when it did not).
    OnlyThisEntry,
};

// Sets one parameter in the schedule entry `entryIndex` of a scenario.
// Successive calls with the same non-zero `mergeKey` (one slider drag) merge
// into one undo step.
EditResult setPolicyValue(ProjectDocument &doc, EntityId scenarioId, int entryIndex, PolicyKey key,
                          double value, qint64 mergeKey = 0,
                          PolicyEditScope scope = PolicyEditScope::Entry);
// Stops a later entry setting a parameter: it inherits the earlier entries' value.
EditResult clearPolicyValue(ProjectDocument &doc, EntityId scenarioId, int entryIndex,
                            PolicyKey key);
// Adds a schedule entry from `fromMonth` that sets nothing yet.
EditResult addPolicyChange(ProjectDocument &doc, EntityId scenarioId, int fromMonth,
                           const QString &note = {});
EditResult removePolicyChange(ProjectDocument &doc, EntityId scenarioId, int entryIndex);
// Moves a schedule entry (not the first, which stays at month 0) to another month.
EditResult movePolicyChange(ProjectDocument &doc, EntityId scenarioId, int entryIndex,
                            int fromMonth);
EditResult setPolicyNote(ProjectDocument &doc, EntityId scenarioId, int entryIndex,
                         const QString &note);

// A new scenario with the baseline's schedule.
EditResult addScenario(ProjectDocument &doc, const QString &name);
// A copy of a scenario: its schedule and its own postings.
EditResult duplicateScenario(ProjectDocument &doc, EntityId scenarioId, const QString &name);
EditResult renameScenario(ProjectDocument &doc, EntityId scenarioId, const QString &name);
// Removes a scenario with its own postings, as one undo step. The baseline
// cannot be removed.
EditResult removeScenario(ProjectDocument &doc, EntityId scenarioId);
// Why `name` cannot be given to scenario `scenarioId` (0: a new scenario): empty,
// too long, taken by another scenario, or a name that would make another
// scenario the baseline ("baseline" marks the baseline). Empty when it can.
QString checkScenarioName(const Project &project, EntityId scenarioId, const QString &name);

// A fresh key for one slider drag (merge key).
qint64 newMergeKey();

} // namespace cc::edit
