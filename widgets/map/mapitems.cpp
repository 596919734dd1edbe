#include "widgets/map/mapitems.h"

#include "widgets/map/mapscene.h"
#include "widgets/map/mapstyle.h"

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
    drawSelection(painter, QRectF(-m_radius, -m_radius, 2 * m_radius, 2 * m_radius), option);
    painter->setWorldTransform(saved);
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
    drawSelection(painter, QRectF(-s, -s, 2 * s, 2 * s), option);
    painter->setWorldTransform(saved);
}

RoadItem::RoadItem(const QPainterPath &path, const SymbolScale *scale)
    : QGraphicsPathItem(path), m_scale(scale)
{}

QPainterPath RoadItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(kHitWidthPx * m_scale->metresPerPixel);
    return stroker.createStroke(path());
}

QRectF RoadItem::boundingRect() const
{
    const double m = kHitWidthPx / 2 * m_scale->indexMetresPerPixel;
    return path().boundingRect().adjusted(-m, -m, m, m);
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
