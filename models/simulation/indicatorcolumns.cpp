#include "models/simulation/indicatorcolumns.h"

#include "models/sim/calendar.h"

#include <QCoreApplication>
#include <cstring>

namespace cc {

namespace {

using Row = IndicatorRow;

const sim::FundMonth &fundOf(const Row &r)
{
    return r.results.fund[static_cast<std::size_t>(r.month)];
}

// Sums of one unit's episodes by where they were treated.
struct Split {
    double inpatient = 0, inpatientInCounty = 0, outpatientInCounty = 0, outpatientGrassroots = 0,
           inCounty = 0, claimsInCounty = 0;
};
Split splitOf(const sim::Indicators &x)
{
    Split s;
    s.claimsInCounty = x.capitationYuan;
    for (int l = 0; l < sim::kLevels; ++l) {
        const double op = x.outpatientEpisodes[l], ip = x.inpatientEpisodes[l];
        s.inpatient += ip;
        if (sim::inCounty(l)) {
            s.inpatientInCounty += ip;
            s.outpatientInCounty += op;
            s.inCounty += op + ip;
            s.claimsInCounty += x.claimsYuan[l];
        }
        if (sim::grassroots(l))
            s.outpatientGrassroots += op;
    }
    return s;
}

template <int Level> double episodesAt(const Row &r)
{
    return r.unit.outpatientEpisodes[Level] + r.unit.inpatientEpisodes[Level];
}

#define CC_LABEL(text) QT_TRANSLATE_NOOP("cc::IndicatorColumns", text)

// clang-format off
const QVector<IndicatorColumn> kColumns = {
    {"month", CC_LABEL("Month index"), ColumnFormat::Month, [](const Row &r) { return double(r.month); }},
    {"year_month", CC_LABEL("Month"), ColumnFormat::YearMonth, nullptr},
    {"in_county_rate", CC_LABEL("In-county treatment rate"), ColumnFormat::Share, [](const Row &r) { return r.unit.inCountyRate; }},
    {"in_county_inpatient_share", CC_LABEL("In-county inpatient share"), ColumnFormat::Share, [](const Row &r) { return r.unit.inCountyInpatientShare; }},
    {"grassroots_share", CC_LABEL("Grassroots share of outpatient visits"), ColumnFormat::Share, [](const Row &r) { return r.unit.grassrootsShare; }},
    {"in_county_fund_share", CC_LABEL("Share of fund spent in the county"), ColumnFormat::Share, [](const Row &r) { return r.unit.inCountyFundShare; }},
    {"fund_revenue", CC_LABEL("Fund revenue"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).revenue; }},
    {"fund_payments", CC_LABEL("Fund payments"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).payments; }},
    {"fund_settlements", CC_LABEL("Year-end settlements"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).settlements; }},
    {"fund_balance", CC_LABEL("Fund balance"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).closingBalance; }},
    {"months_of_reserve", CC_LABEL("Months of reserve"), ColumnFormat::Number, [](const Row &r) { return fundOf(r).monthsOfReserve; }},
    {"retained_surplus", CC_LABEL("Retained surplus (alliance)"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).retainedSurplus; }},
    {"oop_per_capita", CC_LABEL("Out-of-pocket per resident"), ColumnFormat::Yuan, [](const Row &r) { return r.unit.oopPerCapita; }},
    // More columns; the ones above stay first and in this order.
    {"fund_opening_balance", CC_LABEL("Fund opening balance"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).openingBalance; }},
    {"fund_claims", CC_LABEL("Fund claims"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).claims; }},
    {"global_budget", CC_LABEL("Global budget"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).globalBudget; }},
    {"drg_point_value", CC_LABEL("DRG point value"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).drgPointValue; }},
    {"population", CC_LABEL("Population"), ColumnFormat::Count, [](const Row &r) { return r.unit.population; }},
    {"demand", CC_LABEL("Episodes wanted"), ColumnFormat::Count, [](const Row &r) { return r.unit.demand; }},
    {"episodes", CC_LABEL("Episodes"), ColumnFormat::Count, [](const Row &r) { return r.unit.episodes(); }},
    {"in_county_episodes", CC_LABEL("In-county episodes"), ColumnFormat::Count, [](const Row &r) { return splitOf(r.unit).inCounty; }},
    {"inpatient_episodes", CC_LABEL("Admissions"), ColumnFormat::Count, [](const Row &r) { return splitOf(r.unit).inpatient; }},
    {"in_county_inpatient_episodes", CC_LABEL("In-county admissions"), ColumnFormat::Count, [](const Row &r) { return splitOf(r.unit).inpatientInCounty; }},
    {"outpatient_in_county", CC_LABEL("In-county outpatient visits"), ColumnFormat::Count, [](const Row &r) { return splitOf(r.unit).outpatientInCounty; }},
    {"outpatient_grassroots", CC_LABEL("Grassroots outpatient visits"), ColumnFormat::Count, [](const Row &r) { return splitOf(r.unit).outpatientGrassroots; }},
    {"episodes_village", CC_LABEL("Episodes at village clinics"), ColumnFormat::Count, &episodesAt<sim::VillageClinic>},
    {"episodes_township", CC_LABEL("Episodes at township centres"), ColumnFormat::Count, &episodesAt<sim::TownshipCentre>},
    {"episodes_county", CC_LABEL("Episodes at county hospitals"), ColumnFormat::Count, &episodesAt<sim::CountyHospital>},
    {"episodes_city", CC_LABEL("Episodes at city hospitals"), ColumnFormat::Count, &episodesAt<sim::OutCity>},
    {"episodes_province", CC_LABEL("Episodes at provincial hospitals"), ColumnFormat::Count, &episodesAt<sim::OutProvince>},
    {"claims_total", CC_LABEL("Claims"), ColumnFormat::Yuan, [](const Row &r) { return r.unit.claimsTotalYuan; }},
    {"claims_in_county", CC_LABEL("Claims in the county"), ColumnFormat::Yuan, [](const Row &r) { return splitOf(r.unit).claimsInCounty; }},
    {"capitation", CC_LABEL("Capitation"), ColumnFormat::Yuan, [](const Row &r) { return r.unit.capitationYuan; }},
    {"cost_total", CC_LABEL("Cost of care"), ColumnFormat::Yuan, [](const Row &r) { return r.unit.costYuan; }},
    {"oop_total", CC_LABEL("Out-of-pocket"), ColumnFormat::Yuan, [](const Row &r) { return r.unit.oopYuan; }},
    {"oop_share_of_cost", CC_LABEL("Out-of-pocket share of cost"), ColumnFormat::Share, [](const Row &r) { return r.unit.oopShareOfCost; }},
    {"in_county_rate_12m", CC_LABEL("In-county treatment rate, 12 months"), ColumnFormat::Share, [](const Row &r) { return r.unit.inCountyRate12; }},
    {"grassroots_share_12m", CC_LABEL("Grassroots share, 12 months"), ColumnFormat::Share, [](const Row &r) { return r.unit.grassrootsShare12; }},
    {"county_doctors_per_10k", CC_LABEL("County doctors posted 6+ months per 10,000 residents"), ColumnFormat::Number, [](const Row &r) { return r.unit.countyDoctorsPer10k; }},
};
// clang-format on

#undef CC_LABEL

} // namespace

const QVector<IndicatorColumn> &indicatorColumns()
{
    return kColumns;
}

const IndicatorColumn *indicatorColumn(const char *name)
{
    for (const IndicatorColumn &c : kColumns)
        if (std::strcmp(c.name, name) == 0)
            return &c;
    return nullptr;
}

QString columnLabel(const IndicatorColumn &column)
{
    return QCoreApplication::translate("cc::IndicatorColumns", column.label);
}

QString yearMonthText(const sim::Results &results, int month)
{
    return QString::fromStdString(
        sim::formatYearMonth(sim::yearMonthAt(results.startYear, results.startMonth, month)));
}

QString csvCell(const IndicatorColumn &column, const IndicatorRow &row)
{
    if (column.format == ColumnFormat::YearMonth)
        return yearMonthText(row.results, row.month);
    if (column.format == ColumnFormat::Month)
        return QString::number(row.month);
    return QString::number(column.value(row), 'g', 15);
}

} // namespace cc
