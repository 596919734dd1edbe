#include "app/gui/autosaver.h"

#include "models/domain/projectdiff.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "models/store/recovery.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace cc {

namespace {
constexpr int kDefaultMinutes = 3;
QString untitledFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery");
}
} // namespace

Autosaver::Autosaver(ProjectDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    const int minutes = intervalMinutes();
    m_timer.setInterval(std::max(minutes, 1) * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosaveNow);
    if (minutes > 0)
        m_timer.start();
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { m_pending = true; });
    // Saved, or undone back to the saved state: the recovery copy is stale. (Not
    // on opening a project: its copy is what offerRecovery() looks for.)
    // After Save As the copy under the previous name is stale too.
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (!clean)
            return;
        store::removeRecoveryFile(m_lastPath);
        store::removeRecoveryFile(recoveryPath());
        m_lastPath = recoveryPath();
    });
    // Opening another project keeps the old copy: it is offered when that project
    // (or, for an untitled one, the next untitled session) is opened again.
    connect(document, &ProjectDocument::projectReset, this, [this] {
        m_lastPath = recoveryPath();
        m_pending = false;
    });
    m_lastPath = recoveryPath();
}

int Autosaver::intervalMinutes()
{
    return QSettings().value(QStringLiteral("autosave/minutes"), kDefaultMinutes).toInt();
}

QString Autosaver::recoveryPath() const
{
    return store::recoveryPathFor(m_document->filePath(), untitledFolder());
}

bool Autosaver::autosaveNow()
{
    if (!m_pending || !m_document->isModified())
        return true;
    const store::SaveResult r = store::writeRecoveryFile(m_document->project(), recoveryPath());
    if (r.ok)
        m_pending = false;
    return r.ok;
}

void Autosaver::discardRecovery()
{
    store::removeRecoveryFile(recoveryPath());
}

void Autosaver::offerRecovery()
{
    const QString path = recoveryPath();
    if (!store::hasNewerRecoveryFile(m_document->filePath(), path))
        return;
    const store::LoadResult recovered = store::loadRecoveryFile(path);
    if (!recovered.ok()) {
        store::removeRecoveryFile(path); // unreadable: nothing worth offering
        return;
    }
    const QStringList differences = describeDifferences(m_document->project(), recovered.project);
    if (differences.isEmpty()) {
        store::removeRecoveryFile(path);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes?"),
                    tr("CountyCare did not close normally. An automatic copy of \"%1\" holds "
                       "changes that were not saved.")
                        .arg(m_document->displayName()),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Differences from the saved project:") + QStringLiteral("\n• ") +
                           differences.join(QStringLiteral("\n• ")));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore) {
        // One undo step, so the restored state shows as unsaved and can be undone.
        edit::replaceProject(*m_document, recovered.project, tr("Restore autosaved changes"));
    } else {
        store::removeRecoveryFile(path);
    }
}

} // namespace cc
