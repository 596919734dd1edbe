// importSource(): the items of a layer read by readSourceFile() (or a parsed
// CSV), with the user's mapping of its columns. One place for CSV files,
// spreadsheets and GIS layers, so their problems read the same.
#include "models/exchange/fieldvalues.h"
#include "models/exchange/importcollector.h"
#include "models/exchange/sourcelayer.h"

#include <QCoreApplication>

namespace cc::exchange {

namespace {

struct ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(cc::Exchange)
};

// Abandons one row or feature with a reason.
struct RowError {
    QString reason;
};

class SourceReader {
public:
    SourceReader(const SourceLayer &source, const CsvColumnMapping &mapping, Layer layer,
                 ImportCollector &collector)
        : m_source(source), m_mapping(mapping), m_layer(layer), m_collector(collector)
    {}

    void readRow(int index);

private:
    QString cell(int index, CsvField field) const
    {
        return m_source.table.rows[index].value(m_mapping.column(field)).trimmed();
    }
    LonLat position(const SourcePoint &p) const;
    LonLat pointOf(int index) const;
    LonLat pointFromColumns(int index) const;
    void readRoads(int number, int index);
    void readBoundary(int number, int index);
    ImportCollector::PointAttributes attributes(int index) const;

    const SourceLayer &m_source;
    const CsvColumnMapping &m_mapping;
    Layer m_layer;
    ImportCollector &m_collector;
};

QString expectedGeometry(SourceGeometry::Type expected)
{
    switch (expected) {
    case SourceGeometry::Type::Point:
        return ExchangeText::tr("a point");
    case SourceGeometry::Type::Line:
        return ExchangeText::tr("a line");
    case SourceGeometry::Type::Polygon:
        return ExchangeText::tr("a polygon");
    case SourceGeometry::Type::None:
    case SourceGeometry::Type::Unsupported:
        break;
    }
    return {};
}

const SourceGeometry &geometryOf(const SourceLayer &source, int index,
                                 SourceGeometry::Type expected)
{
    const SourceGeometry &g = source.geometries[index];
    if (g.type == SourceGeometry::Type::None)
        throw RowError{ExchangeText::tr("the feature has no geometry")};
    if (g.type != expected)
        throw RowError{
            ExchangeText::tr("expected %1, got a %2").arg(expectedGeometry(expected), g.typeName)};
    return g;
}

LonLat SourceReader::position(const SourcePoint &p) const
{
    QString why;
    const std::optional<LonLat> wgs = m_collector.toWgs84(p.x, p.y, &why);
    if (!wgs)
        throw RowError{why};
    return *wgs;
}

LonLat SourceReader::pointOf(int index) const
{
    if (!m_source.hasGeometry)
        return pointFromColumns(index);
    const SourceGeometry &g = geometryOf(m_source, index, SourceGeometry::Type::Point);
    const int count = g.parts.isEmpty() ? 0 : static_cast<int>(g.parts.first().size());
    if (count != 1)
        throw RowError{ExchangeText::tr("a %1 of %2 points; one point per item is expected")
                           .arg(g.typeName)
                           .arg(count)};
    return position(g.parts.first().first());
}

LonLat SourceReader::pointFromColumns(int index) const
{
    double xy[2] = {0, 0};
    const CsvField fields[2] = {CsvField::Longitude, CsvField::Latitude};
    for (int i = 0; i < 2; ++i) {
        const QString t = cell(index, fields[i]);
        if (t.isEmpty())
            throw RowError{
                ExchangeText::tr("the %1 is missing").arg(csvFieldLabel(fields[i]).toLower())};
        const auto v = parseNumber(t);
        if (!v)
            throw RowError{
                ExchangeText::tr("%1 \"%2\" is not a number").arg(csvFieldLabel(fields[i]), t)};
        xy[i] = *v;
    }
    return position(SourcePoint{xy[0], xy[1]});
}

ImportCollector::PointAttributes SourceReader::attributes(int index) const
{
    ImportCollector::PointAttributes a;
    a.name = cell(index, CsvField::Name);
    a.nameEn = cell(index, CsvField::NameEn);
    a.level = cell(index, CsvField::Level);
    a.kind = cell(index, CsvField::Kind);
    a.beds = cell(index, CsvField::Beds);
    a.township = cell(index, CsvField::Township);
    a.townshipId = cell(index, CsvField::TownshipId);
    a.inAlliance = cell(index, CsvField::InAlliance);
    a.population = cell(index, CsvField::Population);
    a.signedShare = cell(index, CsvField::SignedShare);
    a.urban = cell(index, CsvField::Urban);
    return a;
}

void SourceReader::readRoads(int number, int index)
{
    const SourceGeometry &g = geometryOf(m_source, index, SourceGeometry::Type::Line);
    Road road;
    road.name = cell(index, CsvField::Name);
    const QString cls = cell(index, CsvField::RoadClass);
    if (cls.isEmpty())
        throw RowError{ExchangeText::tr("the road class is missing")};
    const auto roadClass = parseRoadClass(cls);
    if (!roadClass)
        throw RowError{ExchangeText::tr("unknown road class \"%1\"").arg(cls)};
    road.roadClass = *roadClass;
    road.speedKmh = defaultSpeedKmh(*roadClass);
    if (const QString speed = cell(index, CsvField::SpeedKmh); !speed.isEmpty()) {
        const auto v = parseNumber(speed);
        if (!v)
            throw RowError{ExchangeText::tr("%1 \"%2\" is not a number")
                               .arg(csvFieldLabel(CsvField::SpeedKmh), speed)};
        road.speedKmh = *v;
    }
    QVector<QVector<LonLat>> lines;
    for (const QVector<SourcePoint> &part : g.parts) {
        if (part.size() < 2)
            throw RowError{
                ExchangeText::tr("a line has %1 positions; it needs at least 2").arg(part.size())};
        QVector<LonLat> line;
        line.reserve(part.size());
        for (const SourcePoint &p : part)
            line.push_back(position(p));
        lines.push_back(line);
    }
    if (lines.isEmpty())
        throw RowError{ExchangeText::tr("the geometry is empty")};
    for (const QVector<LonLat> &line : std::as_const(lines)) {
        road.path = line;
        m_collector.addRoad(number, road);
    }
}

void SourceReader::readBoundary(int number, int index)
{
    const SourceGeometry &g = geometryOf(m_source, index, SourceGeometry::Type::Polygon);
    MultiPolygon area;
    int ring = 0;
    for (int p = 0; p < g.ringsPerPolygon.size(); ++p) {
        Polygon polygon;
        for (int r = 0; r < g.ringsPerPolygon[p]; ++r, ++ring) {
            Ring out;
            for (const SourcePoint &pt : g.parts.value(ring))
                out.push_back(position(pt));
            // Files close their rings; in memory they are implicitly closed.
            if (out.size() > 1 && out.front() == out.back())
                out.removeLast();
            if (out.size() < 3)
                throw RowError{
                    ExchangeText::tr("polygon %1, ring %2 has %3 distinct positions; a ring "
                                     "needs at least 3")
                        .arg(p + 1)
                        .arg(r + 1)
                        .arg(out.size())};
            polygon.push_back(out);
        }
        if (!polygon.isEmpty())
            area.push_back(polygon);
    }
    if (area.isEmpty())
        throw RowError{ExchangeText::tr("the geometry is empty")};
    CountyBoundary part;
    part.name = cell(index, CsvField::Name);
    part.nameEn = cell(index, CsvField::NameEn);
    part.adcode = cell(index, CsvField::Adcode);
    part.area = area;
    m_collector.addBoundaryPart(number, part);
}

void SourceReader::readRow(int index)
{
    const int number = m_source.table.rowNumbers.value(index, index + 2);
    try {
        switch (m_layer) {
        case Layer::Facilities: {
            const LonLat p = pointOf(index);
            m_collector.addFacility(number, attributes(index), p);
            break;
        }
        case Layer::Settlements: {
            const LonLat p = pointOf(index);
            m_collector.addSettlement(number, attributes(index), p);
            break;
        }
        case Layer::Roads:
            readRoads(number, index);
            break;
        case Layer::Boundary:
            readBoundary(number, index);
            break;
        }
    } catch (const RowError &e) {
        m_collector.problem(number, e.reason);
    }
}

} // namespace

ImportResult importSource(const SourceLayer &source, const CsvColumnMapping &mapping, Layer layer,
                          const Project &target, const ImportOptions &options)
{
    ImportCollector collector(target, layer, options, source.numbering);
    if (!source.ok()) {
        collector.fatal(source.table.error);
        return collector.finish();
    }
    if (QString e = checkMapping(mapping, layer, source.table.headers.size(), source.hasGeometry);
        !e.isEmpty()) {
        collector.fatal(e);
        return collector.finish();
    }
    if (source.declaredCrs)
        collector.declareSourceCrs(*source.declaredCrs);
    if (collector.failed())
        return collector.finish();
    if (source.hasGeometry && source.geometries.size() != source.table.rows.size()) {
        collector.fatal(ExchangeText::tr("The layer's geometries and attributes do not match."));
        return collector.finish();
    }
    SourceReader reader(source, mapping, layer, collector);
    for (int i = 0; i < source.table.rows.size(); ++i)
        reader.readRow(i);
    ImportResult result = collector.finish();
    result.itemsRead = source.table.rows.size();
    if (result.fatalError.isEmpty() && source.table.rows.isEmpty())
        result.fatalError = source.hasGeometry
                                ? ExchangeText::tr("The layer holds no features.")
                                : ExchangeText::tr("The file has a header but no data rows.");
    return result;
}

ImportResult importSourceFile(const QString &path, Layer layer, const Project &target,
                              const ImportOptions &options)
{
    const SourceLayer source = readSourceFile(path, options);
    return importSource(source, suggestMapping(source.table.headers, layer, source.hasGeometry),
                        layer, target, options);
}

} // namespace cc::exchange
