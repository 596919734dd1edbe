#pragma once

// GDAL's command-line tools and Python for the tests that make GIS files at run
// time (ogr2ogr, python3 with osgeo and openpyxl). ./scripts/dev test installs
// them (gdal-bin, python3-gdal, python3-openpyxl); a test that needs one fails
// with a message naming the package when it is missing, rather than skipping.
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace cc::test {

struct ToolRun {
    bool ok = false; // started, finished, exit code 0
    QString output;  // stdout and stderr
};

inline QString toolPath(const QString &name)
{
    // Debian's python3 (with python3-gdal and python3-openpyxl), not a pyenv shim.
    if (name == QLatin1String("python3") && QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(name);
}

inline ToolRun runTool(const QString &name, const QStringList &args, int timeoutMs = 120000)
{
    ToolRun run;
    const QString path = toolPath(name);
    if (path.isEmpty()) {
        run.output = QStringLiteral("%1 not found (./scripts/dev test installs gdal-bin, "
                                    "python3-gdal and python3-openpyxl)")
                         .arg(name);
        return run;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(path, args);
    const bool finished = p.waitForFinished(timeoutMs);
    run.output = QString::fromUtf8(p.readAll());
    run.ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return run;
}

// Python with GDAL: every layer GDAL lists opens and reads to the end without
// an error, and every spatial index holds exactly the envelopes GDAL computes
// from the features (the R*Tree rounds outwards to 32-bit floats).
constexpr const char *kGdalReadsEverything = R"PY(
import sys, sqlite3
from osgeo import gdal, ogr
gdal.UseExceptions()
path = sys.argv[1]
ds = ogr.Open(path)
con = sqlite3.connect(path)
bad = []
for i in range(ds.GetLayerCount()):
    lyr = ds.GetLayer(i)
    name = lyr.GetName()
    envelopes = {}
    for f in lyr:
        g = f.GetGeometryRef()
        if g is not None and not g.IsEmpty():
            envelopes[f.GetFID()] = g.GetEnvelope()
    if gdal.GetLastErrorMsg():
        bad.append('%s: %s' % (name, gdal.GetLastErrorMsg()))
    if lyr.GetGeomType() == ogr.wkbNone:
        continue
    col = lyr.GetGeometryColumn()
    rtree = 'rtree_%s_%s' % (name, col)
    if not con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone():
        print('%s: no spatial index' % name)
        continue
    rows = {r[0]: r[1:] for r in con.execute('SELECT id, minx, maxx, miny, maxy FROM "%s"' % rtree)}
    if sorted(rows) != sorted(envelopes):
        bad.append('%s: index ids %s, features %s' % (name, sorted(rows), sorted(envelopes)))
    for fid, (x0, x1, y0, y1) in envelopes.items():
        r = rows.get(fid)
        if r and not (r[0] <= x0 and r[1] >= x1 and r[2] <= y0 and r[3] >= y1 and
                      max(x0 - r[0], r[1] - x1, y0 - r[2], r[3] - y1) < 1e-4):
            bad.append('%s %d: index %s, feature %s' % (name, fid, r, (x0, x1, y0, y1)))
    print('%s: %d indexed' % (name, len(rows)))
print('\n'.join(bad))
sys.exit(1 if bad else 0)
)PY";

// Python that registers the GeoPackage ST_ functions on an sqlite3
// connection, for fixtures that change a project with Python's sqlite3 module:
// the spatial-index triggers of CountyCare's layers call them (as do those of
// any GDAL-made GeoPackage), so without them no statement may write a layer.
// The C++ equivalent is tests/gpkgsqlite.h. Prepend it to the program and call
// register_gpkg_functions(con) after sqlite3.connect.
constexpr const char *kPythonGeoPackageFunctions = R"PY(
import struct
from osgeo import ogr

def _gpkg_geometry(blob):
    # (empty, envelope (minx, maxx, miny, maxy) or None) of a GeoPackage
    # geometry blob (GeoPackage 1.3 clause 2.1.3), None when it is none.
    if not isinstance(blob, (bytes, memoryview)) or len(blob) < 8:
        return None
    blob = bytes(blob)
    if blob[:2] != b'GP':
        return None
    flags = blob[3]
    if flags & 0x10:
        return (True, None)
    size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 7)
    if size is None or len(blob) < 8 + size:
        return None
    if size:
        return (False, struct.unpack(('<' if flags & 1 else '>') + '4d', blob[8:40]))
    g = ogr.CreateGeometryFromWkb(blob[8:])
    if g is None:
        return None
    return (True, None) if g.IsEmpty() else (False, g.GetEnvelope())

def _st_isempty(blob):
    g = _gpkg_geometry(blob)
    return None if g is None else int(g[0])

def _st_bound(i):
    def bound(blob):
        g = _gpkg_geometry(blob)
        return None if g is None or g[1] is None else g[1][i]
    return bound

def register_gpkg_functions(con):
    con.create_function('ST_IsEmpty', 1, _st_isempty, deterministic=True)
    for i, name in enumerate(('ST_MinX', 'ST_MaxX', 'ST_MinY', 'ST_MaxY')):
        con.create_function(name, 1, _st_bound(i), deterministic=True)
)PY";

// Runs a Python program given as text (python3 -c).
inline ToolRun runPython(const QString &program, const QStringList &args = {})
{
    return runTool(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), program} + args);
}

} // namespace cc::test
