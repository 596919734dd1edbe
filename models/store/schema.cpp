#include "models/store/schema.h"

#include "models/domain/parameters.h"
#include "models/store/projectstore.h"
#include "models/store/sqlitedb.h"

#include <sqlite3.h>

namespace cc::store {

namespace {

// GeoPackage 1.3 core tables (clause 1.1.2 and 1.1.3, table definition SQL of Annex C).
const char *const kGeoPackageCore = R"SQL(
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
)SQL";

// Feature tables: fid is the entity id; attribute columns are readable in QGIS.
const char *const kFeatureTables = R"SQL(
CREATE TABLE facilities (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT,
  level INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  beds INTEGER NOT NULL,
  township_id INTEGER NOT NULL,
  in_alliance BOOLEAN NOT NULL);
CREATE TABLE settlements (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT,
  population INTEGER NOT NULL,
  township_id INTEGER NOT NULL,
  urban BOOLEAN NOT NULL);
CREATE TABLE roads (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom LINESTRING NOT NULL,
  name TEXT,
  road_class INTEGER NOT NULL,
  speed_kmh DOUBLE NOT NULL);
CREATE TABLE county_boundary (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom MULTIPOLYGON NOT NULL,
  name TEXT,
  name_en TEXT,
  adcode TEXT);
)SQL";

const char *const kCcTables = R"SQL(
CREATE TABLE cc_meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE cc_settings (key TEXT PRIMARY KEY, value DOUBLE NOT NULL);
CREATE TABLE cc_townships (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_en TEXT);
CREATE TABLE cc_scenarios (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT);
CREATE TABLE cc_policy_entries (
  scenario_id INTEGER NOT NULL, from_month INTEGER NOT NULL, note TEXT,
  PRIMARY KEY (scenario_id, from_month));
CREATE TABLE cc_policy_values (
  scenario_id INTEGER NOT NULL, from_month INTEGER NOT NULL, key TEXT NOT NULL, value DOUBLE NOT NULL,
  PRIMARY KEY (scenario_id, from_month, key));
CREATE TABLE cc_staff (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, role INTEGER NOT NULL, title INTEGER NOT NULL,
  employer_facility_id INTEGER NOT NULL, home_facility_id INTEGER NOT NULL,
  grassroots_months INTEGER NOT NULL, annual_salary_yuan DOUBLE NOT NULL);
CREATE TABLE cc_postings (
  id INTEGER PRIMARY KEY, staff_id INTEGER NOT NULL, facility_id INTEGER NOT NULL,
  start_month INTEGER NOT NULL, end_month INTEGER NOT NULL, fte DOUBLE NOT NULL,
  scenario_id INTEGER NOT NULL);
CREATE TABLE cc_service_lines (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, name_en TEXT,
  inpatient BOOLEAN NOT NULL, annual_rate_per_person DOUBLE NOT NULL, drg_weight DOUBLE NOT NULL,
  min_level INTEGER NOT NULL, q_min DOUBLE NOT NULL, staff_minutes DOUBLE NOT NULL,
  coef_cost DOUBLE NOT NULL, coef_travel DOUBLE NOT NULL, coef_quality DOUBLE NOT NULL,
  cost_village DOUBLE, cost_township DOUBLE, cost_county DOUBLE, cost_city DOUBLE, cost_province DOUBLE,
  share_village DOUBLE, share_township DOUBLE, share_county DOUBLE, share_city DOUBLE, share_province DOUBLE,
  asc_village DOUBLE, asc_township DOUBLE, asc_county DOUBLE, asc_city DOUBLE, asc_province DOUBLE,
  weight_gp DOUBLE, weight_specialist DOUBLE, weight_nurse DOUBLE, weight_public_health DOUBLE);
)SQL";

// The rows of the GeoPackage metadata tables CountyCare's layers need: the three
// spatial reference systems every GeoPackage must define (Req. 11) and each
// layer's gpkg_contents and gpkg_geometry_columns entry. Written by
// createSchema() and put back by repairGeoPackageMetadata().
const char *const kSpatialRefSysRows = R"SQL(
 gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326,
   'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]',
   'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
)SQL";
const char *const kLayerContentsRows = R"SQL(
 gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('facilities', 'features', 'facilities', 'Health facilities', 4326),
  ('settlements', 'features', 'settlements', 'Villages and communities', 4326),
  ('roads', 'features', 'roads', 'Road network', 4326),
  ('county_boundary', 'features', 'county_boundary', 'County boundary', 4326);
)SQL";
const char *const kLayerGeometryRows = R"SQL(
 gpkg_geometry_columns VALUES
  ('facilities', 'geom', 'POINT', 4326, 0, 0),
  ('settlements', 'geom', 'POINT', 4326, 0, 0),
  ('roads', 'geom', 'LINESTRING', 4326, 0, 0),
  ('county_boundary', 'geom', 'MULTIPOLYGON', 4326, 0, 0);
)SQL";

// Version 2 additions (also the body of migration step 2).
const char *const kVersion2Additions = R"SQL(
ALTER TABLE settlements ADD COLUMN signed_share DOUBLE NOT NULL DEFAULT 0;
CREATE TABLE cc_facility_capability (
  facility_id INTEGER NOT NULL, line_id INTEGER NOT NULL, capability DOUBLE NOT NULL,
  PRIMARY KEY (facility_id, line_id));
)SQL";

// Version 3 additions (Model 2): days in bed per admission by level, the
// avoidable share of admissions and the managed-care line, telemedicine links.
const char *const kVersion3Additions = R"SQL(
ALTER TABLE cc_service_lines ADD COLUMN los_village DOUBLE NOT NULL DEFAULT 0;
ALTER TABLE cc_service_lines ADD COLUMN los_township DOUBLE NOT NULL DEFAULT 0;
ALTER TABLE cc_service_lines ADD COLUMN los_county DOUBLE NOT NULL DEFAULT 0;
ALTER TABLE cc_service_lines ADD COLUMN los_city DOUBLE NOT NULL DEFAULT 0;
ALTER TABLE cc_service_lines ADD COLUMN los_province DOUBLE NOT NULL DEFAULT 0;
ALTER TABLE cc_service_lines ADD COLUMN avoidable_share DOUBLE NOT NULL DEFAULT 0;
ALTER TABLE cc_service_lines ADD COLUMN managed_care BOOLEAN NOT NULL DEFAULT 0;
CREATE TABLE cc_telemedicine_links (
  id INTEGER PRIMARY KEY, hub_facility_id INTEGER NOT NULL, centre_facility_id INTEGER NOT NULL,
  kind INTEGER NOT NULL, start_month INTEGER NOT NULL, end_month INTEGER NOT NULL,
  capability_gain DOUBLE NOT NULL, annual_cost_yuan DOUBLE NOT NULL, scenario_id INTEGER NOT NULL);
)SQL";

// Version 5 additions (also the body of migration step 5): the investment
// planner's tables (issue 20: the editable catalogue of actions, the planner's
// settings such as the golden hour, time-critical care centres by facility,
// the investments a scenario makes) and a scenario's stable key (what scripts
// select it by, e.g. "baseline") and English name beside its display name.
const char *const kVersion5Additions = R"SQL(
CREATE TABLE IF NOT EXISTS cc_investment_catalogue (
  action TEXT PRIMARY KEY, capital_yuan DOUBLE NOT NULL, annual_yuan DOUBLE NOT NULL,
  units INTEGER NOT NULL, capability_gain DOUBLE NOT NULL, running_years INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS cc_planner_settings (key TEXT PRIMARY KEY, value DOUBLE NOT NULL);
CREATE TABLE IF NOT EXISTS cc_care_centres (
  facility_id INTEGER NOT NULL, kind INTEGER NOT NULL, PRIMARY KEY (facility_id, kind));
CREATE TABLE IF NOT EXISTS cc_investments (
  id INTEGER PRIMARY KEY, scenario_id INTEGER NOT NULL, kind INTEGER NOT NULL,
  facility_id INTEGER NOT NULL, neighbour_id INTEGER NOT NULL, settlement_id INTEGER NOT NULL,
  line_id INTEGER NOT NULL, units INTEGER NOT NULL, capability_gain DOUBLE NOT NULL,
  centre_kind INTEGER NOT NULL);
)SQL";
// Version 5's columns on a table of version 1 (added only where missing:
// another program may have added a column of that name).
const char *const kVersion5Columns[][2] = {{"cc_scenarios", "key"}, {"cc_scenarios", "name_en"}};

QString execAll(SqliteDb &db, const char *sql)
{
    return db.exec(sql) == SQLITE_OK ? QString() : db.errorMessageWithReason();
}

QString insertMetadataRows(SqliteDb &db, const char *verb)
{
    for (const char *rows : {kSpatialRefSysRows, kLayerContentsRows, kLayerGeometryRows}) {
        const QByteArray sql = QByteArray(verb) + rows;
        if (QString e = execAll(db, sql.constData()); !e.isEmpty())
            return e;
    }
    return {};
}

// Step 1 -> 2: family-doctor signing per settlement (defaults to 0, the
// Settlement default) and per-line capability (none: every facility starts at 0).
QString migrateTo2(SqliteDb &db)
{
    if (QString e = execAll(db, kVersion2Additions); !e.isEmpty())
        return e;
    return execAll(db, "UPDATE cc_meta SET value = '2' WHERE key = 'schema_version';"
                       "INSERT OR REPLACE INTO cc_meta VALUES ('min_compatible_version', '2');");
}

// Step 2 -> 3: days in bed per admission. Inpatient lines of older files get
// the national averages (NHC statistical bulletins: township centres 6.7 days in
// 2022, public hospitals 8.4 days in 2023), outpatient lines 0.
QString migrateTo3(SqliteDb &db)
{
    if (QString e = execAll(db, kVersion3Additions); !e.isEmpty())
        return e;
    // Lines of the standard catalogue (codes of the demo county) get its
    // avoidable shares and managed-care line (models/demo/demoservices.cpp).
    return execAll(db,
                   "UPDATE cc_service_lines SET los_township = 6.7, los_county = 8.4, "
                   "los_city = 8.4, los_province = 8.4 WHERE inpatient;"
                   "UPDATE cc_service_lines SET avoidable_share = 0.35 WHERE code = 'ip_basic';"
                   "UPDATE cc_service_lines SET avoidable_share = 0.12 "
                   "WHERE code = 'ip_secondary';"
                   "UPDATE cc_service_lines SET avoidable_share = 0.02 WHERE code = 'ip_complex';"
                   "UPDATE cc_service_lines SET managed_care = 1 WHERE code = 'op_chronic';"
                   "UPDATE cc_meta SET value = '3' WHERE key = 'schema_version';"
                   "INSERT OR REPLACE INTO cc_meta VALUES ('min_compatible_version', '3');");
}

// Step 3 -> 4: a policy entry stores only what it changes
// (models/domain/policyschedule.h). Files of version 3 and older hold a full
// copy of every parameter in every entry, where a missing key meant its
// default. Each entry first states every key (so the default it meant is
// kept), then a later entry's value equal to the value of the entry before it
// is dropped: it was a copy, not a change. Entries themselves all stay (their
// months and notes are the user's).
QString migrateTo4(SqliteDb &db)
{
    for (int k = 0; k < kPolicyKeyCount; ++k) {
        const ParameterSpec &spec = policySpec(static_cast<PolicyKey>(k));
        SqliteStatement fill(db,
                             "INSERT INTO cc_policy_values (scenario_id, from_month, key, value) "
                             "SELECT e.scenario_id, e.from_month, ?1, ?2 FROM cc_policy_entries e "
                             "WHERE NOT EXISTS (SELECT 1 FROM cc_policy_values v WHERE "
                             "v.scenario_id = e.scenario_id AND v.from_month = e.from_month "
                             "AND v.key = ?1)");
        fill.bind(1, QString::fromLatin1(spec.key));
        fill.bind(2, spec.defaultValue);
        if (fill.step() != SQLITE_DONE)
            return db.errorMessageWithReason();
    }
    // Which rows are copies is decided on the file as it was, before any is deleted.
    return execAll(db,
                   "CREATE TEMP TABLE cc_restated AS "
                   "SELECT v.scenario_id, v.from_month, v.key FROM cc_policy_values v "
                   "JOIN cc_policy_values b ON b.scenario_id = v.scenario_id AND b.key = v.key "
                   "AND b.value = v.value AND b.from_month = (SELECT MAX(e.from_month) FROM "
                   "cc_policy_entries e "
                   "WHERE e.scenario_id = v.scenario_id AND e.from_month < v.from_month);"
                   "DELETE FROM cc_policy_values WHERE EXISTS (SELECT 1 FROM cc_restated r WHERE "
                   "r.scenario_id = cc_policy_values.scenario_id AND r.from_month = "
                   "cc_policy_values.from_month "
                   "AND r.key = cc_policy_values.key);"
                   "DROP TABLE cc_restated;"
                   "UPDATE cc_meta SET value = '4' WHERE key = 'schema_version';"
                   "INSERT OR REPLACE INTO cc_meta VALUES ('min_compatible_version', '4');");
}

QString addVersion5Columns(SqliteDb &db)
{
    for (const auto &column : kVersion5Columns) {
        SqliteStatement info(
            db, QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = '%2'")
                    .arg(QLatin1String(column[0]), QLatin1String(column[1]))
                    .toUtf8()
                    .constData());
        const int rc = info.step();
        if (rc == SQLITE_ROW)
            continue;
        if (rc != SQLITE_DONE)
            return db.errorMessageWithReason();
        if (QString e = execAll(db, QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT")
                                        .arg(QLatin1String(column[0]), QLatin1String(column[1]))
                                        .toUtf8()
                                        .constData());
            !e.isEmpty())
            return e;
    }
    return QString();
}

// Step 4 -> 5: the planner's tables, empty: a missing catalogue row or
// setting keeps its default (models/domain/investment.cpp), no facility is a
// care centre and no scenario has investments yet. Scenarios get a stable key
// and an English name: the scenario that older versions took for the baseline
// by its name keeps that role through the key "baseline"; every name stays as
// it was (so --scenario with a name keeps working), and no scenario gets an
// English name.
QString migrateTo5(SqliteDb &db)
{
    if (QString e = execAll(db, kVersion5Additions); !e.isEmpty())
        return e;
    if (QString e = addVersion5Columns(db); !e.isEmpty())
        return e;
    return execAll(db, "UPDATE cc_scenarios SET key = 'baseline' WHERE name = 'baseline';"
                       "UPDATE cc_meta SET value = '5' WHERE key = 'schema_version';"
                       "INSERT OR REPLACE INTO cc_meta VALUES ('min_compatible_version', '5');");
}

} // namespace

QStringList requiredTables(int schemaVersion)
{
    QStringList tables{QStringLiteral("gpkg_spatial_ref_sys"), QStringLiteral("gpkg_contents"),
                       QStringLiteral("gpkg_geometry_columns")};
    tables += dataTables();
    tables.prepend(QStringLiteral("cc_meta"));
    if (schemaVersion < 2)
        tables.removeAll(QStringLiteral("cc_facility_capability"));
    if (schemaVersion < 3)
        tables.removeAll(QStringLiteral("cc_telemedicine_links"));
    if (schemaVersion < 5)
        for (const char *t : {"cc_investment_catalogue", "cc_planner_settings", "cc_care_centres",
                              "cc_investments"})
            tables.removeAll(QString::fromLatin1(t));
    return tables;
}

QStringList layerTables()
{
    return {QStringLiteral("facilities"), QStringLiteral("settlements"), QStringLiteral("roads"),
            QStringLiteral("county_boundary")};
}

QStringList dataTables()
{
    return {QStringLiteral("cc_settings"),
            QStringLiteral("cc_townships"),
            QStringLiteral("cc_service_lines"),
            QStringLiteral("settlements"),
            QStringLiteral("facilities"),
            QStringLiteral("cc_facility_capability"),
            QStringLiteral("roads"),
            QStringLiteral("county_boundary"),
            QStringLiteral("cc_staff"),
            QStringLiteral("cc_scenarios"),
            QStringLiteral("cc_policy_entries"),
            QStringLiteral("cc_policy_values"),
            QStringLiteral("cc_postings"),
            QStringLiteral("cc_telemedicine_links"),
            QStringLiteral("cc_investment_catalogue"),
            QStringLiteral("cc_planner_settings"),
            QStringLiteral("cc_care_centres"),
            QStringLiteral("cc_investments")};
}

QString createSchema(SqliteDb &db)
{
    const QByteArray pragmas =
        QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
            .arg(kGeoPackageApplicationId)
            .arg(kGeoPackageUserVersion)
            .toUtf8();
    for (const char *sql : {pragmas.constData(), kGeoPackageCore, kFeatureTables, kCcTables,
                            kVersion2Additions, kVersion3Additions, kVersion5Additions})
        if (QString e = execAll(db, sql); !e.isEmpty())
            return e;
    if (QString e = addVersion5Columns(db); !e.isEmpty())
        return e;
    return insertMetadataRows(db, "INSERT INTO");
}

QString repairGeoPackageMetadata(SqliteDb &db)
{
    return insertMetadataRows(db, "INSERT OR IGNORE INTO");
}

const QSet<QString> &schemaIndexes()
{
    static const QSet<QString> indexes = [] {
        QSet<QString> names;
        SqliteDb db;
        if (db.openMemory() != SQLITE_OK || !createSchema(db).isEmpty())
            return names;
        SqliteStatement list(db, "SELECT name FROM sqlite_master WHERE type = 'index'");
        while (list.step() == SQLITE_ROW)
            names.insert(list.text(0));
        return names;
    }();
    return indexes;
}

QString migrate(SqliteDb &db, int fromVersion)
{
    if (db.exec("BEGIN") != SQLITE_OK)
        return db.errorMessage();
    QString error = migrateSteps(db, fromVersion);
    if (error.isEmpty() && db.exec("COMMIT") != SQLITE_OK)
        error = db.errorMessage();
    if (!error.isEmpty())
        db.exec("ROLLBACK");
    return error;
}

QString migrateSteps(SqliteDb &db, int fromVersion)
{
    QString error;
    if (fromVersion < 2)
        error = migrateTo2(db);
    if (error.isEmpty() && fromVersion < 3)
        error = migrateTo3(db);
    if (error.isEmpty() && fromVersion < 4)
        error = migrateTo4(db);
    if (error.isEmpty() && fromVersion < 5)
        error = migrateTo5(db);
    static_assert(kSchemaVersion == 5, "add the next migration step above");
    return error;
}

} // namespace cc::store
