// The built-in demo county 青山县: complete, valid, deterministic, and stated
// starting shares that meet the calibration targets (DESIGN.md "Built-in demo county").
#include "models/demo/democounty.h"
#include "models/domain/validation.h"
#include "models/store/projectstore.h"
#include "tests/clirun.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace cc;

namespace {

// Crossing-number test, written independently of the generator's own.
bool inside(const Ring &ring, const LonLat &p)
{
    bool in = false;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const LonLat &a = ring[i], &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat) &&
            p.lon < a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon))
            in = !in;
    }
    return in;
}

double cross(const LonLat &o, const LonLat &a, const LonLat &b)
{
    return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
}

bool segmentsCross(const LonLat &a, const LonLat &b, const LonLat &c, const LonLat &d)
{
    return cross(a, b, c) * cross(a, b, d) < 0 && cross(c, d, a) * cross(c, d, b) < 0;
}

struct Aggregates {
    double inCountyRate = 0, inCountyInpatient = 0, grassroots = 0;
};

// Demand-weighted stated shares: population cancels, so rates are the weights.
Aggregates statedAggregates(const Project &p)
{
    double all = 0, inCounty = 0, ip = 0, ipIn = 0, opIn = 0, opGrass = 0;
    for (const ServiceLine &l : p.serviceLines) {
        for (int v = 0; v < kFacilityLevelCount; ++v) {
            const double e = l.annualRatePerPerson * l.baselineShare[v];
            const auto level = static_cast<FacilityLevel>(v);
            all += e;
            if (isInCounty(level))
                inCounty += e;
            if (l.inpatient) {
                ip += e;
                if (isInCounty(level))
                    ipIn += e;
            } else if (isInCounty(level)) {
                opIn += e;
                if (isGrassroots(level))
                    opGrass += e;
            }
        }
    }
    return {inCounty / all, ipIn / ip, opGrass / opIn};
}

int countLevel(const Project &p, FacilityLevel level)
{
    int n = 0;
    for (const Facility &f : p.facilities)
        n += f.level == level;
    return n;
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { m_p = demo::makeDemoProject(); }

    void isDeterministicAndValid()
    {
        QVERIFY(demo::makeDemoProject() == m_p);
        QCOMPARE(validateProject(m_p), QString());
        QCOMPARE(m_p.title, QStringLiteral("青山县"));
        QCOMPARE(m_p.boundary.nameEn, QStringLiteral("Qingshan County"));
    }

    void peopleAndPlaces()
    {
        const qint64 population = m_p.totalPopulation();
        QVERIFY2(population >= 360000 && population <= 400000,
                 qPrintable(QString::number(population)));
        QCOMPARE(m_p.townships.size(), 15);
        QVERIFY(m_p.settlements.size() >= 200 && m_p.settlements.size() <= 240);
        qint64 urban = 0;
        QSet<QString> names;
        for (const Settlement &s : m_p.settlements) {
            QVERIFY(m_p.townships.contains(s.townshipId));
            QVERIFY(s.signedShare >= 0.30 && s.signedShare <= 0.40);
            QVERIFY(s.population > 0);
            QVERIFY(!s.nameEn.isEmpty());
            names.insert(s.name);
            if (s.urban) {
                urban += s.population;
                QCOMPARE(m_p.townships[s.townshipId].name, QStringLiteral("城关镇"));
            }
        }
        QCOMPARE(names.size(), m_p.settlements.size()); // names are unique
        const double seatShare = double(urban) / double(population);
        QVERIFY2(seatShare >= 0.25 && seatShare <= 0.30, qPrintable(QString::number(seatShare)));
    }

    void boundaryIsOneSimplePolygon()
    {
        QCOMPARE(m_p.boundary.area.size(), 1);
        QCOMPARE(m_p.boundary.area[0].size(), 1);
        const Ring &ring = m_p.boundary.area[0][0];
        QVERIFY(ring.size() >= 60 && ring.size() <= 200);
        const int n = ring.size();
        for (int i = 0; i < n; ++i)
            for (int j = i + 2; j < n; ++j) {
                if (i == 0 && j == n - 1)
                    continue; // adjacent through the closing edge
                QVERIFY2(!segmentsCross(ring[i], ring[(i + 1) % n], ring[j], ring[(j + 1) % n]),
                         qPrintable(QStringLiteral("edges %1 and %2 cross").arg(i).arg(j)));
            }
        const double area = areaKm2(m_p.boundary.area);
        QVERIFY2(area >= 2800 && area <= 3400, qPrintable(QString::number(area)));
        const BoundingBox box = boundingBox(m_p.boundary.area);
        QVERIFY(box.minLon > 117.7 && box.maxLon < 118.8 && box.minLat > 25.8 && box.maxLat < 26.6);
    }

    void facilitiesByLevel()
    {
        QCOMPARE(countLevel(m_p, FacilityLevel::CountyHospital), 2);
        QCOMPARE(countLevel(m_p, FacilityLevel::TownshipCentre), 15);
        QCOMPARE(countLevel(m_p, FacilityLevel::OutOfCountyCity), 1);
        QCOMPARE(countLevel(m_p, FacilityLevel::OutOfCountyProvince), 1);
        QSet<HospitalKind> kinds;
        QSet<EntityId> townshipsWithCentre;
        for (const Facility &f : m_p.facilities) {
            QCOMPARE(f.inAlliance, isInCounty(f.level));
            QCOMPARE(f.capability.size(), m_p.serviceLines.size());
            if (f.level == FacilityLevel::CountyHospital) {
                kinds.insert(f.kind);
                // Sized to their patients (Model 2): the general hospital
                // 850 beds, the TCM hospital 330.
                QVERIFY(f.beds >= 300 && f.beds <= 900);
            }
            if (f.level == FacilityLevel::TownshipCentre) {
                QVERIFY(f.beds >= 20 && f.beds <= 60);
                townshipsWithCentre.insert(f.townshipId);
            }
        }
        QCOMPARE(kinds, (QSet<HospitalKind>{HospitalKind::General, HospitalKind::Tcm}));
        QCOMPARE(townshipsWithCentre.size(), 15);
    }

    void oneClinicPerVillage()
    {
        // A village clinic (村卫生室) per village, a community health service
        // station (社区卫生服务站) per urban community, each beside its place.
        for (const Settlement &s : m_p.settlements) {
            const QString name = s.urban ? s.name + QStringLiteral("卫生服务站")
                                         : s.name.chopped(1) + QStringLiteral("村卫生室");
            int clinics = 0;
            for (const Facility &f : m_p.facilities)
                if (f.level == FacilityLevel::VillageClinic && f.townshipId == s.townshipId &&
                    f.name == name) {
                    ++clinics;
                    QVERIFY(distanceKm(f.position, s.position) < 0.5);
                }
            QVERIFY2(clinics == 1, qPrintable(s.name));
        }
        QCOMPARE(countLevel(m_p, FacilityLevel::VillageClinic), int(m_p.settlements.size()));
    }

    void capabilityRisesWithLevel()
    {
        // Mean cap0 per level and line: never lower at a higher general level.
        for (const ServiceLine &l : m_p.serviceLines) {
            double mean[kFacilityLevelCount] = {}, count[kFacilityLevelCount] = {};
            for (const Facility &f : m_p.facilities)
                if (f.kind == HospitalKind::General) {
                    mean[int(f.level)] += f.capability.value(l.id);
                    count[int(f.level)] += 1;
                }
            for (int v = 1; v < kFacilityLevelCount; ++v)
                QVERIFY2(mean[v] / count[v] >= mean[v - 1] / count[v - 1], qPrintable(l.code));
        }
    }

    void inCountyInsideOutOfCountyOutside()
    {
        const Ring &ring = m_p.boundary.area[0][0];
        for (const Settlement &s : m_p.settlements)
            QVERIFY2(inside(ring, s.position), qPrintable(s.name));
        LonLat countyHospital;
        for (const Facility &f : m_p.facilities) {
            QVERIFY2(inside(ring, f.position) == isInCounty(f.level), qPrintable(f.name));
            if (f.level == FacilityLevel::CountyHospital && f.kind == HospitalKind::General)
                countyHospital = f.position;
        }
        for (const Facility &f : m_p.facilities) {
            const double km = distanceKm(countyHospital, f.position);
            if (f.level == FacilityLevel::OutOfCountyCity)
                QVERIFY2(km > 60 && km < 80, qPrintable(QString::number(km)));
            if (f.level == FacilityLevel::OutOfCountyProvince)
                QVERIFY2(km > 160 && km < 200, qPrintable(QString::number(km)));
        }
    }

    void roadsFormOneNetwork()
    {
        // Roads join where they share a vertex; every road is reachable from the national road.
        QHash<QPair<double, double>, int> vertexIds;
        QVector<int> parent;
        auto find = [&](int x) {
            while (parent[x] != x)
                x = parent[x] = parent[parent[x]];
            return x;
        };
        auto idOf = [&](const LonLat &p) {
            const auto key = qMakePair(p.lon, p.lat);
            if (!vertexIds.contains(key)) {
                vertexIds.insert(key, parent.size());
                parent.push_back(parent.size());
            }
            return vertexIds.value(key);
        };
        QSet<RoadClass> classes;
        for (const Road &r : m_p.roads) {
            classes.insert(r.roadClass);
            QCOMPARE(r.speedKmh, defaultSpeedKmh(r.roadClass));
            const int first = idOf(r.path.front());
            for (const LonLat &p : r.path)
                parent[find(idOf(p))] = find(first);
        }
        const int root = find(idOf(m_p.roads.first().path.front()));
        for (const Road &r : m_p.roads)
            QVERIFY2(find(idOf(r.path.front())) == root, qPrintable(r.name));
        QCOMPARE(classes.size(), kRoadClassCount);
        // Every township seat (its centre) lies on the network.
        for (const Facility &f : m_p.facilities)
            if (f.level == FacilityLevel::TownshipCentre ||
                f.level >= FacilityLevel::OutOfCountyCity) {
                double nearest = 1e9;
                for (auto it = vertexIds.cbegin(); it != vertexIds.cend(); ++it)
                    nearest = std::min(nearest,
                                       distanceKm(f.position, {it.key().first, it.key().second}));
                QVERIFY2(nearest < 1.0, qPrintable(f.name));
            }
    }

    void serviceLinesMeetTargets()
    {
        const QStringList codes{QStringLiteral("op_minor"), QStringLiteral("op_chronic"),
                                QStringLiteral("ip_basic"), QStringLiteral("ip_secondary"),
                                QStringLiteral("ip_complex")};
        QStringList actual;
        for (const ServiceLine &l : m_p.serviceLines) {
            actual << l.code;
            double sum = 0;
            for (int v = 0; v < kFacilityLevelCount; ++v) {
                sum += l.baselineShare[v];
                if (v < int(l.minLevel))
                    QCOMPARE(l.baselineShare[v], 0.0);
                else
                    QVERIFY(l.baselineShare[v] > 0);
                if (v > int(l.minLevel))
                    QVERIFY2(l.costYuan[v] > l.costYuan[v - 1], qPrintable(l.code));
            }
            QVERIFY(std::abs(sum - 1) < 1e-9);
        }
        QCOMPARE(actual, codes);
        const Aggregates a = statedAggregates(m_p);
        QVERIFY2(std::abs(a.inCountyRate - m_p.settings[SettingKey::TargetInCountyRate]) < 0.005,
                 qPrintable(QString::number(a.inCountyRate)));
        QVERIFY2(std::abs(a.inCountyInpatient - 0.75) < 0.005,
                 qPrintable(QString::number(a.inCountyInpatient)));
        QVERIFY2(std::abs(a.grassroots - 0.50) < 0.005, qPrintable(QString::number(a.grassroots)));
        QCOMPARE(m_p.settings[SettingKey::TargetInCountyRate], 0.85);
        QCOMPARE(m_p.settings[SettingKey::TargetInCountyInpatientShare], 0.75);
        QCOMPARE(m_p.settings[SettingKey::TargetGrassrootsShare], 0.50);
    }

    void scenariosAndPolicy()
    {
        QCOMPARE(m_p.scenarios.size(), 2);
        const EntityId baseline = m_p.scenarioIdByName(QStringLiteral("baseline"));
        const EntityId reform = m_p.scenarioIdByName(QStringLiteral("reform"));
        QVERIFY(baseline != 0 && reform != 0);
        QCOMPARE(m_p.scenarios[baseline].schedule.size(), 1);
        QVERIFY(m_p.scenarios[baseline].schedule[0].changes.setsAll());
        QVERIFY(policyOfEntry(m_p.scenarios[baseline].schedule, 0) == defaultPolicy());
        // The reform's 2026-01 entry states what the reform sets, nothing else:
        // an edit of the month-0 policy carries on past it.
        const PolicyEntry &reformEntry = m_p.scenarios[reform].schedule[1];
        QVERIFY(reformEntry.changes.count() < kPolicyKeyCount / 2);
        QVERIFY(!reformEntry.changes.sets(PolicyKey::NoReferralCut));
        QVERIFY(reformEntry.changes.sets(PolicyKey::GlobalBudgetOn));
        QVERIFY(m_p.policyAt(reform, 11) == defaultPolicy());
        const PolicyParams after = m_p.policyAt(reform, 12);
        QVERIFY(after.flag(PolicyKey::GlobalBudgetOn) && after.flag(PolicyKey::DrgOn) &&
                after.flag(PolicyKey::CapitationOn));
        QVERIFY(after[PolicyKey::InpatientRatioTownship] >
                defaultPolicy()[PolicyKey::InpatientRatioTownship]);
        QVERIFY(after[PolicyKey::InpatientRatioCity] <
                defaultPolicy()[PolicyKey::InpatientRatioCity]);
        for (const Scenario &s : m_p.scenarios)
            for (const PolicyEntry &e : s.schedule)
                QVERIFY(!e.note.isEmpty());
        const double revenue = 0.95 * m_p.totalPopulation() * 1070;
        QVERIFY(std::abs(m_p.settings[SettingKey::InitialFundBalanceYuan] - revenue * 8 / 12) <
                1e5);
    }

    void staffAndPostings()
    {
        // Sized to the patients (Model 2): about 4 staff per 1,000 residents.
        QVERIFY(m_p.staff.size() >= 1200 && m_p.staff.size() <= 2000);
        int byRole[kStaffRoleCount] = {};
        for (const StaffMember &m : m_p.staff) {
            ++byRole[int(m.role)];
            QVERIFY(m_p.facilities.contains(m.homeFacilityId));
            QVERIFY(m.employerFacilityId == 0 || m.employerFacilityId == m.homeFacilityId);
            QVERIFY(m.annualSalaryYuan >= 30000 && m.annualSalaryYuan <= 250000);
        }
        for (int r = 0; r < kStaffRoleCount; ++r)
            QVERIFY(byRole[r] > 0);
        const EntityId reform = m_p.scenarioIdByName(QStringLiteral("reform"));
        int reformPostings = 0, shared = 0;
        for (const Posting &p : m_p.postings) {
            QVERIFY(m_p.staff.contains(p.staffId));
            QCOMPARE(m_p.staff[p.staffId].employerFacilityId, EntityId(0)); // county hires only
            QCOMPARE(m_p.facilities[p.facilityId].level, FacilityLevel::TownshipCentre);
            QVERIFY(p.scenarioId == 0 || p.scenarioId == reform);
            if (p.scenarioId == reform) {
                ++reformPostings;
                QVERIFY(p.startMonth >= 12);
                QVERIFY(p.endMonth - p.startMonth >= 6 || p.fte < 1.0);
            } else {
                ++shared;
            }
            for (const Posting &q : m_p.postings) // nobody is in two places at once
                if (q.id != p.id && q.staffId == p.staffId)
                    QVERIFY(q.endMonth <= p.startMonth || p.endMonth <= q.startMonth);
        }
        QVERIFY(reformPostings >= 20 && reformPostings <= 40);
        QVERIFY(shared >= 1 && shared <= 8);
    }

    void emptyProject()
    {
        const Project p = demo::emptyProject();
        QCOMPARE(validateProject(p), QString());
        QCOMPARE(p.serviceLines.size(), 5);
        QCOMPARE(p.scenarios.size(), 1);
        QCOMPARE(p.scenarios.first().key, QStringLiteral("baseline"));
        QCOMPARE(p.baselineScenarioId(), p.scenarios.first().id);
        QVERIFY(p.settlements.isEmpty() && p.facilities.isEmpty());
        QCOMPARE(demo::defaultServiceLines().size(), 5);
    }

    void cliNewWritesTheDemoAndRefusesToOverwrite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("青山县.ccplan"));
        QCOMPARE(runCli({QStringLiteral("new"), QStringLiteral("--demo"), file}).exitCode, 0);
        store::LoadResult loaded = store::loadProject(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QVERIFY(loaded.project == m_p);

        const CliRun again = runCli({QStringLiteral("new"), QStringLiteral("--demo"), file});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("--force")), qPrintable(again.err));
        QVERIFY(store::loadProject(file).project == m_p); // untouched

        QCOMPARE(runCli({QStringLiteral("new"), file, QStringLiteral("--force")}).exitCode, 0);
        loaded = store::loadProject(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QVERIFY(loaded.project == demo::emptyProject());
    }

    void cliNewUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no file") << QStringList{QStringLiteral("new"), QStringLiteral("--demo")};
        QTest::newRow("two files") << QStringList{QStringLiteral("new"), QStringLiteral("a.ccplan"),
                                                  QStringLiteral("b.ccplan")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("new"), QStringLiteral("--demos"), QStringLiteral("a.ccplan")};
    }

    void cliNewUsageErrors()
    {
        QFETCH(QStringList, args);
        QCOMPARE(runCli(args).exitCode, 64);
    }

    // Not a check: the key numbers for the project log.
    void summary()
    {
        const Aggregates a = statedAggregates(m_p);
        double roadKm[kRoadClassCount] = {};
        for (const Road &r : m_p.roads)
            for (int i = 1; i < r.path.size(); ++i)
                roadKm[int(r.roadClass)] += distanceKm(r.path[i - 1], r.path[i]);
        int staff[kStaffRoleCount] = {};
        for (const StaffMember &m : m_p.staff)
            ++staff[int(m.role)];
        // Fee-for-service payments at the stated shares under the default policy.
        const PolicyParams pol = defaultPolicy();
        double payments = 0, cost = 0;
        for (const ServiceLine &l : m_p.serviceLines)
            for (int v = 0; v < kFacilityLevelCount; ++v) {
                const auto level = static_cast<FacilityLevel>(v);
                const double c = l.costYuan[v];
                const double paid = std::max(0.0, c - pol[deductibleKey(l.inpatient, level)]) *
                                    pol[ratioKey(l.inpatient, level)] *
                                    pol[PolicyKey::InScopeShare];
                const double episodes = pol[PolicyKey::InsuredShare] * m_p.totalPopulation() *
                                        l.annualRatePerPerson * l.baselineShare[v];
                payments += episodes * paid;
                cost += episodes * c;
            }
        const double revenue = pol[PolicyKey::InsuredShare] * m_p.totalPopulation() * 1070;
        qInfo("population %lld, settlements %d, townships %d, area %.0f km2", m_p.totalPopulation(),
              int(m_p.settlements.size()), int(m_p.townships.size()), areaKm2(m_p.boundary.area));
        qInfo("facilities: VC %d THC %d CH %d city %d province %d",
              countLevel(m_p, FacilityLevel::VillageClinic),
              countLevel(m_p, FacilityLevel::TownshipCentre),
              countLevel(m_p, FacilityLevel::CountyHospital),
              countLevel(m_p, FacilityLevel::OutOfCountyCity),
              countLevel(m_p, FacilityLevel::OutOfCountyProvince));
        qInfo("staff %d: GP %d specialist %d nurse %d public health %d; postings %d",
              int(m_p.staff.size()), staff[0], staff[1], staff[2], staff[3],
              int(m_p.postings.size()));
        qInfo("roads %d: expressway %.0f national %.0f provincial %.0f county %.0f village %.0f km",
              int(m_p.roads.size()), roadKm[0], roadKm[1], roadKm[2], roadKm[3], roadKm[4]);
        qInfo("stated shares: in-county %.4f, in-county inpatient %.4f, grassroots %.4f",
              a.inCountyRate, a.inCountyInpatient, a.grassroots);
        qInfo("fund: revenue %.0f, FFS payments %.0f (%.2f of revenue), total cost %.0f, start "
              "balance %.0f",
              revenue, payments, payments / revenue, cost,
              m_p.settings[SettingKey::InitialFundBalanceYuan]);
    }

private:
    Project m_p;
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
