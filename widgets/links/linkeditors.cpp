#include "widgets/links/linkeditors.h"

#include "models/domain/labels.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "widgets/links/linkmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

namespace cc {

namespace {
constexpr int kMonths = 240; // the longest horizon

QDate startDate(const Project &project)
{
    return QDate(project.settings.integer(SettingKey::StartYear),
                 project.settings.integer(SettingKey::StartMonth), 1);
}

QDoubleSpinBox *gainEditor(QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, 100);
    spin->setDecimals(1);
    spin->setSingleStep(1);
    spin->setSuffix(QStringLiteral("%"));
    return spin;
}

QDoubleSpinBox *costEditor(QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, 1e9);
    spin->setDecimals(0);
    spin->setSingleStep(5000);
    spin->setGroupSeparatorShown(true);
    return spin;
}
} // namespace

void fillFacilities(QComboBox *combo, const Project &project, FacilityLevel level)
{
    combo->clear();
    for (const Facility &f : project.facilities)
        if (f.level == level)
            combo->addItem(f.name, f.id);
}

void fillLinkKinds(QComboBox *combo)
{
    combo->clear();
    for (int k = 0; k < kLinkKindCount; ++k)
        combo->addItem(linkKindName(static_cast<LinkKind>(k)), k);
}

void fillLinkScenarios(QComboBox *combo, const Project &project)
{
    combo->clear();
    combo->addItem(LinkModel::tr("All scenarios"), EntityId(0));
    for (const Scenario &s : project.scenarios)
        combo->addItem(scenarioLabel(s), s.id);
}

QDateEdit *monthEditor(const Project &project, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    const QDate start = startDate(project);
    edit->setDateRange(start, start.addMonths(kMonths - 1));
    return edit;
}

void setMonth(QDateEdit *editor, const Project &project, int month)
{
    editor->setDate(startDate(project).addMonths(std::clamp(month, 0, kMonths - 1)));
}

int monthOf(const QDateEdit *editor, const Project &project)
{
    const QDate start = startDate(project), d = editor->date();
    return (d.year() - start.year()) * 12 + d.month() - start.month();
}

LinkDelegate::LinkDelegate(ProjectDocument *document, QObject *parent)
    : QStyledItemDelegate(parent), m_document(document)
{}

QWidget *LinkDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const Project &p = m_document->project();
    switch (index.column()) {
    case LinkModel::Hub:
    case LinkModel::Centre: {
        auto *combo = new QComboBox(parent);
        fillFacilities(combo, p,
                       index.column() == LinkModel::Hub ? FacilityLevel::CountyHospital
                                                        : FacilityLevel::TownshipCentre);
        return combo;
    }
    case LinkModel::Kind: {
        auto *combo = new QComboBox(parent);
        fillLinkKinds(combo);
        return combo;
    }
    case LinkModel::Scenario: {
        auto *combo = new QComboBox(parent);
        fillLinkScenarios(combo, p);
        return combo;
    }
    case LinkModel::From:
    case LinkModel::To:
        return monthEditor(p, parent);
    case LinkModel::Gain:
        return gainEditor(parent);
    case LinkModel::Cost:
        return costEditor(parent);
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void LinkDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    } else if (auto *month = qobject_cast<QDateEdit *>(editor)) {
        setMonth(month, m_document->project(), value.toInt());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(index.column() == LinkModel::Gain ? value.toDouble() * 100
                                                         : value.toDouble());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void LinkDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else if (auto *month = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, monthOf(month, m_document->project()), Qt::EditRole);
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        model->setData(index,
                       index.column() == LinkModel::Gain ? spin->value() / 100 : spin->value(),
                       Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

LinkDialog::LinkDialog(ProjectDocument *document, EntityId scenarioId, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Add Telemedicine Link"));
    const Project &p = document->project();
    auto *form = new QFormLayout(this);
    m_hub = new QComboBox(this);
    m_hub->setObjectName(QStringLiteral("hub"));
    fillFacilities(m_hub, p, FacilityLevel::CountyHospital);
    form->addRow(tr("&County hospital:"), m_hub);
    m_centre = new QComboBox(this);
    m_centre->setObjectName(QStringLiteral("centre"));
    fillFacilities(m_centre, p, FacilityLevel::TownshipCentre);
    form->addRow(tr("&Township centre:"), m_centre);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    fillLinkKinds(m_kind);
    form->addRow(tr("&Kind:"), m_kind);
    m_from = monthEditor(p, this);
    setMonth(m_from, p, 0);
    form->addRow(tr("&From:"), m_from);
    m_to = monthEditor(p, this);
    setMonth(m_to, p, kMonths - 1);
    form->addRow(tr("T&o:"), m_to);
    m_gain = gainEditor(this);
    m_gain->setToolTip(tr("Share of the township centre's gap to full capability the link "
                          "closes, for the service lines it serves"));
    form->addRow(tr("Capability &gain:"), m_gain);
    m_cost = costEditor(this);
    form->addRow(tr("&Yearly cost (yuan):"), m_cost);
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("scenario"));
    fillLinkScenarios(m_scenario, p);
    m_scenario->setCurrentIndex(
        std::max(0, m_scenario->findData(scenarioId == p.baselineScenarioId() ? 0 : scenarioId)));
    form->addRow(tr("&Scenario:"), m_scenario);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #D55E00"));
    m_error->hide();
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LinkDialog::kindChosen);
    kindChosen();
}

void LinkDialog::kindChosen()
{
    const LinkKindDefaults &d =
        linkKindDefaults(static_cast<LinkKind>(m_kind->currentData().toInt()));
    m_gain->setValue(d.capabilityGain * 100);
    m_cost->setValue(d.annualCostYuan);
}

TelemedicineLink LinkDialog::link() const
{
    const Project &p = m_document->project();
    TelemedicineLink l;
    l.hubFacilityId = m_hub->currentData().toLongLong();
    l.centreFacilityId = m_centre->currentData().toLongLong();
    l.kind = static_cast<LinkKind>(m_kind->currentData().toInt());
    l.startMonth = monthOf(m_from, p);
    l.endMonth = monthOf(m_to, p) + 1;
    l.capabilityGain = m_gain->value() / 100;
    l.annualCostYuan = m_cost->value();
    l.scenarioId = m_scenario->currentData().toLongLong();
    return l;
}

void LinkDialog::accept()
{
    const edit::EditResult result = edit::add(*m_document, link());
    if (!result) {
        m_error->setText(result.error);
        m_error->show();
        return;
    }
    m_added = result.id;
    QDialog::accept();
}

} // namespace cc
