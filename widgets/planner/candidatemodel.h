#pragma once

#include "models/domain/investment.h"
#include "models/planner/planner.h"

#include <QAbstractTableModel>
#include <QPointF>
#include <QVector>

namespace cc::plannerui {

// One candidate of a planner run as the window shows it: built on the worker
// thread from the planner's copy of the project, so the table never reaches
// into the planner while it runs.
struct CandidateRow {
    InvestmentKind kind = InvestmentKind::AddBeds;
    QString action; // translated, with what it is for ("设备配置（CT）")
    QString target; // the facility or village
    EntityId targetId = 0;
    bool targetIsSettlement = false;
    QPointF position; // the target's lon/lat
    double costYuan = 0;
    double runningSavingYuan = 0;
    double gain = 0; // in the objective's unit; valid when evaluated
    bool evaluated = false;
    int rank = 0; // 1 = best gain per 10,000 yuan among the evaluated; 0 until evaluated
};

// The rows of every candidate of a run (the planner's candidate order).
QVector<CandidateRow> candidateRows(const planner::Planner &planner, const Project &project);

// How gains read in the window: rates in percentage points, money in units
// of 10,000 yuan (万元), coverage in persons, out-of-pocket in yuan per resident.
double displayGain(planner::Objective objective, double gain);
QString gainText(planner::Objective objective, double gain, const QLocale &locale);
QString gainPerTenThousandText(planner::Objective objective, double gain, double costYuan,
                               const QLocale &locale);
QString gainUnit(planner::Objective objective); // "pp", "persons", ...
QString tenThousandYuanText(double yuan, const QLocale &locale);

// The ranked candidates: rank (by gain per 10,000 yuan, as the greedy first
// pick would see them), action, target, cost, running saving, gain, gain per
// 10,000 yuan. Rows arrive all at once (setRows) and gains one by one (setGain);
// a catalogue edit re-costs them (setCost).
class CandidateModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Action, Target, Cost, Saving, Gain, GainPerCost, ColumnCount };
    // Qt::UserRole: a number to sort by (rank, cost, gain), unevaluated last.
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int KindRole = Qt::UserRole + 1; // the InvestmentKind as int

    explicit CandidateModel(QObject *parent = nullptr);

    void setObjective(planner::Objective objective);
    planner::Objective objective() const { return m_objective; }
    void setRows(QVector<CandidateRow> rows);
    void setGain(int candidate, double gain);
    // A new cost (the catalogue changed): the gain stays, the rank follows.
    void setCost(int candidate, double costYuan, double runningSavingYuan);
    void clear();
    const QVector<CandidateRow> &rows() const { return m_rows; }
    int evaluatedCount() const { return m_evaluated; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rerank();

    planner::Objective m_objective = planner::Objective::InCountyRate;
    QVector<CandidateRow> m_rows;
    int m_evaluated = 0;
};

} // namespace cc::plannerui
