#pragma once

#include "models/simulation/simulationcontroller.h"
#include "widgets/map/maplegend.h"

#include <QColor>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QVector>

class QAction;
class QActionGroup;
class QGraphicsItem;
class QGraphicsPathItem;
class QMenu;

namespace cc {

class MapLegend;
class MapView;
class MapScene;

// Thematic layers drawn from a published simulation over the county map:
// - patient flows: a line from each township to each facility of the chosen
//   level its residents use, as wide as the episodes that month; or the
//   two-way referrals (双向转诊): up from each township's centre to the
//   hospitals its referred residents go to, down from the county hospitals
//   to the township centre that takes their recovery days;
// - facility load: a ring round each facility coloured by the staff it needs
//   for its workload over the staff it has (WISN, FTE needed / FTE present);
// - the in-county treatment rate (县域就诊率) by township: with no township
//   polygons in the project, each settlement is filled with its township's class;
// - travel time: settlements filled by road minutes to the nearest township
//   centre, the nearest county hospital or a selected facility (15/30/60/120-min
//   bands).
// One month is shown at a time (setMonth); a legend explains what is on.
// With results, the tooltips of township centres and county hospitals give
// their bed occupancy (病床使用率) and DRG revenue in the month shown.
class MapOverlays : public QObject {
    Q_OBJECT
public:
    enum class FlowTarget { TownshipCentres, CountyHospitals, OutOfCounty, Referrals };
    enum class Shading { None, InCountyRate, TravelTime };
    enum class TravelTarget { NearestTownshipCentre, NearestCountyHospital, SelectedFacility };

    MapOverlays(MapView *view, QObject *parent = nullptr);
    ~MapOverlays() override;

    void setResults(const SimulationResultsPtr &results);
    SimulationResultsPtr results() const { return m_results; }
    int month() const { return m_month; }
    int monthCount() const;
    QString monthLabel(int month) const; // "2025-03"

    bool flowsVisible() const { return m_flowsOn; }
    FlowTarget flowTarget() const { return m_flowTarget; }
    bool loadVisible() const { return m_loadOn; }
    Shading shading() const { return m_shading; }
    TravelTarget travelTarget() const { return m_travelTarget; }
    // The facility travel times are measured to with TravelTarget::SelectedFacility.
    EntityId travelFacility() const { return m_travelFacility; }

    // What is drawn, for tests and tooltips.
    enum class FlowKind { Visits, ReferralUp, ReferralDown };
    struct Flow {
        EntityId townshipId = 0;     // whose residents
        EntityId facilityId = 0;     // where they go
        EntityId fromFacilityId = 0; // referrals: where they come from (0: the township)
        double episodes = 0;         // episodes, or referred patients
        double widthPx = 0;
        FlowKind kind = FlowKind::Visits;
    };
    const QVector<Flow> &flows() const { return m_flows; }
    // FTE needed / FTE present in the shown month; < 0 when unknown.
    double loadRatio(EntityId facilityId) const;
    QColor loadColor(EntityId facilityId) const;       // invalid when no ring is drawn
    double townshipRate(EntityId townshipId) const;    // < 0 when unknown
    double travelMinutes(EntityId settlementId) const; // < 0 when unknown
    QColor settlementColor(EntityId settlementId) const;
    // In the month shown: bed-days used over beds x days (< 0 without beds or
    // results) and DRG revenue in yuan (points x point value; < 0 unknown).
    double bedOccupancy(EntityId facilityId) const;
    double drgRevenue(EntityId facilityId) const;
    // A facility's tooltip: its name, and with results its bed occupancy and
    // DRG revenue in the month shown (township centres and county hospitals).
    QString facilityToolTip(EntityId facilityId) const;

    static int loadClass(double ratio);     // 0 light .. 3 overloaded
    static int rateClass(double rate);      // 0 (>= 90%) .. 4 (< 70%)
    static int travelClass(double minutes); // 0 (< 15 min) .. 4 (>= 120 min)

    // Toggles and choices, for menus and tool bars.
    QAction *flowsAction() const { return m_flowsAction; }
    QAction *loadAction() const { return m_loadAction; }
    QAction *rateAction() const { return m_rateAction; }
    QAction *travelAction() const { return m_travelAction; }
    // An "Overlays" menu: the toggles, the flow level and the travel target.
    QMenu *menu() const { return m_menu; }
    MapLegend *legend() const { return m_legend; }
    // Sections of the legend for what other layers draw over the map (the
    // telemedicine links), after the overlays' own.
    void setExtraLegend(const QVector<MapLegend::Section> &sections);

public slots:
    void setMonth(int month);
    void setFlowsVisible(bool on);
    void setFlowTarget(cc::MapOverlays::FlowTarget target);
    void setLoadVisible(bool on);
    void setShading(cc::MapOverlays::Shading shading);
    void setTravelTarget(cc::MapOverlays::TravelTarget target);

signals:
    void resultsChanged();
    void monthChanged(int month);
    void changed(); // anything drawn changed
    // Travel times for the current project and target arrived from the worker.
    void travelReady();

private:
    void createActions();
    void dropItems();    // the scene is about to delete every item
    void rebuildItems(); // after a scene rebuild
    void refresh();      // everything, for the current month
    void updateFlows();
    void updateLoad();
    bool villageRingsVisible() const;
    void updateShading();
    // Starts measuring travel times on a worker thread (a Dijkstra per
    // settlement over the roads): the GUI thread never waits for it.
    void computeTravel();
    void travelComputed();
    void invalidateTravel();
    void computeFlowScale();
    void updateLegend();
    void syncActions();
    QVector<Flow> flowsAt(int month) const;
    QVector<Flow> referralFlowsAt(int month) const;
    QPointF townshipOrigin(EntityId townshipId, bool *ok) const;
    EntityId townshipCentreOf(EntityId townshipId) const;
    void updateFacilityTips();

    MapView *m_view;
    MapScene *m_scene;
    SimulationResultsPtr m_results;
    int m_month = 0;
    bool m_flowsOn = false;
    FlowTarget m_flowTarget = FlowTarget::CountyHospitals;
    bool m_loadOn = false;
    Shading m_shading = Shading::None;
    TravelTarget m_travelTarget = TravelTarget::NearestCountyHospital;
    EntityId m_travelFacility = 0;

    QVector<Flow> m_flows;
    double m_flowMax = 0; // largest flow over all months, so widths compare across months
    QVector<QGraphicsPathItem *> m_flowItems;
    QHash<EntityId, QGraphicsItem *> m_rings;
    bool m_villageRings = false;      // village clinics' rings shown at the last updateLoad()
    QHash<EntityId, double> m_travel; // settlement -> minutes
    bool m_travelValid = false;       // m_travel answers the current project and target
    quint64 m_travelGeneration = 0;   // of the request m_travel must answer
    quint64 m_travelRunning = 0;      // of the job running (0: none)
    QFutureWatcher<QHash<EntityId, double>> *m_travelJob = nullptr;

    QAction *m_flowsAction = nullptr;
    QAction *m_loadAction = nullptr;
    QAction *m_rateAction = nullptr;
    QAction *m_travelAction = nullptr;
    QActionGroup *m_flowTargetGroup = nullptr;
    QActionGroup *m_travelTargetGroup = nullptr;
    QMenu *m_menu = nullptr;
    MapLegend *m_legend = nullptr;
    QVector<MapLegend::Section> m_extraSections;
};

} // namespace cc
