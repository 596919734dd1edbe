#include "widgets/policy/policypanel.h"

#include "models/domain/labels.h"
#include "models/edit/policyedits.h"
#include "models/sim/calendar.h"
#include "widgets/policy/parametereditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cc {

PolicyPanel::PolicyPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("scenario"));
    m_scenario->setToolTip(tr("The scenario whose payment policy you edit"));
    top->addRow(tr("Scenario"), m_scenario);

    auto *entryRow = new QHBoxLayout;
    m_entry = new QComboBox(this);
    m_entry->setObjectName(QStringLiteral("policyChange"));
    m_entry->setToolTip(tr("Policy changes take effect from a month and hold until the next one"));
    // A change's note can be a sentence (the demo reform's is): the combo
    // elides it rather than widening the dock and squeezing the map.
    for (QComboBox *combo : {m_scenario, m_entry}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_add = new QPushButton(tr("Add change..."), this);
    m_add->setToolTip(tr("Add a policy change that takes effect from a later month"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Remove this policy change (the one from month 0 stays)"));
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_add);
    entryRow->addWidget(m_remove);
    top->addRow(tr("In effect from"), entryRow);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("policyNote"));
    m_note->setPlaceholderText(tr("What this change is, e.g. global budget starts"));
    top->addRow(tr("Note"), m_note);
    layout->addLayout(top);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B00020;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *container = new QWidget(scroll);
    buildEditors(container);
    scroll->setWidget(container);
    layout->addWidget(scroll, 1);

    connect(m_scenario, &QComboBox::activated, this,
            [this](int) { selectScenario(m_scenario->currentData().value<EntityId>()); });
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
        m_scenarioId = m_document->project().baselineScenarioId();
        m_entryIndex = 0;
        reloadScenarios();
    });
    connect(document, &ProjectDocument::entityChanged, this,
            [this](EntityKind kind, EntityId id, ChangeKind) {
                if (kind != EntityKind::Scenario)
                    return;
                if (!m_document->project().scenarios.contains(m_scenarioId))
                    m_scenarioId = m_document->project().baselineScenarioId();
                if (id == m_scenarioId)
                    reloadEntries();
                reloadScenarios();
            });
    m_scenarioId = document->project().baselineScenarioId();
    reloadScenarios();
}

void PolicyPanel::buildEditors(QWidget *container)
{
    auto *layout = new QVBoxLayout(container);
    QString currentGroup;
    QFormLayout *form = nullptr;
    for (int k = 0; k < kPolicyKeyCount; ++k) {
        const auto key = static_cast<PolicyKey>(k);
        const ParameterSpec &spec = policySpec(key);
        const QString group = QCoreApplication::translate("cc::Parameters", spec.group);
        if (group != currentGroup || !form) {
            auto *box = new QGroupBox(group, container);
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            layout->addWidget(box);
            currentGroup = group;
        }
        auto *editor = new ParameterEditor(spec, container);
        auto *label =
            new QLabel(QCoreApplication::translate("cc::Parameters", spec.label), container);
        label->setToolTip(ParameterEditor::toolTipFor(spec));
        label->setBuddy(editor);
        label->setWordWrap(true);
        form->addRow(label, editor);
        m_editors.insert(k, editor);
        connect(editor, &ParameterEditor::edited, this, [this, key](double value, qint64 dragKey) {
            const edit::EditResult r =
                edit::setPolicyValue(*m_document, m_scenarioId, m_entryIndex, key, value, dragKey);
            showMessage(r ? QString() : r.error);
            if (!r)
                reloadValues();
        });
    }
    layout->addStretch();
}

QString PolicyPanel::monthLabel(int month) const
{
    const ModelSettings &s = m_document->project().settings;
    const sim::YearMonth ym = sim::yearMonthAt(s.integer(SettingKey::StartYear),
                                               s.integer(SettingKey::StartMonth), month);
    return QString::fromStdString(sim::formatYearMonth(ym));
}

void PolicyPanel::reloadScenarios()
{
    m_scenario->clear();
    for (const Scenario &s : m_document->project().scenarios)
        m_scenario->addItem(scenarioLabel(s.name), s.id);
    m_scenario->setCurrentIndex(std::max(0, m_scenario->findData(m_scenarioId)));
    reloadEntries();
}

void PolicyPanel::reloadEntries()
{
    const Scenario s = m_document->project().scenarios.value(m_scenarioId);
    m_entry->clear();
    for (int i = 0; i < s.schedule.size(); ++i) {
        const PolicyEntry &e = s.schedule[i];
        QString text = tr("Month %1 (%2)").arg(e.fromMonth).arg(monthLabel(e.fromMonth));
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
    const PolicyParams &params = s.schedule[m_entryIndex].params;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setValue(params.at(it.key()));
}

void PolicyPanel::selectScenario(EntityId id)
{
    if (!m_document->project().scenarios.contains(id))
        return;
    const bool changed = id != m_scenarioId;
    m_scenarioId = id;
    m_entryIndex = 0;
    m_scenario->setCurrentIndex(std::max(0, m_scenario->findData(id)));
    reloadEntries();
    if (changed)
        emit scenarioSelected(id);
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
    bool ok = false;
    const int month = QInputDialog::getInt(
        this, tr("Add Policy Change"),
        tr("Month from which the change takes effect (1 = %1):").arg(monthLabel(1)), 12, 1,
        std::max(1, horizon - 1), 1, &ok);
    if (!ok)
        return;
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
