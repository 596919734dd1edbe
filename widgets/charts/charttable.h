#pragma once

#include "models/sim/results.h"

#include <QColor>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <optional>
#include <vector>

namespace cc::charts {

// The dashboard's charts. The names are the CLI's --chart values.
enum class ChartKind : int {
    InCountyRate, // "in-county-rate": 县域就诊率, 县域内住院人次占比, 基层诊疗量占比 (%)
    FundBalance,     // "fund-balance": balance (yuan) and months of reserve
    RevenuePayments, // "revenue-payments": monthly revenue vs payments
    RetainedSurplus, // "retained-surplus": alliance surplus and settlements at year ends
    EpisodesByLevel, // "episodes-by-level": stacked episodes by facility level
    Staffing,        // "staffing": FTE needed (WISN) vs FTE posted
    // "care": admissions per 1,000 residents a year (每千人住院人次) and the
    // average length of stay (平均住院日) above; avoided admissions and
    // referrals up and down (上转、下转) per month below.
    Care,
};
constexpr int kChartKindCount = 7;
const char *chartName(ChartKind kind);
std::optional<ChartKind> chartKindFromName(const QString &name);
QVector<ChartKind> allChartKinds();
QString chartTitle(ChartKind kind); // translated
// A word or two for the chart's dock tab, where seven charts share a laptop
// screen's width (the menu and the chart itself give the full title).
QString chartTabTitle(ChartKind kind);

// A policy change drawn on the time axis: a vertical line at the start of
// `month` (between month-1 and month) with a short label.
struct ChartMarker {
    int month = 0;
    QString label;
    bool comparison = false; // a change of the compared scenario (drawn dotted)
    friend bool operator==(const ChartMarker &a, const ChartMarker &b)
    {
        return a.month == b.month && a.label == b.label && a.comparison == b.comparison;
    }
};

// What a chart draws: results (and optionally a compared scenario) of one scope.
struct ChartData {
    std::shared_ptr<const sim::Results> results;
    QString scenarioName;
    std::shared_ptr<const sim::Results> compare; // drawn dashed when set
    QString compareName;
    int scope = -1;            // -1: whole county; else a township index of the results
    QStringList townshipNames; // by township index
    // Per facility index (optional): level and township index (-1 for county
    // and out-of-county hospitals). Without them staffing is county-wide only.
    std::vector<int> facilityLevels;
    std::vector<int> facilityTownships;
    QVector<ChartMarker> markers; // policy changes on the time axis
    QLocale locale;

    QString scopeName() const; // translated "Whole county" or the township name
};

enum class ValueFormat { Percent, Yuan, Months, Episodes, Fte, PerThousand, Days };
// Whether a value axis of this format starts at zero (counts and money) or
// fits the data (shares and rates, whose changes would vanish against zero).
bool zeroBasedAxis(ValueFormat format);
enum class SeriesStyle { Line, Bars, StackedBars, Reference, BandLow, BandHigh };

// One series, one value per month (NaN where it has none, e.g. bars between
// year ends). Percent values are already multiplied by 100.
struct ChartSeries {
    QString name;
    QVector<double> values;
    SeriesStyle style = SeriesStyle::Line;
    QColor color;
    Qt::PenStyle pen = Qt::SolidLine;
    int marker = 0; // QCPScatterStyle::ScatterShape, 0 = none
    bool rightAxis = false;
    bool comparison = false;
    // 0: the chart's axes; 1: the lower panel under them (same time axis),
    // for charts with hasLowerPanel (lines only).
    int panel = 0;
    bool inCsv() const
    {
        return style != SeriesStyle::Reference && style != SeriesStyle::BandLow &&
               style != SeriesStyle::BandHigh;
    }
};

// A chart as numbers: built once, drawn by buildChart and written by the CSV export.
struct ChartTable {
    ChartKind kind = ChartKind::InCountyRate;
    QString title;
    QString leftLabel, rightLabel;
    ValueFormat leftFormat = ValueFormat::Percent, rightFormat = ValueFormat::Months;
    bool hasRightAxis = false;
    // The right axis spans twice its series' range, so they keep to the lower
    // half of the plot while the left axis's reach the top: lines that move
    // together (the fund's balance and months of reserve) cannot coincide.
    bool rightAxisInLowerHalf = false;
    // A second set of axes under the first one, sharing its months (the care
    // chart: rates above, patients per month below).
    bool hasLowerPanel = false;
    QString lowerLabel;
    ValueFormat lowerFormat = ValueFormat::Episodes;
    int months = 0;
    int startYear = 2025, startMonth = 1;
    QVector<ChartSeries> series;
    QVector<ChartMarker> markers;
    QLocale locale;

    QString yearMonth(int t) const; // "2025-01"
    // The format of the axis a series is drawn against.
    ValueFormat formatOf(const ChartSeries &s) const
    {
        return s.panel == 1 ? lowerFormat : s.rightAxis ? rightFormat : leftFormat;
    }
};

ChartTable chartTable(ChartKind kind, const ChartData &data);
QString formatValue(double value, ValueFormat format, const QLocale &locale);

// Okabe-Ito palette (Okabe & Ito 2008): colour-blind safe.
namespace okabeIto {
inline QColor black()
{
    return QColor(0x00, 0x00, 0x00);
}
inline QColor orange()
{
    return QColor(0xE6, 0x9F, 0x00);
}
inline QColor skyBlue()
{
    return QColor(0x56, 0xB4, 0xE9);
}
inline QColor bluishGreen()
{
    return QColor(0x00, 0x9E, 0x73);
}
inline QColor yellow()
{
    return QColor(0xF0, 0xE4, 0x42);
}
inline QColor blue()
{
    return QColor(0x00, 0x72, 0xB2);
}
inline QColor vermilion()
{
    return QColor(0xD5, 0x5E, 0x00);
}
inline QColor reddishPurple()
{
    return QColor(0xCC, 0x79, 0xA7);
}
} // namespace okabeIto

} // namespace cc::charts
