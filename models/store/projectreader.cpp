#include "models/store/projectreader.h"

#include "models/domain/textcheck.h"
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
    [[noreturn]] void invalid(const QString &what)
    {
        fail(LoadStatus::InvalidContent,
             StoreText::tr("table %1, row %2: %3").arg(m_table).arg(m_row).arg(what));
    }

private:
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
        const QString key = meta.text(0, false);
        const QString value = meta.text(1);
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
        const QString key = settings.text(0, false);
        const int index = settingKeyIndex(key.toUtf8().constData());
        if (index < 0)
            settings.invalid(StoreText::tr("unknown setting \"%1\"").arg(key));
        if (seen.contains(index))
            settings.invalid(StoreText::tr("the setting \"%1\" appears twice").arg(key));
        seen.insert(index);
        p.settings.at(index) = settings.real(1);
    }
}

void readScenarios(SqliteDb &db, Project &p)
{
    Rows scenarios(db, "cc_scenarios", "id, name, description, key, name_en");
    while (scenarios.next()) {
        Scenario s;
        s.id = scenarios.int64(0);
        s.name = scenarios.name(1, false);
        s.description = scenarios.text(2);
        s.key = scenarios.text(3);
        s.nameEn = scenarios.text(4);
        insertUnique(scenarios, p.scenarios, s);
    }
    Rows entries(db, "cc_policy_entries", "scenario_id, from_month, note",
                 "ORDER BY scenario_id, from_month");
    while (entries.next()) {
        const EntityId scenarioId = entries.int64(0);
        if (!p.scenarios.contains(scenarioId))
            entries.invalid(
                StoreText::tr("the policy entry refers to scenario %1, which does not exist")
                    .arg(scenarioId));
        PolicyEntry e;
        e.fromMonth = entries.int32(1);
        e.note = entries.text(2);
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
        const EntityId scenarioId = values.int64(0);
        const int month = values.int32(1);
        const QString key = values.text(2, false);
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
        entry->changes.set(static_cast<PolicyKey>(index), values.real(3));
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
        l.id = rows.int64(0);
        l.code = rows.name(1, false);
        l.name = rows.name(2, false);
        l.nameEn = rows.name(3);
        l.inpatient = rows.boolean(4);
        l.annualRatePerPerson = rows.real(5);
        l.drgWeight = rows.real(6);
        l.minLevel = static_cast<FacilityLevel>(rows.int32(7));
        l.qMin = rows.real(8);
        l.staffMinutes = rows.real(9);
        l.coefCost = rows.real(10);
        l.coefTravel = rows.real(11);
        l.coefQuality = rows.real(12);
        for (int i = 0; i < kFacilityLevelCount; ++i) {
            l.costYuan[i] = rows.real(13 + i);
            l.baselineShare[i] = rows.real(18 + i);
            l.asc[i] = rows.real(23 + i);
        }
        for (int i = 0; i < kStaffRoleCount; ++i)
            l.roleWeight[i] = rows.real(28 + i);
        for (int i = 0; i < kFacilityLevelCount; ++i)
            l.lengthOfStayDays[i] = rows.real(32 + i);
        l.avoidableShare = rows.real(37);
        l.managedCare = rows.boolean(38);
        insertUnique(rows, p.serviceLines, l);
    }
}

void readLayers(SqliteDb &db, Project &p)
{
    Rows settlements(db, "settlements",
                     "fid, geom, name, name_en, population, township_id, urban, signed_share");
    while (settlements.next()) {
        Settlement s;
        s.id = settlements.int64(0);
        settlements.checkGeometry(1, decodePoint(settlements.blob(1), &s.position));
        s.name = settlements.name(2, false);
        s.nameEn = settlements.name(3);
        s.population = settlements.int64(4);
        s.townshipId = settlements.int64(5);
        s.urban = settlements.boolean(6);
        s.signedShare = settlements.real(7);
        insertUnique(settlements, p.settlements, s);
    }
    Rows facilities(db, "facilities",
                    "fid, geom, name, name_en, level, kind, beds, township_id, in_alliance");
    while (facilities.next()) {
        Facility f;
        f.id = facilities.int64(0);
        facilities.checkGeometry(1, decodePoint(facilities.blob(1), &f.position));
        f.name = facilities.name(2, false);
        f.nameEn = facilities.name(3);
        f.level = static_cast<FacilityLevel>(facilities.int32(4));
        f.kind = static_cast<HospitalKind>(facilities.int32(5));
        f.beds = facilities.int32(6);
        f.townshipId = facilities.int64(7);
        f.inAlliance = facilities.boolean(8);
        insertUnique(facilities, p.facilities, f);
    }
    Rows capability(db, "cc_facility_capability", "facility_id, line_id, capability");
    while (capability.next()) {
        const EntityId facilityId = capability.int64(0);
        const EntityId lineId = capability.int64(1);
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
        it->capability.insert(lineId, capability.real(2));
    }
    Rows roads(db, "roads", "fid, geom, name, road_class, speed_kmh");
    while (roads.next()) {
        Road r;
        r.id = roads.int64(0);
        roads.checkGeometry(1, decodeLineString(roads.blob(1), &r.path));
        r.name = roads.name(2);
        r.roadClass = static_cast<RoadClass>(roads.int32(3));
        r.speedKmh = roads.real(4);
        insertUnique(roads, p.roads, r);
    }
    Rows boundary(db, "county_boundary", "geom");
    int boundaries = 0;
    while (boundary.next()) {
        if (++boundaries > 1)
            boundary.invalid(StoreText::tr("the project has more than one county boundary"));
        boundary.checkGeometry(0, decodeMultiPolygon(boundary.blob(0), &p.boundary.area));
    }
}

void readPeople(SqliteDb &db, Project &p)
{
    Rows townships(db, "cc_townships", "id, name, name_en");
    while (townships.next()) {
        Township t;
        t.id = townships.int64(0);
        t.name = townships.name(1, false);
        t.nameEn = townships.name(2);
        insertUnique(townships, p.townships, t);
    }
    Rows staff(db, "cc_staff",
               "id, name, role, title, employer_facility_id, home_facility_id, "
               "grassroots_months, annual_salary_yuan");
    while (staff.next()) {
        StaffMember m;
        m.id = staff.int64(0);
        m.name = staff.name(1, false);
        m.role = static_cast<StaffRole>(staff.int32(2));
        m.title = static_cast<StaffTitle>(staff.int32(3));
        m.employerFacilityId = staff.int64(4);
        m.homeFacilityId = staff.int64(5);
        m.grassrootsMonths = staff.int32(6);
        m.annualSalaryYuan = staff.real(7);
        insertUnique(staff, p.staff, m);
    }
    Rows postings(db, "cc_postings",
                  "id, staff_id, facility_id, start_month, end_month, fte, scenario_id");
    while (postings.next()) {
        Posting x;
        x.id = postings.int64(0);
        x.staffId = postings.int64(1);
        x.facilityId = postings.int64(2);
        x.startMonth = postings.int32(3);
        x.endMonth = postings.int32(4);
        x.fte = postings.real(5);
        x.scenarioId = postings.int64(6);
        insertUnique(postings, p.postings, x);
    }
    Rows links(db, "cc_telemedicine_links",
               "id, hub_facility_id, centre_facility_id, kind, start_month, end_month, "
               "capability_gain, annual_cost_yuan, scenario_id");
    while (links.next()) {
        TelemedicineLink x;
        x.id = links.int64(0);
        x.hubFacilityId = links.int64(1);
        x.centreFacilityId = links.int64(2);
        x.kind = static_cast<LinkKind>(links.int32(3));
        x.startMonth = links.int32(4);
        x.endMonth = links.int32(5);
        x.capabilityGain = links.real(6);
        x.annualCostYuan = links.real(7);
        x.scenarioId = links.int64(8);
        insertUnique(links, p.links, x);
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
    return p;
}

} // namespace cc::store
