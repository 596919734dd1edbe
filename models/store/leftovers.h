#pragma once

#include "models/store/projectstore.h"

namespace cc::store {

// What an interrupted write leaves beside a project: SQLite's rollback journal
// ("<file>-journal", a save killed half-way) or write-ahead log ("<file>-wal",
// changes another program had not yet written into the file). SQLite applies
// them on the next open with write access, without asking whether they belong
// to this file: a journal of another database rolled in destroys the project.
// So CountyCare applies them itself, carefully (DESIGN.md "The project file"):
//
// 1. Leftovers another live program is using are left to it and SQLite.
// 2. In a folder CountyCare may not write to, they cannot be applied: the file
//    is refused with that reason (not "damaged": it is not).
// 3. Otherwise the file and its leftover are first copied aside into
//    "<file>.recovery-<time>/", then applied, then the result is checked
//    (integrity_check and the project's structure). Not sound: the file and the
//    leftover are put back as they were, the reason is noted in the folder
//    ("problem.txt"), and the file is refused with a message that names the
//    copies; a second open finds that note and refuses at once. Sound: the
//    caller learns what was recovered and where the copies are. They are kept
//    even then: nothing in a journal says which database it belongs to, and one
//    of a near-identical project (a colleague's copy) rolls back "soundly" into
//    the wrong content, so the state as found stays at hand.
struct LeftoverOutcome {
    LoadStatus status = LoadStatus::Ok;
    QString reason;    // translated, without the file name; when status is not Ok
    QString recovered; // translated; what was applied, when anything was
};

LeftoverOutcome applyLeftovers(const QString &path);

} // namespace cc::store
