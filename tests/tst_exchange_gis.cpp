// Import through GDAL/OGR, each format with reference coordinates. The input
// files are made here at run time with GDAL's own tools (ogr2ogr) and Python
// (openpyxl), from coordinates this test computes independently:
// - a Shapefile in EPSG:4548 (CGCS2000 / 3-degree Gauss-Krüger CM 117E) with a
//   GBK .dbf lands within 1 m of its source points, with its Chinese names,
//   with or without its .cpg;
// - KML and KMZ, an XLSX sheet (problems by spreadsheet row), an ODS sheet, a
//   MapInfo TAB in CGCS2000, GeoPackage layers in EPSG:3857 (reprojected), a
//   GeoJSON with a 2008 "crs" member;
// - a BD-09 point within 5 m of Baidu's published conversion;
// - choices that cannot be right are refused with a reason, never misread.
#include "models/domain/geo.h"
#include "models/exchange/csvimport.h"
#include "models/exchange/fieldvalues.h"
#include "models/exchange/gcj02.h"
#include "models/exchange/geojsonimport.h"
#include "models/exchange/sourcelayer.h"
#include "models/store/projectstore.h"
#include "tests/clirun.h"
#include "tests/gistools.h"
#include "tests/testproject.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace cc;
using namespace cc::exchange;

namespace {

// The small test project with a boundary whose extent takes in the fixtures'
// places (Anhui, Hubei, Jiangxi) as well as its own (Fujian): imports refuse
// places more than 50 km outside the county's extent.
Project fixtureCounty()
{
    Project p = test::smallProject();
    p.boundary.area = {{{{113.5, 25.5}, {119.0, 25.5}, {119.0, 32.5}, {113.5, 32.5}}}};
    return p;
}

// Transverse Mercator by Krüger's series in n to fourth order (Karney 2011,
// "Transverse Mercator with an accuracy of a few nanometers", eqs. 7-11):
// sub-millimetre within a 3-degree zone. Written here so the test does not
// check PROJ against itself. CGCS2000 ellipsoid, scale 1, false easting 500 km.
QPointF gaussKrueger(double lonDeg, double latDeg, double centralMeridianDeg)
{
    constexpr double a = 6378137.0, f = 1 / 298.257222101, pi = 3.14159265358979323846;
    const double n = f / (2 - f);
    const double A = a / (1 + n) * (1 + n * n / 4 + n * n * n * n / 64);
    const double alpha[4] = {
        n / 2 - 2 * n * n / 3 + 5 * n * n * n / 16 + 41 * n * n * n * n / 180,
        13 * n * n / 48 - 3 * n * n * n / 5 + 557 * n * n * n * n / 1440,
        61 * n * n * n / 240 - 103 * n * n * n * n / 140,
        49561 * n * n * n * n / 161280,
    };
    const double e = 2 * std::sqrt(n) / (1 + n);
    const double phi = latDeg * pi / 180, lambda = (lonDeg - centralMeridianDeg) * pi / 180;
    const double t = std::sinh(std::atanh(std::sin(phi)) - e * std::atanh(e * std::sin(phi)));
    const double xi = std::atan2(t, std::cos(lambda));
    const double eta = std::atanh(std::sin(lambda) / std::sqrt(1 + t * t));
    double x = eta, y = xi;
    for (int j = 1; j <= 4; ++j) {
        x += alpha[j - 1] * std::cos(2 * j * xi) * std::sinh(2 * j * eta);
        y += alpha[j - 1] * std::sin(2 * j * xi) * std::cosh(2 * j * eta);
    }
    return {500000 + A * x, A * y};
}

struct Place {
    const char *name;
    const char *level;
    double lon, lat;
};

// Three township centres and a village clinic across the CM 117E zone (115.5-118.5 E).
const Place kClinics[] = {
    {"城关镇中心卫生院", "乡镇卫生院", 117.2103, 31.8312},
    {"东山乡卫生院", "乡镇卫生院", 116.6208, 30.4127},
    {"西湖村卫生室", "村卫生室", 118.3117, 29.7209},
    {"龙潭（北）村卫生室", "村卫生室", 115.7301, 30.9644},
};

double metres(const LonLat &a, const LonLat &b)
{
    return distanceKm(a, b) * 1000.0;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

#define RUN_TOOL(name, ...)                                                                        \
    do {                                                                                           \
        const test::ToolRun run_ = test::runTool(QStringLiteral(name), __VA_ARGS__);               \
        QVERIFY2(run_.ok, qPrintable(run_.output));                                                \
    } while (false)

const Facility *facilityNamed(const ImportResult &r, const QString &name)
{
    for (const Facility &f : r.facilities)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace

class TestExchangeGis : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void krugerSeriesMatchesTheTextbook();
    void shapefileGaussKruegerGbk_data();
    void shapefileGaussKruegerGbk();
    void shapefileProjectedRefusesDegrees();
    void cliImportsShapefile();
    void roadsFromShapefileLines();
    void kml_data();
    void kml();
    void xlsxSheet();
    void odsSheet();
    void mapInfoTabInCgcs2000();
    void geoPackageLayersInWebMercator();
    void geoJsonCrsMemberIsHonoured();
    void bd09PointNearBaidusConversion();
    void cliBd09();
    void refusals();

private:
    QString makeClinicShapefile(const QString &dir);
    QTemporaryDir m_dir;
};

void TestExchangeGis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!test::toolPath(QStringLiteral("ogr2ogr")).isEmpty(),
             "ogr2ogr (Debian gdal-bin) is needed; ./scripts/dev test installs it");
}

void TestExchangeGis::krugerSeriesMatchesTheTextbook()
{
    // On the central meridian the easting is the false easting and the northing
    // the meridian arc: 3,320,113.4 m to 30 N on GRS 80/CGCS2000 (to 0.1 m).
    const QPointF p = gaussKrueger(117.0, 30.0, 117.0);
    QCOMPARE(p.x(), 500000.0);
    QVERIFY2(std::abs(p.y() - 3320113.398) < 0.1, qPrintable(QString::number(p.y(), 'f', 3)));
    // East of it, the easting grows by about 96.5 km per degree at 30 N.
    const QPointF east = gaussKrueger(118.0, 30.0, 117.0);
    QVERIFY(std::abs(east.x() - 500000 - 96495) < 100);
}

QString TestExchangeGis::makeClinicShapefile(const QString &dirPath)
{
    QDir().mkpath(dirPath);
    QByteArray csv = "名称,级别,床位,乡镇,x,y\n";
    for (const Place &p : kClinics) {
        const QPointF xy = gaussKrueger(p.lon, p.lat, 117.0);
        csv += QByteArray(p.name) + ',' + p.level + ",20,城关镇," +
               QByteArray::number(xy.x(), 'f', 4) + ',' + QByteArray::number(xy.y(), 'f', 4) + '\n';
    }
    const QString csvPath = dirPath + QStringLiteral("/clinics.csv");
    const QString shp = dirPath + QStringLiteral("/clinics.shp");
    if (!writeFile(csvPath, csv))
        return {};
    const test::ToolRun run = test::runTool(
        QStringLiteral("ogr2ogr"),
        {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), shp, csvPath,
         QStringLiteral("-oo"), QStringLiteral("X_POSSIBLE_NAMES=x"), QStringLiteral("-oo"),
         QStringLiteral("Y_POSSIBLE_NAMES=y"), QStringLiteral("-oo"),
         QStringLiteral("KEEP_GEOM_COLUMNS=NO"), QStringLiteral("-a_srs"),
         QStringLiteral("EPSG:4548"), QStringLiteral("-lco"), QStringLiteral("ENCODING=CP936")});
    if (!run.ok)
        qWarning("%s", qPrintable(run.output));
    return run.ok ? shp : QString();
}

void TestExchangeGis::shapefileGaussKruegerGbk_data()
{
    QTest::addColumn<bool>("keepCpg");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("encodingSource");
    QTest::newRow("cpg says CP936") << true << TextEncoding::Auto << "CP936";
    QTest::newRow("no cpg: detected") << false << TextEncoding::Auto << "detected";
    QTest::newRow("no cpg: --encoding gbk") << false << TextEncoding::Gb18030 << "chosen";
}

void TestExchangeGis::shapefileGaussKruegerGbk()
{
    QFETCH(bool, keepCpg);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, encodingSource);
    const QString dir = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag())
            .replace(QRegularExpression(QStringLiteral("[^a-z0-9]")), QStringLiteral("_")));
    const QString shp = makeClinicShapefile(dir);
    QVERIFY(!shp.isEmpty());
    // The attribute table really is GBK: the names' GB18030 bytes are in the .dbf.
    const QByteArray dbf = readFile(dir + QStringLiteral("/clinics.dbf"));
    QStringEncoder gbk("GB18030");
    QVERIFY(gbk.isValid());
    QVERIFY(dbf.contains(QByteArray(gbk.encode(QString::fromUtf8(kClinics[0].name)))));
    QVERIFY(!dbf.contains(QByteArray(kClinics[0].name)));
    QCOMPARE(QString::fromLatin1(readFile(dir + QStringLiteral("/clinics.cpg"))).trimmed(),
             QStringLiteral("CP936"));
    if (!keepCpg)
        QVERIFY(QFile::remove(dir + QStringLiteral("/clinics.cpg")));

    ImportOptions options;
    options.encoding = encoding;
    const SourceLayer source = readSourceFile(shp, options);
    QVERIFY2(source.ok(), qPrintable(source.table.error));
    QCOMPARE(source.format, QStringLiteral("Shapefile"));
    QVERIFY(source.hasGeometry);
    QVERIFY(source.declaredCrs.has_value());
    QCOMPARE(source.declaredCrs->epsg(), 4548);
    QVERIFY(!source.declaredCrs->isGeographic());
    QVERIFY2(source.encodingSource.contains(encodingSource), qPrintable(source.encodingSource));
    QCOMPARE(source.table.headers.value(0), QStringLiteral("名称"));

    const ImportResult r =
        importSource(source, suggestMapping(source.table.headers, Layer::Facilities, true),
                     Layer::Facilities, fixtureCounty(), options);
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.facilities.size(), int(std::size(kClinics)));
    for (const Place &p : kClinics) {
        const Facility *f = facilityNamed(r, QString::fromUtf8(p.name));
        QVERIFY2(f, p.name);
        const double off = metres(f->position, LonLat{p.lon, p.lat});
        QVERIFY2(off < 1.0, qPrintable(QStringLiteral("%1: %2 m").arg(f->name).arg(off)));
        QCOMPARE(f->level, *parseFacilityLevel(QString::fromUtf8(p.level)));
        QCOMPARE(f->beds, 20);
        QCOMPARE(f->townshipId, EntityId(1)); // 城关镇 of the project
    }
}

void TestExchangeGis::shapefileProjectedRefusesDegrees()
{
    const QString shp = makeClinicShapefile(m_dir.filePath(QStringLiteral("refuse")));
    QVERIFY(!shp.isEmpty());
    for (Crs crs : {Crs::Wgs84, Crs::Gcj02, Crs::Bd09}) {
        ImportOptions options;
        options.crs = crs;
        const ImportResult r = importSourceFile(shp, Layer::Facilities, fixtureCounty(), options);
        QVERIFY2(r.fatalError.contains(QStringLiteral("4548")), qPrintable(r.fatalError));
        QCOMPARE(r.itemCount(), 0);
    }
    // Metres chosen for a file in degrees: refused as well.
    {
        const QString dir = m_dir.filePath(QStringLiteral("degrees"));
        QDir().mkpath(dir);
        QVERIFY(writeFile(dir + QStringLiteral("/v.csv"),
                          "name,level,lon,lat\n城关镇中心卫生院,thc,117.2103,31.8312\n"));
        const QString shp4326 = dir + QStringLiteral("/v.shp");
        RUN_TOOL("ogr2ogr", {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), shp4326,
                             dir + QStringLiteral("/v.csv"), QStringLiteral("-oo"),
                             QStringLiteral("X_POSSIBLE_NAMES=lon"), QStringLiteral("-oo"),
                             QStringLiteral("Y_POSSIBLE_NAMES=lat"), QStringLiteral("-a_srs"),
                             QStringLiteral("EPSG:4326")});
        ImportOptions metres;
        metres.setCrs({Crs::Epsg, 4548});
        const ImportResult r =
            importSourceFile(shp4326, Layer::Facilities, fixtureCounty(), metres);
        QVERIFY2(r.fatalError.contains(QStringLiteral("longitude/latitude")),
                 qPrintable(r.fatalError));
        // GCJ-02 for a file that says WGS 84 (what AMap-derived files say) is taken.
        ImportOptions gcj;
        gcj.crs = Crs::Gcj02;
        const ImportResult g = importSourceFile(shp4326, Layer::Facilities, fixtureCounty(), gcj);
        QVERIFY2(!g.hasProblems(), qPrintable(g.report()));
        QCOMPARE(g.facilities[0].position, gcj02ToWgs84({117.2103, 31.8312}));
    }
    // The right zone given by hand is the same as the file's own.
    ImportOptions byHand;
    byHand.setCrs({Crs::Epsg, 4548});
    const ImportResult r = importSourceFile(shp, Layer::Facilities, fixtureCounty(), byHand);
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QVERIFY(metres(r.facilities[0].position, {kClinics[0].lon, kClinics[0].lat}) < 1.0);
    // A wrong zone puts the points a zone away: still on Earth, so it imports, and
    // the dialog's map shows them far from the county.
    byHand.setCrs({Crs::Epsg, 4549}); // CM 120E
    const ImportResult shifted = importSourceFile(shp, Layer::Facilities, fixtureCounty(), byHand);
    QVERIFY(metres(shifted.facilities[0].position, {kClinics[0].lon, kClinics[0].lat}) > 100000);
}

void TestExchangeGis::cliImportsShapefile()
{
    const QString shp = makeClinicShapefile(m_dir.filePath(QStringLiteral("cli")));
    QVERIFY(!shp.isEmpty());
    QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("cli/clinics.cpg"))));
    const QString project = m_dir.filePath(QStringLiteral("cli.ccplan"));
    QVERIFY(store::saveProjectAs(fixtureCounty(), project).ok);
    const CliRun run = runCli({QStringLiteral("import"), project, QStringLiteral("--layer"),
                               QStringLiteral("facilities"), QStringLiteral("--from"), shp,
                               QStringLiteral("--encoding"), QStringLiteral("gbk")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const store::LoadResult loaded = store::loadProject(project);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    int found = 0;
    for (const Facility &f : loaded.project.facilities)
        for (const Place &p : kClinics)
            if (f.name == QString::fromUtf8(p.name)) {
                ++found;
                QVERIFY(metres(f.position, {p.lon, p.lat}) < 1.0);
            }
    QCOMPARE(found, int(std::size(kClinics)));
}

void TestExchangeGis::roadsFromShapefileLines()
{
    const QString dir = m_dir.filePath(QStringLiteral("roads"));
    QDir().mkpath(dir);
    const QPointF a = gaussKrueger(117.10, 31.80, 117), b = gaussKrueger(117.20, 31.85, 117),
                  c = gaussKrueger(117.25, 31.90, 117);
    const auto xy = [](const QPointF &p) {
        return QByteArray::number(p.x(), 'f', 3) + ' ' + QByteArray::number(p.y(), 'f', 3);
    };
    // GBK, as Chinese GIS software writes it: a DBF field name has 10 bytes,
    // four Chinese characters in GBK (in UTF-8, 道路等级 would not fit).
    const QByteArray csv = "WKT,名称,道路等级,设计速度\n"
                           "\"LINESTRING (" +
                           xy(a) + "," + xy(b) +
                           ")\",合肥路,县道,40\n"
                           "\"MULTILINESTRING ((" +
                           xy(b) + "," + xy(c) + "),(" + xy(a) + "," + xy(c) + "))\",,国道,\n";
    QVERIFY(writeFile(dir + QStringLiteral("/roads.csv"), csv));
    RUN_TOOL("ogr2ogr", {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"),
                         dir + QStringLiteral("/roads.shp"), dir + QStringLiteral("/roads.csv"),
                         QStringLiteral("-a_srs"), QStringLiteral("EPSG:4548"),
                         QStringLiteral("-nlt"), QStringLiteral("MULTILINESTRING"),
                         QStringLiteral("-lco"), QStringLiteral("ENCODING=CP936")});
    const ImportResult r =
        importSourceFile(dir + QStringLiteral("/roads.shp"), Layer::Roads, fixtureCounty());
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.roads.size(), 3); // a multi-line feature gives a road per part
    QCOMPARE(r.roads[0].name, QStringLiteral("合肥路"));
    QCOMPARE(r.roads[0].roadClass, RoadClass::County);
    QCOMPARE(r.roads[0].speedKmh, 40.0);
    QVERIFY(metres(r.roads[0].path[0], {117.10, 31.80}) < 1.0);
    QVERIFY(metres(r.roads[0].path[1], {117.20, 31.85}) < 1.0);
    QCOMPARE(r.roads[1].roadClass, RoadClass::National);
    QCOMPARE(r.roads[1].speedKmh, defaultSpeedKmh(RoadClass::National));
    QVERIFY(metres(r.roads[2].path[1], {117.25, 31.90}) < 1.0);
}

void TestExchangeGis::kml_data()
{
    QTest::addColumn<bool>("kmz");
    QTest::newRow("kml") << false;
    QTest::newRow("kmz") << true;
}

void TestExchangeGis::kml()
{
    QFETCH(bool, kmz);
    // As desktop globes save placemarks: name, description, ExtendedData.
    QByteArray kml = R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>卫生机构</name><Folder><name>卫生院</name>
)";
    for (const Place &p : kClinics)
        kml += "<Placemark><name>" + QByteArray(p.name) +
               "</name><description>医共体成员</description><ExtendedData>"
               "<Data name=\"level\"><value>" +
               p.level +
               "</value></Data><Data name=\"床位\"><value>30</value></Data>"
               "</ExtendedData><Point><coordinates>" +
               QByteArray::number(p.lon, 'f', 7) + ',' + QByteArray::number(p.lat, 'f', 7) +
               ",0</coordinates></Point></Placemark>\n";
    kml += "</Folder></Document></kml>\n";
    QString path = m_dir.filePath(QStringLiteral("clinics.kml"));
    QVERIFY(writeFile(path, kml));
    if (kmz) {
        // As Google Earth saves it: the document as doc.kml in a zip.
        const QString out = m_dir.filePath(QStringLiteral("clinics.kmz"));
        const test::ToolRun zipped = test::runPython(
            QStringLiteral("import sys, zipfile\n"
                           "with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                           "    z.write(sys.argv[1], 'doc.kml')\n"),
            {path, out});
        QVERIFY2(zipped.ok, qPrintable(zipped.output));
        path = out;
    }
    const SourceLayer source = readSourceFile(path, {});
    QVERIFY2(source.ok(), qPrintable(source.table.error));
    QCOMPARE(source.format, kmz ? QStringLiteral("KMZ") : QStringLiteral("KML"));
    QCOMPARE(source.layerName, QStringLiteral("卫生院"));
    QCOMPARE(source.declaredCrs->kind(), Crs::Wgs84);
    const ImportResult r = importSourceFile(path, Layer::Facilities, fixtureCounty());
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.facilities.size(), int(std::size(kClinics)));
    for (const Place &p : kClinics) {
        const Facility *f = facilityNamed(r, QString::fromUtf8(p.name));
        QVERIFY2(f, p.name);
        QVERIFY(metres(f->position, {p.lon, p.lat}) < 0.01);
        QCOMPARE(f->beds, 30);
    }
}

void TestExchangeGis::xlsxSheet()
{
    // As the health statistics system exports: Chinese headers with units, a
    // blank row, a bad latitude, and a notes sheet after the data.
    const QString path = m_dir.filePath(QStringLiteral("clinics.xlsx"));
    const test::ToolRun made = test::runPython(QStringLiteral(R"(
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "卫生机构"
ws.append(["机构名称", "机构类型", "床位数", "所属乡镇", "经度（°）", "纬度（°）"])
ws.append(["城关镇中心卫生院", "乡镇卫生院", 45, "城关镇", 118.1234567, 26.1234567])
ws.append([])
ws.append(["上坪村卫生室", "村卫生室", 0, "青石镇", 118.2, 95])
ws.append(["下坪村卫生室", "村卫生室", None, "新桥乡", "118.25", "26.25"])
notes = wb.create_sheet("说明")
notes.append(["说明"])
notes.append(["本表由卫生统计信息系统导出"])
wb.save(sys.argv[1])
)"),
                                               {path});
    QVERIFY2(made.ok, qPrintable(made.output));

    const SourceLayer source = readSourceFile(path, {});
    QVERIFY2(source.ok(), qPrintable(source.table.error));
    QCOMPARE(source.format, QStringLiteral("Excel (XLSX)"));
    QCOMPARE(source.layerNames, (QStringList{QStringLiteral("卫生机构"), QStringLiteral("说明")}));
    QCOMPARE(source.layerName, QStringLiteral("卫生机构"));
    QVERIFY(!source.hasGeometry);
    QCOMPARE(source.table.rows.size(), 3); // the blank row is skipped
    QCOMPARE(source.table.rowNumbers, (QVector<int>{2, 4, 5}));

    const CsvColumnMapping mapping = suggestMapping(source.table.headers, Layer::Facilities, false);
    QCOMPARE(mapping.column(CsvField::Name), 0);
    QCOMPARE(mapping.column(CsvField::Level), 1);
    QCOMPARE(mapping.column(CsvField::Beds), 2);
    QCOMPARE(mapping.column(CsvField::Longitude), 4);
    QCOMPARE(mapping.column(CsvField::Latitude), 5);
    const ImportResult r = importSource(source, mapping, Layer::Facilities, fixtureCounty(), {});
    QCOMPARE(r.facilities.size(), 2);
    QCOMPARE(r.problems.size(), 1);
    // The row Excel shows.
    QCOMPARE(r.problems[0].toString(),
             QStringLiteral("row 4: latitude 95 is out of range (-90 to 90)"));
    QCOMPARE(r.facilities[0].position, (LonLat{118.1234567, 26.1234567}));
    QCOMPARE(r.facilities[0].beds, 45);
    QCOMPARE(r.facilities[1].position, (LonLat{118.25, 26.25}));
    QCOMPARE(r.newTownships.size(), 1);

    // The other sheet by name.
    ImportOptions notes;
    notes.sourceLayer = QStringLiteral("说明");
    const SourceLayer other = readSourceFile(path, notes);
    QVERIFY2(other.ok(), qPrintable(other.table.error));
    QCOMPARE(other.table.headers.value(0), QStringLiteral("说明"));
    QCOMPARE(other.table.rows.value(0).value(0), QStringLiteral("本表由卫生统计信息系统导出"));
}

void TestExchangeGis::odsSheet()
{
    const QString dir = m_dir.filePath(QStringLiteral("ods"));
    QDir().mkpath(dir);
    QVERIFY(writeFile(dir + QStringLiteral("/villages.csv"),
                      "村名,人口(人),乡镇,经度,纬度\n东坑村,1200,城关镇,118.11,26.11\n"
                      "西坑村,\"2,400\",新桥乡,118.12,26.12\n"));
    const QString ods = dir + QStringLiteral("/villages.ods");
    RUN_TOOL("ogr2ogr", {QStringLiteral("-f"), QStringLiteral("ODS"), ods,
                         dir + QStringLiteral("/villages.csv")});
    const ImportResult r = importSourceFile(ods, Layer::Settlements, fixtureCounty());
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.settlements.size(), 2);
    QCOMPARE(r.settlements[1].name, QStringLiteral("西坑村"));
    QCOMPARE(r.settlements[1].population, 2400);
    QCOMPARE(r.settlements[1].position, (LonLat{118.12, 26.12}));
}

void TestExchangeGis::mapInfoTabInCgcs2000()
{
    const QString dir = m_dir.filePath(QStringLiteral("tab"));
    QDir().mkpath(dir);
    QByteArray csv = "name,population,lon,lat\n";
    for (const Place &p : kClinics)
        csv += QByteArray(p.name).replace("卫生院", "社区").replace("卫生室", "") + ",800," +
               QByteArray::number(p.lon, 'f', 6) + ',' + QByteArray::number(p.lat, 'f', 6) + '\n';
    QVERIFY(writeFile(dir + QStringLiteral("/v.csv"), csv));
    const QString tab = dir + QStringLiteral("/villages.tab");
    RUN_TOOL("ogr2ogr", {QStringLiteral("-f"), QStringLiteral("MapInfo File"), tab,
                         dir + QStringLiteral("/v.csv"), QStringLiteral("-oo"),
                         QStringLiteral("X_POSSIBLE_NAMES=lon"), QStringLiteral("-oo"),
                         QStringLiteral("Y_POSSIBLE_NAMES=lat"), QStringLiteral("-a_srs"),
                         QStringLiteral("EPSG:4490"), QStringLiteral("-lco"),
                         QStringLiteral("ENCODING=CP936")});
    const SourceLayer source = readSourceFile(tab, {});
    QVERIFY2(source.ok(), qPrintable(source.table.error));
    QCOMPARE(source.format, QStringLiteral("MapInfo"));
    QVERIFY(source.declaredCrs && source.declaredCrs->isGeographic());
    const ImportResult r = importSourceFile(tab, Layer::Settlements, fixtureCounty());
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.settlements.size(), int(std::size(kClinics)));
    QCOMPARE(r.settlements[0].name, QStringLiteral("城关镇中心社区"));
    // CGCS2000 and WGS 84 agree to centimetres; MapInfo stores coordinates as integers
    // on a grid of its bounds, a few centimetres here.
    for (int i = 0; i < r.settlements.size(); ++i)
        QVERIFY(metres(r.settlements[i].position, {kClinics[i].lon, kClinics[i].lat}) < 1.0);
}

void TestExchangeGis::geoPackageLayersInWebMercator()
{
    const QString dir = m_dir.filePath(QStringLiteral("gpkg"));
    QDir().mkpath(dir);
    QByteArray villages = "name,population,lon,lat\n";
    for (const Place &p : kClinics)
        villages += QByteArray(p.name) + ",500," + QByteArray::number(p.lon, 'f', 7) + ',' +
                    QByteArray::number(p.lat, 'f', 7) + '\n';
    QVERIFY(writeFile(dir + QStringLiteral("/v.csv"), villages));
    QVERIFY(writeFile(dir + QStringLiteral("/b.csv"),
                      "WKT,name,adcode\n\"POLYGON ((117 31,117.5 31,117.5 31.5,117 31.5,117 "
                      "31))\",试验县,340121\n"));
    const QString gpkg = dir + QStringLiteral("/county.gpkg");
    RUN_TOOL("ogr2ogr",
             {QStringLiteral("-f"), QStringLiteral("GPKG"), gpkg, dir + QStringLiteral("/v.csv"),
              QStringLiteral("-oo"), QStringLiteral("X_POSSIBLE_NAMES=lon"), QStringLiteral("-oo"),
              QStringLiteral("Y_POSSIBLE_NAMES=lat"), QStringLiteral("-s_srs"),
              QStringLiteral("EPSG:4326"), QStringLiteral("-t_srs"), QStringLiteral("EPSG:3857"),
              QStringLiteral("-nln"), QStringLiteral("村庄")});
    RUN_TOOL("ogr2ogr",
             {QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-update"), gpkg,
              dir + QStringLiteral("/b.csv"), QStringLiteral("-a_srs"), QStringLiteral("EPSG:4326"),
              QStringLiteral("-nlt"), QStringLiteral("POLYGON"), QStringLiteral("-nln"),
              QStringLiteral("boundary")});

    ImportOptions options;
    options.sourceLayer = QStringLiteral("村庄");
    const SourceLayer source = readSourceFile(gpkg, options);
    QVERIFY2(source.ok(), qPrintable(source.table.error));
    QCOMPARE(source.format, QStringLiteral("GeoPackage"));
    QCOMPARE(source.layerNames.size(), 2);
    QCOMPARE(source.declaredCrs->epsg(), 3857);
    const ImportResult r = importSourceFile(gpkg, Layer::Settlements, fixtureCounty(), options);
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    for (int i = 0; i < r.settlements.size(); ++i)
        QVERIFY(metres(r.settlements[i].position, {kClinics[i].lon, kClinics[i].lat}) < 0.01);

    options.sourceLayer = QStringLiteral("boundary");
    const ImportResult b = importSourceFile(gpkg, Layer::Boundary, fixtureCounty(), options);
    QVERIFY2(!b.hasProblems(), qPrintable(b.report()));
    QVERIFY(b.boundary.has_value());
    QCOMPARE(b.boundary->name, QStringLiteral("试验县"));
    QCOMPARE(b.boundary->adcode, QStringLiteral("340121"));
    QCOMPARE(b.boundary->area.size(), 1);
    QCOMPARE(b.boundary->area[0][0].size(), 4); // closed in the file, open in memory
}

void TestExchangeGis::geoJsonCrsMemberIsHonoured()
{
    // ogr2ogr writes the 2008 "crs" member for a GeoJSON in EPSG:3857.
    const QString dir = m_dir.filePath(QStringLiteral("geojson3857"));
    QDir().mkpath(dir);
    QVERIFY(writeFile(dir + QStringLiteral("/v.csv"),
                      "name,level,lon,lat\n城关镇中心卫生院,thc,117.2103,31.8312\n"));
    const QString json = dir + QStringLiteral("/f.geojson");
    RUN_TOOL("ogr2ogr",
             {QStringLiteral("-f"), QStringLiteral("GeoJSON"), json, dir + QStringLiteral("/v.csv"),
              QStringLiteral("-oo"), QStringLiteral("X_POSSIBLE_NAMES=lon"), QStringLiteral("-oo"),
              QStringLiteral("Y_POSSIBLE_NAMES=lat"), QStringLiteral("-s_srs"),
              QStringLiteral("EPSG:4326"), QStringLiteral("-t_srs"), QStringLiteral("EPSG:3857")});
    QVERIFY(readFile(json).contains("EPSG::3857"));
    const ImportResult r = importGeoJsonFile(json, Layer::Facilities, fixtureCounty());
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QVERIFY(metres(r.facilities[0].position, {117.2103, 31.8312}) < 0.01);
    // The user's WGS 84 against the file's metres: refused, not misread.
    ImportOptions wgs;
    wgs.crs = Crs::Wgs84;
    const ImportResult refused = importGeoJsonFile(json, Layer::Facilities, fixtureCounty(), wgs);
    QVERIFY2(refused.fatalError.contains(QStringLiteral("3857")), qPrintable(refused.fatalError));
}

void TestExchangeGis::bd09PointNearBaidusConversion()
{
    // Baidu's coordinate conversion service (geoconv, from=1 WGS 84 to=5 BD-09),
    // the example of its documentation: (114.21892734521, 29.575429778924) becomes
    // (114.23075654746, 29.579087603387).
    const LonLat wgs{114.21892734521, 29.575429778924};
    const LonLat bd{114.23075654746, 29.579087603387};
    const QString path = m_dir.filePath(QStringLiteral("baidu.csv"));
    QVERIFY(
        writeFile(path, "name,level,lon,lat\n武汉某卫生院,thc,114.23075654746,29.579087603387\n"));
    ImportOptions options;
    options.setCrs(*parseCrsCode(QStringLiteral("bd09")));
    const ImportResult r = importCsvFile(path, Layer::Facilities, fixtureCounty(), options);
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    const double off = metres(r.facilities[0].position, wgs);
    QVERIFY2(off < 5.0, qPrintable(QString::number(off)));
    // And forward: our BD-09 of the WGS 84 point is where Baidu puts it.
    QVERIFY(metres(wgs84ToBd09(wgs), bd) < 5.0);
    // BD-09 is GCJ-02 moved by about 0.0065/0.006 degrees: never the same place.
    QVERIFY(metres(bd09ToGcj02(bd), bd) > 500);
}

void TestExchangeGis::cliBd09()
{
    const QString project = m_dir.filePath(QStringLiteral("bd.ccplan"));
    QVERIFY(store::saveProjectAs(fixtureCounty(), project).ok);
    const QString path = m_dir.filePath(QStringLiteral("baidu2.csv"));
    QVERIFY(writeFile(path, "name,population,lon,lat\n某村,300,114.23075654746,29.579087603387\n"));
    const CliRun run = runCli({QStringLiteral("import"), project, QStringLiteral("--layer"),
                               QStringLiteral("settlements"), QStringLiteral("--from"), path,
                               QStringLiteral("--crs"), QStringLiteral("bd09")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const store::LoadResult loaded = store::loadProject(project);
    QVERIFY(metres(loaded.project.settlements.last().position, {114.21892734521, 29.575429778924}) <
            5.0);
}

void TestExchangeGis::refusals()
{
    const QString shp = makeClinicShapefile(m_dir.filePath(QStringLiteral("refusals")));
    QVERIFY(!shp.isEmpty());
    ImportOptions unknownEpsg;
    unknownEpsg.setCrs({Crs::Epsg, 999999});
    const ImportResult a = importSourceFile(shp, Layer::Facilities, fixtureCounty(), unknownEpsg);
    QVERIFY2(a.fatalError.contains(QStringLiteral("999999")), qPrintable(a.fatalError));

    ImportOptions noLayer;
    noLayer.sourceLayer = QStringLiteral("nope");
    const ImportResult b = importSourceFile(shp, Layer::Facilities, fixtureCounty(), noLayer);
    QVERIFY2(b.fatalError.contains(QStringLiteral("clinics")), qPrintable(b.fatalError));

    // Points are not roads.
    const ImportResult c = importSourceFile(shp, Layer::Roads, fixtureCounty());
    QVERIFY(!c.problems.isEmpty() || !c.fatalError.isEmpty());
    QCOMPARE(c.roads.size(), 0);

    // Not a GIS file at all.
    const QString fake = m_dir.filePath(QStringLiteral("fake.shp"));
    QVERIFY(writeFile(fake, "this is not a shapefile"));
    const ImportResult d = importSourceFile(fake, Layer::Facilities, fixtureCounty());
    QVERIFY(!d.fatalError.isEmpty());
}

QTEST_GUILESS_MAIN(TestExchangeGis)
#include "tst_exchange_gis.moc"
