#include "widgets/map/mapoverlays.h"

#include "models/sim/travel.h"
#include "models/simulation/simcompile.h"
#include "widgets/charts/chartformat.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/maplegend.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapstyle.h"
#include "widgets/map/mapview.h"

#include <QAction>
#include <QActionGroup>
#include <QGraphicsPathItem>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPen>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <array>
#include <cmath>
#include <limits>

namespace cc {

namespace {

constexpr double kMinFlowPx = 1.0;
constexpr double kMaxFlowPx = 14.0;
constexpr double kFlowZ = 8;     // above roads (5), below settlements (10)
constexpr double kRingZ = 19.5;  // just below facility symbols (20+)
constexpr double kRingGap = 4.5; // pixels between a symbol and its ring
// Rings of village clinics once 1 km is drawn this wide (as village labels).
constexpr double kVillageRingPixelsPerKm = 45.0;

// A ring round a facility symbol, drawn in pixels like the symbol (see
// SymbolScale in mapitems.h).
class LoadRingItem : public QGraphicsItem {
public:
    LoadRingItem(double radius, const SymbolScale *scale) : m_radius(radius), m_scale(scale)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(kRingZ);
    }
    void setColor(const QColor &c)
    {
        if (c != m_color) {
            m_color = c;
            update();
        }
    }
    QColor color() const { return m_color; }
    QRectF boundingRect() const override
    {
        const double r = (m_radius + 3) * m_scale->indexMetresPerPixel;
        return {-r, -r, 2 * r, 2 * r};
    }
    QPainterPath shape() const override
    {
        QPainterPath path;
        const double r = (m_radius + 3) * m_scale->metresPerPixel;
        path.addEllipse(QPointF(0, 0), r, r);
        return path;
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (!m_color.isValid())
            return;
        const QTransform saved = painter->worldTransform();
        painter->scale(m_scale->metresPerPixel, m_scale->metresPerPixel);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(255, 255, 255, 220), 5.5));
        painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
        painter->setPen(QPen(m_color, 3.5));
        painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
        painter->setWorldTransform(saved);
    }

private:
    double m_radius;
    const SymbolScale *m_scale;
    QColor m_color;
};

// An arrowhead drawn in pixels at the end of a referral flow, pointing along
// it (its rotation), so up and down read without colour.
class FlowArrowItem : public QGraphicsItem {
public:
    FlowArrowItem(double sizePx, const QColor &color, const SymbolScale *scale,
                  QGraphicsItem *parent)
        : QGraphicsItem(parent), m_size(sizePx), m_color(color), m_scale(scale)
    {
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override
    {
        const double r = (m_size + 2) * m_scale->indexMetresPerPixel;
        return {-r, -r, 2 * r, 2 * r};
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QTransform saved = painter->worldTransform();
        painter->scale(m_scale->metresPerPixel, m_scale->metresPerPixel);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QColor(255, 255, 255, 200), 1));
        QColor fill = m_color;
        fill.setAlpha(230);
        painter->setBrush(fill);
        const QPointF tip(m_size * 0.5, 0);
        painter->drawPolygon(QPolygonF{tip, QPointF(-m_size * 0.5, -m_size * 0.45),
                                       QPointF(-m_size * 0.5, m_size * 0.45)});
        painter->setWorldTransform(saved);
    }

private:
    double m_size;
    QColor m_color;
    const SymbolScale *m_scale;
};

QVector<int> levelsOf(MapOverlays::FlowTarget target)
{
    switch (target) {
    case MapOverlays::FlowTarget::TownshipCentres:
        return {sim::TownshipCentre};
    case MapOverlays::FlowTarget::CountyHospitals:
        return {sim::CountyHospital};
    case MapOverlays::FlowTarget::OutOfCounty:
        return {sim::OutCity, sim::OutProvince};
    case MapOverlays::FlowTarget::Referrals:
        return {sim::CountyHospital, sim::OutCity, sim::OutProvince};
    }
    return {};
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 0) + QLatin1Char('%');
}

} // namespace

MapOverlays::MapOverlays(MapView *view, QObject *parent)
    : QObject(parent), m_view(view), m_scene(view->mapScene())
{
    m_legend = new MapLegend(view);
    m_legend->move(10, 10);
    createActions();
    connect(m_scene, &MapScene::aboutToRebuild, this, &MapOverlays::dropItems);
    // Village clinics get their rings only at village detail (as their labels).
    connect(m_view, &MapView::zoomChanged, this, [this] {
        if (m_loadOn && villageRingsVisible() != m_villageRings)
            updateLoad();
    });
    connect(m_scene, &MapScene::rebuilt, this, &MapOverlays::rebuildItems);
    // Edits move things: redraw once the burst of change signals is over.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &MapOverlays::refresh);
    connect(m_scene->document(), &ProjectDocument::entityChanged, later,
            qOverload<>(&QTimer::start));
    // Travel times change only with where places are and what the roads are.
    connect(m_scene->document(), &ProjectDocument::entityEdited, this,
            [this](const EntityChange &change) {
                const bool places = change.kind == EntityKind::Facility ||
                                    change.kind == EntityKind::Settlement ||
                                    change.kind == EntityKind::Road;
                if (places && (change.fields & (FieldPosition | FieldModel)))
                    invalidateTravel();
            });
    connect(m_scene->document(), &ProjectDocument::projectReset, this,
            &MapOverlays::invalidateTravel);
    m_travelJob = new QFutureWatcher<QHash<EntityId, double>>(this);
    connect(m_travelJob, &QFutureWatcherBase::finished, this, &MapOverlays::travelComputed);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_shading != Shading::TravelTime || m_travelTarget != TravelTarget::SelectedFacility)
            return;
        for (QGraphicsItem *item : m_scene->selectedItems())
            if (item->type() == FacilityItemType) {
                m_travelFacility = item->data(kEntityIdRole).value<EntityId>();
                invalidateTravel();
                refresh();
                return;
            }
    });
}

MapOverlays::~MapOverlays()
{
    // The scene may already be gone with its items (the window closes): only
    // forget them.
    m_flowItems.clear();
    m_rings.clear();
}

void MapOverlays::createActions()
{
    m_menu = new QMenu(tr("&Overlays"), m_view);
    m_menu->setObjectName(QStringLiteral("overlaysMenu"));

    m_flowsAction = m_menu->addAction(tr("Patient &Flows"));
    m_flowsAction->setCheckable(true);
    m_flowsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    m_flowsAction->setStatusTip(
        tr("Lines from each township to the facilities its residents use, as wide as the "
           "episodes in the month shown"));
    connect(m_flowsAction, &QAction::toggled, this, &MapOverlays::setFlowsVisible);

    QMenu *targets = m_menu->addMenu(tr("Flows &To"));
    m_flowTargetGroup = new QActionGroup(this);
    const std::pair<FlowTarget, QString> flowTargets[] = {
        {FlowTarget::TownshipCentres, tr("Township Centres")},
        {FlowTarget::CountyHospitals, tr("County Hospitals")},
        {FlowTarget::OutOfCounty, tr("Out-of-County Hospitals")},
        {FlowTarget::Referrals, tr("Two-Way Referrals (Up and Down)")}};
    for (const auto &[target, text] : flowTargets) {
        QAction *a = targets->addAction(text);
        a->setCheckable(true);
        a->setData(static_cast<int>(target));
        m_flowTargetGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, target = target] {
            setFlowTarget(target);
            setFlowsVisible(true);
        });
    }

    m_loadAction = m_menu->addAction(tr("Facility &Load"));
    m_loadAction->setCheckable(true);
    m_loadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    m_loadAction->setStatusTip(tr("A ring round each facility coloured by the staff its workload "
                                  "needs over the staff it has"));
    connect(m_loadAction, &QAction::toggled, this, &MapOverlays::setLoadVisible);

    m_menu->addSeparator();
    m_rateAction = m_menu->addAction(tr("&In-County Rate by Township"));
    m_rateAction->setCheckable(true);
    m_rateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    m_rateAction->setStatusTip(tr("Settlements coloured by their township's in-county treatment "
                                  "rate in the month shown"));
    connect(m_rateAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            setShading(Shading::InCountyRate);
        else if (m_shading == Shading::InCountyRate)
            setShading(Shading::None);
    });

    m_travelAction = m_menu->addAction(tr("&Travel Time"));
    m_travelAction->setCheckable(true);
    m_travelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    m_travelAction->setStatusTip(tr("Settlements coloured by travel minutes over the roads "
                                    "(15/30/60/120-minute bands)"));
    connect(m_travelAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            setShading(Shading::TravelTime);
        else if (m_shading == Shading::TravelTime)
            setShading(Shading::None);
    });
    QMenu *travel = m_menu->addMenu(tr("Travel Time T&o"));
    m_travelTargetGroup = new QActionGroup(this);
    const std::pair<TravelTarget, QString> travelTargets[] = {
        {TravelTarget::NearestTownshipCentre, tr("Nearest Township Centre")},
        {TravelTarget::NearestCountyHospital, tr("Nearest County Hospital")},
        {TravelTarget::SelectedFacility, tr("Selected Facility")}};
    for (const auto &[target, text] : travelTargets) {
        QAction *a = travel->addAction(text);
        a->setCheckable(true);
        a->setData(static_cast<int>(target));
        m_travelTargetGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, target = target] {
            setTravelTarget(target);
            setShading(Shading::TravelTime);
        });
    }
    syncActions();
}

void MapOverlays::syncActions()
{
    const QSignalBlocker b1(m_flowsAction), b2(m_loadAction), b3(m_rateAction), b4(m_travelAction);
    m_flowsAction->setChecked(m_flowsOn);
    m_loadAction->setChecked(m_loadOn);
    m_rateAction->setChecked(m_shading == Shading::InCountyRate);
    m_travelAction->setChecked(m_shading == Shading::TravelTime);
    for (QAction *a : m_flowTargetGroup->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(m_flowTarget));
    for (QAction *a : m_travelTargetGroup->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(m_travelTarget));
}

int MapOverlays::monthCount() const
{
    return m_results ? m_results->results.months : 0;
}

QString MapOverlays::monthLabel(int month) const
{
    if (!m_results)
        return {};
    const sim::Results &r = m_results->results;
    const int m0 = r.startYear * 12 + (r.startMonth - 1) + month;
    return QStringLiteral("%1-%2").arg(m0 / 12).arg(m0 % 12 + 1, 2, 10, QLatin1Char('0'));
}

void MapOverlays::setResults(const SimulationResultsPtr &results)
{
    // The first results open at the end of the horizon, where a policy has had
    // its effect; later ones keep the month the user chose.
    const bool first = !m_results;
    m_results = results;
    if (first)
        m_month = monthCount() - 1;
    m_month = std::clamp(m_month, 0, std::max(0, monthCount() - 1));
    computeFlowScale();
    emit resultsChanged();
    refresh();
}

void MapOverlays::setMonth(int month)
{
    month = std::clamp(month, 0, std::max(0, monthCount() - 1));
    if (month == m_month)
        return;
    m_month = month;
    refresh();
    emit monthChanged(m_month);
}

void MapOverlays::setFlowsVisible(bool on)
{
    if (on == m_flowsOn)
        return;
    m_flowsOn = on;
    syncActions();
    refresh();
}

void MapOverlays::setFlowTarget(FlowTarget target)
{
    if (target == m_flowTarget)
        return;
    m_flowTarget = target;
    computeFlowScale();
    syncActions();
    refresh();
}

void MapOverlays::setLoadVisible(bool on)
{
    if (on == m_loadOn)
        return;
    m_loadOn = on;
    syncActions();
    refresh();
}

void MapOverlays::setShading(Shading shading)
{
    if (shading == m_shading)
        return;
    m_shading = shading;
    syncActions();
    refresh();
}

void MapOverlays::setTravelTarget(TravelTarget target)
{
    if (target == TravelTarget::SelectedFacility) {
        for (QGraphicsItem *item : m_scene->selectedItems())
            if (item->type() == FacilityItemType) {
                m_travelFacility = item->data(kEntityIdRole).value<EntityId>();
                break;
            }
    }
    if (target == m_travelTarget && m_travelValid)
        return;
    m_travelTarget = target;
    invalidateTravel();
    syncActions();
    refresh();
}

void MapOverlays::dropItems()
{
    // The scene deletes them.
    m_flowItems.clear();
    m_rings.clear();
}

void MapOverlays::rebuildItems()
{
    refresh();
}

void MapOverlays::refresh()
{
    updateFlows();
    updateFacilityTips();
    updateLoad();
    updateShading();
    updateLegend();
    emit changed();
}

// ---------------------------------------------------------------- flows

QPointF MapOverlays::townshipOrigin(EntityId townshipId, bool *ok) const
{
    // The township centre (乡镇卫生院) where there is one, else the residents'
    // population-weighted centre.
    const Project &p = m_scene->document()->project();
    for (const Facility &f : p.facilities)
        if (f.level == FacilityLevel::TownshipCentre && f.townshipId == townshipId) {
            *ok = true;
            return m_scene->projection().toScene(f.position);
        }
    double lon = 0, lat = 0, weight = 0;
    for (const Settlement &s : p.settlements)
        if (s.townshipId == townshipId) {
            const double w = std::max<double>(1, s.population);
            lon += s.position.lon * w;
            lat += s.position.lat * w;
            weight += w;
        }
    *ok = weight > 0;
    return *ok ? m_scene->projection().toScene({lon / weight, lat / weight}) : QPointF();
}

QVector<MapOverlays::Flow> MapOverlays::flowsAt(int month) const
{
    QVector<Flow> flows;
    if (!m_results || month < 0 || month >= monthCount())
        return flows;
    if (m_flowTarget == FlowTarget::Referrals)
        return referralFlowsAt(month);
    const sim::Results &r = m_results->results;
    const SimIndexMap &ids = m_results->ids;
    const Project &p = m_scene->document()->project();
    const QVector<int> levels = levelsOf(m_flowTarget);

    struct Destination {
        EntityId id;
        EntityId townshipId;
        double load; // the facility's episodes this month
    };
    QVector<Destination> destinations;
    for (const Facility &f : p.facilities) {
        const int index = ids.facilities.value(f.id, -1);
        if (index < 0 || index >= r.facilities || !levels.contains(static_cast<int>(f.level)))
            continue;
        const double load = r.facilityEpisodes[static_cast<std::size_t>(index) * r.months + month];
        destinations.append({f.id, f.townshipId, std::max(0.0, load)});
    }
    if (destinations.isEmpty())
        return flows;

    for (int w = 0; w < r.townships && w < ids.townshipIds.size(); ++w) {
        const EntityId township = ids.townshipIds[w];
        if (!p.townships.contains(township))
            continue;
        const sim::Indicators &ind = r.townshipAt(w, month);
        double episodes = 0;
        for (int l : levels)
            episodes += ind.outpatientEpisodes[l] + ind.inpatientEpisodes[l];
        if (episodes <= 0)
            continue;
        // The engine publishes episodes by township and level, and by facility,
        // not by (township, facility). A township's episodes at a level are split
        // over the level's facilities by each one's share of the month's episodes
        // (a township's own centre when it has one): exact with one county
        // hospital, an approximation with several.
        QVector<Destination> candidates;
        if (m_flowTarget == FlowTarget::TownshipCentres)
            for (const Destination &d : destinations)
                if (d.townshipId == township)
                    candidates.append(d);
        if (candidates.isEmpty())
            candidates = destinations;
        double total = 0;
        for (const Destination &d : candidates)
            total += d.load;
        for (const Destination &d : candidates) {
            const double share = total > 0 ? d.load / total : 1.0 / candidates.size();
            const double e = episodes * share;
            if (e >= 0.5)
                flows.append({township, d.id, 0, e, 0, FlowKind::Visits});
        }
    }
    return flows;
}

EntityId MapOverlays::townshipCentreOf(EntityId townshipId) const
{
    // The township's health centre (with several, the one with most beds),
    // where the engine's down-referrals spend their recovery days.
    const Project &p = m_scene->document()->project();
    const Facility *best = nullptr;
    for (const Facility &f : p.facilities)
        if (f.level == FacilityLevel::TownshipCentre && f.townshipId == townshipId &&
            (!best || f.beds > best->beds))
            best = &f;
    return best ? best->id : 0;
}

QVector<MapOverlays::Flow> MapOverlays::referralFlowsAt(int month) const
{
    // The engine counts each township's referrals up (residents its centre
    // cannot treat, admitted through the alliance at a county hospital or,
    // with a referral, beyond) and down (county-hospital patients whose
    // recovery days move to their home centre), not by hospital. Up-referrals
    // are split over the hospitals by the township's admissions at each level
    // and, within a level, by each hospital's bed-days that month; down-
    // referrals over the county hospitals the same way.
    QVector<Flow> flows;
    const sim::Results &r = m_results->results;
    const SimIndexMap &ids = m_results->ids;
    const Project &p = m_scene->document()->project();
    struct Hospital {
        EntityId id;
        int level;
        double load;
    };
    QVector<Hospital> hospitals;
    std::array<double, sim::kLevels> levelLoad{};
    for (const Facility &f : p.facilities) {
        const int index = ids.facilities.value(f.id, -1);
        const int level = static_cast<int>(f.level);
        if (index < 0 || index >= r.facilities || sim::grassroots(level))
            continue;
        const std::size_t i = static_cast<std::size_t>(index) * r.months + month;
        const double load = std::max(0.0, r.facilityBedDays.size() > i ? r.facilityBedDays[i]
                                                                       : r.facilityEpisodes[i]);
        hospitals.append({f.id, level, load});
        levelLoad[level] += load;
    }
    const auto shareOf = [&](const Hospital &h) {
        int peers = 0;
        for (const Hospital &o : hospitals)
            peers += o.level == h.level;
        return levelLoad[h.level] > 0 ? h.load / levelLoad[h.level] : 1.0 / std::max(1, peers);
    };
    constexpr double kMinPatients = 0.1;
    for (int w = 0; w < r.townships && w < ids.townshipIds.size(); ++w) {
        const EntityId township = ids.townshipIds[w];
        if (!p.townships.contains(township))
            continue;
        const sim::Indicators &ind = r.townshipAt(w, month);
        const EntityId centre = townshipCentreOf(township);
        double admissionsUp = 0;
        for (int l = sim::CountyHospital; l < sim::kLevels; ++l)
            admissionsUp += ind.inpatientEpisodes[l];
        for (const Hospital &h : hospitals) {
            const double levelShare = admissionsUp > 0
                                          ? ind.inpatientEpisodes[h.level] / admissionsUp
                                          : (h.level == sim::CountyHospital ? 1.0 : 0.0);
            const double up = ind.referralsUp * levelShare * shareOf(h);
            if (up >= kMinPatients)
                flows.append({township, h.id, centre, up, 0, FlowKind::ReferralUp});
            if (h.level == sim::CountyHospital && centre != 0) {
                const double down = ind.referralsDown * shareOf(h);
                if (down >= kMinPatients)
                    flows.append({township, centre, h.id, down, 0, FlowKind::ReferralDown});
            }
        }
    }
    return flows;
}

void MapOverlays::computeFlowScale()
{
    m_flowMax = 0;
    for (int t = 0; t < monthCount(); ++t)
        for (const Flow &f : flowsAt(t))
            m_flowMax = std::max(m_flowMax, f.episodes);
}

void MapOverlays::updateFlows()
{
    for (QGraphicsPathItem *item : std::as_const(m_flowItems))
        delete item;
    m_flowItems.clear();
    m_flows.clear();
    if (!m_flowsOn || !m_results)
        return;
    m_flows = flowsAt(m_month);
    const Project &p = m_scene->document()->project();
    const QLocale locale;
    // Widest first, so thin lines stay visible on top.
    std::sort(m_flows.begin(), m_flows.end(),
              [](const Flow &a, const Flow &b) { return a.episodes > b.episodes; });
    for (int i = 0; i < m_flows.size(); ++i) {
        Flow &flow = m_flows[i];
        flow.widthPx = kMinFlowPx + (kMaxFlowPx - kMinFlowPx) *
                                        (m_flowMax > 0 ? flow.episodes / m_flowMax : 0.0);
        bool ok = false;
        const auto fromFacility = p.facilities.constFind(flow.fromFacilityId);
        QPointF from;
        if (fromFacility != p.facilities.cend()) {
            from = m_scene->projection().toScene(fromFacility->position);
            ok = true;
        } else {
            from = townshipOrigin(flow.townshipId, &ok);
        }
        const auto facility = p.facilities.constFind(flow.facilityId);
        if (!ok || facility == p.facilities.cend())
            continue;
        const QPointF to = m_scene->projection().toScene(facility->position);
        // A gentle curve, so flows to and from nearby places do not overlap
        // (up and down between the same two places bend to opposite sides).
        const QPointF mid = (from + to) / 2;
        const QPointF d = to - from;
        const QPointF control = mid + QPointF(-d.y(), d.x()) * 0.15;
        QPainterPath path(from);
        path.quadTo(control, to);
        auto *item = new QGraphicsPathItem(path);
        const bool down = flow.kind == FlowKind::ReferralDown;
        const QColor color = flow.kind == FlowKind::Visits ? mapstyle::flowColor(facility->level)
                             : down ? mapstyle::flowColor(FacilityLevel::TownshipCentre)
                                    : mapstyle::flowColor(FacilityLevel::CountyHospital);
        QPen pen(color, flow.widthPx, down ? Qt::DashLine : Qt::SolidLine,
                 down ? Qt::FlatCap : Qt::RoundCap);
        pen.setCosmetic(true);
        item->setPen(pen);
        item->setZValue(kFlowZ - flow.widthPx * 1e-3);
        item->setAcceptedMouseButtons(Qt::NoButton);
        item->setData(kEntityIdRole, i);
        const QString township = p.townships.value(flow.townshipId).name;
        const QString patients = locale.toString(flow.episodes, 'f', flow.episodes < 10 ? 1 : 0);
        switch (flow.kind) {
        case FlowKind::Visits:
            item->setToolTip(tr("%1 → %2: %3 episodes in %4")
                                 .arg(township, facility->name,
                                      locale.toString(flow.episodes, 'f', 0), monthLabel(m_month)));
            break;
        case FlowKind::ReferralUp:
            item->setToolTip(tr("Referred up from %1 to %2: %3 patients in %4")
                                 .arg(township, facility->name, patients, monthLabel(m_month)));
            break;
        case FlowKind::ReferralDown:
            item->setToolTip(
                tr("Referred down from %1 to %2 for recovery: %3 patients of %4 in %5")
                    .arg(fromFacility != p.facilities.cend() ? fromFacility->name : QString(),
                         facility->name, patients, township, monthLabel(m_month)));
            break;
        }
        if (flow.kind != FlowKind::Visits) {
            // The arrowhead a little before the end, clear of the symbol.
            auto *arrow = new FlowArrowItem(7 + flow.widthPx, QColor(color.rgb()),
                                            m_scene->symbolScale(), item);
            const double at = 0.86;
            arrow->setPos(path.pointAtPercent(at));
            arrow->setRotation(-path.angleAtPercent(at));
        }
        m_scene->addItem(item);
        m_flowItems.append(item);
    }
}

// ---------------------------------------------------------------- facilities

double MapOverlays::bedOccupancy(EntityId facilityId) const
{
    if (!m_results)
        return -1;
    const int f = m_results->ids.facilities.value(facilityId, -1);
    const sim::Results &r = m_results->results;
    if (f < 0 || f >= r.facilities || m_month >= r.months ||
        static_cast<std::size_t>(f) >= r.facilityBeds.size() || r.facilityBeds[f] <= 0)
        return -1;
    return r.bedOccupancy(f, m_month);
}

double MapOverlays::drgRevenue(EntityId facilityId) const
{
    if (!m_results)
        return -1;
    const int f = m_results->ids.facilities.value(facilityId, -1);
    const sim::Results &r = m_results->results;
    const std::size_t i = static_cast<std::size_t>(std::max(f, 0)) * r.months + m_month;
    if (f < 0 || f >= r.facilities || m_month >= r.months || i >= r.facilityDrgRevenue.size())
        return -1;
    return r.facilityDrgRevenue[i];
}

QString MapOverlays::facilityToolTip(EntityId facilityId) const
{
    const Project &p = m_scene->document()->project();
    const auto it = p.facilities.constFind(facilityId);
    if (it == p.facilities.cend())
        return QString();
    QString text = it->name;
    // Beds and DRG points matter at the alliance's hospitals and centres.
    if (!m_results ||
        (it->level != FacilityLevel::TownshipCentre && it->level != FacilityLevel::CountyHospital))
        return text;
    const QLocale locale;
    const double occupancy = bedOccupancy(facilityId);
    if (occupancy >= 0)
        text += QLatin1Char('\n') +
                tr("Bed occupancy in %1: %2").arg(monthLabel(m_month), percent(occupancy));
    const double drg = drgRevenue(facilityId);
    if (drg > 0)
        text += QLatin1Char('\n') + tr("DRG revenue in %1: %2 yuan")
                                        .arg(monthLabel(m_month), charts::formatYuan(drg, locale));
    return text;
}

void MapOverlays::updateFacilityTips()
{
    const Project &p = m_scene->document()->project();
    for (const Facility &f : p.facilities)
        if (f.level == FacilityLevel::TownshipCentre || f.level == FacilityLevel::CountyHospital)
            if (FacilityItem *item = m_scene->facilityItem(f.id))
                item->setToolTip(facilityToolTip(f.id));
}

// ---------------------------------------------------------------- load

double MapOverlays::loadRatio(EntityId facilityId) const
{
    if (!m_results)
        return -1;
    const int f = m_results->ids.facilities.value(facilityId, -1);
    const sim::Results &r = m_results->results;
    if (f < 0 || f >= r.facilities || m_month >= r.months)
        return -1;
    const std::size_t i = static_cast<std::size_t>(f) * r.months + m_month;
    const double needed = r.facilityFteNeeded[i];
    const double present = r.facilityFte[i];
    if (present <= 0)
        return needed > 0 ? std::numeric_limits<double>::infinity() : -1;
    return needed / present;
}

int MapOverlays::loadClass(double ratio)
{
    return ratio < 0.7 ? 0 : ratio < 1.0 ? 1 : ratio < 1.3 ? 2 : 3;
}

namespace {
QColor loadClassColor(int c)
{
    // Spare capacity sky blue, balanced blue, busy orange, overloaded vermilion.
    static const int map[4] = {1, 0, 3, 4};
    return mapstyle::classColor(map[std::clamp(c, 0, 3)]);
}
} // namespace

QColor MapOverlays::loadColor(EntityId facilityId) const
{
    const auto it = m_rings.constFind(facilityId);
    if (it == m_rings.cend() || !(*it)->isVisible())
        return {};
    return static_cast<LoadRingItem *>(*it)->color();
}

bool MapOverlays::villageRingsVisible() const
{
    return m_view->pixelsPerMetre() * 1000 >= kVillageRingPixelsPerKm;
}

void MapOverlays::updateLoad()
{
    const Project &p = m_scene->document()->project();
    if (!m_loadOn || !m_results) {
        for (QGraphicsItem *ring : std::as_const(m_rings))
            ring->setVisible(false);
        return;
    }
    const bool villageDetail = villageRingsVisible();
    m_villageRings = villageDetail;
    for (auto it = m_rings.begin(); it != m_rings.end();) {
        if (!p.facilities.contains(it.key())) {
            delete it.value();
            it = m_rings.erase(it);
        } else {
            ++it;
        }
    }
    for (const Facility &f : p.facilities) {
        const double ratio = loadRatio(f.id);
        auto *ring = static_cast<LoadRingItem *>(m_rings.value(f.id));
        if (!ring) {
            ring =
                new LoadRingItem(FacilityItem::sizeFor(f.level) + kRingGap, m_scene->symbolScale());
            m_scene->addItem(ring);
            m_rings.insert(f.id, ring);
        }
        ring->setPos(m_scene->projection().toScene(f.position));
        if (ratio < 0 || (f.level == FacilityLevel::VillageClinic && !villageDetail)) {
            ring->setVisible(false);
            continue;
        }
        ring->setColor(loadClassColor(loadClass(ratio)));
        ring->setToolTip(tr("%1: staff needed for the workload / staff present = %2")
                             .arg(f.name, std::isfinite(ratio) ? percent(ratio) : tr("no staff")));
        ring->setVisible(true);
    }
}

// ---------------------------------------------------------------- shading

double MapOverlays::townshipRate(EntityId townshipId) const
{
    if (!m_results)
        return -1;
    const int w = m_results->ids.townships.value(townshipId, -1);
    const sim::Results &r = m_results->results;
    if (w < 0 || w >= r.townships || m_month >= r.months)
        return -1;
    const sim::Indicators &ind = r.townshipAt(w, m_month);
    return ind.episodes() > 0 ? ind.inCountyRate : -1;
}

int MapOverlays::rateClass(double rate)
{
    // 0.90: the national goal for the in-county treatment rate of tight county
    // alliances (NHC et al. 2023, 关于全面推进紧密型县域医疗卫生共同体建设的指导意见).
    return rate >= 0.90 ? 0 : rate >= 0.85 ? 1 : rate >= 0.80 ? 2 : rate >= 0.70 ? 3 : 4;
}

int MapOverlays::travelClass(double minutes)
{
    return minutes < 15 ? 0 : minutes < 30 ? 1 : minutes < 60 ? 2 : minutes < 120 ? 3 : 4;
}

double MapOverlays::travelMinutes(EntityId settlementId) const
{
    if (!m_travelValid)
        return -1;
    return m_travel.value(settlementId, -1);
}

QColor MapOverlays::settlementColor(EntityId settlementId) const
{
    const SettlementItem *item = m_scene->settlementItem(settlementId);
    return item ? item->fill() : QColor();
}

void MapOverlays::invalidateTravel()
{
    m_travelValid = false;
    ++m_travelGeneration;
}

namespace {

QHash<EntityId, double> measureTravel(const Project &p, MapOverlays::TravelTarget target,
                                      EntityId facilityId)
{
    QHash<EntityId, double> travel;
    SimIndexMap map;
    const sim::Input input = compileProject(p, p.baselineScenarioId(), map);
    std::vector<int> targets;
    for (const Facility &f : p.facilities) {
        const bool wanted = target == MapOverlays::TravelTarget::NearestTownshipCentre
                                ? f.level == FacilityLevel::TownshipCentre
                            : target == MapOverlays::TravelTarget::NearestCountyHospital
                                ? f.level == FacilityLevel::CountyHospital
                                : f.id == facilityId;
        if (wanted && map.facilities.contains(f.id))
            targets.push_back(map.facilities.value(f.id));
    }
    if (targets.empty())
        return travel;
    sim::TravelModel model;
    model.build(input);
    sim::RoadNetwork::Scratch scratch;
    std::vector<double> minutes;
    for (const Settlement &s : p.settlements) {
        const int index = map.settlements.value(s.id, -1);
        if (index < 0)
            continue;
        model.minutes(input, index, targets, minutes, scratch);
        travel.insert(s.id, *std::min_element(minutes.begin(), minutes.end()));
    }
    return travel;
}

} // namespace

void MapOverlays::computeTravel()
{
    if (m_travelRunning != 0)
        return; // the job running is restarted when it ends
    m_travelRunning = m_travelGeneration;
    // The project's tables are implicitly shared: the job reads a frozen copy.
    m_travelJob->setFuture(QtConcurrent::run(measureTravel, m_scene->document()->project(),
                                             m_travelTarget, m_travelFacility));
}

void MapOverlays::travelComputed()
{
    const quint64 answered = m_travelRunning;
    m_travelRunning = 0;
    if (answered != m_travelGeneration) {
        if (m_shading == Shading::TravelTime)
            computeTravel(); // the project or the target changed meanwhile
        return;
    }
    m_travel = m_travelJob->result();
    m_travelValid = true;
    if (m_shading == Shading::TravelTime) {
        updateShading();
        updateLegend();
        emit changed();
    }
    emit travelReady();
}

void MapOverlays::updateShading()
{
    const Project &p = m_scene->document()->project();
    // Until the worker answers, the last travel times stay drawn.
    if (m_shading == Shading::TravelTime && !m_travelValid)
        computeTravel();
    for (const Settlement &s : p.settlements) {
        SettlementItem *item = m_scene->settlementItem(s.id);
        if (!item)
            continue;
        QColor color;
        if (m_shading == Shading::InCountyRate) {
            const double rate = townshipRate(s.townshipId);
            if (rate >= 0)
                color = mapstyle::classColor(rateClass(rate));
        } else if (m_shading == Shading::TravelTime) {
            const double minutes = m_travel.value(s.id, -1);
            if (minutes >= 0)
                color = mapstyle::classColor(travelClass(minutes));
        }
        if (color.isValid())
            color.setAlpha(210);
        item->setFill(color);
    }
}

// ---------------------------------------------------------------- legend

void MapOverlays::setExtraLegend(const QVector<MapLegend::Section> &sections)
{
    m_extraSections = sections;
    updateLegend();
}

void MapOverlays::updateLegend()
{
    using Item = MapLegend::Item;
    QVector<MapLegend::Section> sections;
    const QLocale locale;
    const bool resultsOn =
        m_results && (m_flowsOn || m_loadOn || m_shading == Shading::InCountyRate);
    if (m_flowsOn && m_results && m_flowTarget == FlowTarget::Referrals) {
        MapLegend::Section s{tr("Two-way referrals (patients a month)"), {}};
        const double widest = m_flowMax > 0 ? m_flowMax : 0;
        s.items.append({Item::Line, mapstyle::flowColor(FacilityLevel::CountyHospital), 4,
                        tr("Up: township centre to hospital"), Qt::SolidLine});
        s.items.append({Item::Line, mapstyle::flowColor(FacilityLevel::TownshipCentre), 4,
                        tr("Down: county hospital to township centre"), Qt::DashLine});
        for (double f : {1.0, 0.5, 0.1})
            if (widest > 0)
                s.items.append(
                    {Item::Line, QColor(0x70, 0x70, 0x70, 170),
                     kMinFlowPx + (kMaxFlowPx - kMinFlowPx) * f,
                     tr("%1 patients a month").arg(locale.toString(widest * f, 'f', 1))});
        sections.append(s);
        // Where the referrals arrive: the county hospitals' beds and DRG revenue.
        MapLegend::Section h{tr("County hospitals in %1").arg(monthLabel(m_month)), {}};
        const Project &p = m_scene->document()->project();
        for (const Facility &f : p.facilities) {
            if (f.level != FacilityLevel::CountyHospital)
                continue;
            const double occupancy = bedOccupancy(f.id), drg = drgRevenue(f.id);
            QString text = f.name;
            if (occupancy >= 0)
                text += QLatin1String(": ") + tr("beds %1 full").arg(percent(occupancy));
            if (drg > 0)
                text +=
                    QLatin1String(", ") + tr("DRG %1 yuan").arg(charts::formatYuan(drg, locale));
            h.items.append({Item::Fill, mapstyle::levelColor(f.level), 10, text});
        }
        if (!h.items.isEmpty())
            sections.append(h);
    } else if (m_flowsOn && m_results && m_flowMax > 0) {
        const FacilityLevel level =
            m_flowTarget == FlowTarget::TownshipCentres   ? FacilityLevel::TownshipCentre
            : m_flowTarget == FlowTarget::CountyHospitals ? FacilityLevel::CountyHospital
                                                          : FacilityLevel::OutOfCountyCity;
        const QString title =
            m_flowTarget == FlowTarget::TownshipCentres   ? tr("Patients to township centres")
            : m_flowTarget == FlowTarget::CountyHospitals ? tr("Patients to county hospitals")
                                                          : tr("Patients leaving the county");
        MapLegend::Section s{title, {}};
        for (double f : {1.0, 0.5, 0.1}) {
            const double e = m_flowMax * f;
            s.items.append({Item::Line, mapstyle::flowColor(level),
                            kMinFlowPx + (kMaxFlowPx - kMinFlowPx) * f,
                            tr("%1 episodes a month").arg(locale.toString(e, 'f', 0))});
        }
        sections.append(s);
    }
    if (m_loadOn && m_results) {
        MapLegend::Section s{tr("Facility load (staff needed / present)"), {}};
        const QString labels[4] = {tr("under 70%: spare capacity"), tr("70-100%: balanced"),
                                   tr("100-130%: busy"), tr("130% and over: overloaded")};
        for (int c = 0; c < 4; ++c)
            s.items.append({Item::Ring, loadClassColor(c), 12, labels[c]});
        sections.append(s);
    }
    if (m_shading == Shading::InCountyRate && m_results) {
        MapLegend::Section s{tr("In-county treatment rate by township"), {}};
        const QString labels[5] = {tr("90% and over (national goal)"), tr("85-90%"), tr("80-85%"),
                                   tr("70-80%"), tr("under 70%")};
        for (int c = 0; c < 5; ++c)
            s.items.append({Item::Fill, mapstyle::classColor(c), 11, labels[c]});
        sections.append(s);
    }
    if (m_shading == Shading::TravelTime) {
        const Project &p = m_scene->document()->project();
        const QString title = m_travelTarget == TravelTarget::NearestTownshipCentre
                                  ? tr("Travel time to the nearest township centre")
                              : m_travelTarget == TravelTarget::NearestCountyHospital
                                  ? tr("Travel time to the nearest county hospital")
                                  : tr("Travel time to %1")
                                        .arg(p.facilities.contains(m_travelFacility)
                                                 ? p.facilities.value(m_travelFacility).name
                                                 : tr("the selected facility (select one)"));
        MapLegend::Section s{title, {}};
        const QString labels[5] = {tr("under 15 min"), tr("15-30 min"), tr("30-60 min"),
                                   tr("60-120 min"), tr("120 min and over")};
        for (int c = 0; c < 5; ++c)
            s.items.append({Item::Fill, mapstyle::classColor(c), 11, labels[c]});
        sections.append(s);
    }
    // What another layer draws (the telemedicine links), last.
    for (const MapLegend::Section &s : std::as_const(m_extraSections))
        if (!s.items.isEmpty())
            sections.append(s);
    m_legend->setTitle(resultsOn ? tr("Month %1").arg(monthLabel(m_month)) : QString());
    m_legend->setSections(sections);
    m_legend->raise();
}

} // namespace cc
