#include "models/store/projectreader.h"

#include "models/domain/textcheck.h"
#include "models/exchange/coordinatetransform.h"
#include "models/store/gpkggeometry.h"
#include "models/store/schema.h"
#include "models/store/sqlitedb.h"
#include "models/store/storeerror.h"
#include "models/store/storefile.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>
#include <limits>
#include <sqlite3.h>

namespace cc::store {

// Translation context of the store (lupdate reads StoreText::tr calls).
class StoreText {
    Q_DECLARE_TR_FUNCTIONS(cc::store)
};

namespace {

// One SELECT over a table; typed accessors refuse values of the wrong storage class,
// so a text "NaN" population or a real-valued id never turns into a number silently.
class Rows {
public:
    Rows(SqliteDb &db, const char *table, const char *columns, const char *tail = "")
        : m_db(db), m_table(QString::fromLatin1(table)),
          m_stmt(db, QStringLiteral("SELECT %1 FROM \"%2\" %3")
                         .arg(QLatin1String(columns), m_table, QLatin1String(tail))
                         .toUtf8()
                         .constData())
    {
        if (!m_stmt.isValid())
            fail(LoadStatus::InvalidContent,
                 StoreText::tr("table %1 cannot be read: %2").arg(m_table, db.errorMessage()));
        m_columns = QString::fromLatin1(columns).split(QLatin1Char(','));
        for (QString &c : m_columns)
            c = c.trimmed();
    }

    bool next()
    {
        const int rc = m_stmt.step();
        if (rc == SQLITE_ROW) {
            ++m_row;
            return true;
        }
        if (rc != SQLITE_DONE)
            fail(statusOf(rc),
                 StoreText::tr("table %1 cannot be read: %2").arg(m_table, m_db.errorMessage()));
        return false;
    }

    // Typed accessors by column name (one the SELECT lists).
    qint64 int64(const QByteArray &column) { return int64(indexOf(column)); }
    int int32(const QByteArray &column) { return int32(indexOf(column)); }
    bool boolean(const QByteArray &column) { return boolean(indexOf(column)); }
    double real(const QByteArray &column) { return real(indexOf(column)); }
    QString text(const QByteArray &column, bool nullable = true)
    {
        return text(indexOf(column), nullable);
    }
    QString name(const QByteArray &column, bool nullable = true)
    {
        return name(indexOf(column), nullable);
    }
    QByteArray blob(const QByteArray &column) { return blob(indexOf(column)); }
    void checkGeometry(const QByteArray &column, const QString &error)
    {
        checkGeometry(indexOf(column), error);
    }
    [[noreturn]] void invalid(const QString &what)
    {
        fail(LoadStatus::InvalidContent,
             StoreText::tr("table %1, row %2: %3").arg(m_table).arg(m_row).arg(what));
    }

private:
    int indexOf(const QByteArray &column) const
    {
        const int c = m_columns.indexOf(QLatin1String(column));
        Q_ASSERT_X(c >= 0, "Rows", column.constData()); // a column the SELECT does not list
        return c;
    }

    qint64 int64(int c)
    {
        if (m_stmt.columnType(c) != SQLITE_INTEGER)
            bad(c, StoreText::tr("an integer"));
        return m_stmt.int64(c);
    }
    int int32(int c)
    {
        const qint64 v = int64(c);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            bad(c, StoreText::tr("an integer in range"));
        return static_cast<int>(v);
    }
    bool boolean(int c)
    {
        const qint64 v = int64(c);
        if (v != 0 && v != 1)
            bad(c, StoreText::tr("0 or 1"));
        return v == 1;
    }
    double real(int c)
    {
        const int type = m_stmt.columnType(c);
        if (type != SQLITE_FLOAT && type != SQLITE_INTEGER)
            bad(c, StoreText::tr("a number"));
        return m_stmt.real(c);
    }
    // Text as stored: valid UTF-8 without NUL, or the load stops (Qt would turn
    // invalid bytes into U+FFFD and the next save would change the user's text
    // without a word).
    QString text(int c, bool nullable = true)
    {
        const int type = m_stmt.columnType(c);
        if (type == SQLITE_NULL && nullable)
            return {};
        if (type != SQLITE_TEXT)
            bad(c, StoreText::tr("text"));
        const QByteArray bytes = m_stmt.blob(c);
        if (bytes.contains('\0'))
            problem(c, StoreText::tr("holds a NUL character"));
        // Stateless: a sequence cut off at the end is an error, not a state kept
        // for more bytes that never come.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                      QStringDecoder::Flag::ConvertInitialBom);
        QString value = utf8(bytes);
        if (utf8.hasError())
            problem(c, StoreText::tr("is not valid UTF-8 text"));
        return value;
    }
    // A name: text without control or bidirectional formatting characters
    // (models/domain/textcheck.h), as the UI accepts it.
    QString name(int c, bool nullable = true)
    {
        QString value = text(c, nullable);
        if (const QString bad = forbiddenNameCharacter(value); !bad.isEmpty())
            problem(c, StoreText::tr("holds the control or formatting character %1").arg(bad));
        return value;
    }
    QByteArray blob(int c)
    {
        if (m_stmt.columnType(c) != SQLITE_BLOB)
            bad(c, StoreText::tr("a geometry"));
        return m_stmt.blob(c);
    }
    void checkGeometry(int c, const QString &error)
    {
        if (!error.isEmpty())
            fail(LoadStatus::InvalidContent, StoreText::tr("table %1, row %2, column %3: %4")
                                                 .arg(m_table)
                                                 .arg(m_row)
                                                 .arg(m_columns.value(c), error));
    }
    [[noreturn]] void problem(int c, const QString &what)
    {
        fail(LoadStatus::InvalidContent, StoreText::tr("table %1, row %2, column %3 %4.")
                                             .arg(m_table)
                                             .arg(m_row)
                                             .arg(m_columns.value(c), what));
    }
    [[noreturn]] void bad(int c, const QString &expected)
    {
        fail(LoadStatus::InvalidContent,
             StoreText::tr("table %1, row %2, column %3 does not hold %4.")
                 .arg(m_table)
                 .arg(m_row)
                 .arg(m_columns.value(c), expected));
    }

    SqliteDb &m_db;
    QString m_table;
    SqliteStatement m_stmt;
    QStringList m_columns;
    qint64 m_row = 0;
};

void checkRowCounts(SqliteDb &db)
{
    QStringList tables = dataTables();
    tables << QStringLiteral("cc_meta");
    for (const QString &table : std::as_const(tables)) {
        SqliteStatement count(
            db, QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table).toUtf8().constData());
        if (!count.isValid() || count.step() != SQLITE_ROW)
            fail(LoadStatus::Corrupt,
                 StoreText::tr("table %1 cannot be read: %2").arg(table, db.errorMessage()));
        if (count.int64(0) > kMaxRowsPerTable)
            fail(LoadStatus::TooLarge,
                 StoreText::tr("table %1 has %2 rows; at most %3 are allowed.")
                     .arg(table)
                     .arg(count.int64(0))
                     .arg(kMaxRowsPerTable));
    }
}

template <typename T> void insertUnique(Rows &rows, Table<T> &table, const T &value)
{
    if (table.contains(value.id))
        rows.invalid(StoreText::tr("the id %1 appears twice").arg(value.id));
    table.insert(value.id, value);
}

void readMeta(SqliteDb &db, Project &p)
{
    Rows meta(db, "cc_meta", "key, value");
    while (meta.next()) {
        const QString key = meta.text("key", false);
        const QString value = meta.text("value");
        if (key == QLatin1String("title"))
            p.title = value;
        else if (key == QLatin1String("boundary_name"))
            p.boundary.name = value;
        else if (key == QLatin1String("boundary_name_en"))
            p.boundary.nameEn = value;
        else if (key == QLatin1String("boundary_adcode"))
            p.boundary.adcode = value;
    }
    // A key missing in the file keeps its default, so a new parameter needs no migration.
    Rows settings(db, "cc_settings", "key, value");
    QSet<int> seen;
    while (settings.next()) {
        const QString key = settings.text("key", false);
        const int index = settingKeyIndex(key.toUtf8().constData());
        if (index < 0)
            settings.invalid(StoreText::tr("unknown setting \"%1\"").arg(key));
        if (seen.contains(index))
            settings.invalid(StoreText::tr("the setting \"%1\" appears twice").arg(key));
        seen.insert(index);
        p.settings.at(index) = settings.real("value");
    }
}

void readScenarios(SqliteDb &db, Project &p)
{
    Rows scenarios(db, "cc_scenarios", "id, name, description, key, name_en");
    while (scenarios.next()) {
        Scenario s;
        s.id = scenarios.int64("id");
        s.name = scenarios.name("name", false);
        s.description = scenarios.text("description");
        s.key = scenarios.text("key");
        s.nameEn = scenarios.text("name_en");
        insertUnique(scenarios, p.scenarios, s);
    }
    Rows entries(db, "cc_policy_entries", "scenario_id, from_month, note",
                 "ORDER BY scenario_id, from_month");
    while (entries.next()) {
        const EntityId scenarioId = entries.int64("scenario_id");
        if (!p.scenarios.contains(scenarioId))
            entries.invalid(
                StoreText::tr("the policy entry refers to scenario %1, which does not exist")
                    .arg(scenarioId));
        PolicyEntry e;
        e.fromMonth = entries.int32("from_month");
        e.note = entries.text("note");
        QVector<PolicyEntry> &schedule = p.scenarios[scenarioId].schedule;
        if (!schedule.isEmpty() && schedule.back().fromMonth == e.fromMonth)
            entries.invalid(StoreText::tr("two policy entries of scenario %1 start in month %2")
                                .arg(scenarioId)
                                .arg(e.fromMonth));
        schedule.push_back(e);
    }
    Rows values(db, "cc_policy_values", "scenario_id, from_month, key, value");
    QSet<QString> seen;
    while (values.next()) {
        const EntityId scenarioId = values.int64("scenario_id");
        const int month = values.int32("from_month");
        const QString key = values.text("key", false);
        const int index = policyKeyIndex(key.toUtf8().constData());
        if (index < 0)
            values.invalid(StoreText::tr("unknown policy parameter \"%1\"").arg(key));
        PolicyEntry *entry = nullptr;
        if (auto it = p.scenarios.find(scenarioId); it != p.scenarios.end())
            for (PolicyEntry &e : it->schedule)
                if (e.fromMonth == month)
                    entry = &e;
        if (!entry)
            values.invalid(StoreText::tr("the value refers to a policy entry (scenario %1, month "
                                         "%2) that does not exist")
                               .arg(scenarioId)
                               .arg(month));
        const QString identity = QStringLiteral("%1/%2/%3").arg(scenarioId).arg(month).arg(index);
        if (seen.contains(identity))
            values.invalid(StoreText::tr("the policy parameter \"%1\" appears twice").arg(key));
        seen.insert(identity);
        entry->changes.set(static_cast<PolicyKey>(index), values.real("value"));
    }
    // A later entry sets only what it changes. The first sets everything; a
    // key it lacks (a parameter newer than the file) keeps its default, so a
    // new parameter needs no migration.
    for (Scenario &s : p.scenarios) {
        if (s.schedule.isEmpty())
            continue;
        PolicyChanges &first = s.schedule.front().changes;
        for (int k = 0; k < kPolicyKeyCount; ++k) {
            const auto key = static_cast<PolicyKey>(k);
            if (!first.sets(key))
                first.set(key, policySpec(key).defaultValue);
        }
    }
}

// Column name suffixes of the per-level and per-role values, in enum order.
constexpr const char *kLevelColumns[kFacilityLevelCount] = {"village", "township", "county", "city",
                                                            "province"};
constexpr const char *kRoleColumns[kStaffRoleCount] = {"gp", "specialist", "nurse",
                                                       "public_health"};

void readServiceLines(SqliteDb &db, Project &p)
{
    Rows rows(db, "cc_service_lines",
              "id, code, name, name_en, inpatient, annual_rate_per_person, drg_weight, min_level, "
              "q_min, staff_minutes, coef_cost, coef_travel, coef_quality, "
              "cost_village, cost_township, cost_county, cost_city, cost_province, "
              "share_village, share_township, share_county, share_city, share_province, "
              "asc_village, asc_township, asc_county, asc_city, asc_province, "
              "weight_gp, weight_specialist, weight_nurse, weight_public_health, "
              "los_village, los_township, los_county, los_city, los_province, "
              "avoidable_share, managed_care");
    while (rows.next()) {
        ServiceLine l;
        l.id = rows.int64("id");
        l.code = rows.name("code", false);
        l.name = rows.name("name", false);
        l.nameEn = rows.name("name_en");
        l.inpatient = rows.boolean("inpatient");
        l.annualRatePerPerson = rows.real("annual_rate_per_person");
        l.drgWeight = rows.real("drg_weight");
        l.minLevel = static_cast<FacilityLevel>(rows.int32("min_level"));
        l.qMin = rows.real("q_min");
        l.staffMinutes = rows.real("staff_minutes");
        l.coefCost = rows.real("coef_cost");
        l.coefTravel = rows.real("coef_travel");
        l.coefQuality = rows.real("coef_quality");
        for (int i = 0; i < kFacilityLevelCount; ++i) {
            const QByteArray level = kLevelColumns[i];
            l.costYuan[i] = rows.real("cost_" + level);
            l.baselineShare[i] = rows.real("share_" + level);
            l.asc[i] = rows.real("asc_" + level);
            l.lengthOfStayDays[i] = rows.real("los_" + level);
        }
        for (int i = 0; i < kStaffRoleCount; ++i)
            l.roleWeight[i] = rows.real("weight_" + QByteArray(kRoleColumns[i]));
        l.avoidableShare = rows.real("avoidable_share");
        l.managedCare = rows.boolean("managed_care");
        insertUnique(rows, p.serviceLines, l);
    }
}

// The coordinate system a layer's geometries are in (gpkg_geometry_columns and
// gpkg_spatial_ref_sys). CountyCare writes WGS 84; a layer another program
// put in another system (ogr2ogr -t_srs, an edited srs_id) is converted to WGS
// 84 through PROJ as it is read, or refused naming the system, never read as
// if it were WGS 84. The next save writes it back in WGS 84.
class LayerCrs {
public:
    LayerCrs(SqliteDb &db, const char *table) : m_table(QString::fromLatin1(table))
    {
        SqliteStatement q(db, "SELECT g.srs_id, s.srs_id, s.srs_name, s.organization, "
                              "s.organization_coordsys_id, s.definition FROM "
                              "gpkg_geometry_columns g LEFT JOIN gpkg_spatial_ref_sys s ON "
                              "s.srs_id = g.srs_id WHERE g.table_name = ? AND "
                              "g.column_name = 'geom'");
        q.bind(1, m_table);
        // No row: the metadata another program deleted, put back by the next save.
        if (!q.isValid() || q.step() != SQLITE_ROW || q.columnType(0) != SQLITE_INTEGER)
            return;
        const qint64 srsId = q.int64(0);
        if (srsId == kWgs84SrsId)
            return;
        if (srsId < std::numeric_limits<qint32>::min() ||
            srsId > std::numeric_limits<qint32>::max())
            refuse(StoreText::tr("spatial reference %1").arg(srsId), {});
        m_srsId = static_cast<qint32>(srsId);
        const QString name = q.text(2).left(100);
        if (q.columnType(1) == SQLITE_NULL)
            fail(LoadStatus::InvalidContent,
                 StoreText::tr("layer %1 says it is in spatial reference %2, which the file "
                               "does not define (gpkg_spatial_ref_sys).")
                     .arg(m_table)
                     .arg(srsId));
        const bool epsg = q.text(3).compare(QLatin1String("EPSG"), Qt::CaseInsensitive) == 0 &&
                          q.columnType(4) == SQLITE_INTEGER && q.int64(4) > 0;
        const QString described =
            epsg ? QStringLiteral("EPSG:%1 %2").arg(q.int64(4)).arg(name).trimmed() : name;
        if (srsId <= 0) // -1 and 0: the undefined cartesian and geographic systems
            refuse(described, StoreText::tr("an undefined coordinate system"));
        const QByteArray definition =
            epsg ? QByteArrayLiteral("EPSG:") + QByteArray::number(q.int64(4)) : q.blob(5);
        QString error;
        m_transform = exchange::CoordinateTransform::fromDefinition(definition, &error);
        if (!m_transform.isValid())
            refuse(described, error);
        m_name = described;
    }

    qint32 srsId() const { return m_srsId; }

    // Converts coordinates read in the layer's system to WGS 84.
    void toWgs84(Rows &rows, QVector<LonLat> *points) const
    {
        if (m_srsId == kWgs84SrsId)
            return;
        for (LonLat &pt : *points) {
            const std::optional<LonLat> wgs = m_transform.toWgs84(pt.lon, pt.lat);
            if (!wgs)
                rows.invalid(StoreText::tr("the position (%1, %2) in %3 cannot be converted to "
                                           "WGS 84")
                                 .arg(pt.lon)
                                 .arg(pt.lat)
                                 .arg(m_name));
            pt = *wgs;
        }
    }
    void toWgs84(Rows &rows, LonLat *point) const
    {
        QVector<LonLat> one{*point};
        toWgs84(rows, &one);
        *point = one.front();
    }
    void toWgs84(Rows &rows, MultiPolygon *area) const
    {
        for (Polygon &poly : *area)
            for (Ring &ring : poly)
                toWgs84(rows, &ring);
    }

private:
    [[noreturn]] void refuse(const QString &crs, const QString &why) const
    {
        fail(LoadStatus::InvalidContent,
             StoreText::tr("layer %1 is in the coordinate system %2, which CountyCare cannot "
                           "convert to WGS 84%3. Convert the layer to EPSG:4326 (for example "
                           "with ogr2ogr -t_srs EPSG:4326) and open it again.")
                 .arg(m_table, crs, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
    }

    QString m_table;
    QString m_name;
    qint32 m_srsId = kWgs84SrsId;
    exchange::CoordinateTransform m_transform;
};

void readLayers(SqliteDb &db, Project &p)
{
    const LayerCrs settlementCrs(db, "settlements"), facilityCrs(db, "facilities"),
        roadCrs(db, "roads"), boundaryCrs(db, "county_boundary");
    Rows settlements(db, "settlements",
                     "fid, geom, name, name_en, population, township_id, urban, signed_share");
    while (settlements.next()) {
        Settlement s;
        s.id = settlements.int64("fid");
        settlements.checkGeometry(
            "geom", decodePoint(settlements.blob("geom"), &s.position, settlementCrs.srsId()));
        settlementCrs.toWgs84(settlements, &s.position);
        s.name = settlements.name("name", false);
        s.nameEn = settlements.name("name_en");
        s.population = settlements.int64("population");
        s.townshipId = settlements.int64("township_id");
        s.urban = settlements.boolean("urban");
        s.signedShare = settlements.real("signed_share");
        insertUnique(settlements, p.settlements, s);
    }
    Rows facilities(db, "facilities",
                    "fid, geom, name, name_en, level, kind, beds, township_id, in_alliance");
    while (facilities.next()) {
        Facility f;
        f.id = facilities.int64("fid");
        facilities.checkGeometry(
            "geom", decodePoint(facilities.blob("geom"), &f.position, facilityCrs.srsId()));
        facilityCrs.toWgs84(facilities, &f.position);
        f.name = facilities.name("name", false);
        f.nameEn = facilities.name("name_en");
        f.level = static_cast<FacilityLevel>(facilities.int32("level"));
        f.kind = static_cast<HospitalKind>(facilities.int32("kind"));
        f.beds = facilities.int32("beds");
        f.townshipId = facilities.int64("township_id");
        f.inAlliance = facilities.boolean("in_alliance");
        insertUnique(facilities, p.facilities, f);
    }
    Rows capability(db, "cc_facility_capability", "facility_id, line_id, capability");
    while (capability.next()) {
        const EntityId facilityId = capability.int64("facility_id");
        const EntityId lineId = capability.int64("line_id");
        auto it = p.facilities.find(facilityId);
        if (it == p.facilities.end())
            capability.invalid(
                StoreText::tr("the capability refers to facility %1, which does not exist")
                    .arg(facilityId));
        if (it->capability.contains(lineId))
            capability.invalid(
                StoreText::tr("the capability of facility %1 for line %2 appears twice")
                    .arg(facilityId)
                    .arg(lineId));
        it->capability.insert(lineId, capability.real("capability"));
    }
    Rows roads(db, "roads", "fid, geom, name, road_class, speed_kmh");
    while (roads.next()) {
        Road r;
        r.id = roads.int64("fid");
        roads.checkGeometry("geom", decodeLineString(roads.blob("geom"), &r.path, roadCrs.srsId()));
        roadCrs.toWgs84(roads, &r.path);
        r.name = roads.name("name");
        r.roadClass = static_cast<RoadClass>(roads.int32("road_class"));
        r.speedKmh = roads.real("speed_kmh");
        insertUnique(roads, p.roads, r);
    }
    Rows boundary(db, "county_boundary", "geom");
    int boundaries = 0;
    while (boundary.next()) {
        if (++boundaries > 1)
            boundary.invalid(StoreText::tr("the project has more than one county boundary"));
        boundary.checkGeometry("geom", decodeMultiPolygon(boundary.blob("geom"), &p.boundary.area,
                                                          boundaryCrs.srsId()));
        boundaryCrs.toWgs84(boundary, &p.boundary.area);
    }
}

void readPeople(SqliteDb &db, Project &p)
{
    Rows townships(db, "cc_townships", "id, name, name_en");
    while (townships.next()) {
        Township t;
        t.id = townships.int64("id");
        t.name = townships.name("name", false);
        t.nameEn = townships.name("name_en");
        insertUnique(townships, p.townships, t);
    }
    Rows staff(db, "cc_staff",
               "id, name, role, title, employer_facility_id, home_facility_id, "
               "grassroots_months, annual_salary_yuan");
    while (staff.next()) {
        StaffMember m;
        m.id = staff.int64("id");
        m.name = staff.name("name", false);
        m.role = static_cast<StaffRole>(staff.int32("role"));
        m.title = static_cast<StaffTitle>(staff.int32("title"));
        m.employerFacilityId = staff.int64("employer_facility_id");
        m.homeFacilityId = staff.int64("home_facility_id");
        m.grassrootsMonths = staff.int32("grassroots_months");
        m.annualSalaryYuan = staff.real("annual_salary_yuan");
        insertUnique(staff, p.staff, m);
    }
    Rows postings(db, "cc_postings",
                  "id, staff_id, facility_id, start_month, end_month, fte, scenario_id");
    while (postings.next()) {
        Posting x;
        x.id = postings.int64("id");
        x.staffId = postings.int64("staff_id");
        x.facilityId = postings.int64("facility_id");
        x.startMonth = postings.int32("start_month");
        x.endMonth = postings.int32("end_month");
        x.fte = postings.real("fte");
        x.scenarioId = postings.int64("scenario_id");
        insertUnique(postings, p.postings, x);
    }
    Rows links(db, "cc_telemedicine_links",
               "id, hub_facility_id, centre_facility_id, kind, start_month, end_month, "
               "capability_gain, annual_cost_yuan, scenario_id");
    while (links.next()) {
        TelemedicineLink x;
        x.id = links.int64("id");
        x.hubFacilityId = links.int64("hub_facility_id");
        x.centreFacilityId = links.int64("centre_facility_id");
        x.kind = static_cast<LinkKind>(links.int32("kind"));
        x.startMonth = links.int32("start_month");
        x.endMonth = links.int32("end_month");
        x.capabilityGain = links.real("capability_gain");
        x.annualCostYuan = links.real("annual_cost_yuan");
        x.scenarioId = links.int64("scenario_id");
        insertUnique(links, p.links, x);
    }
}

// The investment planner's tables (version 5). A catalogue row or setting
// missing in the file keeps its default.
void readPlanner(SqliteDb &db, Project &p)
{
    Rows catalogue(db, "cc_investment_catalogue",
                   "action, capital_yuan, annual_yuan, units, capability_gain, running_years");
    QSet<int> seen;
    while (catalogue.next()) {
        const QString code = catalogue.text("action", false);
        const int index = investmentKindIndex(code);
        if (index < 0)
            catalogue.invalid(StoreText::tr("unknown investment action \"%1\"").arg(code));
        if (seen.contains(index))
            catalogue.invalid(StoreText::tr("the action \"%1\" appears twice").arg(code));
        seen.insert(index);
        InvestmentCost &c = p.catalogue.costs[static_cast<std::size_t>(index)];
        c.capitalYuan = catalogue.real("capital_yuan");
        c.annualYuan = catalogue.real("annual_yuan");
        c.units = catalogue.int32("units");
        c.capabilityGain = catalogue.real("capability_gain");
        c.runningYears = catalogue.int32("running_years");
    }
    Rows settings(db, "cc_planner_settings", "key, value");
    while (settings.next()) {
        const QString key = settings.text("key", false);
        if (key != QLatin1String("golden_hour_minutes"))
            settings.invalid(StoreText::tr("unknown planner setting \"%1\"").arg(key));
        p.catalogue.goldenHourMinutes = settings.real("value");
    }
    Rows centres(db, "cc_care_centres", "facility_id, kind");
    while (centres.next()) {
        const EntityId facility = centres.int64("facility_id");
        const int kind = centres.int32("kind");
        if (!p.facilities.contains(facility))
            centres.invalid(
                StoreText::tr("the care centre refers to facility %1, which does not exist")
                    .arg(facility));
        if (kind < 0 || kind >= kCareCentreKindCount)
            centres.invalid(StoreText::tr("unknown kind of care centre %1").arg(kind));
        p.careCentres[facility] |= 1 << kind;
    }
    Rows investments(db, "cc_investments",
                     "id, scenario_id, kind, facility_id, neighbour_id, settlement_id, line_id, "
                     "units, capability_gain, centre_kind");
    while (investments.next()) {
        Investment x;
        x.id = investments.int64("id");
        x.scenarioId = investments.int64("scenario_id");
        x.kind = static_cast<InvestmentKind>(investments.int32("kind"));
        x.facilityId = investments.int64("facility_id");
        x.neighbourId = investments.int64("neighbour_id");
        x.settlementId = investments.int64("settlement_id");
        x.lineId = investments.int64("line_id");
        x.units = investments.int32("units");
        x.capabilityGain = investments.real("capability_gain");
        x.centre = static_cast<CareCentreKind>(investments.int32("centre_kind"));
        insertUnique(investments, p.investments, x);
    }
}

} // namespace

Project readProject(SqliteDb &db)
{
    checkRowCounts(db);
    Project p;
    readMeta(db, p);
    readPeople(db, p);
    readServiceLines(db, p);
    readScenarios(db, p);
    readLayers(db, p);
    readPlanner(db, p);
    return p;
}

} // namespace cc::store
