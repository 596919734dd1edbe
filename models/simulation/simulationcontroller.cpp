#include "models/simulation/simulationcontroller.h"

#include "models/domain/validation.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace cc {

SimulationController::SimulationController(ProjectDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    qRegisterMetaType<SimulationResultsPtr>();
    connect(&m_watcher, &QFutureWatcher<SimulationResultsPtr>::finished, this,
            &SimulationController::finished);
    connect(document, &ProjectDocument::entityChanged, this, &SimulationController::requestUpdate);
    connect(document, &ProjectDocument::postingsChanged, this,
            &SimulationController::requestUpdate);
    connect(document, &ProjectDocument::policyChanged, this, &SimulationController::requestUpdate);
    connect(document, &ProjectDocument::settingsChanged, this,
            &SimulationController::requestUpdate);
    connect(document, &ProjectDocument::boundaryChanged, this,
            &SimulationController::requestUpdate);
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

void SimulationController::start()
{
    m_pending = false;
    m_running = true;
    emit busyChanged(true);
    // The project's tables are implicitly shared: this copy is cheap and frozen.
    const Project project = m_document->project();
    const EntityId scenario = effectiveScenario();
    const quint64 generation = m_requested;
    const bool reset = m_reset || scenario != m_engineScenario || !m_engine;
    m_reset = false;
    m_engineScenario = scenario;
    std::shared_ptr<sim::Engine> engine = reset ? nullptr : m_engine;
    SimIndexMap map = reset ? SimIndexMap{} : m_map;
    const int threads = m_threads;
    m_watcher.setFuture(QtConcurrent::run([this, project, scenario, generation, engine, map,
                                           threads]() mutable -> SimulationResultsPtr {
        // The last gate before the engine: edits, importers and the loader
        // validate already, but a project set by code (reset) may not have been.
        m_nextError = validateProject(project);
        if (!m_nextError.isEmpty())
            return nullptr;
        const int linesBefore = map.lineIds.size();
        sim::Input input = compileProject(project, scenario, map);
        if (!engine || map.lineIds.size() < linesBefore ||
            static_cast<int>(engine->input().lines.size()) > map.lineIds.size()) {
            sim::EngineOptions options;
            options.threads = threads;
            engine = std::make_shared<sim::Engine>(std::move(input), options);
        } else {
            engine->apply(sim::diffInputs(engine->input(), input));
        }
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
    if (m_pending) {
        start();
    } else {
        emit busyChanged(false);
    }
}

} // namespace cc
