// The road network of the demo county. Roads meet at shared vertices (a
// township road starts exactly where the provincial road ends), so a router
// that joins identical points finds one connected network.
#include "models/demo/demobuild.h"

#include <algorithm>
#include <cmath>

namespace cc::demo::detail {

namespace {

constexpr double kPi = 3.14159265358979323846;

class RoadBuilder {
public:
    RoadBuilder(Project &p, const CountyLayout &layout) : m_project(p), m_layout(layout) {}

    void add(const QString &name, RoadClass roadClass, const QVector<PointKm> &path)
    {
        Road r;
        r.id = nextId<Road>(m_project);
        r.name = name;
        r.roadClass = roadClass;
        r.speedKmh = defaultSpeedKmh(roadClass);
        for (const PointKm &pt : path)
            r.path.push_back(m_layout.frame.toLonLat(pt));
        m_project.roads.insert(r.id, r);
    }

private:
    Project &m_project;
    const CountyLayout &m_layout;
};

PointKm kmOf(const Project &p, const CountyLayout &layout, EntityId settlementId)
{
    return layout.frame.toKm(p.settlements.value(settlementId).position);
}

} // namespace

void buildRoads(Project &p, const CountyLayout &layout)
{
    DemoRandom rng(0x51A65A11C0DE0003ULL);
    RoadBuilder roads(p, layout);
    const PointKm seat = layout.countySeat;

    // National road: enters from the south-west, runs through the county seat
    // and on to the prefecture city. Mountain national roads wind: sway 10%.
    const double cityBearing =
        std::atan2(layout.cityHospital.y - seat.y, layout.cityHospital.x - seat.x);
    const double entryBearing = cityBearing + kPi + 0.3;
    const PointKm entry =
        PointKm{1.08 * layout.outline.radiusAt(entryBearing) * std::cos(entryBearing),
                1.08 * layout.outline.radiusAt(entryBearing) * std::sin(entryBearing)};
    QVector<PointKm> national = windingPath(rng, entry, seat, 2.0, 0.08);
    const QVector<PointKm> onward = windingPath(rng, seat, layout.cityHospital, 2.5, 0.06);
    national.append(onward.mid(1));
    roads.add(QStringLiteral("国道G356"), RoadClass::National, national);

    // Expressways: the county seat interchange to the prefecture city, and the
    // city to the provincial capital.
    roads.add(QStringLiteral("S18 青山高速"), RoadClass::Expressway,
              windingPath(rng, seat, layout.cityHospital, 4.0, 0.04));
    roads.add(QStringLiteral("G70 福银高速"), RoadClass::Expressway,
              windingPath(rng, layout.cityHospital, layout.provincialHospital, 8.0, 0.03));

    // Provincial roads from the county seat to each township seat.
    const QVector<Township> townships = p.townships.values().toVector();
    for (int t = 1; t < layout.townshipSeats.size(); ++t) {
        const QString name =
            QStringLiteral("省道S%1 城关—%2").arg(200 + t).arg(townships[t].name.chopped(1));
        roads.add(name, RoadClass::Provincial,
                  windingPath(rng, seat, layout.townshipSeats[t], 1.5, 0.10));
    }

    // Township and village roads: a tree per township. Settlements are joined in
    // order of distance from the seat, each to the nearest point already on the
    // network (the seat or an earlier settlement): the shape of hill-country
    // roads that follow valleys outwards.
    int countyRoadNumber = 101;
    for (int t = 0; t < layout.townshipSeats.size(); ++t) {
        const PointKm hub = layout.townshipSeats[t];
        QVector<EntityId> order = layout.settlementsByTownship[t];
        std::stable_sort(order.begin(), order.end(), [&](EntityId a, EntityId b) {
            return lengthKm(kmOf(p, layout, a), hub) < lengthKm(kmOf(p, layout, b), hub);
        });
        QVector<PointKm> onNetwork{hub};
        QVector<QString> nodeNames{townships[t].name};
        for (EntityId id : order) {
            const PointKm at = kmOf(p, layout, id);
            int nearest = 0;
            for (int i = 1; i < onNetwork.size(); ++i)
                if (lengthKm(at, onNetwork[i]) < lengthKm(at, onNetwork[nearest]))
                    nearest = i;
            const Settlement &s = p.settlements[id];
            const bool fromHub = nearest == 0;
            const QString name = fromHub
                                     ? QStringLiteral("县道X%1").arg(countyRoadNumber++)
                                     : QStringLiteral("村道 %1—%2").arg(nodeNames[nearest], s.name);
            roads.add(name, fromHub ? RoadClass::County : RoadClass::Village,
                      windingPath(rng, onNetwork[nearest], at, 1.0, 0.12));
            onNetwork.push_back(at);
            nodeNames.push_back(s.name);
        }
    }
}

} // namespace cc::demo::detail
