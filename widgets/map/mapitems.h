#pragma once

#include "models/domain/entities.h"

#include <QGraphicsItem>
#include <QGraphicsPathItem>

namespace cc {

// Item data key holding the entity id; the kind is the item's type().
constexpr int kEntityIdRole = 0;

enum MapItemType {
    SettlementItemType = QGraphicsItem::UserType + 1,
    FacilityItemType,
    RoadItemType,
    BoundaryItemType,
    LabelLayerItemType,
    LinkItemType, // a telemedicine link (widgets/map/maplinks.h), not selectable
};

// Symbols are drawn in pixels, so a clinic stays readable at every zoom while
// positions follow the projection. Each symbol reads its scene's SymbolScale
// when it paints (scene metres per symbol pixel, 1 / pixels per metre), so a
// zoom step changes one number instead of rescaling tens of thousands of
// items. Unlike ItemIgnoresTransformations, which Qt keeps outside the BSP
// index and tests one by one on every repaint, these items stay in the index:
// a repaint visits only what is in view. Their bounding rectangles use a
// coarser scale (the next power of two, never smaller than the drawing), so
// the index only has to be rebuilt when the zoom crosses one of those
// (MapScene::setPixelsPerMetre); hit shapes follow the exact scale.
struct SymbolScale {
    double metresPerPixel = 1.0;      // exact: painting and hit shapes
    double indexMetresPerPixel = 1.0; // >= metresPerPixel: bounding rectangles
};

class SettlementItem : public QGraphicsItem {
public:
    SettlementItem(const Settlement &s, const SymbolScale *scale);
    void update(const Settlement &s);
    int type() const override { return SettlementItemType; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;
    // Radius in pixels: area proportional to population.
    double radius() const { return m_radius; }
    static double radiusFor(qint64 population);
    // A thematic fill (township shading, travel time); invalid: the default.
    void setFill(const QColor &color);
    QColor fill() const { return m_fill; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QRectF pixelRect() const;
    void drawSymbol(QPainter *painter) const;
    const SymbolScale *m_scale;
    double m_radius = 3;
    QColor m_fill;
};

class FacilityItem : public QGraphicsItem {
public:
    FacilityItem(const Facility &f, const SymbolScale *scale);
    void update(const Facility &f);
    int type() const override { return FacilityItemType; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override;
    FacilityLevel level() const { return m_level; }
    static double sizeFor(FacilityLevel level);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void drawSymbol(QPainter *painter) const;
    const SymbolScale *m_scale;
    FacilityLevel m_level = FacilityLevel::VillageClinic;
};

// A road drawn with a cosmetic pen; its hit area is a few pixels wide at every zoom.
class RoadItem : public QGraphicsPathItem {
public:
    RoadItem(const QPainterPath &path, const SymbolScale *scale);
    // Hides QGraphicsPathItem::setPath: keeps the path's bounds at hand (asked
    // for on every repaint and hit test).
    void setPath(const QPainterPath &path);
    int type() const override { return RoadItemType; }
    QPainterPath shape() const override;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    static constexpr double kHitWidthPx = 8.0;

private:
    const SymbolScale *m_scale;
    QRectF m_pathBounds;
};

// The entity kind an item stands for, if any.
bool itemEntity(const QGraphicsItem *item, EntityKind *kind, EntityId *id);

} // namespace cc
