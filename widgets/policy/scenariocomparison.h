#pragma once

#include "models/sim/results.h"
#include "models/simulation/comparisonrows.h"

#include <QLocale>
#include <QString>
#include <QVector>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace cc {

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
