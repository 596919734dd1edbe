#include "models/store/projectwriter.h"

#include "models/store/gpkggeometry.h"
#include "models/store/schema.h"
#include "models/store/spatialindex.h"
#include "models/store/sqlitedb.h"
#include "models/store/storeerror.h"

#include <QCoreApplication>
#include <QSet>
#include <sqlite3.h>

namespace cc::store {

namespace {

// Writes one table's rows by their key: a row whose key is in the file is
// updated in the columns CountyCare knows, a new key is inserted, and finish()
// deletes the rows whose key was not written. Columns and rows CountyCare does
// not know keep their values: another program's added column survives a save,
// and so does what a newer CountyCare keeps in a column of its own (the table
// is never emptied and refilled). Any failure stops the save.
class RowWriter {
public:
    // `keys`: the primary key's columns; `columns`: the others CountyCare writes.
    // Values are given to row() keys first, in this order.
    RowWriter(SqliteDb &db, const char *table, std::initializer_list<const char *> keys,
              std::initializer_list<const char *> columns, bool sweep = true)
        : m_db(db), m_table(QString::fromLatin1(table)), m_stmt(db, sql(table, keys, columns)),
          m_sweep(sweep)
    {
        if (!m_stmt.isValid())
            failSql();
    }
    template <typename... Values> void row(const Values &...values)
    {
        int index = 1;
        (bindOne(index++, values), ...);
        int rc = m_stmt.step();
        if (rc == SQLITE_ROW) {
            m_written.insert(m_stmt.int64(0));
            rc = m_stmt.step();
        }
        m_stmt.reset();
        if (rc != SQLITE_DONE)
            failSql();
    }
    // Deletes the rows not written (when sweeping).
    void finish()
    {
        if (!m_sweep)
            return;
        QVector<qint64> stale;
        {
            SqliteStatement all(
                m_db, QStringLiteral("SELECT rowid FROM \"%1\"").arg(m_table).toUtf8().constData());
            int rc;
            while ((rc = all.step()) == SQLITE_ROW)
                if (!m_written.contains(all.int64(0)))
                    stale.push_back(all.int64(0));
            if (rc != SQLITE_DONE)
                failSql();
        }
        SqliteStatement remove(
            m_db,
            QStringLiteral("DELETE FROM \"%1\" WHERE rowid = ?").arg(m_table).toUtf8().constData());
        for (qint64 rowid : std::as_const(stale)) {
            remove.bind(1, rowid);
            if (remove.execute() != SQLITE_OK)
                failSql();
        }
    }

private:
    static QByteArray sql(const char *table, std::initializer_list<const char *> keys,
                          std::initializer_list<const char *> columns)
    {
        QStringList names, placeholders, updates;
        QStringList keyNames;
        for (const char *k : keys)
            keyNames << QString::fromLatin1(k);
        names = keyNames;
        for (const char *c : columns) {
            names << QString::fromLatin1(c);
            updates << QStringLiteral("%1 = excluded.%1").arg(QLatin1String(c));
        }
        // A table that is all key still needs an update for RETURNING to name
        // its existing row (DO NOTHING returns nothing, and the sweep would
        // then delete it).
        if (updates.isEmpty())
            for (const QString &k : std::as_const(keyNames))
                updates << QStringLiteral("%1 = excluded.%1").arg(k);
        for (qsizetype i = 0; i < names.size(); ++i)
            placeholders << QStringLiteral("?");
        return QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET "
                              "%5 RETURNING rowid")
            .arg(QLatin1String(table), names.join(QLatin1String(", ")),
                 placeholders.join(QLatin1String(", ")), keyNames.join(QLatin1String(", ")),
                 updates.join(QLatin1String(", ")))
            .toUtf8();
    }
    void bindOne(int i, qint64 v) { m_stmt.bind(i, v); }
    void bindOne(int i, int v) { m_stmt.bind(i, v); }
    void bindOne(int i, bool v) { m_stmt.bind(i, v ? 1 : 0); }
    void bindOne(int i, double v) { m_stmt.bind(i, v); }
    void bindOne(int i, const QString &v) { m_stmt.bind(i, v); }
    void bindOne(int i, const QByteArray &v) { m_stmt.bindBlob(i, v); }
    [[noreturn]] void failSql() { fail(LoadStatus::InvalidContent, m_db.errorMessageWithReason()); }

    SqliteDb &m_db;
    QString m_table;
    SqliteStatement m_stmt;
    bool m_sweep;
    QSet<qint64> m_written;
};

int level(FacilityLevel l)
{
    return static_cast<int>(l);
}

void writeMeta(SqliteDb &db, const Project &p)
{
    // The version keys are never lowered: a newer CountyCare's file saved here
    // keeps saying what it is, with what this version did not know kept too.
    SqliteStatement version(db, "INSERT INTO cc_meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                                "DO UPDATE SET value = excluded.value WHERE "
                                "CAST(cc_meta.value AS INTEGER) < CAST(excluded.value AS INTEGER)");
    for (const char *key : {"schema_version", "min_compatible_version"}) {
        version.bind(1, QString::fromLatin1(key));
        version.bind(2, QString::number(kSchemaVersion));
        if (version.execute() != SQLITE_OK)
            fail(LoadStatus::InvalidContent, db.errorMessageWithReason());
    }
    // Keys this version does not write (a newer one's) stay.
    RowWriter meta(db, "cc_meta", {"key"}, {"value"}, false);
    meta.row(QStringLiteral("application"), QStringLiteral("CountyCare Planner"));
    meta.row(QStringLiteral("title"), p.title);
    meta.row(QStringLiteral("boundary_name"), p.boundary.name);
    meta.row(QStringLiteral("boundary_name_en"), p.boundary.nameEn);
    meta.row(QStringLiteral("boundary_adcode"), p.boundary.adcode);

    RowWriter setting(db, "cc_settings", {"key"}, {"value"});
    for (int i = 0; i < kSettingKeyCount; ++i)
        setting.row(QString::fromLatin1(settingSpec(static_cast<SettingKey>(i)).key),
                    p.settings.at(i));
    setting.finish();
}

void writeScenarios(SqliteDb &db, const Project &p)
{
    RowWriter scenario(db, "cc_scenarios", {"id"}, {"name", "description", "key", "name_en"});
    RowWriter entry(db, "cc_policy_entries", {"scenario_id", "from_month"}, {"note"});
    RowWriter value(db, "cc_policy_values", {"scenario_id", "from_month", "key"}, {"value"});
    for (const Scenario &s : p.scenarios) {
        scenario.row(s.id, s.name, s.description, s.key, s.nameEn);
        for (const PolicyEntry &e : s.schedule) {
            entry.row(s.id, e.fromMonth, e.note);
            for (PolicyKey key : e.changes.keys()) // only what the entry sets
                value.row(s.id, e.fromMonth, QString::fromLatin1(policySpec(key).key),
                          e.changes.value(key));
        }
    }
    value.finish();
    entry.finish();
    scenario.finish();
}

void writeServiceLines(SqliteDb &db, const Project &p)
{
    RowWriter line(db, "cc_service_lines", {"id"},
                   {"code",
                    "name",
                    "name_en",
                    "inpatient",
                    "annual_rate_per_person",
                    "drg_weight",
                    "min_level",
                    "q_min",
                    "staff_minutes",
                    "coef_cost",
                    "coef_travel",
                    "coef_quality",
                    "cost_village",
                    "cost_township",
                    "cost_county",
                    "cost_city",
                    "cost_province",
                    "share_village",
                    "share_township",
                    "share_county",
                    "share_city",
                    "share_province",
                    "asc_village",
                    "asc_township",
                    "asc_county",
                    "asc_city",
                    "asc_province",
                    "weight_gp",
                    "weight_specialist",
                    "weight_nurse",
                    "weight_public_health",
                    "los_village",
                    "los_township",
                    "los_county",
                    "los_city",
                    "los_province",
                    "avoidable_share",
                    "managed_care"});
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
    line.finish();
}

void writeLayers(SqliteDb &db, const Project &p)
{
    RowWriter settlement(
        db, "settlements", {"fid"},
        {"geom", "name", "name_en", "population", "township_id", "urban", "signed_share"});
    for (const Settlement &s : p.settlements)
        settlement.row(s.id, encodePoint(s.position), s.name, s.nameEn, s.population, s.townshipId,
                       s.urban, s.signedShare);
    settlement.finish();

    RowWriter facility(
        db, "facilities", {"fid"},
        {"geom", "name", "name_en", "level", "kind", "beds", "township_id", "in_alliance"});
    RowWriter capability(db, "cc_facility_capability", {"facility_id", "line_id"}, {"capability"});
    for (const Facility &f : p.facilities) {
        facility.row(f.id, encodePoint(f.position), f.name, f.nameEn, level(f.level),
                     static_cast<int>(f.kind), f.beds, f.townshipId, f.inAlliance);
        for (auto it = f.capability.cbegin(); it != f.capability.cend(); ++it)
            capability.row(f.id, it.key(), it.value());
    }
    capability.finish();
    facility.finish();

    RowWriter road(db, "roads", {"fid"}, {"geom", "name", "road_class", "speed_kmh"});
    for (const Road &r : p.roads)
        road.row(r.id, encodeLineString(r.path), r.name, static_cast<int>(r.roadClass), r.speedKmh);
    road.finish();

    RowWriter boundary(db, "county_boundary", {"fid"}, {"geom", "name", "name_en", "adcode"});
    if (!p.boundary.area.isEmpty())
        boundary.row(qint64(1), encodeMultiPolygon(p.boundary.area), p.boundary.name,
                     p.boundary.nameEn, p.boundary.adcode);
    boundary.finish();
}

void writeTownshipsAndStaff(SqliteDb &db, const Project &p)
{
    RowWriter township(db, "cc_townships", {"id"}, {"name", "name_en"});
    for (const Township &t : p.townships)
        township.row(t.id, t.name, t.nameEn);
    township.finish();

    RowWriter staff(db, "cc_staff", {"id"},
                    {"name", "role", "title", "employer_facility_id", "home_facility_id",
                     "grassroots_months", "annual_salary_yuan"});
    for (const StaffMember &m : p.staff)
        staff.row(m.id, m.name, static_cast<int>(m.role), static_cast<int>(m.title),
                  m.employerFacilityId, m.homeFacilityId, m.grassrootsMonths, m.annualSalaryYuan);
    staff.finish();

    RowWriter posting(
        db, "cc_postings", {"id"},
        {"staff_id", "facility_id", "start_month", "end_month", "fte", "scenario_id"});
    for (const Posting &x : p.postings)
        posting.row(x.id, x.staffId, x.facilityId, x.startMonth, x.endMonth, x.fte, x.scenarioId);
    posting.finish();

    RowWriter link(db, "cc_telemedicine_links", {"id"},
                   {"hub_facility_id", "centre_facility_id", "kind", "start_month", "end_month",
                    "capability_gain", "annual_cost_yuan", "scenario_id"});
    for (const TelemedicineLink &x : p.links)
        link.row(x.id, x.hubFacilityId, x.centreFacilityId, static_cast<int>(x.kind), x.startMonth,
                 x.endMonth, x.capabilityGain, x.annualCostYuan, x.scenarioId);
    link.finish();
}

void writePlanner(SqliteDb &db, const Project &p)
{
    RowWriter action(db, "cc_investment_catalogue", {"action"},
                     {"capital_yuan", "annual_yuan", "units", "capability_gain", "running_years"});
    for (int i = 0; i < kInvestmentKindCount; ++i) {
        const InvestmentCost &c = p.catalogue.costs[static_cast<std::size_t>(i)];
        action.row(QString::fromLatin1(investmentKindInfo(static_cast<InvestmentKind>(i)).code),
                   c.capitalYuan, c.annualYuan, c.units, c.capabilityGain, c.runningYears);
    }
    action.finish();
    RowWriter setting(db, "cc_planner_settings", {"key"}, {"value"});
    setting.row(QStringLiteral("golden_hour_minutes"), p.catalogue.goldenHourMinutes);
    setting.finish();
    RowWriter centre(db, "cc_care_centres", {"facility_id", "kind"}, {});
    // A designation outlives its facility in memory only (removing a facility
    // does not touch the map); the file keeps those of existing facilities.
    for (auto it = p.careCentres.cbegin(); it != p.careCentres.cend(); ++it)
        for (int k = 0; k < kCareCentreKindCount; ++k)
            if ((it.value() & (1 << k)) && p.facilities.contains(it.key()))
                centre.row(it.key(), k);
    centre.finish();
    RowWriter investment(db, "cc_investments", {"id"},
                         {"scenario_id", "kind", "facility_id", "neighbour_id", "settlement_id",
                          "line_id", "units", "capability_gain", "centre_kind"});
    for (const Investment &x : p.investments)
        investment.row(x.id, x.scenarioId, static_cast<int>(x.kind), x.facilityId, x.neighbourId,
                       x.settlementId, x.lineId, x.units, x.capabilityGain,
                       static_cast<int>(x.centre));
    investment.finish();
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
    // CountyCare writes its layers in WGS 84, whatever CRS another program put
    // them in (the reader reprojected them): the layer says so again.
    SqliteStatement update(db, "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, "
                               "max_y = ?, srs_id = 4326, "
                               "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                               "WHERE table_name = ?");
    SqliteStatement srs(db, "UPDATE gpkg_geometry_columns SET srs_id = 4326 WHERE table_name = ?");
    if (!srs.isValid())
        fail(LoadStatus::InvalidContent, db.errorMessage());
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
        srs.bind(1, QString::fromLatin1(table));
        if (srs.execute() != SQLITE_OK)
            fail(LoadStatus::InvalidContent, db.errorMessageWithReason());
    }
}

bool exists(SqliteDb &db, const char *sql, const QString &name)
{
    SqliteStatement query(db, sql);
    if (!query.isValid())
        fail(LoadStatus::InvalidContent, db.errorMessage());
    query.bind(1, name);
    const int rc = query.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        fail(LoadStatus::InvalidContent, db.errorMessageWithReason());
    return rc == SQLITE_ROW;
}

void execOrFail(SqliteDb &db, const QString &sql)
{
    if (db.exec(sql.toUtf8().constData()) != SQLITE_OK)
        fail(LoadStatus::InvalidContent, db.errorMessageWithReason());
}

// Every layer of CountyCare's carries a GeoPackage spatial index (so QGIS
// draws a province without reading every feature), made where the file has
// none (a new file, an older one, one whose user dropped it) and kept equal to
// the layer in the save's transaction (spatialindex.h).
void writeSpatialIndexes(SqliteDb &db)
{
    const bool ogrCounts =
        exists(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
               QStringLiteral("gpkg_ogr_contents"));
    for (const QString &table : layerTables()) {
        const SpatialIndex index{table, QStringLiteral("geom"), QStringLiteral("fid")};
        if (QString e = keepSpatialIndex(db, index); !e.isEmpty())
            fail(LoadStatus::InvalidContent, e);
        // GDAL's own feature count (gpkg_ogr_contents), when another program made one.
        if (ogrCounts)
            execOrFail(db, QStringLiteral("UPDATE gpkg_ogr_contents SET feature_count = (SELECT "
                                          "count(*) FROM \"%1\") WHERE lower(table_name) = "
                                          "lower('%1')")
                               .arg(table));
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
    writePlanner(db, project);
    writeExtents(db, project);
    writeSpatialIndexes(db);
}

} // namespace cc::store
