#include "models/edit/edits.h"

#include "models/domain/projectrules.h"
#include "models/domain/validation.h"
#include "models/edit/commands.h"

#include <QCoreApplication>

namespace cc::edit {

// Translation context of this file (lupdate reads Edits::tr calls).
class Edits {
    Q_DECLARE_TR_FUNCTIONS(cc::edit)
};

namespace {

template <typename T> QString kindName();
template <> QString kindName<Township>()
{
    return Edits::tr("township");
}
template <> QString kindName<Settlement>()
{
    return Edits::tr("settlement");
}
template <> QString kindName<Facility>()
{
    return Edits::tr("facility");
}
template <> QString kindName<Road>()
{
    return Edits::tr("road");
}
template <> QString kindName<StaffMember>()
{
    return Edits::tr("staff member");
}
template <> QString kindName<Posting>()
{
    return Edits::tr("posting");
}
template <> QString kindName<ServiceLine>()
{
    return Edits::tr("service line");
}
template <> QString kindName<Scenario>()
{
    return Edits::tr("scenario");
}
template <> QString kindName<TelemedicineLink>()
{
    return Edits::tr("telemedicine link");
}
template <> QString kindName<Investment>()
{
    return Edits::tr("investment");
}

EditResult refused(const QString &error)
{
    return EditResult{false, error, 0};
}

EditResult refuseReadOnly(const ProjectDocument &doc)
{
    if (doc.isReadOnly())
        return refused(Edits::tr("The project is open read-only."));
    return EditResult{true, {}, 0};
}

// Commands that remove what depends on an entity, children of `parent`, in the
// order they must run before the entity itself goes.
template <typename T> void addDependents(ProjectDocument &, EntityId, QUndoCommand *) {}

template <typename T> void removeChild(ProjectDocument &doc, const T &value, QUndoCommand *parent)
{
    new SetEntityCommand<T>(&doc, value.id, value, std::nullopt, QString(), -1, parent);
}

template <typename T>
void changeChild(ProjectDocument &doc, const T &before, const T &after, QUndoCommand *parent)
{
    new SetEntityCommand<T>(&doc, before.id, before, after, QString(), -1, parent);
}

template <> void addDependents<Facility>(ProjectDocument &doc, EntityId id, QUndoCommand *parent)
{
    const Project &p = doc.project();
    for (const Posting &posting : p.postings)
        if (posting.facilityId == id)
            removeChild(doc, posting, parent);
    for (const TelemedicineLink &link : p.links)
        if (link.hubFacilityId == id || link.centreFacilityId == id)
            removeChild(doc, link, parent);
    for (const Investment &x : p.investments)
        if (x.facilityId == id || x.neighbourId == id)
            removeChild(doc, x, parent);
    for (const StaffMember &m : p.staff) {
        if (m.homeFacilityId != id && m.employerFacilityId != id)
            continue;
        StaffMember changed = m;
        if (changed.homeFacilityId == id)
            changed.homeFacilityId = 0;
        if (changed.employerFacilityId == id)
            changed.employerFacilityId = 0;
        changeChild(doc, m, changed, parent);
    }
}

template <> void addDependents<StaffMember>(ProjectDocument &doc, EntityId id, QUndoCommand *parent)
{
    for (const Posting &posting : doc.project().postings)
        if (posting.staffId == id)
            removeChild(doc, posting, parent);
}

template <> void addDependents<Township>(ProjectDocument &doc, EntityId id, QUndoCommand *parent)
{
    const Project &p = doc.project();
    for (const Settlement &s : p.settlements) {
        if (s.townshipId == id) {
            Settlement changed = s;
            changed.townshipId = 0;
            changeChild(doc, s, changed, parent);
        }
    }
    for (const Facility &f : p.facilities) {
        if (f.townshipId == id) {
            Facility changed = f;
            changed.townshipId = 0;
            changeChild(doc, f, changed, parent);
        }
    }
}

template <> void addDependents<ServiceLine>(ProjectDocument &doc, EntityId id, QUndoCommand *parent)
{
    for (const Facility &f : doc.project().facilities) {
        if (f.capability.contains(id)) {
            Facility changed = f;
            changed.capability.remove(id);
            changeChild(doc, f, changed, parent);
        }
    }
}

template <> void addDependents<Scenario>(ProjectDocument &doc, EntityId id, QUndoCommand *parent)
{
    for (const Posting &posting : doc.project().postings)
        if (posting.scenarioId == id)
            removeChild(doc, posting, parent);
    for (const TelemedicineLink &link : doc.project().links)
        if (link.scenarioId == id)
            removeChild(doc, link, parent);
    for (const Investment &x : doc.project().investments)
        if (x.scenarioId == id)
            removeChild(doc, x, parent);
}

} // namespace

template <typename T> EditResult add(ProjectDocument &doc, T value)
{
    if (EditResult r = refuseReadOnly(doc); !r)
        return r;
    value.id = nextId<T>(doc.project());
    if (QString error = validateEntity(value, doc.project()); !error.isEmpty())
        return refused(error);
    doc.undoStack()->push(new SetEntityCommand<T>(&doc, value.id, std::nullopt, value,
                                                  Edits::tr("Add %1").arg(kindName<T>())));
    return EditResult{true, {}, value.id};
}

template <typename T>
EditResult change(ProjectDocument &doc, const T &value, CommandId merge, qint64 mergeKey)
{
    if (EditResult r = refuseReadOnly(doc); !r)
        return r;
    const Table<T> &table = EntityTraits<T>::table(doc.project());
    const auto it = table.constFind(value.id);
    if (it == table.cend())
        return refused(Edits::tr("The %1 %2 does not exist.").arg(kindName<T>()).arg(value.id));
    if (QString error = validateEntity(value, doc.project()); !error.isEmpty())
        return refused(error);
    if (*it == value)
        return EditResult{true, {}, value.id};
    const QString text = merge == MergeMove ? Edits::tr("Move %1").arg(kindName<T>())
                                            : Edits::tr("Change %1").arg(kindName<T>());
    doc.undoStack()->push(
        new SetEntityCommand<T>(&doc, value.id, *it, value, text, merge, nullptr, mergeKey));
    return EditResult{true, {}, value.id};
}

template <typename T> EditResult remove(ProjectDocument &doc, EntityId id)
{
    if (EditResult r = refuseReadOnly(doc); !r)
        return r;
    const Table<T> &table = EntityTraits<T>::table(doc.project());
    const auto it = table.constFind(id);
    if (it == table.cend())
        return refused(Edits::tr("The %1 %2 does not exist.").arg(kindName<T>()).arg(id));
    if constexpr (std::is_same_v<T, Scenario>) {
        if (table.size() == 1)
            return refused(Edits::tr("A project needs at least one scenario."));
    }
    auto *macro = new QUndoCommand(Edits::tr("Remove %1").arg(kindName<T>()));
    addDependents<T>(doc, id, macro);
    new SetEntityCommand<T>(&doc, id, *it, std::nullopt, QString(), -1, macro);
    doc.undoStack()->push(macro);
    return EditResult{true, {}, id};
}

#define CC_INSTANTIATE_EDITS(T)                                                                    \
    template EditResult add<T>(ProjectDocument &, T);                                              \
    template EditResult change<T>(ProjectDocument &, const T &, CommandId, qint64);                \
    template EditResult remove<T>(ProjectDocument &, EntityId);
CC_INSTANTIATE_EDITS(Township)
CC_INSTANTIATE_EDITS(Settlement)
CC_INSTANTIATE_EDITS(Facility)
CC_INSTANTIATE_EDITS(Road)
CC_INSTANTIATE_EDITS(TelemedicineLink)
CC_INSTANTIATE_EDITS(StaffMember)
CC_INSTANTIATE_EDITS(Posting)
CC_INSTANTIATE_EDITS(ServiceLine)
CC_INSTANTIATE_EDITS(Scenario)
CC_INSTANTIATE_EDITS(Investment)
#undef CC_INSTANTIATE_EDITS

EditResult setBoundary(ProjectDocument &doc, const CountyBoundary &boundary)
{
    if (EditResult r = refuseReadOnly(doc); !r)
        return r;
    if (QString error = validateBoundary(boundary); !error.isEmpty())
        return refused(error);
    if (boundary == doc.project().boundary)
        return EditResult{true, {}, 0};
    doc.undoStack()->push(new SetProjectValueCommand<CountyBoundary>(
        &doc, &ProjectDocument::setBoundary, doc.project().boundary, boundary,
        Edits::tr("Change county boundary")));
    return EditResult{true, {}, 0};
}

EditResult setSettings(ProjectDocument &doc, const ModelSettings &settings, CommandId merge)
{
    if (EditResult r = refuseReadOnly(doc); !r)
        return r;
    if (QString error = validate(settings); !error.isEmpty())
        return refused(error);
    if (settings == doc.project().settings)
        return EditResult{true, {}, 0};
    // A staffing rule switched to refuse (or a tighter limit, a longer horizon)
    // while postings break it would make a project the file loader refuses.
    const ModelSettings &before = doc.project().settings;
    const bool fteRuleTouched =
        settings.integer(SettingKey::StaffingFteSeverity) == 2 &&
        (before.integer(SettingKey::StaffingFteSeverity) != 2 ||
         settings[SettingKey::StaffingMaxFte] != before[SettingKey::StaffingMaxFte] ||
         settings[SettingKey::HorizonMonths] != before[SettingKey::HorizonMonths]);
    if (fteRuleTouched) {
        Project after = doc.project();
        after.settings = settings;
        if (QString excess = firstFteExcess(after); !excess.isEmpty())
            return refused(
                Edits::tr("%1 Change those postings first, or let the rule warn.").arg(excess));
    }
    doc.undoStack()->push(new SetProjectValueCommand<ModelSettings>(
        &doc, &ProjectDocument::setSettings, doc.project().settings, settings,
        Edits::tr("Change model settings"), merge));
    return EditResult{true, {}, 0};
}

EditResult setTitle(ProjectDocument &doc, const QString &title)
{
    if (EditResult r = refuseReadOnly(doc); !r)
        return r;
    if (QString error =
            checkOptionalName(title, QT_TRANSLATE_NOOP("cc::Validation", "project title"));
        !error.isEmpty())
        return refused(error);
    if (title == doc.project().title)
        return EditResult{true, {}, 0};
    doc.undoStack()->push(new SetProjectValueCommand<QString>(
        &doc, &ProjectDocument::setTitle, doc.project().title, title, Edits::tr("Rename project")));
    return EditResult{true, {}, 0};
}

EditResult replaceProject(ProjectDocument &doc, const Project &project, const QString &text)
{
    if (EditResult r = refuseReadOnly(doc); !r)
        return r;
    if (QString error = validateProject(project); !error.isEmpty())
        return refused(error);
    doc.undoStack()->push(new SetProjectValueCommand<Project>(
        &doc, &ProjectDocument::replaceProject, doc.project(), project, text));
    return EditResult{true, {}, 0};
}

MacroScope::MacroScope(ProjectDocument &doc, const QString &text) : m_doc(doc)
{
    m_doc.undoStack()->beginMacro(text);
}

MacroScope::~MacroScope()
{
    m_doc.undoStack()->endMacro();
}

} // namespace cc::edit
