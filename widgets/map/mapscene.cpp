#include "widgets/map/mapscene.h"

#include "widgets/map/mapitems.h"
#include "widgets/map/mapstyle.h"

#include <QGraphicsPathItem>
#include <QPen>
#include <cmath>

namespace cc {

namespace {
// Village labels appear once 1 km is drawn at least this many pixels wide.
constexpr double kVillageLabelPixelsPerKm = 45.0;
constexpr double kTownshipLabelPixelsPerKm = 6.0;
// Village clinic symbols appear once 1 km is drawn this many pixels wide.
constexpr double kVillageClinicPixelsPerKm = 4.0;
} // namespace

MapScene::MapScene(ProjectDocument *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    setBackgroundBrush(mapstyle::background());
    connect(document, &ProjectDocument::projectReset, this, &MapScene::rebuild);
    connect(document, &ProjectDocument::boundaryChanged, this, &MapScene::updateBoundary);
    connect(document, &ProjectDocument::entityChanged, this, &MapScene::onEntityChanged);
    rebuild();
}

MapScene::~MapScene()
{
    // QGraphicsScene's destructor deletes the items, which would announce a
    // selection change to views and editors that may already be gone.
    blockSignals(true);
}

QRectF MapScene::contentRect() const
{
    // The county itself; out-of-county hospitals may lie far away and would
    // shrink the county to a corner of the window.
    BoundingBox box = boundingBox(m_document->project().boundary.area);
    if (!box.valid)
        box = m_document->project().extent();
    if (!box.valid)
        return QRectF(-5000, -5000, 10000, 10000);
    const QPointF a = m_projection.toScene({box.minLon, box.minLat});
    const QPointF b = m_projection.toScene({box.maxLon, box.maxLat});
    QRectF r = QRectF(a, b).normalized();
    const double margin = std::max(r.width(), r.height()) * 0.04 + 500;
    return r.adjusted(-margin, -margin, margin, margin);
}

void MapScene::rebuild()
{
    emit aboutToRebuild();
    clear();
    m_boundary = nullptr;
    m_settlements.clear();
    m_facilities.clear();
    m_roads.clear();

    const Project &p = m_document->project();
    // Centre the projection on the county (the boundary, else everything).
    BoundingBox box = boundingBox(p.boundary.area);
    if (!box.valid)
        box = p.extent();
    if (box.valid)
        m_projection.setOrigin({(box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2});

    updateBoundary();
    for (const Road &r : p.roads)
        updateRoad(r.id);
    for (const Settlement &s : p.settlements)
        updateSettlement(s.id);
    for (const Facility &f : p.facilities)
        updateFacility(f.id);
    QRectF everything = contentRect();
    const BoundingBox all = p.extent();
    if (all.valid)
        everything |= QRectF(m_projection.toScene({all.minLon, all.minLat}),
                             m_projection.toScene({all.maxLon, all.maxLat}))
                          .normalized();
    setSceneRect(everything.adjusted(-200000, -200000, 200000, 200000));
    applyLabelDetail();
    emit rebuilt();
}

void MapScene::onEntityChanged(EntityKind kind, EntityId id, ChangeKind)
{
    switch (kind) {
    case EntityKind::Settlement:
        updateSettlement(id);
        break;
    case EntityKind::Facility:
        updateFacility(id);
        break;
    case EntityKind::Road:
        updateRoad(id);
        break;
    default:
        break;
    }
}

void MapScene::updateBoundary()
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Polygon &poly : m_document->project().boundary.area) {
        for (const Ring &ring : poly) {
            if (ring.isEmpty())
                continue;
            path.moveTo(m_projection.toScene(ring.front()));
            for (int i = 1; i < ring.size(); ++i)
                path.lineTo(m_projection.toScene(ring[i]));
            path.closeSubpath();
        }
    }
    if (!m_boundary) {
        m_boundary = addPath(path);
        m_boundary->setZValue(0);
        QPen pen(mapstyle::boundaryPen(), 2.5, Qt::DashDotLine);
        pen.setCosmetic(true);
        m_boundary->setPen(pen);
        m_boundary->setBrush(mapstyle::boundaryFill());
    } else {
        m_boundary->setPath(path);
    }
}

void MapScene::updateSettlement(EntityId id)
{
    const auto &table = m_document->project().settlements;
    const auto it = table.constFind(id);
    SettlementItem *item = m_settlements.value(id);
    if (it == table.cend()) {
        delete item;
        m_settlements.remove(id);
        return;
    }
    if (!item) {
        item = new SettlementItem(*it);
        item->setScale(symbolScale());
        addItem(item);
        m_settlements.insert(id, item);
    } else {
        item->update(*it);
    }
    item->setPos(m_projection.toScene(it->position));
    scheduleLabelLayout();
}

void MapScene::updateFacility(EntityId id)
{
    const auto &table = m_document->project().facilities;
    const auto it = table.constFind(id);
    FacilityItem *item = m_facilities.value(id);
    if (it == table.cend()) {
        delete item;
        m_facilities.remove(id);
        return;
    }
    if (!item) {
        item = new FacilityItem(*it);
        item->setScale(symbolScale());
        item->setVisible(facilitySymbolVisible(it->level));
        addItem(item);
        m_facilities.insert(id, item);
    } else {
        item->update(*it);
    }
    item->setPos(m_projection.toScene(it->position));
    scheduleLabelLayout();
}

void MapScene::updateRoad(EntityId id)
{
    const auto &table = m_document->project().roads;
    const auto it = table.constFind(id);
    RoadItem *item = m_roads.value(id);
    if (it == table.cend()) {
        delete item;
        m_roads.remove(id);
        return;
    }
    QPainterPath path;
    for (int i = 0; i < it->path.size(); ++i) {
        const QPointF p = m_projection.toScene(it->path[i]);
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    if (!item) {
        item = new RoadItem(path);
        addItem(item);
        item->setData(kEntityIdRole, id);
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        m_roads.insert(id, item);
    } else {
        item->setPath(path);
    }
    QPen pen(mapstyle::roadColor(it->roadClass), mapstyle::roadWidthPx(it->roadClass));
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    item->setPen(pen);
    item->setZValue(5 - static_cast<int>(it->roadClass) * 0.1);
    item->setToolTip(it->name);
}

void MapScene::setPixelsPerMetre(double pixelsPerMetre)
{
    if (pixelsPerMetre == m_pixelsPerMetre)
        return;
    m_pixelsPerMetre = pixelsPerMetre;
    prepareRoadsForZoom();
    const double scale = symbolScale();
    for (SettlementItem *item : std::as_const(m_settlements))
        item->setScale(scale);
    for (FacilityItem *item : std::as_const(m_facilities)) {
        item->setScale(scale);
        item->setVisible(facilitySymbolVisible(item->level()));
    }
    applyLabelDetail();
}

double MapScene::symbolScale() const
{
    return m_pixelsPerMetre > 0 ? 1.0 / m_pixelsPerMetre : 1.0;
}

bool MapScene::facilitySymbolVisible(FacilityLevel level) const
{
    // Level of detail: with a province in view, village clinics (half the
    // symbols) would only pile up on their villages.
    return level != FacilityLevel::VillageClinic || m_pixelsPerMetre <= 0 ||
           m_pixelsPerMetre * 1000 >= kVillageClinicPixelsPerKm;
}

void MapScene::prepareRoadsForZoom()
{
    // Roads are hit within 8 pixels whatever the zoom.
    for (RoadItem *item : std::as_const(m_roads))
        item->hitWidthChanging();
    RoadItem::setHitWidth(8.0 / std::max(m_pixelsPerMetre, 1e-9));
}

void MapScene::refreshItem(QGraphicsItem *item)
{
    EntityKind kind;
    EntityId id;
    if (itemEntity(item, &kind, &id))
        onEntityChanged(kind, id, ChangeKind::Modified);
}

void MapScene::scheduleLabelLayout()
{
    if (m_labelLayoutPending)
        return;
    m_labelLayoutPending = true;
    QMetaObject::invokeMethod(this, &MapScene::applyLabelDetail, Qt::QueuedConnection);
}

void MapScene::applyLabelDetail()
{
    m_labelLayoutPending = false;
    const bool villages = m_pixelsPerMetre * 1000 >= kVillageLabelPixelsPerKm;
    // Greedy, collision-free placement in screen pixels: hospitals first, then
    // township centres, then villages; each label tries right, left, above and
    // below its symbol and is hidden when all four collide.
    struct Candidate {
        QGraphicsItem *symbol;
        QGraphicsSimpleTextItem *label;
        double radius;
        int priority;
    };
    QVector<Candidate> candidates;
    for (FacilityItem *item : std::as_const(m_facilities)) {
        item->label()->setVisible(false);
        if (facilityLabelVisible(item->level()))
            candidates.append({item, item->label(), FacilityItem::sizeFor(item->level()),
                               static_cast<int>(item->level()) == 2 ? 0 : 1});
    }
    for (SettlementItem *item : std::as_const(m_settlements)) {
        item->label()->setVisible(false);
        if (villages)
            candidates.append({item, item->label(), item->boundingRect().width() / 2 - 3, 2});
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.priority < b.priority; });
    // Placed rectangles in a grid of 128-pixel cells, so placement stays linear
    // in the number of labels (a province has tens of thousands).
    constexpr double kCell = 128.0;
    QHash<quint64, QVector<QRectF>> grid;
    auto cellsOf = [&](const QRectF &r, auto &&visit) {
        const qint64 x0 = qint64(std::floor(r.left() / kCell)),
                     x1 = qint64(std::floor(r.right() / kCell));
        const qint64 y0 = qint64(std::floor(r.top() / kCell)),
                     y1 = qint64(std::floor(r.bottom() / kCell));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                visit((quint64(quint32(x)) << 32) | quint32(y));
    };
    for (const Candidate &c : std::as_const(candidates)) {
        const QPointF centre = c.symbol->pos() * m_pixelsPerMetre; // screen pixels, up to a shift
        const QSizeF size = c.label->boundingRect().size();
        const double gap = c.radius + 2;
        const QPointF offsets[4] = {{gap, -size.height() / 2},
                                    {-gap - size.width(), -size.height() / 2},
                                    {-size.width() / 2, -gap - size.height()},
                                    {-size.width() / 2, gap}};
        for (const QPointF &offset : offsets) {
            const QRectF rect(centre + offset, size);
            bool collides = false;
            cellsOf(rect, [&](quint64 key) {
                for (const QRectF &r : grid.value(key))
                    collides = collides || r.intersects(rect);
            });
            // A hospital is always named, in its last position if need be.
            if (!collides || (c.priority == 0 && &offset == &offsets[3])) {
                c.label->setPos(offset);
                c.label->setVisible(true);
                cellsOf(rect, [&](quint64 key) { grid[key].append(rect); });
                break;
            }
        }
    }
}

bool MapScene::facilityLabelVisible(FacilityLevel level) const
{
    // Village clinics share their village's label; township centres appear
    // once townships are told apart; hospitals are always named.
    if (level == FacilityLevel::VillageClinic)
        return false;
    if (level == FacilityLevel::TownshipCentre)
        return m_pixelsPerMetre * 1000 >= kTownshipLabelPixelsPerKm;
    return true;
}

} // namespace cc
