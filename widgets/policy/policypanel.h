#pragma once

#include "models/domain/projectdocument.h"
#include "models/edit/policyedits.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace cc {

class ParameterEditor;
class ParameterSection;

// Every payment parameter of a scenario's policy schedule, grouped as the
// parameter registry groups them (revenue, reimbursement by level, global
// budget, DRG points, capitation) in collapsible groups whose headings say how
// many values the selected change sets; a search box shows only the
// parameters whose name (in the language shown), key or source matches. It edits the scenario on
// show (chosen in the toolbar); choose the policy change (the entry taking effect from a month) to
// edit; every edit is an undo command, a slider drag one undo step. Each value shows which change
// sets it (this one, or an earlier one it inherits from); an edit applies until a later change sets
// the parameter, from this month on, or only in this change (models/edit/policyedits.h), and a
// later change's value can be cleared.
class PolicyPanel : public QWidget {
    Q_OBJECT
public:
    explicit PolicyPanel(ProjectDocument *document, QWidget *parent = nullptr);

    // The scenario shown: the document's scenario on show (ProjectDocument::shownScenario).
    EntityId scenarioId() const { return m_scenarioId; }
    // Its name as shown (translated for the demo's scenarios); the dock's title says it.
    QString scenarioName() const;
    int entryIndex() const { return m_entryIndex; }
    // Puts a scenario on show (through the document) at its first change.
    void selectScenario(EntityId id);
    void selectEntry(int index);
    ParameterEditor *editor(PolicyKey key) const { return m_editors.value(int(key)); }
    QToolButton *inheritButton(PolicyKey key) const { return m_inherits.value(int(key)); }
    // "Set in the 2026-01 change" / "Inherited from the 2025-01 change".
    QString originText(PolicyKey key) const;
    edit::PolicyEditScope editScope() const;
    void setEditScope(edit::PolicyEditScope scope);
    QString message() const;

    // Groups and search.
    int groupCount() const;
    ParameterSection *group(int index) const;
    void setAllGroupsExpanded(bool expanded);
    // Closes every group when the open ones push a heading out of view (a
    // short dock at the first start).
    void keepEveryHeadingInView();
    QString filterText() const;
    void setFilterText(const QString &text);
    // The parameter's row is in view: its group open and not filtered out.
    bool isParameterShown(PolicyKey key) const;
    // Opens the parameter's group (clearing a search that hides it) and
    // scrolls to it.
    void revealParameter(PolicyKey key);

signals:
    void entrySelected(int entryIndex);
    void scenarioNameChanged(const QString &name);

private:
    struct RowPlace {
        ParameterSection *section = nullptr;
        int row = -1;
    };
    void showScenario(EntityId id);
    void buildEditors(QWidget *container);
    bool matchesFilter(PolicyKey key, const QString &text) const;
    void applyFilter(const QString &text);
    void reloadScenarios();
    void reloadEntries();
    void reloadValues();
    // An edit of values only: refreshes the editors whose value or origin changed.
    void refreshValues();
    // One parameter's editor, origin and Inherit button from `params` (of the selected change).
    void refreshKey(const Scenario &scenario, const PolicyParams &params, PolicyKey key);
    void updateSectionNotes(const Scenario &scenario);
    // The change selector still lists the shown scenario's changes.
    bool sameEntries() const;
    void addChange();
    void removeChange();
    void showMessage(const QString &text);
    QString monthLabel(int month) const;

    ProjectDocument *m_document;
    EntityId m_scenarioId = 0;
    int m_entryIndex = 0;
    QComboBox *m_entry;
    QComboBox *m_scope;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_note;
    QLabel *m_message;
    QLineEdit *m_filter;
    QScrollArea *m_scroll;
    QLabel *m_noMatch = nullptr;
    QVector<ParameterSection *> m_sections;
    QHash<ParameterSection *, bool> m_chosenExpanded; // the user's choice, outside a search
    QHash<int, RowPlace> m_rows;
    QHash<int, ParameterEditor *> m_editors;
    QHash<int, QLabel *> m_origins;
    QHash<int, QToolButton *> m_inherits;
    // Which change sets each key as shown (key), and the one before (-1 - key).
    QHash<int, int> m_sources;
};

} // namespace cc
