#pragma once

#include "models/domain/projectdocument.h"

#include <QString>

namespace cc::edit {

// Every change a user makes goes through these functions: each validates with
// models/domain/validation.h, and when the change is sound pushes one undo
// command (QUndoStack) on the document. A refused change leaves the document
// untouched and returns the translated reason.
struct EditResult {
    bool ok = false;
    QString error;
    EntityId id = 0; // the entity added or changed
    explicit operator bool() const { return ok; }
};

// Merge ids: consecutive pushes with the same id on the same entity merge into
// one undo step (a drag, a slider move). NoMerge: never merge.
enum CommandId : int {
    NoMerge = -1,
    MergeMove = 1,
    MergeEdit = 2,
    MergeSettings = 3,
    MergePolicy = 4,
};

// Adds an entity; its id is assigned (the value's id is ignored).
template <typename T> EditResult add(ProjectDocument &doc, T value);
// Replaces an entity by id with a new value. Successive changes with the same
// `merge` id and `mergeKey` merge into one undo step (one drag = one key).
template <typename T>
EditResult change(ProjectDocument &doc, const T &value, CommandId merge = NoMerge,
                  qint64 mergeKey = 0);
// Removes an entity, and what depends on it (postings of a removed facility or
// staff member, and so on), as one undo step.
template <typename T> EditResult remove(ProjectDocument &doc, EntityId id);

EditResult setBoundary(ProjectDocument &doc, const CountyBoundary &boundary);
EditResult setSettings(ProjectDocument &doc, const ModelSettings &settings,
                       CommandId merge = NoMerge);
EditResult setTitle(ProjectDocument &doc, const QString &title);
// Replaces the whole project as one undo step (restoring a recovery copy).
EditResult replaceProject(ProjectDocument &doc, const Project &project, const QString &text);

// Several edits as one undo step (an import, the posting planner's proposals).
// Validate everything first: an edit refused inside the scope leaves the others done.
class MacroScope {
public:
    MacroScope(ProjectDocument &doc, const QString &text);
    ~MacroScope();
    MacroScope(const MacroScope &) = delete;
    MacroScope &operator=(const MacroScope &) = delete;

private:
    ProjectDocument &m_doc;
};

} // namespace cc::edit
