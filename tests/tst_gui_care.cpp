// The care views of Model 2 part 2 on the demo county: the care chart shows
// the engine's numbers (county and township, hover values), the map's
// referral flows carry the referrals the engine counts from and to the right
// places, facility tooltips give bed occupancy and DRG revenue, and the
// scenario comparison and the report's indicator table gain the care rows.
#include "models/demo/democounty.h"
#include "models/sim/engine.h"
#include "models/simulation/comparisonrows.h"
#include "models/simulation/simcompile.h"
#include "widgets/charts/chartbuilder.h"
#include "widgets/charts/chartpanel.h"
#include "widgets/charts/chartsource.h"
#include "widgets/charts/reporttables.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/maplegend.h"
#include "widgets/map/mapoverlays.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"

#include <QGraphicsPathItem>
#include <QTest>
#include <qcustomplot.h>

using namespace cc;
using namespace cc::charts;

namespace {

std::shared_ptr<SimulationResults> simulate(const Project &p, EntityId scenario)
{
    auto r = std::make_shared<SimulationResults>();
    r->results = sim::Engine(compileProject(p, scenario, r->ids)).results();
    r->scenarioId = scenario;
    return r;
}

std::shared_ptr<const sim::Results> resultsOf(const std::shared_ptr<SimulationResults> &r)
{
    return std::shared_ptr<const sim::Results>(r, &r->results);
}

double horizonSum(const sim::Results &r, double sim::Indicators::*field)
{
    double sum = 0;
    for (const sim::Indicators &x : r.county)
        sum += x.*field;
    return sum;
}

} // namespace

class TestCare : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_project = demo::makeDemoProject();
        m_base = m_project.baselineScenarioId();
        m_reform = m_project.scenarioIdByName(QStringLiteral("reform"));
        QVERIFY(m_reform != 0 && m_reform != m_base);
        m_reformRun = simulate(m_project, m_reform);
        m_baseRun = simulate(m_project, m_base);
        QVERIFY(m_reformRun->results.months > 24);
    }

    void careChartShowsTheEngineNumbers_data()
    {
        QTest::addColumn<int>("scope");
        QTest::newRow("county") << -1;
        QTest::newRow("first township") << 0;
        QTest::newRow("last township") << m_reformRun->results.townships - 1;
    }
    void careChartShowsTheEngineNumbers()
    {
        QFETCH(int, scope);
        const sim::Results &r = m_reformRun->results;
        ChartData d = chartDataFor(resultsOf(m_reformRun), m_reformRun->ids, m_project, m_reform,
                                   QLocale(QLocale::English));
        d.scope = scope;
        const ChartTable table = chartTable(ChartKind::Care, d);
        QCOMPARE(table.series.size(), 5);
        QVERIFY(table.hasLowerPanel);
        QCustomPlot plot;
        buildChart(&plot, table);
        QCOMPARE(plot.axisRectCount(), 2);
        QCOMPARE(plot.graphCount(), 5);
        QCPAxisRect *lower = plot.axisRect(1);
        for (int g = 0; g < 5; ++g)
            QCOMPARE(plot.graph(g)->keyAxis()->axisRect(), g < 2 ? plot.axisRect(0) : lower);
        QCOMPARE(plot.graph(1)->valueAxis(), plot.yAxis2); // length of stay in days
        for (int t : {0, r.months / 2, r.months - 1}) {
            const sim::Indicators &x = scope < 0 ? r.countyAt(t) : r.townshipAt(scope, t);
            const double expected[] = {x.admissionsPer1000, x.averageLengthOfStay,
                                       x.avoidedAdmissions, x.referralsUp, x.referralsDown};
            for (int g = 0; g < 5; ++g) {
                QCOMPARE(table.series[g].values[t], expected[g]);
                QCOMPARE(plot.graph(g)->data()->at(t)->value, expected[g]);
            }
        }
        // The reform's mechanisms are at work at the end of the horizon.
        const sim::Indicators &end =
            scope < 0 ? r.countyAt(r.months - 1) : r.townshipAt(scope, r.months - 1);
        QVERIFY(end.avoidedAdmissions > 0);
        QVERIFY(end.referralsUp > 0);
        QVERIFY(end.admissionsPer1000 > 50 && end.admissionsPer1000 < 400);
        QVERIFY(end.averageLengthOfStay > 3 && end.averageLengthOfStay < 15);
    }

    void baselineHasNoMechanisms()
    {
        // Fee-for-service: no incentive, so nothing avoided and nobody
        // referred through the alliance; the reform shortens stays.
        const sim::Results &b = m_baseRun->results, &r = m_reformRun->results;
        QCOMPARE(horizonSum(b, &sim::Indicators::avoidedAdmissions), 0.0);
        QCOMPARE(horizonSum(b, &sim::Indicators::referralsUp), 0.0);
        QCOMPARE(horizonSum(b, &sim::Indicators::referralsDown), 0.0);
        QVERIFY(r.countyAt(r.months - 1).averageLengthOfStay <
                b.countyAt(b.months - 1).averageLengthOfStay);
        QVERIFY(r.countyAt(r.months - 1).admissionsPer1000 <
                b.countyAt(b.months - 1).admissionsPer1000);
    }

    void hoverShowsValuesOfBothPanels()
    {
        const sim::Results &r = m_reformRun->results;
        ChartPanel panel(ChartKind::Care);
        panel.resize(900, 640);
        ChartData d = chartDataFor(resultsOf(m_reformRun), m_reformRun->ids, m_project, m_reform,
                                   QLocale(QLocale::English));
        panel.setData(d);
        panel.show(); // laid out: the axis rects have their real size
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCustomPlot *plot = panel.plot();
        plot->replot();
        QVERIFY(plot->axisRect(0)->height() > 100 && plot->axisRect(1)->height() > 100);
        const int t = r.months - 1;
        const sim::Indicators &x = r.countyAt(t);
        QCPAxisRect *lower = plot->axisRect(1);
        // Avoided admissions, in the lower panel.
        const QPointF avoided(lower->axis(QCPAxis::atBottom)->coordToPixel(t),
                              lower->axis(QCPAxis::atLeft)->coordToPixel(x.avoidedAdmissions));
        QVERIFY(lower->rect().contains(avoided.toPoint()));
        const QString tip = panel.toolTipAt(avoided);
        QVERIFY2(tip.startsWith(QStringLiteral("Avoided admissions")), qPrintable(tip));
        QVERIFY2(tip.contains(QLocale(QLocale::English).toString(x.avoidedAdmissions, 'f', 0)),
                 qPrintable(tip));
        // Admissions per 1,000, in the upper panel.
        const QPointF rate(plot->xAxis->coordToPixel(t),
                           plot->yAxis->coordToPixel(x.admissionsPer1000));
        const QString rateTip = panel.toolTipAt(rate);
        QVERIFY2(rateTip.startsWith(QStringLiteral("Admissions per 1,000")), qPrintable(rateTip));
        QVERIFY2(rateTip.contains(QLocale(QLocale::English).toString(x.admissionsPer1000, 'f', 1)),
                 qPrintable(rateTip));
    }

    void referralFlowsOnTheMap()
    {
        ProjectDocument doc;
        doc.reset(m_project, QString());
        MapScene scene(&doc);
        MapView view(&scene);
        view.resize(1000, 800);
        MapOverlays overlays(&view);
        overlays.setResults(m_reformRun);
        overlays.setFlowTarget(MapOverlays::FlowTarget::Referrals);
        overlays.setFlowsVisible(true);
        const sim::Results &r = m_reformRun->results;
        const int t = r.months - 1;
        overlays.setMonth(t);
        double up = 0, down = 0;
        int drawn = 0;
        for (const MapOverlays::Flow &f : overlays.flows()) {
            const Facility to = doc.project().facilities.value(f.facilityId);
            const Facility from = doc.project().facilities.value(f.fromFacilityId);
            QVERIFY(f.episodes > 0);
            if (f.kind == MapOverlays::FlowKind::ReferralUp) {
                // From the township's centre to a hospital above it.
                up += f.episodes;
                QCOMPARE(from.level, FacilityLevel::TownshipCentre);
                QCOMPARE(from.townshipId, f.townshipId);
                QVERIFY(to.level >= FacilityLevel::CountyHospital);
            } else {
                // From a county hospital to the township's centre.
                QCOMPARE(f.kind, MapOverlays::FlowKind::ReferralDown);
                down += f.episodes;
                QCOMPARE(from.level, FacilityLevel::CountyHospital);
                QCOMPARE(to.level, FacilityLevel::TownshipCentre);
                QCOMPARE(to.townshipId, f.townshipId);
            }
        }
        for (QGraphicsItem *item : scene.items())
            drawn += item->type() == QGraphicsPathItem::Type && item->zValue() > 7 &&
                     item->zValue() < 8.01 && !item->childItems().isEmpty();
        QCOMPARE(drawn, overlays.flows().size());
        // Every referral the engine counts is drawn, but the flows under a
        // tenth of a patient a month.
        const sim::Indicators &x = r.countyAt(t);
        QVERIFY(x.referralsUp > 1 && x.referralsDown > 1);
        QVERIFY2(up <= x.referralsUp * (1 + 1e-9) && up >= x.referralsUp * 0.97,
                 qPrintable(QStringLiteral("%1 of %2").arg(up).arg(x.referralsUp)));
        QVERIFY2(down <= x.referralsDown * (1 + 1e-9) && down >= x.referralsDown * 0.97,
                 qPrintable(QStringLiteral("%1 of %2").arg(down).arg(x.referralsDown)));
        // The legend explains up and down and gives the county hospitals' beds.
        const QVector<MapLegend::Section> sections = overlays.legend()->sections();
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections[0].items[1].pen, Qt::DashLine);
        int hospitals = 0;
        for (const Facility &f : doc.project().facilities)
            hospitals += f.level == FacilityLevel::CountyHospital;
        QCOMPARE(sections[1].items.size(), hospitals);

        // The baseline refers nobody through the alliance.
        overlays.setResults(m_baseRun);
        QVERIFY(overlays.flows().isEmpty());
    }

    void facilityTooltipsGiveBedsAndDrg()
    {
        ProjectDocument doc;
        doc.reset(m_project, QString());
        MapScene scene(&doc);
        MapView view(&scene);
        MapOverlays overlays(&view);
        overlays.setResults(m_reformRun);
        const sim::Results &r = m_reformRun->results;
        const int t = r.months - 1;
        overlays.setMonth(t);
        int withDrg = 0;
        for (const Facility &f : doc.project().facilities) {
            const QString tip = scene.facilityItem(f.id)->toolTip();
            if (f.level != FacilityLevel::CountyHospital &&
                f.level != FacilityLevel::TownshipCentre) {
                QCOMPARE(tip, f.name);
                continue;
            }
            const int index = m_reformRun->ids.facilities.value(f.id);
            QCOMPARE(tip, overlays.facilityToolTip(f.id));
            QVERIFY(tip.startsWith(f.name));
            if (f.beds > 0) {
                QCOMPARE(overlays.bedOccupancy(f.id), r.bedOccupancy(index, t));
                QVERIFY2(tip.contains(QLocale().toString(r.bedOccupancy(index, t) * 100, 'f', 0) +
                                      QLatin1Char('%')),
                         qPrintable(tip));
            }
            const double drg = r.facilityDrgRevenue[static_cast<std::size_t>(index) * r.months + t];
            QCOMPARE(overlays.drgRevenue(f.id), drg);
            withDrg += drg > 0 && tip.contains(QStringLiteral("DRG"));
        }
        QVERIFY(withDrg > 0); // the reform pays admissions by DRG points
    }

    void comparisonRowsHaveCare()
    {
        const sim::Results &b = m_baseRun->results, &r = m_reformRun->results;
        const QVector<ComparisonRow> rows = comparisonRows(b, r);
        // Every column the comparison names exists: a misspelled name would
        // drop its row without a word (comparisonrows.cpp skips unknown names).
        QCOMPARE(rows.size(), 17);
        const auto find = [&](const char *name) -> const ComparisonRow * {
            for (const ComparisonRow &row : rows)
                if (row.column && qstrcmp(row.column->name, name) == 0)
                    return &row;
            return nullptr;
        };
        const ComparisonRow *rate = find("admissions_per_1000");
        const ComparisonRow *stay = find("average_length_of_stay_days");
        const ComparisonRow *avoided = find("avoided_admissions");
        const ComparisonRow *up = find("referrals_up");
        const ComparisonRow *down = find("referrals_down");
        QVERIFY(rate && stay && avoided && up && down);
        QVERIFY(!rate->wholeHorizon && !stay->wholeHorizon);
        QCOMPARE(rate->shown, b.countyAt(b.months - 1).admissionsPer1000);
        QCOMPARE(rate->compared, r.countyAt(r.months - 1).admissionsPer1000);
        QCOMPARE(stay->compared, r.countyAt(r.months - 1).averageLengthOfStay);
        QVERIFY(rate->difference() < 0 && stay->difference() < 0);
        for (const auto &[row, field] : {std::pair{avoided, &sim::Indicators::avoidedAdmissions},
                                         std::pair{up, &sim::Indicators::referralsUp},
                                         std::pair{down, &sim::Indicators::referralsDown}}) {
            QVERIFY(row->wholeHorizon);
            QCOMPARE(row->format, ComparisonRow::Count);
            QVERIFY(qAbs(row->compared - horizonSum(r, field)) <= 1e-9 * row->compared);
            QCOMPARE(row->shown, 0.0);
            QVERIFY(row->difference() > 0);
        }
    }

    void reportIndicatorTableHasCare()
    {
        ChartData d = chartDataFor(resultsOf(m_reformRun), m_reformRun->ids, m_project, m_reform,
                                   QLocale(QLocale::English));
        setComparison(d, resultsOf(m_baseRun), QStringLiteral("baseline"));
        const ReportTable table = indicatorTable(d);
        const sim::Results &r = m_reformRun->results;
        const QLocale en(QLocale::English);
        const auto row = [&](const QString &label) {
            for (const QStringList &cells : table.rows)
                if (cells.value(0) == label)
                    return cells;
            return QStringList();
        };
        const QStringList rate = row(QStringLiteral("Admissions per 1,000 residents a year"));
        QCOMPARE(rate.size(), 4);
        QCOMPARE(rate[2], en.toString(r.countyAt(r.months - 1).admissionsPer1000, 'f', 1));
        const QStringList avoided = row(QStringLiteral("Avoided admissions, whole horizon"));
        QCOMPARE(avoided.size(), 4);
        QCOMPARE(avoided[2],
                 en.toString(horizonSum(r, &sim::Indicators::avoidedAdmissions), 'f', 0));
        QCOMPARE(avoided[3], en.toString(0.0, 'f', 0));
        QVERIFY(!row(QStringLiteral("Referrals up / down per month")).isEmpty());
        QVERIFY(!row(QStringLiteral("Average length of stay (days)")).isEmpty());

        // The parameter table lists the links of each scenario by kind.
        const ReportTable params =
            parameterTable(m_project, m_reform, m_base, r.months, QLocale(QLocale::English));
        int imaging = 0;
        for (const TelemedicineLink &l : m_project.linksOf(m_reform))
            imaging += l.kind == LinkKind::Imaging;
        QVERIFY(imaging > 0);
        bool found = false;
        for (const QStringList &cells : params.rows)
            if (cells.value(0) == QStringLiteral("Shared imaging centre")) {
                found = true;
                QVERIFY2(cells.value(1).startsWith(QString::number(imaging) + QLatin1Char(' ')),
                         qPrintable(cells.value(1)));
                QCOMPARE(cells.value(2), QStringLiteral("none"));
            }
        QVERIFY(found);
    }

private:
    Project m_project;
    EntityId m_base = 0, m_reform = 0;
    std::shared_ptr<SimulationResults> m_reformRun, m_baseRun;
};

QTEST_MAIN(TestCare)
#include "tst_gui_care.moc"
