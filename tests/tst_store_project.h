#pragma once
// A small but complete project for the store tests: every table holds rows, and
// the doubles are chosen to need all 17 significant digits.

#include "models/domain/project.h"

inline cc::Project makeStoreTestProject()
{
    using namespace cc;
    Project p;
    p.title = QStringLiteral("青山县 test / Qingshan test");
    p.boundary.name = QStringLiteral("青山县");
    p.boundary.nameEn = QStringLiteral("Qingshan County");
    p.boundary.adcode = QStringLiteral("999001");
    p.boundary.area = {{{{110.0, 30.0}, {110.5, 30.0}, {110.5, 30.4}, {110.0, 30.4}},
                        {{110.1, 30.1}, {110.2, 30.1}, {110.2, 30.2}}},
                       {{{110.6, 30.0}, {110.7, 30.0}, {110.7, 30.1 + 1.0 / 3.0}}}};
    p.settings[SettingKey::HorizonMonths] = 48;
    p.settings[SettingKey::CoefInCounty] = 0.1 + 0.2; // 0.30000000000000004

    for (int i = 1; i <= 3; ++i)
        p.townships.insert(
            i, Township{i, QStringLiteral("乡镇%1").arg(i), QStringLiteral("Township %1").arg(i)});

    ServiceLine op;
    op.id = 1;
    op.code = QStringLiteral("op_minor");
    op.name = QStringLiteral("门诊小病");
    op.nameEn = QStringLiteral("Outpatient minor");
    op.annualRatePerPerson = 4.2;
    op.costYuan = {40, 85, 252, 390, 390};
    op.baselineShare = {0.3, 0.25, 0.35, 0.05, 0.05};
    op.asc = {0, -0.123456789012345, 0.5, -1.0 / 7.0, -2};
    op.roleWeight = {0.5, 0.3, 0.2, 0.1};
    p.serviceLines.insert(op.id, op);
    ServiceLine ip;
    ip.id = 2;
    ip.code = QStringLiteral("ip_basic");
    ip.name = QStringLiteral("住院基础");
    ip.inpatient = true;
    ip.annualRatePerPerson = 0.12;
    ip.drgWeight = 0.85;
    ip.minLevel = FacilityLevel::TownshipCentre;
    ip.qMin = 0.6;
    ip.costYuan = {0, 2083, 6425, 12880, 12880};
    ip.coefCost = 0.0005;
    ip.coefTravel = 0.01;
    ip.coefQuality = 3.0;
    p.serviceLines.insert(ip.id, ip);

    const LonLat sites[] = {{110.1, 30.1}, {110.2 + 1e-12, 30.2}, {110.3, 30.3}, {110.25, 30.15}};
    for (int i = 1; i <= 4; ++i) {
        Settlement s;
        s.id = i;
        s.name = QStringLiteral("村%1").arg(i);
        s.nameEn = QStringLiteral("Village %1").arg(i);
        s.position = sites[i - 1];
        s.population = 1000 * i + 7;
        s.townshipId = (i - 1) % 3 + 1;
        s.signedShare = i / 10.0 + 1.0 / 3.0;
        s.urban = i == 4;
        p.settlements.insert(s.id, s);
    }

    Facility ch;
    ch.id = 1;
    ch.name = QStringLiteral("县人民医院");
    ch.nameEn = QStringLiteral("County People's Hospital");
    ch.level = FacilityLevel::CountyHospital;
    ch.position = {110.25, 30.25};
    ch.beds = 500;
    ch.capability = {{1, 1.0}, {2, 0.95}};
    p.facilities.insert(ch.id, ch);
    Facility thc;
    thc.id = 2;
    thc.name = QStringLiteral("一乡卫生院");
    thc.level = FacilityLevel::TownshipCentre;
    thc.position = {110.11, 30.12};
    thc.beds = 20;
    thc.townshipId = 1;
    thc.capability = {{1, 0.8}, {2, 0.3 + 1e-9}};
    p.facilities.insert(thc.id, thc);
    Facility vc;
    vc.id = 5; // ids need not be dense
    vc.name = QStringLiteral("村卫生室");
    vc.position = {110.31, 30.29};
    vc.townshipId = 3;
    vc.capability = {{1, 0.4}};
    p.facilities.insert(vc.id, vc);
    Facility city;
    city.id = 6;
    city.name = QStringLiteral("市中心医院");
    city.level = FacilityLevel::OutOfCountyCity;
    city.position = {111.0, 31.0};
    city.inAlliance = false;
    p.facilities.insert(city.id, city);

    Road road;
    road.id = 1;
    road.name = QStringLiteral("县道 X001");
    road.roadClass = RoadClass::County;
    road.speedKmh = 35;
    road.path = {{110.1, 30.1}, {110.15, 30.17}, {110.25, 30.25}};
    p.roads.insert(road.id, road);

    StaffMember a;
    a.id = 1;
    a.name = QStringLiteral("张医生");
    a.role = StaffRole::Specialist;
    a.title = StaffTitle::Senior;
    a.homeFacilityId = 1;
    a.grassrootsMonths = 6;
    a.annualSalaryYuan = 180000.5;
    p.staff.insert(a.id, a);
    StaffMember b;
    b.id = 2;
    b.name = QStringLiteral("李护士");
    b.role = StaffRole::Nurse;
    b.employerFacilityId = 2;
    b.homeFacilityId = 2;
    b.annualSalaryYuan = 72000;
    p.staff.insert(b.id, b);

    Scenario baseline;
    baseline.id = 1;
    baseline.key = QStringLiteral("baseline");
    baseline.name = QStringLiteral("baseline");
    baseline.description = QStringLiteral("Fee for service");
    baseline.schedule = {PolicyEntry::initial(), PolicyEntry{}};
    baseline.schedule[1].fromMonth = 12;
    baseline.schedule[1].changes.set(PolicyKey::FiscalSubsidyYuan, 700);
    baseline.schedule[1].note = QStringLiteral("2026 subsidy");
    p.scenarios.insert(baseline.id, baseline);
    Scenario reform;
    reform.id = 2;
    reform.name = QStringLiteral("紧密型医共体");
    reform.nameEn = QStringLiteral("Close-knit alliance");
    reform.schedule = {PolicyEntry::initial(), PolicyEntry{}};
    reform.schedule[1].fromMonth = 6;
    reform.schedule[1].changes.set(PolicyKey::GlobalBudgetOn, 1);
    reform.schedule[1].changes.set(PolicyKey::InpatientRatioTownship, 0.9 + 1e-15);
    p.scenarios.insert(reform.id, reform);

    p.postings.insert(1, Posting{1, 1, 2, 0, 6, 0.2, 0});
    p.postings.insert(2, Posting{2, 1, 2, 6, 24, 0.6, 2}); // reform scenario only
    p.postings.insert(3, Posting{3, 2, 2, 0, 60, 1.0, 0});
    return p;
}
