#pragma once

#include "models/domain/entities.h"

#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>

namespace cc {

// Item data key holding the entity id; the kind is the item's type().
constexpr int kEntityIdRole = 0;

enum MapItemType {
    SettlementItemType = QGraphicsItem::UserType + 1,
    FacilityItemType,
    RoadItemType,
    BoundaryItemType,
};

// Symbols are drawn in pixels: the scene scales each one by 1 / pixels per
// metre (MapScene::setPixelsPerMetre), so a clinic stays readable at every zoom
// while positions follow the projection. Unlike ItemIgnoresTransformations,
// which Qt keeps outside the BSP index and tests one by one on every repaint,
// scaled items stay in the index: a repaint visits only what is in view.
class SettlementItem : public QGraphicsItem {
public:
    explicit SettlementItem(const Settlement &s);
    void update(const Settlement &s);
    int type() const override { return SettlementItemType; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;
    QGraphicsSimpleTextItem *label() const { return m_label; }
    // Radius in pixels: area proportional to population.
    static double radiusFor(qint64 population);
    // A thematic fill (township shading, travel time); invalid: the default.
    void setFill(const QColor &color);
    QColor fill() const { return m_fill; }

private:
    double m_radius = 3;
    QColor m_fill;
    QGraphicsSimpleTextItem *m_label;
};

class FacilityItem : public QGraphicsItem {
public:
    explicit FacilityItem(const Facility &f);
    void update(const Facility &f);
    int type() const override { return FacilityItemType; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;
    FacilityLevel level() const { return m_level; }
    QGraphicsSimpleTextItem *label() const { return m_label; }
    static double sizeFor(FacilityLevel level);

private:
    FacilityLevel m_level = FacilityLevel::VillageClinic;
    QGraphicsSimpleTextItem *m_label;
};

// A road drawn with a cosmetic pen; its hit area is a few pixels wide at every zoom.
class RoadItem : public QGraphicsPathItem {
public:
    using QGraphicsPathItem::QGraphicsPathItem;
    int type() const override { return RoadItemType; }
    QPainterPath shape() const override;
    QRectF boundingRect() const override;
    // Set by the scene when the zoom changes: the hit width in scene metres.
    static void setHitWidth(double metres) { s_hitWidth = metres; }
    void hitWidthChanging() { prepareGeometryChange(); }

private:
    static double s_hitWidth;
};

// The entity kind an item stands for, if any.
bool itemEntity(const QGraphicsItem *item, EntityKind *kind, EntityId *id);

} // namespace cc
