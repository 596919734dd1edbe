#include "widgets/policy/scenariocomparison.h"

#include "models/sim/calendar.h"
#include "models/simulation/indicatorcolumns.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace cc {

QString formatComparisonValue(const ComparisonRow &row, double value, bool difference,
                              const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("-");
    QString sign;
    if (difference && value > 0)
        sign = QStringLiteral("+");
    switch (row.format) {
    case ComparisonRow::Percent:
        return sign + locale.toString(100 * value, 'f', 1) +
               (difference ? ScenarioComparisonView::tr(" pp") : QStringLiteral("%"));
    case ComparisonRow::Yuan:
        if (std::fabs(value) >= 1e4 && locale.language() == QLocale::Chinese)
            return sign +
                   ScenarioComparisonView::tr("%1 wan").arg(locale.toString(value / 1e4, 'f', 1));
        return sign + locale.toString(value, 'f', std::fabs(value) < 1e3 ? 2 : 0);
    case ComparisonRow::Number:
        return sign + locale.toString(value, 'f', 2);
    case ComparisonRow::Count:
        return sign + locale.toString(value, 'f', 0);
    }
    return QString();
}

ScenarioComparisonView::ScenarioComparisonView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    showMessage(tr("Choose Scenario > Compare With... to compare two scenarios."));
}

void ScenarioComparisonView::showMessage(const QString &text)
{
    m_caption->setText(text);
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_rows.clear();
}

void ScenarioComparisonView::setResults(const QString &shownName, const sim::Results &shown,
                                        const QString &comparedName, const sim::Results &compared,
                                        const QLocale &locale)
{
    m_rows = comparisonRows(shown, compared);
    if (m_rows.isEmpty()) {
        showMessage(tr("No results to compare yet."));
        return;
    }
    const sim::YearMonth end =
        sim::yearMonthAt(shown.startYear, shown.startMonth, shown.months - 1);
    m_caption->setText(tr("End of the horizon (%1-%2), whole county. Difference: %3 minus %4.")
                           .arg(end.year)
                           .arg(end.month, 2, 10, QLatin1Char('0'))
                           .arg(comparedName, shownName));
    m_table->clear();
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Indicator"), shownName, tr("%1 (compared)").arg(comparedName), tr("Difference")});
    m_table->setRowCount(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const ComparisonRow &r = m_rows[i];
        const double diff = r.difference();
        const QString cells[] = {r.label, formatComparisonValue(r, r.shown, false, locale),
                                 formatComparisonValue(r, r.compared, false, locale),
                                 formatComparisonValue(r, diff, true, locale)};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 3) {
                item->setData(Qt::UserRole, diff);
                if (std::fabs(diff) > 1e-12)
                    item->setForeground(diff > 0 ? QColor(0x00, 0x72, 0xB2)
                                                 : QColor(0xD5, 0x5E, 0x00));
            }
            m_table->setItem(i, c, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

} // namespace cc
