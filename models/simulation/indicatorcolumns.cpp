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

// The labels are spelled out as QT_TRANSLATE_NOOP (not through a macro) so that
// lupdate finds them: the workbook's Chinese headers and the comparison table
// read them translated.
// clang-format off
const QVector<IndicatorColumn> kColumns = {
    {"month", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Month index"), ColumnFormat::Month, [](const Row &r) { return double(r.month); }},
    {"year_month", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Month"), ColumnFormat::YearMonth, nullptr},
    {"in_county_rate", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "In-county treatment rate"), ColumnFormat::Share, [](const Row &r) { return r.unit.inCountyRate; }},
    {"in_county_inpatient_share", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "In-county inpatient share"), ColumnFormat::Share, [](const Row &r) { return r.unit.inCountyInpatientShare; }},
    {"grassroots_share", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Grassroots share of outpatient visits"), ColumnFormat::Share, [](const Row &r) { return r.unit.grassrootsShare; }},
    {"in_county_fund_share", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Share of fund spent in the county"), ColumnFormat::Share, [](const Row &r) { return r.unit.inCountyFundShare; }},
    {"fund_revenue", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Fund revenue"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).revenue; }},
    {"fund_payments", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Fund payments"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).payments; }},
    {"fund_settlements", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Year-end settlements"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).settlements; }},
    {"fund_balance", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Fund balance"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).closingBalance; }},
    {"months_of_reserve", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Months of reserve"), ColumnFormat::Number, [](const Row &r) { return fundOf(r).monthsOfReserve; }},
    {"retained_surplus", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Retained surplus (alliance)"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).retainedSurplus; }},
    {"oop_per_capita", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Out-of-pocket per resident"), ColumnFormat::Yuan, [](const Row &r) { return r.unit.oopPerCapita; }},
    // More columns; the ones above stay first and in this order.
    {"fund_opening_balance", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Fund opening balance"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).openingBalance; }},
    {"fund_claims", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Fund claims"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).claims; }},
    {"global_budget", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Global budget"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).globalBudget; }},
    {"drg_point_value", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "DRG point value"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).drgPointValue; }},
    {"population", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Population"), ColumnFormat::Count, [](const Row &r) { return r.unit.population; }},
    {"demand", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Episodes wanted"), ColumnFormat::Count, [](const Row &r) { return r.unit.demand; }},
    {"episodes", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Episodes"), ColumnFormat::Count, [](const Row &r) { return r.unit.episodes(); }},
    {"in_county_episodes", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "In-county episodes"), ColumnFormat::Count, [](const Row &r) { return splitOf(r.unit).inCounty; }},
    {"inpatient_episodes", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Admissions"), ColumnFormat::Count, [](const Row &r) { return splitOf(r.unit).inpatient; }},
    {"in_county_inpatient_episodes", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "In-county admissions"), ColumnFormat::Count, [](const Row &r) { return splitOf(r.unit).inpatientInCounty; }},
    {"outpatient_in_county", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "In-county outpatient visits"), ColumnFormat::Count, [](const Row &r) { return splitOf(r.unit).outpatientInCounty; }},
    {"outpatient_grassroots", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Grassroots outpatient visits"), ColumnFormat::Count, [](const Row &r) { return splitOf(r.unit).outpatientGrassroots; }},
    {"episodes_village", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Episodes at village clinics"), ColumnFormat::Count, &episodesAt<sim::VillageClinic>},
    {"episodes_township", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Episodes at township centres"), ColumnFormat::Count, &episodesAt<sim::TownshipCentre>},
    {"episodes_county", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Episodes at county hospitals"), ColumnFormat::Count, &episodesAt<sim::CountyHospital>},
    {"episodes_city", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Episodes at city hospitals"), ColumnFormat::Count, &episodesAt<sim::OutCity>},
    {"episodes_province", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Episodes at provincial hospitals"), ColumnFormat::Count, &episodesAt<sim::OutProvince>},
    {"claims_total", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Claims"), ColumnFormat::Yuan, [](const Row &r) { return r.unit.claimsTotalYuan; }},
    {"claims_in_county", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Claims in the county"), ColumnFormat::Yuan, [](const Row &r) { return splitOf(r.unit).claimsInCounty; }},
    {"capitation", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Capitation"), ColumnFormat::Yuan, [](const Row &r) { return r.unit.capitationYuan; }},
    {"cost_total", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Cost of care"), ColumnFormat::Yuan, [](const Row &r) { return r.unit.costYuan; }},
    {"oop_total", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Out-of-pocket"), ColumnFormat::Yuan, [](const Row &r) { return r.unit.oopYuan; }},
    {"oop_share_of_cost", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Out-of-pocket share of cost"), ColumnFormat::Share, [](const Row &r) { return r.unit.oopShareOfCost; }},
    {"in_county_rate_12m", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "In-county treatment rate, 12 months"), ColumnFormat::Share, [](const Row &r) { return r.unit.inCountyRate12; }},
    {"grassroots_share_12m", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Grassroots share, 12 months"), ColumnFormat::Share, [](const Row &r) { return r.unit.grassrootsShare12; }},
    {"county_doctors_per_10k", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "County doctors posted for at least the minimum term per 10,000 residents"), ColumnFormat::Number, [](const Row &r) { return r.unit.countyDoctorsPer10k; }},
    // Model 2: the fund as counties run it, capacity by beds and by staff.
    {"critical_illness_payments", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Critical-illness carve-out payments"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).criticalIllness; }},
    {"turnover_fund", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Turnover fund advanced (+) or recovered (-)"), ColumnFormat::Yuan, [](const Row &r) { return fundOf(r).turnover; }},
    {"bed_occupancy", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Bed occupancy"), ColumnFormat::Share, [](const Row &r) { return r.unit.bedOccupancy; }},
    {"outpatient_wait", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Outpatient congestion"), ColumnFormat::Number, [](const Row &r) { return r.unit.outpatientWait; }},
    {"inpatient_wait", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Inpatient congestion"), ColumnFormat::Number, [](const Row &r) { return r.unit.inpatientWait; }},
    // Model 2, part 2: the care the reform's mechanisms change.
    {"avoided_admissions", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Avoided admissions"), ColumnFormat::Count, [](const Row &r) { return r.unit.avoidedAdmissions; }},
    {"admissions_per_1000", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Admissions per 1,000 residents a year"), ColumnFormat::Number, [](const Row &r) { return r.unit.admissionsPer1000; }},
    {"average_length_of_stay_days", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Average length of stay (days)"), ColumnFormat::Number, [](const Row &r) { return r.unit.averageLengthOfStay; }},
    {"referrals_up", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Referrals up"), ColumnFormat::Count, [](const Row &r) { return r.unit.referralsUp; }},
    {"referrals_down", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Referrals down"), ColumnFormat::Count, [](const Row &r) { return r.unit.referralsDown; }},
    {"telemedicine_cost", QT_TRANSLATE_NOOP("cc::IndicatorColumns", "Telemedicine links' cost"), ColumnFormat::Yuan, [](const Row &r) { return r.unit.telemedicineCostYuan; }},
};
// clang-format on

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
