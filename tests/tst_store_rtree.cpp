// CountyCare's own layers carry GeoPackage spatial indexes (issue 17, item 2):
// a new file has the RTree extension's index on each of its four layers (the
// virtual table, the spec's triggers, the gpkg_extensions row), every save
// keeps each index equal to its layer (checked with GDAL: it finds the index,
// its spatial filter goes through it, validate_gpkg.py passes), an older file
// or one whose user dropped an index gets it back on its next save with
// nothing else changed, and a program that edits the layers with SQLite must
// register the GeoPackage functions the triggers call (the plain sqlite3 shell
// cannot, as with any GeoPackage GDAL makes). The tools run as the user would
// run them (tests/gistools.h).
#include "clirun.h"
#include "gistools.h"
#include "tests/demoinput.h"
#include "tests/gpkgsqlite.h"
#include "tests/testproject.h"

#include "models/store/projectstore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace cc;
using cc::store::LoadResult;

namespace {

#define RUN_TOOL(name, ...)                                                                        \
    do {                                                                                           \
        const test::ToolRun run_ = test::runTool(QStringLiteral(name), __VA_ARGS__);               \
        QVERIFY2(run_.ok, qPrintable(run_.output));                                                \
    } while (false)

const QStringList kLayers{QStringLiteral("county_boundary"), QStringLiteral("facilities"),
                          QStringLiteral("roads"), QStringLiteral("settlements")};

// Every row of one SQL query through the sqlite3 shell (reading needs no
// function), one line per row, columns joined by '|'.
QString sqlite(const QString &path, const QString &sql)
{
    const test::ToolRun run = test::runTool(QStringLiteral("sqlite3"), {path, sql});
    return run.ok ? run.output.trimmed() : QStringLiteral("FAILED: ") + run.output;
}

// Runs `sql` on a connection with the GeoPackage functions (tests/gpkgsqlite.h);
// the error, or empty.
QString execWithFunctions(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QString error;
    if (test::openGeoPackage(path, &db) != SQLITE_OK ||
        sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        error = QString::fromUtf8(db ? sqlite3_errmsg(db) : "cannot open");
    sqlite3_close(db);
    return error;
}

// What is wrong with the spatial indexes of CountyCare's layers in `path`, or
// empty: GDAL reads every layer, finds each layer's index (HasSpatialIndex),
// and each index holds exactly the ids and envelopes of its layer's features.
QString indexesDifferFromLayers(const QString &path)
{
    const test::ToolRun check =
        test::runPython(QString::fromUtf8(test::kGdalReadsEverything), {path});
    if (!check.ok)
        return check.output;
    for (const QString &layer : kLayers) {
        const QString features =
            sqlite(path, QStringLiteral("SELECT count(*) FROM %1 WHERE geom NOT NULL").arg(layer));
        if (!check.output.contains(QStringLiteral("%1: %2 indexed").arg(layer, features)))
            return QStringLiteral("%1 has %2 features: %3").arg(layer, features, check.output);
        const test::ToolRun has =
            test::runTool(QStringLiteral("ogrinfo"),
                          {path, QStringLiteral("-sql"),
                           QStringLiteral("SELECT HasSpatialIndex('%1', 'geom')").arg(layer)});
        if (!has.output.contains(QLatin1String("HasSpatialIndex (Integer) = 1")))
            return layer + QLatin1String(": ") + has.output;
    }
    return {};
}

// Every schema object of the file as "type name".
QSet<QString> schemaObjects(const QString &path)
{
    const QStringList rows =
        sqlite(path, QStringLiteral("SELECT type || ' ' || name FROM sqlite_master"))
            .split(QLatin1Char('\n'));
    return QSet<QString>(rows.cbegin(), rows.cend());
}

// Each layer's triggers as "layer|count".
QString triggerCounts(const QString &path)
{
    return sqlite(path, QStringLiteral("SELECT tbl_name, count(*) FROM sqlite_master WHERE type = "
                                       "'trigger' GROUP BY tbl_name ORDER BY tbl_name"));
}

const char *const kSixTriggersEach = "county_boundary|6\nfacilities|6\nroads|6\nsettlements|6";

} // namespace

class TestStoreRtree : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A new project file holding test::smallProject().
    QString newProject(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const store::SaveResult saved = store::saveProjectAs(test::smallProject(), path);
        return saved.ok ? path : QString();
    }

private slots:
    void newFileIndexesEveryLayer();
    void savesKeepIndexesInStep();
    void olderOrStrippedFileGetsIndexesOnSave_data();
    void olderOrStrippedFileGetsIndexesOnSave();
    void editorsOfTheLayersNeedTheFunctions();
    void gdalFeatureCountsStayValid();
};

void TestStoreRtree::newFileIndexesEveryLayer()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("青山县.gpkg"));
    const CliRun made = runCli({QStringLiteral("new"), QStringLiteral("--demo"), path});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));

    // Registered as GDAL registers them, with the spec's six triggers per layer.
    QCOMPARE(sqlite(path, QStringLiteral("SELECT table_name, column_name, definition, scope FROM "
                                         "gpkg_extensions WHERE extension_name = "
                                         "'gpkg_rtree_index' ORDER BY table_name")),
             QStringLiteral("county_boundary|geom|%1|write-only\nfacilities|geom|%1|write-only\n"
                            "roads|geom|%1|write-only\nsettlements|geom|%1|write-only")
                 .arg(QLatin1String("http://www.geopackage.org/spec120/#extension_rtree")));
    QCOMPARE(triggerCounts(path), QLatin1String(kSixTriggersEach));

    // Each index holds every feature of the demo county, as GDAL reads them.
    const QString wrong = indexesDifferFromLayers(path);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    const Project &demo = demotest::demoProject();
    for (const auto &[layer, count] :
         {std::pair{"facilities", demo.facilities.size()},
          std::pair{"settlements", demo.settlements.size()}, std::pair{"roads", demo.roads.size()}})
        QCOMPARE(
            sqlite(path,
                   QStringLiteral("SELECT count(*) FROM rtree_%1_geom").arg(QLatin1String(layer))),
            QString::number(count));

    // GDAL's own validator (python3-gdal's osgeo_utils.samples.validate_gpkg).
    const test::ToolRun valid = test::runTool(
        QStringLiteral("python3"),
        {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), path});
    QVERIFY2(valid.ok, qPrintable(valid.output));
    QVERIFY2(!valid.output.contains(QLatin1String("Error")), qPrintable(valid.output));
}

void TestStoreRtree::savesKeepIndexesInStep()
{
    const QString path = newProject(QStringLiteral("edited.gpkg"));
    QVERIFY(!path.isEmpty());
    LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    Project p = loaded.project;
    p.facilities[2].position = {118.33, 26.27}; // moved
    for (const Posting &x : std::as_const(p.postings))
        QVERIFY(x.facilityId != 3);
    for (const StaffMember &m : std::as_const(p.staff))
        QVERIFY(m.homeFacilityId != 3 && m.employerFacilityId != 3);
    p.facilities.remove(3); // deleted
    Facility added = p.facilities.value(1);
    added.id = 9;
    added.name = QStringLiteral("新设卫生室");
    added.position = {118.35, 26.29};
    p.facilities.insert(added.id, added);
    Settlement village = p.settlements.value(2);
    village.id = 40;
    village.position = {118.35, 26.02};
    p.settlements.insert(village.id, village);
    p.roads[1].path.push_back({118.02, 26.01});
    const store::SaveResult saved = store::saveProject(p, path, loaded.identity);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    QString wrong = indexesDifferFromLayers(path);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT id FROM rtree_facilities_geom ORDER BY id")),
             QStringLiteral("1\n2\n4\n9"));

    // GDAL's spatial filter goes through the index: it finds the moved and the
    // added facility where they are now, and nothing where facility 2 was.
    const QString filtered = QStringLiteral(
        "import sys\nfrom osgeo import ogr\nds = ogr.Open(sys.argv[1])\n"
        "lyr = ds.GetLayerByName('facilities')\nfor box in ((118.32, 26.26, 118.36, 26.30), "
        "(118.07, 26.055, 118.09, "
        "26.07)):\n    lyr.SetSpatialFilterRect(*box)\n    print(sorted(f.GetFID() for f in "
        "lyr))\n");
    const test::ToolRun gdal = test::runPython(filtered, {path});
    QVERIFY2(gdal.ok, qPrintable(gdal.output));
    QCOMPARE(gdal.output.trimmed(), QStringLiteral("[2, 9]\n[]"));

    // A save with nothing changed leaves the indexes as they were; so does a
    // Save As, into a new file or from this one.
    const LoadResult again = store::loadProject(path);
    QVERIFY2(again.ok(), qPrintable(again.message));
    const QString before =
        sqlite(path, QStringLiteral("SELECT * FROM rtree_facilities_geom ORDER BY id"));
    const store::SaveResult resaved = store::saveProject(again.project, path, again.identity);
    QVERIFY2(resaved.ok, qPrintable(resaved.message));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT * FROM rtree_facilities_geom ORDER BY id")),
             before);
    QCOMPARE(triggerCounts(path), QLatin1String(kSixTriggersEach));
    for (const bool fromSource : {false, true}) {
        const QString copy = m_dir.filePath(fromSource ? QStringLiteral("copy from source.ccplan")
                                                       : QStringLiteral("copy alone.ccplan"));
        const store::SaveResult savedAs = fromSource
                                              ? store::saveProjectAs(again.project, copy, path)
                                              : store::saveProjectAs(again.project, copy);
        QVERIFY2(savedAs.ok, qPrintable(savedAs.message));
        wrong = indexesDifferFromLayers(copy);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(sqlite(copy, QStringLiteral("SELECT * FROM rtree_facilities_geom ORDER BY id")),
                 before);
    }
}

void TestStoreRtree::olderOrStrippedFileGetsIndexesOnSave_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("version 1") << QStringLiteral("v1");
    QTest::newRow("version 5 before CountyCare made indexes") << QStringLiteral("unindexed");
    QTest::newRow("GDAL's DisableSpatialIndex on every layer") << QStringLiteral("gdal");
    QTest::newRow("sqlite3 dropped an index's table") << QStringLiteral("table");
}

void TestStoreRtree::olderOrStrippedFileGetsIndexesOnSave()
{
    QFETCH(QString, how);
    const QString path = m_dir.filePath(QStringLiteral("older-%1.ccplan").arg(how));
    if (how == QLatin1String("v1")) {
        QFile script(QFINDTESTDATA("data/project_v1.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QString error = execWithFunctions(path, QString::fromUtf8(script.readAll()));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QVERIFY(!newProject(QFileInfo(path).fileName()).isEmpty());
    }
    // The user's own work in the file: a column with values on a layer, a table.
    const QString error = execWithFunctions(
        path, QStringLiteral("ALTER TABLE facilities ADD COLUMN note TEXT;"
                             "UPDATE facilities SET note = '核查 ' || fid;"
                             "CREATE TABLE survey (id INTEGER PRIMARY KEY, finding TEXT);"
                             "INSERT INTO survey VALUES (1, '道路需修缮');"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (how == QLatin1String("unindexed")) {
        // What CountyCare wrote before it made indexes: no trigger, no index,
        // no gpkg_extensions.
        QString strip = QStringLiteral("DROP TABLE gpkg_extensions;");
        for (const QString &layer : kLayers) {
            strip += QStringLiteral("DROP TABLE rtree_%1_geom;").arg(layer);
            for (const char *suffix :
                 {"insert", "update1", "update2", "update3", "update4", "delete"})
                strip += QStringLiteral("DROP TRIGGER rtree_%1_geom_%2;")
                             .arg(layer, QLatin1String(suffix));
        }
        const QString stripped = execWithFunctions(path, strip);
        QVERIFY2(stripped.isEmpty(), qPrintable(stripped));
    } else if (how == QLatin1String("gdal")) {
        for (const QString &layer : kLayers)
            RUN_TOOL("ogrinfo",
                     {path, QStringLiteral("-sql"),
                      QStringLiteral("SELECT DisableSpatialIndex('%1', 'geom')").arg(layer)});
    } else if (how == QLatin1String("table")) {
        // The triggers stay (and the registration): only the table comes back.
        RUN_TOOL("sqlite3", {path, QStringLiteral("DROP TABLE rtree_facilities_geom")});
    }
    if (how != QLatin1String("table"))
        QCOMPARE(sqlite(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                             "'rtree%'")),
                 QStringLiteral("0"));
    const QString notes =
        sqlite(path, QStringLiteral("SELECT fid, note FROM facilities ORDER BY fid"));
    const QSet<QString> objectsBefore = schemaObjects(path);

    const LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    const store::SaveResult saved = store::saveProject(loaded.project, path, loaded.identity);
    QVERIFY2(saved.ok, qPrintable(saved.message));

    const QString wrong = indexesDifferFromLayers(path);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(triggerCounts(path), QLatin1String(kSixTriggersEach));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT count(*) FROM gpkg_extensions WHERE "
                                         "extension_name = 'gpkg_rtree_index'")),
             QStringLiteral("4"));
    // Nothing of the user's changed, nothing went, and what came is the
    // indexes (and an older file's upgrade: CountyCare's tables).
    QCOMPARE(sqlite(path, QStringLiteral("SELECT fid, note FROM facilities ORDER BY fid")), notes);
    QCOMPARE(sqlite(path, QStringLiteral("SELECT * FROM survey")), QStringLiteral("1|道路需修缮"));
    const QSet<QString> objectsAfter = schemaObjects(path);
    QVERIFY(objectsAfter.contains(objectsBefore));
    for (const QString &added : objectsAfter - objectsBefore) {
        const QString name = added.section(QLatin1Char(' '), 1);
        const bool index = name.startsWith(QLatin1String("rtree_")) ||
                           name.contains(QLatin1String("gpkg_extensions"));
        const bool upgrade = how == QLatin1String("v1") && name.contains(QLatin1String("cc_"));
        QVERIFY2(index || upgrade, qPrintable(added));
    }
}

void TestStoreRtree::editorsOfTheLayersNeedTheFunctions()
{
    const QString path = newProject(QStringLiteral("edited elsewhere.ccplan"));
    QVERIFY(!path.isEmpty());
    // The sqlite3 shell has no ST_ functions: its edit of a layer fails as a
    // whole and leaves the file as it was; other tables it still writes.
    const test::ToolRun shell = test::runTool(
        QStringLiteral("sqlite3"), {path, QStringLiteral("UPDATE facilities SET beds = 30")});
    QVERIFY(!shell.ok);
    QVERIFY2(shell.output.contains(QLatin1String("no such function: ST_")),
             qPrintable(shell.output));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT beds FROM facilities WHERE fid = 2")),
             QStringLiteral("20"));
    RUN_TOOL("sqlite3",
             {path, QStringLiteral("UPDATE cc_townships SET name_en = 'Qingshi' WHERE id = 2")});

    // Python's sqlite3 with the functions registered (tests/gistools.h) moves,
    // adds and deletes facilities, and the triggers keep the index in step.
    const QString python =
        QString::fromUtf8(test::kPythonGeoPackageFunctions) +
        QStringLiteral(
            "import sys, sqlite3\ncon = sqlite3.connect(sys.argv[1])\n"
            "register_gpkg_functions(con)\n"
            "con.execute(\"INSERT INTO facilities (fid, geom, name, level, kind, beds, "
            "township_id, in_alliance) SELECT 9, geom, '新设卫生室', level, kind, beds, "
            "township_id, in_alliance FROM facilities WHERE fid = 3\")\n"
            "con.execute('UPDATE facilities SET geom = (SELECT geom FROM settlements WHERE fid = "
            "3), beds = 30 WHERE fid = 2')\n"
            "con.execute('UPDATE facilities SET geom = (SELECT geom FROM settlements WHERE fid = "
            "1) WHERE fid = 9')\n"
            "con.execute('DELETE FROM facilities WHERE fid = 3')\n"
            "con.execute('DELETE FROM cc_facility_capability WHERE facility_id = 3')\n"
            "con.commit()\n");
    const test::ToolRun edited = test::runPython(python, {path});
    QVERIFY2(edited.ok, qPrintable(edited.output));
    QString wrong = indexesDifferFromLayers(path);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT id FROM rtree_facilities_geom ORDER BY id")),
             QStringLiteral("1\n2\n4\n9"));

    // So does C++ through the tests' helper (tests/gpkgsqlite.h).
    const QString error = execWithFunctions(
        path,
        QStringLiteral("UPDATE settlements SET geom = (SELECT geom FROM facilities WHERE fid = "
                       "4) WHERE fid = 2"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    wrong = indexesDifferFromLayers(path);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

    // CountyCare reads what they wrote.
    const LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    const Project &p = loaded.project;
    QVERIFY(!p.facilities.contains(3));
    QCOMPARE(p.facilities.value(2).beds, 30);
    QCOMPARE(p.facilities.value(2).position.lon, p.settlements.value(3).position.lon);
    QCOMPARE(p.facilities.value(9).position.lat, p.settlements.value(1).position.lat);
    QCOMPARE(p.settlements.value(2).position.lon, p.facilities.value(4).position.lon);
    QCOMPARE(p.townships.value(2).nameEn, QStringLiteral("Qingshi"));
}

void TestStoreRtree::gdalFeatureCountsStayValid()
{
    // GDAL's feature counts (gpkg_ogr_contents and its triggers on every layer
    // GDAL writes), taken from a GeoPackage ogr2ogr made with layers of
    // CountyCare's names, as GDAL wrote them, into a project.
    const QString path = newProject(QStringLiteral("counted.gpkg"));
    QVERIFY(!path.isEmpty());
    const QString points = m_dir.filePath(QStringLiteral("points.geojson"));
    {
        QFile f(points);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":
          {"name":"a"},"geometry":{"type":"Point","coordinates":[118.1,26.1]}}]})");
    }
    const QString gdalMade = m_dir.filePath(QStringLiteral("gdal made.gpkg"));
    for (const QString &layer : kLayers) {
        QStringList args{QStringLiteral("-f"),
                         QStringLiteral("GPKG"),
                         gdalMade,
                         points,
                         QStringLiteral("-nln"),
                         layer};
        if (QFileInfo::exists(gdalMade))
            args.prepend(QStringLiteral("-update"));
        RUN_TOOL("ogr2ogr", args);
    }
    QCOMPARE(
        sqlite(gdalMade, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                        "'trigger' AND name LIKE 'trigger_%_feature_count_%'")),
        QStringLiteral("8"));
    const test::ToolRun copied = test::runPython(
        QStringLiteral("import sys, sqlite3\n"
                       "gdal = sqlite3.connect(sys.argv[1])\n"
                       "project = sqlite3.connect(sys.argv[2])\n"
                       "for (sql,) in gdal.execute(\"SELECT sql FROM sqlite_master WHERE name = "
                       "'gpkg_ogr_contents' OR (type = 'trigger' AND name LIKE "
                       "'trigger_%_feature_count_%')\"):\n"
                       "    project.execute(sql)\n"
                       "for t in ('county_boundary', 'facilities', 'roads', 'settlements'):\n"
                       "    project.execute('INSERT INTO gpkg_ogr_contents VALUES (?, (SELECT "
                       "count(*) FROM \"%s\"))' % t, (t,))\n"
                       "project.commit()\n"),
        {gdalMade, path});
    QVERIFY2(copied.ok, qPrintable(copied.output));

    // CountyCare opens it, and its save keeps every count right (its own
    // connections run no trigger: the save writes the counts).
    LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    Project p = loaded.project;
    p.facilities.remove(3);
    Facility added = p.facilities.value(1);
    added.id = 9;
    added.position = {118.35, 26.29};
    p.facilities.insert(added.id, added);
    Settlement village = p.settlements.value(2);
    village.id = 40;
    p.settlements.insert(village.id, village);
    Settlement another = village;
    another.id = 41;
    p.settlements.insert(another.id, another);
    const store::SaveResult saved = store::saveProject(p, path, loaded.identity);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    const QString counts = QStringLiteral("SELECT table_name, feature_count FROM gpkg_ogr_contents "
                                          "ORDER BY table_name");
    QCOMPARE(sqlite(path, counts),
             QStringLiteral("county_boundary|1\nfacilities|4\nroads|1\nsettlements|5"));
    QCOMPARE(triggerCounts(path),
             QStringLiteral("county_boundary|8\nfacilities|8\nroads|8\nsettlements|8"));
    // GDAL takes its counts from there.
    const test::ToolRun info =
        test::runTool(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-so"),
                                                  path, QStringLiteral("settlements")});
    QVERIFY2(info.output.contains(QLatin1String("Feature Count: 5")), qPrintable(info.output));

    // A feature GDAL adds runs its triggers; CountyCare reads the file and
    // saves it with the counts still right.
    RUN_TOOL("ogrinfo",
             {path, QStringLiteral("-sql"),
              QStringLiteral("INSERT INTO facilities (geom, name, level, kind, beds, township_id, "
                             "in_alliance) SELECT geom, '新设分院', level, kind, beds, "
                             "township_id, in_alliance FROM facilities WHERE fid = 1")});
    QCOMPARE(sqlite(path, counts),
             QStringLiteral("county_boundary|1\nfacilities|5\nroads|1\nsettlements|5"));
    const LoadResult again = store::loadProject(path);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.project.facilities.size(), 5);
    Project fewer = again.project;
    fewer.settlements.remove(41);
    const store::SaveResult resaved = store::saveProject(fewer, path, again.identity);
    QVERIFY2(resaved.ok, qPrintable(resaved.message));
    QCOMPARE(sqlite(path, counts),
             QStringLiteral("county_boundary|1\nfacilities|5\nroads|1\nsettlements|4"));
    const QString wrong = indexesDifferFromLayers(path);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

    // A trigger named like GDAL's that does something else is refused.
    RUN_TOOL("sqlite3",
             {path, QStringLiteral("DROP TRIGGER trigger_delete_feature_count_facilities;"
                                   "CREATE TRIGGER trigger_delete_feature_count_facilities AFTER "
                                   "DELETE ON facilities BEGIN DELETE FROM cc_postings; END;")});
    const LoadResult refused = store::loadProject(path);
    QCOMPARE(refused.status, store::LoadStatus::InvalidContent);
    QVERIFY2(refused.message.contains(QLatin1String("trigger_delete_feature_count_facilities")),
             qPrintable(refused.message));
}

QTEST_GUILESS_MAIN(TestStoreRtree)
#include "tst_store_rtree.moc"
