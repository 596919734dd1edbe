#pragma once

#include "app/gui/fileguard.h"

#include <QObject>
#include <QStringList>
#include <utility>

class QAction;
class QMenu;
class QWidget;

namespace cc {

class ProjectDocument;
struct Project;

// File menu behaviour: New, Open, Recent, Save, Save As, Revert, and the
// "unsaved changes" question. Shows the store's messages; never loads a project
// partly (the store refuses a bad file whole).
class FileActions : public QObject {
    Q_OBJECT
public:
    FileActions(ProjectDocument *document, QWidget *window);

    void populateMenu(QMenu *menu);
    // Asks about unsaved changes; false when the user cancels.
    bool maybeSave();
    bool openFile(const QString &path);
    void openDemo();
    QStringList recentFiles() const;

    QAction *saveAction() const { return m_save; }
    // Takes over the open file's lock and on-disk state from the actions of a
    // window being replaced (language switch): the document stays open.
    void takeOverFile(FileActions &previous) { m_guard = std::move(previous.m_guard); }
    // Releases the file lock (on close).
    void releaseFile() { m_guard.release(); }

public slots:
    void newProject();
    void open();
    bool save();
    bool saveAs();
    void revert();

signals:
    void statusMessage(const QString &message);
    // A project was opened from a file, or the demo or an empty project was started.
    void opened();

private:
    bool saveTo(const QString &path, bool asNewFile);
    // The file changed on disk since it was opened or saved: Reload, Save As or
    // Overwrite, as the user decides. True when the project was saved.
    bool resolveChangedFile(const QString &path);
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void updateActions();

    ProjectDocument *m_document;
    QWidget *m_window;
    QAction *m_save = nullptr;
    QAction *m_revert = nullptr;
    QMenu *m_recentMenu = nullptr;
    FileGuard m_guard;
};

} // namespace cc
