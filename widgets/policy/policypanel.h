#pragma once

#include "models/domain/projectdocument.h"
#include "models/edit/policyedits.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace cc {

class ParameterEditor;

// Every payment parameter of a scenario's policy schedule, grouped as the
// parameter registry groups them (revenue, reimbursement by level, global
// budget, DRG points, capitation). Choose the scenario and the policy change
// (the entry taking effect from a month) to edit; every edit is an undo
// command, a slider drag one undo step. Each value shows which change sets
// it (this one, or an earlier one it inherits from); an edit applies until a
// later change sets the parameter, from this month on, or only in this change
// (models/edit/policyedits.h), and a later change's value can be cleared.
class PolicyPanel : public QWidget {
    Q_OBJECT
public:
    explicit PolicyPanel(ProjectDocument *document, QWidget *parent = nullptr);

    EntityId scenarioId() const { return m_scenarioId; }
    int entryIndex() const { return m_entryIndex; }
    void selectScenario(EntityId id);
    void selectEntry(int index);
    ParameterEditor *editor(PolicyKey key) const { return m_editors.value(int(key)); }
    QToolButton *inheritButton(PolicyKey key) const { return m_inherits.value(int(key)); }
    // "Set in the 2026-01 change" / "Inherited from the 2025-01 change".
    QString originText(PolicyKey key) const;
    edit::PolicyEditScope editScope() const;
    void setEditScope(edit::PolicyEditScope scope);
    QString message() const;

signals:
    void scenarioSelected(cc::EntityId scenarioId);
    void entrySelected(int entryIndex);

private:
    void buildEditors(QWidget *container);
    void reloadScenarios();
    void reloadEntries();
    void reloadValues();
    // An edit of values only: refreshes the editors whose value or origin changed.
    void refreshValues();
    // One parameter's editor, origin and Inherit button from `params` (of the selected change).
    void refreshKey(const Scenario &scenario, const PolicyParams &params, PolicyKey key);
    // The change selector still lists the shown scenario's changes.
    bool sameEntries() const;
    void addChange();
    void removeChange();
    void showMessage(const QString &text);
    QString monthLabel(int month) const;

    ProjectDocument *m_document;
    EntityId m_scenarioId = 0;
    int m_entryIndex = 0;
    QComboBox *m_scenario;
    QComboBox *m_entry;
    QComboBox *m_scope;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_note;
    QLabel *m_message;
    QHash<int, ParameterEditor *> m_editors;
    QHash<int, QLabel *> m_origins;
    QHash<int, QToolButton *> m_inherits;
    // Which change sets each key as shown (key), and the one before (-1 - key).
    QHash<int, int> m_sources;
};

} // namespace cc
