// Dashboard charts: the series each chart draws, scope, comparison, number formats.
#include "models/sim/engine.h"
#include "models/simulation/generator.h"
#include "widgets/charts/chartbuilder.h"
#include "widgets/charts/chartformat.h"
#include "widgets/charts/chartgraph.h"
#include "widgets/charts/dashboard.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QSet>
#include <QTest>
#include <cmath>
#include <qcustomplot.h>

using namespace cc::charts;

namespace {
std::shared_ptr<const cc::sim::Results> run(unsigned seed, double ratioShift = 0)
{
    cc::sim::Input in = cc::sim::generateSmall(seed);
    if (ratioShift != 0)
        for (auto &e : in.schedule)
            e.policy[cc::sim::levelKey(cc::sim::PolicyKey::InpatientRatioVillage,
                                       cc::sim::TownshipCentre)] += ratioShift;
    cc::sim::Engine engine(in);
    return std::make_shared<const cc::sim::Results>(engine.results());
}

ChartData dataFor(std::shared_ptr<const cc::sim::Results> r)
{
    ChartData d;
    d.results = std::move(r);
    d.scenarioName = QStringLiteral("baseline");
    d.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return d;
}

int bars(QCustomPlot &plot)
{
    int n = 0;
    for (int i = 0; i < plot.plottableCount(); ++i)
        n += qobject_cast<QCPBars *>(plot.plottable(i)) != nullptr;
    return n;
}
} // namespace

class TestCharts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_results = run(3);
        m_compare = run(3, -0.2);
    }
    void names();
    void formatYuan_data();
    void formatYuan();
    void plottables_data();
    void plottables();
    void inCountyRateValues();
    void scopeChangesValues();
    void comparisonIsDashed();
    void flatDataGetsReadableAxes_data();
    void flatDataGetsReadableAxes();
    void staffingSumsFacilities();
    void yearEndBars();
    void rebuildDoesNotGrowLayout();
    void dashboardDocks();
    void linePieces();

private:
    std::shared_ptr<const cc::sim::Results> m_results, m_compare;
};

void TestCharts::names()
{
    QCOMPARE(allChartKinds().size(), kChartKindCount);
    for (ChartKind k : allChartKinds())
        QCOMPARE(chartKindFromName(QLatin1String(chartName(k))), std::optional<ChartKind>(k));
    QCOMPARE(QLatin1String(chartName(ChartKind::InCountyRate)), QLatin1String("in-county-rate"));
    QCOMPARE(QLatin1String(chartName(ChartKind::Staffing)), QLatin1String("staffing"));
    QCOMPARE(QLatin1String(chartName(ChartKind::Care)), QLatin1String("care"));
    QVERIFY(!chartKindFromName(QStringLiteral("pie")));
}

void TestCharts::formatYuan_data()
{
    QTest::addColumn<double>("yuan");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    const QString zh = QStringLiteral("zh_CN"), en = QStringLiteral("en_US");
    QTest::newRow("zh wan") << 12345.0 << zh << QStringLiteral("1.23万");
    QTest::newRow("zh yi") << 345000000.0 << zh << QStringLiteral("3.45亿");
    QTest::newRow("zh small") << 9999.0 << zh << QStringLiteral("9999");
    QTest::newRow("zh negative") << -25000.0 << zh << QStringLiteral("-2.50万");
    QTest::newRow("en thousands") << 12345.0 << en << QStringLiteral("12,345");
    QTest::newRow("en large") << 345000000.0 << en << QStringLiteral("345,000,000");
    QTest::newRow("en rounds") << 999.6 << en << QStringLiteral("1,000");
}

void TestCharts::formatYuan()
{
    QFETCH(double, yuan);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(cc::charts::formatYuan(yuan, QLocale(locale)), expected);
}

void TestCharts::plottables_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("compare");
    QTest::addColumn<int>("graphs");
    QTest::addColumn<int>("barCount");
    // in-county-rate: 3 series + target line + two band edges.
    QTest::newRow("in-county-rate") << int(ChartKind::InCountyRate) << false << 6 << 0;
    QTest::newRow("in-county-rate cmp") << int(ChartKind::InCountyRate) << true << 9 << 0;
    QTest::newRow("fund-balance") << int(ChartKind::FundBalance) << false << 2 << 0;
    QTest::newRow("fund-balance cmp") << int(ChartKind::FundBalance) << true << 4 << 0;
    QTest::newRow("revenue-payments") << int(ChartKind::RevenuePayments) << false << 2 << 0;
    QTest::newRow("revenue-payments cmp") << int(ChartKind::RevenuePayments) << true << 4 << 0;
    QTest::newRow("retained-surplus") << int(ChartKind::RetainedSurplus) << false << 0 << 2;
    QTest::newRow("retained-surplus cmp") << int(ChartKind::RetainedSurplus) << true << 0 << 4;
    QTest::newRow("episodes-by-level") << int(ChartKind::EpisodesByLevel) << false << 0 << 5;
    QTest::newRow("episodes-by-level cmp") << int(ChartKind::EpisodesByLevel) << true << 5 << 5;
    QTest::newRow("staffing") << int(ChartKind::Staffing) << false << 2 << 0;
    QTest::newRow("staffing cmp") << int(ChartKind::Staffing) << true << 4 << 0;
    // care: admissions per 1,000 and length of stay above, three lines below.
    QTest::newRow("care") << int(ChartKind::Care) << false << 5 << 0;
    QTest::newRow("care cmp") << int(ChartKind::Care) << true << 10 << 0;
}

void TestCharts::plottables()
{
    QFETCH(int, kind);
    QFETCH(bool, compare);
    QFETCH(int, graphs);
    QFETCH(int, barCount);
    ChartData d = dataFor(m_results);
    if (compare) {
        d.compare = m_compare;
        d.compareName = QStringLiteral("reform");
    }
    QCustomPlot plot;
    buildChart(&plot, ChartKind(kind), d);
    QCOMPARE(plot.graphCount(), graphs);
    QCOMPARE(bars(plot), barCount);
    QVERIFY(plot.legend->itemCount() > 0);
}

void TestCharts::inCountyRateValues()
{
    QCustomPlot plot;
    buildChart(&plot, ChartKind::InCountyRate, dataFor(m_results));
    QCOMPARE(plot.graph(0)->dataCount(), m_results->months);
    for (int t : {0, m_results->months / 2, m_results->months - 1}) {
        QCOMPARE(plot.graph(0)->data()->at(t)->value, 100 * m_results->countyAt(t).inCountyRate);
        QCOMPARE(plot.graph(2)->data()->at(t)->value, 100 * m_results->countyAt(t).grassrootsShare);
    }
    QCOMPARE(plot.graph(3)->data()->at(0)->value, 90.0);
}

void TestCharts::scopeChangesValues()
{
    ChartData d = dataFor(m_results);
    QVERIFY(m_results->townships > 1);
    d.scope = 1;
    d.townshipNames = {QStringLiteral("甲乡"), QStringLiteral("乙镇")};
    QCustomPlot plot;
    buildChart(&plot, ChartKind::InCountyRate, d);
    const int t = m_results->months - 1;
    QCOMPARE(plot.graph(0)->data()->at(t)->value, 100 * m_results->townshipAt(1, t).inCountyRate);
    QVERIFY(m_results->townshipAt(1, t).inCountyRate != m_results->countyAt(t).inCountyRate);
    QVERIFY(chartTable(ChartKind::InCountyRate, d).title.contains(QStringLiteral("乙镇")));

    // Episodes by level follow the scope; the fund stays the county's.
    buildChart(&plot, ChartKind::EpisodesByLevel, d);
    auto *vc = qobject_cast<QCPBars *>(plot.plottable(0));
    QVERIFY(vc);
    QCOMPARE(vc->data()->at(t)->value, m_results->townshipAt(1, t).outpatientEpisodes[0] +
                                           m_results->townshipAt(1, t).inpatientEpisodes[0]);
    buildChart(&plot, ChartKind::FundBalance, d);
    QCOMPARE(plot.graph(0)->data()->at(t)->value, m_results->fund[t].closingBalance);
}

void TestCharts::comparisonIsDashed()
{
    ChartData d = dataFor(m_results);
    d.compare = m_compare;
    d.compareName = QStringLiteral("reform");
    QCustomPlot plot;
    buildChart(&plot, ChartKind::FundBalance, d);
    QCOMPARE(plot.graph(0)->pen().style(), Qt::SolidLine);
    QCOMPARE(plot.graph(2)->pen().style(), Qt::DashLine);
    QCOMPARE(plot.graph(3)->pen().style(), Qt::DashLine);
    QVERIFY(plot.graph(2)->name().contains(QStringLiteral("reform")));
    QCOMPARE(plot.graph(2)->data()->at(5)->value, m_compare->fund[5].closingBalance);
    QCOMPARE(plot.graph(1)->valueAxis(), plot.yAxis2);
    // Balance and months of reserve move together (the reserve is the balance
    // over a year's spending): the reserve keeps to the lower half of the plot
    // while the balance reaches its top, so the two lines never coincide.
    const auto topPixel = [&](QCPGraph *g) {
        double top = 1e300;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
            top = std::min(top, g->valueAxis()->coordToPixel(it->value));
        return top;
    };
    plot.toPixmap(600, 400);
    const QRect rect = plot.axisRect()->rect();
    QVERIFY(topPixel(plot.graph(0)) < rect.top() + rect.height() * 0.2);
    QVERIFY(topPixel(plot.graph(1)) > rect.top() + rect.height() * 0.45);
}

void TestCharts::flatDataGetsReadableAxes_data()
{
    QTest::addColumn<double>("balance");
    QTest::addColumn<double>("reserve");
    QTest::newRow("new empty project") << 0.0 << 0.0;
    QTest::newRow("rounding error") << 3e-12 << 1e-13;
    QTest::newRow("constant") << 2.5e8 << 6.0;
    QTest::newRow("constant negative") << -4e6 << -1.0;
}

// A new project's fund (nothing paid, nothing earned) or a constant one: every
// axis has distinct tick labels, none of them a billionth.
void TestCharts::flatDataGetsReadableAxes()
{
    QFETCH(double, balance);
    QFETCH(double, reserve);
    ChartData d;
    d.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    ChartTable table = chartTable(ChartKind::FundBalance, d);
    table.months = 24;
    ChartSeries b, r;
    b.name = QStringLiteral("balance");
    b.values = QVector<double>(24, balance);
    r.name = QStringLiteral("reserve");
    r.values = QVector<double>(24, reserve);
    r.rightAxis = true;
    table.series = {b, r};
    table.leftFormat = ValueFormat::Yuan;
    table.rightFormat = ValueFormat::Months;
    table.hasRightAxis = true;
    table.rightAxisInLowerHalf = true;
    QCustomPlot plot;
    buildChart(&plot, table);
    plot.resize(600, 500);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.replot(); // lays the axes out and makes their ticks
    for (QCPAxis *axis : {plot.yAxis, plot.yAxis2}) {
        const QVector<QString> labels = axis->tickVectorLabels();
        QVERIFY2(labels.size() >= 2, qPrintable(QStringLiteral("%1 ticks, %2 labels, %3 .. %4")
                                                    .arg(axis->tickVector().size())
                                                    .arg(labels.size())
                                                    .arg(axis->range().lower)
                                                    .arg(axis->range().upper)));
        const QStringList list(labels.cbegin(), labels.cend());
        QCOMPARE(QSet<QString>(list.cbegin(), list.cend()).size(), list.size());
        for (const QString &label : list)
            QVERIFY2(!label.contains(QLatin1String("E-"), Qt::CaseInsensitive),
                     qPrintable(list.join(QLatin1Char(' '))));
        const QCPRange range = axis->range();
        QVERIFY2(range.size() > 1e-6 * std::max(1.0, std::abs(range.center())),
                 qPrintable(QStringLiteral("%1 .. %2").arg(range.lower).arg(range.upper)));
    }
}

void TestCharts::staffingSumsFacilities()
{
    QCustomPlot plot;
    buildChart(&plot, ChartKind::Staffing, dataFor(m_results));
    const int t = 4;
    double need = 0, posted = 0;
    for (int f = 0; f < m_results->facilities; ++f) {
        need += m_results->facilityFteNeeded[f * m_results->months + t];
        posted += m_results->facilityFte[f * m_results->months + t];
    }
    QCOMPARE(plot.graph(0)->data()->at(t)->value, need);
    QCOMPARE(plot.graph(1)->data()->at(t)->value, posted);
}

void TestCharts::yearEndBars()
{
    QCustomPlot plot;
    const auto &r = *m_results;
    buildChart(&plot, ChartKind::RetainedSurplus, dataFor(m_results));
    auto *surplus = qobject_cast<QCPBars *>(plot.plottable(0));
    QVERIFY(surplus);
    int yearEnds = 0;
    for (int t = 0; t < r.months; ++t)
        yearEnds += (r.startMonth - 1 + t) % 12 == 11 || t == r.months - 1;
    QCOMPARE(surplus->dataCount(), yearEnds);
    const double lastKey = surplus->data()->at(yearEnds - 1)->key;
    QCOMPARE(surplus->data()->at(yearEnds - 1)->value,
             r.fund[static_cast<int>(lastKey)].retainedSurplus);
}

void TestCharts::rebuildDoesNotGrowLayout()
{
    QCustomPlot plot;
    buildChart(&plot, ChartKind::InCountyRate, dataFor(m_results));
    const int rows = plot.plotLayout()->rowCount();
    buildChart(&plot, ChartKind::RetainedSurplus, dataFor(m_results));
    buildChart(&plot, ChartKind::InCountyRate, dataFor(m_results));
    QCOMPARE(plot.plotLayout()->rowCount(), rows);
    QCOMPARE(plot.graphCount(), 6);
    QCOMPARE(plot.findChildren<QCPBarsGroup *>().size(), 0);
    // The care chart's lower panel comes and goes with it.
    buildChart(&plot, ChartKind::Care, dataFor(m_results));
    buildChart(&plot, ChartKind::Care, dataFor(m_results));
    QCOMPARE(plot.axisRectCount(), 2);
    QCOMPARE(plot.plotLayout()->rowCount(), rows + 1);
    buildChart(&plot, ChartKind::InCountyRate, dataFor(m_results));
    QCOMPARE(plot.axisRectCount(), 1);
    QCOMPARE(plot.plotLayout()->rowCount(), rows);
    QVERIFY(plot.xAxis->tickLabels());
    QCOMPARE(plot.findChildren<QCPMarginGroup *>().size(), 0);
}

void TestCharts::dashboardDocks()
{
    QMainWindow window;
    Dashboard dashboard;
    dashboard.addDocksTo(&window);
    const auto docks = window.findChildren<QDockWidget *>();
    QCOMPARE(docks.size(), kChartKindCount);
    ChartData d = dataFor(m_results);
    d.townshipNames = {QStringLiteral("甲乡"), QStringLiteral("乙镇")};
    dashboard.setData(d);
    QCustomPlot *plot = dashboard.plot(ChartKind::FundBalance);
    QVERIFY(plot);
    QCOMPARE(plot->graphCount(), 2);
    QCOMPARE(plot->graph(0)->data()->at(0)->value, m_results->fund[0].closingBalance);
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("chart-in-county-rate")));
    dashboard.setScope(1);
    QCOMPARE(dashboard.plot(ChartKind::InCountyRate)->graph(0)->data()->at(0)->value,
             100 * m_results->townshipAt(1, 0).inCountyRate);
}

void TestCharts::linePieces()
{
    // A straight line through many points is one piece; a bend starts another.
    QVector<QPointF> line;
    for (int x = 0; x <= 24; x += 3)
        line << QPointF(x, 10);
    const QPen solid(Qt::black, 2);
    QCOMPARE(dashPieces(line, solid), QVector<QLineF>{QLineF(0, 10, 24, 10)});
    QVector<QPointF> bent = line;
    bent << QPointF(30, 20);
    QCOMPARE(dashPieces(bent, solid),
             (QVector<QLineF>{QLineF(0, 10, 24, 10), QLineF(24, 10, 30, 20)}));
    // Dashes of 4 and gaps of 2 pen widths, running on across the points.
    const QPen dashed(Qt::black, 2, Qt::DashLine);
    QCOMPARE(dashPieces(line, dashed),
             (QVector<QLineF>{QLineF(0, 10, 8, 10), QLineF(12, 10, 20, 10)}));
    // A gap in the data breaks the line and starts the pattern again.
    QVector<QPointF> gap = line;
    gap << QPointF(qQNaN(), qQNaN()) << QPointF(40, 10) << QPointF(50, 10);
    QCOMPARE(dashPieces(gap, dashed).last(), QLineF(40, 10, 48, 10));
    // The dashboard's lines are drawn so.
    QCustomPlot plot;
    buildChart(&plot, ChartKind::InCountyRate, dataFor(m_results));
    QVERIFY(qobject_cast<ChartGraph *>(plot.graph(0)));
}

QTEST_MAIN(TestCharts)
#include "tst_gui_charts.moc"
