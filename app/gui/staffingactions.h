#pragma once

#include <QObject>

class QAction;
class QDockWidget;

namespace cc {

class MainWindow;
class ProjectDocument;
class StaffingBoard;

// Puts the staffing board (县招乡用) into the main window: a "Staffing" dock
// toggled from the View menu, and Analysis menu entries for the board and the
// posting planner. Owned by the window.
class StaffingActions : public QObject {
    Q_OBJECT
public:
    StaffingActions(MainWindow *window, ProjectDocument *document);

    StaffingBoard *board() const { return m_board; }
    QDockWidget *dock() const { return m_dock; }
    QAction *planAction() const { return m_plan; }

private:
    StaffingBoard *m_board;
    QDockWidget *m_dock;
    QAction *m_plan;
};

} // namespace cc
