#include "widgets/map/mapgoldenhour.h"

#include "models/domain/projectdocument.h"
#include "models/planner/goldenhour.h"
#include "models/planner/investmentcompile.h"
#include "models/simulation/simcompile.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"

#include <QGraphicsItem>
#include <QLocale>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace cc {

namespace {

constexpr double kRingZ = 11; // over the settlements (10), under the facilities (20+)
constexpr double kRingRadiusPx = 8;
const QColor kBeyondColor(0xd7, 0x30, 0x27); // ColorBrewer RdYlBu red

// A red ring of a fixed size in pixels round a village beyond the golden hour.
class BeyondRing : public QGraphicsItem {
public:
    explicit BeyondRing(const SymbolScale *scale) : m_scale(scale)
    {
        setZValue(kRingZ);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override
    {
        const double r = (kRingRadiusPx + 3) * m_scale->indexMetresPerPixel;
        return {-r, -r, 2 * r, 2 * r};
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        QPen pen(kBeyondColor, 2.5);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const double r = kRingRadiusPx * m_scale->metresPerPixel;
        painter->drawEllipse(QPointF(0, 0), r, r);
    }

private:
    const SymbolScale *m_scale;
};

// On the worker: minutes from each village to its nearest centre of `kind`.
MapGoldenHour::Coverage measure(const Project &project, EntityId scenario, CareCentreKind kind)
{
    MapGoldenHour::Coverage out;
    SimIndexMap map;
    const sim::Input input = compileProject(project, scenario, map);
    const int facilities = static_cast<int>(input.facilities.size());
    const std::vector<char> centres =
        planner::careCentresOf(project, scenario, map, facilities, kind);
    for (char c : centres)
        out.centres += c ? 1 : 0;
    const planner::CoverageMatrix coverage(input);
    for (const Settlement &s : project.settlements) {
        const int si = map.settlements.value(s.id, -1);
        if (si < 0 || !input.settlements[static_cast<std::size_t>(si)].active)
            continue;
        double best = -1;
        for (int f = 0; f < facilities; ++f) {
            if (!centres[static_cast<std::size_t>(f)])
                continue;
            const double m = coverage.minutes(si, f);
            if (m >= 0 && (best < 0 || m < best))
                best = m;
        }
        out.minutes.insert(s.id, best);
        out.people.insert(s.id, static_cast<double>(s.population));
    }
    return out;
}

} // namespace

MapGoldenHour::MapGoldenHour(MapView *view, QObject *parent)
    : QObject(parent), m_view(view), m_scene(view->mapScene()), m_sceneAlive(m_scene)
{
    setObjectName(QStringLiteral("mapGoldenHour"));
    connect(&m_job, &QFutureWatcher<Coverage>::finished, this, &MapGoldenHour::computed);
    connect(m_scene, &MapScene::aboutToRebuild, this, [this] { m_items.clear(); });
    connect(m_scene, &MapScene::rebuilt, this, &MapGoldenHour::redraw);
    ProjectDocument *doc = m_scene->document();
    connect(doc, &ProjectDocument::entityChanged, this, [this](EntityKind kind) {
        switch (kind) {
        case EntityKind::Settlement:
        case EntityKind::Facility:
        case EntityKind::Road:
        case EntityKind::Investment:
        case EntityKind::Scenario:
            invalidate();
            break;
        default:
            break;
        }
    });
    connect(doc, &ProjectDocument::projectReset, this, &MapGoldenHour::invalidate);
    connect(doc, &ProjectDocument::settingsChanged, this, &MapGoldenHour::invalidate);
    // The threshold only redraws: the times stay.
    connect(doc, &ProjectDocument::catalogueChanged, this, &MapGoldenHour::redraw);
}

MapGoldenHour::~MapGoldenHour()
{
    m_job.waitForFinished();
    // The scene may already be gone with its items (the window closes).
    if (m_sceneAlive)
        for (QGraphicsItem *item : std::as_const(m_items))
            delete item;
}

double MapGoldenHour::thresholdMinutes() const
{
    return m_scene->document()->project().catalogue.goldenHourMinutes;
}

void MapGoldenHour::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    if (m_visible && !m_ready)
        compute();
    redraw();
}

void MapGoldenHour::setKind(CareCentreKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidate();
}

void MapGoldenHour::setScenario(EntityId scenarioId)
{
    if (scenarioId == m_scenario)
        return;
    m_scenario = scenarioId;
    invalidate();
}

void MapGoldenHour::invalidate()
{
    ++m_generation;
    m_ready = false;
    if (m_visible)
        compute();
    // The last answer stays drawn until the new one comes.
}

void MapGoldenHour::compute()
{
    if (m_running != 0)
        return; // restarted when the running job ends
    m_running = m_generation;
    const Project &project = m_scene->document()->project();
    const EntityId scenario =
        project.scenarios.contains(m_scenario) ? m_scenario : project.baselineScenarioId();
    // The project's tables are implicitly shared: the job reads a frozen copy.
    m_job.setFuture(QtConcurrent::run(measure, project, scenario, m_kind));
}

void MapGoldenHour::computed()
{
    const quint64 answered = m_running;
    m_running = 0;
    if (answered != m_generation) {
        if (m_visible)
            compute();
        return;
    }
    const Coverage c = m_job.result();
    m_minutes = c.minutes;
    m_people = c.people;
    m_centres = c.centres;
    m_ready = true;
    redraw();
}

void MapGoldenHour::redraw()
{
    for (QGraphicsItem *item : std::as_const(m_items))
        delete item;
    m_items.clear();
    const double threshold = thresholdMinutes();
    m_beyond = 0;
    m_population = 0;
    m_villagesBeyond = 0;
    for (auto it = m_minutes.cbegin(); it != m_minutes.cend(); ++it) {
        const double people = m_people.value(it.key());
        m_population += people;
        if (it.value() >= 0 && it.value() <= threshold)
            continue;
        m_beyond += people;
        ++m_villagesBeyond;
        if (!m_visible || !m_ready)
            continue;
        const Settlement s = m_scene->document()->project().settlements.value(it.key());
        auto *ring = new BeyondRing(m_scene->symbolScale());
        ring->setPos(m_scene->projection().toScene(s.position));
        ring->setToolTip(it.value() < 0
                             ? tr("%1: no %2 within reach").arg(s.name, careCentreLabel(m_kind))
                             : tr("%1: %2 min to the nearest %3")
                                   .arg(s.name)
                                   .arg(std::round(it.value()))
                                   .arg(careCentreLabel(m_kind)));
        m_scene->addItem(ring);
        m_items.insert(it.key(), ring);
    }
    emit drawnChanged();
}

QString MapGoldenHour::summary() const
{
    if (!m_visible)
        return {};
    if (!m_ready)
        return tr("Measuring travel times to the nearest %1...").arg(careCentreLabel(m_kind));
    const QLocale locale;
    if (m_centres == 0)
        return tr("No %1 in this scenario: all %2 residents are beyond the golden hour.")
            .arg(careCentreLabel(m_kind), locale.toString(std::round(m_population), 'f', 0));
    return tr("%1: %2 of %3 residents (%n village(s)) beyond %4 min.", nullptr, m_villagesBeyond)
        .arg(careCentreLabel(m_kind), locale.toString(std::round(m_beyond), 'f', 0),
             locale.toString(std::round(m_population), 'f', 0),
             locale.toString(thresholdMinutes(), 'f', 0));
}

QVector<MapLegend::Section> MapGoldenHour::legendSections() const
{
    if (!m_visible || !m_ready)
        return {};
    const QLocale locale;
    MapLegend::Section section;
    section.title = tr("Golden hour: %1").arg(careCentreLabel(m_kind));
    MapLegend::Item beyond;
    beyond.kind = MapLegend::Item::Ring;
    beyond.color = kBeyondColor;
    beyond.size = 6;
    beyond.text = tr("Beyond %1 min: %2 residents")
                      .arg(locale.toString(thresholdMinutes(), 'f', 0),
                           locale.toString(std::round(m_beyond), 'f', 0));
    section.items.push_back(beyond);
    return {section};
}

} // namespace cc
