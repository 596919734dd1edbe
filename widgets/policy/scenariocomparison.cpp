#include "widgets/policy/scenariocomparison.h"

#include "models/sim/calendar.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace cc {

QVector<ComparisonRow> comparisonRows(const sim::Results &shown, const sim::Results &compared)
{
    QVector<ComparisonRow> rows;
    if (shown.months <= 0 || compared.months <= 0)
        return rows;
    const int a = shown.months - 1, b = compared.months - 1;
    const auto county = [&](const QString &label, ComparisonRow::Format format,
                            double sim::Indicators::*field) {
        rows.push_back({label, format, shown.countyAt(a).*field, compared.countyAt(b).*field});
    };
    const auto fund = [&](const QString &label, ComparisonRow::Format format,
                          double sim::FundMonth::*field) {
        rows.push_back({label, format, shown.fund[a].*field, compared.fund[b].*field});
    };
    const auto retained = [](const sim::Results &r) {
        double sum = 0;
        for (const sim::FundMonth &f : r.fund)
            sum += f.retainedSurplus;
        return sum;
    };
    using I = sim::Indicators;
    using F = sim::FundMonth;
    county(ScenarioComparisonView::tr("In-county treatment rate"), ComparisonRow::Percent,
           &I::inCountyRate);
    county(ScenarioComparisonView::tr("In-county treatment rate, last 12 months"),
           ComparisonRow::Percent, &I::inCountyRate12);
    county(ScenarioComparisonView::tr("In-county inpatient share"), ComparisonRow::Percent,
           &I::inCountyInpatientShare);
    county(ScenarioComparisonView::tr("Grassroots share of outpatient care"),
           ComparisonRow::Percent, &I::grassrootsShare);
    county(ScenarioComparisonView::tr("Fund spent in county"), ComparisonRow::Percent,
           &I::inCountyFundShare);
    fund(ScenarioComparisonView::tr("Fund balance (yuan)"), ComparisonRow::Yuan,
         &F::closingBalance);
    fund(ScenarioComparisonView::tr("Months of reserve"), ComparisonRow::Number,
         &F::monthsOfReserve);
    fund(ScenarioComparisonView::tr("Fund payments in the last month (yuan)"), ComparisonRow::Yuan,
         &F::payments);
    rows.push_back({ScenarioComparisonView::tr("Retained surplus, whole horizon (yuan)"),
                    ComparisonRow::Yuan, retained(shown), retained(compared)});
    county(ScenarioComparisonView::tr("Out-of-pocket share of cost"), ComparisonRow::Percent,
           &I::oopShareOfCost);
    county(ScenarioComparisonView::tr("Out-of-pocket per resident per month (yuan)"),
           ComparisonRow::Number, &I::oopPerCapita);
    county(ScenarioComparisonView::tr("County doctors posted 6+ months per 10,000 residents"),
           ComparisonRow::Number, &I::countyDoctorsPer10k);
    return rows;
}

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
        return sign + locale.toString(value, 'f', 0);
    case ComparisonRow::Number:
        return sign + locale.toString(value, 'f', 2);
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
