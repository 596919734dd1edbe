#include "models/simulation/simulationcontroller.h"

#include "models/domain/validation.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace cc {

SimulationController::SimulationController(ProjectDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_changes(document)
{
    qRegisterMetaType<SimulationResultsPtr>();
    connect(&m_watcher, &QFutureWatcher<SimulationResultsPtr>::finished, this,
            &SimulationController::finished);
    // m_changes is connected first, so it has collected a change when it is requested.
    connect(document, &ProjectDocument::entityEdited, this, [this](const EntityChange &change) {
        if (change.simulated())
            requestUpdate();
    });
    connect(document, &ProjectDocument::settingsChanged, this,
            &SimulationController::requestUpdate);
    // A catalogue edit changes a simulation only through a telemedicine-link
    // investment's yearly cost (planner::catalogueReachesSimulation); the
    // collector then asks for a rebuild.
    connect(document, &ProjectDocument::catalogueChanged, this, [this] {
        if (m_changes.needsRebuild())
            requestUpdate();
    });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        m_reset = true;
        requestUpdate();
    });
    requestUpdate();
}

SimulationController::~SimulationController()
{
    m_watcher.waitForFinished();
}

void SimulationController::setScenario(EntityId scenarioId)
{
    if (scenarioId == m_scenarioId)
        return;
    m_scenarioId = scenarioId;
    emit scenarioChanged(scenarioId);
    requestUpdate();
}

EntityId SimulationController::effectiveScenario() const
{
    const Project &p = m_document->project();
    if (m_scenarioId != 0 && p.scenarios.contains(m_scenarioId))
        return m_scenarioId;
    return p.baselineScenarioId();
}

void SimulationController::requestUpdate()
{
    ++m_requested;
    setBusy(true);
    if (m_running) {
        m_pending = true; // coalesced into the run after this one
        return;
    }
    if (m_pending)
        return;
    m_pending = true;
    // Signals of one edit (or one macro) arrive together: start once the event
    // loop is back, so they make a single run.
    QTimer::singleShot(0, this, [this] {
        if (!m_running && m_pending)
            start();
    });
}

void SimulationController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void SimulationController::start()
{
    m_pending = false;
    const EntityId scenario = effectiveScenario();
    const quint64 generation = m_requested;
    // A scenario with investments has sites and slots compiled after every
    // entity with an id, where a new entity's index would land: rebuilt whole.
    bool invested = false;
    for (const Investment &x : m_document->project().investments)
        invested = invested || x.scenarioId == scenario;
    if (m_reset || m_changes.needsRebuild() || invested || scenario != m_engineScenario ||
        !m_engine) {
        startRebuild(scenario, generation);
    } else if (m_changes.isEmpty()) {
        setBusy(false); // asked again with nothing new: the published results stand
    } else {
        startUpdate(scenario, generation);
    }
}

void SimulationController::startRebuild(EntityId scenario, quint64 generation)
{
    m_running = true;
    m_reset = false;
    m_changes.clear(); // the whole project as it is now
    m_engineScenario = scenario;
    // The project's tables are implicitly shared: this copy is cheap and frozen.
    const Project project = m_document->project();
    const int threads = m_threads;
    m_watcher.setFuture(
        QtConcurrent::run([this, project, scenario, generation, threads]() -> SimulationResultsPtr {
            // A project set by code (a load, a reset) may not have passed the
            // validation edits do at the command: the last gate before the engine.
            m_nextError = validateProject(project);
            if (!m_nextError.isEmpty())
                return nullptr;
            SimIndexMap map;
            sim::EngineOptions options;
            options.threads = threads;
            auto engine =
                std::make_shared<sim::Engine>(compileProject(project, scenario, map), options);
            auto out = std::make_shared<SimulationResults>();
            out->results = engine->results();
            out->ids = map;
            out->scenarioId = scenario;
            out->generation = generation;
            out->stats = engine->lastUpdate();
            // Hand the engine state back for the next run (read on the GUI thread
            // only after this job has finished).
            m_nextEngine = engine;
            m_nextMap = map;
            return out;
        }));
}

void SimulationController::startUpdate(EntityId scenario, quint64 generation)
{
    // Only what the edits named is compiled, here on the GUI thread (a few
    // entities); the engine is touched only by the job.
    sim::ChangeSet changes = m_changes.take(m_document->project(), scenario, m_map);
    if (changes.empty()) {
        setBusy(false); // a scenario added, another scenario's posting: nothing shown changed
        return;
    }
    m_running = true;
    std::shared_ptr<sim::Engine> engine = m_engine;
    const SimIndexMap map = m_map;
    m_watcher.setFuture(QtConcurrent::run([this, changes = std::move(changes), scenario, generation,
                                           engine, map]() -> SimulationResultsPtr {
        m_nextError.clear();
        engine->apply(changes);
        auto out = std::make_shared<SimulationResults>();
        out->results = engine->results();
        out->ids = map;
        out->scenarioId = scenario;
        out->generation = generation;
        out->stats = engine->lastUpdate();
        m_nextEngine = engine;
        m_nextMap = map;
        return out;
    }));
}

void SimulationController::finished()
{
    m_engine = m_nextEngine;
    m_map = m_nextMap;
    m_running = false;
    m_inputError = m_nextError;
    if (SimulationResultsPtr results = m_watcher.result()) {
        m_results = results;
        emit resultsReady(m_results);
    } else {
        // Nothing of the refused project reached the engine: start afresh next time.
        m_engine.reset();
        m_reset = true;
        emit inputRefused(m_inputError);
    }
    if (m_pending)
        start();
    else
        setBusy(false);
}

} // namespace cc
