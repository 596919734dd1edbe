#pragma once

// Opening a project file with the plain sqlite3 C API, for a test that changes
// it behind CountyCare's back the way another program would. CountyCare's
// layers carry GeoPackage spatial indexes whose triggers call the GeoPackage
// ST_ functions, so any statement that writes a layer needs them registered
// (without them it cannot even be prepared: "no such function: ST_IsEmpty",
// as with any GeoPackage GDAL made). The same functions CountyCare registers
// on its own connections (models/store/gpkgfunctions.h), so the triggers keep
// the indexes in step with the test's edit. (Python fixtures register theirs
// with conn.create_function: tests/gistools.h.)
#include "models/store/gpkgfunctions.h"

#include <QFile>
#include <QString>
#include <sqlite3.h>

namespace cc::test {

// sqlite3_open_v2 of `path`, then the GeoPackage functions. The sqlite result
// code; `*db` is to be closed by the caller either way (as sqlite3_open's).
inline int openGeoPackage(const QString &path, sqlite3 **db,
                          int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
{
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), db, flags, nullptr);
    return rc == SQLITE_OK ? store::registerGeometryFunctions(*db) : rc;
}

} // namespace cc::test
