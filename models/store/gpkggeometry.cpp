#include "models/store/gpkggeometry.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cmath>
#include <cstring>

namespace cc::store {

// Translation context of the store (lupdate reads StoreText::tr calls).
class StoreText {
    Q_DECLARE_TR_FUNCTIONS(cc::store)
};

namespace {

enum WkbType : quint32 { WkbPoint = 1, WkbLineString = 2, WkbPolygon = 3, WkbMultiPolygon = 6 };

// ---- writing -------------------------------------------------------------

class Writer {
public:
    void byte(quint8 v) { m_bytes.append(static_cast<char>(v)); }
    void u32(quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        m_bytes.append(b, 4);
    }
    void i32(qint32 v) { u32(static_cast<quint32>(v)); }
    void f64(double v)
    {
        quint64 bits;
        std::memcpy(&bits, &v, sizeof bits);
        char b[8];
        qToLittleEndian(bits, b);
        m_bytes.append(b, 8);
    }
    void point(const LonLat &p)
    {
        f64(p.lon);
        f64(p.lat);
    }
    void wkbHeader(WkbType type)
    {
        byte(1); // little-endian (NDR)
        u32(type);
    }
    void points(const QVector<LonLat> &pts)
    {
        u32(static_cast<quint32>(pts.size()));
        for (const LonLat &p : pts)
            point(p);
    }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

QByteArray header(const BoundingBox &box, bool empty)
{
    Writer w;
    w.byte('G');
    w.byte('P');
    w.byte(0); // version 1 of the binary format
    if (empty) {
        w.byte(0x01 | 0x10); // little-endian, no envelope, empty
        w.i32(kWgs84SrsId);
        return w.take();
    }
    w.byte(0x01 | (1 << 1)); // little-endian, envelope [minx, maxx, miny, maxy]
    w.i32(kWgs84SrsId);
    w.f64(box.minLon);
    w.f64(box.maxLon);
    w.f64(box.minLat);
    w.f64(box.maxLat);
    return w.take();
}

// ---- reading -------------------------------------------------------------

class Reader {
public:
    explicit Reader(const QByteArray &bytes) : m_bytes(bytes) {}
    qsizetype left() const { return m_bytes.size() - m_pos; }
    bool u8(quint8 *v)
    {
        if (left() < 1)
            return false;
        *v = static_cast<quint8>(m_bytes.at(m_pos++));
        return true;
    }
    bool u32(quint32 *v)
    {
        if (left() < 4)
            return false;
        const uchar *p = reinterpret_cast<const uchar *>(m_bytes.constData()) + m_pos;
        *v = m_little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
        m_pos += 4;
        return true;
    }
    bool f64(double *v)
    {
        if (left() < 8)
            return false;
        const uchar *p = reinterpret_cast<const uchar *>(m_bytes.constData()) + m_pos;
        const quint64 bits = m_little ? qFromLittleEndian<quint64>(p) : qFromBigEndian<quint64>(p);
        std::memcpy(v, &bits, sizeof bits);
        m_pos += 8;
        return true;
    }
    void skip(qsizetype n) { m_pos += n; }
    void setLittleEndian(bool little) { m_little = little; }

private:
    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    bool m_little = true;
};

QString truncated()
{
    return StoreText::tr("the geometry is truncated");
}

// Reads the GeoPackage header; leaves the reader at the WKB. `empty` reports the empty flag.
QString readHeader(Reader &r, const QByteArray &blob, bool *empty, qint32 srsId)
{
    if (blob.size() < 8 || blob.at(0) != 'G' || blob.at(1) != 'P')
        return StoreText::tr("the geometry is not a GeoPackage geometry (no \"GP\" magic)");
    quint8 magic0 = 0, magic1 = 0, version = 0, flags = 0; // size checked above
    r.u8(&magic0);
    r.u8(&magic1);
    r.u8(&version);
    r.u8(&flags);
    if (version != 0)
        return StoreText::tr("the geometry has an unknown GeoPackage binary version %1")
            .arg(version);
    if (flags & 0xE0)
        return StoreText::tr("the geometry uses an extended or reserved GeoPackage binary type");
    r.setLittleEndian(flags & 0x01);
    const int envelope = (flags >> 1) & 0x07;
    static const int envelopeBytes[] = {0, 32, 48, 48, 64};
    if (envelope > 4)
        return StoreText::tr("the geometry has an invalid envelope indicator %1").arg(envelope);
    *empty = flags & 0x10;
    quint32 srs = 0;
    r.u32(&srs);
    if (static_cast<qint32>(srs) != srsId)
        return srsId == kWgs84SrsId
                   ? StoreText::tr("the geometry uses spatial reference %1 instead of EPSG:4326")
                         .arg(static_cast<qint32>(srs))
                   : StoreText::tr("the geometry uses spatial reference %1 instead of the "
                                   "layer's %2")
                         .arg(static_cast<qint32>(srs))
                         .arg(srsId);
    if (r.left() < envelopeBytes[envelope])
        return truncated();
    r.skip(envelopeBytes[envelope]);
    return {};
}

QString readWkbHeader(Reader &r, WkbType expected)
{
    quint8 order;
    if (!r.u8(&order))
        return truncated();
    if (order > 1)
        return StoreText::tr("the geometry has an invalid WKB byte order");
    r.setLittleEndian(order == 1);
    quint32 type;
    if (!r.u32(&type))
        return truncated();
    if (type != expected)
        return StoreText::tr("the geometry has WKB type %1 where type %2 was expected")
            .arg(type)
            .arg(expected);
    return {};
}

QString readPoint(Reader &r, LonLat *p)
{
    if (!r.f64(&p->lon) || !r.f64(&p->lat))
        return truncated();
    if (!std::isfinite(p->lon) || !std::isfinite(p->lat))
        return StoreText::tr("the geometry has a coordinate that is not a finite number");
    return {};
}

// A count read from the file is trusted only when that many items could fit in the bytes left.
QString readCount(Reader &r, qsizetype minBytesPerItem, quint32 *count)
{
    if (!r.u32(count))
        return truncated();
    if (static_cast<qsizetype>(*count) > r.left() / minBytesPerItem)
        return truncated();
    return {};
}

QString readPoints(Reader &r, QVector<LonLat> *out)
{
    quint32 n;
    if (QString e = readCount(r, 16, &n); !e.isEmpty())
        return e;
    out->resize(static_cast<qsizetype>(n));
    for (LonLat &p : *out)
        if (QString e = readPoint(r, &p); !e.isEmpty())
            return e;
    return {};
}

QString finish(const Reader &r)
{
    return r.left() == 0 ? QString() : StoreText::tr("the geometry has extra bytes after its end");
}

} // namespace

QByteArray encodePoint(const LonLat &p)
{
    BoundingBox box;
    box.include(p);
    Writer w;
    w.wkbHeader(WkbPoint);
    w.point(p);
    return header(box, false) + w.take();
}

QByteArray encodeLineString(const QVector<LonLat> &path)
{
    Writer w;
    w.wkbHeader(WkbLineString);
    w.points(path);
    return header(boundingBox(path), path.isEmpty()) + w.take();
}

QByteArray encodeMultiPolygon(const MultiPolygon &mp)
{
    Writer w;
    w.wkbHeader(WkbMultiPolygon);
    w.u32(static_cast<quint32>(mp.size()));
    for (const Polygon &poly : mp) {
        w.wkbHeader(WkbPolygon);
        w.u32(static_cast<quint32>(poly.size()));
        for (const Ring &ring : poly) {
            Ring closed = ring;
            if (!ring.isEmpty())
                closed.push_back(ring.front());
            w.points(closed);
        }
    }
    return header(boundingBox(mp), mp.isEmpty()) + w.take();
}

QString decodePoint(const QByteArray &blob, LonLat *out, qint32 srsId)
{
    Reader r(blob);
    bool empty = false;
    if (QString e = readHeader(r, blob, &empty, srsId); !e.isEmpty())
        return e;
    if (empty)
        return StoreText::tr("the point is empty");
    if (QString e = readWkbHeader(r, WkbPoint); !e.isEmpty())
        return e;
    if (QString e = readPoint(r, out); !e.isEmpty())
        return e;
    return finish(r);
}

QString decodeLineString(const QByteArray &blob, QVector<LonLat> *out, qint32 srsId)
{
    Reader r(blob);
    bool empty = false;
    if (QString e = readHeader(r, blob, &empty, srsId); !e.isEmpty())
        return e;
    if (QString e = readWkbHeader(r, WkbLineString); !e.isEmpty())
        return e;
    if (QString e = readPoints(r, out); !e.isEmpty())
        return e;
    return finish(r);
}

QString decodeMultiPolygon(const QByteArray &blob, MultiPolygon *out, qint32 srsId)
{
    Reader r(blob);
    bool empty = false;
    if (QString e = readHeader(r, blob, &empty, srsId); !e.isEmpty())
        return e;
    if (QString e = readWkbHeader(r, WkbMultiPolygon); !e.isEmpty())
        return e;
    quint32 polygons;
    if (QString e = readCount(r, 9, &polygons); !e.isEmpty()) // WKB header + ring count
        return e;
    out->clear();
    out->reserve(static_cast<qsizetype>(polygons));
    for (quint32 i = 0; i < polygons; ++i) {
        if (QString e = readWkbHeader(r, WkbPolygon); !e.isEmpty())
            return e;
        quint32 rings;
        if (QString e = readCount(r, 4, &rings); !e.isEmpty())
            return e;
        Polygon poly;
        poly.reserve(static_cast<qsizetype>(rings));
        for (quint32 j = 0; j < rings; ++j) {
            Ring ring;
            if (QString e = readPoints(r, &ring); !e.isEmpty())
                return e;
            if (ring.size() >= 2 && ring.front() == ring.back())
                ring.removeLast();
            poly.push_back(std::move(ring));
        }
        out->push_back(std::move(poly));
    }
    return finish(r);
}

} // namespace cc::store
