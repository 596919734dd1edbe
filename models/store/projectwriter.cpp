#include "models/store/projectwriter.h"

#include "models/store/gpkggeometry.h"
#include "models/store/schema.h"
#include "models/store/sqlitedb.h"
#include "models/store/storeerror.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace cc::store {

namespace {

// One prepared INSERT, executed once per row; any failure stops the save.
class Insert {
public:
    Insert(SqliteDb &db, const char *sql) : m_db(db), m_stmt(db, sql)
    {
        if (!m_stmt.isValid())
            failSql();
    }
    template <typename... Values> void row(const Values &...values)
    {
        int index = 1;
        (bindOne(index++, values), ...);
        if (m_stmt.execute() != SQLITE_OK)
            failSql();
    }

private:
    void bindOne(int i, qint64 v) { m_stmt.bind(i, v); }
    void bindOne(int i, int v) { m_stmt.bind(i, v); }
    void bindOne(int i, bool v) { m_stmt.bind(i, v ? 1 : 0); }
    void bindOne(int i, double v) { m_stmt.bind(i, v); }
    void bindOne(int i, const QString &v) { m_stmt.bind(i, v); }
    void bindOne(int i, const QByteArray &v) { m_stmt.bindBlob(i, v); }
    [[noreturn]] void failSql() { fail(LoadStatus::InvalidContent, m_db.errorMessageWithReason()); }

    SqliteDb &m_db;
    SqliteStatement m_stmt;
};

int level(FacilityLevel l)
{
    return static_cast<int>(l);
}

void writeMeta(SqliteDb &db, const Project &p)
{
    Insert meta(db, "INSERT INTO cc_meta (key, value) VALUES (?, ?)");
    meta.row(QStringLiteral("schema_version"), QString::number(kSchemaVersion));
    meta.row(QStringLiteral("min_compatible_version"), QString::number(kSchemaVersion));
    meta.row(QStringLiteral("application"), QStringLiteral("CountyCare Planner"));
    meta.row(QStringLiteral("title"), p.title);
    meta.row(QStringLiteral("boundary_name"), p.boundary.name);
    meta.row(QStringLiteral("boundary_name_en"), p.boundary.nameEn);
    meta.row(QStringLiteral("boundary_adcode"), p.boundary.adcode);

    Insert setting(db, "INSERT INTO cc_settings (key, value) VALUES (?, ?)");
    for (int i = 0; i < kSettingKeyCount; ++i)
        setting.row(QString::fromLatin1(settingSpec(static_cast<SettingKey>(i)).key),
                    p.settings.at(i));
}

void writeScenarios(SqliteDb &db, const Project &p)
{
    Insert scenario(db, "INSERT INTO cc_scenarios (id, name, description, key, name_en) "
                        "VALUES (?, ?, ?, ?, ?)");
    Insert entry(db,
                 "INSERT INTO cc_policy_entries (scenario_id, from_month, note) VALUES (?, ?, ?)");
    Insert value(db, "INSERT INTO cc_policy_values (scenario_id, from_month, key, value) "
                     "VALUES (?, ?, ?, ?)");
    for (const Scenario &s : p.scenarios) {
        scenario.row(s.id, s.name, s.description, s.key, s.nameEn);
        for (const PolicyEntry &e : s.schedule) {
            entry.row(s.id, e.fromMonth, e.note);
            for (PolicyKey key : e.changes.keys()) // only what the entry sets
                value.row(s.id, e.fromMonth, QString::fromLatin1(policySpec(key).key),
                          e.changes.value(key));
        }
    }
}

void writeServiceLines(SqliteDb &db, const Project &p)
{
    Insert line(db,
                "INSERT INTO cc_service_lines (id, code, name, name_en, inpatient, "
                "annual_rate_per_person, drg_weight, min_level, q_min, staff_minutes, "
                "coef_cost, coef_travel, coef_quality, "
                "cost_village, cost_township, cost_county, cost_city, cost_province, "
                "share_village, share_township, share_county, share_city, share_province, "
                "asc_village, asc_township, asc_county, asc_city, asc_province, "
                "weight_gp, weight_specialist, weight_nurse, weight_public_health, "
                "los_village, los_township, los_county, los_city, los_province, "
                "avoidable_share, managed_care) VALUES "
                "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    static_assert(kFacilityLevelCount == 5 && kStaffRoleCount == 4, "update cc_service_lines");
    for (const ServiceLine &l : p.serviceLines) {
        const auto &c = l.costYuan;
        const auto &s = l.baselineShare;
        const auto &a = l.asc;
        const auto &w = l.roleWeight;
        const auto &d = l.lengthOfStayDays;
        line.row(l.id, l.code, l.name, l.nameEn, l.inpatient, l.annualRatePerPerson, l.drgWeight,
                 level(l.minLevel), l.qMin, l.staffMinutes, l.coefCost, l.coefTravel, l.coefQuality,
                 c[0], c[1], c[2], c[3], c[4], s[0], s[1], s[2], s[3], s[4], a[0], a[1], a[2], a[3],
                 a[4], w[0], w[1], w[2], w[3], d[0], d[1], d[2], d[3], d[4], l.avoidableShare,
                 l.managedCare);
    }
}

void writeLayers(SqliteDb &db, const Project &p)
{
    Insert settlement(db, "INSERT INTO settlements (fid, geom, name, name_en, population, "
                          "township_id, urban, signed_share) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Settlement &s : p.settlements)
        settlement.row(s.id, encodePoint(s.position), s.name, s.nameEn, s.population, s.townshipId,
                       s.urban, s.signedShare);

    Insert facility(db, "INSERT INTO facilities (fid, geom, name, name_en, level, kind, beds, "
                        "township_id, in_alliance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Insert capability(db, "INSERT INTO cc_facility_capability (facility_id, line_id, capability) "
                          "VALUES (?, ?, ?)");
    for (const Facility &f : p.facilities) {
        facility.row(f.id, encodePoint(f.position), f.name, f.nameEn, level(f.level),
                     static_cast<int>(f.kind), f.beds, f.townshipId, f.inAlliance);
        for (auto it = f.capability.cbegin(); it != f.capability.cend(); ++it)
            capability.row(f.id, it.key(), it.value());
    }

    Insert road(db, "INSERT INTO roads (fid, geom, name, road_class, speed_kmh) "
                    "VALUES (?, ?, ?, ?, ?)");
    for (const Road &r : p.roads)
        road.row(r.id, encodeLineString(r.path), r.name, static_cast<int>(r.roadClass), r.speedKmh);

    if (!p.boundary.area.isEmpty()) {
        Insert boundary(db, "INSERT INTO county_boundary (fid, geom, name, name_en, adcode) "
                            "VALUES (1, ?, ?, ?, ?)");
        boundary.row(encodeMultiPolygon(p.boundary.area), p.boundary.name, p.boundary.nameEn,
                     p.boundary.adcode);
    }
}

void writeTownshipsAndStaff(SqliteDb &db, const Project &p)
{
    Insert township(db, "INSERT INTO cc_townships (id, name, name_en) VALUES (?, ?, ?)");
    for (const Township &t : p.townships)
        township.row(t.id, t.name, t.nameEn);

    Insert staff(db, "INSERT INTO cc_staff (id, name, role, title, employer_facility_id, "
                     "home_facility_id, grassroots_months, annual_salary_yuan) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const StaffMember &m : p.staff)
        staff.row(m.id, m.name, static_cast<int>(m.role), static_cast<int>(m.title),
                  m.employerFacilityId, m.homeFacilityId, m.grassrootsMonths, m.annualSalaryYuan);

    Insert posting(db, "INSERT INTO cc_postings (id, staff_id, facility_id, start_month, "
                       "end_month, fte, scenario_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const Posting &x : p.postings)
        posting.row(x.id, x.staffId, x.facilityId, x.startMonth, x.endMonth, x.fte, x.scenarioId);

    Insert link(db, "INSERT INTO cc_telemedicine_links (id, hub_facility_id, centre_facility_id, "
                    "kind, start_month, end_month, capability_gain, annual_cost_yuan, scenario_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const TelemedicineLink &x : p.links)
        link.row(x.id, x.hubFacilityId, x.centreFacilityId, static_cast<int>(x.kind), x.startMonth,
                 x.endMonth, x.capabilityGain, x.annualCostYuan, x.scenarioId);
}

// gpkg_contents holds each layer's extent (Req. 13 allows NULL for an empty layer).
void writeExtents(SqliteDb &db, const Project &p)
{
    // Rows another program deleted come back (schema.h).
    if (QString e = repairGeoPackageMetadata(db); !e.isEmpty())
        fail(LoadStatus::InvalidContent, e);
    QVector<LonLat> settlements, facilities, roads;
    for (const Settlement &s : p.settlements)
        settlements.push_back(s.position);
    for (const Facility &f : p.facilities)
        facilities.push_back(f.position);
    for (const Road &r : p.roads)
        roads += r.path;
    const std::pair<const char *, BoundingBox> layers[] = {
        {"settlements", boundingBox(settlements)},
        {"facilities", boundingBox(facilities)},
        {"roads", boundingBox(roads)},
        {"county_boundary", boundingBox(p.boundary.area)},
    };
    SqliteStatement update(db, "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, "
                               "max_y = ?, last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                               "WHERE table_name = ?");
    if (!update.isValid())
        fail(LoadStatus::InvalidContent, db.errorMessage());
    for (const auto &[table, box] : layers) {
        if (box.valid) {
            update.bind(1, box.minLon);
            update.bind(2, box.minLat);
            update.bind(3, box.maxLon);
            update.bind(4, box.maxLat);
        } else {
            for (int i = 1; i <= 4; ++i)
                update.bindNull(i);
        }
        update.bind(5, QString::fromLatin1(table));
        if (update.execute() != SQLITE_OK)
            fail(LoadStatus::InvalidContent, db.errorMessageWithReason());
    }
}

} // namespace

void writeProject(SqliteDb &db, const Project &project)
{
    writeMeta(db, project);
    writeTownshipsAndStaff(db, project);
    writeServiceLines(db, project);
    writeScenarios(db, project);
    writeLayers(db, project);
    writeExtents(db, project);
}

void clearProject(SqliteDb &db)
{
    QStringList tables = dataTables();
    tables << QStringLiteral("cc_meta");
    for (const QString &t : tables) {
        const QByteArray sql = QStringLiteral("DELETE FROM \"%1\"").arg(t).toUtf8();
        if (db.exec(sql.constData()) != SQLITE_OK)
            fail(LoadStatus::InvalidContent, db.errorMessageWithReason());
    }
}

} // namespace cc::store
