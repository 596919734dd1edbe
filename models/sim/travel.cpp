#include "models/sim/travel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace cc::sim {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kInf = std::numeric_limits<double>::infinity();
double radians(double deg)
{
    return deg * kPi / 180.0;
}

// Squared equirectangular distance (degrees of latitude), for ranking only.
double rankDistance(double lon1, double lat1, double lon2, double lat2)
{
    const double x = (lon2 - lon1) * std::cos(radians(0.5 * (lat1 + lat2)));
    const double y = lat2 - lat1;
    return x * x + y * y;
}
} // namespace

double haversineKm(double lon1, double lat1, double lon2, double lat2)
{
    const double dLat = radians(lat2 - lat1);
    const double dLon = radians(lon2 - lon1);
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(radians(lat1)) * std::cos(radians(lat2)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * 6371.0088 * std::asin(std::min(1.0, std::sqrt(a)));
}

void RoadNetwork::build(const std::vector<Road> &roads)
{
    m_nodes.clear();
    m_grid.clear();
    std::unordered_map<long long, int> index;
    struct Edge {
        int a, b;
        double minutes;
    };
    std::vector<Edge> edges;
    auto nodeOf = [&](const RoadPoint &p) {
        const long long key = (static_cast<long long>(std::llround(p.lon * 1e7)) << 32) ^
                              (std::llround(p.lat * 1e7) & 0xffffffffLL);
        const auto [it, inserted] = index.emplace(key, static_cast<int>(m_nodes.size()));
        if (inserted)
            m_nodes.push_back(p);
        return it->second;
    };
    for (const Road &r : roads) {
        if (!r.active || r.path.size() < 2 || r.speedKmh <= 0)
            continue;
        int prev = nodeOf(r.path.front());
        for (std::size_t i = 1; i < r.path.size(); ++i) {
            const int next = nodeOf(r.path[i]);
            if (next != prev) {
                const double km = haversineKm(m_nodes[prev].lon, m_nodes[prev].lat,
                                              m_nodes[next].lon, m_nodes[next].lat);
                edges.push_back({prev, next, km / r.speedKmh * 60.0});
            }
            prev = next;
        }
    }
    const int n = nodeCount();
    m_adjStart.assign(n + 1, 0);
    for (const Edge &e : edges) {
        ++m_adjStart[e.a + 1];
        ++m_adjStart[e.b + 1];
    }
    for (int i = 0; i < n; ++i)
        m_adjStart[i + 1] += m_adjStart[i];
    m_adjTo.assign(m_adjStart[n], 0);
    m_adjMinutes.assign(m_adjStart[n], 0);
    std::vector<int> fill(m_adjStart.begin(), m_adjStart.end() - 1);
    for (const Edge &e : edges) {
        m_adjTo[fill[e.a]] = e.b;
        m_adjMinutes[fill[e.a]++] = e.minutes;
        m_adjTo[fill[e.b]] = e.a;
        m_adjMinutes[fill[e.b]++] = e.minutes;
    }
    if (n == 0)
        return;
    double latSum = 0;
    for (const RoadPoint &p : m_nodes)
        latSum += p.lat;
    m_cosLat0 = std::cos(radians(latSum / n));
    m_minIx = m_minIy = std::numeric_limits<int>::max();
    m_maxIx = m_maxIy = std::numeric_limits<int>::min();
    for (int i = 0; i < n; ++i) {
        const int ix = static_cast<int>(std::floor(m_nodes[i].lon * m_cosLat0 / m_cell));
        const int iy = static_cast<int>(std::floor(m_nodes[i].lat / m_cell));
        m_grid[cellKey(ix, iy)].push_back(i);
        m_minIx = std::min(m_minIx, ix);
        m_maxIx = std::max(m_maxIx, ix);
        m_minIy = std::min(m_minIy, iy);
        m_maxIy = std::max(m_maxIy, iy);
    }
}

int RoadNetwork::nearestNode(double lon, double lat, double *distanceKm) const
{
    if (m_nodes.empty())
        return -1;
    const double x = lon * m_cosLat0;
    const int cx = static_cast<int>(std::floor(x / m_cell));
    const int cy = static_cast<int>(std::floor(lat / m_cell));
    int best = -1;
    double bestD = kInf;
    const int maxRing = std::max({std::abs(cx - m_minIx), std::abs(cx - m_maxIx),
                                  std::abs(cy - m_minIy), std::abs(cy - m_maxIy)}) +
                        1;
    // Rings before the grid's bounding box are empty: start at the box.
    const int firstRing = std::max({0, m_minIx - cx, cx - m_maxIx, m_minIy - cy, cy - m_maxIy});
    auto visit = [&](int ix, int iy) {
        const auto it = m_grid.find(cellKey(ix, iy));
        if (it == m_grid.end())
            return;
        for (int i : it->second) {
            const double dx = m_nodes[i].lon * m_cosLat0 - x;
            const double dy = m_nodes[i].lat - lat;
            const double d = dx * dx + dy * dy;
            if (d < bestD || (d == bestD && i < best)) {
                bestD = d;
                best = i;
            }
        }
    };
    for (int r = firstRing; r <= maxRing; ++r) {
        const int x0 = std::max(cx - r, m_minIx), x1 = std::min(cx + r, m_maxIx);
        for (int ix = x0; ix <= x1; ++ix) {
            if (std::abs(ix - cx) == r) {
                for (int iy = std::max(cy - r, m_minIy); iy <= std::min(cy + r, m_maxIy); ++iy)
                    visit(ix, iy);
            } else {
                if (cy - r >= m_minIy)
                    visit(ix, cy - r);
                if (r > 0 && cy + r <= m_maxIy)
                    visit(ix, cy + r);
            }
        }
        // Any node in a later ring is at least r cells away.
        if (best >= 0 && std::sqrt(bestD) <= r * m_cell)
            break;
    }
    if (distanceKm)
        *distanceKm = haversineKm(lon, lat, m_nodes[best].lon, m_nodes[best].lat);
    return best;
}

void RoadNetwork::minutesTo(int source, const std::vector<int> &targets,
                            const std::vector<double> &bounds, std::vector<double> &out,
                            Scratch &scratch) const
{
    out.assign(targets.size(), kInf);
    if (source < 0 || m_nodes.empty())
        return;
    if (scratch.dist.size() != m_nodes.size()) {
        scratch.dist.assign(m_nodes.size(), kInf);
        scratch.isTarget.assign(m_nodes.size(), 0);
    }
    for (int i : scratch.touched)
        scratch.dist[i] = kInf;
    scratch.touched.clear();
    // The search ends when every target is settled or none left unsettled
    // could still beat its bound.
    std::size_t remaining = 0;
    for (int t : targets)
        if (t >= 0) {
            ++remaining;
            scratch.isTarget[t] = 1;
        }
    auto reach = [&] {
        double r = -kInf;
        for (std::size_t i = 0; i < targets.size(); ++i)
            if (targets[i] >= 0 && out[i] == kInf)
                r = std::max(r, bounds[i]);
        return r;
    };
    double bound = reach();
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    scratch.dist[source] = 0;
    scratch.touched.push_back(source);
    queue.push({0.0, source});
    while (!queue.empty() && remaining > 0) {
        const auto [d, u] = queue.top();
        queue.pop();
        if (d > scratch.dist[u])
            continue;
        if (d > bound)
            break;
        if (scratch.isTarget[u]) {
            for (std::size_t i = 0; i < targets.size(); ++i)
                if (targets[i] == u && out[i] == kInf) {
                    out[i] = d;
                    --remaining;
                }
            bound = reach();
        }
        for (int e = m_adjStart[u]; e < m_adjStart[u + 1]; ++e) {
            const int v = m_adjTo[e];
            const double nd = d + m_adjMinutes[e];
            if (nd < scratch.dist[v]) {
                if (scratch.dist[v] == kInf)
                    scratch.touched.push_back(v);
                scratch.dist[v] = nd;
                queue.push({nd, v});
            }
        }
    }
    for (int t : targets)
        if (t >= 0)
            scratch.isTarget[t] = 0;
}

void CandidateFinder::build(const Input &input)
{
    m_regions.clear();
    m_everywhere.clear();
    for (int f = 0; f < static_cast<int>(input.facilities.size()); ++f) {
        const Facility &fac = input.facilities[f];
        if (!fac.active)
            continue;
        if (fac.region < 0)
            m_everywhere.push_back(f);
        else
            m_regions[fac.region].byLevel[fac.level].push_back(f);
    }
}

void CandidateFinder::find(const Input &input, int s, std::vector<int> &facilities,
                           std::vector<char> &home) const
{
    facilities.clear();
    home.clear();
    const Settlement &st = input.settlements[s];
    const auto it = m_regions.find(st.region);
    auto nearest = [&](const std::vector<int> &pool, int count) {
        std::vector<std::pair<double, int>> ranked;
        ranked.reserve(pool.size());
        for (int f : pool) {
            const Facility &fac = input.facilities[f];
            ranked.emplace_back(rankDistance(st.lon, st.lat, fac.lon, fac.lat), f);
        }
        const std::size_t n = std::min<std::size_t>(ranked.size(), std::max(0, count));
        std::partial_sort(ranked.begin(), ranked.begin() + n, ranked.end());
        std::vector<int> out;
        for (std::size_t i = 0; i < n; ++i)
            out.push_back(ranked[i].second);
        return out;
    };
    if (it != m_regions.end()) {
        const RegionLists &lists = it->second;
        const std::vector<int> vcs =
            nearest(lists.byLevel[VillageClinic],
                    input.settings.integer(SettingKey::CandidateVillageClinics));
        for (std::size_t i = 0; i < vcs.size(); ++i) {
            facilities.push_back(vcs[i]);
            home.push_back(i == 0);
        }
        const std::vector<int> thcs =
            nearest(lists.byLevel[TownshipCentre],
                    input.settings.integer(SettingKey::CandidateTownshipCentres));
        bool ownFound = false;
        for (int f : thcs)
            ownFound = ownFound || input.facilities[f].township == st.township;
        for (std::size_t i = 0; i < thcs.size(); ++i) {
            facilities.push_back(thcs[i]);
            const bool own = input.facilities[thcs[i]].township == st.township;
            home.push_back(ownFound ? own : i == 0);
        }
        for (int level = CountyHospital; level < kLevels; ++level)
            for (int f : lists.byLevel[level]) {
                facilities.push_back(f);
                home.push_back(0);
            }
    }
    for (int f : m_everywhere) {
        facilities.push_back(f);
        home.push_back(0);
    }
}

void TravelModel::build(const Input &input)
{
    m_detour = input.settings[SettingKey::DetourFactor];
    m_speed = input.settings[SettingKey::OffRoadSpeedKmh];
    m_network.build(input.roads);
    m_facilityAccess.assign(input.facilities.size(), Access{});
    for (int f = 0; f < static_cast<int>(input.facilities.size()); ++f)
        updateFacility(input, f);
}

void TravelModel::updateFacility(const Input &input, int f)
{
    if (static_cast<int>(m_facilityAccess.size()) <= f)
        m_facilityAccess.resize(static_cast<std::size_t>(f) + 1);
    const Facility &fac = input.facilities[f];
    m_facilityAccess[f] = accessOf(fac.lon, fac.lat);
}

Access TravelModel::accessOf(double lon, double lat) const
{
    Access a;
    double km = 0;
    a.node = m_network.nearestNode(lon, lat, &km);
    a.minutes = a.node >= 0 ? directMinutes(km) : 0.0;
    return a;
}

Access TravelModel::settlementAccess(const Input &input, int s) const
{
    const Settlement &st = input.settlements[s];
    return accessOf(st.lon, st.lat);
}

void TravelModel::minutes(const Input &input, int s, const std::vector<int> &facilities,
                          std::vector<double> &out, RoadNetwork::Scratch &scratch) const
{
    const Settlement &st = input.settlements[s];
    std::vector<double> direct(facilities.size());
    std::vector<Access> ends(facilities.size());
    for (std::size_t i = 0; i < facilities.size(); ++i) {
        const Facility &fac = input.facilities[facilities[i]];
        direct[i] = directMinutes(haversineKm(st.lon, st.lat, fac.lon, fac.lat));
        ends[i] = m_facilityAccess[facilities[i]];
    }
    searchMinutes(accessOf(st.lon, st.lat), ends, direct, out, scratch);
}

void TravelModel::minutesFrom(const Input &input, int f, const std::vector<int> &settlements,
                              const std::vector<Access> &access, std::vector<double> &out,
                              RoadNetwork::Scratch &scratch) const
{
    // As minutes(), searching from the facility: roads run both ways.
    const Facility &fac = input.facilities[f];
    std::vector<double> direct(settlements.size());
    std::vector<Access> ends(settlements.size());
    for (std::size_t i = 0; i < settlements.size(); ++i) {
        const Settlement &st = input.settlements[settlements[i]];
        direct[i] = directMinutes(haversineKm(st.lon, st.lat, fac.lon, fac.lat));
        ends[i] = access[settlements[i]];
    }
    searchMinutes(m_facilityAccess[f], ends, direct, out, scratch);
}

void TravelModel::searchMinutes(const Access &source, const std::vector<Access> &ends,
                                const std::vector<double> &direct, std::vector<double> &out,
                                RoadNetwork::Scratch &scratch) const
{
    out = direct;
    if (source.node < 0)
        return;
    std::vector<int> targets(ends.size(), -1);
    std::vector<double> bounds(ends.size(), 0.0);
    for (std::size_t i = 0; i < ends.size(); ++i) {
        targets[i] = ends[i].node;
        // The network helps only below the straight-line time.
        bounds[i] = direct[i] - source.minutes - ends[i].minutes;
    }
    std::vector<double> net;
    m_network.minutesTo(source.node, targets, bounds, net, scratch);
    for (std::size_t i = 0; i < ends.size(); ++i)
        if (targets[i] >= 0 && net[i] < kInf)
            out[i] = std::min(out[i], source.minutes + net[i] + ends[i].minutes);
}

} // namespace cc::sim
