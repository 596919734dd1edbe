#pragma once

#include "models/domain/entities.h"

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QPushButton;
class QShortcut;
class QToolBar;

namespace cc {

class LeverPanel;
class MainWindow;
class MonthPlayer;

// Workshop mode (F11, View menu and the main toolbar) for a trainer in front of
// a room: full screen, large fonts and thick chart lines, the editing docks
// hidden, a big lever panel (LeverPanel), a month player drawing a month cursor
// on the charts, and a Before/After switch between the baseline and the
// selected scenario. The levers edit the "after" scenario in the month on
// screen; moving one while "before" is shown switches to "after", so the
// charts always show what the levers move. Leaving restores the window as it was.
class WorkshopMode : public QObject {
    Q_OBJECT
public:
    explicit WorkshopMode(MainWindow *window);

    bool isActive() const { return m_active; }
    void setActive(bool active);
    QAction *action() const { return m_action; }
    LeverPanel *levers() const { return m_levers; }
    MonthPlayer *player() const { return m_player; }
    QDockWidget *dock() const { return m_dock; }
    // Before: the baseline is simulated; after: the scenario selected in the policy panel.
    bool showsBefore() const { return m_before; }
    void setShowBefore(bool before);
    // The x position of the month cursor on a chart (-1 when it has none), for tests.
    double cursorMonth(int chartIndex) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter();
    void leave();
    void decorateCharts();
    void updateCursor();
    void updateBeforeAfter();
    EntityId afterScenario() const;

    MainWindow *m_window;
    QAction *m_action;
    QDockWidget *m_dock = nullptr;
    LeverPanel *m_levers = nullptr;
    MonthPlayer *m_player = nullptr;
    QPushButton *m_beforeAfter = nullptr;
    QShortcut *m_escape = nullptr;
    bool m_active = false;
    bool m_before = false;
    // What entering changed, restored on leaving.
    QByteArray m_savedState;
    QByteArray m_savedGeometry;
    Qt::WindowStates m_savedWindowState;
    QFont m_savedFont;
    EntityId m_savedSimScenario = 0;
    bool m_policyWasEnabled = true;
};

void installWorkshop(MainWindow *window);

} // namespace cc
