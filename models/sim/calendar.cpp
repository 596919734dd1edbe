#include "models/sim/calendar.h"

#include <cstdio>

namespace cc::sim {

std::string formatYearMonth(const YearMonth &ym)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", ym.year, ym.month);
    return buffer;
}

} // namespace cc::sim
