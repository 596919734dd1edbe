#include "widgets/map/maplinks.h"

#include "models/domain/labels.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "widgets/map/linktool.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"
#include "widgets/map/selecttool.h"

#include <QContextMenuEvent>
#include <QGraphicsPathItem>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPen>

namespace cc {

namespace {

constexpr double kLinkZ = 9; // above patient flows (8), below settlements (10)
constexpr double kLinkWidthPx = 2.6;
constexpr double kHitWidthPx = 9;

// A link's line: hit area and bounds a few pixels wide at every zoom (as
// roads), a white halo when highlighted.
class LinkItem : public QGraphicsPathItem {
public:
    explicit LinkItem(const SymbolScale *scale) : m_scale(scale)
    {
        setZValue(kLinkZ);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    int type() const override { return LinkItemType; }
    void setLinkPath(const QPainterPath &path)
    {
        prepareGeometryChange();
        m_bounds = path.boundingRect();
        setPath(path);
    }
    void setHalo(bool on)
    {
        if (on != m_halo) {
            m_halo = on;
            update();
        }
    }
    QPainterPath shape() const override
    {
        QPainterPathStroker stroker;
        stroker.setWidth(kHitWidthPx * m_scale->metresPerPixel);
        return stroker.createStroke(path());
    }
    QRectF boundingRect() const override
    {
        const double m = (kHitWidthPx / 2 + 4) * m_scale->indexMetresPerPixel;
        return m_bounds.adjusted(-m, -m, m, m);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_halo) {
            QPen halo(QColor(255, 255, 255, 230), pen().widthF() + 5, Qt::SolidLine, Qt::RoundCap);
            halo.setCosmetic(true);
            painter->setPen(halo);
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(path());
        }
        QGraphicsPathItem::paint(painter, option, widget);
    }

private:
    const SymbolScale *m_scale;
    QRectF m_bounds;
    bool m_halo = false;
};

QString monthText(const Project &project, int month)
{
    const int start = project.settings.integer(SettingKey::StartMonth) - 1 + month;
    const int year = project.settings.integer(SettingKey::StartYear) + start / 12;
    return QStringLiteral("%1-%2").arg(year).arg(start % 12 + 1, 2, 10, QLatin1Char('0'));
}

} // namespace

MapLinks::MapLinks(MapView *view, QObject *parent)
    : QObject(parent), m_view(view), m_scene(view->mapScene())
{
    setObjectName(QStringLiteral("mapLinks"));
    connect(m_scene, &MapScene::aboutToRebuild, this, [this] { m_items.clear(); });
    connect(m_scene, &MapScene::rebuilt, this, &MapLinks::rebuild);
    connect(m_scene->document(), &ProjectDocument::entityChanged, this,
            [this](EntityKind kind, EntityId id, ChangeKind) {
                const Project &p = m_scene->document()->project();
                switch (kind) {
                case EntityKind::TelemedicineLink:
                    updateLink(id);
                    break;
                case EntityKind::Facility:
                    for (const TelemedicineLink &l : p.links)
                        if (l.hubFacilityId == id || l.centreFacilityId == id)
                            updateLink(l.id);
                    // A removed facility takes its links along (their own signals).
                    for (auto it = m_items.begin(); it != m_items.end();)
                        if (!p.links.contains(it.key())) {
                            delete it.value();
                            it = m_items.erase(it);
                        } else {
                            ++it;
                        }
                    break;
                case EntityKind::Scenario:
                    rebuild();
                    break;
                default:
                    break;
                }
            });
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
    rebuild();
}

MapLinks::~MapLinks()
{
    // The scene may already be gone with its items: only forget them.
    m_items.clear();
}

QColor MapLinks::kindColor(LinkKind kind)
{
    // Okabe-Ito colours the map's facility levels do not use as lines.
    switch (kind) {
    case LinkKind::Consultation:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case LinkKind::Imaging:
        return QColor(0x00, 0x72, 0xB2); // blue
    case LinkKind::Laboratory:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case LinkKind::Ecg:
        return QColor(0xE6, 0x9F, 0x00); // orange
    }
    return Qt::black;
}

Qt::PenStyle MapLinks::kindPen(LinkKind kind)
{
    // Told apart without colour too.
    switch (kind) {
    case LinkKind::Consultation:
        return Qt::DashDotLine;
    case LinkKind::Imaging:
        return Qt::SolidLine;
    case LinkKind::Laboratory:
        return Qt::DashLine;
    case LinkKind::Ecg:
        return Qt::DotLine;
    }
    return Qt::SolidLine;
}

void MapLinks::setScenario(EntityId scenarioId)
{
    if (scenarioId == m_scenario)
        return;
    m_scenario = scenarioId;
    rebuild();
}

void MapLinks::setMonth(int month)
{
    if (month == m_month)
        return;
    m_month = month;
    rebuild();
}

void MapLinks::setHighlighted(EntityId linkId)
{
    if (auto *old = static_cast<LinkItem *>(m_items.value(m_highlighted)))
        old->setHalo(false);
    m_highlighted = linkId;
    if (auto *item = static_cast<LinkItem *>(m_items.value(linkId)))
        item->setHalo(true);
}

bool MapLinks::shown(const TelemedicineLink &link) const
{
    const Project &p = m_scene->document()->project();
    const EntityId scenario = m_scenario != 0 ? m_scenario : p.baselineScenarioId();
    return link.scenarioId == 0 || link.scenarioId == scenario;
}

void MapLinks::rebuild()
{
    m_rebuilding = true;
    const Project &p = m_scene->document()->project();
    for (auto it = m_items.begin(); it != m_items.end();)
        if (!p.links.contains(it.key())) {
            delete it.value();
            it = m_items.erase(it);
        } else {
            ++it;
        }
    for (const TelemedicineLink &l : p.links)
        updateLink(l.id);
    m_rebuilding = false;
    emit drawnChanged();
}

QVector<MapLegend::Section> MapLinks::legendSections() const
{
    const Project &p = m_scene->document()->project();
    bool drawn[kLinkKindCount] = {};
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        if (p.links.contains(it.key()))
            drawn[static_cast<int>(p.links.value(it.key()).kind) % kLinkKindCount] = true;
    MapLegend::Section section{tr("Telemedicine links"), {}};
    for (int k = 0; k < kLinkKindCount; ++k) {
        const auto kind = static_cast<LinkKind>(k);
        if (drawn[k])
            section.items.append({MapLegend::Item::Line, kindColor(kind), kLinkWidthPx,
                                  linkKindName(kind), kindPen(kind)});
    }
    if (section.items.isEmpty())
        return {};
    return {section};
}

void MapLinks::updateLink(EntityId id)
{
    const Project &p = m_scene->document()->project();
    const auto it = p.links.constFind(id);
    const auto hub =
        it != p.links.cend() ? p.facilities.constFind(it->hubFacilityId) : p.facilities.cend();
    const auto centre =
        it != p.links.cend() ? p.facilities.constFind(it->centreFacilityId) : p.facilities.cend();
    if (it == p.links.cend() || !shown(*it) || hub == p.facilities.cend() ||
        centre == p.facilities.cend()) {
        delete m_items.take(id);
        if (!m_rebuilding)
            emit drawnChanged();
        return;
    }
    auto *item = static_cast<LinkItem *>(m_items.value(id));
    if (!item) {
        item = new LinkItem(m_scene->symbolScale());
        item->setData(kEntityIdRole, id);
        m_scene->addItem(item);
        m_items.insert(id, item);
    }
    // Links of different kinds between the same two places bend to different
    // sides, so each stays visible.
    const QPointF from = m_scene->projection().toScene(hub->position);
    const QPointF to = m_scene->projection().toScene(centre->position);
    static const double bend[kLinkKindCount] = {0.07, -0.07, 0.14, -0.14};
    const QPointF d = to - from;
    const QPointF control =
        (from + to) / 2 + QPointF(-d.y(), d.x()) * bend[static_cast<int>(it->kind) % 4];
    QPainterPath path(from);
    path.quadTo(control, to);
    item->setLinkPath(path);
    styleItem(item, *it);
    item->setHalo(id == m_highlighted);
    const QLocale locale;
    const QString months =
        tr("%1 to %2").arg(monthText(p, it->startMonth), monthText(p, it->endMonth - 1));
    QString tip = tr("%1: %2 → %3").arg(linkKindName(it->kind), hub->name, centre->name);
    tip += QLatin1Char('\n') + tr("%1 · capability gain %2% · %3 yuan a year")
                                   .arg(months, locale.toString(it->capabilityGain * 100, 'f', 0),
                                        locale.toString(it->annualCostYuan, 'f', 0));
    if (m_month < it->startMonth || m_month >= it->endMonth)
        tip += QLatin1Char('\n') + tr("Not in effect in %1").arg(monthText(p, m_month));
    item->setToolTip(tip);
    if (!m_rebuilding)
        emit drawnChanged();
}

void MapLinks::styleItem(QGraphicsPathItem *item, const TelemedicineLink &link) const
{
    QColor color = kindColor(link.kind);
    // Faded in the months the link is not in effect.
    const bool active = m_month >= link.startMonth && m_month < link.endMonth;
    color.setAlpha(active ? 235 : 90);
    QPen pen(color, kLinkWidthPx, kindPen(link.kind), Qt::RoundCap);
    pen.setCosmetic(true);
    item->setPen(pen);
}

EntityId MapLinks::linkAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : m_scene->items(scenePos))
        if (item->type() == LinkItemType)
            return item->data(kEntityIdRole).value<EntityId>();
    return 0;
}

bool MapLinks::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the stored pointer: events still arrive while the view is
    // being destroyed, when it is no longer a QAbstractScrollArea to ask.
    if (!m_viewport || watched != m_viewport || event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    // Only where a right-click means nothing else (the road and boundary
    // tools use it).
    MapTool *tool = m_view->tool();
    if (tool && !qobject_cast<SelectTool *>(tool) && !qobject_cast<LinkTool *>(tool))
        return false;
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    const EntityId id = linkAt(m_view->mapToScene(menuEvent->pos()));
    if (id == 0)
        return false;
    QMenu menu(m_view);
    QAction *show = menu.addAction(tr("Show in the Links Table"));
    QAction *remove = menu.addAction(tr("Delete Link"));
    remove->setEnabled(!m_scene->document()->isReadOnly());
    QAction *chosen = menu.exec(menuEvent->globalPos());
    if (chosen == show) {
        emit showRequested(id);
    } else if (chosen == remove) {
        const edit::EditResult result = edit::remove<TelemedicineLink>(*m_scene->document(), id);
        if (!result)
            emit message(result.error);
    }
    return true;
}

} // namespace cc
