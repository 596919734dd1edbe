#include "models/exchange/gdalsupport.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace cc::exchange::gdal {

void ensureRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Longitude first, as our positions and every Chinese GIS file have it,
        // whatever axis order a CRS definition states.
        CPLSetConfigOption("OSR_DEFAULT_AXIS_MAPPING_STRATEGY", "TRADITIONAL_GIS_ORDER");
        // Reading a file never reaches the network (KML links, remote styles).
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
        CPLSetConfigOption("LIBKML_RESOLVE_STYLE", "NO");
        GDALAllRegister();
    });
}

const char *const *allowedDrivers()
{
    static const char *const drivers[] = {
        "ESRI Shapefile", "LIBKML", "KML",     "GPKG", "MapInfo File",
        "XLSX",           "ODS",    "GeoJSON", "CSV",  nullptr};
    return drivers;
}

namespace {
thread_local ErrorCapture *t_capture = nullptr;

void CPL_STDCALL dispatch(CPLErr eclass, CPLErrorNum code, const char *message)
{
    if (t_capture)
        t_capture->handlerFor(eclass, code, message);
}
} // namespace

ErrorCapture::ErrorCapture() : m_previous(t_capture)
{
    t_capture = this;
    CPLPushErrorHandler(&dispatch);
}

ErrorCapture::~ErrorCapture()
{
    CPLPopErrorHandler();
    t_capture = m_previous;
}

void ErrorCapture::handlerFor(int eclass, int, const char *message)
{
    if (eclass >= CE_Failure && message)
        m_lastError = QString::fromUtf8(message).simplified();
}

} // namespace cc::exchange::gdal
