// The default service-line catalogue and the capabilities the demo facilities
// start with. Sources are named beside each number; the shares are derived from
// the calibration targets so that the stated starting point is consistent.
#include "models/demo/demobuild.h"
#include "models/demo/democounty.h"

#include <cmath>

namespace cc::demo {

namespace {

using Levels = std::array<double, kFacilityLevelCount>; // VC, THC, CH, city, province

constexpr int kVC = 0, kTHC = 1, kCH = 2, kCity = 3, kProv = 4;

// Rates per person per year. Outpatient: DESIGN.md rural default 6.0 visits
// (national 6.8, NHC statistical bulletin 2023), split 70/30 minor/chronic.
// Inpatient: 0.20 admissions (national admission rate about 21%, 2023), split
// 0.10/0.07/0.03 by DRG group severity (editable assumption).
constexpr double kRateMinor = 4.2, kRateChronic = 1.8;
constexpr double kRateBasic = 0.10, kRateSecondary = 0.07, kRateComplex = 0.03;
constexpr double kRwBasic = 0.6, kRwSecondary = 1.2, kRwComplex = 3.0;

// Average cost per episode by level, yuan (DESIGN.md, 2020-2023 national health
// statistics: VC outpatient 40; THC 85 / 2,083; CH 252 / 6,425; out-of-county
// 390 / 12,880). The province is 20% dearer than the city (editable assumption).
constexpr Levels kOutpatientCost{40, 85, 252, 390, 468};
constexpr Levels kInpatientCost{2083, 2083, 6425, 12880, 15456};
// Minor visits cost 10% below the average, chronic ones correspondingly more
// (0.7 x 0.9 + 0.3 x 1.2333 = 1), so the outpatient mix keeps the DESIGN averages.
constexpr double kMinorCostFactor = 0.9;
constexpr double kChronicCostFactor = (1.0 - 0.7 * kMinorCostFactor) / 0.3;

double roundTo(double v, double step)
{
    return std::round(v / step) * step;
}

struct Targets {
    double inCountyRate;
    double inCountyInpatientShare;
    double grassrootsShare;
};

// Stated starting shares by level. Most are fixed typical values; the shares of
// ip_secondary and op_chronic are solved from the targets, so the demand-
// weighted aggregates hit them exactly:
//   in-county inpatient = sum_k rate_k * inCounty_k / IP          (ip lines)
//   in-county rate      = (in-county OP + in-county IP) / (OP + IP)
//   grassroots share    = (VC + THC) OP / in-county OP
struct SharePlan {
    Levels minor{0.30, 0.18, 0.40, 0.08, 0.04};
    Levels chronic{};
    Levels basic{0, 0.40, 0.50, 0.07, 0.03};
    Levels secondary{};
    Levels complex{0, 0, 0.45, 0.30, 0.25};
};

SharePlan planShares(const Targets &t)
{
    SharePlan plan;
    const double op = kRateMinor + kRateChronic;
    const double ip = kRateBasic + kRateSecondary + kRateComplex;
    auto inCounty = [](const Levels &s) { return s[kVC] + s[kTHC] + s[kCH]; };

    const double secondaryIn = (t.inCountyInpatientShare * ip - kRateBasic * inCounty(plan.basic) -
                                kRateComplex * inCounty(plan.complex)) /
                               kRateSecondary;
    plan.secondary = {0, 0, secondaryIn, (1 - secondaryIn) * 0.7, 0};
    plan.secondary[kProv] = 1 - plan.secondary[kCH] - plan.secondary[kCity];

    const double opInCounty = t.inCountyRate * (op + ip) - t.inCountyInpatientShare * ip;
    const double chronicIn = (opInCounty - kRateMinor * inCounty(plan.minor)) / kRateChronic;
    const double grassroots = t.grassrootsShare * opInCounty;
    const double chronicGrassroots =
        (grassroots - kRateMinor * (plan.minor[kVC] + plan.minor[kTHC])) / kRateChronic;
    // Chronic patients collect refills at the village clinic but are mostly
    // followed at the township centre (40/60).
    plan.chronic[kVC] = 0.4 * chronicGrassroots;
    plan.chronic[kTHC] = chronicGrassroots - plan.chronic[kVC];
    plan.chronic[kCH] = chronicIn - chronicGrassroots;
    plan.chronic[kCity] = (1 - chronicIn) * 0.65;
    plan.chronic[kProv] = 1 - chronicIn - plan.chronic[kCity];
    return plan;
}

ServiceLine outpatientLine(EntityId id, const char *code, const char *name, const char *nameEn,
                           double rate, double costFactor, const Levels &shares)
{
    ServiceLine l;
    l.id = id;
    l.code = QLatin1String(code);
    l.name = QString::fromUtf8(name);
    l.nameEn = QLatin1String(nameEn);
    l.inpatient = false;
    l.annualRatePerPerson = rate;
    l.minLevel = FacilityLevel::VillageClinic;
    for (int v = 0; v < kFacilityLevelCount; ++v)
        l.costYuan[v] = roundTo(kOutpatientCost[v] * costFactor, 1);
    l.baselineShare = shares;
    // Outpatient priors (DESIGN.md, rural-China discrete-choice studies).
    l.coefCost = 0.010;
    l.coefTravel = 0.030;
    l.coefQuality = 2.0;
    return l;
}

ServiceLine inpatientLine(EntityId id, const char *code, const char *name, const char *nameEn,
                          double rate, double rw, FacilityLevel minLevel, const Levels &shares)
{
    ServiceLine l;
    l.id = id;
    l.code = QLatin1String(code);
    l.name = QString::fromUtf8(name);
    l.nameEn = QLatin1String(nameEn);
    l.inpatient = true;
    l.annualRatePerPerson = rate;
    l.drgWeight = rw;
    l.minLevel = minLevel;
    l.baselineShare = shares;
    // Inpatient priors (DESIGN.md, rural-China discrete-choice studies).
    l.coefCost = 0.0005;
    l.coefTravel = 0.010;
    l.coefQuality = 3.0;
    return l;
}

// Inpatient cost of line k at a level = that level's average admission cost x
// RW_k / the level's mean RW under the stated shares, so each level's average
// admission costs what DESIGN.md says while harder groups cost more.
void setInpatientCosts(QVector<ServiceLine> &lines)
{
    for (int v = 0; v < kFacilityLevelCount; ++v) {
        // A village clinic admits nobody at the start: price it like a township
        // centre. City and province share one case mix, so the province stays
        // dearer than the city group by group.
        auto mixShare = [v](const ServiceLine &l) {
            if (v == kVC)
                return l.baselineShare[kTHC];
            if (v >= kCity)
                return l.baselineShare[kCity] + l.baselineShare[kProv];
            return l.baselineShare[v];
        };
        double episodes = 0, weighted = 0;
        for (const ServiceLine &l : lines)
            if (l.inpatient) {
                episodes += l.annualRatePerPerson * mixShare(l);
                weighted += l.annualRatePerPerson * mixShare(l) * l.drgWeight;
            }
        const double meanRw = episodes > 0 ? weighted / episodes : 1.0;
        for (ServiceLine &l : lines)
            if (l.inpatient)
                l.costYuan[v] = roundTo(kInpatientCost[v] * l.drgWeight / meanRw, 10);
    }
}

} // namespace

QVector<ServiceLine> defaultServiceLines()
{
    const ModelSettings settings = defaultSettings();
    const SharePlan plan = planShares({settings[SettingKey::TargetInCountyRate],
                                       settings[SettingKey::TargetInCountyInpatientShare],
                                       settings[SettingKey::TargetGrassrootsShare]});
    QVector<ServiceLine> lines;
    ServiceLine minor = outpatientLine(1, "op_minor", "门诊-常见病", "Outpatient, common illness",
                                       kRateMinor, kMinorCostFactor, plan.minor);
    // WISN-style standard times: 10-15 min for a first-contact visit, longer for
    // a chronic-disease review (editable assumption).
    minor.staffMinutes = 12;
    minor.roleWeight = {0.30, 0.15, 0.05, 0.02}; // GP, specialist, nurse, public health
    ServiceLine chronic =
        outpatientLine(2, "op_chronic", "门诊-慢性病", "Outpatient, chronic disease", kRateChronic,
                       kChronicCostFactor, plan.chronic);
    chronic.staffMinutes = 18;
    chronic.roleWeight = {0.30, 0.20, 0.05, 0.08};
    // Inpatient staff minutes: physician and nursing time per admission, from
    // mean stays of about 5 / 8 / 12 days (editable assumption).
    ServiceLine basic =
        inpatientLine(3, "ip_basic", "住院-基础病组", "Inpatient, basic DRG groups", kRateBasic,
                      kRwBasic, FacilityLevel::TownshipCentre, plan.basic);
    basic.staffMinutes = 600;
    basic.roleWeight = {0.10, 0.35, 0.08, 0.0};
    ServiceLine secondary =
        inpatientLine(4, "ip_secondary", "住院-中等病组", "Inpatient, intermediate DRG groups",
                      kRateSecondary, kRwSecondary, FacilityLevel::CountyHospital, plan.secondary);
    secondary.staffMinutes = 1200;
    secondary.roleWeight = {0.05, 0.40, 0.05, 0.0};
    ServiceLine complex =
        inpatientLine(5, "ip_complex", "住院-复杂病组", "Inpatient, complex DRG groups",
                      kRateComplex, kRwComplex, FacilityLevel::CountyHospital, plan.complex);
    complex.staffMinutes = 2400;
    complex.roleWeight = {0.02, 0.30, 0.03, 0.0};
    // Days in bed per admission: the national averages (township centres 6.7
    // days, NHC 2022; public hospitals 8.4 days, NHC statistical bulletin 2023)
    // spread over the groups by severity (editable assumption).
    basic.lengthOfStayDays = {0, 6.0, 6.0, 6.5, 6.5};
    // Admissions good primary care can avoid (ambulatory-care-sensitive:
    // hypertension, diabetes, COPD, pneumonia...), mostly in the basic groups
    // (editable assumption after studies putting them at a fifth to a third of
    // rural admissions); the chronic-disease line takes the care that replaces them.
    basic.avoidableShare = 0.35;
    secondary.avoidableShare = 0.12;
    complex.avoidableShare = 0.02;
    chronic.managedCare = true;
    secondary.lengthOfStayDays = {0, 8.0, 8.5, 9.0, 9.0};
    complex.lengthOfStayDays = {0, 11.0, 12.0, 12.0, 12.0};
    lines << minor << chronic << basic << secondary << complex;
    for (ServiceLine &l : lines)
        l.qMin = 0.55; // a posted senior specialist (w 0.35-0.40) lifts a THC with cap0 0.3 over it
    setInpatientCosts(lines);
    return lines;
}

namespace detail {

double typicalCapability(FacilityLevel level, HospitalKind kind, const QString &lineCode)
{
    // Columns: op_minor, op_chronic, ip_basic, ip_secondary, ip_complex.
    // Village clinics handle common illness well and admit nobody; township
    // centres manage chronic disease and basic admissions; the county general
    // hospital handles most groups; referral hospitals handle all (assumption
    // after the NHC service-capability standards for THCs and county hospitals).
    static const double table[][5] = {
        {0.75, 0.55, 0.05, 0.00, 0.00}, // village clinic
        {0.85, 0.75, 0.60, 0.30, 0.10}, // township centre
        {0.92, 0.90, 0.90, 0.80, 0.60}, // county general hospital
        {0.95, 0.95, 0.95, 0.92, 0.85}, // prefecture city hospital
        {0.97, 0.97, 0.97, 0.96, 0.95}, // provincial hospital
        {0.90, 0.88, 0.80, 0.60, 0.35}, // county TCM hospital
    };
    static const char *const codes[] = {"op_minor", "op_chronic", "ip_basic", "ip_secondary",
                                        "ip_complex"};
    int column = -1;
    for (int c = 0; c < 5; ++c)
        if (lineCode == QLatin1String(codes[c]))
            column = c;
    if (column < 0)
        return 0.5;
    int row = static_cast<int>(level);
    if (level == FacilityLevel::CountyHospital && kind != HospitalKind::General)
        row = 5;
    return table[row][column];
}

} // namespace detail

} // namespace cc::demo
