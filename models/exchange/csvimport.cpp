#include "models/exchange/csvimport.h"

#include "models/exchange/fieldvalues.h"
#include "models/exchange/sourcelayer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cc::exchange {

namespace {

struct ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(cc::Exchange)
};

struct FieldInfo {
    CsvField field;
    const char *code;
    const char *label;
    std::initializer_list<const char *> spellings; // normalised: lower case, no spaces/_/-
};

// Header spellings seen in county spreadsheets and GIS exports.
const FieldInfo kFields[] = {
    {CsvField::Name,
     "name",
     QT_TRANSLATE_NOOP("cc::Exchange", "Name"),
     {"name", "名称", "名字", "机构名称", "单位名称", "医院名称", "卫生院名称", "村名", "村名称",
      "村庄名称", "行政村", "村庄", "村"}},
    {CsvField::NameEn,
     "name_en",
     QT_TRANSLATE_NOOP("cc::Exchange", "English name"),
     {"nameen", "englishname", "英文名", "英文名称"}},
    {CsvField::Longitude,
     "lon",
     QT_TRANSLATE_NOOP("cc::Exchange", "Longitude"),
     {"lon", "lng", "long", "longitude", "x", "经度", "东经"}},
    {CsvField::Latitude,
     "lat",
     QT_TRANSLATE_NOOP("cc::Exchange", "Latitude"),
     {"lat", "latitude", "y", "纬度", "北纬"}},
    {CsvField::Population,
     "population",
     QT_TRANSLATE_NOOP("cc::Exchange", "Population"),
     {"population", "pop", "人口", "人口数", "户籍人口", "常住人口", "总人口", "人数"}},
    {CsvField::Township,
     "township",
     QT_TRANSLATE_NOOP("cc::Exchange", "Township"),
     {"township", "town", "乡镇", "所属乡镇", "乡镇名称", "乡镇街道", "镇"}},
    {CsvField::Level,
     "level",
     QT_TRANSLATE_NOOP("cc::Exchange", "Level"),
     {"level", "type", "级别", "类型", "机构类型", "机构级别", "等级", "层级"}},
    {CsvField::Kind,
     "kind",
     QT_TRANSLATE_NOOP("cc::Exchange", "Hospital kind"),
     {"kind", "hospitalkind", "类别", "医院类别"}},
    {CsvField::Beds,
     "beds",
     QT_TRANSLATE_NOOP("cc::Exchange", "Beds"),
     {"beds", "bed", "床位", "床位数", "编制床位", "开放床位", "实际开放床位"}},
    {CsvField::InAlliance,
     "in_alliance",
     QT_TRANSLATE_NOOP("cc::Exchange", "Alliance member"),
     {"inalliance", "alliance", "医共体成员", "是否医共体成员"}},
    {CsvField::SignedShare,
     "signed_share",
     QT_TRANSLATE_NOOP("cc::Exchange", "Family-doctor signing share"),
     {"signedshare", "签约率", "家庭医生签约率"}},
    {CsvField::Urban,
     "urban",
     QT_TRANSLATE_NOOP("cc::Exchange", "Urban"),
     {"urban", "城镇", "是否城镇", "城市社区"}},
    {CsvField::TownshipId,
     "township_id",
     QT_TRANSLATE_NOOP("cc::Exchange", "Township id"),
     {"townshipid"}},
    {CsvField::RoadClass,
     "road_class",
     QT_TRANSLATE_NOOP("cc::Exchange", "Road class"),
     {"roadclass", "class", "fclass", "highway", "道路等级", "道路类型", "公路等级", "技术等级",
      "行政等级", "等级", "类型", "级别"}},
    {CsvField::SpeedKmh,
     "speed_kmh",
     QT_TRANSLATE_NOOP("cc::Exchange", "Speed (km/h)"),
     {"speedkmh", "speed", "maxspeed", "设计速度", "设计时速", "速度", "限速"}},
    {CsvField::Adcode,
     "adcode",
     QT_TRANSLATE_NOOP("cc::Exchange", "Division code"),
     {"adcode", "code", "行政区划代码", "区划代码", "行政代码", "代码"}},
};
static_assert(sizeof(kFields) / sizeof(kFields[0]) == kCsvFieldCount);

const FieldInfo &info(CsvField f)
{
    return kFields[static_cast<int>(f)];
}

QString normaliseHeader(const QString &header)
{
    QString h = header.trimmed().toLower();
    // A unit in brackets at the end: "人口(人)", "经度（°）", "beds [n]".
    static const QRegularExpression unit(QStringLiteral("\\s*[(（\\[].*[)）\\]]\\s*$"));
    h.remove(unit);
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-]"));
    h.remove(separators);
    return h;
}

} // namespace

QString csvFieldCode(CsvField field)
{
    return QLatin1String(info(field).code);
}

QString csvFieldLabel(CsvField field)
{
    return QCoreApplication::translate("cc::Exchange", info(field).label);
}

QVector<CsvField> csvFields(Layer layer)
{
    switch (layer) {
    case Layer::Facilities:
        return {CsvField::Name,       CsvField::NameEn,    CsvField::Level,
                CsvField::Kind,       CsvField::Beds,      CsvField::Township,
                CsvField::InAlliance, CsvField::Longitude, CsvField::Latitude};
    case Layer::Settlements:
        return {CsvField::Name,        CsvField::NameEn, CsvField::Population, CsvField::Township,
                CsvField::SignedShare, CsvField::Urban,  CsvField::Longitude,  CsvField::Latitude};
    case Layer::Boundary:
    case Layer::Roads:
        break;
    }
    return {};
}

QVector<CsvField> requiredCsvFields(Layer layer)
{
    switch (layer) {
    case Layer::Facilities:
        return {CsvField::Name, CsvField::Level, CsvField::Longitude, CsvField::Latitude};
    case Layer::Settlements:
        return {CsvField::Name, CsvField::Population, CsvField::Longitude, CsvField::Latitude};
    case Layer::Boundary:
    case Layer::Roads:
        break;
    }
    return {};
}

QVector<CsvField> mappableFields(Layer layer, bool hasGeometry)
{
    switch (layer) {
    case Layer::Facilities:
    case Layer::Settlements: {
        QVector<CsvField> fields = csvFields(layer);
        fields.insert(fields.indexOf(CsvField::Township) + 1, CsvField::TownshipId);
        if (hasGeometry) {
            fields.removeAll(CsvField::Longitude);
            fields.removeAll(CsvField::Latitude);
        }
        return fields;
    }
    case Layer::Roads:
        return {CsvField::Name, CsvField::RoadClass, CsvField::SpeedKmh};
    case Layer::Boundary:
        return {CsvField::Name, CsvField::NameEn, CsvField::Adcode};
    }
    return {};
}

QVector<CsvField> requiredFields(Layer layer, bool hasGeometry)
{
    switch (layer) {
    case Layer::Facilities:
    case Layer::Settlements: {
        QVector<CsvField> fields = requiredCsvFields(layer);
        if (hasGeometry) {
            fields.removeAll(CsvField::Longitude);
            fields.removeAll(CsvField::Latitude);
        }
        return fields;
    }
    case Layer::Roads:
        return {CsvField::RoadClass};
    case Layer::Boundary:
        return {};
    }
    return {};
}

CsvColumnMapping suggestMapping(const QStringList &headers, Layer layer, bool hasGeometry)
{
    const QVector<CsvField> fields = mappableFields(layer, hasGeometry);
    CsvColumnMapping mapping;
    QVector<bool> used(headers.size(), false);
    for (const FieldInfo &f : kFields) {
        if (!fields.contains(f.field))
            continue;
        for (const char *spelling : f.spellings) {
            const QString s = QString::fromUtf8(spelling);
            for (int c = 0; c < headers.size() && !mapping.isMapped(f.field); ++c) {
                if (!used[c] && normaliseHeader(headers[c]) == s) {
                    mapping.setColumn(f.field, c);
                    used[c] = true;
                }
            }
        }
    }
    return mapping;
}

CsvColumnMapping suggestMapping(const QStringList &headers)
{
    CsvColumnMapping mapping;
    QVector<bool> used(headers.size(), false);
    for (const FieldInfo &f : kFields) {
        // The point layers' fields only, as before there were others.
        if (static_cast<int>(f.field) > static_cast<int>(CsvField::Urban))
            continue;
        // Spellings are tried in order of preference, so "名称" wins over "村".
        for (const char *spelling : f.spellings) {
            const QString s = QString::fromUtf8(spelling);
            for (int c = 0; c < headers.size() && !mapping.isMapped(f.field); ++c) {
                if (!used[c] && normaliseHeader(headers[c]) == s) {
                    mapping.setColumn(f.field, c);
                    used[c] = true;
                }
            }
        }
    }
    return mapping;
}

QString checkMapping(const CsvColumnMapping &mapping, Layer layer, int columnCount,
                     bool hasGeometry)
{
    if (!hasGeometry && layer != Layer::Facilities && layer != Layer::Settlements)
        return ExchangeText::tr("A table without geometry (CSV, a spreadsheet) can hold "
                                "facilities or settlements only; the %1 need lines or polygons "
                                "from GeoJSON, a Shapefile, KML or a GeoPackage.")
            .arg(layerName(layer));
    for (CsvField f : requiredFields(layer, hasGeometry))
        if (!mapping.isMapped(f))
            return ExchangeText::tr("No column is chosen for \"%1\".").arg(csvFieldLabel(f));
    for (int c : mapping.columns)
        if (c >= columnCount)
            return ExchangeText::tr("The mapping names column %1, but the file has %2 columns.")
                .arg(c + 1)
                .arg(columnCount);
    return {};
}

ImportResult importCsv(const CsvTable &table, const CsvColumnMapping &mapping, Layer layer,
                       const Project &target, const ImportOptions &options)
{
    SourceLayer source;
    source.table = table;
    source.format = QStringLiteral("CSV");
    return importSource(source, mapping, layer, target, options);
}

ImportResult importCsvFile(const QString &path, Layer layer, const Project &target,
                           const ImportOptions &options)
{
    const CsvTable table = readCsvFile(path, options.encoding);
    return importCsv(table, suggestMapping(table.headers), layer, target, options);
}

} // namespace cc::exchange
