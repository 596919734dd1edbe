#include "widgets/charts/charttable.h"

#include "models/sim/calendar.h"
#include "widgets/charts/chartformat.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace cc::charts {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cc::Charts)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// QCPScatterShape values (kept as ints so this file needs no QCustomPlot header).
constexpr int kCircle = 4, kSquare = 6, kDiamond = 7, kTriangle = 9, kTriangleDown = 10;

const char *const kNames[kChartKindCount] = {
    "in-county-rate", "fund-balance", "revenue-payments", "retained-surplus", "episodes-by-level",
    "staffing",       "care"};

QString levelLabel(int level)
{
    switch (level) {
    case sim::VillageClinic:
        return Tr::tr("Village clinic");
    case sim::TownshipCentre:
        return Tr::tr("Township centre");
    case sim::CountyHospital:
        return Tr::tr("County hospital");
    case sim::OutCity:
        return Tr::tr("City (out of county)");
    default:
        return Tr::tr("Province (out of county)");
    }
}

// Level colours follow the map (widgets/map/mapstyle.h); the province, which
// the map draws like the city, gets sky blue here so the stack stays readable.
QColor levelColor(int level)
{
    switch (level) {
    case sim::VillageClinic:
        return okabeIto::bluishGreen();
    case sim::TownshipCentre:
        return okabeIto::blue();
    case sim::CountyHospital:
        return okabeIto::vermilion();
    case sim::OutCity:
        return okabeIto::reddishPurple();
    default:
        return okabeIto::skyBlue();
    }
}

const sim::Indicators &unit(const sim::Results &r, int scope, int t)
{
    return scope >= 0 && scope < r.townships ? r.townshipAt(scope, t) : r.countyAt(t);
}

template <typename F> QVector<double> monthly(const sim::Results &r, F value)
{
    QVector<double> v(r.months);
    for (int t = 0; t < r.months; ++t)
        v[t] = value(t);
    return v;
}

bool yearEnd(const sim::Results &r, int t)
{
    return (r.startMonth - 1 + t) % 12 == 11 || t == r.months - 1;
}

bool facilityInScope(const ChartData &d, int f, int scope)
{
    if (scope < 0)
        return true;
    return f < static_cast<int>(d.facilityTownships.size()) && d.facilityTownships[f] == scope;
}

// The series of one result set; `cmp` marks the compared scenario's copy.
void addSeries(ChartTable &table, ChartKind kind, const sim::Results &r, const ChartData &d,
               bool cmp)
{
    const int scope = d.scope;
    const QString suffix = cmp ? QStringLiteral(" (%1)").arg(
                                     d.compareName.isEmpty() ? Tr::tr("comparison") : d.compareName)
                               : QString();
    const Qt::PenStyle pen = cmp ? Qt::DashLine : Qt::SolidLine;
    auto add = [&](const QString &name, QVector<double> values, QColor color, int marker,
                   SeriesStyle style = SeriesStyle::Line, bool right = false,
                   Qt::PenStyle linePen = Qt::SolidLine) {
        ChartSeries s;
        s.name = name + suffix;
        s.values = std::move(values);
        s.color = color;
        s.marker = marker;
        s.style = style;
        s.rightAxis = right;
        s.comparison = cmp;
        s.pen = cmp ? pen : linePen;
        table.series.push_back(s);
    };
    switch (kind) {
    case ChartKind::InCountyRate:
        add(Tr::tr("In-county treatment rate"),
            monthly(r, [&](int t) { return 100 * unit(r, scope, t).inCountyRate; }),
            okabeIto::blue(), kCircle);
        add(Tr::tr("In-county inpatient share"),
            monthly(r, [&](int t) { return 100 * unit(r, scope, t).inCountyInpatientShare; }),
            okabeIto::vermilion(), kTriangle, SeriesStyle::Line, false, Qt::DashDotLine);
        add(Tr::tr("Grassroots share"),
            monthly(r, [&](int t) { return 100 * unit(r, scope, t).grassrootsShare; }),
            okabeIto::bluishGreen(), kSquare, SeriesStyle::Line, false, Qt::DotLine);
        break;
    case ChartKind::FundBalance:
        add(Tr::tr("Fund balance"), monthly(r, [&](int t) { return r.fund[t].closingBalance; }),
            okabeIto::blue(), kCircle);
        add(Tr::tr("Months of reserve"),
            monthly(r, [&](int t) { return r.fund[t].monthsOfReserve; }), okabeIto::orange(),
            kTriangle, SeriesStyle::Line, true, Qt::DashDotLine);
        break;
    case ChartKind::RevenuePayments:
        add(Tr::tr("Revenue"), monthly(r, [&](int t) { return r.fund[t].revenue; }),
            okabeIto::bluishGreen(), kSquare);
        add(Tr::tr("Payments"), monthly(r, [&](int t) { return r.fund[t].payments; }),
            okabeIto::vermilion(), kTriangle, SeriesStyle::Line, false, Qt::DashDotLine);
        break;
    case ChartKind::RetainedSurplus:
        add(Tr::tr("Retained surplus (alliance)"),
            monthly(r, [&](int t) { return yearEnd(r, t) ? r.fund[t].retainedSurplus : kNaN; }),
            okabeIto::bluishGreen(), 0, SeriesStyle::Bars);
        add(Tr::tr("Year-end settlement"),
            monthly(r, [&](int t) { return yearEnd(r, t) ? r.fund[t].settlements : kNaN; }),
            okabeIto::orange(), 0, SeriesStyle::Bars);
        break;
    case ChartKind::EpisodesByLevel:
        for (int l = 0; l < sim::kLevels; ++l)
            add(levelLabel(l),
                monthly(r,
                        [&](int t) {
                            const sim::Indicators &x = unit(r, scope, t);
                            return x.outpatientEpisodes[l] + x.inpatientEpisodes[l];
                        }),
                levelColor(l), 0, SeriesStyle::StackedBars);
        break;
    case ChartKind::Staffing: {
        const int F = r.facilities;
        const bool haveLevels = static_cast<int>(d.facilityLevels.size()) >= F;
        auto sum = [&](const sim::SharedSeries<double> &v, int t) {
            double total = 0;
            for (int f = 0; f < F; ++f) {
                if (!facilityInScope(d, f, scope))
                    continue;
                if (haveLevels && !sim::inCounty(d.facilityLevels[f]))
                    continue;
                total += v[static_cast<std::size_t>(f) * r.months + t];
            }
            return total;
        };
        add(Tr::tr("FTE needed (WISN)"),
            monthly(r, [&](int t) { return sum(r.facilityFteNeeded, t); }), okabeIto::vermilion(),
            kTriangle, SeriesStyle::Line, false, Qt::DashDotLine);
        add(Tr::tr("FTE posted"), monthly(r, [&](int t) { return sum(r.facilityFte, t); }),
            okabeIto::blue(), kCircle);
        break;
    }
    case ChartKind::Care: {
        add(Tr::tr("Admissions per 1,000 residents a year"),
            monthly(r, [&](int t) { return unit(r, scope, t).admissionsPer1000; }),
            okabeIto::blue(), kCircle);
        add(Tr::tr("Average length of stay (days)"),
            monthly(r, [&](int t) { return unit(r, scope, t).averageLengthOfStay; }),
            okabeIto::vermilion(), kDiamond, SeriesStyle::Line, true, Qt::DashDotLine);
        const auto lower = [&](const QString &name, QVector<double> values, QColor color,
                               int marker, Qt::PenStyle linePen) {
            add(name, std::move(values), color, marker, SeriesStyle::Line, false, linePen);
            table.series.back().panel = 1;
        };
        lower(Tr::tr("Avoided admissions"),
              monthly(r, [&](int t) { return unit(r, scope, t).avoidedAdmissions; }),
              okabeIto::bluishGreen(), kSquare, Qt::SolidLine);
        lower(Tr::tr("Referrals up"),
              monthly(r, [&](int t) { return unit(r, scope, t).referralsUp; }), okabeIto::orange(),
              kTriangle, Qt::DashLine);
        lower(Tr::tr("Referrals down"),
              monthly(r, [&](int t) { return unit(r, scope, t).referralsDown; }),
              okabeIto::reddishPurple(), kTriangleDown, Qt::DotLine);
        break;
    }
    }
}

void addReferences(ChartTable &table)
{
    auto flat = [&](double v) { return QVector<double>(table.months, v); };
    ChartSeries target;
    target.name = Tr::tr("Target 90%");
    target.values = flat(90);
    target.style = SeriesStyle::Reference;
    target.color = okabeIto::black();
    target.pen = Qt::DashLine;
    table.series.push_back(target);
    ChartSeries low = target, high = target;
    low.name = Tr::tr("Grassroots target 55-65%");
    low.values = flat(55);
    low.style = SeriesStyle::BandLow;
    low.color = okabeIto::bluishGreen();
    low.pen = Qt::DotLine;
    high.name = low.name;
    high.values = flat(65);
    high.style = SeriesStyle::BandHigh;
    high.color = low.color;
    high.pen = Qt::DotLine;
    table.series.push_back(low);
    table.series.push_back(high);
}

} // namespace

const char *chartName(ChartKind kind)
{
    return kNames[static_cast<int>(kind)];
}

std::optional<ChartKind> chartKindFromName(const QString &name)
{
    for (int i = 0; i < kChartKindCount; ++i)
        if (name == QLatin1String(kNames[i]))
            return static_cast<ChartKind>(i);
    return std::nullopt;
}

QVector<ChartKind> allChartKinds()
{
    QVector<ChartKind> kinds;
    for (int i = 0; i < kChartKindCount; ++i)
        kinds << static_cast<ChartKind>(i);
    return kinds;
}

QString chartTabTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::InCountyRate:
        return Tr::tr("In-county rate");
    case ChartKind::FundBalance:
        return Tr::tr("Fund balance");
    case ChartKind::RevenuePayments:
        return Tr::tr("Revenue");
    case ChartKind::RetainedSurplus:
        return Tr::tr("Surplus");
    case ChartKind::EpisodesByLevel:
        return Tr::tr("Episodes");
    case ChartKind::Staffing:
        return Tr::tr("Staffing");
    case ChartKind::Care:
        return Tr::tr("Care");
    }
    return QString();
}

QString chartTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::InCountyRate:
        return Tr::tr("In-county treatment");
    case ChartKind::FundBalance:
        return Tr::tr("Insurance fund balance");
    case ChartKind::RevenuePayments:
        return Tr::tr("Fund revenue and payments");
    case ChartKind::RetainedSurplus:
        return Tr::tr("Alliance retained surplus and year-end settlements");
    case ChartKind::EpisodesByLevel:
        return Tr::tr("Episodes by level");
    case ChartKind::Staffing:
        return Tr::tr("Staffing: need vs posted");
    case ChartKind::Care:
        return Tr::tr("Care: admissions and referrals");
    }
    return QString();
}

bool zeroBasedAxis(ValueFormat format)
{
    return format != ValueFormat::Percent && format != ValueFormat::PerThousand &&
           format != ValueFormat::Days;
}

QString ChartData::scopeName() const
{
    if (scope < 0)
        return Tr::tr("Whole county");
    if (scope < townshipNames.size())
        return townshipNames.at(scope);
    return Tr::tr("Township %1").arg(scope + 1);
}

QString ChartTable::yearMonth(int t) const
{
    const sim::YearMonth ym = sim::yearMonthAt(startYear, startMonth, t);
    return QStringLiteral("%1-%2").arg(ym.year).arg(ym.month, 2, 10, QLatin1Char('0'));
}

QString formatValue(double value, ValueFormat format, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QString();
    switch (format) {
    case ValueFormat::Percent:
        return formatPercent(value, locale, 2);
    case ValueFormat::Yuan:
        return formatYuan(value, locale);
    case ValueFormat::Months:
        return locale.toString(value, 'f', 2);
    case ValueFormat::Episodes:
        return locale.toString(value, 'f', 0);
    case ValueFormat::Fte:
        return locale.toString(value, 'f', 1);
    case ValueFormat::PerThousand:
        return locale.toString(value, 'f', 1);
    case ValueFormat::Days:
        return locale.toString(value, 'f', 2);
    }
    return QString();
}

ChartTable chartTable(ChartKind kind, const ChartData &data)
{
    ChartTable table;
    table.kind = kind;
    table.locale = data.locale;
    table.markers = data.markers;
    const bool fundChart = kind == ChartKind::FundBalance || kind == ChartKind::RevenuePayments ||
                           kind == ChartKind::RetainedSurplus;
    // The fund is the county's: its charts ignore the township scope.
    table.title = fundChart || (kind == ChartKind::Staffing && data.scope >= 0 &&
                                data.facilityTownships.empty())
                      ? chartTitle(kind)
                      : QStringLiteral("%1 - %2").arg(chartTitle(kind), data.scopeName());
    if (data.compare && data.compare->months > 0 && !data.scenarioName.isEmpty())
        table.title += QStringLiteral(" · ") +
                       Tr::tr("%1 vs %2 (dashed)")
                           .arg(data.scenarioName, data.compareName.isEmpty() ? Tr::tr("comparison")
                                                                              : data.compareName);
    if (!data.results)
        return table;
    const sim::Results &r = *data.results;
    table.months = r.months;
    table.startYear = r.startYear;
    table.startMonth = r.startMonth;
    switch (kind) {
    case ChartKind::InCountyRate:
        table.leftLabel = Tr::tr("Share (%)");
        table.leftFormat = ValueFormat::Percent;
        break;
    case ChartKind::FundBalance:
        table.leftLabel = Tr::tr("Balance (yuan)");
        table.leftFormat = ValueFormat::Yuan;
        table.rightLabel = Tr::tr("Months of reserve");
        table.rightFormat = ValueFormat::Months;
        table.hasRightAxis = true;
        // The reserve is the balance over a year's average spending: with both
        // axes fitted to their data the two lines lay on top of each other.
        table.rightAxisInLowerHalf = true;
        break;
    case ChartKind::RevenuePayments:
    case ChartKind::RetainedSurplus:
        table.leftLabel = Tr::tr("Yuan per month");
        if (kind == ChartKind::RetainedSurplus)
            table.leftLabel = Tr::tr("Yuan");
        table.leftFormat = ValueFormat::Yuan;
        break;
    case ChartKind::EpisodesByLevel:
        table.leftLabel = Tr::tr("Episodes per month");
        table.leftFormat = ValueFormat::Episodes;
        break;
    case ChartKind::Staffing:
        table.leftLabel = Tr::tr("Full-time equivalents");
        table.leftFormat = ValueFormat::Fte;
        break;
    case ChartKind::Care:
        table.leftLabel = Tr::tr("Per 1,000 residents a year");
        table.leftFormat = ValueFormat::PerThousand;
        table.rightLabel = Tr::tr("Days");
        table.rightFormat = ValueFormat::Days;
        table.hasRightAxis = true;
        table.hasLowerPanel = true;
        table.lowerLabel = Tr::tr("Patients per month");
        table.lowerFormat = ValueFormat::Episodes;
        break;
    }
    ChartData scoped = data;
    if (fundChart || (kind == ChartKind::Staffing && data.facilityTownships.empty()))
        scoped.scope = -1;
    addSeries(table, kind, r, scoped, false);
    if (data.compare && data.compare->months > 0) {
        ChartTable other;
        other.months = data.compare->months;
        addSeries(other, kind, *data.compare, scoped, true);
        // The compared run is drawn on this run's months (shorter or longer runs are cut or
        // padded).
        for (ChartSeries &s : other.series) {
            s.values.resize(r.months, kNaN);
            for (int t = data.compare->months; t < r.months; ++t)
                s.values[t] = kNaN;
            table.series.push_back(s);
        }
    }
    if (kind == ChartKind::InCountyRate)
        addReferences(table);
    return table;
}

} // namespace cc::charts
