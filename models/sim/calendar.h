#pragma once

#include <string>

namespace cc::sim {

// Month index t (0-based from the project's start) <-> calendar year and month.
struct YearMonth {
    int year = 2025;
    int month = 1; // 1..12
};

inline YearMonth yearMonthAt(int startYear, int startMonth, int t)
{
    const int zeroBased = startMonth - 1 + t;
    return YearMonth{startYear + zeroBased / 12, zeroBased % 12 + 1};
}

// "2025-01"
std::string formatYearMonth(const YearMonth &ym);

} // namespace cc::sim
