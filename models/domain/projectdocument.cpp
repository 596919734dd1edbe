#include "models/domain/projectdocument.h"

#include <QFileInfo>
#include <algorithm>

namespace cc {

ProjectDocument::ProjectDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

void ProjectDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged();
}

void ProjectDocument::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

QString ProjectDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_project.title.isEmpty() ? tr("Untitled") : m_project.title;
}

void ProjectDocument::reset(Project project, const QString &filePath)
{
    m_undoStack.clear();
    m_project = std::move(project);
    m_filePath = filePath;
    setReadOnly(false);
    emit filePathChanged();
    replaced(false);
    emit modifiedChanged(false);
}

void ProjectDocument::replaceProject(const Project &project)
{
    m_project = project;
    replaced(true);
}

void ProjectDocument::replaced(bool keepShown)
{
    // Another project: the scenario on show is its baseline (a restored
    // autosave of the same project keeps it while it exists).
    const EntityId before = m_shownScenario;
    if (!keepShown || !m_project.scenarios.contains(m_shownScenario))
        m_shownScenario = 0;
    emit projectReset();
    if (m_shownScenario != before)
        emit shownScenarioChanged(shownScenario());
}

EntityId ProjectDocument::shownScenario() const
{
    return m_project.scenarios.contains(m_shownScenario) ? m_shownScenario
                                                         : m_project.baselineScenarioId();
}

void ProjectDocument::setShownScenario(EntityId scenarioId)
{
    if (!m_project.scenarios.contains(scenarioId) || scenarioId == shownScenario())
        return;
    m_shownScenario = scenarioId;
    emit shownScenarioChanged(scenarioId);
}

void ProjectDocument::setBoundary(const CountyBoundary &boundary)
{
    m_project.boundary = boundary;
    emit boundaryChanged();
}

void ProjectDocument::setSettings(const ModelSettings &settings)
{
    m_project.settings = settings;
    emit settingsChanged();
}

void ProjectDocument::setCatalogue(const InvestmentCatalogue &catalogue)
{
    m_project.catalogue = catalogue;
    emit catalogueChanged();
}

void ProjectDocument::setTitle(const QString &title)
{
    m_project.title = title;
    emit titleChanged();
}

void ProjectDocument::notify(const EntityChange &change)
{
    emit entityEdited(change);
    emit entityChanged(change.kind, change.id, change.change);
}

void ProjectDocument::notifyPosting(const Posting *before, const Posting *after)
{
    // Both the old and the new facility lose or gain staff, from the earlier start month.
    if (before && after && before->facilityId == after->facilityId) {
        emit postingsChanged(after->facilityId, std::min(before->startMonth, after->startMonth));
        return;
    }
    if (before)
        emit postingsChanged(before->facilityId, before->startMonth);
    if (after)
        emit postingsChanged(after->facilityId, after->startMonth);
}

void ProjectDocument::notifyScenario(const Scenario *before, const Scenario *after)
{
    if (!before || !after) {
        emit policyChanged((before ? before : after)->id, 0);
        // The scenario on show removed (deleted, or its addition undone): the
        // baseline is on show, announced before the removal itself.
        if (!after && before->id == m_shownScenario) {
            m_shownScenario = 0;
            emit shownScenarioChanged(shownScenario());
        }
        return;
    }
    const int first = firstDifferingMonth(before->schedule, after->schedule);
    if (first >= 0)
        emit policyChanged(after->id, first);
}

} // namespace cc
