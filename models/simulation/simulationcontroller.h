#pragma once

#include "models/domain/projectdocument.h"
#include "models/sim/engine.h"
#include "models/simulation/changecollector.h"
#include "models/simulation/simcompile.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace cc {

// One published simulation: immutable, shared by every view that draws it.
struct SimulationResults {
    sim::Results results;
    SimIndexMap ids; // entity id -> index in the result arrays
    EntityId scenarioId = 0;
    quint64 generation = 0; // increases with every request the run answers
    sim::UpdateStats stats;
};
using SimulationResultsPtr = std::shared_ptr<const SimulationResults>;

// Keeps the engine in step with a ProjectDocument (DESIGN.md "Data flow"):
// every change signal (edits, undo and redo alike) names what changed; a
// ChangeCollector compiles only those pieces into a ChangeSet, which the worker
// thread applies incrementally. A load, a reset, another scenario or a new
// catalogue of service lines builds the engine from the whole (validated)
// project instead. Bursts coalesce: while a run is going, later requests
// collapse into one run of the newest state, so stale intermediate states are
// never computed.
class SimulationController : public QObject {
    Q_OBJECT
public:
    explicit SimulationController(ProjectDocument *document, QObject *parent = nullptr);
    ~SimulationController() override;

    EntityId scenario() const { return m_scenarioId; }
    // Which scenario is simulated (0: the project's baseline).
    void setScenario(EntityId scenarioId);

    SimulationResultsPtr results() const { return m_results; }
    // A run is going or scheduled: results() is about to be replaced (busyChanged).
    bool isBusy() const { return m_busy; }
    // No run going and none scheduled: results() answers the current project.
    bool isIdle() const { return !m_running && !m_pending; }
    // Threads the engine may use for from-scratch runs.
    void setThreads(int threads) { m_threads = threads; }
    // Why the last run was refused (the project failed validation); empty after a run.
    QString inputError() const { return m_inputError; }

public slots:
    void requestUpdate();

signals:
    void resultsReady(cc::SimulationResultsPtr results);
    void scenarioChanged(cc::EntityId scenarioId);
    // True from the first change not yet simulated until its results (or a
    // refusal) are published: views show that their results are updating.
    void busyChanged(bool busy);
    // The project did not pass validation, so nothing reached the engine; the
    // results of the last valid state stay published.
    void inputRefused(const QString &reason);

private:
    void start();
    void startRebuild(EntityId scenario, quint64 generation);
    void startUpdate(EntityId scenario, quint64 generation);
    void finished();
    void setBusy(bool busy);
    EntityId effectiveScenario() const;

    ProjectDocument *m_document;
    EntityId m_scenarioId = 0;
    int m_threads = 1;
    bool m_running = false;
    bool m_pending = false;
    bool m_busy = false;
    bool m_reset = true;
    ChangeCollector m_changes; // what the document changed since the last run started
    quint64 m_requested = 0;
    SimulationResultsPtr m_results;
    // Touched only by the one job running at a time.
    std::shared_ptr<sim::Engine> m_engine;
    SimIndexMap m_map;
    EntityId m_engineScenario = 0;
    std::shared_ptr<sim::Engine> m_nextEngine; // written by the job, taken over when it ends
    SimIndexMap m_nextMap;
    QString m_nextError; // written by the job when it refuses the project
    QString m_inputError;
    QFutureWatcher<SimulationResultsPtr> m_watcher;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::SimulationResultsPtr)
