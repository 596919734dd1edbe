#pragma once

#include "models/sim/siminput.h"

#include <unordered_map>
#include <vector>

namespace cc::sim {

// Great-circle distance in km (haversine, WGS 84 mean radius 6,371.0088 km).
double haversineKm(double lon1, double lat1, double lon2, double lat2);

// The road layer as a graph: every polyline vertex is a node, consecutive
// vertices are joined by an edge timed at the road's speed; roads meet where
// they share a vertex (coordinates equal to 1e-7 degree).
class RoadNetwork {
public:
    void build(const std::vector<Road> &roads);
    bool empty() const { return m_nodes.empty(); }
    int nodeCount() const { return static_cast<int>(m_nodes.size()); }

    // Nearest node (-1 when there are none) and its straight-line distance in km.
    int nearestNode(double lon, double lat, double *distanceKm) const;

    // Reusable Dijkstra buffers (one per thread).
    struct Scratch {
        std::vector<double> dist;
        std::vector<int> touched;
        std::vector<char> isTarget;
    };
    // Network minutes from `source` to each of `targets` (infinity when
    // unreachable or not below the target's bound). Stops once every target
    // is settled or past its bound.
    void minutesTo(int source, const std::vector<int> &targets, const std::vector<double> &bounds,
                   std::vector<double> &out, Scratch &scratch) const;

private:
    long long cellKey(int ix, int iy) const
    {
        return (static_cast<long long>(ix) << 32) ^ (iy & 0xffffffffLL);
    }
    std::vector<RoadPoint> m_nodes;
    std::vector<int> m_adjStart;
    std::vector<int> m_adjTo;
    std::vector<double> m_adjMinutes;
    // Uniform grid over (lon * cos(lat0), lat) for nearest-node queries.
    double m_cosLat0 = 1.0;
    double m_cell = 0.02;
    std::unordered_map<long long, std::vector<int>> m_grid;
    int m_minIx = 0, m_maxIx = 0, m_minIy = 0, m_maxIy = 0;
};

// Where a point joins the road network: node and off-road minutes to it.
struct Access {
    int node = -1;
    double minutes = 0;
};

// Candidate destinations of each settlement (DESIGN.md "candidate set"): the
// nearest village clinics and township centres of its county by straight-line
// distance, every county hospital of its county and every out-of-county
// destination it may use, in that order.
class CandidateFinder {
public:
    void build(const Input &input);
    // Candidates of settlement s, and for each whether it is the settlement's
    // home grassroots facility (nearest clinic; own township's centre).
    void find(const Input &input, int s, std::vector<int> &facilities,
              std::vector<char> &home) const;

private:
    struct RegionLists {
        std::vector<int> byLevel[kLevels];
    };
    std::unordered_map<int, RegionLists> m_regions;
    std::vector<int> m_everywhere; // out-of-county destinations with region -1
};

// Travel minutes from settlements to facilities: over the road network where it
// helps, else straight line x detour at the off-road speed.
class TravelModel {
public:
    void build(const Input &input);                 // network + every facility's access
    void updateFacility(const Input &input, int f); // after a facility moved or was added
    Access settlementAccess(const Input &input, int s) const;
    // Minutes from settlement s to each facility in `facilities`.
    void minutes(const Input &input, int s, const std::vector<int> &facilities,
                 std::vector<double> &out, RoadNetwork::Scratch &scratch) const;
    // The same from facility f's side: minutes from each of `settlements`
    // (whose access points are given, by settlement index) to f.
    void minutesFrom(const Input &input, int f, const std::vector<int> &settlements,
                     const std::vector<Access> &access, std::vector<double> &out,
                     RoadNetwork::Scratch &scratch) const;
    double directMinutes(double km) const { return km * m_detour / m_speed * 60.0; }

private:
    Access accessOf(double lon, double lat) const;
    // Minutes from `source` to each end: the straight-line time `direct`, or
    // over the network where that is shorter (one search).
    void searchMinutes(const Access &source, const std::vector<Access> &ends,
                       const std::vector<double> &direct, std::vector<double> &out,
                       RoadNetwork::Scratch &scratch) const;
    RoadNetwork m_network;
    std::vector<Access> m_facilityAccess;
    double m_detour = 1.4;
    double m_speed = 30;
};

} // namespace cc::sim
