#pragma once

#include "models/sim/results.h"

#include <QLocale>
#include <QString>
#include <QVector>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace cc {

// End-of-horizon indicators of two scenarios side by side, and the difference
// (compared minus shown). Values are raw: shares as fractions, money in yuan.
struct ComparisonRow {
    enum Format { Percent, Yuan, Number };
    QString label;
    Format format = Number;
    double shown = 0;
    double compared = 0;
    double difference() const { return compared - shown; }
};

// The indicators of the comparison table (columns of the indicator table), at
// each run's last month (county): 县域就诊率, 县域内住院人次占比, 基层诊疗量占比,
// fund spent in county, fund balance, months of reserve, payments, retained
// surplus over the horizon (结余留用), out-of-pocket share and per resident,
// county doctors posted.
QVector<ComparisonRow> comparisonRows(const sim::Results &shown, const sim::Results &compared);
// A value as the table shows it; `difference` marks signed differences
// (percentage points for shares).
QString formatComparisonValue(const ComparisonRow &row, double value, bool difference,
                              const QLocale &locale);

// The comparison table: indicator, shown scenario, compared scenario, difference.
class ScenarioComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioComparisonView(QWidget *parent = nullptr);

    // Clears the table and says why (no comparison chosen, still computing).
    void showMessage(const QString &text);
    void setResults(const QString &shownName, const sim::Results &shown,
                    const QString &comparedName, const sim::Results &compared,
                    const QLocale &locale = QLocale());
    QTableWidget *table() const { return m_table; }
    const QVector<ComparisonRow> &rows() const { return m_rows; }

private:
    QLabel *m_caption;
    QTableWidget *m_table;
    QVector<ComparisonRow> m_rows;
};

} // namespace cc
