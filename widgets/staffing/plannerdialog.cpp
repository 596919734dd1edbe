#include "widgets/staffing/plannerdialog.h"

#include "models/domain/labels.h"
#include "models/domain/monthlabels.h"
#include "models/domain/projectdocument.h"
#include "models/staffing/staffingedits.h"
#include "widgets/staffing/monthspinbox.h"
#include "widgets/staffing/staffingdialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cc {

PlannerDialog::PlannerDialog(ProjectDocument *document, EntityId scenarioId, QWidget *parent)
    : QDialog(parent), m_document(document), m_scenario(scenarioId),
      m_cancelFlag(std::make_shared<std::atomic<bool>>(false))
{
    setWindowTitle(tr("Posting Planner"));
    resize(820, 560);
    const Project &p = document->project();
    const int horizon = std::max(1, p.settings.integer(SettingKey::HorizonMonths));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Proposes postings of alliance doctors (county hires) to township centres, one at a "
           "time, each the one that raises the in-county treatment rate over the horizon most "
           "in the simulation of scenario <b>%1</b>, while obeying the staffing rules and "
           "keeping each doctor's county hospital at or above its WISN staffing need.")
            .arg(scenarioLabel(p.scenarios.value(scenarioId)).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_count = new QSpinBox(this);
    m_count->setRange(1, 30);
    m_count->setValue(5);
    form->addRow(tr("&Proposals:"), m_count);
    m_start = new MonthSpinBox(p, this);
    m_start->setValue(0);
    form->addRow(tr("&From:"), m_start);
    m_months = new QSpinBox(this);
    m_months->setRange(1, horizon);
    m_months->setSuffix(tr(" months"));
    m_months->setValue(std::min(horizon, 12));
    form->addRow(tr("&Length:"), m_months);
    m_fte = new QDoubleSpinBox(this);
    m_fte->setRange(0.05, 1.0);
    m_fte->setDecimals(2);
    m_fte->setSingleStep(0.1);
    m_fte->setValue(1.0);
    form->addRow(tr("F&TE:"), m_fte);
    auto *who = new QHBoxLayout;
    m_gps = new QCheckBox(tr("&General practitioners"), this);
    m_gps->setChecked(true);
    m_specialists = new QCheckBox(tr("&Specialists"), this);
    m_specialists->setChecked(true);
    m_juniors = new QCheckBox(tr("Include &junior titles"), this);
    m_juniors->setToolTip(tr("Provincial practice posts doctors of intermediate title and above."));
    who->addWidget(m_gps);
    who->addWidget(m_specialists);
    who->addWidget(m_juniors);
    who->addStretch();
    form->addRow(tr("Doctors:"), who);
    m_thisScenario = new QCheckBox(tr("Only in this scenario"), this);
    m_thisScenario->setChecked(scenarioId != p.baselineScenarioId());
    form->addRow(QString(), m_thisScenario);
    layout->addLayout(form);

    auto *runBar = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel Run"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    runBar->addWidget(m_run);
    runBar->addWidget(m_cancel);
    runBar->addWidget(m_progress, 1);
    layout->addLayout(runBar);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Staff member"), tr("Role"), tr("Title"), tr("Township centre"),
                             tr("Months"), tr("FTE"), tr("Gain (pp)"), tr("In-county rate")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_acceptChecked = buttons->addButton(tr("Accept &Checked"), QDialogButtonBox::ActionRole);
    m_acceptAll = buttons->addButton(tr("Accept &All"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_acceptChecked, &QPushButton::clicked, this, [this] {
        if (accept(false))
            QDialog::accept();
    });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] {
        if (accept(true))
            QDialog::accept();
    });
    connect(m_run, &QPushButton::clicked, this, &PlannerDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &PlannerDialog::cancel);
    connect(&m_watcher, &QFutureWatcher<staffing::PlannerResult>::finished, this,
            &PlannerDialog::finished);
    setRunning(false);
    m_acceptChecked->setEnabled(false);
    m_acceptAll->setEnabled(false);
}

PlannerDialog::~PlannerDialog()
{
    m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

staffing::PlannerOptions PlannerDialog::options() const
{
    staffing::PlannerOptions o;
    o.scenarioId = m_scenario;
    o.postingScenarioId = m_thisScenario->isChecked() ? m_scenario : 0;
    o.proposals = m_count->value();
    o.startMonth = m_start->value();
    o.months = m_months->value();
    o.fte = m_fte->value();
    o.generalPractitioners = m_gps->isChecked();
    o.specialists = m_specialists->isChecked();
    o.juniors = m_juniors->isChecked();
    return o;
}

void PlannerDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *>{m_count, m_start, m_months, m_fte, m_gps,
                                                       m_specialists, m_juniors, m_thisScenario})
        w->setEnabled(!running);
    if (running) {
        m_acceptChecked->setEnabled(false);
        m_acceptAll->setEnabled(false);
    }
}

void PlannerDialog::run()
{
    if (m_watcher.isRunning())
        return;
    m_list->clear();
    m_result = {};
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    const Project project = m_document->project(); // a copy for the worker thread
    const staffing::PlannerOptions o = options();
    std::shared_ptr<std::atomic<bool>> flag = m_cancelFlag;
    QPointer<QProgressBar> bar = m_progress;
    m_progress->setValue(0);
    m_status->setText(tr("Simulating candidate postings..."));
    setRunning(true);
    m_watcher.setFuture(QtConcurrent::run([project, o, flag, bar] {
        return staffing::planPostings(project, o, [flag, bar](int done, int total) {
            const int value = total > 0 ? int(1000.0 * done / total) : 0;
            if (bar)
                QMetaObject::invokeMethod(bar, "setValue", Qt::QueuedConnection, Q_ARG(int, value));
            return !flag->load();
        });
    }));
}

void PlannerDialog::cancel()
{
    m_cancelFlag->store(true);
    m_status->setText(tr("Cancelling..."));
}

void PlannerDialog::finished()
{
    m_result = m_watcher.result();
    setRunning(false);
    m_progress->setValue(1000);
    const Project &p = m_document->project();
    const QLocale locale;
    for (const staffing::Proposal &proposal : m_result.proposals) {
        const StaffMember m = p.staff.value(proposal.posting.staffId);
        auto *item = new QTreeWidgetItem(m_list);
        item->setCheckState(0, Qt::Checked);
        item->setText(0, m.name);
        item->setText(1, roleName(m.role));
        item->setText(2, titleName(m.title));
        item->setText(3, p.facilities.value(proposal.posting.facilityId).name);
        item->setText(4,
                      QStringLiteral("%1 – %2").arg(monthLabel(p, proposal.posting.startMonth),
                                                    monthLabel(p, proposal.posting.endMonth - 1)));
        item->setText(5, locale.toString(proposal.posting.fte, 'f', 2));
        item->setText(6, QStringLiteral("+") + locale.toString(proposal.gain * 100, 'f', 3));
        item->setText(7, locale.toString(proposal.rateAfter * 100, 'f', 2) + QLatin1Char('%'));
    }
    if (!m_result.error.isEmpty())
        m_status->setText(m_result.error);
    else if (m_result.cancelled)
        m_status->setText(tr("Cancelled."));
    else
        m_status->setText(
            tr("In-county rate over the horizon %1% before; %n proposal(s) found after %2 "
               "simulated trials (%3 rejected for the rules, %4 for leaving a county hospital "
               "short). Gains are each proposal's own, given the ones above it.",
               nullptr, m_result.proposals.size())
                .arg(locale.toString(m_result.baseRate * 100, 'f', 2))
                .arg(m_result.evaluations)
                .arg(m_result.rejectedByRules)
                .arg(m_result.rejectedByCoverage));
    m_acceptChecked->setEnabled(!m_result.proposals.isEmpty());
    m_acceptAll->setEnabled(!m_result.proposals.isEmpty());
    emit finishedRun();
}

bool PlannerDialog::accept(bool all)
{
    QVector<Posting> chosen;
    for (int i = 0; i < m_result.proposals.size() && i < m_list->topLevelItemCount(); ++i)
        if (all || m_list->topLevelItem(i)->checkState(0) == Qt::Checked)
            chosen.push_back(m_result.proposals[i].posting);
    if (chosen.isEmpty())
        return false;
    const staffing::StaffingEditResult r = staffing::addPostings(
        *m_document, chosen, tr("Accept %n planned posting(s)", nullptr, chosen.size()));
    if (!r) {
        QMessageBox::warning(this, tr("Posting Planner"), r.error);
        return false;
    }
    return true;
}

} // namespace cc
