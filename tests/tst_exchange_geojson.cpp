// GeoJSON import: containers, layers, spellings, datum, townships, and every
// kind of broken input reported per feature instead of imported.
#include "models/domain/validation.h"
#include "models/exchange/gcj02.h"
#include "models/exchange/geojsonimport.h"
#include "tests/testproject.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::exchange;

namespace {

QByteArray pointFeature(const QByteArray &coordinates, const QByteArray &properties)
{
    return R"({"type":"Feature","geometry":{"type":"Point","coordinates":)" + coordinates +
           R"(},"properties":)" + properties + "}";
}

QByteArray collection(const QByteArrayList &features)
{
    return R"({"type":"FeatureCollection","features":[)" + features.join(',') + "]}";
}

const QByteArray kSquare =
    R"({"type":"Feature","properties":{"name":"方县","adcode":123456},"geometry":{"type":"Polygon","coordinates":[[[118,26],[118.1,26],[118.1,26.1],[118,26.1],[118,26]]]}})";

} // namespace

class TestExchangeGeoJson : public QObject {
    Q_OBJECT
private slots:
    void containers_data();
    void containers();
    void refusedFiles_data();
    void refusedFiles();
    void oversizedFileIsRefusedBeforeReading();
    void facilitiesFile();
    void levelSpellings_data();
    void levelSpellings();
    void badFeatures_data();
    void badFeatures();
    void validItemsAndProblemsAreKeptApart();
    void townshipsAreMatchedOrCreated();
    void geoPackageAttributeNames();
    void gcj02IsConvertedToWgs84();
    void roadsFromMultiLineString();
    void boundaryFeaturesAreMerged();
    void realCountyBoundaries_data();
    void realCountyBoundaries();
};

void TestExchangeGeoJson::containers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("FeatureCollection") << collection({kSquare});
    QTest::newRow("bare array") << "[" + kSquare + "]";
    QTest::newRow("single Feature") << kSquare;
}

void TestExchangeGeoJson::containers()
{
    QFETCH(QByteArray, json);
    const ImportResult r = importGeoJson(json, Layer::Boundary, test::smallProject());
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QVERIFY(r.boundary.has_value());
    QCOMPARE(r.boundary->name, QStringLiteral("方县"));
    QCOMPARE(r.boundary->adcode, QStringLiteral("123456"));
    QCOMPARE(r.boundary->area.size(), 1);
    QCOMPARE(r.boundary->area[0][0].size(), 4); // the closing position is implicit in memory
    QVERIFY(r.canApply());
}

void TestExchangeGeoJson::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("name,lon,lat\n") << "not valid JSON";
    QTest::newRow("NaN literal") << QByteArray(R"([{"type":"Feature","geometry":{"type":"Point",
        "coordinates":[NaN,26]},"properties":{}}])")
                                 << "not valid JSON";
    QTest::newRow("geometry only") << QByteArray(R"({"type":"Point","coordinates":[1,2]})")
                                   << "not a GeoJSON FeatureCollection";
    QTest::newRow("empty collection") << collection({}) << "no features";
    QTest::newRow("truncated") << kSquare.left(80) << "not valid JSON";
}

void TestExchangeGeoJson::refusedFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const ImportResult r = importGeoJson(json, Layer::Facilities, test::smallProject());
    QVERIFY2(r.fatalError.contains(reason), qPrintable(r.fatalError));
    QCOMPARE(r.itemCount(), 0);
    QVERIFY(!r.canApply());
}

void TestExchangeGeoJson::oversizedFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.geojson")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(kMaxImportFileBytes + 1)); // sparse: costs no disk space
    big.close();
    const ImportResult r = importGeoJsonFile(big.fileName(), Layer::Boundary, test::smallProject());
    QVERIFY2(r.fatalError.contains(QStringLiteral("larger than 200 MB")), qPrintable(r.fatalError));
    const ImportResult missing = importGeoJsonFile(dir.filePath(QStringLiteral("none.geojson")),
                                                   Layer::Boundary, test::smallProject());
    QVERIFY(missing.fatalError.contains(QStringLiteral("does not exist")));
}

void TestExchangeGeoJson::facilitiesFile()
{
    const Project p = test::smallProject();
    const ImportResult r = importGeoJsonFile(
        QStringLiteral(COUNTYCARE_TEST_DATA "/exchange/facilities.geojson"), Layer::Facilities, p);
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.itemsRead, 3);
    QCOMPARE(r.facilities.size(), 3);
    const Facility &vc = r.facilities[0];
    QCOMPARE(vc.name, QStringLiteral("下坪村卫生室"));
    QCOMPARE(vc.level, FacilityLevel::VillageClinic);
    QCOMPARE(vc.townshipId, EntityId(2)); // 青石镇 exists
    QCOMPARE(vc.position, (LonLat{118.12, 26.11}));
    const Facility &thc = r.facilities[1];
    QCOMPARE(thc.nameEn, QStringLiteral("Dongling THC"));
    QCOMPARE(thc.beds, 35);
    QCOMPARE(r.newTownships.size(), 1); // 东岭镇 is new
    QCOMPARE(r.newTownships[0].name, QStringLiteral("东岭镇"));
    QCOMPARE(thc.townshipId, r.newTownships[0].id);
    const Facility &tcm = r.facilities[2];
    QCOMPARE(tcm.level, FacilityLevel::CountyHospital);
    QCOMPARE(tcm.kind, HospitalKind::Tcm);
    QCOMPARE(tcm.beds, 180); // numeric string accepted
    QCOMPARE(tcm.townshipId, EntityId(0));
    QVERIFY(tcm.inAlliance);
}

void TestExchangeGeoJson::levelSpellings_data()
{
    QTest::addColumn<QByteArray>("level");
    QTest::addColumn<FacilityLevel>("expected");
    const FacilityLevel vc = FacilityLevel::VillageClinic, thc = FacilityLevel::TownshipCentre,
                        ch = FacilityLevel::CountyHospital, city = FacilityLevel::OutOfCountyCity,
                        prov = FacilityLevel::OutOfCountyProvince;
    QTest::newRow("vc") << QByteArray(R"("vc")") << vc;
    QTest::newRow("THC upper case") << QByteArray(R"(" THC ")") << thc;
    QTest::newRow("ch") << QByteArray(R"("ch")") << ch;
    QTest::newRow("city") << QByteArray(R"("city")") << city;
    QTest::newRow("province") << QByteArray(R"("province")") << prov;
    QTest::newRow("村卫生室") << QByteArray(R"("村卫生室")") << vc;
    QTest::newRow("乡镇卫生院") << QByteArray(R"("乡镇卫生院")") << thc;
    QTest::newRow("县医院") << QByteArray(R"("县医院")") << ch;
    QTest::newRow("市级") << QByteArray(R"("市级")") << city;
    QTest::newRow("省级") << QByteArray(R"("省级")") << prov;
    QTest::newRow("0") << QByteArray("0") << vc;
    QTest::newRow("1") << QByteArray("1") << thc;
    QTest::newRow("2") << QByteArray("2") << ch;
    QTest::newRow("3") << QByteArray("3") << city;
    QTest::newRow("4 as text") << QByteArray(R"("4")") << prov;
}

void TestExchangeGeoJson::levelSpellings()
{
    QFETCH(QByteArray, level);
    QFETCH(FacilityLevel, expected);
    const QByteArray json =
        collection({pointFeature("[118.1,26.1]", R"({"name":"甲","level":)" + level + "}")});
    const ImportResult r = importGeoJson(json, Layer::Facilities, test::smallProject());
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.facilities.size(), 1);
    QCOMPARE(r.facilities[0].level, expected);
}

void TestExchangeGeoJson::badFeatures_data()
{
    QTest::addColumn<Layer>("layer");
    QTest::addColumn<QByteArray>("feature");
    QTest::addColumn<QString>("reason");
    const QByteArray ok = R"({"name":"甲","level":"vc","population":100,"class":"county"})";
    auto facility = [&](const char *row, const QByteArray &coords, const QByteArray &props,
                        const char *reason) {
        QTest::newRow(row) << Layer::Facilities << pointFeature(coords, props)
                           << QString::fromUtf8(reason);
    };
    facility("projected metres", "[500000,3000000]", ok, "looks like projected metres");
    facility("latitude out of range", "[118,95]", ok, "latitude 95 is out of range");
    facility("longitude out of range", "[190,26]", ok, "longitude 190 is out of range");
    facility("coordinates not numbers", R"(["118","26"])", ok, "not numbers");
    facility("one coordinate", "[118]", ok, "not a [longitude, latitude] pair");
    facility("empty coordinates", "[]", ok, "not a [longitude, latitude] pair");
    facility("missing name", "[118,26]", R"({"level":"vc"})", "name is missing");
    facility("blank name", "[118,26]", R"({"name":"  ","level":"vc"})", "name is missing");
    facility("missing level", "[118,26]", R"({"name":"甲"})", "level is missing");
    facility("unknown level", "[118,26]", R"({"name":"甲","level":"clinic"})",
             "unknown facility level");
    facility("negative beds", "[118,26]", R"({"name":"甲","level":"thc","beds":-3})",
             "beds -3 is negative");
    facility("fractional beds", "[118,26]", R"({"name":"甲","level":"thc","beds":2.5})",
             "not a whole number");
    // a rule of models/domain/validation.h, reported as it words it
    facility("too many beds", "[118,26]", R"({"name":"甲","level":"ch","beds":200000})",
             "Beds must be between 0 and 100,000");
    facility("name too long", "[118,26]",
             R"({"level":"vc","name":")" + QByteArray(201, 'x') + R"("})", "longer than 200");
    QTest::newRow("no geometry") << Layer::Facilities
                                 << QByteArray(R"({"type":"Feature","properties":{}})")
                                 << QStringLiteral("no geometry");
    QTest::newRow("not a feature")
        << Layer::Facilities << QByteArray("42") << QStringLiteral("not a GeoJSON Feature");
    QTest::newRow("line for a point layer")
        << Layer::Facilities
        << QByteArray(R"({"type":"Feature","properties":{"name":"甲","level":"vc"},
           "geometry":{"type":"LineString","coordinates":[[118,26],[118.1,26]]}})")
        << QStringLiteral("expected a Point geometry");

    auto settlement = [&](const char *row, const QByteArray &props, const char *reason) {
        QTest::newRow(row) << Layer::Settlements << pointFeature("[118.1,26.1]", props)
                           << QString::fromUtf8(reason);
    };
    settlement("negative population", R"({"name":"村","population":-5})",
               "population -5 is negative");
    settlement("missing population", R"({"name":"村"})", "population is missing");
    settlement("population not a number", R"({"name":"村","population":"many"})",
               "is not a number");
    settlement("signed share above 1", R"({"name":"村","population":5,"signed_share":1.5})",
               "signing share must be between 0 and 1");

    auto boundary = [&](const char *row, const QByteArray &geometry, const char *reason) {
        QTest::newRow(row) << Layer::Boundary
                           << QByteArray(R"({"type":"Feature","properties":{},"geometry":)" +
                                         geometry + "}")
                           << QString::fromUtf8(reason);
    };
    boundary("ring with 3 positions",
             R"({"type":"Polygon","coordinates":[[[118,26],[118.1,26],[118,26]]]})",
             "ring 1 has 3 positions; a ring needs at least 4");
    boundary("unclosed ring",
             R"({"type":"Polygon","coordinates":[[[118,26],[118.1,26],[118.1,26.1],[118,26.1]]]})",
             "ring 1 is not closed");
    boundary("empty multipolygon", R"({"type":"MultiPolygon","coordinates":[]})",
             "geometry is empty");
    boundary("empty polygon", R"({"type":"Polygon","coordinates":[]})", "polygon 1 is empty");
    boundary("hole not closed",
             R"({"type":"Polygon","coordinates":[[[118,26],[118.1,26],[118.1,26.1],[118,26]],
             [[118.01,26.01],[118.02,26.01],[118.02,26.02],[118.01,26.03]]]})",
             "polygon 1, ring 2 is not closed");
    boundary("non-numeric coordinates",
             R"({"type":"Polygon","coordinates":[[[118,26],[118.1,"x"],[118.1,26.1],[118,26]]]})",
             "not numbers");
    boundary("point for the boundary", R"({"type":"Point","coordinates":[118,26]})",
             "expected a Polygon or MultiPolygon geometry");

    auto road = [&](const char *row, const QByteArray &coords, const QByteArray &props,
                    const char *reason) {
        QTest::newRow(row) << Layer::Roads
                           << QByteArray(R"({"type":"Feature","properties":)" + props +
                                         R"(,"geometry":{"type":"LineString","coordinates":)" +
                                         coords + "}}")
                           << QString::fromUtf8(reason);
    };
    road("one-point line", "[[118,26]]", R"({"class":"county"})", "needs at least 2");
    road("missing class", "[[118,26],[118.1,26]]", R"({"name":"X1"})", "road class is missing");
    road("unknown class", "[[118,26],[118.1,26]]", R"({"class":"runway"})", "unknown road class");
    road("speed zero", "[[118,26],[118.1,26]]", R"({"class":"county","speed_kmh":0})",
         "speed must be between 1 and 200");
}

void TestExchangeGeoJson::badFeatures()
{
    QFETCH(Layer, layer);
    QFETCH(QByteArray, feature);
    QFETCH(QString, reason);
    // The bad feature is the second one, after a sound one of a different layer
    // kind: the report must name feature 2.
    const QByteArray json = "[" + kSquare + "," + feature + "]";
    const ImportResult r = importGeoJson(json, layer, test::smallProject());
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    const auto second = std::find_if(r.problems.cbegin(), r.problems.cend(),
                                     [](const ImportProblem &p) { return p.number == 2; });
    QVERIFY2(second != r.problems.cend(), qPrintable(r.report()));
    QCOMPARE(second->where, ImportProblem::Where::Feature);
    QVERIFY2(second->reason.contains(reason), qPrintable(second->reason));
    QVERIFY(second->toString().startsWith(QStringLiteral("feature 2: ")));
    QVERIFY(r.facilities.isEmpty() && r.settlements.isEmpty() && r.roads.isEmpty());
    QVERIFY(!r.canApply());
}

void TestExchangeGeoJson::validItemsAndProblemsAreKeptApart()
{
    const QByteArray json = collection({
        pointFeature("[118.1,26.1]", R"({"name":"甲","level":"vc"})"),
        pointFeature("[118.1,95]", R"({"name":"乙","level":"vc"})"),
        pointFeature("[118.2,26.2]", R"({"name":"丙","level":"thc","township":"新镇"})"),
    });
    ImportOptions options;
    ImportResult r = importGeoJson(json, Layer::Facilities, test::smallProject(), options);
    QCOMPARE(r.facilities.size(), 2);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems[0].toString(),
             QStringLiteral("feature 2: latitude 95 is out of range (-90 to 90)"));
    QVERIFY(!r.canApply()); // nothing partial by default
    options.acceptValidRows = true;
    r = importGeoJson(json, Layer::Facilities, test::smallProject(), options);
    QVERIFY(r.canApply());
}

void TestExchangeGeoJson::townshipsAreMatchedOrCreated()
{
    const QByteArray json = collection({
        pointFeature("[118.1,26.1]", R"({"name":"a","population":1,"township":"新镇"})"),
        pointFeature("[118.1,26.1]", R"({"name":"b","population":1,"township":"Chengguan"})"),
        pointFeature("[118.1,26.1]", R"({"name":"c","population":1,"township":" 新镇 "})"),
        // refused: its township is not created
        pointFeature("[118.1,26.1]", R"({"name":"d","population":-1,"township":"废镇"})"),
    });
    const Project p = test::smallProject();
    const ImportResult r = importGeoJson(json, Layer::Settlements, p);
    QCOMPARE(r.settlements.size(), 3);
    QCOMPARE(r.newTownships.size(), 1);
    QCOMPARE(r.newTownships[0].name, QStringLiteral("新镇"));
    QCOMPARE(r.newTownships[0].id, nextId<Township>(p));
    QCOMPARE(r.settlements[0].townshipId, r.newTownships[0].id);
    QCOMPARE(r.settlements[1].townshipId, EntityId(1)); // matched by English name
    QCOMPARE(r.settlements[2].townshipId, r.newTownships[0].id);
}

void TestExchangeGeoJson::geoPackageAttributeNames()
{
    // The names the GeoPackage layers and our export use (township_id, road_class)
    // and the older ones (township, class) are both read; a name wins over an id.
    const Project p = test::smallProject();
    const QByteArray settlements = collection({
        pointFeature("[118.1,26.1]", R"({"name":"a","population":1,"township_id":2})"),
        pointFeature("[118.1,26.1]", R"({"name":"b","population":1,"township_id":"1"})"),
        pointFeature("[118.1,26.1]",
                     R"({"name":"c","population":1,"township":"新镇","township_id":1})"),
        pointFeature("[118.1,26.1]", R"({"name":"d","population":1,"township_id":0})"),
        pointFeature("[118.1,26.1]", R"({"name":"e","population":1,"township_id":99})"),
        pointFeature("[118.1,26.1]", R"({"name":"f","population":1,"township_id":1.5})"),
    });
    const ImportResult r = importGeoJson(settlements, Layer::Settlements, p);
    QCOMPARE(r.settlements.size(), 4);
    QCOMPARE(r.settlements[0].townshipId, EntityId(2));
    QCOMPARE(r.settlements[1].townshipId, EntityId(1));
    QCOMPARE(r.newTownships.size(), 1);
    QCOMPARE(r.settlements[2].townshipId, r.newTownships[0].id);
    QCOMPARE(r.settlements[3].townshipId, EntityId(0));
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(r.problems[0].toString(),
             QStringLiteral("feature 5: the project has no township with id 99"));
    QCOMPARE(r.problems[1].toString(),
             QStringLiteral("feature 6: township_id \"1.5\" is not a whole number"));

    const QByteArray line = R"({"type":"LineString","coordinates":[[118,26],[118.1,26]]})";
    const auto road = [&](const QByteArray &props) {
        return R"({"type":"Feature","geometry":)" + line + R"(,"properties":)" + props + "}";
    };
    const ImportResult roads =
        importGeoJson(collection({road(R"({"road_class":1})"), road(R"({"class":"village"})"),
                                  road(R"({"road_class":"provincial","class":"village"})")}),
                      Layer::Roads, p);
    QVERIFY2(!roads.hasProblems(), qPrintable(roads.report()));
    QCOMPARE(roads.roads.size(), 3);
    QCOMPARE(roads.roads[0].roadClass, RoadClass::National);
    QCOMPARE(roads.roads[1].roadClass, RoadClass::Village);
    QCOMPARE(roads.roads[2].roadClass, RoadClass::Provincial);
}

void TestExchangeGeoJson::gcj02IsConvertedToWgs84()
{
    const LonLat gcj{118.2, 26.15};
    const QByteArray json =
        collection({pointFeature("[118.2,26.15]", R"({"name":"甲","level":"ch"})")});
    ImportOptions options;
    options.crs = Crs::Gcj02;
    const ImportResult r = importGeoJson(json, Layer::Facilities, test::smallProject(), options);
    QCOMPARE(r.facilities.size(), 1);
    QCOMPARE(r.facilities[0].position, gcj02ToWgs84(gcj));
    const double shiftM = distanceKm(gcj, r.facilities[0].position) * 1000;
    QVERIFY2(shiftM > 100 && shiftM < 700, qPrintable(QString::number(shiftM)));
}

void TestExchangeGeoJson::roadsFromMultiLineString()
{
    const QByteArray json = R"({"type":"Feature","properties":{"name":"G205","class":"国道"},
        "geometry":{"type":"MultiLineString","coordinates":[[[118,26],[118.1,26.05]],
        [[118.1,26.05],[118.2,26.1],[118.3,26.1]]]}})";
    const ImportResult r = importGeoJson(json, Layer::Roads, test::smallProject());
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.roads.size(), 2);
    QCOMPARE(r.roads[0].roadClass, RoadClass::National);
    QCOMPARE(r.roads[0].speedKmh, defaultSpeedKmh(RoadClass::National));
    QCOMPARE(r.roads[1].path.size(), 3);
    QCOMPARE(r.roads[1].name, QStringLiteral("G205"));
}

void TestExchangeGeoJson::boundaryFeaturesAreMerged()
{
    QByteArray second = kSquare;
    second.replace("[[[118,26],[118.1,26],[118.1,26.1],[118,26.1],[118,26]]]",
                   "[[[119,26],[119.1,26],[119.1,26.1],[119,26.1],[119,26]]]");
    const ImportResult r =
        importGeoJson(collection({kSquare, second}), Layer::Boundary, test::smallProject());
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.boundary->area.size(), 2);
    QCOMPARE(r.itemCount(), 1);
    QVERIFY(validateBoundary(*r.boundary).isEmpty());
}

void TestExchangeGeoJson::realCountyBoundaries_data()
{
    // Official areas from ../shared/data/geo/README.md (government figures, km2).
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("officialKm2");
    QTest::newRow("Youxi") << QStringLiteral("350426") << QStringLiteral("尤溪县") << 3463.0;
    QTest::newRow("Longmen") << QStringLiteral("441324") << QStringLiteral("龙门县") << 2295.0;
    QTest::newRow("Changxing") << QStringLiteral("330522") << QStringLiteral("长兴县") << 1430.0;
    QTest::newRow("Boluo") << QStringLiteral("441322") << QStringLiteral("博罗县") << 2858.0;
}

void TestExchangeGeoJson::realCountyBoundaries()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(double, officialKm2);
    const QString path =
        QStringLiteral(COUNTYCARE_SHARED_DATA "/geo/") + file + QStringLiteral(".json");
    if (!QFile::exists(path))
        QSKIP("shared real map data not present beside the checkout");
    ImportOptions options;
    options.crs = Crs::Gcj02; // DataV/AMap extracts are GCJ-02
    const ImportResult r = importGeoJsonFile(path, Layer::Boundary, test::smallProject(), options);
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QVERIFY(r.boundary.has_value());
    QCOMPARE(r.boundary->name, name);
    QCOMPARE(r.boundary->adcode, file);
    const double area = areaKm2(r.boundary->area);
    QVERIFY2(std::abs(area - officialKm2) / officialKm2 < 0.02,
             qPrintable(QStringLiteral("%1 km2 vs %2").arg(area).arg(officialKm2)));
    // The datum shift moved the outline by a few hundred metres.
    const ImportResult raw = importGeoJsonFile(path, Layer::Boundary, test::smallProject());
    const double shiftM = distanceKm(raw.boundary->area[0][0][0], r.boundary->area[0][0][0]) * 1000;
    QVERIFY2(shiftM > 100 && shiftM < 700, qPrintable(QString::number(shiftM)));
}

QTEST_GUILESS_MAIN(TestExchangeGeoJson)
#include "tst_exchange_geojson.moc"
