#include "app/gui/fileactions.h"

#include "models/demo/democounty.h"
#include "models/domain/projectdocument.h"
#include "models/store/atomicfile.h"
#include "models/store/projectstore.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace cc {

namespace {
constexpr int kMaxRecent = 10;
const char *const kRecentKey = "recentFiles";

QString fileFilter()
{
    return FileActions::tr("CountyCare projects (*.ccplan *.gpkg);;CountyCare projects as "
                           "GeoPackage (*.gpkg);;All files (*)");
}

// Makes sure a path chosen in a save dialog ends in .ccplan or .gpkg (the same
// file; .gpkg is what GeoPackage requirement 3 asks for, and GDAL warns without it).
QString withExtension(QString path, bool geoPackage)
{
    if (path.endsWith(QLatin1String(".ccplan"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        return path;
    return path + (geoPackage ? QLatin1String(".gpkg") : QLatin1String(".ccplan"));
}
} // namespace

FileActions::FileActions(ProjectDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    connect(document, &ProjectDocument::modifiedChanged, this, &FileActions::updateActions);
    connect(document, &ProjectDocument::filePathChanged, this, &FileActions::updateActions);
}

void FileActions::populateMenu(QMenu *menu)
{
    QAction *a = menu->addAction(tr("&New"), this, &FileActions::newProject);
    a->setShortcut(QKeySequence::New);
    a->setStatusTip(tr("Start an empty project"));
    a = menu->addAction(tr("&Open..."), this, &FileActions::open);
    a->setShortcut(QKeySequence::Open);
    a->setStatusTip(tr("Open a project file (.ccplan or .gpkg)"));
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    a = menu->addAction(tr("Open &Demo County"), this, &FileActions::openDemo);
    a->setStatusTip(tr("Open the built-in demo county (Qingshan County)"));
    menu->addSeparator();
    m_save = menu->addAction(tr("&Save"), this, &FileActions::save);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStatusTip(tr("Save the project"));
    a = menu->addAction(tr("Save &As..."), this, &FileActions::saveAs);
    a->setShortcut(QKeySequence::SaveAs);
    a->setStatusTip(tr("Save the project under a new name"));
    m_revert = menu->addAction(tr("Re&vert"), this, &FileActions::revert);
    m_revert->setStatusTip(tr("Discard unsaved changes and reload the file"));
    rebuildRecentMenu();
    updateActions();
}

void FileActions::updateActions()
{
    if (m_revert)
        m_revert->setEnabled(m_document->isModified() && !m_document->filePath().isEmpty());
}

bool FileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("\"%1\" has unsaved changes. Save them before closing?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileActions::newProject()
{
    if (!maybeSave())
        return;
    m_document->reset(demo::emptyProject(), QString());
    m_guard.release();
    emit statusMessage(tr("New project"));
    emit opened();
}

void FileActions::open()
{
    if (!maybeSave())
        return;
    const QString dir = QFileInfo(m_document->filePath()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Project"), dir, fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool FileActions::openFile(const QString &path)
{
    bool readOnly = false;
    QString holder;
    FileGuard guard;
    // Revert and Reload open the file this window holds already.
    const bool alreadyOurs =
        m_guard.isLocked() && QFileInfo(path).absoluteFilePath() == m_document->filePath();
    if (!alreadyOurs && !guard.lock(path, &holder)) {
        const auto answer = QMessageBox::warning(
            m_window, tr("Project in use"),
            tr("\"%1\" is open in another CountyCare window (%2). Changes made in both would "
               "overwrite each other.\n\nOpen it read-only? You can still save a copy with "
               "Save As.")
                .arg(QFileInfo(path).fileName(), holder),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return false;
        readOnly = true;
    } else {
        // Ours now: what a Save As killed half-way left beside it is litter.
        store::removeStaleTemporaries(QFileInfo(path).absoluteFilePath());
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    store::LoadResult result = store::loadProject(path);
    QGuiApplication::restoreOverrideCursor();
    if (!result.ok()) {
        QMessageBox::critical(m_window, tr("Cannot open project"), result.message);
        return false;
    }
    m_document->reset(std::move(result.project), QFileInfo(path).absoluteFilePath());
    m_document->setReadOnly(readOnly);
    if (!alreadyOurs)
        m_guard = std::move(guard);
    m_guard.remember(result.identity);
    addRecent(m_document->filePath());
    QString message = result.migrated
                          ? tr("Opened %1 (upgraded from an older version; saving writes the "
                               "new format)")
                                .arg(m_document->displayName())
                          : tr("Opened %1").arg(m_document->displayName());
    if (!result.recovered.isEmpty())
        message += QStringLiteral(" - ") + result.recovered;
    if (!result.warnings.isEmpty())
        message += QStringLiteral(" - ") +
                   tr("%n warning(s), the first: %1", nullptr, int(result.warnings.size()))
                       .arg(result.warnings.first());
    emit statusMessage(message);
    emit opened();
    return true;
}

void FileActions::openDemo()
{
    if (!maybeSave())
        return;
    m_document->reset(demo::makeDemoProject(), QString());
    m_guard.release();
    emit statusMessage(tr("Demo county opened: save it to keep your changes"));
    emit opened();
}

bool FileActions::save()
{
    if (m_document->filePath().isEmpty() || m_document->isReadOnly())
        return saveAs();
    return saveTo(m_document->filePath(), false);
}

bool FileActions::resolveChangedFile(const QString &path)
{
    const QString change = store::describeChange(m_guard.identity(), store::fileIdentity(path));
    QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                    tr("\"%1\" was changed by another program since you opened it (%2). Saving "
                       "now would overwrite those changes.")
                        .arg(m_document->displayName(), change),
                    QMessageBox::Cancel, m_window);
    box.setInformativeText(
        tr("Reload: open the file as it is now; your unsaved changes are lost.\n"
           "Save As: keep both, your version under another name.\n"
           "Overwrite: replace the file with your version; the other changes are lost."));
    QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::ResetRole);
    QPushButton *saveCopy = box.addButton(tr("Save As..."), QMessageBox::AcceptRole);
    QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
    box.setDefaultButton(saveCopy);
    box.exec();
    if (box.clickedButton() == saveCopy)
        return saveAs();
    if (box.clickedButton() == reload) {
        m_document->markSaved(); // the user chose to drop them
        openFile(path);
        return false; // nothing of this window's was saved
    }
    if (box.clickedButton() != overwrite)
        return false;
    // The file as it is now is the one to replace; if it changes once more
    // before the save, the question comes again.
    m_guard.remember(store::fileIdentity(path));
    return saveTo(path, false);
}

bool FileActions::saveAs()
{
    QString start = m_document->filePath();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                QLatin1Char('/') + m_document->displayName() + QLatin1String(".ccplan");
    // A project opened as .gpkg is offered as GeoPackage again.
    const QStringList filters = fileFilter().split(QLatin1String(";;"));
    QString selected = start.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)
                           ? filters.value(1)
                           : filters.value(0);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), start,
                                                      fileFilter(), &selected);
    if (path.isEmpty())
        return false;
    return saveTo(withExtension(path, selected == filters.value(1)), true);
}

bool FileActions::saveTo(const QString &path, bool asNewFile)
{
    const bool otherFile =
        asNewFile && QFileInfo(path).absoluteFilePath() != m_document->filePath();
    FileGuard target;
    if (otherFile) {
        // Replacing a project another window or program is changing would lose its work.
        QString holder;
        if (!target.lock(path, &holder)) {
            QMessageBox::critical(m_window, tr("Cannot save project"),
                                  tr("\"%1\" is open in %2. Save under another name, or close it "
                                     "there first.")
                                      .arg(QFileInfo(path).fileName(), holder));
            return false;
        }
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const store::SaveResult result =
        asNewFile ? store::saveProjectAs(m_document->project(), path, m_document->filePath())
                  : store::saveProject(m_document->project(), path, m_guard.identity());
    QGuiApplication::restoreOverrideCursor();
    if (result.status == store::SaveStatus::ChangedOnDisk)
        return resolveChangedFile(path);
    if (!result.ok) {
        QMessageBox::critical(m_window, tr("Cannot save project"), result.message);
        return false;
    }
    if (otherFile) {
        m_guard = std::move(target);
        m_document->setReadOnly(false);
    }
    m_guard.remember(result.identity);
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->markSaved();
    addRecent(m_document->filePath());
    emit statusMessage(tr("Saved %1").arg(m_document->displayName()));
    return true;
}

void FileActions::revert()
{
    if (m_document->filePath().isEmpty() || !m_document->isModified())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Revert"),
        tr("Discard all unsaved changes to \"%1\"?").arg(m_document->displayName()));
    if (answer != QMessageBox::Yes)
        return;
    const QString path = m_document->filePath();
    m_document->markSaved(); // the changes are being discarded on purpose
    openFile(path);
}

QStringList FileActions::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void FileActions::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), files);
    rebuildRecentMenu();
}

void FileActions::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] {
                if (maybeSave())
                    openFile(path);
            });
        a->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace cc
