#pragma once

#include "models/domain/entitychange.h"
#include "models/domain/project.h"

#include <QObject>
#include <QUndoStack>

namespace cc {

// Owns the project being edited and its undo stack. Views read project() and
// listen to the change signals; edits go through the functions of
// models/edit/edits.h, which push undo commands. The raw mutators below are for
// those commands only.
class ProjectDocument : public QObject {
    Q_OBJECT
public:
    explicit ProjectDocument(QObject *parent = nullptr);

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // A user-facing name: the file's base name, or the project title when unsaved.
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    // Replaces the whole project (open, new, revert): clears the undo stack.
    void reset(Project project, const QString &filePath);

    // --- raw mutators, for undo commands only ---
    // Adds or replaces an entity; a command passes what it records it changes
    // (fields and first month), otherwise the document works it out.
    template <typename T> void putEntity(const T &value);
    template <typename T> void putEntity(const T &value, EntityFields fields, int fromMonth);
    template <typename T> void removeEntity(EntityId id);
    void setBoundary(const CountyBoundary &boundary);
    void setSettings(const ModelSettings &settings);
    void setCatalogue(const InvestmentCatalogue &catalogue);
    void setTitle(const QString &title);
    // Replaces everything but keeps the undo stack (restoring an autosave); emits projectReset.
    void replaceProject(const Project &project);

    // The scenario on show (the policy panel, the schedule timeline, the
    // toolbar and, outside workshop mode, the simulation follow it): one owner
    // and one signal, as Tiled's document owns its current layer. Always a
    // scenario of the project: the baseline when none was chosen, when the
    // shown one is removed or when another project is loaded (0 only for a
    // project without scenarios). Not an edit: no undo, no modification.
    EntityId shownScenario() const;
    // Ignored for an id that is not a scenario of the project.
    void setShownScenario(EntityId scenarioId);

signals:
    void projectReset();
    // Any entity added, removed or changed.
    void entityChanged(cc::EntityKind kind, cc::EntityId id, cc::ChangeKind change);
    // The same, with what the edit changed (fields, first month); emitted just
    // before entityChanged.
    void entityEdited(const cc::EntityChange &change);
    // Also emitted for posting changes: the facility affected and the first month that changed.
    void postingsChanged(cc::EntityId facilityId, int fromMonth);
    // A scenario's policy schedule changed from this month on.
    void policyChanged(cc::EntityId scenarioId, int fromMonth);
    void boundaryChanged();
    void settingsChanged();
    // The investment planner's catalogue or golden hour (cc_investment_catalogue,
    // cc_planner_settings) changed.
    void catalogueChanged();
    void titleChanged();
    void filePathChanged();
    void readOnlyChanged(bool readOnly);
    void modifiedChanged(bool modified);
    // The scenario on show changed (chosen, or its scenario removed).
    void shownScenarioChanged(cc::EntityId scenarioId);

private:
    void notify(const EntityChange &change);
    void notifyPosting(const Posting *before, const Posting *after);
    void notifyScenario(const Scenario *before, const Scenario *after);
    template <typename T> void notifyDetail(const T *, const T *) {}
    void replaced(bool keepShown);

    Project m_project;
    QUndoStack m_undoStack;
    QString m_filePath;
    bool m_readOnly = false;
    EntityId m_shownScenario = 0; // 0: the baseline
};

template <> inline void ProjectDocument::notifyDetail(const Posting *before, const Posting *after)
{
    notifyPosting(before, after);
}
template <> inline void ProjectDocument::notifyDetail(const Scenario *before, const Scenario *after)
{
    notifyScenario(before, after);
}

template <typename T> void ProjectDocument::putEntity(const T &value)
{
    const Table<T> &table = EntityTraits<T>::table(m_project);
    const auto it = table.constFind(value.id);
    if (it == table.cend())
        putEntity(value, kAllFields, firstChangedMonth<T>(nullptr, &value));
    else
        putEntity(value, changedFields(*it, value), firstChangedMonth<T>(&*it, &value));
}

template <typename T>
void ProjectDocument::putEntity(const T &value, EntityFields fields, int fromMonth)
{
    Table<T> &table = EntityTraits<T>::table(m_project);
    const auto it = table.find(value.id);
    if (it == table.end()) {
        table.insert(value.id, value);
        notifyDetail<T>(nullptr, &value);
        notify(EntityChange{EntityTraits<T>::kind, value.id, ChangeKind::Added, kAllFields,
                            fromMonth});
    } else {
        const T before = *it;
        *it = value;
        notifyDetail<T>(&before, &value);
        notify(
            EntityChange{EntityTraits<T>::kind, value.id, ChangeKind::Modified, fields, fromMonth});
    }
}

template <typename T> void ProjectDocument::removeEntity(EntityId id)
{
    Table<T> &table = EntityTraits<T>::table(m_project);
    const auto it = table.find(id);
    if (it == table.end())
        return;
    const T before = *it;
    table.erase(it);
    notifyDetail<T>(&before, nullptr);
    notify(EntityChange{EntityTraits<T>::kind, id, ChangeKind::Removed, kAllFields,
                        firstChangedMonth<T>(&before, nullptr)});
}

} // namespace cc

Q_DECLARE_METATYPE(cc::EntityKind)
Q_DECLARE_METATYPE(cc::ChangeKind)
Q_DECLARE_METATYPE(cc::EntityChange)
