#pragma once

#include "models/domain/project.h"

#include <QStringList>

namespace cc {

// What differs between two versions of a project, in words: one translated
// line per table or part that changed ("Facilities: 2 added, 1 changed").
// Shown when a recovery copy is offered and in the parameter log.
QStringList describeDifferences(const Project &before, const Project &after);

} // namespace cc
