#pragma once

// A small, complete project for tests that must not depend on the demo county.
#include "models/domain/project.h"

namespace cc::test {

inline Project smallProject()
{
    Project p;
    p.title = QStringLiteral("测试县");
    p.boundary.name = QStringLiteral("测试县");
    p.boundary.nameEn = QStringLiteral("Test County");
    p.boundary.area = {{{{118.0, 26.0}, {118.4, 26.0}, {118.4, 26.3}, {118.0, 26.3}}}};
    p.townships.insert(1, Township{1, QStringLiteral("城关镇"), QStringLiteral("Chengguan")});
    p.townships.insert(2, Township{2, QStringLiteral("青石镇"), QStringLiteral("Qingshi")});

    ServiceLine op;
    op.id = 1;
    op.code = QStringLiteral("op_minor");
    op.name = QStringLiteral("门诊-常见病");
    op.nameEn = QStringLiteral("Outpatient, minor");
    op.annualRatePerPerson = 4.2;
    op.costYuan = {40, 85, 252, 390, 450};
    op.baselineShare = {0.3, 0.3, 0.3, 0.05, 0.05};
    op.roleWeight = {0.3, 0.2, 0.05, 0.0};
    p.serviceLines.insert(op.id, op);
    ServiceLine ip = op;
    ip.id = 2;
    ip.code = QStringLiteral("ip_basic");
    ip.name = QStringLiteral("住院-基础病组");
    ip.nameEn = QStringLiteral("Inpatient, basic");
    ip.inpatient = true;
    ip.annualRatePerPerson = 0.1;
    ip.minLevel = FacilityLevel::TownshipCentre;
    ip.costYuan = {0, 2083, 6425, 12880, 15000};
    ip.baselineShare = {0, 0.4, 0.4, 0.1, 0.1};
    ip.staffMinutes = 900;
    ip.coefCost = 0.0005;
    ip.coefTravel = 0.01;
    ip.coefQuality = 3.0;
    ip.roleWeight = {0.05, 0.4, 0.05, 0.0};
    p.serviceLines.insert(ip.id, ip);

    auto settlement = [&](EntityId id, const char *name, double lon, double lat, qint64 pop,
                          EntityId township) {
        Settlement s;
        s.id = id;
        s.name = QString::fromUtf8(name);
        s.position = {lon, lat};
        s.population = pop;
        s.townshipId = township;
        s.signedShare = 0.35;
        p.settlements.insert(id, s);
    };
    settlement(1, "城关社区", 118.20, 26.15, 20000, 1);
    settlement(2, "上坪村", 118.05, 26.05, 1500, 2);
    settlement(3, "下坪村", 118.10, 26.08, 2200, 2);

    auto facility = [&](EntityId id, const char *name, FacilityLevel level, double lon, double lat,
                        EntityId township) {
        Facility f;
        f.id = id;
        f.name = QString::fromUtf8(name);
        f.level = level;
        f.position = {lon, lat};
        f.townshipId = township;
        f.beds = level == FacilityLevel::CountyHospital ? 300 : 20;
        f.inAlliance = isInCounty(level);
        f.capability = {{1, 0.8}, {2, level >= FacilityLevel::TownshipCentre ? 0.7 : 0.1}};
        p.facilities.insert(id, f);
    };
    facility(1, "县医院", FacilityLevel::CountyHospital, 118.21, 26.16, 0);
    facility(2, "青石镇卫生院", FacilityLevel::TownshipCentre, 118.08, 26.06, 2);
    facility(3, "上坪村卫生室", FacilityLevel::VillageClinic, 118.05, 26.05, 2);
    facility(4, "市第一医院", FacilityLevel::OutOfCountyCity, 118.90, 26.50, 0);

    Road r;
    r.id = 1;
    r.name = QStringLiteral("县道 X101");
    r.roadClass = RoadClass::County;
    r.speedKmh = defaultSpeedKmh(RoadClass::County);
    r.path = {{118.21, 26.16}, {118.15, 26.10}, {118.08, 26.06}};
    p.roads.insert(r.id, r);

    StaffMember a;
    a.id = 1;
    a.name = QStringLiteral("王明");
    a.role = StaffRole::Specialist;
    a.title = StaffTitle::Senior;
    a.homeFacilityId = 1;
    a.annualSalaryYuan = 180000;
    p.staff.insert(a.id, a);
    StaffMember b = a;
    b.id = 2;
    b.name = QStringLiteral("李华");
    b.role = StaffRole::GeneralPractitioner;
    b.title = StaffTitle::Junior;
    b.employerFacilityId = 2;
    b.homeFacilityId = 2;
    b.grassrootsMonths = 24;
    b.annualSalaryYuan = 90000;
    p.staff.insert(b.id, b);

    Scenario base;
    base.id = 1;
    base.name = QStringLiteral("baseline");
    base.schedule = {PolicyEntry::initial()};
    p.scenarios.insert(base.id, base);
    Scenario reform = base;
    reform.id = 2;
    reform.name = QStringLiteral("reform");
    PolicyEntry later;
    later.fromMonth = 12;
    later.changes.set(PolicyKey::GlobalBudgetOn, 1);
    later.changes.set(PolicyKey::InpatientRatioTownship, 0.95);
    later.note = QStringLiteral("总额付费");
    reform.schedule.push_back(later);
    p.scenarios.insert(reform.id, reform);

    p.postings.insert(1, Posting{1, 1, 2, 0, 12, 0.2, 0});
    p.postings.insert(2, Posting{2, 1, 2, 12, 24, 1.0, 2});
    return p;
}

} // namespace cc::test
