#pragma once

#include <QString>

namespace cc {

struct Project;

// Months as people read them: the calendar month "2025-05" of a 0-based
// month index (the index itself stays inside the code and in CSV `month`).
QString monthLabel(const Project &project, int month);
// The months [from, to) as calendar months: "2025-04" for one month,
// "2025-04 to 2025-09" for several.
QString monthSpanLabel(const Project &project, int from, int to);

} // namespace cc
