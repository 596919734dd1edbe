#pragma once

#include "models/domain/projectdocument.h"

#include <QUndoCommand>
#include <optional>

namespace cc::edit {

// Replaces one entity's value: absent -> value is an add, value -> absent a
// removal, value -> value a change. One template writes redo, undo and merge for
// every entity kind. Commands carry values, never pointers into the project,
// and record what they change (fields, first month) for the document's signal.
template <typename T> class SetEntityCommand : public QUndoCommand {
public:
    // Pushes with the same mergeId and mergeKey on the same entity merge (one
    // slider drag is one mergeKey).
    SetEntityCommand(ProjectDocument *doc, EntityId id, std::optional<T> before,
                     std::optional<T> after, const QString &text, int mergeId = -1,
                     QUndoCommand *parent = nullptr, qint64 mergeKey = 0)
        : QUndoCommand(text, parent), m_doc(doc), m_entityId(id), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeId(mergeId), m_mergeKey(mergeKey)
    {
        record();
    }

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const SetEntityCommand<T> *>(other);
        if (!o || o->m_entityId != m_entityId || o->m_mergeKey != m_mergeKey || !m_after ||
            !o->m_after)
            return false;
        m_after = o->m_after;
        record();
        return true;
    }

    EntityFields fields() const { return m_fields; }
    int fromMonth() const { return m_fromMonth; }

private:
    // What the step changes, the same both ways (undo changes the same fields).
    void record()
    {
        m_fields = m_before && m_after ? changedFields(*m_before, *m_after) : kAllFields;
        m_fromMonth =
            firstChangedMonth<T>(m_before ? &*m_before : nullptr, m_after ? &*m_after : nullptr);
    }

    void apply(const std::optional<T> &value)
    {
        if (value)
            m_doc->putEntity(*value, m_fields, m_fromMonth);
        else
            m_doc->removeEntity<T>(m_entityId);
    }

    ProjectDocument *m_doc; // owns the undo stack that owns this command
    EntityId m_entityId;
    std::optional<T> m_before;
    std::optional<T> m_after;
    int m_mergeId;
    qint64 m_mergeKey;
    EntityFields m_fields = kAllFields;
    int m_fromMonth = 0;
};

// Replaces a project-wide value (boundary, settings, title) through a document setter.
template <typename V> class SetProjectValueCommand : public QUndoCommand {
public:
    using Setter = void (ProjectDocument::*)(const V &);
    SetProjectValueCommand(ProjectDocument *doc, Setter setter, V before, V after,
                           const QString &text, int mergeId = -1)
        : QUndoCommand(text), m_doc(doc), m_setter(setter), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeId(mergeId)
    {}
    void redo() override { (m_doc->*m_setter)(m_after); }
    void undo() override { (m_doc->*m_setter)(m_before); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const SetProjectValueCommand<V> *>(other);
        if (!o || o->m_setter != m_setter)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    ProjectDocument *m_doc;
    Setter m_setter;
    V m_before;
    V m_after;
    int m_mergeId;
};

} // namespace cc::edit
