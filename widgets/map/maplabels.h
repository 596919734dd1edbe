#pragma once

#include "widgets/map/mapitems.h"

#include <QFont>
#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QVector>

#include <vector>

namespace cc {

class MapScene;

// The names of places, drawn by one item over the whole map instead of one
// text item per place. Labels are placed in screen pixels, greedily and
// without overlaps: county hospitals first, then other hospitals and township
// centres, then villages (only when zoomed in far enough, MapScene's level of
// detail). Each label tries right, left, above and below its symbol, first
// where it covers no other symbol, then where it covers no other label, and
// is left out when all four collide (a county hospital is always named).
//
// The layout is made lazily when the layer paints, and only for the places in
// and around the part of the map in view (one view's width and height on
// each side), so a zoom step or a pan over a province of 30,000 places costs a
// layout of a few hundred labels. The item is never hit (empty shape); use
// symbolAt() to find the place a label names.
class MapLabels : public QGraphicsItem {
public:
    explicit MapLabels(MapScene *scene, const SymbolScale *scale);

    int type() const override { return LabelLayerItemType; }
    QRectF boundingRect() const override { return m_rect; }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The area the layer covers (the scene rectangle).
    void setRect(const QRectF &rect);
    // The zoom or (placesChanged) the places changed: lay out again when next drawn.
    void invalidate(bool placesChanged);
    // A symbol moved without a document change (a drag): its label follows.
    void symbolMoved(const QGraphicsItem *symbol);
    // The place whose label, as last drawn, covers `scenePos`, if any.
    QGraphicsItem *symbolAt(const QPointF &scenePos) const;
    // The names placed by the last layout (in and around the view), for tests.
    struct Shown {
        QGraphicsItem *symbol;
        QString text;
        QRectF sceneRect;
    };
    QVector<Shown> shown() const;

    struct Placed {
        QGraphicsItem *symbol;
        QString text;
        QPointF offset; // label's top left from the symbol's centre, in pixels
        QSizeF size;
        bool bold;
    };

private:
    void collectPlaces();
    void layOut(const QRectF &visiblePixels);
    QSizeF measure(const QString &text, bool bold);
    QRectF pixelRect(const Placed &p) const;
    static void drawText(QPainter *painter, const QString &text, const QFont &font,
                         const QPointF &topLeft);
    const QImage &stamp(const QString &text, bool bold, qreal dpr);

    MapScene *m_scene;
    const SymbolScale *m_scale;
    QRectF m_rect;
    QFont m_font;     // villages
    QFont m_boldFont; // facilities
    struct Place {
        QGraphicsItem *symbol;
        QPointF pos; // scene
        EntityId id;
        QString name;
        double radius; // pixels
        int level;     // a FacilityLevel; -1: a settlement
    };
    std::vector<Place> m_places;
    bool m_placesDirty = true;
    QVector<Placed> m_placed;
    QHash<const QGraphicsItem *, int> m_placedIndex;
    QHash<QString, QSizeF> m_sizes, m_boldSizes;
    QHash<QString, QImage> m_stamps; // names drawn once, "b" or "r" + text
    qreal m_stampRatio = 0;
    bool m_dirty = true;
    double m_layoutPixelsPerMetre = 0;
    QRectF m_layoutRegion; // pixel space: scene metres x pixels per metre
};

} // namespace cc
