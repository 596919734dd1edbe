#include "widgets/planner/candidatemodel.h"

#include "models/domain/labels.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace cc::plannerui {

using planner::Objective;

namespace {

double ratio(const CandidateRow &row)
{
    return row.gain / std::max(1.0, row.costYuan);
}

} // namespace

QVector<CandidateRow> candidateRows(const planner::Planner &planner, const Project &project)
{
    QVector<CandidateRow> rows;
    const auto &candidates = planner.candidates();
    rows.reserve(static_cast<int>(candidates.size()));
    for (int i = 0; i < static_cast<int>(candidates.size()); ++i) {
        const planner::Candidate &c = candidates[static_cast<std::size_t>(i)];
        CandidateRow row;
        row.kind = c.investment.kind;
        row.target = planner.targetName(i);
        row.targetId = c.targetId;
        row.targetIsSettlement = c.targetIsSettlement;
        if (c.targetIsSettlement) {
            const Settlement s = project.settlements.value(c.targetId);
            row.position = QPointF(s.position.lon, s.position.lat);
        } else {
            const Facility f = project.facilities.value(c.targetId);
            row.position = QPointF(f.position.lon, f.position.lat);
        }
        row.costYuan = c.costYuan;
        row.runningSavingYuan = c.runningSavingYuan;
        // What the action is for, where the kind alone does not say.
        QString detail;
        switch (c.investment.kind) {
        case InvestmentKind::EquipLine:
            detail = project.serviceLines.value(c.investment.lineId).name;
            break;
        case InvestmentKind::CareCentre:
            detail = careCentreLabel(c.investment.centre);
            break;
        case InvestmentKind::PostDoctors:
            if (!c.staffIds.isEmpty())
                detail = CandidateModel::tr("%n %1(s)", nullptr, c.staffIds.size())
                             .arg(roleName(project.staff.value(c.staffIds.first()).role));
            break;
        case InvestmentKind::AddBeds:
        case InvestmentKind::NewTownshipBranch:
            if (c.investment.units > 0)
                detail = CandidateModel::tr("%n bed(s)", nullptr, c.investment.units);
            break;
        case InvestmentKind::MergeClinic:
            detail = CandidateModel::tr("into %1").arg(
                project.facilities.value(c.investment.neighbourId).name);
            break;
        default:
            break;
        }
        row.action =
            detail.isEmpty()
                ? investmentKindLabel(c.investment.kind)
                : CandidateModel::tr("%1 (%2)").arg(investmentKindLabel(c.investment.kind), detail);
        rows.push_back(row);
    }
    return rows;
}

double displayGain(Objective objective, double gain)
{
    switch (objective) {
    case Objective::InCountyRate:
    case Objective::InpatientShare:
        return 100 * gain; // percentage points
    case Objective::FundBalance:
        return gain / 10000; // 万元
    default:
        return gain; // yuan per resident, persons
    }
}

QString gainText(Objective objective, double gain, const QLocale &locale)
{
    const double v = displayGain(objective, gain);
    switch (objective) {
    case Objective::InCountyRate:
    case Objective::InpatientShare:
        return locale.toString(v, 'f', 3);
    case Objective::OutOfPocket:
        return locale.toString(v, 'f', 2);
    case Objective::FundBalance:
        return locale.toString(v, 'f', 1);
    default:
        return locale.toString(std::round(v), 'f', 0);
    }
}

QString gainPerTenThousandText(Objective objective, double gain, double costYuan,
                               const QLocale &locale)
{
    const double v = displayGain(objective, gain) / std::max(1.0, costYuan) * 10000;
    if (v == 0)
        return locale.toString(0);
    // Three significant digits, without an exponent.
    const int decimals =
        std::clamp(2 - static_cast<int>(std::floor(std::log10(std::abs(v)))), 0, 9);
    return locale.toString(v, 'f', decimals);
}

QString gainUnit(Objective objective)
{
    switch (objective) {
    case Objective::InCountyRate:
    case Objective::InpatientShare:
        return CandidateModel::tr("percentage points");
    case Objective::OutOfPocket:
        return CandidateModel::tr("yuan per resident");
    case Objective::FundBalance:
        return CandidateModel::tr("10,000 yuan");
    default:
        return CandidateModel::tr("persons");
    }
}

QString tenThousandYuanText(double yuan, const QLocale &locale)
{
    return locale.toString(yuan / 10000, 'f', yuan == std::round(yuan / 10000) * 10000 ? 0 : 1);
}

CandidateModel::CandidateModel(QObject *parent) : QAbstractTableModel(parent) {}

void CandidateModel::setObjective(Objective objective)
{
    m_objective = objective;
    emit headerDataChanged(Qt::Horizontal, Gain, GainPerCost);
}

void CandidateModel::setRows(QVector<CandidateRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_evaluated = 0;
    for (const CandidateRow &r : m_rows)
        m_evaluated += r.evaluated ? 1 : 0;
    endResetModel();
    rerank();
}

void CandidateModel::clear()
{
    setRows({});
}

void CandidateModel::setGain(int candidate, double gain)
{
    if (candidate < 0 || candidate >= m_rows.size())
        return;
    CandidateRow &row = m_rows[candidate];
    if (!row.evaluated)
        ++m_evaluated;
    row.evaluated = true;
    row.gain = gain;
    emit dataChanged(index(candidate, Gain), index(candidate, GainPerCost));
    rerank();
}

void CandidateModel::setCost(int candidate, double costYuan, double runningSavingYuan)
{
    if (candidate < 0 || candidate >= m_rows.size())
        return;
    CandidateRow &row = m_rows[candidate];
    if (row.costYuan == costYuan && row.runningSavingYuan == runningSavingYuan)
        return;
    row.costYuan = costYuan;
    row.runningSavingYuan = runningSavingYuan;
    emit dataChanged(index(candidate, Cost), index(candidate, GainPerCost));
    rerank();
}

void CandidateModel::rerank()
{
    QVector<int> order;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].evaluated)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return ratio(m_rows[a]) > ratio(m_rows[b]); });
    int changedFirst = m_rows.size(), changedLast = -1;
    for (int r = 0; r < order.size(); ++r) {
        CandidateRow &row = m_rows[order[r]];
        if (row.rank != r + 1) {
            row.rank = r + 1;
            changedFirst = std::min(changedFirst, order[r]);
            changedLast = std::max(changedLast, order[r]);
        }
    }
    if (changedLast >= 0)
        emit dataChanged(index(changedFirst, Rank), index(changedLast, Rank));
}

int CandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int CandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CandidateRow &row = m_rows[index.row()];
    const QLocale locale;
    if (role == KindRole)
        return static_cast<int>(row.kind);
    if (role == SortRole) {
        // Unevaluated rows sort after every evaluated one.
        const double last = std::numeric_limits<double>::max();
        switch (index.column()) {
        case Rank:
            return row.evaluated ? double(row.rank) : last;
        case Action:
            return row.action;
        case Target:
            return row.target;
        case Cost:
            return row.costYuan;
        case Saving:
            return row.runningSavingYuan;
        case Gain:
            return row.evaluated ? -row.gain : last;
        case GainPerCost:
            return row.evaluated ? -ratio(row) : last;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Action || index.column() == Target
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Rank:
        return row.evaluated ? locale.toString(row.rank) : QString();
    case Action:
        return row.action;
    case Target:
        return row.target;
    case Cost:
        return tenThousandYuanText(row.costYuan, locale);
    case Saving:
        return row.runningSavingYuan > 0 ? tenThousandYuanText(row.runningSavingYuan, locale)
                                         : QString();
    case Gain:
        return row.evaluated ? gainText(m_objective, row.gain, locale) : tr("...");
    case GainPerCost:
        return row.evaluated ? gainPerTenThousandText(m_objective, row.gain, row.costYuan, locale)
                             : QString();
    default:
        return {};
    }
}

QVariant CandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rank:
            return tr("Rank by gain per 10,000 yuan on its own (the greedy portfolio re-evaluates "
                      "after each pick)");
        case Cost:
            return tr("Capital plus running cost to the end of the year, never less than the "
                      "capital cost");
        case Saving:
            return tr("Running costs saved to the end of the year: shown, not subtracted from the "
                      "cost");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Action:
        return tr("Action");
    case Target:
        return tr("Where");
    case Cost:
        return tr("Cost (10,000 yuan)");
    case Saving:
        return tr("Running saving (10,000 yuan)");
    case Gain:
        return tr("Gain (%1)").arg(gainUnit(m_objective));
    case GainPerCost:
        return tr("Gain per 10,000 yuan");
    default:
        return {};
    }
}

} // namespace cc::plannerui
