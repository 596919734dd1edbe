// readSourceFile(): one layer of a GIS file or spreadsheet through GDAL/OGR
// (CSV through our own parser), as text cells and geometries in the file's own
// coordinates. The file is untrusted input: only the drivers of
// gdal::allowedDrivers() may open it, and every count is bounded before it grows.
#include "models/exchange/gdalsupport.h"
#include "models/exchange/sourcelayer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <utility>

namespace cc::exchange {

namespace {

struct ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(cc::Exchange)
};

constexpr int kMaxLayerNames = 1000;

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

bool isSpreadsheet(const QString &path)
{
    const QString s = suffixOf(path);
    return s == QLatin1String("xlsx") || s == QLatin1String("ods");
}

bool isShapefile(const QString &path)
{
    const QString s = suffixOf(path);
    return s == QLatin1String("shp") || s == QLatin1String("dbf");
}

struct DatasetCloser {
    void operator()(GDALDataset *ds) const { GDALClose(GDALDataset::ToHandle(ds)); }
};
using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;

// Driver settings that are configuration options, read when a layer is first
// parsed (lazily, while reading): set on this thread for the whole read.
// - Spreadsheets: the first row holds the headers, and every cell is read as
//   the text it shows, which the importer parses as it parses CSV cells.
// - KML: ExtendedData names are kept as they are; LIBKML would turn 床位 into ____.
class ReaderSettings {
public:
    ReaderSettings()
    {
        for (const auto &[key, value] : kSettings)
            CPLSetThreadLocalConfigOption(key, value);
    }
    ~ReaderSettings()
    {
        for (const auto &[key, value] : kSettings)
            CPLSetThreadLocalConfigOption(key, nullptr);
    }
    ReaderSettings(const ReaderSettings &) = delete;
    ReaderSettings &operator=(const ReaderSettings &) = delete;

private:
    static constexpr std::pair<const char *, const char *> kSettings[] = {
        {"OGR_XLSX_HEADERS", "FORCE"},        {"OGR_XLSX_FIELD_TYPES", "STRING"},
        {"OGR_ODS_HEADERS", "FORCE"},         {"OGR_ODS_FIELD_TYPES", "STRING"},
        {"LIBKML_LAUNDER_FIELD_NAMES", "NO"},
    };
};

Dataset openDataset(const QString &path, bool rawStrings)
{
    QList<QByteArray> options;
    if (rawStrings)
        options = {"ENCODING="}; // Shapefile: no recoding, we decode the bytes
    QVector<const char *> optionPointers;
    for (const QByteArray &o : options)
        optionPointers.push_back(o.constData());
    optionPointers.push_back(nullptr);
    const QByteArray file = QFile::encodeName(path);
    return Dataset(GDALDataset::Open(file.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                     gdal::allowedDrivers(), optionPointers.constData(), nullptr));
}

QString formatName(const QString &driver, const QString &path)
{
    if (driver == QLatin1String("ESRI Shapefile"))
        return suffixOf(path) == QLatin1String("dbf") ? QStringLiteral("dBase (.dbf)")
                                                      : QStringLiteral("Shapefile");
    if (driver == QLatin1String("LIBKML") || driver == QLatin1String("KML"))
        return suffixOf(path) == QLatin1String("kmz") ? QStringLiteral("KMZ")
                                                      : QStringLiteral("KML");
    if (driver == QLatin1String("GPKG"))
        return QStringLiteral("GeoPackage");
    if (driver == QLatin1String("MapInfo File"))
        return QStringLiteral("MapInfo");
    if (driver == QLatin1String("XLSX"))
        return QStringLiteral("Excel (XLSX)");
    if (driver == QLatin1String("ODS"))
        return QStringLiteral("OpenDocument (ODS)");
    return driver;
}

// Reading stops with a reason for the whole file.
struct FileError {
    QString reason;
};

class LayerReader {
public:
    LayerReader(OGRLayer *layer, bool rawStrings) : m_layer(layer), m_raw(rawStrings) {}

    // Fills cells (raw bytes when rawStrings) and geometries.
    void read(SourceLayer &out);
    const QVector<QVector<QByteArray>> &cells() const { return m_cells; }
    const QVector<QByteArray> &names() const { return m_names; }

private:
    SourceGeometry geometry(const OGRGeometry *g);
    void addPoints(SourceGeometry &out, const OGRGeometry *g);
    QVector<SourcePoint> ring(const OGRSimpleCurve *curve);
    void count(qint64 positions);

    OGRLayer *m_layer;
    bool m_raw;
    qint64 m_positions = 0;
    QVector<QByteArray> m_names;
    QVector<QVector<QByteArray>> m_cells;
};

void LayerReader::count(qint64 positions)
{
    m_positions += positions;
    if (m_positions > kMaxImportCoordinates)
        throw FileError{
            ExchangeText::tr("The file has more than %1 coordinates.").arg(kMaxImportCoordinates)};
}

QVector<SourcePoint> LayerReader::ring(const OGRSimpleCurve *curve)
{
    const int n = curve->getNumPoints();
    count(n);
    QVector<SourcePoint> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.push_back(SourcePoint{curve->getX(i), curve->getY(i)});
    return out;
}

SourceGeometry LayerReader::geometry(const OGRGeometry *g)
{
    SourceGeometry out;
    if (!g || g->IsEmpty())
        return out;
    std::unique_ptr<OGRGeometry> linear;
    if (g->hasCurveGeometry()) { // circular arcs (GeoPackage, MapInfo): as line segments
        linear.reset(g->getLinearGeometry());
        if (!linear)
            return out;
        g = linear.get();
    }
    out.typeName = QString::fromUtf8(OGRGeometryTypeToName(g->getGeometryType()));
    const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
    // A collection (KML's MultiGeometry) is read when its members are all of one kind.
    QVector<const OGRGeometry *> members;
    if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        const auto *collection = g->toGeometryCollection();
        for (int i = 0; i < collection->getNumGeometries(); ++i)
            members.push_back(collection->getGeometryRef(i));
    } else {
        members.push_back(g);
    }
    for (const OGRGeometry *m : std::as_const(members)) {
        if (!m || m->IsEmpty())
            continue;
        const OGRwkbGeometryType t = wkbFlatten(m->getGeometryType());
        SourceGeometry::Type kind = SourceGeometry::Type::Unsupported;
        if (t == wkbPoint)
            kind = SourceGeometry::Type::Point;
        else if (t == wkbLineString || t == wkbLinearRing)
            kind = SourceGeometry::Type::Line;
        else if (t == wkbPolygon)
            kind = SourceGeometry::Type::Polygon;
        if (kind == SourceGeometry::Type::Unsupported ||
            (out.type != SourceGeometry::Type::None && out.type != kind)) {
            out.type = SourceGeometry::Type::Unsupported;
            out.parts.clear();
            out.ringsPerPolygon.clear();
            return out;
        }
        out.type = kind;
        if (kind == SourceGeometry::Type::Point) {
            count(1);
            if (out.parts.isEmpty())
                out.parts.push_back({});
            const auto *p = m->toPoint();
            out.parts.first().push_back(SourcePoint{p->getX(), p->getY()});
        } else if (kind == SourceGeometry::Type::Line) {
            out.parts.push_back(ring(m->toSimpleCurve()));
        } else {
            const auto *polygon = m->toPolygon();
            int rings = 0;
            if (const OGRLinearRing *exterior = polygon->getExteriorRing()) {
                out.parts.push_back(ring(exterior));
                ++rings;
                for (int i = 0; i < polygon->getNumInteriorRings(); ++i) {
                    out.parts.push_back(ring(polygon->getInteriorRing(i)));
                    ++rings;
                }
            }
            if (rings > 0)
                out.ringsPerPolygon.push_back(rings);
        }
    }
    return out;
}

void LayerReader::read(SourceLayer &out)
{
    OGRFeatureDefn *defn = m_layer->GetLayerDefn();
    const int fields = defn->GetFieldCount();
    for (int i = 0; i < fields; ++i)
        m_names.push_back(QByteArray(defn->GetFieldDefn(i)->GetNameRef()));
    out.hasGeometry = defn->GetGeomFieldCount() > 0;
    const bool rowsAreSheetRows = out.numbering == ImportProblem::Where::Row;
    m_layer->ResetReading();
    int number = 0;
    for (auto &feature : *m_layer) {
        ++number;
        if (m_cells.size() >= kMaxImportItems)
            throw FileError{
                ExchangeText::tr("The file has more than %1 features.").arg(kMaxImportItems)};
        QVector<QByteArray> row(fields);
        bool empty = true;
        for (int i = 0; i < fields; ++i) {
            if (feature->IsFieldSetAndNotNull(i)) {
                row[i] = QByteArray(feature->GetFieldAsString(i));
                empty = empty && row[i].trimmed().isEmpty();
            }
        }
        const OGRGeometry *g = out.hasGeometry ? feature->GetGeometryRef() : nullptr;
        if (empty && !g)
            continue; // a blank spreadsheet row, as the CSV reader skips blank lines
        m_cells.push_back(row);
        // A sheet's feature id is the row number Excel shows (the header is row 1).
        out.table.rowNumbers.push_back(rowsAreSheetRows ? static_cast<int>(feature->GetFID())
                                                        : number);
        if (out.hasGeometry)
            out.geometries.push_back(geometry(g));
    }
}

// The text of every name and cell, decoded: through `encoding` (Auto detects
// UTF-8, else GB18030) when the bytes are raw, as UTF-8 when OGR recoded them.
bool decodeCells(const LayerReader &reader, bool raw, TextEncoding encoding, SourceLayer &out)
{
    if (!raw) {
        for (const QByteArray &n : reader.names())
            out.table.headers << QString::fromUtf8(n);
        for (const QVector<QByteArray> &row : reader.cells()) {
            QStringList cells;
            cells.reserve(row.size());
            for (const QByteArray &c : row)
                cells << QString::fromUtf8(c);
            out.table.rows.push_back(cells);
        }
        out.table.encoding = TextEncoding::Utf8;
        return true;
    }
    // One decode of everything, NUL between the strings (no C string holds one).
    QByteArray all;
    for (const QByteArray &n : reader.names())
        all += n + '\0';
    for (const QVector<QByteArray> &row : reader.cells())
        for (const QByteArray &c : row)
            all += c + '\0';
    TextEncoding used = TextEncoding::Utf8;
    QString error;
    const QString text = decodeText(all, encoding, &used, &error);
    if (text.isNull()) {
        out.table.error = error;
        return false;
    }
    const QStringList parts = text.split(QChar(0));
    int at = 0;
    for (int i = 0; i < reader.names().size(); ++i)
        out.table.headers << parts.value(at++);
    for (const QVector<QByteArray> &row : reader.cells()) {
        QStringList cells;
        cells.reserve(row.size());
        for (int i = 0; i < row.size(); ++i)
            cells << parts.value(at++);
        out.table.rows.push_back(cells);
    }
    out.table.encoding = used;
    return true;
}

QString encodingName(TextEncoding e)
{
    return e == TextEncoding::Gb18030 ? ExchangeText::tr("GBK (GB18030)") : QStringLiteral("UTF-8");
}

// A Shapefile's code page as users know it: CP936 is GBK.
QString codePageName(const QString &declared)
{
    const QString d = declared.trimmed().toUpper();
    if (d == QLatin1String("CP936") || d == QLatin1String("936") || d == QLatin1String("GBK") ||
        d == QLatin1String("GB18030"))
        return QStringLiteral("GBK (%1)").arg(declared.trimmed());
    return declared;
}

OGRLayer *chooseLayer(GDALDataset &ds, const QString &wanted, SourceLayer &out)
{
    OGRLayer *chosen = nullptr;
    OGRLayer *firstWithFeatures = nullptr;
    const int layers = ds.GetLayerCount();
    for (int i = 0; i < layers; ++i) {
        OGRLayer *l = ds.GetLayer(i);
        if (!l)
            continue;
        const QString name = QString::fromUtf8(l->GetName());
        if (out.layerNames.size() < kMaxLayerNames)
            out.layerNames << name;
        if (!wanted.isEmpty() && name == wanted)
            chosen = l;
        if (!firstWithFeatures && wanted.isEmpty() && l->GetFeatureCount(TRUE) > 0)
            firstWithFeatures = l;
    }
    if (!wanted.isEmpty() && !chosen)
        throw FileError{ExchangeText::tr("The file has no layer or sheet named \"%1\"; it has: %2.")
                            .arg(wanted, out.layerNames.join(QStringLiteral(", ")))};
    if (!chosen)
        chosen = firstWithFeatures ? firstWithFeatures : (layers > 0 ? ds.GetLayer(0) : nullptr);
    if (!chosen)
        throw FileError{ExchangeText::tr("The file holds no layers.")};
    return chosen;
}

void readOgr(const QString &path, const ImportOptions &options, SourceLayer &out)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    const ReaderSettings settings;
    Dataset ds = openDataset(path, false);
    if (!ds)
        throw FileError{ExchangeText::tr("%1 cannot be read as a GIS file or spreadsheet%2")
                            .arg(QDir::toNativeSeparators(path),
                                 capture.lastError().isEmpty()
                                     ? QString()
                                     : QStringLiteral(": ") + capture.lastError())};
    const QString driver = QString::fromUtf8(ds->GetDriver()->GetDescription());
    out.format = formatName(driver, path);
    out.numbering = isSpreadsheet(path) ? ImportProblem::Where::Row : ImportProblem::Where::Feature;
    OGRLayer *layer = chooseLayer(*ds, options.sourceLayer, out);
    out.layerName = QString::fromUtf8(layer->GetName());
    if (layer->GetFeatureCount(FALSE) > kMaxImportItems)
        throw FileError{
            ExchangeText::tr("The file has more than %1 features.").arg(kMaxImportItems)};

    // Text encoding: what the file declares (a Shapefile's .cpg or language id;
    // GeoPackage, KML and spreadsheets are UTF-8 by definition) unless the user
    // chose one; else detected, UTF-8 when the bytes are valid UTF-8, else GBK.
    const bool shapefile = driver == QLatin1String("ESRI Shapefile");
    QString declared;
    if (shapefile) {
        declared = QString::fromUtf8(layer->GetMetadataItem("ENCODING_FROM_CPG", "SHAPEFILE"));
        if (declared.isEmpty())
            declared = QString::fromUtf8(layer->GetMetadataItem("ENCODING_FROM_LDID", "SHAPEFILE"));
    }
    bool raw = !layer->TestCapability(OLCStringsAsUTF8);
    if (shapefile && (options.encoding != TextEncoding::Auto || declared.isEmpty())) {
        ds = openDataset(path, true);
        if (!ds)
            throw FileError{ExchangeText::tr("%1 cannot be read again").arg(path)};
        layer = ds->GetLayerByName(out.layerName.toUtf8().constData());
        if (!layer)
            layer = ds->GetLayer(0);
        raw = true;
    }
    LayerReader reader(layer, raw);
    reader.read(out);
    if (!decodeCells(reader, raw, options.encoding, out))
        return;
    if (!raw)
        out.encodingSource =
            shapefile ? ExchangeText::tr("%1, as the file declares").arg(codePageName(declared))
                      : ExchangeText::tr("UTF-8, as the format requires");
    else if (options.encoding != TextEncoding::Auto)
        out.encodingSource =
            ExchangeText::tr("%1, as chosen").arg(encodingName(out.table.encoding));
    else
        out.encodingSource = ExchangeText::tr("%1, detected (the file does not say)")
                                 .arg(encodingName(out.table.encoding));

    if (out.hasGeometry) {
        if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
            char *wkt = nullptr;
            const char *wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
            srs->exportToWkt(&wkt, wktOptions);
            out.declaredCrs =
                CoordinateTransform::fromDefinition(QByteArray(wkt ? wkt : ""), nullptr);
            CPLFree(wkt);
        }
    }
}

} // namespace

bool isCsvFile(const QString &path)
{
    const QString s = suffixOf(path);
    return s == QLatin1String("csv") || s == QLatin1String("tsv") || s == QLatin1String("txt");
}

bool isGeoJsonFile(const QString &path)
{
    const QString s = suffixOf(path);
    return s == QLatin1String("geojson") || s == QLatin1String("json");
}

bool isOgrFile(const QString &path)
{
    static const char *const suffixes[] = {"shp", "dbf", "kml",  "kmz", "gpkg",
                                           "tab", "mif", "xlsx", "ods"};
    const QString s = suffixOf(path);
    for (const char *x : suffixes)
        if (s == QLatin1String(x))
            return true;
    return false;
}

SourceLayer readSourceFile(const QString &path, const ImportOptions &options)
{
    SourceLayer out;
    const QFileInfo info(path);
    if (!info.exists()) {
        out.table.error = ExchangeText::tr("The file %1 does not exist.").arg(path);
        return out;
    }
    if (info.size() > kMaxImportFileBytes) {
        out.table.error = ExchangeText::tr("The file %1 is larger than %2 MB.")
                              .arg(path)
                              .arg(kMaxImportFileBytes >> 20);
        return out;
    }
    if (isCsvFile(path)) {
        out.table = readCsvFile(path, options.encoding);
        out.format = QStringLiteral("CSV");
        out.layerName = info.completeBaseName();
        out.layerNames = {out.layerName};
        if (out.table.ok())
            out.encodingSource =
                options.encoding == TextEncoding::Auto
                    ? ExchangeText::tr("%1, detected").arg(encodingName(out.table.encoding))
                    : ExchangeText::tr("%1, as chosen").arg(encodingName(out.table.encoding));
        return out;
    }
    if (isShapefile(path)) {
        // The attribute table beside the shapes is the larger part of the file.
        const QString dbf =
            info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".dbf");
        if (QFileInfo(dbf).size() > kMaxImportFileBytes) {
            out.table.error = ExchangeText::tr("The file %1 is larger than %2 MB.")
                                  .arg(dbf)
                                  .arg(kMaxImportFileBytes >> 20);
            return out;
        }
    }
    try {
        readOgr(path, options, out);
    } catch (const FileError &e) {
        out.table = CsvTable();
        out.table.error = e.reason;
        out.geometries.clear();
    }
    return out;
}

} // namespace cc::exchange
