#pragma once

#include "models/domain/investment.h"
#include "widgets/map/maplegend.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>

class QGraphicsItem;

namespace cc {

class MapScene;
class MapView;

// Golden-hour coverage on the map (黄金救治时间覆盖, issue 20): for one kind of
// time-critical care centre (chest pain, stroke, trauma, critical maternal
// care), every village whose road travel time to the nearest such centre of
// the shown scenario exceeds the project's golden hour is marked with a red
// ring; the legend gives how many residents that leaves out. Travel times
// come from models/planner/goldenhour.h on a worker thread (a Dijkstra per
// village); the GUI thread never waits for them.
class MapGoldenHour : public QObject {
    Q_OBJECT
public:
    explicit MapGoldenHour(MapView *view, QObject *parent = nullptr);
    ~MapGoldenHour() override;

    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    void setKind(CareCentreKind kind);
    CareCentreKind kind() const { return m_kind; }
    void setScenario(EntityId scenarioId);
    EntityId scenario() const { return m_scenario; }

    // After the worker answered: minutes to the nearest centre (< 0: none
    // reachable or no centre), and the residents beyond the golden hour.
    bool isReady() const { return m_ready; }
    double minutesToCentre(EntityId settlementId) const
    {
        return m_minutes.value(settlementId, -1);
    }
    double thresholdMinutes() const;
    double populationBeyond() const { return m_beyond; }
    double population() const { return m_population; }
    int villagesBeyond() const { return m_villagesBeyond; }
    int centreCount() const { return m_centres; }
    // The ring at a village beyond the golden hour (nullptr: none drawn).
    QGraphicsItem *item(EntityId settlementId) const { return m_items.value(settlementId); }
    int itemCount() const { return static_cast<int>(m_items.size()); }

    QVector<MapLegend::Section> legendSections() const;
    // One line for the status bar ("Stroke centre: 12,400 residents beyond 60 min").
    QString summary() const;

    struct Coverage {
        QHash<EntityId, double> minutes;
        QHash<EntityId, double> people;
        int centres = 0;
    };

signals:
    // Something drawn changed (the legend and summary may have).
    void drawnChanged();

private:
    void invalidate();
    void compute();
    void computed();
    void redraw();

    MapView *m_view;
    MapScene *m_scene;
    QPointer<MapScene> m_sceneAlive;
    bool m_visible = false;
    CareCentreKind m_kind = CareCentreKind::Stroke;
    EntityId m_scenario = 0;
    QFutureWatcher<Coverage> m_job;
    quint64 m_generation = 1, m_running = 0;
    bool m_ready = false;
    QHash<EntityId, double> m_minutes;
    QHash<EntityId, double> m_people;
    int m_centres = 0;
    double m_beyond = 0, m_population = 0;
    int m_villagesBeyond = 0;
    QHash<EntityId, QGraphicsItem *> m_items;
};

} // namespace cc
