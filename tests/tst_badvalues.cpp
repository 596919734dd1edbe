// Bad values at every boundary: NaN, infinities, negative and huge numbers,
// empty and over-long names, duplicate ids and dangling references are refused
// with a message by the edits, the GeoJSON and CSV importers and the project
// loader, and a project holding one never reaches the engine.
#include "models/domain/projectdocument.h"
#include "models/domain/validation.h"
#include "models/edit/edits.h"
#include "models/edit/policyedits.h"
#include "models/exchange/csvimport.h"
#include "models/exchange/geojsonimport.h"
#include "models/simulation/simulationcontroller.h"
#include "models/store/projectstore.h"
#include "tests/gpkgsqlite.h"
#include "tests/testproject.h"

#include <QFile>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <limits>
#include <sqlite3.h>

using namespace cc;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
const QString kLongName = QString(kMaxNameLength + 1, QChar(0x6751)); // 201 × 村

using Mutation = std::function<void(Project &)>;

// Applies the mutation to a copy of the project's entity and pushes it through
// the edit functions: the change must be refused, with a message, and leave the
// document and its undo stack untouched.
void expectRefused(ProjectDocument &doc, const edit::EditResult &r, const Project &before,
                   int stackBefore)
{
    QVERIFY(!r.ok);
    QVERIFY2(!r.error.isEmpty(), "refused without a message");
    QVERIFY(doc.project() == before);
    QCOMPARE(doc.undoStack()->count(), stackBefore);
}

bool execSql(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    char *error = nullptr;
    const bool ok =
        test::openGeoPackage(path, &db) == SQLITE_OK &&
        sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK;
    if (error)
        qWarning("%s", error);
    sqlite3_free(error);
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestBadValues : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(validateProject(test::smallProject()).isEmpty()); }

    // --- edits -------------------------------------------------------------
    void editsRefuse_data()
    {
        QTest::addColumn<int>("which");
        const char *names[] = {
            "settlement NaN longitude",
            "settlement infinite latitude",
            "settlement negative population",
            "settlement huge population",
            "settlement NaN signed share",
            "settlement empty name",
            "settlement blank name",
            "settlement long name",
            "settlement long English name",
            "settlement in a missing township",
            "facility NaN capability",
            "facility negative beds",
            "facility huge beds",
            "facility long name",
            "facility capability of a missing line",
            "facility unknown level",
            "road infinite speed",
            "road negative speed",
            "road NaN point",
            "road one point",
            "staff NaN salary",
            "staff huge salary",
            "staff negative months",
            "staff empty name",
            "staff missing home facility",
            "posting NaN fte",
            "posting negative fte",
            "posting fte above 1",
            "posting to a missing facility",
            "posting of a missing staff member",
            "posting ends before it starts",
            "posting in a missing scenario",
            "service line NaN rate",
            "service line infinite cost",
            "service line negative rate",
            "service line duplicate code",
            "service line shares not adding up",
            "service line long code",
            "township empty name",
            "township long name",
            "township long English name",
            "scenario empty name",
            "scenario duplicate name",
            "scenario NaN policy value",
            "scenario huge policy value",
            "scenario long name",
        };
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }
    void editsRefuse()
    {
        QFETCH(int, which);
        ProjectDocument doc;
        doc.reset(test::smallProject(), QString());
        const Project before = doc.project();
        const int stack = doc.undoStack()->count();
        Settlement s = before.settlements.value(2);
        Facility f = before.facilities.value(2);
        Road r = before.roads.value(1);
        StaffMember m = before.staff.value(1);
        Posting p = before.postings.value(1);
        ServiceLine l = before.serviceLines.value(1);
        Township t = before.townships.value(1);
        Scenario sc = before.scenarios.value(2);
        edit::EditResult result;
        // Each bad value is tried both as a change of an existing entity and,
        // for the first cases of each kind, as an added one.
        auto both = [&](auto value) {
            const edit::EditResult added = edit::add(doc, value);
            expectRefused(doc, added, before, stack);
            result = edit::change(doc, value);
        };
        switch (which) {
        case 0:
            s.position.lon = kNaN;
            both(s);
            break;
        case 1:
            s.position.lat = kInf;
            both(s);
            break;
        case 2:
            s.population = -1;
            both(s);
            break;
        case 3:
            s.population = kMaxPopulation + 1;
            both(s);
            break;
        case 4:
            s.signedShare = kNaN;
            both(s);
            break;
        case 5:
            s.name.clear();
            both(s);
            break;
        case 6:
            s.name = QStringLiteral("  \t ");
            both(s);
            break;
        case 7:
            s.name = kLongName;
            both(s);
            break;
        case 8:
            s.nameEn = kLongName;
            both(s);
            break;
        case 9:
            s.townshipId = 99;
            both(s);
            break;
        case 10:
            f.capability[1] = kNaN;
            both(f);
            break;
        case 11:
            f.beds = -3;
            both(f);
            break;
        case 12:
            f.beds = std::numeric_limits<int>::max();
            both(f);
            break;
        case 13:
            f.name = kLongName;
            both(f);
            break;
        case 14:
            f.capability[42] = 0.5;
            both(f);
            break;
        case 15:
            f.level = static_cast<FacilityLevel>(9);
            both(f);
            break;
        case 16:
            r.speedKmh = kInf;
            both(r);
            break;
        case 17:
            r.speedKmh = -40;
            both(r);
            break;
        case 18:
            r.path[1].lon = kNaN;
            both(r);
            break;
        case 19:
            r.path.resize(1);
            both(r);
            break;
        case 20:
            m.annualSalaryYuan = kNaN;
            both(m);
            break;
        case 21:
            m.annualSalaryYuan = 1e300;
            both(m);
            break;
        case 22:
            m.grassrootsMonths = -1;
            both(m);
            break;
        case 23:
            m.name.clear();
            both(m);
            break;
        case 24:
            m.homeFacilityId = 77;
            both(m);
            break;
        case 25:
            p.fte = kNaN;
            both(p);
            break;
        case 26:
            p.fte = -0.5;
            both(p);
            break;
        case 27:
            p.fte = 1.5;
            both(p);
            break;
        case 28:
            p.facilityId = 77;
            both(p);
            break;
        case 29:
            p.staffId = 77;
            both(p);
            break;
        case 30:
            p.endMonth = p.startMonth;
            both(p);
            break;
        case 31:
            p.scenarioId = 77;
            both(p);
            break;
        case 32:
            l.annualRatePerPerson = kNaN;
            both(l);
            break;
        case 33:
            l.costYuan[2] = kInf;
            both(l);
            break;
        case 34:
            l.annualRatePerPerson = -1;
            both(l);
            break;
        case 35:
            l.code = before.serviceLines.value(2).code;
            result = edit::change(doc, l);
            break;
        case 36:
            l.baselineShare = {0.5, 0.5, 0.5, 0, 0};
            both(l);
            break;
        case 37:
            l.code = kLongName;
            both(l);
            break;
        case 38:
            t.name.clear();
            both(t);
            break;
        case 39:
            t.name = kLongName;
            both(t);
            break;
        case 40:
            t.nameEn = kLongName;
            both(t);
            break;
        case 41:
            sc.name.clear();
            both(sc);
            break;
        case 42:
            sc.name = before.scenarios.value(1).name;
            result = edit::change(doc, sc);
            break;
        case 43:
            result = edit::setPolicyValue(doc, sc.id, 0, PolicyKey::InsuredShare, kNaN);
            break;
        case 44:
            result = edit::setPolicyValue(doc, sc.id, 0, PolicyKey::FiscalSubsidyYuan, 1e308);
            break;
        case 45:
            sc.name = kLongName;
            both(sc);
            break;
        default:
            QFAIL("unknown case");
        }
        expectRefused(doc, result, before, stack);
    }

    void projectWideEditsRefuse()
    {
        ProjectDocument doc;
        doc.reset(test::smallProject(), QString());
        const Project before = doc.project();
        const int stack = doc.undoStack()->count();

        expectRefused(doc, edit::setTitle(doc, kLongName), before, stack);
        for (double bad : {kNaN, kInf, -kInf, -1.0, 1e300}) {
            ModelSettings settings = before.settings;
            settings[SettingKey::DetourFactor] = bad;
            expectRefused(doc, edit::setSettings(doc, settings), before, stack);
            settings = before.settings;
            settings[SettingKey::HorizonMonths] = bad;
            expectRefused(doc, edit::setSettings(doc, settings), before, stack);
        }
        CountyBoundary b = before.boundary;
        b.area[0][0][1].lat = kNaN;
        expectRefused(doc, edit::setBoundary(doc, b), before, stack);
        b = before.boundary;
        b.name = kLongName;
        expectRefused(doc, edit::setBoundary(doc, b), before, stack);

        expectRefused(doc, edit::addScenario(doc, QString()), before, stack);
        expectRefused(doc, edit::addScenario(doc, kLongName), before, stack);
        expectRefused(doc, edit::addScenario(doc, QStringLiteral("baseline")), before, stack);
        expectRefused(doc, edit::renameScenario(doc, 2, QString()), before, stack);
        expectRefused(doc, edit::duplicateScenario(doc, 2, kLongName), before, stack);
        expectRefused(doc, edit::duplicateScenario(doc, 99, QStringLiteral("x")), before, stack);
        expectRefused(doc, edit::addPolicyChange(doc, 2, -5), before, stack);
        expectRefused(doc, edit::addPolicyChange(doc, 2, kMaxMonth + 1), before, stack);
        expectRefused(doc, edit::movePolicyChange(doc, 2, 1, 0), before, stack);
        expectRefused(doc, edit::setPolicyNote(doc, 2, 1, QString(10001, QLatin1Char('x'))), before,
                      stack);
        expectRefused(doc, edit::setPolicyValue(doc, 2, 5, PolicyKey::InsuredShare, 0.5), before,
                      stack);

        // Whole-project replacement: duplicate ids (a key that is not the
        // entity's id) and dangling references are refused as well.
        Project dup = before;
        Settlement copy = dup.settlements.value(1);
        dup.settlements.insert(7, copy); // two entries with id 1
        expectRefused(doc, edit::replaceProject(doc, dup, QStringLiteral("x")), before, stack);
        Project dangling = before;
        dangling.facilities.remove(2); // postings and staff still refer to it
        expectRefused(doc, edit::replaceProject(doc, dangling, QStringLiteral("x")), before, stack);
        Project nan = before;
        nan.settlements[1].signedShare = kNaN;
        expectRefused(doc, edit::replaceProject(doc, nan, QStringLiteral("x")), before, stack);
    }

    // A posting to a facility that was deleted: removing the facility removes
    // its postings with it, and a posting to it afterwards is refused.
    void postingToDeletedFacility()
    {
        ProjectDocument doc;
        doc.reset(test::smallProject(), QString());
        QVERIFY(edit::remove<Facility>(doc, 2));
        for (const Posting &p : doc.project().postings)
            QVERIFY(p.facilityId != 2);
        for (const StaffMember &m : doc.project().staff)
            QVERIFY(m.homeFacilityId != 2 && m.employerFacilityId != 2);
        QVERIFY(validateProject(doc.project()).isEmpty());
        const Project before = doc.project();
        const int stack = doc.undoStack()->count();
        expectRefused(doc, edit::add(doc, Posting{0, 1, 2, 0, 12, 1.0, 0}), before, stack);
        // Undo brings the facility and its postings back together.
        doc.undoStack()->undo();
        QVERIFY(doc.project() == test::smallProject());
    }

    // --- importers -----------------------------------------------------------
    void geoJsonRefusesBadFeatures()
    {
        const Project target = test::smallProject();
        auto feature = [](const QString &coords, const QString &props) {
            return QStringLiteral(
                       R"({"type":"Feature","geometry":{"type":"Point","coordinates":%1},"properties":%2})")
                .arg(coords, props);
        };
        const QStringList bad = {
            feature(QStringLiteral("[118.1, 95]"),
                    QStringLiteral(R"({"name":"a","population":10})")),
            feature(QStringLiteral("[1e308, 26]"),
                    QStringLiteral(R"({"name":"b","population":10})")),
            feature(QStringLiteral("[118.1, 26]"),
                    QStringLiteral(R"({"name":"c","population":-10})")),
            feature(QStringLiteral("[118.1, 26]"),
                    QStringLiteral(R"({"name":"d","population":1e30})")),
            feature(QStringLiteral("[118.1, 26]"),
                    QStringLiteral(R"({"name":"e","population":"NaN"})")),
            feature(QStringLiteral("[118.1, 26]"),
                    QStringLiteral(R"({"name":"","population":10})")),
            feature(QStringLiteral("[118.1, 26]"),
                    QStringLiteral(R"({"name":"%1","population":10})").arg(kLongName)),
            feature(QStringLiteral("[118.1, 26]"),
                    QStringLiteral(R"({"name":"f","population":10,"signed_share":"Infinity"})")),
            feature(QStringLiteral("[118.1, 26]"),
                    QStringLiteral(R"({"name":"g","population":10,"signed_share":-0.5})")),
        };
        const QString good = feature(QStringLiteral("[118.1, 26.1]"),
                                     QStringLiteral(R"({"name":"好村","population":10})"));
        const QByteArray json = QStringLiteral(R"({"type":"FeatureCollection","features":[%1,%2]})")
                                    .arg(bad.join(QLatin1Char(',')), good)
                                    .toUtf8();
        exchange::ImportOptions options;
        options.acceptValidRows = true;
        const exchange::ImportResult r =
            exchange::importGeoJson(json, exchange::Layer::Settlements, target, options);
        QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
        QCOMPARE(r.problems.size(), bad.size());
        for (int i = 0; i < bad.size(); ++i) {
            QCOMPARE(r.problems[i].number, i + 1);
            QVERIFY(!r.problems[i].reason.isEmpty());
        }
        QCOMPARE(r.settlements.size(), 1);
        QCOMPARE(r.settlements[0].name, QStringLiteral("好村"));
        // A number beyond double (1e999) makes the file itself unreadable.
        const exchange::ImportResult overflow = exchange::importGeoJson(
            QByteArray(R"({"type":"Feature","geometry":{"type":"Point","coordinates":[1e999,26]},)"
                       R"("properties":{"name":"x","population":1}})"),
            exchange::Layer::Settlements, target, options);
        QVERIFY(!overflow.fatalError.isEmpty());
        QVERIFY(overflow.settlements.isEmpty());

        // Applying what is left: only the good feature arrives, and the project stays valid.
        ProjectDocument doc;
        doc.reset(target, QString());
        QVERIFY(exchange::applyImport(doc, r).ok);
        QCOMPARE(doc.project().settlements.size(), target.settlements.size() + 1);
        QVERIFY(validateProject(doc.project()).isEmpty());
    }

    void csvRefusesBadRows()
    {
        const Project target = test::smallProject();
        const QString text = QStringLiteral("name,township,population,lon,lat,signed_share\n"
                                            "NaN村,,NaN,118.1,26.1,\n"
                                            "无穷村,,10,inf,26.1,\n"
                                            "负村,,-5,118.1,26.1,\n"
                                            "大村,,100000000000000000000,118.1,26.1,\n"
                                            ",,10,118.1,26.1,\n"
                                            "%1,,10,118.1,26.1,\n"
                                            "签约村,,10,118.1,26.1,2\n"
                                            "纬度村,,10,118.1,-91,\n"
                                            "好村,青石镇,10,118.1,26.1,0.3\n")
                                 .arg(kLongName);
        const QByteArray csv = text.toUtf8();
        // UTF-8, UTF-8 with a BOM and GB18030 (as Chinese Excel saves), detected.
        QVector<QByteArray> encodings = {csv, QByteArray("\xEF\xBB\xBF") + csv};
        if (exchange::gb18030Available()) {
            QStringEncoder gb("GB18030");
            encodings.append(gb(text));
            QVERIFY(encodings.back() != csv);
        }
        for (int i = 0; i < encodings.size(); ++i) {
            const exchange::CsvTable table = exchange::parseCsv(encodings[i]);
            QVERIFY2(table.ok(), qPrintable(table.error));
            QCOMPARE(table.encoding,
                     i < 2 ? exchange::TextEncoding::Utf8 : exchange::TextEncoding::Gb18030);
            exchange::ImportOptions options;
            options.acceptValidRows = true;
            const exchange::ImportResult r =
                exchange::importCsv(table, exchange::suggestMapping(table.headers),
                                    exchange::Layer::Settlements, target, options);
            QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
            QCOMPARE(r.problems.size(), 8);
            for (int i = 0; i < 8; ++i)
                QCOMPARE(r.problems[i].number, i + 2); // the header is row 1
            QCOMPARE(r.settlements.size(), 1);
            QCOMPARE(r.settlements[0].name, QStringLiteral("好村"));
        }
    }

    // --- loader --------------------------------------------------------------
    void loaderRefuses_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("empty settlement name")
            << QStringLiteral("UPDATE settlements SET name = ''");
        QTest::newRow("long settlement name")
            << QStringLiteral("UPDATE settlements SET name = '%1'").arg(kLongName);
        QTest::newRow("long English name")
            << QStringLiteral("UPDATE facilities SET name_en = '%1'").arg(kLongName);
        QTest::newRow("long township English name")
            << QStringLiteral("UPDATE cc_townships SET name_en = '%1'").arg(kLongName);
        QTest::newRow("huge population")
            << QStringLiteral("UPDATE settlements SET population = 9000000000000");
        QTest::newRow("infinite salary")
            << QStringLiteral("UPDATE cc_staff SET annual_salary_yuan = 1e999");
        QTest::newRow("negative fte") << QStringLiteral("UPDATE cc_postings SET fte = -1");
        QTest::newRow("huge beds") << QStringLiteral("UPDATE facilities SET beds = 99999999999");
        QTest::newRow("staff at a missing facility")
            << QStringLiteral("UPDATE cc_staff SET home_facility_id = 99");
        QTest::newRow("posting to a deleted facility") << QStringLiteral(
            "DELETE FROM facilities WHERE fid = (SELECT facility_id FROM cc_postings LIMIT 1)");
        QTest::newRow("duplicate service line code")
            << QStringLiteral("UPDATE cc_service_lines SET code = 'same'");
        QTest::newRow("duplicate scenario name")
            << QStringLiteral("UPDATE cc_scenarios SET name = 'same'");
        QTest::newRow("infinite policy value")
            << QStringLiteral("UPDATE cc_policy_values SET value = -1e999");
        QTest::newRow("negative capability")
            << QStringLiteral("UPDATE cc_facility_capability SET capability = -2");
        QTest::newRow("long title")
            << QStringLiteral("UPDATE cc_meta SET value = '%1' WHERE key = 'title'").arg(kLongName);
    }
    void loaderRefuses()
    {
        QFETCH(QString, sql);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.ccplan"));
        QVERIFY(store::saveProjectAs(test::smallProject(), path).ok);
        QVERIFY(store::loadProject(path).ok());
        QVERIFY(execSql(path, sql));
        const store::LoadResult r = store::loadProject(path);
        QVERIFY2(!r.ok(), "a bad value was loaded");
        QVERIFY(!r.message.isEmpty());
        QVERIFY(r.project == Project{}); // never a partly loaded project
    }

    // --- the engine ----------------------------------------------------------
    // A project set by code without validation is refused before the engine.
    void engineNeverReceivesBadValues()
    {
        ProjectDocument doc;
        Project bad = test::smallProject();
        bad.settings[SettingKey::HorizonMonths] = 12;
        bad.settlements[1].population = -100;
        bad.serviceLines[1].annualRatePerPerson = kNaN;
        doc.reset(bad, QString());
        SimulationController controller(&doc);
        QSignalSpy results(&controller, &SimulationController::resultsReady);
        QSignalSpy refused(&controller, &SimulationController::inputRefused);
        QVERIFY(refused.wait(20000));
        QCOMPARE(results.count(), 0);
        QVERIFY(!controller.inputError().isEmpty());
        QVERIFY(!controller.results());

        // Once the project is valid again, the simulation runs.
        Project good = bad;
        good.settlements[1].population = 100;
        good.serviceLines[1].annualRatePerPerson = 1;
        doc.reset(good, QString());
        QVERIFY(results.wait(60000));
        QVERIFY(controller.inputError().isEmpty());
        QVERIFY(controller.results());
    }
};

QTEST_GUILESS_MAIN(TestBadValues)
#include "tst_badvalues.moc"
