#include "models/analysis/latinhypercube.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cc::analysis {

std::uint64_t SplitMix64::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double SplitMix64::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

std::uint64_t SplitMix64::below(std::uint64_t n)
{
    if (n <= 1)
        return 0;
    // Reject the top partial block so every value is equally likely.
    const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % n);
    std::uint64_t x;
    do
        x = next();
    while (x >= limit);
    return x % n;
}

std::vector<std::vector<double>> latinHypercube(int draws, int dimensions, std::uint64_t seed)
{
    const int n = std::max(0, draws);
    const int d = std::max(0, dimensions);
    std::vector<std::vector<double>> points(static_cast<std::size_t>(n),
                                            std::vector<double>(static_cast<std::size_t>(d)));
    SplitMix64 rng(seed);
    std::vector<int> strata(static_cast<std::size_t>(n));
    for (int j = 0; j < d; ++j) {
        std::iota(strata.begin(), strata.end(), 0);
        for (int i = n - 1; i > 0; --i) // Fisher-Yates
            std::swap(
                strata[static_cast<std::size_t>(i)],
                strata[static_cast<std::size_t>(rng.below(static_cast<std::uint64_t>(i) + 1))]);
        for (int i = 0; i < n; ++i) {
            const int stratum = strata[static_cast<std::size_t>(i)];
            double u = (stratum + rng.uniform()) / n;
            // Rounding must not carry a point into the next stratum.
            const double top = (stratum + 1.0) / n;
            if (u >= top)
                u = std::nextafter(top, 0.0);
            points[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] = u;
        }
    }
    return points;
}

} // namespace cc::analysis
