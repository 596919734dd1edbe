#include "widgets/map/maplabels.h"

#include "widgets/map/mapscene.h"

#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>
#include <QWidget>
#include <algorithm>
#include <cmath>
#include <vector>

namespace cc {

namespace {

const QColor kTextColor(0x26, 0x26, 0x26);
// A light halo keeps labels readable over roads and fills.
const QColor kHaloColor(255, 255, 255, 200);
constexpr double kHaloWidth = 0.6;
constexpr int kStampMargin = 2; // pixels round a name's stamp, for the halo

QRectF scaled(const QRectF &r, double k)
{
    return {r.x() * k, r.y() * k, r.width() * k, r.height() * k};
}

// One line of text laid out as QGraphicsSimpleTextItem does, so labels look
// as they did when each was its own item.
void layOutLine(QTextLayout &layout)
{
    layout.setCacheEnabled(true);
    layout.beginLayout();
    while (layout.createLine().isValid()) {
    }
    layout.endLayout();
    double y = 0;
    for (int i = 0; i < layout.lineCount(); ++i) {
        QTextLine line = layout.lineAt(i);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
}

// Rectangles placed so far, bucketed in a uniform grid over the layout region
// so each test looks at a few neighbours (a province has tens of thousands).
class RectGrid {
public:
    RectGrid(const QRectF &region, double cell)
        : m_origin(region.topLeft()), m_cell(cell),
          m_nx(std::max(1, int(std::ceil(region.width() / cell)))),
          m_ny(std::max(1, int(std::ceil(region.height() / cell)))),
          m_cells(std::size_t(m_nx) * std::size_t(m_ny))
    {}
    void add(const QRectF &r)
    {
        visit(r, [&](std::vector<QRectF> &cell) {
            cell.push_back(r);
            return false;
        });
    }
    bool collides(const QRectF &r)
    {
        return visit(r, [&](std::vector<QRectF> &cell) {
            return std::any_of(cell.begin(), cell.end(),
                               [&](const QRectF &o) { return o.intersects(r); });
        });
    }

private:
    template <typename F> bool visit(const QRectF &r, F &&f)
    {
        const int x0 = cellX(r.left()), x1 = cellX(r.right());
        const int y0 = cellY(r.top()), y1 = cellY(r.bottom());
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                if (f(m_cells[std::size_t(y) * m_nx + x]))
                    return true;
        return false;
    }
    int cellX(double x) const { return std::clamp(int((x - m_origin.x()) / m_cell), 0, m_nx - 1); }
    int cellY(double y) const { return std::clamp(int((y - m_origin.y()) / m_cell), 0, m_ny - 1); }

    QPointF m_origin;
    double m_cell;
    int m_nx, m_ny;
    std::vector<std::vector<QRectF>> m_cells;
};

} // namespace

MapLabels::MapLabels(MapScene *scene, const SymbolScale *scale) : m_scene(scene), m_scale(scale)
{
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton);
    // Above the symbols and the overlays, below the editing tools' drafts.
    setZValue(30);
    m_font.setPointSize(8);
    m_boldFont.setPointSize(9);
    m_boldFont.setBold(true);
}

void MapLabels::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

void MapLabels::invalidate(bool placesChanged)
{
    m_placesDirty = m_placesDirty || placesChanged;
    if (m_dirty)
        return; // already waiting for the next paint
    m_dirty = true;
    update();
}

void MapLabels::symbolMoved(const QGraphicsItem *symbol)
{
    // The label is drawn at the symbol's live position; the next layout
    // (after the drag's edit) reads the new one.
    m_placesDirty = true;
    if (m_placedIndex.contains(symbol))
        update();
}

QSizeF MapLabels::measure(const QString &text, bool bold)
{
    QHash<QString, QSizeF> &cache = bold ? m_boldSizes : m_sizes;
    const auto it = cache.constFind(text);
    if (it != cache.cend())
        return *it;
    QTextLayout layout(text, bold ? m_boldFont : m_font);
    layOutLine(layout);
    double width = 0, height = 0;
    for (int i = 0; i < layout.lineCount(); ++i) {
        width = std::max(width, layout.lineAt(i).naturalTextWidth());
        height += layout.lineAt(i).height();
    }
    const QSizeF size(width, height);
    cache.insert(text, size);
    return size;
}

QRectF MapLabels::pixelRect(const Placed &p) const
{
    const double ppm = 1.0 / m_scale->metresPerPixel;
    return QRectF(p.symbol->pos() * ppm + p.offset, p.size);
}

void MapLabels::collectPlaces()
{
    // Positions read once into one array: reading them from tens of thousands
    // of items at every zoom step costs more than the whole layout.
    m_placesDirty = false;
    m_places.clear();
    m_places.reserve(std::size_t(m_scene->m_facilities.size() + m_scene->m_settlements.size()));
    const Project &project = m_scene->document()->project();
    for (auto it = m_scene->m_facilities.cbegin(); it != m_scene->m_facilities.cend(); ++it) {
        const auto f = project.facilities.constFind(it.key());
        m_places.push_back({it.value(), it.value()->pos(), it.key(),
                            f != project.facilities.cend() ? f->name : QString(),
                            FacilityItem::sizeFor(it.value()->level()), int(it.value()->level())});
    }
    for (auto it = m_scene->m_settlements.cbegin(); it != m_scene->m_settlements.cend(); ++it) {
        const auto s = project.settlements.constFind(it.key());
        m_places.push_back({it.value(), it.value()->pos(), it.key(),
                            s != project.settlements.cend() ? s->name : QString(),
                            it.value()->radius(), -1});
    }
}

void MapLabels::layOut(const QRectF &visible)
{
    const double ppm = 1.0 / m_scale->metresPerPixel;
    m_dirty = false;
    m_layoutPixelsPerMetre = ppm;
    m_layoutRegion =
        visible.adjusted(-visible.width(), -visible.height(), visible.width(), visible.height());
    m_placed.clear();
    m_placedIndex.clear();

    if (m_placesDirty)
        collectPlaces();
    const bool villages = m_scene->villageLabelsVisible();
    struct Candidate {
        QGraphicsItem *symbol;
        EntityId id;
        const QString *text;
        QPointF centre;
        double radius;
        int priority;
        bool bold;
    };
    QVector<Candidate> candidates;
    RectGrid symbols(m_layoutRegion, 64.0);
    for (const Place &place : m_places) {
        const QPointF centre = place.pos * ppm;
        if (!m_layoutRegion.contains(centre) || !place.symbol->isVisible())
            continue;
        const double r = place.radius;
        symbols.add(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r));
        if (place.name.isEmpty())
            continue;
        if (place.level >= 0) {
            const auto level = static_cast<FacilityLevel>(place.level);
            if (!m_scene->facilityLabelVisible(level))
                continue;
            candidates.append({place.symbol, place.id, &place.name, centre, r,
                               level == FacilityLevel::CountyHospital ? 0 : 1, true});
        } else if (villages) {
            // A thematic fill draws the village at least 4.5 pixels wide.
            const bool filled = static_cast<SettlementItem *>(place.symbol)->fill().isValid();
            candidates.append({place.symbol, place.id, &place.name, centre,
                               filled ? std::max(r, 4.5) : r, 2, false});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.id < b.id;
    });

    RectGrid labels(m_layoutRegion, 128.0);
    for (const Candidate &c : std::as_const(candidates)) {
        const QSizeF size = measure(*c.text, c.bold);
        const double gap = c.radius + 2;
        const QPointF offsets[4] = {{gap, -size.height() / 2},
                                    {-gap - size.width(), -size.height() / 2},
                                    {-size.width() / 2, -gap - size.height()},
                                    {-size.width() / 2, gap}};
        int chosen = -1;
        // First where the label hides no other symbol, then anywhere free of labels.
        for (int pass = 0; pass < 2 && chosen < 0; ++pass)
            for (int k = 0; k < 4 && chosen < 0; ++k) {
                const QRectF rect(c.centre + offsets[k], size);
                if (!labels.collides(rect) && (pass == 1 || !symbols.collides(rect)))
                    chosen = k;
            }
        // A county hospital is always named, below its symbol if need be.
        if (chosen < 0 && c.priority == 0)
            chosen = 3;
        if (chosen < 0)
            continue;
        labels.add(QRectF(c.centre + offsets[chosen], size));
        m_placedIndex.insert(c.symbol, m_placed.size());
        m_placed.append({c.symbol, *c.text, offsets[chosen], size, c.bold});
    }
}

void MapLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const double mpp = m_scale->metresPerPixel;
    const double ppm = 1.0 / mpp;
    const QTransform world = painter->worldTransform();
    // What is drawn now, and what is in view (the whole view, also when a
    // strip is exposed by a pan), in pixel space (scene metres x pixels per metre).
    QRectF exposedScene = option->exposedRect;
    if (painter->hasClipping())
        exposedScene &= painter->clipBoundingRect();
    QRectF visibleScene = exposedScene;
    if (widget && world.isInvertible())
        visibleScene = world.inverted().mapRect(QRectF(widget->rect()));
    const QRectF visible = scaled(visibleScene, ppm);
    const QRectF exposed = scaled(exposedScene, ppm).adjusted(-2, -2, 2, 2);
    if (m_dirty || ppm != m_layoutPixelsPerMetre || !m_layoutRegion.contains(visible)) {
        const bool wasLaidOut = m_layoutPixelsPerMetre == ppm && !m_placed.isEmpty();
        layOut(visible);
        // A pan that needs a new layout may move labels already on screen
        // outside the exposed strip: draw the whole view again.
        if (widget && wasLaidOut && !exposed.contains(visible))
            update();
    }
    if (m_placed.isEmpty())
        return;
    const QTransform toDevice = QTransform::fromScale(mpp, mpp) * world;
    // At one pixel per device pixel on a raster device (the view), each name is
    // drawn once into an image and then copied; otherwise (a report's page) as text.
    const bool stamps = painter->paintEngine()->type() == QPaintEngine::Raster &&
                        toDevice.type() <= QTransform::TxScale &&
                        std::abs(toDevice.m11() - 1) < 1e-6 && std::abs(toDevice.m22() - 1) < 1e-6;
    const qreal dpr = painter->device()->devicePixelRatio();
    if (stamps && dpr != m_stampRatio) {
        m_stamps.clear();
        m_stampRatio = dpr;
    }
    painter->setWorldTransform(stamps ? QTransform() : toDevice);
    for (const Placed &p : std::as_const(m_placed)) {
        const QRectF rect = pixelRect(p);
        if (!rect.intersects(exposed))
            continue;
        if (stamps)
            painter->drawImage(toDevice.map(rect.topLeft()) - QPointF(kStampMargin, kStampMargin),
                               stamp(p.text, p.bold, dpr));
        else
            drawText(painter, p.text, p.bold ? m_boldFont : m_font, rect.topLeft());
    }
    painter->setWorldTransform(world);
}

void MapLabels::drawText(QPainter *painter, const QString &text, const QFont &font,
                         const QPointF &topLeft)
{
    // As QGraphicsSimpleTextItem draws a text with an outline.
    QPen pen;
    pen.setBrush(kTextColor);
    painter->setFont(font);
    painter->setPen(pen);
    QTextLayout layout(text, font);
    QTextLayout::FormatRange range;
    range.start = 0;
    range.length = int(text.size());
    range.format.setTextOutline(QPen(kHaloColor, kHaloWidth));
    layout.setFormats({range});
    layOutLine(layout);
    layout.draw(painter, topLeft);
}

const QImage &MapLabels::stamp(const QString &text, bool bold, qreal dpr)
{
    const QString key = bold ? QLatin1Char('b') + text : QLatin1Char('r') + text;
    auto it = m_stamps.constFind(key);
    if (it != m_stamps.cend())
        return *it;
    if (m_stamps.size() > 4000) // a few MB; names in view come back at once
        m_stamps.clear();
    const QSizeF size = measure(text, bold);
    QImage image(QSize(int(std::ceil(size.width())) + 2 * kStampMargin,
                       int(std::ceil(size.height())) + 2 * kStampMargin) *
                     dpr,
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    drawText(&p, text, bold ? m_boldFont : m_font, QPointF(kStampMargin, kStampMargin));
    p.end();
    return *m_stamps.insert(key, image);
}

QGraphicsItem *MapLabels::symbolAt(const QPointF &scenePos) const
{
    const QPointF at = scenePos / m_scale->metresPerPixel;
    for (const Placed &p : m_placed)
        if (pixelRect(p).contains(at))
            return p.symbol;
    return nullptr;
}

QVector<MapLabels::Shown> MapLabels::shown() const
{
    QVector<Shown> shown;
    for (const Placed &p : m_placed)
        shown.append({p.symbol, p.text, scaled(pixelRect(p), m_scale->metresPerPixel)});
    return shown;
}

} // namespace cc
