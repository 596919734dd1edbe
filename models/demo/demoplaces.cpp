// Boundary, townships, settlements and facilities of the demo county.
#include "models/demo/demobuild.h"
#include "models/demo/demonames.h"

#include <algorithm>
#include <cmath>

namespace cc::demo::detail {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kTargetAreaKm2 = 3100; // mountain counties of Fujian: 2,000-3,500 km2
constexpr int kBoundaryVertices = 144;
constexpr qint64 kTargetPopulation = 380000;
constexpr double kCountySeatShare = 0.27; // urban communities of the seat: 25-30% of residents
// Villages per township (sum 206) plus 6 villages and 8 communities in the seat: 220.
const int kVillagesPerTownship[] = {6, 12, 16, 14, 18, 13, 15, 17, 11, 15, 16, 14, 13, 17, 15};
constexpr int kCommunities = 8;

Ring outlineRing(const CountyLayout &layout)
{
    Ring ring;
    for (int i = 0; i < layout.outline.size(); ++i)
        ring.push_back(layout.frame.toLonLat(layout.outline.vertex(i)));
    return ring;
}

PointKm offset(const PointKm &p, double distanceKm, double bearing)
{
    return PointKm{p.x + distanceKm * std::cos(bearing), p.y + distanceKm * std::sin(bearing)};
}

int nearestSeat(const CountyLayout &layout, const PointKm &p)
{
    int best = 0;
    for (int t = 1; t < layout.townshipSeats.size(); ++t)
        if (lengthKm(p, layout.townshipSeats[t]) < lengthKm(p, layout.townshipSeats[best]))
            best = t;
    return best;
}

// Village sites: inside the county with a margin, in the township's own
// (Voronoi) area around its seat, and apart from every other settlement.
class SitePicker {
public:
    SitePicker(DemoRandom &rng, const CountyLayout &layout, const MultiPolygon &area)
        : m_rng(rng), m_layout(layout), m_area(area)
    {}
    PointKm pick(int township, double radiusKm, double minSeparationKm, bool ownAreaOnly)
    {
        const PointKm seat = m_layout.townshipSeats[township];
        double separation = minSeparationKm;
        for (int attempt = 1;; ++attempt) {
            const double r = radiusKm * std::sqrt(m_rng.uniform());
            const PointKm p = offset(seat, r, m_rng.uniform(0, 2 * kPi));
            if (attempt % 200 == 0)
                separation *= 0.85; // crowded township: accept closer neighbours
            const double bearing = std::atan2(p.y, p.x);
            if (std::hypot(p.x, p.y) > 0.93 * m_layout.outline.radiusAt(bearing))
                continue;
            if (!containsPoint(m_area, m_layout.frame.toLonLat(p)))
                continue;
            if (ownAreaOnly && nearestSeat(m_layout, p) != township)
                continue;
            bool clear = true;
            for (const PointKm &q : m_taken)
                clear = clear && lengthKm(p, q) >= separation;
            if (!clear)
                continue;
            m_taken.push_back(p);
            return p;
        }
    }
    void take(const PointKm &p) { m_taken.push_back(p); }

private:
    DemoRandom &m_rng;
    const CountyLayout &m_layout;
    const MultiPolygon &m_area;
    QVector<PointKm> m_taken;
};

// Scales weights to a total and rounds each to 10 residents.
QVector<qint64> apportion(const QVector<double> &weights, double total)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    QVector<qint64> result;
    for (double w : weights)
        result.push_back(static_cast<qint64>(std::llround(w / sum * total / 10.0)) * 10);
    return result;
}

} // namespace

void buildPlaces(Project &p, CountyLayout &layout)
{
    DemoRandom rng(0x51A65A11C0DE0001ULL);

    // Boundary: scale the outline until its ellipsoidal area is the target.
    layout.outline = makeRadialOutline(rng, kBoundaryVertices);
    layout.outline.scaleKm = 30;
    for (int i = 0; i < 3; ++i) {
        const double area = areaKm2(MultiPolygon{Polygon{outlineRing(layout)}});
        layout.outline.scaleKm *= std::sqrt(kTargetAreaKm2 / area);
    }
    p.title = QStringLiteral("青山县");
    p.boundary.name = QStringLiteral("青山县");
    p.boundary.nameEn = QStringLiteral("Qingshan County");
    p.boundary.area = MultiPolygon{Polygon{outlineRing(layout)}};

    // Township seats: the county seat near the centre, the others on a ring at
    // half to two thirds of the way to the border.
    const QVector<TownshipName> names = townshipNames();
    layout.countySeat = PointKm{1.6, -1.2};
    layout.townshipSeats = {layout.countySeat};
    const int rural = names.size() - 1;
    for (int t = 0; t < rural; ++t) {
        const double bearing = 2 * kPi * (t + 0.3) / rural + rng.uniform(-0.12, 0.12);
        const double r = rng.uniform(0.50, 0.66) * layout.outline.radiusAt(bearing);
        layout.townshipSeats.push_back(PointKm{r * std::cos(bearing), r * std::sin(bearing)});
    }
    // Referral destinations lie north-east, towards the prefecture city (about
    // 70 km by air) and the provincial capital (about 180 km).
    layout.cityHospital = offset(layout.countySeat, 70, 38 * kPi / 180);
    layout.provincialHospital = offset(layout.countySeat, 180, 47 * kPi / 180);
    for (int t = 0; t < names.size(); ++t) {
        const EntityId id = t + 1;
        p.townships.insert(id, Township{id, names[t].township.zh, names[t].township.en});
    }

    // Settlements, township by township; weights first, populations at the end.
    VillageNamer namer(rng);
    for (const TownshipName &n : names)
        namer.reserve(n.seatVillage);
    SitePicker sites(rng, layout, p.boundary.area);
    for (const PointKm &seat : layout.townshipSeats)
        sites.take(seat);
    QVector<double> communityWeights, villageWeights;
    QVector<EntityId> communityIds, villageIds;
    layout.settlementsByTownship.resize(names.size());
    EntityId nextSettlement = 1;
    auto addSettlement = [&](int township, const PlaceName &name, const PointKm &at, bool urban,
                             double weight) {
        Settlement s;
        s.id = nextSettlement++;
        s.name = name.zh;
        s.nameEn = name.en;
        s.position = layout.frame.toLonLat(at);
        s.townshipId = township + 1;
        s.urban = urban;
        // Family-doctor signing before the reform: 30-40% (NHC reports about
        // 35-45% nationally, lower in mountain counties).
        s.signedShare = std::round(rng.uniform(0.30, 0.40) * 1000) / 1000;
        p.settlements.insert(s.id, s);
        layout.settlementsByTownship[township].push_back(s.id);
        (urban ? communityWeights : villageWeights).push_back(weight);
        (urban ? communityIds : villageIds).push_back(s.id);
    };
    const QVector<PlaceName> communities = communityNames();
    for (int c = 0; c < kCommunities; ++c)
        addSettlement(0, communities[c], sites.pick(0, 3.0, 0.7, false), true,
                      rng.uniform(0.7, 1.3));
    for (int t = 0; t < names.size(); ++t) {
        int villages = kVillagesPerTownship[t];
        if (!names[t].countySeat) {
            // The village around the township seat is the largest of the township.
            const PointKm at = offset(layout.townshipSeats[t], 0.35, rng.uniform(0, 2 * kPi));
            sites.take(at);
            addSettlement(t, names[t].seatVillage, at, false, rng.uniform(2.2, 3.0));
            --villages;
        }
        for (int v = 0; v < villages; ++v)
            addSettlement(t, namer.next(), sites.pick(t, 13.0, 1.8, true), false,
                          rng.uniform(0.55, 1.45));
    }
    const QVector<qint64> urbanPop =
        apportion(communityWeights, kTargetPopulation * kCountySeatShare);
    const QVector<qint64> ruralPop =
        apportion(villageWeights, kTargetPopulation * (1 - kCountySeatShare));
    for (int i = 0; i < communityIds.size(); ++i)
        p.settlements[communityIds[i]].population = urbanPop[i];
    for (int i = 0; i < villageIds.size(); ++i)
        p.settlements[villageIds[i]].population = ruralPop[i];
}

void buildFacilities(Project &p, const CountyLayout &layout)
{
    DemoRandom rng(0x51A65A11C0DE0002ULL);
    auto capabilities = [&](Facility &f) {
        for (const ServiceLine &l : p.serviceLines) {
            const double typical = typicalCapability(f.level, f.kind, l.code);
            // Grassroots facilities of one level differ a little (equipment,
            // habits); the single hospitals of each kind keep the typical value,
            // and village clinics never admit, so their inpatient value stays too.
            const double spread =
                isGrassroots(f.level) && typical > 0.1 ? rng.uniform(-0.04, 0.04) : 0.0;
            f.capability.insert(l.id,
                                std::round(std::clamp(typical + spread, 0.0, 1.0) * 100) / 100);
        }
    };
    auto add = [&](EntityId id, const QString &name, const QString &nameEn, FacilityLevel level,
                   HospitalKind kind, const PointKm &at, int beds, EntityId township) {
        Facility f;
        f.id = id;
        f.name = name;
        f.nameEn = nameEn;
        f.level = level;
        f.kind = kind;
        f.position = layout.frame.toLonLat(at);
        f.beds = beds;
        f.townshipId = township;
        f.inAlliance = isInCounty(level);
        capabilities(f);
        p.facilities.insert(id, f);
    };

    // County hospitals: about 3.1 county-level beds per 1,000 residents, what a
    // county of 380,000 needs for its in-county admissions (0.20 per person a
    // year, about three in five at the county hospitals, 8 days each) at 85%
    // occupancy (editable assumption; NHC statistical bulletin 2023: 7.2 beds
    // per 1,000 residents across all facilities).
    add(kCountyGeneralHospitalId, QStringLiteral("青山县医院"),
        QStringLiteral("Qingshan County Hospital"), FacilityLevel::CountyHospital,
        HospitalKind::General, offset(layout.countySeat, 0.8, 0.6), 850, 0);
    add(kCountyTcmHospitalId, QStringLiteral("青山县中医院"),
        QStringLiteral("Qingshan County Hospital of Traditional Chinese Medicine"),
        FacilityLevel::CountyHospital, HospitalKind::Tcm, offset(layout.countySeat, 1.1, 2.6), 330,
        0);

    // Township centres: 20-60 beds (national THC average about 50); the county
    // seat has a community health service centre with a small ward instead.
    const QVector<TownshipName> names = townshipNames();
    for (int t = 0; t < names.size(); ++t) {
        const EntityId township = t + 1;
        const PointKm seat = layout.townshipSeats[t];
        if (names[t].countySeat) {
            add(kFirstTownshipCentreId + t, QStringLiteral("城关镇社区卫生服务中心"),
                QStringLiteral("Chengguan Community Health Service Centre"),
                FacilityLevel::TownshipCentre, HospitalKind::General, offset(seat, 0.9, 4.2), 20,
                township);
            continue;
        }
        add(kFirstTownshipCentreId + t, names[t].township.zh + QStringLiteral("卫生院"),
            names[t].township.en + QStringLiteral(" Health Centre"), FacilityLevel::TownshipCentre,
            HospitalKind::General, offset(seat, 0.25, rng.uniform(0, 2 * kPi)),
            5 * rng.integer(4, 12), township);
    }

    // Referral hospitals outside the county (tertiary, large).
    add(kCityHospitalId, QStringLiteral("市第一医院"),
        QStringLiteral("First Hospital of the Prefecture City"), FacilityLevel::OutOfCountyCity,
        HospitalKind::General, layout.cityHospital, 1800, 0);
    add(kProvincialHospitalId, QStringLiteral("省立医院"), QStringLiteral("Provincial Hospital"),
        FacilityLevel::OutOfCountyProvince, HospitalKind::General, layout.provincialHospital, 3000,
        0);

    // One village clinic per administrative village (村卫生室), beside the village centre.
    EntityId next = kFirstVillageClinicId;
    for (const Settlement &s : p.settlements) {
        if (s.urban)
            continue;
        const PointKm at =
            offset(layout.frame.toKm(s.position), rng.uniform(0.08, 0.25), rng.uniform(0, 2 * kPi));
        add(next++, s.name.chopped(1) + QStringLiteral("村卫生室"),
            s.nameEn.chopped(int(qstrlen("Village"))) + QStringLiteral("Village Clinic"),
            FacilityLevel::VillageClinic, HospitalKind::General, at, 0, s.townshipId);
    }
    // One community health service station (社区卫生服务站) per urban community,
    // the towns' first contact at the level of a village clinic.
    for (const Settlement &s : p.settlements) {
        if (!s.urban)
            continue;
        const PointKm at =
            offset(layout.frame.toKm(s.position), rng.uniform(0.05, 0.15), rng.uniform(0, 2 * kPi));
        add(next++, s.name + QStringLiteral("卫生服务站"),
            s.nameEn + QStringLiteral(" Health Station"), FacilityLevel::VillageClinic,
            HospitalKind::General, at, 0, s.townshipId);
    }
}

} // namespace cc::demo::detail
