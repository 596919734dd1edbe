#include "models/exchange/layerexport.h"

#include "models/exchange/csvimport.h"
#include "models/exchange/csvtable.h"
#include "models/exchange/fieldvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace cc::exchange {

namespace {

struct ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(cc::Exchange)
};

QString num(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QJsonArray position(const LonLat &p)
{
    return QJsonArray{p.lon, p.lat};
}

QJsonArray line(const QVector<LonLat> &points, bool close)
{
    QJsonArray a;
    for (const LonLat &p : points)
        a.append(position(p));
    if (close && !points.isEmpty() && points.front() != points.back())
        a.append(position(points.front()));
    return a;
}

QJsonObject feature(const QJsonObject &geometry, const QJsonObject &properties)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("geometry"), geometry},
                       {QStringLiteral("properties"), properties}};
}

QJsonObject geometry(const char *type, const QJsonArray &coordinates)
{
    return QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                       {QStringLiteral("coordinates"), coordinates}};
}

QString townshipName(const Project &p, EntityId id)
{
    return id == 0 ? QString() : p.townships.value(id).name;
}

// GeoJSON properties carry the attribute names and values of the GeoPackage
// layers (models/store/schema.cpp), so a GIS user sees the same columns in the
// export and in the project file: township_id, road_class, levels and kinds as
// the stored numbers. Only the CSV speaks spreadsheet (names and codes).
QJsonObject properties(const Facility &f)
{
    return QJsonObject{{QStringLiteral("name"), f.name},
                       {QStringLiteral("name_en"), f.nameEn},
                       {QStringLiteral("level"), static_cast<int>(f.level)},
                       {QStringLiteral("kind"), static_cast<int>(f.kind)},
                       {QStringLiteral("beds"), f.beds},
                       {QStringLiteral("township_id"), double(f.townshipId)},
                       {QStringLiteral("in_alliance"), f.inAlliance}};
}

QJsonObject properties(const Settlement &s)
{
    return QJsonObject{{QStringLiteral("name"), s.name},
                       {QStringLiteral("name_en"), s.nameEn},
                       {QStringLiteral("population"), double(s.population)},
                       {QStringLiteral("township_id"), double(s.townshipId)},
                       {QStringLiteral("urban"), s.urban},
                       {QStringLiteral("signed_share"), s.signedShare}};
}

QJsonObject properties(const Road &r)
{
    return QJsonObject{{QStringLiteral("name"), r.name},
                       {QStringLiteral("road_class"), static_cast<int>(r.roadClass)},
                       {QStringLiteral("speed_kmh"), r.speedKmh}};
}

// The feature's id is the entity id, the layer's fid (RFC 7946 section 3.2).
QJsonObject withId(QJsonObject feature, EntityId id)
{
    feature.insert(QStringLiteral("id"), double(id));
    return feature;
}

QJsonArray features(const Project &p, Layer layer)
{
    QJsonArray out;
    switch (layer) {
    case Layer::Facilities:
        for (const Facility &f : p.facilities)
            out.append(
                withId(feature(geometry("Point", position(f.position)), properties(f)), f.id));
        break;
    case Layer::Settlements:
        for (const Settlement &s : p.settlements)
            out.append(
                withId(feature(geometry("Point", position(s.position)), properties(s)), s.id));
        break;
    case Layer::Roads:
        for (const Road &r : p.roads)
            out.append(
                withId(feature(geometry("LineString", line(r.path, false)), properties(r)), r.id));
        break;
    case Layer::Boundary: {
        if (p.boundary.area.isEmpty())
            break;
        QJsonArray polygons;
        for (const Polygon &poly : p.boundary.area) {
            QJsonArray rings;
            for (const Ring &ring : poly)
                rings.append(line(ring, true));
            polygons.append(rings);
        }
        // The store writes the one boundary row with fid 1.
        out.append(withId(feature(geometry("MultiPolygon", polygons),
                                  QJsonObject{{QStringLiteral("name"), p.boundary.name},
                                              {QStringLiteral("name_en"), p.boundary.nameEn},
                                              {QStringLiteral("adcode"), p.boundary.adcode}}),
                          1));
        break;
    }
    }
    return out;
}

QStringList headerCodes(Layer layer)
{
    QStringList codes;
    for (CsvField f : csvFields(layer))
        codes << csvFieldCode(f);
    return codes;
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QByteArray exportGeoJson(const Project &project, Layer layer)
{
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("features"), features(project, layer)}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

QByteArray exportCsv(const Project &project, Layer layer)
{
    if (!canExport(layer, ExportFormat::Csv))
        return {};
    // Cells in the order of csvFields(layer), so the header codes match.
    QVector<QStringList> rows;
    if (layer == Layer::Facilities) {
        for (const Facility &f : project.facilities)
            rows.push_back({f.name, f.nameEn, facilityLevelCode(f.level), hospitalKindCode(f.kind),
                            QString::number(f.beds), townshipName(project, f.townshipId),
                            boolText(f.inAlliance), num(f.position.lon), num(f.position.lat)});
    } else {
        for (const Settlement &s : project.settlements)
            rows.push_back({s.name, s.nameEn, QString::number(s.population),
                            townshipName(project, s.townshipId), num(s.signedShare),
                            boolText(s.urban), num(s.position.lon), num(s.position.lat)});
    }
    return writeCsv(headerCodes(layer), rows);
}

bool canExport(Layer layer, ExportFormat format)
{
    return format == ExportFormat::GeoJson || layer == Layer::Facilities ||
           layer == Layer::Settlements;
}

QString exportFormatCode(ExportFormat format)
{
    return format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("geojson");
}

std::optional<ExportFormat> exportFormatFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (c == QLatin1String("geojson") || c == QLatin1String("json"))
        return ExportFormat::GeoJson;
    return std::nullopt;
}

ExportResult exportLayerToFile(const Project &project, Layer layer, ExportFormat format,
                               const QString &path)
{
    ExportResult result;
    if (!canExport(layer, format)) {
        result.error = ExchangeText::tr("The %1 cannot be exported as CSV; use GeoJSON.")
                           .arg(layerName(layer));
        return result;
    }
    const QByteArray data =
        format == ExportFormat::Csv ? exportCsv(project, layer) : exportGeoJson(project, layer);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        result.error = ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    switch (layer) {
    case Layer::Facilities:
        result.count = project.facilities.size();
        break;
    case Layer::Settlements:
        result.count = project.settlements.size();
        break;
    case Layer::Roads:
        result.count = project.roads.size();
        break;
    case Layer::Boundary:
        result.count = project.boundary.area.isEmpty() ? 0 : 1;
        break;
    }
    return result;
}

} // namespace cc::exchange
