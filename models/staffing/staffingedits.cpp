#include "models/staffing/staffingedits.h"

#include "models/domain/validation.h"

#include <QCoreApplication>

namespace cc::staffing {

class StaffingEdits {
    Q_DECLARE_TR_FUNCTIONS(cc::staffing::StaffingEdits)
};

namespace {

StaffingEditResult fail(const QString &error)
{
    StaffingEditResult r;
    r.ok = false;
    r.error = error;
    return r;
}

StaffingEditResult from(const edit::EditResult &e, const QVector<Violation> &warnings)
{
    StaffingEditResult r;
    r.ok = e.ok;
    r.error = e.error;
    r.id = e.id;
    if (e.ok)
        r.warnings = warnings;
    return r;
}

QVector<EntityId> unite(QVector<EntityId> a, const QVector<EntityId> &b)
{
    for (EntityId id : b)
        if (!a.contains(id))
            a.push_back(id);
    return a;
}

} // namespace

RuleCheck checkEdit(const Project &before, const Project &after, const QVector<EntityId> &scenarios)
{
    RuleCheck check;
    // A posting shared by every scenario breaks a rule the same way in each: report it once.
    QSet<QString> seen;
    for (const Violation &v : newViolations(before, after, scenarios)) {
        const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6")
                                .arg(static_cast<int>(v.rule))
                                .arg(v.staffId)
                                .arg(v.facilityId)
                                .arg(v.fromMonth)
                                .arg(v.toMonth)
                                .arg(v.detail);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (v.severity == Severity::Refuse)
            check.refused.push_back(v);
        else if (v.severity == Severity::Warn)
            check.warnings.push_back(v);
    }
    if (!check.refused.isEmpty())
        check.refusal =
            StaffingEdits::tr("Refused by the rule \"%1\": %2")
                .arg(ruleName(check.refused.front().rule), check.refused.front().message);
    return check;
}

StaffingEditResult addPosting(ProjectDocument &doc, Posting posting)
{
    const Project &before = doc.project();
    posting.id = nextId<Posting>(before);
    if (QString error = validateEntity(posting, before); !error.isEmpty())
        return fail(error);
    Project after = before;
    after.postings.insert(posting.id, posting);
    const RuleCheck check = checkEdit(before, after, scenariosOf(before, posting.scenarioId));
    if (!check.ok())
        return fail(check.refusal);
    return from(edit::add(doc, posting), check.warnings);
}

StaffingEditResult changePosting(ProjectDocument &doc, const Posting &posting,
                                 edit::CommandId merge, qint64 mergeKey)
{
    const Project &before = doc.project();
    const auto it = before.postings.constFind(posting.id);
    if (it == before.postings.cend())
        return from(edit::change(doc, posting, merge, mergeKey), {});
    if (QString error = validateEntity(posting, before); !error.isEmpty())
        return fail(error);
    Project after = before;
    after.postings.insert(posting.id, posting);
    const RuleCheck check = checkEdit(
        before, after,
        unite(scenariosOf(before, it->scenarioId), scenariosOf(before, posting.scenarioId)));
    if (!check.ok())
        return fail(check.refusal);
    return from(edit::change(doc, posting, merge, mergeKey), check.warnings);
}

StaffingEditResult removePosting(ProjectDocument &doc, EntityId postingId)
{
    const Project &before = doc.project();
    const auto it = before.postings.constFind(postingId);
    if (it == before.postings.cend())
        return from(edit::remove<Posting>(doc, postingId), {});
    Project after = before;
    after.postings.remove(postingId);
    const RuleCheck check = checkEdit(before, after, scenariosOf(before, it->scenarioId));
    if (!check.ok())
        return fail(check.refusal);
    return from(edit::remove<Posting>(doc, postingId), check.warnings);
}

StaffingEditResult addStaff(ProjectDocument &doc, StaffMember member)
{
    // A new person only adds staff: no rule can get worse, bar promotion status.
    const Project &before = doc.project();
    member.id = nextId<StaffMember>(before);
    if (QString error = validateEntity(member, before); !error.isEmpty())
        return fail(error);
    Project after = before;
    after.staff.insert(member.id, member);
    const RuleCheck check = checkEdit(before, after, scenariosOf(before, 0));
    if (!check.ok())
        return fail(check.refusal);
    return from(edit::add(doc, member), check.warnings);
}

StaffingEditResult changeStaff(ProjectDocument &doc, const StaffMember &member)
{
    const Project &before = doc.project();
    if (!before.staff.contains(member.id))
        return from(edit::change(doc, member), {});
    if (QString error = validateEntity(member, before); !error.isEmpty())
        return fail(error);
    Project after = before;
    after.staff.insert(member.id, member);
    const RuleCheck check = checkEdit(before, after, scenariosOf(before, 0));
    if (!check.ok())
        return fail(check.refusal);
    return from(edit::change(doc, member), check.warnings);
}

StaffingEditResult removeStaff(ProjectDocument &doc, EntityId staffId)
{
    const Project &before = doc.project();
    if (!before.staff.contains(staffId))
        return from(edit::remove<StaffMember>(doc, staffId), {});
    Project after = before;
    after.staff.remove(staffId);
    for (auto it = after.postings.begin(); it != after.postings.end();)
        it = it->staffId == staffId ? after.postings.erase(it) : std::next(it);
    const RuleCheck check = checkEdit(before, after, scenariosOf(before, 0));
    if (!check.ok())
        return fail(check.refusal);
    return from(edit::remove<StaffMember>(doc, staffId), check.warnings);
}

StaffingEditResult addPostings(ProjectDocument &doc, const QVector<Posting> &postings,
                               const QString &text)
{
    const Project &before = doc.project();
    if (doc.isReadOnly())
        return fail(StaffingEdits::tr("The project is open read-only."));
    Project after = before;
    QVector<EntityId> scenarios;
    for (Posting p : postings) {
        p.id = nextId<Posting>(after);
        if (QString error = validateEntity(p, after); !error.isEmpty())
            return fail(error);
        after.postings.insert(p.id, p);
        scenarios = unite(scenarios, scenariosOf(before, p.scenarioId));
    }
    const RuleCheck check = checkEdit(before, after, scenarios);
    if (!check.ok())
        return fail(check.refusal);
    if (postings.isEmpty())
        return from(edit::EditResult{true, {}, 0}, {});
    edit::MacroScope macro(doc, text);
    for (const Posting &p : postings) {
        const edit::EditResult r = edit::add(doc, p);
        if (!r)
            return fail(r.error); // cannot happen: validated above
    }
    return from(edit::EditResult{true, {}, 0}, check.warnings);
}

} // namespace cc::staffing
