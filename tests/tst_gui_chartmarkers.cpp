// Policy change markers on the time-axis charts: one per schedule entry after
// month 0 of the shown scenario (and of the compared one, dotted), drawn as a
// vertical line with a label, kept in image exports and left out of the CSV.
#include "models/edit/policyedits.h"
#include "models/sim/engine.h"
#include "models/simulation/generator.h"
#include "tests/testproject.h"
#include "widgets/charts/chartbuilder.h"
#include "widgets/charts/chartexport.h"
#include "widgets/charts/chartmarkers.h"

#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

using namespace cc;
using namespace cc::charts;

namespace {

QVector<QCPAbstractItem *> items(QCustomPlot &plot, const QString &name)
{
    QVector<QCPAbstractItem *> out;
    for (int i = 0; i < plot.itemCount(); ++i)
        if (plot.item(i)->objectName() == name)
            out << plot.item(i);
    return out;
}

} // namespace

class TestChartMarkers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        sim::Engine engine(sim::generateSmall(3));
        m_results = std::make_shared<const sim::Results>(engine.results());
        QVERIFY(m_results->months > 10);
    }

    void markersOfTheShownAndComparedScenario()
    {
        Project p = test::smallProject();
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(policyMarkers(p, 1, 0, en).size(), 0); // the baseline has no change
        const QVector<ChartMarker> reform = policyMarkers(p, 2, 0, en);
        QCOMPARE(reform.size(), 1);
        QCOMPARE(reform[0].month, 12);
        QVERIFY(!reform[0].comparison);
        QVERIFY2(reform[0].label.contains(QStringLiteral("总额付费")), qPrintable(reform[0].label));
        QVERIFY2(reform[0].label.startsWith(QStringLiteral("2026-01")),
                 qPrintable(reform[0].label));

        const QVector<ChartMarker> compared = policyMarkers(p, 1, 2, en);
        QCOMPARE(compared.size(), 1);
        QVERIFY(compared[0].comparison);
        QVERIFY(compared[0].label.startsWith(QStringLiteral("reform: ")));

        // The same change in both scenarios is drawn once; a change without a
        // note is labelled with the parameters it sets.
        Scenario copy = p.scenarios.value(2);
        copy.id = 3;
        copy.name = QStringLiteral("copy");
        PolicyEntry later = copy.schedule[1];
        later.fromMonth = 30;
        later.note.clear();
        later.changes.set(PolicyKey::SurplusRetention, 0.5);
        copy.schedule << later;
        p.scenarios.insert(copy.id, copy);
        const QVector<ChartMarker> both = policyMarkers(p, 2, 3, en);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[1].month, 30);
        QVERIFY(both[1].comparison);
    }

    // A series at the top of its range runs below the markers' labels, not
    // under them (the reform's label covered the in-county rate near 90%), at a
    // laptop's and a projector's chart size; without labels the axis is the
    // data's own.
    void dataStayBelowTheLabels()
    {
        ChartTable table;
        table.kind = ChartKind::InCountyRate;
        table.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        table.months = 24;
        table.leftFormat = ValueFormat::Percent;
        ChartSeries top;
        top.name = QStringLiteral("flat at the top");
        top.values = QVector<double>(24, 0.87);
        ChartSeries low = top;
        low.name = QStringLiteral("lower");
        low.values = QVector<double>(24, 0.5);
        table.series = {top, low};
        table.markers = {{6, QStringLiteral("2025-07 a change"), false}};
        for (const QSize size : {QSize(560, 230), QSize(900, 420)}) {
            QCustomPlot plot;
            plot.resize(size);
            plot.show();
            QVERIFY(QTest::qWaitForWindowExposed(&plot));
            // Built twice, as results arrive: the second build knows the plot's layout.
            for (int build = 0; build < 2; ++build) {
                buildChart(&plot, table);
                plot.replot();
            }
            const auto labels = items(plot, QStringLiteral("policyMarkerLabel"));
            QCOMPARE(labels.size(), 1);
            auto *label = qobject_cast<QCPItemText *>(labels[0]);
            const double labelBottom = label->bottom->pixelPosition().y();
            const double seriesTop = plot.yAxis->coordToPixel(0.87);
            QVERIFY2(labelBottom < seriesTop,
                     qPrintable(QStringLiteral("%1x%2: label ends at %3 px, series at %4 px")
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(labelBottom)
                                    .arg(seriesTop)));
        }
        table.markers.clear();
        QCustomPlot bare;
        buildChart(&bare, table);
        QVERIFY(bare.yAxis->range().upper < 0.9);
    }

    void drawnAndExported()
    {
        ChartData d;
        d.results = m_results;
        d.scenarioName = QStringLiteral("reform");
        d.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        d.markers = {{5, QStringLiteral("2025-06 global budget"), false},
                     {9, QStringLiteral("baseline: 2025-10 x"), true},
                     {m_results->months + 5, QStringLiteral("beyond the horizon"), false}};
        for (ChartKind kind : allChartKinds()) {
            QCustomPlot plot;
            buildChart(&plot, kind, d);
            // One line per marker in each panel (the care chart has two), the
            // one past the horizon left out.
            const int panels = plot.axisRectCount() > 1 ? 2 : 1;
            const auto lines = items(plot, QStringLiteral("policyMarker"));
            QCOMPARE(lines.size(), 2 * panels);
            auto *line = qobject_cast<QCPItemStraightLine *>(lines[0]);
            QVERIFY(line);
            QCOMPARE(line->point1->coords().x(), 4.5);
            QCOMPARE(line->pen().style(), Qt::DashLine);
            QCOMPARE(qobject_cast<QCPItemStraightLine *>(lines[panels])->pen().style(),
                     Qt::DotLine);
            const auto labels = items(plot, QStringLiteral("policyMarkerLabel"));
            QCOMPARE(labels.size(), 2);
            QCOMPARE(qobject_cast<QCPItemText *>(labels[0])->text(),
                     QStringLiteral("2025-06 global budget"));
            // Rebuilding replaces the markers, never accumulates them.
            buildChart(&plot, kind, d);
            QCOMPARE(items(plot, QStringLiteral("policyMarker")).size(), 2 * panels);
        }

        // Exports: the image shows the marker line; the CSV has no marker column.
        QCustomPlot plot;
        const ChartTable table = chartTable(ChartKind::FundBalance, d);
        buildChart(&plot, table);
        QTemporaryDir dir;
        QString error;
        const ExportSize size{1200, 750, 96};
        QVERIFY2(exportChart(&plot, table, ExportFormat::Png, dir.filePath(QStringLiteral("a.png")),
                             size, &error),
                 qPrintable(error));
        QVERIFY2(exportChart(&plot, table, ExportFormat::Pdf, dir.filePath(QStringLiteral("a.pdf")),
                             size, &error),
                 qPrintable(error));
        ChartData plain = d;
        plain.markers.clear();
        QCOMPARE(chartCsv(table), chartCsv(chartTable(ChartKind::FundBalance, plain)));
        QCustomPlot bare;
        buildChart(&bare, ChartKind::FundBalance, plain);
        const QImage with = renderChartImage(&plot, size);
        const QImage without = renderChartImage(&bare, size);
        QVERIFY(with != without);
    }

private:
    std::shared_ptr<const sim::Results> m_results;
};

QTEST_MAIN(TestChartMarkers)
#include "tst_gui_chartmarkers.moc"
