#include "widgets/map/mapitems.h"

#include "widgets/map/mapscene.h"
#include "widgets/map/mapstyle.h"

#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPen>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace cc {

namespace {

// Painting in symbol pixels: the painter's transform scaled by the scene's
// metres per pixel. Returns the transform to put back (the view does not save
// the painter's state between items).
QTransform toPixels(QPainter *painter, const SymbolScale *scale)
{
    const QTransform saved = painter->worldTransform();
    painter->scale(scale->metresPerPixel, scale->metresPerPixel);
    return saved;
}

QRectF scaled(const QRectF &r, double k)
{
    return {r.x() * k, r.y() * k, r.width() * k, r.height() * k};
}

// Draws a symbol as a stamp: rendered once into a small image, then copied.
// A province view draws tens of thousands of symbols; a copy costs a fraction
// of antialiased vector drawing. Only when one symbol pixel is one device
// pixel on a raster device (the map view, its screenshots); a painter that
// scales (a report's page) or a vector device draws the vector symbol.
// `extent`: the symbol's half width in pixels with its pen; `key` names the
// look (shape, size, colours). Returns false when the caller must draw.
template <typename Draw> bool stamp(QPainter *painter, quint64 key, double extent, Draw &&draw)
{
    const QTransform t = painter->worldTransform();
    if (painter->paintEngine()->type() != QPaintEngine::Raster || t.m12() != 0 || t.m21() != 0 ||
        t.type() == QTransform::TxProject || std::abs(t.m11() - 1) > 1e-6 ||
        std::abs(t.m22() - 1) > 1e-6)
        return false;
    const qreal dpr = painter->device()->devicePixelRatio();
    key ^= quint64(qRound(dpr * 4) & 0xFF) << 52;
    const int half = int(std::ceil(extent)) + 1;
    // GUI thread only, like all painting of items.
    static QHash<quint64, QImage> stamps;
    auto it = stamps.constFind(key);
    if (it == stamps.cend()) {
        QImage image(QSize(2 * half, 2 * half) * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(half, half);
        draw(&p);
        p.end();
        it = stamps.insert(key, image);
    }
    painter->setWorldTransform(QTransform());
    painter->drawImage(QPointF(t.dx() - half, t.dy() - half), *it);
    return true;
}

// A dragged symbol takes its label along.
void notifyMoved(QGraphicsItem *item)
{
    if (auto *scene = qobject_cast<MapScene *>(item->scene()))
        scene->symbolMoved(item);
}

void drawSelection(QPainter *painter, const QRectF &rect, const QStyleOptionGraphicsItem *option)
{
    if (!(option->state & QStyle::State_Selected))
        return;
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(0x00, 0x5F, 0xCC), 2, Qt::DashLine));
    painter->drawRect(rect.adjusted(-2, -2, 2, 2));
}

} // namespace

double SettlementItem::radiusFor(qint64 population)
{
    return 2.5 + std::sqrt(std::max<qint64>(population, 0)) / 14.0;
}

SettlementItem::SettlementItem(const Settlement &s, const SymbolScale *scale) : m_scale(scale)
{
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(10);
    update(s);
}

QVariant SettlementItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        notifyMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void SettlementItem::update(const Settlement &s)
{
    prepareGeometryChange();
    m_radius = radiusFor(s.population);
    setData(kEntityIdRole, s.id);
    setToolTip(QStringLiteral("%1\n%2").arg(s.name).arg(s.population));
}

QRectF SettlementItem::pixelRect() const
{
    const double r = std::max(m_radius + 3, m_fill.isValid() ? 7.5 : 0.0);
    return {-r, -r, 2 * r, 2 * r};
}

QRectF SettlementItem::boundingRect() const
{
    return scaled(pixelRect(), m_scale->indexMetresPerPixel);
}

QPainterPath SettlementItem::shape() const
{
    QPainterPath path;
    path.addRect(scaled(pixelRect(), m_scale->metresPerPixel));
    return path;
}

void SettlementItem::setFill(const QColor &color)
{
    if (color == m_fill)
        return;
    if (color.isValid() != m_fill.isValid())
        prepareGeometryChange();
    m_fill = color;
    QGraphicsItem::update();
}

void SettlementItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QTransform saved = toPixels(painter, m_scale);
    const bool selected = option->state & QStyle::State_Selected;
    // Radii differing by under 1/16 pixel share a stamp.
    const quint64 key = (1ull << 60) | (quint64(qRound(m_radius * 8)) & 0xFFFF) << 33 |
                        (m_fill.isValid() ? (1ull << 32) | m_fill.rgba() : 0);
    const double extent = (m_fill.isValid() ? std::max(m_radius + 2.5, 7.0) : m_radius) + 1;
    if (selected || !stamp(painter, key, extent, [this](QPainter *p) { drawSymbol(p); })) {
        drawSymbol(painter);
        drawSelection(painter, QRectF(-m_radius, -m_radius, 2 * m_radius, 2 * m_radius), option);
    }
    painter->setWorldTransform(saved);
}

void SettlementItem::drawSymbol(QPainter *painter) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_fill.isValid()) {
        // A thematic fill reaches past the clinic symbol drawn on the village.
        const double r = std::max(m_radius + 2.5, 7.0);
        painter->setPen(QPen(m_fill.darker(150), 1));
        painter->setBrush(m_fill);
        painter->drawEllipse(QPointF(0, 0), r, r);
    } else {
        painter->setPen(QPen(QColor(0xB0, 0x6A, 0x2A), 1));
        painter->setBrush(mapstyle::settlementFill());
        painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
    }
}

double FacilityItem::sizeFor(FacilityLevel level)
{
    static const double sizes[kFacilityLevelCount] = {5, 9, 13, 13, 13};
    return sizes[static_cast<int>(level)];
}

FacilityItem::FacilityItem(const Facility &f, const SymbolScale *scale) : m_scale(scale)
{
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
    update(f);
}

QVariant FacilityItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        notifyMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void FacilityItem::update(const Facility &f)
{
    prepareGeometryChange();
    m_level = f.level;
    setData(kEntityIdRole, f.id);
    setZValue(20 + static_cast<int>(f.level));
    setToolTip(f.name);
}

QRectF FacilityItem::boundingRect() const
{
    const double s = (sizeFor(m_level) + 3) * m_scale->indexMetresPerPixel;
    return {-s, -s, 2 * s, 2 * s};
}

QPainterPath FacilityItem::shape() const
{
    QPainterPath path;
    const double s = sizeFor(m_level) * m_scale->metresPerPixel;
    path.addRect(-s, -s, 2 * s, 2 * s);
    return path;
}

void FacilityItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QTransform saved = toPixels(painter, m_scale);
    const double s = sizeFor(m_level);
    const bool selected = option->state & QStyle::State_Selected;
    const quint64 key = (2ull << 60) | quint64(m_level);
    if (selected || !stamp(painter, key, s + 1, [this](QPainter *p) { drawSymbol(p); })) {
        drawSymbol(painter);
        drawSelection(painter, QRectF(-s, -s, 2 * s, 2 * s), option);
    }
    painter->setWorldTransform(saved);
}

void FacilityItem::drawSymbol(QPainter *painter) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    const double s = sizeFor(m_level);
    const QColor color = mapstyle::levelColor(m_level);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(color);
    switch (m_level) {
    case FacilityLevel::VillageClinic: { // small triangle
        const QPointF tri[3] = {{0, -s}, {s, s * 0.8}, {-s, s * 0.8}};
        painter->drawPolygon(tri, 3);
        break;
    }
    case FacilityLevel::TownshipCentre: // square
        painter->drawRect(QRectF(-s * 0.8, -s * 0.8, s * 1.6, s * 1.6));
        break;
    case FacilityLevel::CountyHospital: { // square with a white cross
        painter->drawRoundedRect(QRectF(-s, -s, 2 * s, 2 * s), 2, 2);
        painter->setPen(QPen(Qt::white, s * 0.45, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(QPointF(0, -s * 0.6), QPointF(0, s * 0.6));
        painter->drawLine(QPointF(-s * 0.6, 0), QPointF(s * 0.6, 0));
        break;
    }
    case FacilityLevel::OutOfCountyCity:
    case FacilityLevel::OutOfCountyProvince: { // diamond
        const QPointF diamond[4] = {{0, -s}, {s, 0}, {0, s}, {-s, 0}};
        painter->drawPolygon(diamond, 4);
        break;
    }
    }
}

RoadItem::RoadItem(const QPainterPath &path, const SymbolScale *scale)
    : QGraphicsPathItem(path), m_scale(scale), m_pathBounds(path.boundingRect())
{}

void RoadItem::setPath(const QPainterPath &path)
{
    // The index finds the item by its old bounds: announce before changing them.
    prepareGeometryChange();
    m_pathBounds = path.boundingRect();
    QGraphicsPathItem::setPath(path);
}

QPainterPath RoadItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(kHitWidthPx * m_scale->metresPerPixel);
    return stroker.createStroke(path());
}

void RoadItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    // Level of detail: with several counties in view (under 3 pixels per km:
    // a county of 60 km is then under 180 pixels wide) the thin roads are
    // drawn as hairlines, which Qt strokes several times faster; the trunk
    // roads keep their widths. A county in any window keeps its full widths.
    constexpr double kHairlineMetresPerPixel = 1000.0 / 3.0;
    const QPen &p = pen();
    if (m_scale->metresPerPixel > kHairlineMetresPerPixel && p.isCosmetic() && p.widthF() < 2 &&
        !(option->state & QStyle::State_Selected)) {
        QPen hairline = p;
        hairline.setWidthF(1);
        painter->setPen(hairline);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path());
        return;
    }
    QGraphicsPathItem::paint(painter, option, widget);
}

QRectF RoadItem::boundingRect() const
{
    const double m = kHitWidthPx / 2 * m_scale->indexMetresPerPixel;
    return m_pathBounds.adjusted(-m, -m, m, m);
}

bool itemEntity(const QGraphicsItem *item, EntityKind *kind, EntityId *id)
{
    if (!item)
        return false;
    switch (item->type()) {
    case SettlementItemType:
        *kind = EntityKind::Settlement;
        break;
    case FacilityItemType:
        *kind = EntityKind::Facility;
        break;
    case RoadItemType:
        *kind = EntityKind::Road;
        break;
    default:
        return false;
    }
    *id = item->data(kEntityIdRole).value<EntityId>();
    return true;
}

} // namespace cc
