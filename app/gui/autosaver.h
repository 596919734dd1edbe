#pragma once

#include <QObject>
#include <QTimer>

class QWidget;

namespace cc {

class ProjectDocument;

// Writes a recovery copy of an unsaved project every few minutes (setting
// "autosave/minutes", default 3; 0 turns it off), removes it on save and on a
// clean exit, and after a crash offers it when the project is opened again.
class Autosaver : public QObject {
    Q_OBJECT
public:
    Autosaver(ProjectDocument *document, QWidget *window);

    static int intervalMinutes();
    QString recoveryPath() const;
    // Writes the recovery copy now if there are unsaved changes not yet in it.
    bool autosaveNow();
    // Called after a project was opened (or the demo at start): if a newer
    // recovery copy exists, shows what differs and offers to restore it.
    void offerRecovery();
    // Clean exit: the recovery copy is no longer needed.
    void discardRecovery();

private:
    ProjectDocument *m_document;
    QWidget *m_window;
    QTimer m_timer;
    bool m_pending = false; // changes since the last recovery copy
    QString m_lastPath;     // recovery path of the project as it was last seen
};

} // namespace cc
