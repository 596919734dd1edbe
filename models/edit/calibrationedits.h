#pragma once

#include "models/analysis/calibration.h"
#include "models/edit/edits.h"

namespace cc::edit {

// Applies a calibration (models/analysis/calibration.h) as one undo step: the
// stated indicators and the fitted claims scale in the model settings, and the
// fitted constants of every service line (only the constants: a line edited
// meanwhile keeps its other values). Refused, with the reason, when the project
// is read-only, the run was canceled, or a fitted line no longer exists.
// Nothing is pushed when the project already holds the fit.
EditResult applyCalibration(ProjectDocument &doc, const analysis::CalibrationFit &fit);

} // namespace cc::edit
