#pragma once

#include "models/store/projectstore.h"

namespace cc::store {

// Autosave writes a recovery copy beside the project (".name.ccplan-autosave"),
// or, for a project never saved, in the user's data folder. The copy is written
// like Save As (temporary file + rename), so a crash during autosave leaves the
// previous recovery copy whole. A clean exit or a save removes it; after a
// crash the next start finds it and offers it.

// Where the recovery copy of `projectPath` lives; `projectPath` empty: the
// untitled project's copy in `untitledFolder`.
QString recoveryPathFor(const QString &projectPath, const QString &untitledFolder);
SaveResult writeRecoveryFile(const Project &project, const QString &recoveryPath);
LoadResult loadRecoveryFile(const QString &recoveryPath);
// Removes the recovery copy; true when none is left.
bool removeRecoveryFile(const QString &recoveryPath);
// A recovery copy worth offering: it exists and is newer than the project file.
bool hasNewerRecoveryFile(const QString &projectPath, const QString &recoveryPath);

} // namespace cc::store
