#include "widgets/policy/policypanel.h"

#include "models/domain/labels.h"
#include "models/edit/policyedits.h"
#include "widgets/policy/parametereditor.h"
#include "widgets/policy/parametersection.h"
#include "widgets/policy/policychanges.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>
#include <cstring>

namespace cc {

PolicyPanel::PolicyPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    // On a narrow dock a row whose field does not fit goes under its label
    // rather than widening the dock (and squeezing the map).
    top->setRowWrapPolicy(QFormLayout::WrapLongRows);
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The scenario is the one on show (the toolbar chooses it); the dock's
    // title names it (scenarioNameChanged), so no row of its own.
    auto *entryRow = new QHBoxLayout;
    m_entry = new QComboBox(this);
    m_entry->setObjectName(QStringLiteral("policyChange"));
    m_entry->setToolTip(tr("Policy changes take effect from a month and hold until the next one"));
    // A change's note can be a sentence (the demo reform's is): the combo
    // elides it rather than widening the dock and squeezing the map. It shares
    // its row with two buttons: at the least its month shows.
    m_entry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_entry->setMinimumContentsLength(7);
    m_add = new QPushButton(tr("Add change..."), this);
    m_add->setToolTip(tr("Add a policy change that takes effect from a later month"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Remove this policy change (the first one stays)"));
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_add);
    entryRow->addWidget(m_remove);
    top->addRow(tr("In effect from"), entryRow);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("policyNote"));
    m_note->setPlaceholderText(tr("What this change is, e.g. global budget starts"));
    // What an edit means for the months after the entry (models/edit/policyedits.h).
    // It shares the note's row; on a narrow dock the row wraps under its label.
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("editScope"));
    m_scope->addItem(tr("Edits hold until a later change"), int(edit::PolicyEditScope::Entry));
    m_scope->addItem(tr("Edits hold from this month on"), int(edit::PolicyEditScope::FromHereOn));
    m_scope->addItem(tr("Edits hold only in this change"),
                     int(edit::PolicyEditScope::OnlyThisEntry));
    m_scope->setItemData(0,
                         tr("The value holds from this change until a later change that sets "
                            "the same parameter."),
                         Qt::ToolTipRole);
    m_scope->setItemData(1,
                         tr("The value holds to the end of the horizon: later changes stop "
                            "setting this parameter."),
                         Qt::ToolTipRole);
    m_scope->setItemData(2,
                         tr("The value holds only until the next change; from then on the "
                            "parameter keeps the value it had before."),
                         Qt::ToolTipRole);
    m_scope->setToolTip(tr("What an edited value means for the months after this change"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addLayout(top);

    // Find a parameter by its name (in the language shown), its storage key
    // or its source; groups open and close from their headings.
    auto *findRow = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("parameterFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Find a parameter (name, key or source)"));
    m_filter->setToolTip(tr("Shows only the parameters whose name, storage key or source "
                            "contains the text (Ctrl+F). Enter goes to the first one."));
    auto *find =
        new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    auto *expandAll = new QToolButton(this);
    expandAll->setObjectName(QStringLiteral("expandAll"));
    expandAll->setText(tr("Open all"));
    expandAll->setToolTip(tr("Show the parameters of every group"));
    expandAll->setAutoRaise(true);
    auto *collapseAll = new QToolButton(this);
    collapseAll->setObjectName(QStringLiteral("collapseAll"));
    collapseAll->setText(tr("Close all"));
    collapseAll->setToolTip(tr("Show only the group headings"));
    collapseAll->setAutoRaise(true);
    findRow->addWidget(m_filter, 1);
    findRow->addWidget(expandAll);
    findRow->addWidget(collapseAll);
    layout->addLayout(findRow);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B00020;"));
    m_message->hide();
    layout->addWidget(m_message);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("parameterScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The change's note and the edit scope scroll with the parameters they
    // concern, so the panel asks no more height of a laptop's dock than the
    // change and the search box.
    auto *container = new QWidget(m_scroll);
    auto *containerLayout = new QVBoxLayout(container);
    containerLayout->setContentsMargins(0, 0, 4, 0);
    containerLayout->setSpacing(2);
    auto *changeForm = new QFormLayout;
    changeForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    changeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_scope);
    changeForm->addRow(tr("Note"), noteRow);
    containerLayout->addLayout(changeForm);
    buildEditors(container);
    m_scroll->setWidget(container);
    layout->addWidget(m_scroll, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &PolicyPanel::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        for (int k = 0; k < kPolicyKeyCount; ++k)
            if (isParameterShown(static_cast<PolicyKey>(k))) {
                revealParameter(static_cast<PolicyKey>(k));
                m_editors.value(k)->setFocus(Qt::OtherFocusReason);
                return;
            }
    });
    connect(expandAll, &QToolButton::clicked, this, [this] { setAllGroupsExpanded(true); });
    connect(collapseAll, &QToolButton::clicked, this, [this] { setAllGroupsExpanded(false); });

    connect(m_entry, &QComboBox::activated, this, [this](int index) { selectEntry(index); });
    connect(m_add, &QPushButton::clicked, this, &PolicyPanel::addChange);
    connect(m_remove, &QPushButton::clicked, this, &PolicyPanel::removeChange);
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        const Scenario s = m_document->project().scenarios.value(m_scenarioId);
        if (m_entryIndex < s.schedule.size() && s.schedule[m_entryIndex].note != m_note->text()) {
            const edit::EditResult r =
                edit::setPolicyNote(*m_document, m_scenarioId, m_entryIndex, m_note->text());
            showMessage(r ? QString() : r.error);
        }
    });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        m_scenarioId = m_document->shownScenario();
        m_entryIndex = 0;
        reloadScenarios();
    });
    connect(document, &ProjectDocument::entityEdited, this, [this](const EntityChange &change) {
        if (change.kind != EntityKind::Scenario)
            return;
        // A value of the shown scenario (a slider step, its undo): only the
        // editors whose value or origin changed.
        if (change.change == ChangeKind::Modified && change.fields == FieldSchedule &&
            change.id == m_scenarioId && sameEntries()) {
            refreshValues();
            return;
        }
        if (change.change == ChangeKind::Modified && change.fields == FieldSchedule &&
            change.id != m_scenarioId)
            return; // another scenario's values: nothing shown here
        if (!m_document->project().scenarios.contains(m_scenarioId))
            m_scenarioId = m_document->shownScenario();
        if (change.id == m_scenarioId)
            reloadEntries();
        reloadScenarios();
    });
    connect(document, &ProjectDocument::shownScenarioChanged, this, &PolicyPanel::showScenario);
    m_scenarioId = document->shownScenario();
    reloadScenarios();
}

void PolicyPanel::buildEditors(QWidget *container)
{
    auto *layout = static_cast<QVBoxLayout *>(container->layout());
    ParameterSection *section = nullptr;
    const char *currentGroup = nullptr;
    for (int k = 0; k < kPolicyKeyCount; ++k) {
        const auto key = static_cast<PolicyKey>(k);
        const ParameterSpec &spec = policySpec(key);
        if (!section || std::strcmp(spec.group, currentGroup) != 0) {
            section = new ParameterSection(
                QCoreApplication::translate("cc::Parameters", spec.group), container);
            section->setObjectName(QStringLiteral("group.%1").arg(m_sections.size()));
            // Only the first group opens at the start: every heading is in
            // view, and the user opens what they work on.
            section->setExpanded(m_sections.isEmpty());
            connect(section, &ParameterSection::expandedChanged, this, [this, section](bool on) {
                if (m_filter->text().trimmed().isEmpty())
                    m_chosenExpanded.insert(section, on);
            });
            m_chosenExpanded.insert(section, section->isExpanded());
            layout->addWidget(section);
            m_sections << section;
            currentGroup = spec.group;
        }
        auto *field = new QWidget(container);
        auto *fieldLayout = new QHBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        auto *editor = new ParameterEditor(spec, field);
        // Which change gives the value: this one, or an earlier one it inherits from.
        auto *origin = new QLabel(field);
        origin->setObjectName(QStringLiteral("origin.%1").arg(QLatin1String(spec.key)));
        QFont small = origin->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        origin->setFont(small);
        auto *inherit = new QToolButton(field);
        inherit->setObjectName(QStringLiteral("inherit.%1").arg(QLatin1String(spec.key)));
        inherit->setText(tr("Inherit"));
        inherit->setAutoRaise(true);
        fieldLayout->addWidget(editor, 1);
        fieldLayout->addWidget(origin);
        fieldLayout->addWidget(inherit);
        auto *label =
            new QLabel(QCoreApplication::translate("cc::Parameters", spec.label), container);
        label->setToolTip(ParameterEditor::toolTipFor(spec));
        label->setBuddy(editor);
        label->setWordWrap(true);
        const int row = section->addRow(label, field);
        m_rows.insert(k, {section, row});
        m_editors.insert(k, editor);
        m_origins.insert(k, origin);
        m_inherits.insert(k, inherit);
        connect(editor, &ParameterEditor::edited, this, [this, key](double value, qint64 dragKey) {
            const edit::EditResult r = edit::setPolicyValue(*m_document, m_scenarioId, m_entryIndex,
                                                            key, value, dragKey, editScope());
            showMessage(r ? QString() : r.error);
            if (!r)
                reloadValues();
        });
        connect(inherit, &QToolButton::clicked, this, [this, key] {
            const edit::EditResult r =
                edit::clearPolicyValue(*m_document, m_scenarioId, m_entryIndex, key);
            showMessage(r ? QString() : r.error);
        });
    }
    m_noMatch = new QLabel(tr("No parameter matches."), container);
    m_noMatch->setObjectName(QStringLiteral("noMatch"));
    m_noMatch->hide();
    layout->addWidget(m_noMatch);
    layout->addStretch();
}

bool PolicyPanel::matchesFilter(PolicyKey key, const QString &text) const
{
    const ParameterSpec &spec = policySpec(key);
    const auto has = [&text](const QString &s) { return s.contains(text, Qt::CaseInsensitive); };
    return has(QCoreApplication::translate("cc::Parameters", spec.label)) ||
           has(QLatin1String(spec.key)) ||
           has(QCoreApplication::translate("cc::Parameters", spec.source)) ||
           has(QCoreApplication::translate("cc::Parameters", spec.group));
}

void PolicyPanel::applyFilter(const QString &typed)
{
    const QString text = typed.trimmed();
    QHash<ParameterSection *, int> shown;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const bool match = text.isEmpty() || matchesFilter(static_cast<PolicyKey>(it.key()), text);
        it.value().section->setRowVisible(it.value().row, match);
        if (match)
            ++shown[it.value().section];
    }
    for (ParameterSection *section : std::as_const(m_sections)) {
        const bool any = shown.value(section) > 0;
        section->setVisible(any);
        // While searching every group with a match is open; clearing the
        // search gives back the groups the user had open.
        section->setExpanded(text.isEmpty() ? m_chosenExpanded.value(section) : any);
    }
    m_noMatch->setVisible(shown.isEmpty());
}

QString PolicyPanel::filterText() const
{
    return m_filter->text();
}

void PolicyPanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

int PolicyPanel::groupCount() const
{
    return int(m_sections.size());
}

ParameterSection *PolicyPanel::group(int index) const
{
    return m_sections.value(index);
}

void PolicyPanel::setAllGroupsExpanded(bool expanded)
{
    for (ParameterSection *section : std::as_const(m_sections))
        section->setExpanded(expanded);
}

void PolicyPanel::keepEveryHeadingInView()
{
    // The first group's parameters push the other headings out of a short
    // dock (a laptop's): the panel then opens on every group's heading, and the
    // user opens the group they work on.
    if (m_sections.isEmpty() || !m_filter->text().trimmed().isEmpty())
        return;
    QWidget *container = m_scroll->widget();
    container->layout()->activate();
    const QWidget *last = m_sections.last()->heading();
    if (last->mapTo(container, QPoint(0, last->height())).y() > m_scroll->viewport()->height())
        setAllGroupsExpanded(false);
}

bool PolicyPanel::isParameterShown(PolicyKey key) const
{
    const RowPlace place = m_rows.value(int(key));
    return place.section && !place.section->isHidden() && place.section->isExpanded() &&
           place.section->isRowVisible(place.row);
}

void PolicyPanel::revealParameter(PolicyKey key)
{
    const RowPlace place = m_rows.value(int(key));
    if (!place.section)
        return;
    if (!place.section->isRowVisible(place.row))
        m_filter->clear();
    place.section->setExpanded(true);
    // Lay out the opened group now, so the scroll position is computed on
    // the rows' real places.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_scroll->ensureWidgetVisible(m_editors.value(int(key)));
}

QString PolicyPanel::monthLabel(int month) const
{
    return projectMonthLabel(m_document->project(), month);
}

edit::PolicyEditScope PolicyPanel::editScope() const
{
    return static_cast<edit::PolicyEditScope>(m_scope->currentData().toInt());
}

void PolicyPanel::setEditScope(edit::PolicyEditScope scope)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(int(scope))));
}

QString PolicyPanel::originText(PolicyKey key) const
{
    const QLabel *origin = m_origins.value(int(key));
    return origin ? origin->toolTip() : QString();
}

QString PolicyPanel::scenarioName() const
{
    const auto it = m_document->project().scenarios.constFind(m_scenarioId);
    return it == m_document->project().scenarios.cend() ? QString() : scenarioLabel(*it);
}

void PolicyPanel::reloadScenarios()
{
    emit scenarioNameChanged(scenarioName());
    reloadEntries();
}

void PolicyPanel::reloadEntries()
{
    const Scenario s = m_document->project().scenarios.value(m_scenarioId);
    m_entry->clear();
    for (int i = 0; i < s.schedule.size(); ++i) {
        const PolicyEntry &e = s.schedule[i];
        QString text = monthLabel(e.fromMonth);
        if (!e.note.isEmpty())
            text += QStringLiteral(" · ") + e.note;
        m_entry->addItem(text);
    }
    m_entryIndex = std::clamp(m_entryIndex, 0, std::max(0, int(s.schedule.size()) - 1));
    m_entry->setCurrentIndex(m_entryIndex);
    m_remove->setEnabled(m_entryIndex > 0);
    m_note->setText(m_entryIndex < s.schedule.size() ? s.schedule[m_entryIndex].note : QString());
    reloadValues();
}

void PolicyPanel::reloadValues()
{
    const Scenario s = m_document->project().scenarios.value(m_scenarioId);
    if (m_entryIndex >= s.schedule.size())
        return;
    const PolicyParams params = policyOfEntry(s.schedule, m_entryIndex);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        refreshKey(s, params, static_cast<PolicyKey>(it.key()));
    updateSectionNotes(s);
}

void PolicyPanel::updateSectionNotes(const Scenario &s)
{
    // A closed group still says whether this change sets any of its values.
    QHash<ParameterSection *, int> setHereCount;
    if (m_entryIndex > 0)
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
            if (entrySetting(s.schedule, m_entryIndex, static_cast<PolicyKey>(it.key())) ==
                m_entryIndex)
                ++setHereCount[m_rows.value(it.key()).section];
    for (ParameterSection *section : std::as_const(m_sections)) {
        const int n = setHereCount.value(section);
        section->setNote(n > 0 ? tr("%n set in this change", nullptr, n) : QString());
    }
}

bool PolicyPanel::sameEntries() const
{
    const Scenario s = m_document->project().scenarios.value(m_scenarioId);
    if (s.schedule.size() != m_entry->count() || m_entryIndex >= s.schedule.size())
        return false;
    for (int i = 0; i < s.schedule.size(); ++i) {
        QString text = monthLabel(s.schedule[i].fromMonth);
        if (!s.schedule[i].note.isEmpty())
            text += QStringLiteral(" · ") + s.schedule[i].note;
        if (m_entry->itemText(i) != text)
            return false;
    }
    return true;
}

void PolicyPanel::refreshValues()
{
    const Scenario s = m_document->project().scenarios.value(m_scenarioId);
    const PolicyParams params = policyOfEntry(s.schedule, m_entryIndex);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const auto key = static_cast<PolicyKey>(it.key());
        if (it.value()->value() != params.at(it.key()) ||
            m_sources.value(it.key(), -2) != entrySetting(s.schedule, m_entryIndex, key) ||
            m_sources.value(-1 - it.key(), -2) != entrySetting(s.schedule, m_entryIndex - 1, key))
            refreshKey(s, params, key);
    }
    updateSectionNotes(s);
}

void PolicyPanel::refreshKey(const Scenario &s, const PolicyParams &params, PolicyKey key)
{
    // The value in force from the selected change on, and where it comes from.
    const QString here = monthLabel(s.schedule[m_entryIndex].fromMonth);
    const auto it = m_editors.constFind(int(key));
    it.value()->setValue(params.at(it.key()));
    const int source = entrySetting(s.schedule, m_entryIndex, key);
    m_sources.insert(it.key(), source);
    const bool setHere = source == m_entryIndex;
    QLabel *origin = m_origins.value(it.key());
    const QString sourceMonth = monthLabel(source >= 0 ? s.schedule[source].fromMonth : 0);
    if (setHere) {
        origin->setText(m_entryIndex == 0 ? QString() : tr("set here"));
        origin->setToolTip(tr("Set in the %1 change").arg(here));
        origin->setStyleSheet(QStringLiteral("font-weight: bold;"));
    } else {
        origin->setText(tr("from %1").arg(sourceMonth));
        origin->setToolTip(tr("Inherited from the %1 change").arg(sourceMonth));
        origin->setStyleSheet(QStringLiteral("color: #666666;"));
    }
    QToolButton *inherit = m_inherits.value(it.key());
    inherit->setVisible(m_entryIndex > 0 && setHere);
    const int earlier = entrySetting(s.schedule, m_entryIndex - 1, key);
    m_sources.insert(-1 - it.key(), earlier);
    inherit->setToolTip(tr("Clear: take the value of the %1 change")
                            .arg(monthLabel(earlier >= 0 ? s.schedule[earlier].fromMonth : 0)));
}

void PolicyPanel::selectScenario(EntityId id)
{
    if (!m_document->project().scenarios.contains(id))
        return;
    if (id == m_document->shownScenario())
        showScenario(id); // back to its first change
    else
        m_document->setShownScenario(id); // shown through the document's signal
}

void PolicyPanel::showScenario(EntityId id)
{
    m_scenarioId = id;
    m_entryIndex = 0;
    reloadScenarios();
}

void PolicyPanel::selectEntry(int index)
{
    const bool changed = index != m_entryIndex;
    m_entryIndex = index;
    reloadEntries();
    if (changed)
        emit entrySelected(m_entryIndex);
}

void PolicyPanel::addChange()
{
    const int horizon = m_document->project().settings.integer(SettingKey::HorizonMonths);
    // Calendar months, never month indices: the first entry holds the first month.
    QStringList months;
    for (int m = 1; m < std::max(2, horizon); ++m)
        months << monthLabel(m);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Add Policy Change"), tr("Month from which the change takes effect:"), months,
        std::min(11, int(months.size()) - 1), false, &ok);
    if (!ok || !months.contains(chosen))
        return;
    const int month = int(months.indexOf(chosen)) + 1;
    const edit::EditResult r = edit::addPolicyChange(*m_document, m_scenarioId, month);
    showMessage(r ? QString() : r.error);
    if (!r)
        return;
    const Scenario s = m_document->project().scenarios.value(m_scenarioId);
    for (int i = 0; i < s.schedule.size(); ++i)
        if (s.schedule[i].fromMonth == month)
            selectEntry(i);
}

void PolicyPanel::removeChange()
{
    const edit::EditResult r = edit::removePolicyChange(*m_document, m_scenarioId, m_entryIndex);
    showMessage(r ? QString() : r.error);
    if (r)
        selectEntry(m_entryIndex - 1);
}

void PolicyPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString PolicyPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace cc
