#pragma once

// How much memory published results hold, and how much of it a newer result
// does not share with an older one (what publishing it added): for the tests
// and benchmarks of the shared result blocks (models/sim/sharedseries.h).

#include "models/sim/results.h"

#include <cstddef>

namespace cc::sim {

inline std::size_t resultBytes(const Results &r)
{
    std::size_t bytes = 0;
    forEachResultArray(r, r,
                       [&bytes](const auto &x, const auto &, ResultUnit) { bytes += x.bytes(); });
    return bytes;
}

// Bytes of `r` in blocks `other` does not share.
inline std::size_t resultBytesNotShared(const Results &r, const Results &other)
{
    std::size_t bytes = 0;
    forEachResultArray(r, other, [&bytes](const auto &x, const auto &y, ResultUnit) {
        bytes += x.bytesNotSharedWith(y);
    });
    return bytes;
}

} // namespace cc::sim
