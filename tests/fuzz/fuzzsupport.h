#pragma once

// Shared oracle of the fuzz targets: whatever an importer or the loader lets
// through must be a valid project (models/domain/validation.h); anything else
// is a bug even when nothing crashed.
#include "models/domain/projectdocument.h"
#include "models/domain/validation.h"

#include <cstdio>
#include <cstdlib>

namespace cc::fuzz {

inline void require(bool condition, const char *what, const QString &detail = {})
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz oracle failed: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

inline void requireValid(const Project &project, const char *where)
{
    const QString error = validateProject(project);
    require(error.isEmpty(), where, error);
}

} // namespace cc::fuzz
