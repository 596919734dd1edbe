#include "models/demo/democounty.h"
#include "models/demo/demobuild.h"
#include "models/simulation/simcompile.h"

#include <cmath>

namespace cc::demo {

namespace {

using namespace detail;

void addServiceLines(Project &p)
{
    for (const ServiceLine &l : defaultServiceLines())
        p.serviceLines.insert(l.id, l);
}

Scenario baselineScenario()
{
    Scenario s;
    s.id = kBaselineScenarioId;
    s.key = QStringLiteral("baseline"); // what --scenario baseline selects
    s.name = QStringLiteral("基线方案");
    s.nameEn = QStringLiteral("Baseline");
    s.description = QStringLiteral("现行政策：按项目付费，各级报销比例不变。\n"
                                   "Current policy: fee-for-service, reimbursement unchanged at "
                                   "every level.");
    s.schedule = {PolicyEntry::initial(defaultPolicy(), QStringLiteral("现行政策（按项目付费）"))};
    return s;
}

// The tight-alliance reform of DESIGN.md: a wider reimbursement gap between
// levels, one global budget with surplus retention, DRG points and capitation
// for signed residents, from 2026-01.
Scenario reformScenario()
{
    Scenario s;
    s.id = kReformScenarioId;
    s.key = QStringLiteral("reform");
    s.name = QStringLiteral("紧密型医共体改革");
    s.nameEn = QStringLiteral("Close-knit alliance reform");
    s.description = QStringLiteral(
        "紧密型县域医共体改革（2026年1月起）：医保基金对医共体总额付费，按上年度实际支出×(1+5%)"
        "核定，"
        "按月预拨85%，年初预拨两个月周转金；结余留用、超支分担（超支10%以内基金分担一半）；"
        "大病及单次3万元以上的高额住院费用单列支付，不占医共体预算；住院按DRG点数法付费（浮动点值）"
        "；"
        "签约居民门诊按人头付费；拉开县内外报销差距；县级医院医生下沉乡镇卫生院（全职轮岗不少于6个"
        "月，"
        "专家每周坐诊）。\n"
        "Tight county alliance reform from January 2026: one global budget for the alliance, set "
        "from last year's actual spending x 1.05, 85% prepaid monthly with two months advanced as "
        "a turnover fund; the alliance keeps its surplus and shares overruns (the fund covers half "
        "within 10%); critical illness and admissions above 30,000 yuan are paid outside the "
        "budget; admissions by DRG points with a floating point value; capitation for signed "
        "residents' outpatient care; a wider reimbursement gap between in-county and "
        "out-of-county care; county doctors posted to township centres (full-time rotations of "
        "6 months or more, weekly specialist clinics).");
    const PolicyParams before = defaultPolicy();
    const PolicyEntry start =
        PolicyEntry::initial(before, QStringLiteral("改革前：现行政策（按项目付费）"));
    PolicyEntry reform;
    reform.fromMonth = kReformMonth;
    reform.note =
        QStringLiteral("紧密型医共体改革：总额付费（上年实际支出×1.05）、结余留用、超支分担，"
                       "高额费用单列，DRG点数法，签约按人头付费，拉开报销差距");
    // The reform entry states what the reform changes; everything else carries on.
    PolicyChanges &q = reform.changes;
    // Reimbursement gap: grassroots up, out of county down 5 points (typical
    // provincial reform notices set a 5-15 point gap between levels).
    q.set(PolicyKey::InpatientRatioVillage, 0.92);
    q.set(PolicyKey::InpatientRatioTownship, 0.92);
    q.set(PolicyKey::InpatientRatioCounty, 0.82);
    q.set(PolicyKey::InpatientRatioCity, before[PolicyKey::InpatientRatioCity] - 0.05);
    q.set(PolicyKey::InpatientRatioProvince, before[PolicyKey::InpatientRatioProvince] - 0.05);
    q.set(PolicyKey::OutpatientRatioVillage, 0.70);
    q.set(PolicyKey::OutpatientRatioTownship, 0.65);
    q.set(PolicyKey::OutpatientRatioCity, before[PolicyKey::OutpatientRatioCity] - 0.05);
    q.set(PolicyKey::OutpatientRatioProvince, before[PolicyKey::OutpatientRatioProvince] - 0.05);
    // 总额预算、结余留用、超支分担: the budget rules are the parameter table's
    // defaults (last year's spending x 1.05, two months of turnover fund,
    // admissions above 30,000 yuan outside the budget); the reform states the
    // retention and overrun shares it sets.
    q.set(PolicyKey::GlobalBudgetOn, 1);
    q.set(PolicyKey::SurplusRetention, 1.0);
    q.set(PolicyKey::OverrunShare, 0.5);
    q.set(PolicyKey::DrgOn, 1);
    q.set(PolicyKey::CapitationOn, 1);
    q.set(PolicyKey::SigningRateTarget, 0.55);
    s.schedule = {start, reform};
    return s;
}

// Huidong county's example: a remote imaging centre at the county hospital
// reads every township centre's films, and remote consultation links the
// larger centres' wards to the county hospital, from the reform on.
void addReformLinks(Project &p)
{
    for (const Facility &f : p.facilities) {
        if (f.level != FacilityLevel::TownshipCentre)
            continue;
        for (LinkKind kind : {LinkKind::Imaging, LinkKind::Consultation}) {
            if (kind == LinkKind::Consultation && f.beds < 40)
                continue;
            TelemedicineLink link;
            link.id = nextId<TelemedicineLink>(p);
            link.hubFacilityId = kCountyGeneralHospitalId;
            link.centreFacilityId = f.id;
            link.kind = kind;
            link.startMonth = kReformMonth;
            link.endMonth = 240;
            link.capabilityGain = linkKindDefaults(kind).capabilityGain;
            link.annualCostYuan = linkKindDefaults(kind).annualCostYuan;
            link.scenarioId = kReformScenarioId;
            p.links.insert(link.id, link);
        }
    }
}

} // namespace

Project emptyProject()
{
    Project p;
    addServiceLines(p);
    p.scenarios.insert(kBaselineScenarioId, baselineScenario());
    return p;
}

Project makeDemoProject()
{
    Project p;
    addServiceLines(p);
    p.scenarios.insert(kBaselineScenarioId, baselineScenario());
    p.scenarios.insert(kReformScenarioId, reformScenario());

    CountyLayout layout;
    buildPlaces(p, layout);
    buildFacilities(p, layout);
    buildRoads(p, layout);
    buildStaff(p);
    buildPostings(p);
    addReformLinks(p);

    // The fund starts with about 8 months of payments in reserve (a healthy
    // resident fund holds 6-9, NHSA guidance); payments are close to revenue
    // under fee-for-service, so 8 months of revenue, rounded to 10,000 yuan.
    const PolicyParams policy = defaultPolicy();
    const double annualRevenue =
        policy[PolicyKey::InsuredShare] * double(p.totalPopulation()) *
        (policy[PolicyKey::FiscalSubsidyYuan] + policy[PolicyKey::PersonalPremiumYuan]);
    p.settings[SettingKey::InitialFundBalanceYuan] = std::round(annualRevenue * 8 / 12 / 1e4) * 1e4;
    p.settings[SettingKey::TargetInCountyRate] = 0.85;
    p.settings[SettingKey::TargetInCountyInpatientShare] = 0.75;
    p.settings[SettingKey::TargetGrassrootsShare] = 0.50;
    // The choice constants are fitted so the baseline reproduces the stated
    // starting shares (DESIGN.md "Choice"); the demo opens calibrated.
    calibrateProject(p);
    return p;
}

} // namespace cc::demo
