#pragma once

#include "models/domain/projectdocument.h"
#include "models/sim/changeset.h"
#include "models/simulation/simcompile.h"

#include <QObject>
#include <array>
#include <set>

namespace cc {

// Collects what a document's change signals name (DESIGN.md "Data flow": the
// change travels with the edit) until the next engine update, then compiles only
// those pieces into a sim::ChangeSet. The per-tick path never compiles or diffs
// the whole project; compileProject + diffInputs stay the test oracle
// (tests/tst_sim_changes.cpp) and the path for a load, a reset and a new
// catalogue of service lines, which ask for a rebuild.
class ChangeCollector : public QObject {
    Q_OBJECT
public:
    explicit ChangeCollector(ProjectDocument *document, QObject *parent = nullptr);

    // The engine must be built from the whole project (a load, a reset, a line
    // added or removed); take() would not be enough.
    bool needsRebuild() const { return m_rebuild; }
    // Nothing collected since the last take() or clear().
    bool isEmpty() const;
    // Compiles what was collected into the edits that bring an input compiled
    // from the document for `scenarioId` with `map` up to date, extends `map`
    // with new ids, and starts collecting afresh. Call only without needsRebuild().
    sim::ChangeSet take(const Project &project, EntityId scenarioId, SimIndexMap &map);
    // Forgets what was collected (the engine is being built from the whole project).
    void clear();

private:
    void onEntity(const EntityChange &change);

    static constexpr int kKinds = static_cast<int>(EntityKind::Investment) + 1;
    std::array<std::set<EntityId>, kKinds> m_ids;  // sorted: new ids are indexed in id order
    std::set<EntityId> m_facilitiesAddedOrRemoved; // staff based there change their home
    bool m_settings = false;
    bool m_rebuild = true;
};

} // namespace cc
