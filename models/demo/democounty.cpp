#include "models/demo/democounty.h"
#include "models/demo/demobuild.h"

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
    s.name = QStringLiteral("baseline");
    s.description = QStringLiteral("现行政策：按项目付费，各级报销比例不变。");
    PolicyEntry now;
    now.note = QStringLiteral("现行政策（按项目付费）");
    s.schedule = {now};
    return s;
}

// The tight-alliance reform of DESIGN.md: a wider reimbursement gap between
// levels, one global budget with surplus retention, DRG points and capitation
// for signed residents, from 2026-01.
Scenario reformScenario()
{
    Scenario s;
    s.id = kReformScenarioId;
    s.name = QStringLiteral("reform");
    s.description =
        QStringLiteral("紧密型县域医共体改革（2026年1月起）：医保基金总额付费、结余留用、超支分担；"
                       "住院按DRG点数付费；签约居民门诊按人头付费；拉开县内外报销差距；"
                       "县级医院医生下沉乡镇卫生院（全职轮岗不少于6个月，专家每周坐诊）。");
    PolicyEntry start;
    start.note = QStringLiteral("改革前：现行政策（按项目付费）");
    PolicyEntry reform;
    reform.fromMonth = kReformMonth;
    reform.note = QStringLiteral("紧密型医共体改革：医保总额付费、结余留用、超支分担，"
                                 "DRG点数法，签约按人头付费，拉开报销差距");
    PolicyParams &q = reform.params;
    // Reimbursement gap: grassroots up, out of county down 5 points (typical
    // provincial reform notices set a 5-15 point gap between levels).
    q[PolicyKey::InpatientRatioVillage] = 0.92;
    q[PolicyKey::InpatientRatioTownship] = 0.92;
    q[PolicyKey::InpatientRatioCounty] = 0.82;
    q[PolicyKey::InpatientRatioCity] -= 0.05;
    q[PolicyKey::InpatientRatioProvince] -= 0.05;
    q[PolicyKey::OutpatientRatioVillage] = 0.70;
    q[PolicyKey::OutpatientRatioTownship] = 0.65;
    q[PolicyKey::OutpatientRatioCity] -= 0.05;
    q[PolicyKey::OutpatientRatioProvince] -= 0.05;
    // 总额预算、结余留用、超支分担.
    q[PolicyKey::GlobalBudgetOn] = 1;
    q[PolicyKey::SurplusRetention] = 1.0;
    q[PolicyKey::OverrunShare] = 0.5;
    q[PolicyKey::DrgOn] = 1;
    q[PolicyKey::CapitationOn] = 1;
    q[PolicyKey::SigningRateTarget] = 0.55;
    s.schedule = {start, reform};
    return s;
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
    return p;
}

} // namespace cc::demo
