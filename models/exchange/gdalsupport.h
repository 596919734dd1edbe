#pragma once

// GDAL/OGR for the importers (not part of the public API): one registration of
// the drivers, the drivers a file may be opened with, and GDAL's messages kept
// from stderr and turned into a reason.

#include <QString>

namespace cc::exchange::gdal {

// Registers GDAL's drivers once (thread-safe) and sets what every open needs.
void ensureRegistered();

// The vector drivers CountyCare opens files with, null-terminated for
// GDALOpenEx. A file is untrusted input: no other driver (network, databases,
// raster formats) gets to parse it.
const char *const *allowedDrivers();

// While alive, GDAL's errors and warnings on this thread go to this object
// instead of stderr. lastError() is the last failure GDAL reported.
class ErrorCapture {
public:
    ErrorCapture();
    ~ErrorCapture();
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;
    QString lastError() const { return m_lastError; }
    void handlerFor(int eclass, int code, const char *message);

private:
    ErrorCapture *m_previous = nullptr;
    QString m_lastError;
};

} // namespace cc::exchange::gdal
