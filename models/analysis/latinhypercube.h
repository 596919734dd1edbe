#pragma once

#include <cstdint>
#include <vector>

namespace cc::analysis {

// A small, fully specified generator (SplitMix64, Steele, Lea & Flood 2014),
// so a seed gives the same sample on every platform and standard library
// (std::uniform_real_distribution is implementation-defined).
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    double uniform();                     // [0, 1), 53 random bits
    std::uint64_t below(std::uint64_t n); // [0, n), unbiased (rejection)

private:
    std::uint64_t m_state;
};

// Latin hypercube sample of `draws` points in [0,1)^dimensions (McKay, Beckman
// & Conover 1979): in every dimension the N strata [i/N, (i+1)/N) each hold
// exactly one point, the strata are paired across dimensions by independent
// random permutations, and each point is uniform inside its stratum.
// Returns [draw][dimension]. The same seed gives the same sample.
std::vector<std::vector<double>> latinHypercube(int draws, int dimensions, std::uint64_t seed);

} // namespace cc::analysis
