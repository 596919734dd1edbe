#include "widgets/staffing/staffingdialogs.h"

#include "models/domain/labels.h"
#include "models/domain/monthlabels.h"
#include "widgets/staffing/monthspinbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace cc {

StaffDialog::StaffDialog(const Project &project, const StaffMember &member, QWidget *parent)
    : QDialog(parent), m_member(member)
{
    setWindowTitle(member.id ? tr("Edit Staff Member") : tr("Add Staff Member"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(member.name, this);
    form->addRow(tr("&Name:"), m_name);
    m_role = new QComboBox(this);
    for (int r = 0; r < kStaffRoleCount; ++r)
        m_role->addItem(roleName(static_cast<StaffRole>(r)), r);
    m_role->setCurrentIndex(static_cast<int>(member.role));
    form->addRow(tr("&Role:"), m_role);
    m_title = new QComboBox(this);
    for (int t = 0; t < kStaffTitleCount; ++t)
        m_title->addItem(titleName(static_cast<StaffTitle>(t)), t);
    m_title->setCurrentIndex(static_cast<int>(member.title));
    form->addRow(tr("&Title:"), m_title);
    m_employer = new QComboBox(this);
    m_employer->addItem(tr("Alliance (county hire)"), EntityId(0));
    m_home = new QComboBox(this);
    m_home->addItem(tr("(none)"), EntityId(0));
    for (const Facility &f : project.facilities) {
        if (!isInCounty(f.level))
            continue;
        m_employer->addItem(f.name, f.id);
        m_home->addItem(f.name, f.id);
    }
    m_employer->setCurrentIndex(std::max(0, m_employer->findData(member.employerFacilityId)));
    m_home->setCurrentIndex(std::max(0, m_home->findData(member.homeFacilityId)));
    form->addRow(tr("&Employer:"), m_employer);
    form->addRow(tr("&Works at:"), m_home);
    m_months = new QSpinBox(this);
    m_months->setRange(0, 600);
    m_months->setSuffix(tr(" months"));
    m_months->setValue(member.grassrootsMonths);
    form->addRow(tr("&Grassroots service:"), m_months);
    m_pay = new QDoubleSpinBox(this);
    m_pay->setRange(0, 1e7);
    m_pay->setDecimals(0);
    m_pay->setSingleStep(1000);
    m_pay->setSpecialValueText(tr("title default"));
    m_pay->setValue(member.annualSalaryYuan);
    form->addRow(tr("Annual &pay (yuan):"), m_pay);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

StaffMember StaffDialog::member() const
{
    StaffMember m = m_member;
    m.name = m_name->text().trimmed();
    m.role = static_cast<StaffRole>(m_role->currentData().toInt());
    m.title = static_cast<StaffTitle>(m_title->currentData().toInt());
    m.employerFacilityId = m_employer->currentData().toLongLong();
    m.homeFacilityId = m_home->currentData().toLongLong();
    m.grassrootsMonths = m_months->value();
    m.annualSalaryYuan = m_pay->value();
    return m;
}

PostingDialog::PostingDialog(const Project &project, const Posting &posting, QWidget *parent)
    : QDialog(parent), m_project(project), m_posting(posting)
{
    setWindowTitle(posting.id ? tr("Edit Posting") : tr("New Posting"));
    auto *form = new QFormLayout(this);
    const int horizon = std::max(1, project.settings.integer(SettingKey::HorizonMonths));
    auto *who = new QLabel(tr("%1 at %2")
                               .arg(project.staff.value(posting.staffId).name,
                                    project.facilities.value(posting.facilityId).name),
                           this);
    form->addRow(tr("Posting:"), who);
    m_start = new MonthSpinBox(project, this);
    m_start->setValue(std::clamp(posting.startMonth, 0, horizon - 1));
    form->addRow(tr("&From:"), m_start);
    m_months = new QSpinBox(this);
    m_months->setRange(1, horizon);
    m_months->setValue(std::max(1, posting.endMonth - posting.startMonth));
    m_months->setSuffix(tr(" months"));
    form->addRow(tr("&Length:"), m_months);
    m_fte = new QDoubleSpinBox(this);
    m_fte->setRange(0.05, 1.0);
    m_fte->setSingleStep(0.1);
    m_fte->setDecimals(2);
    m_fte->setValue(posting.fte);
    m_fte->setToolTip(tr("Share of full time: 0.2 is one day a week (a specialist's weekly "
                         "clinic), 1.0 a full-time rotation."));
    form->addRow(tr("&FTE:"), m_fte);
    m_scenario = new QComboBox(this);
    m_scenario->addItem(tr("Every scenario"), EntityId(0));
    for (const Scenario &s : project.scenarios)
        m_scenario->addItem(scenarioLabel(s), s.id);
    m_scenario->setCurrentIndex(std::max(0, m_scenario->findData(posting.scenarioId)));
    form->addRow(tr("&Scenario:"), m_scenario);
    m_summary = new QLabel(this);
    form->addRow(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_start, &QSpinBox::valueChanged, this, &PostingDialog::updateSummary);
    connect(m_months, &QSpinBox::valueChanged, this, &PostingDialog::updateSummary);
    updateSummary();
}

void PostingDialog::updateSummary()
{
    const Posting p = posting();
    const int minimum = m_project.settings.integer(SettingKey::StaffingMinTownshipMonths);
    QString text =
        tr("%1 to %2")
            .arg(monthLabel(m_project, p.startMonth), monthLabel(m_project, p.endMonth - 1));
    if (p.endMonth - p.startMonth < minimum &&
        isGrassroots(m_project.facilities.value(p.facilityId).level))
        text += QLatin1Char('\n') +
                tr("Shorter than %1 months: not counted as a grassroots posting.").arg(minimum);
    m_summary->setText(text);
}

Posting PostingDialog::posting() const
{
    Posting p = m_posting;
    p.startMonth = m_start->value();
    p.endMonth = p.startMonth + m_months->value();
    p.fte = m_fte->value();
    p.scenarioId = m_scenario->currentData().toLongLong();
    return p;
}

} // namespace cc
