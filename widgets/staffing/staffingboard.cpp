#include "widgets/staffing/staffingboard.h"

#include "models/domain/labels.h"
#include "models/domain/monthlabels.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "models/exchange/csvtable.h"
#include "models/staffing/staffcsv.h"
#include "models/staffing/staffingedits.h"
#include "models/staffing/staffingneed.h"
#include "widgets/staffing/needview.h"
#include "widgets/staffing/plannerdialog.h"
#include "widgets/staffing/rostermodel.h"
#include "widgets/staffing/staffingdialogs.h"
#include "widgets/staffing/timelineview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc {

using namespace staffing;

namespace {

// Filters the roster by a search text over every column and by role.
class RosterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int role = -1;
    void setRole(int r)
    {
        role = r;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (role >= 0 &&
            sourceModel()->index(row, RosterModel::Role, parent).data(Qt::UserRole).toInt() != role)
            return false;
        const QRegularExpression re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        for (int c = 0; c < sourceModel()->columnCount(parent); ++c)
            if (sourceModel()->index(row, c, parent).data().toString().contains(re))
                return true;
        return false;
    }
};

QIcon severityIcon(const QWidget *w, Severity s)
{
    return w->style()->standardIcon(s == Severity::Refuse ? QStyle::SP_MessageBoxCritical
                                                          : QStyle::SP_MessageBoxWarning);
}

} // namespace

StaffingBoard::StaffingBoard(ProjectDocument *document, SimulationController *simulation,
                             QWidget *parent)
    : QWidget(parent), m_document(document), m_simulation(simulation)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_indicators = new QLabel(this);
    m_indicators->setTextFormat(Qt::RichText);
    m_indicators->setWordWrap(true);
    layout->addWidget(m_indicators);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_tabs = new QTabWidget(split);
    m_roster = new RosterModel(document, this);
    m_tabs->addTab(createRosterTab(), tr("&Roster"));
    m_tabs->addTab(createPostingsTab(), tr("&Postings"));
    m_need = new NeedView(m_tabs);
    m_tabs->addTab(m_need, tr("&Need vs Posted"));
    m_tabs->addTab(createRulesTab(), tr("R&ules"));
    split->addWidget(m_tabs);

    auto *problemsBox = new QWidget(split);
    auto *pl = new QVBoxLayout(problemsBox);
    pl->setContentsMargins(0, 0, 0, 0);
    auto *problemsTitle =
        new QLabel(tr("<b>Problems</b> (double-click to go to the cause)"), problemsBox);
    pl->addWidget(problemsTitle);
    m_problems = new QTreeWidget(problemsBox);
    m_problems->setObjectName(QStringLiteral("staffingProblems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("Rule"), tr("Months"), tr("Problem")});
    m_problems->header()->setStretchLastSection(true);
    m_problems->setUniformRowHeights(true);
    pl->addWidget(m_problems);
    split->addWidget(problemsBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_problems, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        activateProblem(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_need, &NeedView::facilityActivated, this, [this](EntityId f, int month) {
        showTab(PostingsTab);
        m_timeline->selectFacility(f, month);
    });

    connect(document, &ProjectDocument::projectReset, this, &StaffingBoard::scheduleRefresh);
    connect(document, &ProjectDocument::settingsChanged, this, &StaffingBoard::scheduleRefresh);
    // The rules re-check on staffing edits only: not on a policy value (a
    // scenario's schedule) or a place moved on the map.
    connect(document, &ProjectDocument::entityEdited, this, [this](const EntityChange &c) {
        const bool added = c.change != ChangeKind::Modified;
        const bool staffing = c.kind == EntityKind::Staff || c.kind == EntityKind::Posting;
        const bool place = (c.kind == EntityKind::Facility || c.kind == EntityKind::Settlement) &&
                           (added || (c.fields & (FieldLabel | FieldModel)));
        const bool scenario = c.kind == EntityKind::Scenario && (added || (c.fields & FieldLabel));
        if (staffing || place || scenario)
            scheduleRefresh();
    });
    if (simulation) {
        connect(simulation, &SimulationController::resultsReady, this, &StaffingBoard::refreshNeed);
        connect(simulation, &SimulationController::scenarioChanged, this,
                &StaffingBoard::scheduleRefresh);
    }
    refresh();
}

EntityId StaffingBoard::scenario() const
{
    const EntityId s = m_simulation ? m_simulation->scenario() : 0;
    return s ? s : m_document->project().baselineScenarioId();
}

void StaffingBoard::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QWidget *StaffingBoard::createRosterTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("Search name, facility, title..."));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_roleFilter = new QComboBox(page);
    m_roleFilter->addItem(tr("All roles"), -1);
    for (int r = 0; r < kStaffRoleCount; ++r)
        m_roleFilter->addItem(roleName(static_cast<StaffRole>(r)), r);
    bar->addWidget(m_roleFilter);
    auto button = [&](const QString &text, const QString &tip, void (StaffingBoard::*slot)()) {
        auto *b = new QPushButton(text, page);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(tr("&Add..."), tr("Add a staff member"), &StaffingBoard::addStaff);
    button(tr("&Edit..."), tr("Edit the selected staff member"), &StaffingBoard::editSelectedStaff);
    button(tr("Remo&ve"), tr("Remove the selected staff members and their postings"),
           &StaffingBoard::removeSelectedStaff);
    button(tr("&Import CSV..."), tr("Add staff from a CSV file (UTF-8 or GB18030)"),
           &StaffingBoard::importStaffCsv);
    layout->addLayout(bar);

    auto *proxy = new RosterProxy(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_roster);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_rosterView = new QTableView(page);
    m_rosterView->setObjectName(QStringLiteral("staffRoster"));
    m_rosterView->setModel(m_proxy);
    m_rosterView->setSortingEnabled(true);
    m_rosterView->sortByColumn(RosterModel::Name, Qt::AscendingOrder);
    m_rosterView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rosterView->setDragEnabled(true);
    m_rosterView->setDragDropMode(QAbstractItemView::DragOnly);
    m_rosterView->verticalHeader()->hide();
    m_rosterView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_rosterView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rosterView->horizontalHeader()->setStretchLastSection(true);
    m_rosterView->setToolTip(
        tr("Drag staff onto a facility row of the Postings tab to post them."));
    layout->addWidget(m_rosterView, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterRegularExpression(QRegularExpression(
            QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption));
    });
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this,
            [this, proxy] { proxy->setRole(m_roleFilter->currentData().toInt()); });
    connect(m_rosterView, &QTableView::doubleClicked, this, &StaffingBoard::editSelectedStaff);
    return page;
}

QWidget *StaffingBoard::createPostingsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Rows:"), page));
    m_rowsMode = new QComboBox(page);
    m_rowsMode->addItem(tr("Facilities"));
    m_rowsMode->addItem(tr("Staff"));
    bar->addWidget(m_rowsMode);
    auto *legend = new QLabel(
        tr("<span style='color:#2e8b57'>■</span> GP &nbsp; <span style='color:#2f6db5'>■</span> "
           "specialist &nbsp; <span style='color:#8e5aa8'>■</span> nurse &nbsp; "
           "<span style='color:#d0851c'>■</span> public health &nbsp; faint = part time &nbsp; "
           "<span style='color:#e67e22'>▨</span> warning &nbsp; "
           "<span style='color:#c0392b'>▨</span> refused"),
        page);
    legend->setWordWrap(true); // the board fits a laptop screen's width
    legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(legend, 1);
    // The month scale: the whole horizon by default, zoomed in to read bars.
    auto *zoomOut = new QToolButton(page);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out the month scale (Ctrl + mouse wheel)"));
    auto *zoomIn = new QToolButton(page);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in the month scale (Ctrl + mouse wheel)"));
    m_wholeHorizon = new QToolButton(page);
    m_wholeHorizon->setObjectName(QStringLiteral("wholeHorizon"));
    m_wholeHorizon->setText(tr("Whole &Horizon"));
    m_wholeHorizon->setToolTip(tr("Fit every month of the horizon into the view"));
    m_wholeHorizon->setCheckable(true);
    m_wholeHorizon->setChecked(true);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(m_wholeHorizon);
    auto *plan = new QPushButton(tr("&Plan Postings..."), page);
    plan->setToolTip(tr("Propose postings of alliance doctors to township centres that raise the "
                        "in-county treatment rate most"));
    connect(plan, &QPushButton::clicked, this, &StaffingBoard::openPlanner);
    bar->addWidget(plan);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, page);
    // A compact staff list to drag from, beside the timeline.
    auto *list = new QTableView(split);
    list->setObjectName(QStringLiteral("postingStaffList"));
    list->setModel(m_proxy);
    for (int c = 0; c < RosterModel::ColumnCount; ++c)
        list->setColumnHidden(c, c != RosterModel::Name && c != RosterModel::Role &&
                                     c != RosterModel::Title);
    list->setSortingEnabled(true);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setDragEnabled(true);
    list->setDragDropMode(QAbstractItemView::DragOnly);
    list->verticalHeader()->hide();
    list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    list->horizontalHeader()->setStretchLastSection(true);
    list->setToolTip(tr("Drag a staff member onto a facility row to post them there."));
    m_timelineScroll = new QScrollArea(split);
    m_timeline = new TimelineView;
    m_timeline->setObjectName(QStringLiteral("postingsTimeline"));
    m_timelineScroll->setWidget(m_timeline);
    m_timelineScroll->setWidgetResizable(false);
    m_timelineScroll->viewport()->installEventFilter(this); // fits the horizon on resize
    auto zoomBy = [this](int sign) {
        const int width = m_timeline->monthWidth();
        m_wholeHorizon->setChecked(false);
        m_timeline->setMonthWidth(width + sign * std::max(1, width / 4));
    };
    connect(zoomOut, &QToolButton::clicked, this, [zoomBy] { zoomBy(-1); });
    connect(zoomIn, &QToolButton::clicked, this, [zoomBy] { zoomBy(+1); });
    connect(m_timeline, &TimelineView::zoomedByUser, this,
            [this] { m_wholeHorizon->setChecked(false); });
    connect(m_wholeHorizon, &QToolButton::toggled, this, &StaffingBoard::fitTimeline);
    split->addWidget(list);
    split->addWidget(m_timelineScroll);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 900});
    layout->addWidget(split, 1);

    connect(m_rowsMode, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_timeline->setRows(i == 0 ? TimelineView::Rows::Facilities : TimelineView::Rows::Staff);
    });
    connect(m_timeline, &TimelineView::ensureVisibleRequested, this, [this](const QRect &r) {
        m_timelineScroll->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 40,
                                        r.height() / 2 + 40);
        const QSignalBlocker block(m_rowsMode);
        m_rowsMode->setCurrentIndex(m_timeline->rows() == TimelineView::Rows::Facilities ? 0 : 1);
    });
    connect(m_timeline, &TimelineView::postingChangeRequested, this,
            [this](const Posting &p) { changePosting(p); });
    connect(m_timeline, &TimelineView::postingEditRequested, this,
            [this](EntityId id) { editPosting(id); });
    connect(m_timeline, &TimelineView::postingRemoveRequested, this,
            [this](EntityId id) { removePosting(id); });
    connect(m_timeline, &TimelineView::staffDropped, this,
            [this](EntityId staff, EntityId facility, int month) {
                createPosting(staff, facility, month, true);
            });
    return page;
}

void StaffingBoard::fitTimeline()
{
    if (m_wholeHorizon->isChecked())
        m_timeline->setMonthWidth(
            m_timeline->monthWidthToFit(m_timelineScroll->viewport()->width()));
}

bool StaffingBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_timelineScroll->viewport() && event->type() == QEvent::Resize)
        fitTimeline();
    return QWidget::eventFilter(watched, event);
}

QWidget *StaffingBoard::createRulesTab()
{
    m_rules = new QWidget(this);
    auto *form = new QFormLayout(m_rules);
    auto intro = new QLabel(tr("Staffing rules of this project. <i>Refuse</i> stops an edit that "
                               "breaks the rule; <i>Warn</i> lets it through and lists it under "
                               "Problems."),
                            m_rules);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto severityBox = [this](Rule rule) {
        auto *box = new QComboBox(m_rules);
        for (int s = 0; s <= 2; ++s)
            box->addItem(severityName(static_cast<Severity>(s)), s);
        box->setObjectName(QStringLiteral("severity%1").arg(static_cast<int>(rule)));
        connect(box, &QComboBox::currentIndexChanged, this, [this, rule, box] {
            if (m_updatingRules)
                return;
            ModelSettings s = m_document->project().settings;
            s[severityKey(rule)] = box->currentData().toInt();
            const edit::EditResult r = edit::setSettings(*m_document, s);
            if (!r)
                QMessageBox::warning(this, tr("Staffing Rules"), r.error);
        });
        return box;
    };
    auto valueBox = [this](SettingKey key, double step, int decimals) {
        const ParameterSpec &spec = settingSpec(key);
        auto *box = new QDoubleSpinBox(m_rules);
        box->setRange(spec.minimum, spec.maximum);
        box->setDecimals(decimals);
        box->setSingleStep(step);
        const QString unit = QCoreApplication::translate("cc::Parameters", spec.unit);
        if (!unit.isEmpty())
            box->setSuffix(QLatin1Char(' ') + unit);
        box->setToolTip(
            QCoreApplication::translate("cc::Parameters", spec.help) + QStringLiteral("\n") +
            tr("Source: %1").arg(QCoreApplication::translate("cc::Parameters", spec.source)));
        box->setObjectName(QString::fromLatin1(spec.key));
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, key](double v) {
            if (m_updatingRules)
                return;
            ModelSettings s = m_document->project().settings;
            s[key] = v;
            const edit::EditResult r = edit::setSettings(*m_document, s);
            if (!r)
                QMessageBox::warning(this, tr("Staffing Rules"), r.error);
        });
        return box;
    };
    auto row = [&](Rule rule, std::initializer_list<std::tuple<SettingKey, double, int>> values) {
        auto *line = new QHBoxLayout;
        line->addWidget(severityBox(rule));
        for (const auto &[key, step, decimals] : values) {
            line->addWidget(
                new QLabel(QCoreApplication::translate("cc::Parameters", settingSpec(key).label) +
                               QLatin1Char(':'),
                           m_rules));
            line->addWidget(valueBox(key, step, decimals));
        }
        line->addStretch();
        form->addRow(ruleName(rule) + QLatin1Char(':'), line);
    };
    row(Rule::FtePerPerson, {{SettingKey::StaffingMaxFte, 0.1, 2}});
    row(Rule::MinPostingMonths, {{SettingKey::StaffingMinTownshipMonths, 1, 0}});
    row(Rule::TownshipMinimumStaff,
        {{SettingKey::StaffingMinTownshipPosts, 1, 1}, {SettingKey::StaffingGpPer10k, 0.5, 1}});
    row(Rule::PromotionService, {{SettingKey::StaffingPromotionMonths, 1, 0}});
    auto *payTitle =
        new QLabel(tr("<b>Pay assumed when a person's own pay is not entered</b>"), m_rules);
    form->addRow(payTitle);
    for (SettingKey key : {SettingKey::SalaryJuniorYuan, SettingKey::SalaryIntermediateYuan,
                           SettingKey::SalarySeniorYuan})
        form->addRow(QCoreApplication::translate("cc::Parameters", settingSpec(key).label) +
                         QLatin1Char(':'),
                     valueBox(key, 5000, 0));
    return m_rules;
}

void StaffingBoard::updateRulesTab()
{
    m_updatingRules = true;
    const ModelSettings &s = m_document->project().settings;
    for (int r = 0; r < kRuleCount; ++r)
        if (auto *box = m_rules->findChild<QComboBox *>(QStringLiteral("severity%1").arg(r)))
            box->setCurrentIndex(static_cast<int>(severityOf(s, static_cast<Rule>(r))));
    for (auto *box : m_rules->findChildren<QDoubleSpinBox *>()) {
        const int k = settingKeyIndex(box->objectName().toLatin1().constData());
        if (k >= 0)
            box->setValue(s.at(k));
    }
    m_updatingRules = false;
}

void StaffingBoard::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &StaffingBoard::refresh);
}

void StaffingBoard::refresh()
{
    m_refreshPending = false;
    const Project &p = m_document->project();
    const EntityId s = scenario();
    m_roster->setScenario(s);
    m_violations = checkRules(p, s);
    m_timeline->setData(p, s, m_violations);
    fitTimeline(); // the horizon may have changed
    updateRulesTab();

    m_problems->clear();
    for (int i = 0; i < m_violations.size(); ++i) {
        const Violation &v = m_violations[i];
        auto *item = new QTreeWidgetItem(m_problems);
        item->setIcon(0, severityIcon(this, v.severity));
        item->setText(0, ruleName(v.rule));
        item->setText(1, v.fromMonth >= 0
                             ? QStringLiteral("%1 – %2").arg(monthLabel(p, v.fromMonth),
                                                             monthLabel(p, v.toMonth - 1))
                             : QString());
        item->setText(2, v.message);
        item->setToolTip(2, v.message);
        item->setData(0, Qt::UserRole, i);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);

    // Indicators.
    const QVector<double> doctors = countyDoctorsPer10k(p, s);
    double peak = 0, mean = 0;
    for (double d : doctors) {
        peak = std::max(peak, d);
        mean += d;
    }
    mean = doctors.isEmpty() ? 0 : mean / doctors.size();
    int refused = 0, warned = 0;
    for (const Violation &v : m_violations)
        (v.severity == Severity::Refuse ? refused : warned) += 1;
    int postings = p.postingsOf(s).size();
    const QLocale locale;
    m_indicators->setText(
        tr("Scenario <b>%1</b>: %2 staff, %3 postings. County doctors posted %10+ months: "
           "<b>%4</b> per 10,000 residents on average (peak %5). Alliance staff pool: %6 people, "
           "pay <b>%7 million yuan</b> a year. Problems: %8 refused, %9 warnings.")
            .arg(scenarioLabel(p.scenarios.value(s)).toHtmlEscaped())
            .arg(p.staff.size())
            .arg(postings)
            .arg(locale.toString(mean, 'f', 2), locale.toString(peak, 'f', 2))
            .arg(allianceStaffCount(p))
            .arg(locale.toString(alliancePayrollYuan(p) / 1e6, 'f', 1))
            .arg(refused)
            .arg(warned)
            .arg(p.settings.integer(SettingKey::StaffingMinTownshipMonths)));
    refreshNeed();
}

void StaffingBoard::refreshNeed()
{
    const SimulationResultsPtr r = m_simulation ? m_simulation->results() : nullptr;
    const Project &p = m_document->project();
    if (!r || r->results.months == 0) {
        m_need->setData(p, StaffingNeed{});
        return;
    }
    m_need->setData(p, staffingNeed(p, r->scenarioId ? r->scenarioId : p.baselineScenarioId(),
                                    r->results, r->ids));
}

void StaffingBoard::activateProblem(int index)
{
    if (index < 0 || index >= m_violations.size())
        return;
    const Violation &v = m_violations[index];
    switch (v.rule) {
    case Rule::FtePerPerson:
        showTab(PostingsTab);
        m_timeline->selectStaff(v.staffId, v.fromMonth);
        if (!v.postingIds.isEmpty())
            m_timeline->selectPosting(v.postingIds.front());
        break;
    case Rule::MinPostingMonths:
        showTab(PostingsTab);
        m_timeline->selectFacility(v.facilityId, v.fromMonth);
        if (!v.postingIds.isEmpty())
            m_timeline->selectPosting(v.postingIds.front());
        break;
    case Rule::TownshipMinimumStaff:
        showTab(PostingsTab);
        m_timeline->selectFacility(v.facilityId, v.fromMonth);
        if (!v.postingIds.isEmpty())
            m_timeline->selectPosting(v.postingIds.front());
        break;
    case Rule::PromotionService: {
        showTab(RosterTab);
        m_search->clear();
        const int row = m_roster->rowOf(v.staffId);
        const QModelIndex i = m_proxy->mapFromSource(m_roster->index(row, 0));
        if (i.isValid()) {
            m_rosterView->selectRow(i.row());
            m_rosterView->scrollTo(i, QAbstractItemView::PositionAtCenter);
        }
        break;
    }
    }
}

void StaffingBoard::report(bool ok, const QString &error, const QVector<Violation> &warnings,
                           const QString &done)
{
    if (!ok) {
        QMessageBox::warning(this, tr("Staffing"), error);
        refresh(); // put dragged bars back
        return;
    }
    if (!warnings.isEmpty())
        emit statusMessage(tr("%1 Warning: %2").arg(done, warnings.front().message), 10000);
    else
        emit statusMessage(done, 4000);
}

bool StaffingBoard::createPosting(EntityId staffId, EntityId facilityId, int month, bool ask)
{
    const Project &p = m_document->project();
    if (!p.staff.contains(staffId) || !p.facilities.contains(facilityId))
        return false;
    const int horizon = std::max(1, p.settings.integer(SettingKey::HorizonMonths));
    Posting posting;
    posting.staffId = staffId;
    posting.facilityId = facilityId;
    posting.startMonth = std::clamp(month, 0, horizon - 1);
    const int minimum = p.settings.integer(SettingKey::StaffingMinTownshipMonths);
    posting.endMonth = std::min(horizon, posting.startMonth + minimum);
    posting.fte = 1.0;
    const EntityId s = scenario();
    posting.scenarioId = s == p.baselineScenarioId() ? 0 : s;
    if (ask) {
        PostingDialog dialog(p, posting, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        posting = dialog.posting();
    }
    const StaffingEditResult r = staffing::addPosting(*m_document, posting);
    report(r.ok, r.error, r.warnings,
           tr("Posted %1 to %2.")
               .arg(p.staff.value(staffId).name, p.facilities.value(facilityId).name));
    if (r.ok)
        m_timeline->selectPosting(r.id);
    return r.ok;
}

bool StaffingBoard::changePosting(const Posting &posting)
{
    const StaffingEditResult r = staffing::changePosting(*m_document, posting);
    report(r.ok, r.error, r.warnings, tr("Posting changed."));
    return r.ok;
}

bool StaffingBoard::editPosting(EntityId postingId)
{
    const Project &p = m_document->project();
    if (!p.postings.contains(postingId))
        return false;
    PostingDialog dialog(p, p.postings.value(postingId), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return changePosting(dialog.posting());
}

bool StaffingBoard::removePosting(EntityId postingId)
{
    const StaffingEditResult r = staffing::removePosting(*m_document, postingId);
    report(r.ok, r.error, r.warnings, tr("Posting removed."));
    return r.ok;
}

QVector<EntityId> StaffingBoard::selectedStaff() const
{
    QVector<EntityId> ids;
    for (const QModelIndex &i : m_rosterView->selectionModel()->selectedRows())
        ids.push_back(m_roster->staffIdAt(m_proxy->mapToSource(i).row()));
    return ids;
}

void StaffingBoard::addStaff()
{
    StaffMember m;
    m.name = tr("New staff member");
    StaffDialog dialog(m_document->project(), m, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StaffingEditResult r = staffing::addStaff(*m_document, dialog.member());
    report(r.ok, r.error, r.warnings, tr("Staff member added."));
}

void StaffingBoard::editSelectedStaff()
{
    const QVector<EntityId> ids = selectedStaff();
    if (ids.isEmpty())
        return;
    StaffDialog dialog(m_document->project(), m_document->project().staff.value(ids.front()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StaffingEditResult r = staffing::changeStaff(*m_document, dialog.member());
    report(r.ok, r.error, r.warnings, tr("Staff member changed."));
}

void StaffingBoard::removeSelectedStaff()
{
    const QVector<EntityId> ids = selectedStaff();
    if (ids.isEmpty())
        return;
    if (ids.size() == 1) {
        const StaffingEditResult r = staffing::removeStaff(*m_document, ids.front());
        report(r.ok, r.error, r.warnings, tr("Staff member removed."));
        return;
    }
    edit::MacroScope macro(*m_document, tr("Remove %n staff members", nullptr, ids.size()));
    for (EntityId id : ids) {
        const StaffingEditResult r = staffing::removeStaff(*m_document, id);
        if (!r) {
            QMessageBox::warning(this, tr("Staffing"), r.error);
            break;
        }
    }
}

void StaffingBoard::importStaffCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Staff"), QString(),
                                                      tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    const exchange::CsvTable table = exchange::readCsvFile(path);
    const StaffCsvImport imported = staffFromCsv(table, m_document->project());
    if (!imported.error.isEmpty()) {
        QMessageBox::warning(this, tr("Import Staff"), imported.error);
        return;
    }
    if (imported.staff.isEmpty()) {
        QMessageBox::warning(this, tr("Import Staff"),
                             tr("No staff could be read.") + QLatin1Char('\n') +
                                 imported.problems.mid(0, 10).join(QLatin1Char('\n')));
        return;
    }
    QString message = tr("Add %n staff members from the file?", nullptr, imported.staff.size());
    if (!imported.problems.isEmpty())
        message += QLatin1Char('\n') + tr("%n rows skipped:", nullptr, imported.problems.size()) +
                   QLatin1Char('\n') + imported.problems.mid(0, 10).join(QLatin1Char('\n'));
    if (QMessageBox::question(this, tr("Import Staff"), message) != QMessageBox::Yes)
        return;
    edit::MacroScope macro(*m_document, tr("Import staff"));
    int added = 0;
    for (const StaffMember &m : imported.staff)
        added += edit::add(*m_document, m).ok ? 1 : 0;
    emit statusMessage(tr("Imported %n staff members.", nullptr, added), 6000);
}

void StaffingBoard::openPlanner()
{
    PlannerDialog dialog(m_document, scenario(), this);
    dialog.exec();
}

} // namespace cc
