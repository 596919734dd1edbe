#pragma once

// The edit boundary of the staffing board: posting and staff edits checked
// against the staffing rules before they reach models/edit/edits.h. A rule set
// to "refuse" makes an edit that adds a violation of it fail with the rule's
// message (the document stays unchanged); "warn" lets it through and returns
// the new violations.

#include "models/edit/edits.h"
#include "models/staffing/staffingrules.h"

namespace cc::staffing {

struct StaffingEditResult : edit::EditResult {
    QVector<Violation> warnings; // new violations of rules set to warn
};

// What an edit from `before` to `after` would do to the rules, without applying it.
struct RuleCheck {
    QString refusal; // translated; empty when the edit may go ahead
    QVector<Violation> refused;
    QVector<Violation> warnings;
    bool ok() const { return refusal.isEmpty(); }
};
RuleCheck checkEdit(const Project &before, const Project &after,
                    const QVector<EntityId> &scenarios);

StaffingEditResult addPosting(ProjectDocument &doc, Posting posting);
StaffingEditResult changePosting(ProjectDocument &doc, const Posting &posting,
                                 edit::CommandId merge = edit::NoMerge, qint64 mergeKey = 0);
StaffingEditResult removePosting(ProjectDocument &doc, EntityId postingId);
StaffingEditResult addStaff(ProjectDocument &doc, StaffMember member);
StaffingEditResult changeStaff(ProjectDocument &doc, const StaffMember &member);
StaffingEditResult removeStaff(ProjectDocument &doc, EntityId staffId);

// Several postings as one undo step (the planner's accepted proposals). All are
// checked together first; when one is refused nothing is applied.
StaffingEditResult addPostings(ProjectDocument &doc, const QVector<Posting> &postings,
                               const QString &text);

} // namespace cc::staffing
