#pragma once

#include "models/sim/results.h"

#include <string>

namespace cc::sim {

// Largest relative difference |a-b| / max(|a|, |b|, 1) over every number of two
// results (indicators, fund, episodes, facility series); `where` names it.
// Infinity when the shapes differ.
double maxRelativeDifference(const Results &a, const Results &b, std::string *where = nullptr);

} // namespace cc::sim
