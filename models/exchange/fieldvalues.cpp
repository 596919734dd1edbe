#include "models/exchange/fieldvalues.h"

#include <QCoreApplication>
#include <cmath>

namespace cc::exchange {

namespace {

struct ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(cc::Exchange)
};

QString key(const QString &text)
{
    return text.trimmed().toLower();
}

bool oneOf(const QString &k, std::initializer_list<const char *> spellings)
{
    for (const char *s : spellings)
        if (k == QString::fromUtf8(s))
            return true;
    return false;
}

} // namespace

std::optional<FacilityLevel> parseFacilityLevel(const QString &text)
{
    const QString k = key(text);
    if (oneOf(k, {"vc", "0", "village", "village clinic", "village_clinic", "村卫生室", "村",
                  "卫生室", "村级"}))
        return FacilityLevel::VillageClinic;
    if (oneOf(k, {"thc", "1", "township", "township centre", "township center", "township_centre",
                  "乡镇卫生院", "卫生院", "乡镇", "乡级", "中心卫生院", "社区卫生服务中心"}))
        return FacilityLevel::TownshipCentre;
    if (oneOf(k, {"ch", "2", "county", "county hospital", "county_hospital", "县医院", "县级",
                  "县级医院", "县人民医院", "县中医院", "县妇幼保健院"}))
        return FacilityLevel::CountyHospital;
    if (oneOf(k, {"city", "3", "out_city", "prefecture", "市级", "市级医院", "市医院"}))
        return FacilityLevel::OutOfCountyCity;
    if (oneOf(k, {"province", "4", "out_prov", "provincial", "省级", "省级医院", "省医院"}))
        return FacilityLevel::OutOfCountyProvince;
    return std::nullopt;
}

QString facilityLevelCode(FacilityLevel level)
{
    switch (level) {
    case FacilityLevel::VillageClinic:
        return QStringLiteral("vc");
    case FacilityLevel::TownshipCentre:
        return QStringLiteral("thc");
    case FacilityLevel::CountyHospital:
        return QStringLiteral("ch");
    case FacilityLevel::OutOfCountyCity:
        return QStringLiteral("city");
    case FacilityLevel::OutOfCountyProvince:
        return QStringLiteral("province");
    }
    return QString::number(static_cast<int>(level));
}

std::optional<HospitalKind> parseHospitalKind(const QString &text)
{
    const QString k = key(text);
    if (oneOf(k, {"general", "0", "综合", "综合医院", ""}))
        return HospitalKind::General;
    if (oneOf(k, {"tcm", "1", "中医", "中医院", "中医医院"}))
        return HospitalKind::Tcm;
    if (oneOf(k, {"maternal_child", "maternal-child", "2", "妇幼", "妇幼保健院"}))
        return HospitalKind::MaternalChild;
    return std::nullopt;
}

QString hospitalKindCode(HospitalKind kind)
{
    switch (kind) {
    case HospitalKind::General:
        return QStringLiteral("general");
    case HospitalKind::Tcm:
        return QStringLiteral("tcm");
    case HospitalKind::MaternalChild:
        return QStringLiteral("maternal_child");
    }
    return QString::number(static_cast<int>(kind));
}

std::optional<RoadClass> parseRoadClass(const QString &text)
{
    const QString k = key(text);
    if (oneOf(k, {"expressway", "0", "motorway", "高速", "高速公路"}))
        return RoadClass::Expressway;
    if (oneOf(k, {"national", "1", "trunk", "国道"}))
        return RoadClass::National;
    if (oneOf(k, {"provincial", "2", "primary", "省道"}))
        return RoadClass::Provincial;
    if (oneOf(k, {"county", "3", "secondary", "县道"}))
        return RoadClass::County;
    if (oneOf(k,
              {"village", "4", "tertiary", "unclassified", "residential", "track", "乡道", "村道"}))
        return RoadClass::Village;
    return std::nullopt;
}

QString roadClassCode(RoadClass roadClass)
{
    switch (roadClass) {
    case RoadClass::Expressway:
        return QStringLiteral("expressway");
    case RoadClass::National:
        return QStringLiteral("national");
    case RoadClass::Provincial:
        return QStringLiteral("provincial");
    case RoadClass::County:
        return QStringLiteral("county");
    case RoadClass::Village:
        return QStringLiteral("village");
    }
    return QString::number(static_cast<int>(roadClass));
}

std::optional<bool> parseBool(const QString &text)
{
    const QString k = key(text);
    if (oneOf(k, {"true", "1", "yes", "y", "是", "t"}))
        return true;
    if (oneOf(k, {"false", "0", "no", "n", "否", "f"}))
        return false;
    return std::nullopt;
}

std::optional<double> parseNumber(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    // A thousands separator only where it is one: "12,345" but not "1,5".
    if (t.contains(QLatin1Char(','))) {
        const QStringList parts = t.split(QLatin1Char(','));
        for (int i = 1; i < parts.size(); ++i) {
            const QString digits = parts[i].section(QLatin1Char('.'), 0, 0);
            if (digits.size() != 3)
                return std::nullopt;
        }
        t.remove(QLatin1Char(','));
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

QString checkDegrees(double lon, double lat)
{
    if (!std::isfinite(lon) || !std::isfinite(lat))
        return ExchangeText::tr("the coordinates are not finite numbers");
    // Projected coordinates (UTM, Gauss-Krüger, Web Mercator) are metres: easting
    // hundreds of thousands, northing millions. Degrees never exceed 180.
    if (std::abs(lon) > 1000 || std::abs(lat) > 1000)
        return ExchangeText::tr(
                   "(%1, %2) looks like projected metres, not degrees; convert the file to "
                   "longitude/latitude first")
            .arg(lon, 0, 'g', 10)
            .arg(lat, 0, 'g', 10);
    if (lat < -90 || lat > 90)
        return ExchangeText::tr("latitude %1 is out of range (-90 to 90)").arg(lat);
    if (lon < -180 || lon > 180)
        return ExchangeText::tr("longitude %1 is out of range (-180 to 180)").arg(lon);
    return {};
}

} // namespace cc::exchange
