// Export of each layer, and export -> import giving the same items back.
#include "models/exchange/csvimport.h"
#include "models/exchange/geojsonimport.h"
#include "models/exchange/layerexport.h"
#include "models/store/projectstore.h"
#include "tests/testproject.h"

#include <gdal.h>
#include <ogr_api.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::exchange;

Q_DECLARE_METATYPE(cc::exchange::ExportFormat)

namespace {

// A project whose values test the writers: quotes, commas, line breaks, many
// digits, a hole in the boundary, every level and road class.
Project richProject()
{
    Project p = test::smallProject();
    Facility &f = p.facilities[3];
    f.name = QStringLiteral("上坪村\"卫生室\", 一号\n分部");
    f.nameEn = QStringLiteral("Shangping; VC");
    f.position = {118.0512345678901, 26.0498765432109};
    p.facilities[1].kind = HospitalKind::MaternalChild;
    p.facilities[2].inAlliance = false;
    Facility prov = p.facilities[4];
    prov.id = 5;
    prov.level = FacilityLevel::OutOfCountyProvince;
    prov.name = QStringLiteral("省立医院");
    p.facilities.insert(prov.id, prov);
    p.settlements[2].urban = true;
    p.settlements[2].signedShare = 0.123456789;
    p.settlements[3].townshipId = 0;
    Road r = p.roads[1];
    r.id = 2;
    r.name = QString();
    r.roadClass = RoadClass::Expressway;
    r.speedKmh = 77.5;
    p.roads.insert(r.id, r);
    p.boundary.adcode = QStringLiteral("350426");
    p.boundary.area[0].push_back({{118.1, 26.1}, {118.2, 26.1}, {118.2, 26.2}});
    p.boundary.area.push_back({{{119.0, 26.0}, {119.1, 26.0}, {119.1, 26.1}, {119.0, 26.0}}});
    return p;
}

template <typename T> QVector<T> withoutIds(QVector<T> items)
{
    for (T &item : items) {
        item.id = 0;
        if constexpr (std::is_same_v<T, Facility>)
            item.capability.clear(); // kept in the project file only
    }
    return items;
}

template <typename T> QVector<T> withoutIds(const Table<T> &table)
{
    return withoutIds(QVector<T>(table.cbegin(), table.cend()));
}

// Rings may be stored closed or open (geo.h); the importer stores them open.
CountyBoundary withOpenRings(CountyBoundary b)
{
    for (Polygon &poly : b.area)
        for (Ring &ring : poly)
            if (ring.size() > 1 && ring.front() == ring.back())
                ring.removeLast();
    return b;
}

ImportResult reimport(const QByteArray &data, ExportFormat format, Layer layer,
                      const Project &target)
{
    if (format == ExportFormat::GeoJson)
        return importGeoJson(data, layer, target);
    const CsvTable table = parseCsv(data);
    return importCsv(table, suggestMapping(table.headers), layer, target);
}

} // namespace

class TestExchangeExport : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void roundTripIntoEmptyProjectCreatesTownships();
    void geoJsonIsAFeatureCollectionWithClosedRings();
    void geoJsonSpeaksTheProjectFilesLanguage_data();
    void geoJsonSpeaksTheProjectFilesLanguage();
    void csvHasBomAndOurHeaders();
    void csvRefusedForLinesAndPolygons();
    void exportToFile();
};

void TestExchangeExport::roundTrip_data()
{
    QTest::addColumn<Layer>("layer");
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("facilities geojson") << Layer::Facilities << ExportFormat::GeoJson;
    QTest::newRow("facilities csv") << Layer::Facilities << ExportFormat::Csv;
    QTest::newRow("settlements geojson") << Layer::Settlements << ExportFormat::GeoJson;
    QTest::newRow("settlements csv") << Layer::Settlements << ExportFormat::Csv;
    QTest::newRow("roads geojson") << Layer::Roads << ExportFormat::GeoJson;
    QTest::newRow("boundary geojson") << Layer::Boundary << ExportFormat::GeoJson;
}

void TestExchangeExport::roundTrip()
{
    QFETCH(Layer, layer);
    QFETCH(ExportFormat, format);
    const Project p = richProject();
    const QByteArray data =
        format == ExportFormat::Csv ? exportCsv(p, layer) : exportGeoJson(p, layer);
    const ImportResult r = reimport(data, format, layer, p);
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QVERIFY(r.newTownships.isEmpty());
    switch (layer) {
    case Layer::Facilities:
        QCOMPARE(withoutIds(r.facilities), withoutIds(p.facilities));
        break;
    case Layer::Settlements:
        QCOMPARE(withoutIds(r.settlements), withoutIds(p.settlements));
        break;
    case Layer::Roads:
        QCOMPARE(withoutIds(r.roads), withoutIds(p.roads));
        break;
    case Layer::Boundary:
        QVERIFY(r.boundary.has_value());
        QCOMPARE(*r.boundary, withOpenRings(p.boundary));
        break;
    }
}

void TestExchangeExport::roundTripIntoEmptyProjectCreatesTownships()
{
    const Project p = richProject();
    const ImportResult r = reimport(exportCsv(p, Layer::Settlements), ExportFormat::Csv,
                                    Layer::Settlements, Project{});
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.newTownships.size(), 2);
    for (int i = 0; i < r.settlements.size(); ++i) {
        const Settlement &original = p.settlements.value(i + 1);
        QString township;
        for (const Township &t : r.newTownships)
            if (t.id == r.settlements[i].townshipId)
                township = t.name;
        QCOMPARE(township, p.townships.value(original.townshipId).name);
    }
}

void TestExchangeExport::geoJsonIsAFeatureCollectionWithClosedRings()
{
    const Project p = richProject();
    const QJsonObject root = QJsonDocument::fromJson(exportGeoJson(p, Layer::Boundary)).object();
    QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 1);
    const QJsonObject geometry =
        features[0].toObject().value(QStringLiteral("geometry")).toObject();
    QCOMPARE(geometry.value(QStringLiteral("type")).toString(), QStringLiteral("MultiPolygon"));
    const QJsonArray outer = geometry.value(QStringLiteral("coordinates"))[0][0].toArray();
    QCOMPARE(outer.size(), p.boundary.area[0][0].size() + 1);
    QCOMPARE(outer.first(), outer.last());
    // An already closed ring is not closed twice.
    const QJsonArray closed = geometry.value(QStringLiteral("coordinates"))[1][0].toArray();
    QCOMPARE(closed.size(), 4);
    const QJsonObject facility = QJsonDocument::fromJson(exportGeoJson(p, Layer::Facilities))
                                     .object()
                                     .value(QStringLiteral("features"))[0]
                                     .toObject();
    const QJsonObject props = facility.value(QStringLiteral("properties")).toObject();
    QCOMPARE(props.value(QStringLiteral("level")).toInt(), int(FacilityLevel::CountyHospital));
    QCOMPARE(props.value(QStringLiteral("beds")).toInt(), 300);
}

void TestExchangeExport::geoJsonSpeaksTheProjectFilesLanguage_data()
{
    QTest::addColumn<Layer>("layer");
    QTest::addColumn<QString>("table");
    QTest::newRow("facilities") << Layer::Facilities << "facilities";
    QTest::newRow("settlements") << Layer::Settlements << "settlements";
    QTest::newRow("roads") << Layer::Roads << "roads";
    QTest::newRow("boundary") << Layer::Boundary << "county_boundary";
}

void TestExchangeExport::geoJsonSpeaksTheProjectFilesLanguage()
{
    // Each feature carries its id, and its properties are the attribute names and
    // values GDAL reads from the same layer of the saved project file.
    QFETCH(Layer, layer);
    QFETCH(QString, table);
    const Project p = richProject();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.ccplan"));
    const store::SaveResult saved = store::saveProject(p, path);
    QVERIFY2(saved.ok, qPrintable(saved.message));

    GDALAllRegister();
    const QByteArray file = path.toUtf8();
    const char *const drivers[] = {"GPKG", nullptr};
    GDALDatasetH ds =
        GDALOpenEx(file.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr);
    QVERIFY(ds);
    const auto closeDs = qScopeGuard([ds] { GDALClose(ds); });
    OGRLayerH gpkg = GDALDatasetGetLayerByName(ds, table.toUtf8().constData());
    QVERIFY(gpkg);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(gpkg);
    QStringList gpkgNames;
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        gpkgNames << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));

    const QJsonArray features = QJsonDocument::fromJson(exportGeoJson(p, layer))
                                    .object()
                                    .value(QStringLiteral("features"))
                                    .toArray();
    QCOMPARE(features.size(), int(OGR_L_GetFeatureCount(gpkg, TRUE)));
    OGR_L_ResetReading(gpkg);
    for (const QJsonValue &v : features) {
        const QJsonObject feature = v.toObject();
        const QJsonObject props = feature.value(QStringLiteral("properties")).toObject();
        QStringList names = props.keys();
        QStringList expected = gpkgNames;
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
        OGRFeatureH f = OGR_L_GetNextFeature(gpkg);
        QVERIFY(f);
        const auto destroy = qScopeGuard([f] { OGR_F_Destroy(f); });
        QCOMPARE(feature.value(QStringLiteral("id")).toDouble(), double(OGR_F_GetFID(f)));
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
            const QString name = gpkgNames[i];
            const QJsonValue value = props.value(name);
            if (!OGR_F_IsFieldSetAndNotNull(f, i)) {
                QVERIFY2(value.isNull() || value.toString().isEmpty(), qPrintable(name));
                continue;
            }
            switch (OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, i))) {
            case OFTString:
                QCOMPARE(value.toString(), QString::fromUtf8(OGR_F_GetFieldAsString(f, i)));
                break;
            case OFTInteger:
            case OFTInteger64:
                if (value.isBool())
                    QCOMPARE(qint64(value.toBool()), qint64(OGR_F_GetFieldAsInteger64(f, i)));
                else
                    QCOMPARE(value.toDouble(), double(OGR_F_GetFieldAsInteger64(f, i)));
                break;
            default:
                QCOMPARE(value.toDouble(), OGR_F_GetFieldAsDouble(f, i));
            }
        }
    }
}

void TestExchangeExport::csvHasBomAndOurHeaders()
{
    const QByteArray csv = exportCsv(test::smallProject(), Layer::Settlements);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));
    const CsvTable t = parseCsv(csv);
    QCOMPARE(t.headers.join(QLatin1Char(',')),
             QStringLiteral("name,name_en,population,township,signed_share,urban,lon,lat"));
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.rows[0][0], QStringLiteral("城关社区"));
}

void TestExchangeExport::csvRefusedForLinesAndPolygons()
{
    QVERIFY(exportCsv(test::smallProject(), Layer::Roads).isEmpty());
    QVERIFY(exportCsv(test::smallProject(), Layer::Boundary).isEmpty());
    QVERIFY(!canExport(Layer::Roads, ExportFormat::Csv));
    QVERIFY(canExport(Layer::Roads, ExportFormat::GeoJson));
    QTemporaryDir dir;
    const ExportResult r = exportLayerToFile(test::smallProject(), Layer::Roads, ExportFormat::Csv,
                                             dir.filePath(QStringLiteral("roads.csv")));
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("GeoJSON")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("roads.csv"))));
}

void TestExchangeExport::exportToFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("facilities.geojson"));
    const Project p = test::smallProject();
    const ExportResult r = exportLayerToFile(p, Layer::Facilities, ExportFormat::GeoJson, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.count, 4);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), exportGeoJson(p, Layer::Facilities));
    const ExportResult bad = exportLayerToFile(p, Layer::Facilities, ExportFormat::Csv,
                                               dir.filePath(QStringLiteral("no/such/dir/x.csv")));
    QVERIFY(!bad.ok);
    QVERIFY(bad.error.contains(QStringLiteral("Cannot write")));
}

QTEST_GUILESS_MAIN(TestExchangeExport)
#include "tst_exchange_export.moc"
