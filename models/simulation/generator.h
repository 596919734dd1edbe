#pragma once

#include "models/sim/siminput.h"

namespace cc::sim {

// Synthetic projects in engine terms, for benchmarks and randomized tests (no
// file needed). A county has 15 townships of 15 villages (225 settlements), a
// township centre and 14 village clinics per township plus one spare clinic
// in the county seat (226), two county hospitals and two out-of-county
// destinations (230 facilities... about 240 with the spare clinics), a road
// network from the county seat to every township and on to its villages, a
// staff roster and a few postings of county specialists to townships.
struct GeneratorSpec {
    int counties = 1;
    int townshipsPerCounty = 15;
    int villagesPerTownship = 15;
    int clinicsPerTownship = 15;
    int months = 120;
    unsigned seed = 1;
};

// The five service lines of the demo catalogue with DESIGN.md defaults.
std::vector<ServiceLine> standardServiceLines();

Input generateRegion(const GeneratorSpec &spec);

// A small random model (a handful of townships) for randomized tests; every
// feature switched on somewhere (congestion, learning, DRG, capitation, global
// budget, roads, postings below the lowest level).
Input generateSmall(unsigned seed);

} // namespace cc::sim
