#include "widgets/map/mapscene.h"

#include "widgets/map/mapitems.h"
#include "widgets/map/maplabels.h"
#include "widgets/map/mapstyle.h"

#include <QGraphicsPathItem>
#include <QPen>
#include <cmath>

namespace cc {

namespace {
// Village labels appear once 1 km is drawn at least this many pixels wide.
constexpr double kVillageLabelPixelsPerKm = 45.0;
constexpr double kTownshipLabelPixelsPerKm = 4.5;
// Village clinic symbols appear once 1 km is drawn this many pixels wide.
constexpr double kVillageClinicPixelsPerKm = 4.0;
} // namespace

MapScene::MapScene(ProjectDocument *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    // Qt picks about log2(items) levels: 16 for a province, whose symbols then
    // span dozens of leaves each when zoomed out. 10 levels (1,024 leaves)
    // measured fastest with map_bench at every zoom.
    setBspTreeDepth(10);
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
    m_labels = nullptr; // deleted with every other item
    clear();
    m_boundary = nullptr;
    m_settlements.clear();
    m_facilities.clear();
    m_roads.clear();
    m_labels = new MapLabels(this, &m_symbolScale);
    addItem(m_labels);

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
    m_labels->setRect(sceneRect());
    labelsChanged(true);
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
        labelsChanged(true);
        return;
    }
    if (!item) {
        item = new SettlementItem(*it, &m_symbolScale);
        addItem(item);
        m_settlements.insert(id, item);
    } else {
        item->update(*it);
    }
    item->setPos(m_projection.toScene(it->position));
    labelsChanged(true);
}

void MapScene::updateFacility(EntityId id)
{
    const auto &table = m_document->project().facilities;
    const auto it = table.constFind(id);
    FacilityItem *item = m_facilities.value(id);
    if (it == table.cend()) {
        delete item;
        m_facilities.remove(id);
        labelsChanged(true);
        return;
    }
    if (!item) {
        item = new FacilityItem(*it, &m_symbolScale);
        item->setVisible(facilitySymbolVisible(it->level));
        addItem(item);
        m_facilities.insert(id, item);
    } else {
        item->update(*it);
    }
    item->setPos(m_projection.toScene(it->position));
    labelsChanged(true);
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
        item = new RoadItem(path, &m_symbolScale);
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
    const double metresPerPixel = pixelsPerMetre > 0 ? 1.0 / pixelsPerMetre : 1.0;
    m_symbolScale.metresPerPixel = metresPerPixel;
    // Bounding rectangles at the next power of two: the index is rebuilt only
    // when the zoom crosses one (every third wheel step or so).
    const double indexScale = std::exp2(std::ceil(std::log2(metresPerPixel)));
    if (indexScale != m_symbolScale.indexMetresPerPixel) {
        m_symbolScale.indexMetresPerPixel = indexScale;
        reindexSymbols();
    }
    const bool clinics = facilitySymbolVisible(FacilityLevel::VillageClinic);
    if (clinics != m_clinicsVisible) {
        m_clinicsVisible = clinics;
        for (FacilityItem *item : std::as_const(m_facilities))
            if (item->level() == FacilityLevel::VillageClinic)
                item->setVisible(clinics);
    }
    labelsChanged(false);
    update();
}

void MapScene::reindexSymbols()
{
    // Every symbol's and road's bounding rectangle changed at once (they read
    // the shared SymbolScale): one rebuild of the BSP tree, done when the index
    // is next used, instead of a prepareGeometryChange() for each item.
    const int depth = bspTreeDepth();
    setBspTreeDepth(depth == 1 ? 2 : 1);
    setBspTreeDepth(depth);
}

void MapScene::labelsChanged(bool placesChanged)
{
    if (m_labels)
        m_labels->invalidate(placesChanged);
}

QGraphicsItem *MapScene::labelledItemAt(const QPointF &scenePos) const
{
    return m_labels ? m_labels->symbolAt(scenePos) : nullptr;
}

void MapScene::symbolMoved(QGraphicsItem *symbol)
{
    if (m_labels)
        m_labels->symbolMoved(symbol);
}

bool MapScene::facilitySymbolVisible(FacilityLevel level) const
{
    // Level of detail: with a province in view, village clinics (half the
    // symbols) would only pile up on their villages.
    return level != FacilityLevel::VillageClinic || m_pixelsPerMetre <= 0 ||
           m_pixelsPerMetre * 1000 >= kVillageClinicPixelsPerKm;
}

void MapScene::refreshItem(QGraphicsItem *item)
{
    EntityKind kind;
    EntityId id;
    if (itemEntity(item, &kind, &id))
        onEntityChanged(kind, id, ChangeKind::Modified);
}

bool MapScene::villageLabelsVisible() const
{
    return m_pixelsPerMetre * 1000 >= kVillageLabelPixelsPerKm;
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
