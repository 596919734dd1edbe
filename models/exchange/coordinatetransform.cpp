#include "models/exchange/coordinatetransform.h"

#include "models/exchange/gcj02.h"
#include "models/exchange/gdalsupport.h"

#include <QCoreApplication>
#include <ogr_spatialref.h>

#include <cmath>

namespace cc::exchange {

namespace {

struct ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(cc::Exchange)
};

struct TransformDeleter {
    void operator()(OGRCoordinateTransformation *t) const
    {
        OGRCoordinateTransformation::DestroyCT(t);
    }
};

OGRSpatialReference wgs84()
{
    OGRSpatialReference srs;
    srs.SetWellKnownGeogCS("WGS84");
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

// The EPSG code a CRS has, or one PROJ finds equivalent (an ESRI .prj names
// "CGCS2000_3_Degree_GK_CM_117E" but no authority); 0 when neither.
int epsgOf(const OGRSpatialReference &srs)
{
    const char *authority = srs.GetAuthorityName(nullptr);
    const char *code = srs.GetAuthorityCode(nullptr);
    if (authority && code && QByteArray(authority).toUpper() == "EPSG")
        return QByteArray(code).toInt();
    int count = 0;
    int *confidence = nullptr;
    OGRSpatialReferenceH *matches = srs.FindMatches(nullptr, &count, &confidence);
    int epsg = 0;
    for (int i = 0; i < count && epsg == 0; ++i) {
        const auto *m = OGRSpatialReference::FromHandle(matches[i]);
        const char *a = m->GetAuthorityName(nullptr);
        const char *c = m->GetAuthorityCode(nullptr);
        if (confidence[i] >= 90 && a && c && QByteArray(a).toUpper() == "EPSG")
            epsg = QByteArray(c).toInt();
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidence);
    return epsg;
}

} // namespace

struct CoordinateTransform::Proj {
    std::unique_ptr<OGRCoordinateTransformation, TransformDeleter> transform;
};

CoordinateTransform::CoordinateTransform() : m_name(QStringLiteral("WGS 84")) {}

CoordinateTransform CoordinateTransform::forChoice(const CrsChoice &choice, QString *error)
{
    CoordinateTransform t;
    switch (choice.crs) {
    case Crs::Auto:
    case Crs::Wgs84:
        return t;
    case Crs::Gcj02:
        t.m_kind = Crs::Gcj02;
        t.m_epsg = 0;
        t.m_name = ExchangeText::tr("GCJ-02 (AMap, Tencent, DataV)");
        return t;
    case Crs::Bd09:
        t.m_kind = Crs::Bd09;
        t.m_epsg = 0;
        t.m_name = ExchangeText::tr("BD-09 (Baidu Maps)");
        return t;
    case Crs::Epsg:
        break;
    }
    return fromDefinition(QByteArrayLiteral("EPSG:") + QByteArray::number(choice.epsg), error);
}

CoordinateTransform CoordinateTransform::fromDefinition(const QByteArray &definition,
                                                        QString *error)
{
    gdal::ensureRegistered();
    gdal::ErrorCapture capture;
    CoordinateTransform t;
    OGRSpatialReference srs;
    QByteArray text = definition.trimmed();
    // GeoJSON 2008 names WGS 84 lon/lat so.
    if (text == "urn:ogc:def:crs:OGC:1.3:CRS84" || text == "urn:ogc:def:crs:OGC::CRS84")
        return t;
    if (srs.SetFromUserInput(text.constData(),
                             OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS) != OGRERR_NONE) {
        t.m_valid = false;
        t.m_name = QString::fromUtf8(text.left(60));
        if (error)
            *error = ExchangeText::tr("The coordinate system \"%1\" is not one PROJ knows%2")
                         .arg(t.m_name, capture.lastError().isEmpty()
                                            ? QString()
                                            : QStringLiteral(": ") + capture.lastError());
        return t;
    }
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    t.m_epsg = epsgOf(srs);
    t.m_geographic = srs.IsGeographic();
    const QString name = QString::fromUtf8(srs.GetName() ? srs.GetName() : "");
    t.m_name = t.m_epsg > 0 ? QStringLiteral("EPSG:%1 %2").arg(t.m_epsg).arg(name).trimmed() : name;
    const OGRSpatialReference target = wgs84();
    const char *sameOptions[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES",
                                 "CRITERION=EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS", nullptr};
    if (t.m_epsg == 4326 || srs.IsSame(&target, sameOptions)) {
        t.m_kind = Crs::Wgs84;
        return t;
    }
    t.m_kind = Crs::Epsg;
    t.m_proj = std::make_shared<Proj>();
    t.m_proj->transform.reset(OGRCreateCoordinateTransformation(&srs, &target));
    if (!t.m_proj->transform) {
        t.m_valid = false;
        if (error)
            *error = ExchangeText::tr("PROJ cannot transform %1 to WGS 84%2")
                         .arg(t.m_name, capture.lastError().isEmpty()
                                            ? QString()
                                            : QStringLiteral(": ") + capture.lastError());
    }
    return t;
}

std::optional<LonLat> CoordinateTransform::toWgs84(double x, double y) const
{
    if (!std::isfinite(x) || !std::isfinite(y) || !m_valid)
        return std::nullopt;
    switch (m_kind) {
    case Crs::Gcj02:
        return gcj02ToWgs84(LonLat{x, y});
    case Crs::Bd09:
        return bd09ToWgs84(LonLat{x, y});
    case Crs::Epsg: {
        gdal::ErrorCapture capture; // a point outside the projection's domain is no message
        double px = x, py = y;
        int ok = FALSE;
        if (!m_proj || !m_proj->transform ||
            !m_proj->transform->Transform(1, &px, &py, nullptr, &ok) || !ok || !std::isfinite(px) ||
            !std::isfinite(py))
            return std::nullopt;
        return LonLat{px, py};
    }
    case Crs::Wgs84:
    case Crs::Auto:
        break;
    }
    return LonLat{x, y};
}

} // namespace cc::exchange
