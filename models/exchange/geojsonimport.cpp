#include "models/exchange/geojsonimport.h"

#include "models/exchange/fieldvalues.h"
#include "models/exchange/importcollector.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace cc::exchange {

namespace {

struct ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(cc::Exchange)
};

// Thrown inside one feature to abandon it with a reason; caught per feature.
struct FeatureError {
    QString reason;
};
// Thrown when the whole file must be refused (too many coordinates).
struct FileError {
    QString reason;
};

class GeoJsonReader {
public:
    GeoJsonReader(ImportCollector &collector, Layer layer) : m_collector(collector), m_layer(layer)
    {}

    void readFeature(int number, const QJsonValue &value);

private:
    LonLat position(const QJsonValue &v);
    QVector<LonLat> positions(const QJsonValue &v);
    Ring ring(const QJsonValue &v, int polygon, int index);
    Polygon polygon(const QJsonValue &v, int polygon);

    void readBoundary(int number, const QJsonObject &geometry, const QJsonObject &props);
    void readRoads(int number, const QJsonObject &geometry, const QJsonObject &props);
    LonLat point(const QJsonObject &geometry);

    ImportCollector &m_collector;
    Layer m_layer;
    qint64 m_coordinates = 0;
};

QString text(const QJsonObject &props, const char *key)
{
    const QJsonValue v = props.value(QLatin1String(key));
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        // adcode 350426 and level 2 arrive as numbers: no exponent, no ".0".
        if (std::abs(d) < 1e15 && d == std::floor(d))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// A numeric property: a JSON number or a numeric string. nullopt when absent.
std::optional<double> numberProperty(const QJsonObject &props, const char *key, const QString &what)
{
    const QJsonValue v = props.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return std::nullopt;
    std::optional<double> d;
    if (v.isDouble())
        d = v.toDouble();
    else if (v.isString())
        d = parseNumber(v.toString());
    if (!d || !std::isfinite(*d))
        throw FeatureError{ExchangeText::tr("%1 is not a number").arg(what)};
    return d;
}

void requireType(const QJsonObject &geometry, std::initializer_list<const char *> types)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    for (const char *t : types)
        if (type == QLatin1String(t))
            return;
    QStringList expected;
    for (const char *t : types)
        expected << QLatin1String(t);
    throw FeatureError{ExchangeText::tr("expected a %1 geometry, got \"%2\"")
                           .arg(expected.join(QLatin1String(" or ")),
                                type.isEmpty() ? ExchangeText::tr("(none)") : type)};
}

LonLat GeoJsonReader::position(const QJsonValue &v)
{
    if (++m_coordinates > kMaxImportCoordinates)
        throw FileError{
            ExchangeText::tr("The file has more than %1 coordinates.").arg(kMaxImportCoordinates)};
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() < 2)
        throw FeatureError{ExchangeText::tr("a position is not a [longitude, latitude] pair")};
    if (!a.at(0).isDouble() || !a.at(1).isDouble())
        throw FeatureError{ExchangeText::tr("the coordinates are not numbers")};
    QString why;
    const std::optional<LonLat> p =
        m_collector.toWgs84(a.at(0).toDouble(), a.at(1).toDouble(), &why);
    if (!p)
        throw FeatureError{why};
    return *p;
}

QVector<LonLat> GeoJsonReader::positions(const QJsonValue &v)
{
    if (!v.isArray())
        throw FeatureError{ExchangeText::tr("the coordinates are not an array")};
    const QJsonArray a = v.toArray();
    if (a.size() > kMaxImportCoordinates)
        throw FileError{
            ExchangeText::tr("The file has more than %1 coordinates.").arg(kMaxImportCoordinates)};
    QVector<LonLat> out;
    out.reserve(a.size());
    for (const QJsonValue &p : a)
        out.push_back(position(p));
    return out;
}

Ring GeoJsonReader::ring(const QJsonValue &v, int polygon, int index)
{
    Ring r = positions(v);
    if (r.size() < 4)
        throw FeatureError{
            ExchangeText::tr("polygon %1, ring %2 has %3 positions; a ring needs at least 4")
                .arg(polygon)
                .arg(index)
                .arg(r.size())};
    if (r.front() != r.back())
        throw FeatureError{
            ExchangeText::tr(
                "polygon %1, ring %2 is not closed (its last position differs from its first)")
                .arg(polygon)
                .arg(index)};
    r.removeLast(); // in memory rings are implicitly closed
    return r;
}

Polygon GeoJsonReader::polygon(const QJsonValue &v, int index)
{
    const QJsonArray rings = v.toArray();
    if (!v.isArray() || rings.isEmpty())
        throw FeatureError{ExchangeText::tr("polygon %1 is empty").arg(index)};
    Polygon p;
    for (int i = 0; i < rings.size(); ++i)
        p.push_back(ring(rings.at(i), index, i + 1));
    return p;
}

LonLat GeoJsonReader::point(const QJsonObject &geometry)
{
    requireType(geometry, {"Point"});
    return position(geometry.value(QLatin1String("coordinates")));
}

void GeoJsonReader::readBoundary(int number, const QJsonObject &geometry, const QJsonObject &props)
{
    requireType(geometry, {"Polygon", "MultiPolygon"});
    const QJsonValue coords = geometry.value(QLatin1String("coordinates"));
    MultiPolygon area;
    if (geometry.value(QLatin1String("type")).toString() == QLatin1String("Polygon")) {
        area.push_back(polygon(coords, 1));
    } else {
        const QJsonArray polygons = coords.toArray();
        if (polygons.isEmpty())
            throw FeatureError{ExchangeText::tr("the geometry is empty")};
        for (int i = 0; i < polygons.size(); ++i)
            area.push_back(polygon(polygons.at(i), i + 1));
    }
    CountyBoundary part;
    part.name = text(props, "name");
    part.nameEn = text(props, "name_en");
    part.adcode = text(props, "adcode");
    part.area = area;
    m_collector.addBoundaryPart(number, part);
}

ImportCollector::PointAttributes attributes(const QJsonObject &props)
{
    ImportCollector::PointAttributes a;
    a.name = text(props, "name");
    a.nameEn = text(props, "name_en");
    a.level = text(props, "level");
    a.kind = text(props, "kind");
    a.beds = text(props, "beds");
    a.township = text(props, "township");
    a.townshipId = text(props, "township_id");
    a.inAlliance = text(props, "in_alliance");
    a.population = text(props, "population");
    a.signedShare = text(props, "signed_share");
    a.urban = text(props, "urban");
    return a;
}

void GeoJsonReader::readRoads(int number, const QJsonObject &geometry, const QJsonObject &props)
{
    requireType(geometry, {"LineString", "MultiLineString"});
    Road road;
    road.name = text(props, "name");
    QString cls = text(props, "road_class"); // the GeoPackage layer's name
    if (cls.isEmpty())
        cls = text(props, "class");
    if (cls.isEmpty())
        cls = text(props, "highway"); // OpenStreetMap
    if (cls.isEmpty())
        throw FeatureError{ExchangeText::tr("the road class is missing")};
    const auto roadClass = parseRoadClass(cls);
    if (!roadClass)
        throw FeatureError{ExchangeText::tr("unknown road class \"%1\"").arg(cls)};
    road.roadClass = *roadClass;
    road.speedKmh = numberProperty(props, "speed_kmh", ExchangeText::tr("speed_kmh"))
                        .value_or(defaultSpeedKmh(*roadClass));
    const QJsonValue coords = geometry.value(QLatin1String("coordinates"));
    QVector<QVector<LonLat>> parts;
    if (geometry.value(QLatin1String("type")).toString() == QLatin1String("LineString")) {
        parts.push_back(positions(coords));
    } else {
        for (const QJsonValue &line : coords.toArray())
            parts.push_back(positions(line));
    }
    if (parts.isEmpty())
        throw FeatureError{ExchangeText::tr("the geometry is empty")};
    for (const QVector<LonLat> &part : parts) {
        if (part.size() < 2)
            throw FeatureError{
                ExchangeText::tr("a line has %1 positions; it needs at least 2").arg(part.size())};
    }
    for (const QVector<LonLat> &part : parts) {
        road.path = part;
        m_collector.addRoad(number, road);
    }
}

void GeoJsonReader::readFeature(int number, const QJsonValue &value)
{
    try {
        const QJsonObject feature = value.toObject();
        if (!value.isObject() ||
            feature.value(QLatin1String("type")).toString() != QLatin1String("Feature"))
            throw FeatureError{ExchangeText::tr("not a GeoJSON Feature")};
        const QJsonValue geometry = feature.value(QLatin1String("geometry"));
        if (!geometry.isObject())
            throw FeatureError{ExchangeText::tr("the feature has no geometry")};
        const QJsonObject props = feature.value(QLatin1String("properties")).toObject();
        switch (m_layer) {
        case Layer::Boundary:
            readBoundary(number, geometry.toObject(), props);
            break;
        case Layer::Facilities:
            m_collector.addFacility(number, attributes(props), point(geometry.toObject()));
            break;
        case Layer::Settlements:
            m_collector.addSettlement(number, attributes(props), point(geometry.toObject()));
            break;
        case Layer::Roads:
            readRoads(number, geometry.toObject(), props);
            break;
        }
    } catch (const FeatureError &e) {
        m_collector.problem(number, e.reason);
    }
}

} // namespace

ImportResult importGeoJson(const QByteArray &json, Layer layer, const Project &target,
                           const ImportOptions &options)
{
    ImportCollector collector(target, layer, options, ImportProblem::Where::Feature);
    if (json.size() > kMaxImportFileBytes) {
        collector.fatal(
            ExchangeText::tr("The file is larger than %1 MB.").arg(kMaxImportFileBytes >> 20));
        return collector.finish();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        collector.fatal(ExchangeText::tr("The file is not valid JSON: %1 (at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        return collector.finish();
    }
    QJsonArray features;
    if (doc.isArray()) {
        features = doc.array();
    } else {
        const QJsonObject root = doc.object();
        // RFC 7946 is WGS 84 only, but the 2008 specification's "crs" member is
        // still written (QGIS, ogr2ogr for EPSG:3857 or a Gauss-Krüger zone):
        // honoured rather than misread as degrees.
        const QJsonValue crs = root.value(QLatin1String("crs"));
        if (crs.isObject()) {
            const QString name = crs.toObject()
                                     .value(QLatin1String("properties"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString();
            if (!name.isEmpty())
                collector.declareSourceCrs(
                    CoordinateTransform::fromDefinition(name.toUtf8(), nullptr));
        }
        const QString type = root.value(QLatin1String("type")).toString();
        if (type == QLatin1String("FeatureCollection"))
            features = root.value(QLatin1String("features")).toArray();
        else if (type == QLatin1String("Feature"))
            features.append(root);
        else {
            collector.fatal(
                ExchangeText::tr("The file is not a GeoJSON FeatureCollection, Feature or array of "
                                 "Features."));
            return collector.finish();
        }
    }
    if (features.size() > kMaxImportItems) {
        collector.fatal(
            ExchangeText::tr("The file has more than %1 features.").arg(kMaxImportItems));
        return collector.finish();
    }
    if (collector.failed())
        return collector.finish();
    GeoJsonReader reader(collector, layer);
    try {
        for (int i = 0; i < features.size(); ++i)
            reader.readFeature(i + 1, features.at(i));
    } catch (const FileError &e) {
        collector.fatal(e.reason);
    }
    ImportResult result = collector.finish();
    result.itemsRead = features.size();
    if (result.fatalError.isEmpty() && features.isEmpty())
        result.fatalError = ExchangeText::tr("The file holds no features.");
    return result;
}

ImportResult importGeoJsonFile(const QString &path, Layer layer, const Project &target,
                               const ImportOptions &options)
{
    const QFileInfo info(path);
    QFile file(path);
    QString error;
    if (!info.exists())
        error = ExchangeText::tr("The file %1 does not exist.").arg(path);
    else if (info.size() > kMaxImportFileBytes)
        error = ExchangeText::tr("The file %1 is larger than %2 MB.")
                    .arg(path)
                    .arg(kMaxImportFileBytes >> 20);
    else if (!file.open(QIODevice::ReadOnly))
        error = ExchangeText::tr("Cannot read %1: %2").arg(path, file.errorString());
    if (!error.isEmpty()) {
        ImportCollector collector(target, layer, options, ImportProblem::Where::File);
        collector.fatal(error);
        return collector.finish();
    }
    return importGeoJson(file.readAll(), layer, target, options);
}

} // namespace cc::exchange
