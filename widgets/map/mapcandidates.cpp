#include "widgets/map/mapcandidates.h"

#include "models/domain/investment.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"

#include <QGraphicsItem>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace cc {

namespace {

constexpr double kCandidateZ = 9.5; // above flows and links, below settlements (10)
constexpr double kMinRadiusPx = 4;
constexpr double kMaxRadiusPx = 22;

// A disc of a fixed size in pixels at every zoom.
class CandidateDisc : public QGraphicsItem {
public:
    CandidateDisc(const SymbolScale *scale, double radiusPx, const QColor &color)
        : m_scale(scale), m_radiusPx(radiusPx), m_color(color)
    {
        setZValue(kCandidateZ);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override
    {
        const double r = (m_radiusPx + 2) * m_scale->indexMetresPerPixel;
        return {-r, -r, 2 * r, 2 * r};
    }
    QPainterPath shape() const override
    {
        QPainterPath path;
        const double r = m_radiusPx * m_scale->metresPerPixel;
        path.addEllipse(QPointF(0, 0), r, r);
        return path;
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = m_color;
        fill.setAlpha(110);
        QPen pen(m_color.darker(130), 1.5);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(fill);
        const double r = m_radiusPx * m_scale->metresPerPixel;
        painter->drawEllipse(QPointF(0, 0), r, r);
    }

private:
    const SymbolScale *m_scale;
    double m_radiusPx;
    QColor m_color;
};

} // namespace

MapCandidates::MapCandidates(MapView *view, QObject *parent)
    : QObject(parent), m_view(view), m_scene(view->mapScene()), m_sceneAlive(m_scene)
{
    setObjectName(QStringLiteral("mapCandidates"));
    connect(m_scene, &MapScene::aboutToRebuild, this, [this] {
        m_items.clear(); // the scene deletes them
        m_radius.clear();
    });
    connect(m_scene, &MapScene::rebuilt, this, &MapCandidates::rebuild);
}

MapCandidates::~MapCandidates()
{
    // The scene may already be gone with its items (the window closes).
    if (m_sceneAlive)
        for (QGraphicsItem *item : std::as_const(m_items))
            delete item;
}

QColor MapCandidates::kindColor(int kind)
{
    // Qualitative colours (ColorBrewer Set1/Dark2), one per kind of action.
    static const QColor colors[kInvestmentKindCount] = {
        QColor(0x37, 0x7e, 0xb8), // beds
        QColor(0xe4, 0x1a, 0x1c), // equipment
        QColor(0x98, 0x4e, 0xa3), // link
        QColor(0x4d, 0xaf, 0x4a), // doctors
        QColor(0xff, 0x7f, 0x00), // new clinic
        QColor(0xa6, 0x56, 0x28), // new branch
        QColor(0x99, 0x99, 0x99), // merge
        QColor(0xf7, 0x81, 0xbf), // care centre
    };
    return colors[std::clamp(kind, 0, kInvestmentKindCount - 1)];
}

void MapCandidates::setMarks(const QVector<Mark> &marks)
{
    m_marks = marks;
    rebuild();
}

void MapCandidates::setKindFilter(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    rebuild();
}

void MapCandidates::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    rebuild();
}

QGraphicsItem *MapCandidates::item(EntityId targetId, bool settlement) const
{
    return m_items.value(key(targetId, settlement));
}

double MapCandidates::radiusPx(EntityId targetId, bool settlement) const
{
    return m_radius.value(key(targetId, settlement), 0.0);
}

void MapCandidates::rebuild()
{
    for (QGraphicsItem *item : std::as_const(m_items))
        delete item;
    m_items.clear();
    m_radius.clear();
    m_kindsDrawn.clear();
    if (m_visible) {
        // The best candidate at each target.
        QHash<qint64, int> best;
        double maxGain = 0;
        for (int i = 0; i < m_marks.size(); ++i) {
            const Mark &m = m_marks[i];
            if (m.gain <= 0 || !std::isfinite(m.gain) || (m_kind >= 0 && m.kind != m_kind))
                continue;
            const qint64 k = key(m.targetId, m.targetIsSettlement);
            const auto it = best.constFind(k);
            if (it == best.cend() || m_marks[*it].gain < m.gain)
                best.insert(k, i);
            maxGain = std::max(maxGain, m.gain);
        }
        const MapProjection &projection = m_scene->projection();
        for (auto it = best.cbegin(); it != best.cend(); ++it) {
            const Mark &m = m_marks[it.value()];
            // Area proportional to the gain.
            const double radius =
                std::max(kMinRadiusPx, kMaxRadiusPx * std::sqrt(m.gain / maxGain));
            auto *disc = new CandidateDisc(m_scene->symbolScale(), radius, kindColor(m.kind));
            disc->setPos(projection.toScene(LonLat{m.lonLat.x(), m.lonLat.y()}));
            disc->setToolTip(m.text);
            m_scene->addItem(disc);
            m_items.insert(it.key(), disc);
            m_radius.insert(it.key(), radius);
            if (!m_kindsDrawn.contains(m.kind))
                m_kindsDrawn.push_back(m.kind);
        }
        std::sort(m_kindsDrawn.begin(), m_kindsDrawn.end());
    }
    emit drawnChanged();
}

void MapCandidates::selectTarget(EntityId targetId, bool settlement)
{
    QGraphicsItem *symbol = settlement
                                ? static_cast<QGraphicsItem *>(m_scene->settlementItem(targetId))
                                : static_cast<QGraphicsItem *>(m_scene->facilityItem(targetId));
    if (!symbol)
        return;
    m_scene->clearSelection();
    symbol->setSelected(true);
    m_view->centerOn(symbol);
}

QVector<MapLegend::Section> MapCandidates::legendSections() const
{
    if (m_items.isEmpty())
        return {};
    MapLegend::Section section;
    section.title = tr("Investment candidates (area: gain)");
    for (int kind : m_kindsDrawn) {
        MapLegend::Item item;
        item.kind = MapLegend::Item::Fill;
        item.color = kindColor(kind);
        item.size = 7;
        item.text = investmentKindLabel(static_cast<InvestmentKind>(kind));
        section.items.push_back(item);
    }
    return {section};
}

} // namespace cc
