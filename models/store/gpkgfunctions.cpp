#include "models/store/gpkgfunctions.h"

#include <QtEndian>
#include <cmath>
#include <cstring>
#include <limits>
#include <sqlite3.h>

namespace cc::store {

namespace {

struct Envelope {
    double minX = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();
    bool empty() const { return !(minX <= maxX && minY <= maxY); }
    void include(double x, double y)
    {
        // An empty point is NaN, NaN in WKB; it adds nothing.
        if (std::isnan(x) || std::isnan(y))
            return;
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    }
};

class Bytes {
public:
    Bytes(const unsigned char *data, int size) : m_data(data), m_size(size) {}
    int left() const { return m_size - m_pos; }
    bool u8(quint8 *v)
    {
        if (left() < 1)
            return false;
        *v = m_data[m_pos++];
        return true;
    }
    bool u32(quint32 *v, bool little)
    {
        if (left() < 4)
            return false;
        *v = little ? qFromLittleEndian<quint32>(m_data + m_pos)
                    : qFromBigEndian<quint32>(m_data + m_pos);
        m_pos += 4;
        return true;
    }
    bool f64(double *v, bool little)
    {
        if (left() < 8)
            return false;
        const quint64 bits = little ? qFromLittleEndian<quint64>(m_data + m_pos)
                                    : qFromBigEndian<quint64>(m_data + m_pos);
        std::memcpy(v, &bits, sizeof bits);
        m_pos += 8;
        return true;
    }
    bool skip(int n)
    {
        if (n < 0 || left() < n)
            return false;
        m_pos += n;
        return true;
    }

private:
    const unsigned char *m_data;
    int m_size;
    int m_pos = 0;
};

// GeometryCollection inside GeometryCollection: enough for any real file.
constexpr int kMaxDepth = 32;

// Adds one WKB geometry (ISO codes: base type + 1000 Z, 2000 M, 3000 ZM) to `env`.
bool addWkb(Bytes &b, Envelope *env, int depth)
{
    if (depth > kMaxDepth)
        return false;
    quint8 order = 0;
    quint32 code = 0;
    if (!b.u8(&order) || order > 1 || !b.u32(&code, order == 1))
        return false;
    const bool little = order == 1;
    const quint32 base = code % 1000, dims = code / 1000;
    if (dims > 3)
        return false;
    const int extra = (dims == 1 || dims == 2) ? 1 : dims == 3 ? 2 : 0; // Z and/or M ordinates
    auto point = [&]() {
        double x = 0, y = 0;
        if (!b.f64(&x, little) || !b.f64(&y, little) || !b.skip(8 * extra))
            return false;
        env->include(x, y);
        return true;
    };
    auto count = [&](int minBytes, quint32 *n) {
        return b.u32(n, little) && static_cast<qint64>(*n) * minBytes <= b.left();
    };
    auto points = [&]() {
        quint32 n = 0;
        if (!count(16 + 8 * extra, &n))
            return false;
        for (quint32 i = 0; i < n; ++i)
            if (!point())
                return false;
        return true;
    };
    switch (base) {
    case 1: // Point
        return point();
    case 2: // LineString
    case 8: // CircularString (its control points bound the curve's hull)
        return points();
    case 3: { // Polygon
        quint32 rings = 0;
        if (!count(4, &rings))
            return false;
        for (quint32 i = 0; i < rings; ++i)
            if (!points())
                return false;
        return true;
    }
    case 4:  // MultiPoint
    case 5:  // MultiLineString
    case 6:  // MultiPolygon
    case 7:  // GeometryCollection
    case 9:  // CompoundCurve
    case 10: // CurvePolygon
    case 11: // MultiCurve
    case 12: // MultiSurface
    {
        quint32 parts = 0;
        if (!count(5, &parts))
            return false;
        for (quint32 i = 0; i < parts; ++i)
            if (!addWkb(b, env, depth + 1))
                return false;
        return true;
    }
    default:
        return false;
    }
}

enum class Parsed { Invalid, Empty, Envelope };

// The envelope of a GeoPackage geometry blob.
Parsed parse(sqlite3_value *value, Envelope *env)
{
    if (sqlite3_value_type(value) != SQLITE_BLOB)
        return Parsed::Invalid;
    const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(value));
    const int size = sqlite3_value_bytes(value);
    if (!data || size < 8 || data[0] != 'G' || data[1] != 'P' || data[2] != 0)
        return Parsed::Invalid;
    const quint8 flags = data[3];
    if (flags & 0x20) // extended GeoPackage binary: not ours to read
        return Parsed::Invalid;
    if (flags & 0x10)
        return Parsed::Empty;
    const bool little = flags & 0x01;
    const int envelope = (flags >> 1) & 0x07;
    static const int envelopeBytes[] = {0, 32, 48, 48, 64};
    if (envelope > 4 || size < 8 + envelopeBytes[envelope])
        return Parsed::Invalid;
    Bytes b(data, size);
    b.skip(8);
    if (envelope > 0) {
        // [minx, maxx, miny, maxy, ...] in the header's byte order.
        double v[4];
        for (double &x : v)
            b.f64(&x, little);
        env->minX = v[0];
        env->maxX = v[1];
        env->minY = v[2];
        env->maxY = v[3];
        return env->empty() ? Parsed::Empty : Parsed::Envelope;
    }
    if (!addWkb(b, env, 0))
        return Parsed::Invalid;
    return env->empty() ? Parsed::Empty : Parsed::Envelope;
}

void isEmpty(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    Envelope env;
    switch (parse(argv[0], &env)) {
    case Parsed::Invalid:
        sqlite3_result_null(ctx);
        return;
    case Parsed::Empty:
        sqlite3_result_int(ctx, 1);
        return;
    case Parsed::Envelope:
        sqlite3_result_int(ctx, 0);
        return;
    }
}

template <double Envelope::*Member> void bound(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    Envelope env;
    if (parse(argv[0], &env) == Parsed::Envelope)
        sqlite3_result_double(ctx, env.*Member);
    else
        sqlite3_result_null(ctx);
}

} // namespace

int registerGeometryFunctions(sqlite3 *db)
{
    using Function = void (*)(sqlite3_context *, int, sqlite3_value **);
    const std::pair<const char *, Function> functions[] = {
        {"ST_IsEmpty", isEmpty},
        {"ST_MinX", bound<&Envelope::minX>},
        {"ST_MaxX", bound<&Envelope::maxX>},
        {"ST_MinY", bound<&Envelope::minY>},
        {"ST_MaxY", bound<&Envelope::maxY>},
    };
    for (const auto &[name, function] : functions) {
        const int rc = sqlite3_create_function_v2(
            db, name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, function,
            nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

} // namespace cc::store
