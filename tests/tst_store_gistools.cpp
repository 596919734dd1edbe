// The project file as a GeoPackage other GIS programs change (issue 17): what
// GDAL, QGIS and sqlite3 add to a saved project (spatial indexes, layers,
// attribute columns, styles, metadata, another coordinate system) opens, and a
// save in CountyCare keeps it (CountyCare's own spatial indexes:
// tst_store_rtree); a newer compatible file keeps what this version does not know;
// triggers and virtual tables that are not a spatial index's stay refused.
// The tools run as the user would run them (./scripts/dev test installs
// gdal-bin, python3-gdal and sqlite3; tests/gistools.h).
#include "clirun.h"
#include "gistools.h"
#include "testproject.h"

#include "models/store/projectlock.h"
#include "models/store/projectstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cc;
using cc::store::LoadResult;
using cc::store::LoadStatus;

namespace {

#define RUN_TOOL(name, ...)                                                                        \
    do {                                                                                           \
        const test::ToolRun run_ = test::runTool(QStringLiteral(name), __VA_ARGS__);               \
        QVERIFY2(run_.ok, qPrintable(run_.output));                                                \
    } while (false)

// Every row of one SQL query, one line per row, columns joined by '|' (sqlite3's default).
QString sqlite(const QString &path, const QString &sql)
{
    const test::ToolRun run = test::runTool(QStringLiteral("sqlite3"), {path, sql});
    return run.ok ? run.output.trimmed() : QStringLiteral("FAILED: ") + run.output;
}

} // namespace

class TestStoreGisTools : public QObject {
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
    QString writeGeoJson(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(R"({"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"name":"well 1","depth":12.5},
           "geometry":{"type":"Point","coordinates":[118.12,26.11]}},
          {"type":"Feature","properties":{"name":"well 2","depth":30},
           "geometry":{"type":"Point","coordinates":[118.31,26.2]}}]})");
        return path;
    }

    // GDAL drops the spatial index of each of `layers` and makes it afresh
    // (DisableSpatialIndex, CreateSpatialIndex), as QGIS does.
    bool reindexWithGdal(const QString &path, const QStringList &layers)
    {
        for (const QString &layer : layers)
            for (const char *function : {"DisableSpatialIndex", "CreateSpatialIndex"}) {
                const test::ToolRun run = test::runTool(QStringLiteral("ogrinfo"),
                                                        {path, QStringLiteral("-sql"),
                                                         QStringLiteral("SELECT %1('%2', 'geom')")
                                                             .arg(QLatin1String(function), layer)});
                if (!run.ok || !run.output.contains(QLatin1String(" = 1")))
                    return false;
            }
        return true;
    }

private slots:
    void keepsWhatGisToolsWrote();
    void newerCompatibleFileKeepsWhatItDoesNotKnow();
    void layerInWebMercatorIsReprojected();
    void layerInUnknownCrsIsRefused();
    void foreignSchemaObjectsAreRefused_data();
    void foreignSchemaObjectsAreRefused();
    void gpkgExtensionWorksEverywhere();
};

void TestStoreGisTools::keepsWhatGisToolsWrote()
{
    const QString path = newProject(QStringLiteral("roundtrip.gpkg"));
    const QString wells = writeGeoJson(QStringLiteral("wells.geojson"));
    QVERIFY(!path.isEmpty() && !wells.isEmpty());
    // A new layer (GDAL indexes it by default), a column with values on
    // CountyCare's own layer, an index GDAL made afresh in place of CountyCare's
    // on another of its layers, QGIS's layer_styles and GeoPackage metadata.
    RUN_TOOL("ogr2ogr", {QStringLiteral("-update"), path, wells, QStringLiteral("-nln"),
                         QStringLiteral("wells")});
    RUN_TOOL("ogrinfo", {path, QStringLiteral("-sql"),
                         QStringLiteral("ALTER TABLE facilities ADD COLUMN note TEXT")});
    RUN_TOOL("ogrinfo",
             {path, QStringLiteral("-dialect"), QStringLiteral("SQLITE"), QStringLiteral("-sql"),
              QStringLiteral("UPDATE facilities SET note = 'checked ' || fid")});
    QVERIFY(reindexWithGdal(path, {QStringLiteral("roads")}));
    RUN_TOOL("sqlite3",
             {path, QStringLiteral(
                        "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                        "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name "
                        "TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), styleQML "
                        "TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner "
                        "TEXT(30), ui TEXT(30), update_time DATETIME DEFAULT "
                        "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));"
                        "INSERT INTO layer_styles (f_table_name, f_geometry_column, styleName, "
                        "styleQML, useAsDefault) VALUES ('facilities', 'geom', '医疗机构', "
                        "'<qgis version=\"3.28\"/>', 1);"
                        "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES "
                        "('layer_styles', 'attributes', 'layer_styles');"
                        "INSERT INTO gpkg_metadata (id, md_scope, md_standard_uri, mime_type, "
                        "metadata) VALUES (7, 'dataset', 'http://gdal.org', 'text/xml', "
                        "'<GDALMetadata><Item name=\"SOURCE\">县卫健局 2024</Item>"
                        "</GDALMetadata>');"
                        "INSERT INTO gpkg_metadata_reference (reference_scope, table_name, "
                        "md_file_id) VALUES ('table', 'roads', 7);")});

    LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    Project p = loaded.project;
    p.facilities[1].name = QStringLiteral("县人民医院");
    p.facilities[2].position = {118.09, 26.07};
    Facility added = p.facilities.value(3);
    added.id = 9;
    added.name = QStringLiteral("新设卫生室");
    added.position = {118.06, 26.04};
    p.facilities.insert(added.id, added);
    p.roads[1].path.removeLast();
    const store::SaveResult saved = store::saveProject(p, path, loaded.identity);
    QVERIFY2(saved.ok, qPrintable(saved.message));

    // The added column keeps its values; the new facility has none.
    QCOMPARE(sqlite(path, QStringLiteral("SELECT fid, name, note FROM facilities ORDER BY fid")),
             QStringLiteral("1|县人民医院|checked 1\n2|青石镇卫生院|checked 2\n"
                            "3|上坪村卫生室|checked 3\n4|市第一医院|checked 4\n9|新设卫生室|"));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT name, depth FROM wells ORDER BY fid")),
             QStringLiteral("well 1|12.5\nwell 2|30.0"));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT f_table_name, styleName, styleQML FROM "
                                         "layer_styles")),
             QStringLiteral("facilities|医疗机构|<qgis version=\"3.28\"/>"));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT m.metadata, r.table_name FROM gpkg_metadata m "
                                         "JOIN gpkg_metadata_reference r ON r.md_file_id = "
                                         "m.id WHERE r.table_name = 'roads'")),
             QStringLiteral("<GDALMetadata><Item name=\"SOURCE\">县卫健局 2024</Item>"
                            "</GDALMetadata>|roads"));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT table_name, extension_name FROM gpkg_extensions "
                                         "ORDER BY table_name, extension_name")),
             QStringLiteral("county_boundary|gpkg_rtree_index\nfacilities|gpkg_rtree_index\n"
                            "gpkg_metadata|gpkg_metadata\ngpkg_metadata_reference|gpkg_metadata\n"
                            "roads|gpkg_rtree_index\nsettlements|gpkg_rtree_index\n"
                            "wells|gpkg_rtree_index"));
    // GDAL reads every layer, and every index (GDAL's on wells and roads, ours
    // on the others) matches its layer after CountyCare's save.
    const test::ToolRun check =
        test::runPython(QString::fromUtf8(test::kGdalReadsEverything), {path});
    QVERIFY2(check.ok, qPrintable(check.output));
    QVERIFY2(check.output.contains(QLatin1String("wells: 2 indexed")) &&
                 check.output.contains(QLatin1String("facilities: 5 indexed")),
             qPrintable(check.output));
    // An edit in GDAL afterwards runs the index triggers on CountyCare's layer.
    RUN_TOOL("ogrinfo",
             {path, QStringLiteral("-dialect"), QStringLiteral("SQLITE"), QStringLiteral("-sql"),
              QStringLiteral("UPDATE facilities SET geom = (SELECT geom FROM wells "
                             "WHERE fid = 2) WHERE fid = 4")});
    const test::ToolRun after =
        test::runPython(QString::fromUtf8(test::kGdalReadsEverything), {path});
    QVERIFY2(after.ok, qPrintable(after.output));

    const LoadResult again = store::loadProject(path);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.project.facilities.value(2).position.lon, 118.09);
    QCOMPARE(again.project.facilities.value(4).position.lon, 118.31);
    QCOMPARE(again.project.facilities.size(), 5);

    // Save As from this file brings everything along into the new one.
    Project renamed = again.project;
    renamed.facilities[1].name = QStringLiteral("县医院（新址）");
    const QString copy = m_dir.filePath(QStringLiteral("roundtrip copy.ccplan"));
    const store::SaveResult savedAs = store::saveProjectAs(renamed, copy, path);
    QVERIFY2(savedAs.ok, qPrintable(savedAs.message));
    QCOMPARE(sqlite(copy, QStringLiteral("SELECT fid, name, note FROM facilities WHERE fid = 1")),
             QStringLiteral("1|县医院（新址）|checked 1"));
    QCOMPARE(sqlite(copy, QStringLiteral("SELECT count(*) FROM wells")), QStringLiteral("2"));
    QCOMPARE(sqlite(copy, QStringLiteral("SELECT styleName FROM layer_styles")),
             QStringLiteral("医疗机构"));
    const test::ToolRun copyCheck =
        test::runPython(QString::fromUtf8(test::kGdalReadsEverything), {copy});
    QVERIFY2(copyCheck.ok, qPrintable(copyCheck.output));
}

void TestStoreGisTools::newerCompatibleFileKeepsWhatItDoesNotKnow()
{
    const QString path = newProject(QStringLiteral("newer.ccplan"));
    QVERIFY(!path.isEmpty());
    const int newer = store::kSchemaVersion + 1;
    RUN_TOOL("sqlite3",
             {path, QStringLiteral("UPDATE cc_meta SET value = '%1' WHERE key = 'schema_version';"
                                   "UPDATE cc_meta SET value = '%2' WHERE key = "
                                   "'min_compatible_version';"
                                   "INSERT INTO cc_meta VALUES ('future_setting', 'on');"
                                   "CREATE TABLE cc_future (id INTEGER PRIMARY KEY, plan TEXT);"
                                   "INSERT INTO cc_future VALUES (1, '三年规划');"
                                   "ALTER TABLE cc_scenarios ADD COLUMN display_name TEXT;"
                                   "UPDATE cc_scenarios SET display_name = '方案' || id;")
                        .arg(newer)
                        .arg(store::kSchemaVersion)});
    const LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.fileSchemaVersion, newer);
    Project p = loaded.project;
    const EntityId baseline = p.baselineScenarioId();
    p.scenarios[baseline].description = QStringLiteral("edited");
    const store::SaveResult saved = store::saveProject(p, path, loaded.identity);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT key, value FROM cc_meta WHERE key IN "
                                         "('schema_version', 'min_compatible_version', "
                                         "'future_setting') ORDER BY key")),
             QStringLiteral("future_setting|on\nmin_compatible_version|%1\nschema_version|%2")
                 .arg(store::kSchemaVersion)
                 .arg(newer));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT plan FROM cc_future")),
             QStringLiteral("三年规划"));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT display_name, description FROM cc_scenarios "
                                         "WHERE id = %1")
                              .arg(baseline)),
             QStringLiteral("方案%1|edited").arg(baseline));
}

void TestStoreGisTools::layerInWebMercatorIsReprojected()
{
    const QString path = newProject(QStringLiteral("mercator.gpkg"));
    const QString wells = writeGeoJson(QStringLiteral("wells3857.geojson"));
    QVERIFY(!path.isEmpty() && !wells.isEmpty());
    // GDAL converts the facilities to EPSG:3857 in place (a layer in that
    // system brings its gpkg_spatial_ref_sys row), and the layer says so.
    RUN_TOOL("ogr2ogr", {QStringLiteral("-update"), path, wells, QStringLiteral("-nln"),
                         QStringLiteral("mercator_wells"), QStringLiteral("-t_srs"),
                         QStringLiteral("EPSG:3857")});
    RUN_TOOL("ogrinfo", {path, QStringLiteral("-sql"),
                         QStringLiteral("UPDATE facilities SET geom = ST_Transform(geom, 3857)")});
    RUN_TOOL("sqlite3",
             {path, QStringLiteral("UPDATE gpkg_geometry_columns SET srs_id = 3857 WHERE "
                                   "table_name = 'facilities';"
                                   "UPDATE gpkg_contents SET srs_id = 3857 WHERE table_name = "
                                   "'facilities';")});
    const LoadResult loaded = store::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    const Project original = test::smallProject();
    for (const Facility &f : original.facilities) {
        const LonLat got = loaded.project.facilities.value(f.id).position;
        QVERIFY2(std::abs(got.lon - f.position.lon) < 1e-7 &&
                     std::abs(got.lat - f.position.lat) < 1e-7,
                 qPrintable(
                     QStringLiteral("facility %1 at %2, %3").arg(f.id).arg(got.lon).arg(got.lat)));
    }
    // Saved back in WGS 84, the layer says so, and GDAL reads the same places.
    const store::SaveResult saved = store::saveProject(loaded.project, path, loaded.identity);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    QCOMPARE(sqlite(path, QStringLiteral("SELECT g.srs_id, c.srs_id FROM gpkg_geometry_columns g "
                                         "JOIN gpkg_contents c USING (table_name) WHERE "
                                         "table_name = 'facilities'")),
             QStringLiteral("4326|4326"));
    const test::ToolRun gdal = test::runPython(
        QStringLiteral("import sys\nfrom osgeo import ogr\nds = ogr.Open(sys.argv[1])\n"
                       "lyr = ds.GetLayerByName('facilities')\n"
                       "print(lyr.GetSpatialRef().GetAuthorityCode(None))\n"
                       "for f in lyr:\n    g = f.GetGeometryRef()\n"
                       "    print('%d %.6f %.6f' % (f.GetFID(), g.GetX(), g.GetY()))\n"),
        {path});
    QVERIFY2(gdal.ok, qPrintable(gdal.output));
    QCOMPARE(gdal.output.trimmed(),
             QStringLiteral("4326\n1 118.210000 26.160000\n2 118.080000 26.060000\n"
                            "3 118.050000 26.050000\n4 118.900000 26.500000"));
}

void TestStoreGisTools::layerInUnknownCrsIsRefused()
{
    const QString path = newProject(QStringLiteral("unknowncrs.ccplan"));
    QVERIFY(!path.isEmpty());
    RUN_TOOL("sqlite3",
             {path, QStringLiteral("INSERT INTO gpkg_spatial_ref_sys VALUES ('县城局部坐标系', "
                                   "990001, 'NONE', 990001, 'LOCAL_CS[\"county grid\"]', NULL);"
                                   "UPDATE gpkg_geometry_columns SET srs_id = 990001 WHERE "
                                   "table_name = 'roads';")});
    const LoadResult loaded = store::loadProject(path);
    QCOMPARE(loaded.status, LoadStatus::InvalidContent);
    QVERIFY2(loaded.message.contains(QLatin1String("roads")) &&
                 loaded.message.contains(QStringLiteral("县城局部坐标系")),
             qPrintable(loaded.message));
}

void TestStoreGisTools::foreignSchemaObjectsAreRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("a spatial index trigger that does something else")
        << QStringLiteral("DROP TRIGGER rtree_facilities_geom_delete; CREATE TRIGGER "
                          "rtree_facilities_geom_delete AFTER DELETE ON facilities BEGIN "
                          "DELETE FROM cc_postings; END;")
        << QStringLiteral("rtree_facilities_geom_delete");
    // Only names may be quoted: SQL words must be the spec's, bare.
    QTest::newRow("a spatial index trigger with a quoted function name")
        << QStringLiteral("DROP TRIGGER rtree_roads_geom_insert; CREATE TRIGGER "
                          "rtree_roads_geom_insert AFTER INSERT ON roads WHEN (new.geom NOT NULL "
                          "AND NOT \"ST_IsEmpty\"(NEW.geom)) BEGIN INSERT OR REPLACE INTO "
                          "rtree_roads_geom VALUES (NEW.fid, ST_MinX(NEW.geom), "
                          "ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;")
        << QStringLiteral("rtree_roads_geom_insert");
    QTest::newRow("the spec's trigger, bare and in other case, is accepted")
        << QStringLiteral("DROP TRIGGER rtree_roads_geom_insert; create trigger "
                          "rtree_roads_geom_insert after insert on roads /* spec text */ when "
                          "(new.geom not null and not st_isempty(NEW.geom)) begin insert or "
                          "replace into rtree_roads_geom values (NEW.fid, ST_MinX(NEW.geom), "
                          "ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); end;")
        << QString();
    QTest::newRow("a spatial index gpkg_extensions does not register")
        << QStringLiteral("DELETE FROM gpkg_extensions WHERE table_name = 'settlements';")
        << QStringLiteral("rtree_settlements_geom");
    QTest::newRow("another virtual table")
        << QStringLiteral("CREATE VIRTUAL TABLE rtree_notes_geom USING rtree(id, minx, maxx);")
        << QStringLiteral("rtree_notes_geom");
    QTest::newRow("a trigger on a table of another program")
        << QStringLiteral("CREATE TABLE other (x); CREATE TRIGGER t_other AFTER INSERT ON other "
                          "BEGIN DELETE FROM cc_staff; END;")
        << QStringLiteral("t_other");
}

void TestStoreGisTools::foreignSchemaObjectsAreRefused()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    const QString path = newProject(QStringLiteral("foreign-%1.ccplan")
                                        .arg(QString::fromUtf8(QTest::currentDataTag()))
                                        .replace(QLatin1Char(' '), QLatin1Char('_')));
    QVERIFY(!path.isEmpty());
    RUN_TOOL("sqlite3", {path, sql});
    const LoadResult loaded = store::loadProject(path);
    if (named.isEmpty()) {
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        return;
    }
    QCOMPARE(loaded.status, LoadStatus::InvalidContent);
    QVERIFY2(loaded.message.contains(named), qPrintable(loaded.message));
}

void TestStoreGisTools::gpkgExtensionWorksEverywhere()
{
    // The command-line tool makes, checks and changes a project named .gpkg,
    // and GDAL opens it without the "non conformant file extension" warning.
    const QString path = m_dir.filePath(QStringLiteral("县域 demo.gpkg"));
    const CliRun made = runCli({QStringLiteral("new"), QStringLiteral("--demo"), path});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const CliRun valid = runCli({QStringLiteral("validate"), path});
    QVERIFY2(valid.exitCode == 0, qPrintable(valid.err));
    QVERIFY(valid.out.contains(QLatin1String(": ok")));
    // The lock follows the name, whatever the extension.
    QCOMPARE(store::ProjectLock::lockPathFor(path),
             m_dir.filePath(QStringLiteral(".县域 demo.gpkg-lock")));
    const test::ToolRun info = test::runTool(QStringLiteral("ogrinfo"), {path});
    QVERIFY2(info.ok, qPrintable(info.output));
    QVERIFY2(!info.output.contains(QLatin1String("non conformant")), qPrintable(info.output));
    const test::ToolRun validated = test::runTool(
        QStringLiteral("python3"),
        {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), path});
    QVERIFY2(validated.ok, qPrintable(validated.output));
}

QTEST_GUILESS_MAIN(TestStoreGisTools)
#include "tst_store_gistools.moc"
