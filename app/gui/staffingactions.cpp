#include "app/gui/staffingactions.h"

#include "app/gui/dockscroll.h"
#include "app/gui/mainwindow.h"
#include "widgets/staffing/staffingboard.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QScrollArea>
#include <QStatusBar>

namespace cc {

StaffingActions::StaffingActions(MainWindow *window, ProjectDocument *document) : QObject(window)
{
    m_board = new StaffingBoard(document, window->simulation(), window);
    m_dock = new QDockWidget(tr("Staffing"), window);
    m_dock->setObjectName(QStringLiteral("staffingDock"));
    m_dock->setWidget(scrollingDockContent(m_board));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_board, &StaffingBoard::statusMessage, window->statusBar(), &QStatusBar::showMessage);

    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Staffing Board"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    toggle->setStatusTip(tr("Show the staffing board: roster, postings, need vs posted, rules"));
    // Opened as a tab (beside the fund charts): in front, not behind them.
    connect(toggle, &QAction::triggered, m_dock, [this](bool on) {
        if (on)
            m_dock->raise();
    });
    window->viewMenu()->addAction(toggle);

    QMenu *menu = window->analysisMenu();
    menu->addSeparator();
    auto open = [this](StaffingBoard::Tab tab) {
        m_dock->show();
        m_dock->raise();
        m_board->showTab(tab);
    };
    QAction *a =
        menu->addAction(tr("Staff &Roster"), this, [open] { open(StaffingBoard::RosterTab); });
    a->setStatusTip(tr("The staff roster: add, edit, remove, import from CSV"));
    a = menu->addAction(tr("&Postings Timeline"), this,
                        [open] { open(StaffingBoard::PostingsTab); });
    a->setStatusTip(tr("Postings of staff to facilities by month, with rule violations"));
    a = menu->addAction(tr("Staffing &Need vs Posted"), this,
                        [open] { open(StaffingBoard::NeedTab); });
    a->setStatusTip(tr("WISN: FTE needed from the simulated workload against FTE posted"));
    m_plan = menu->addAction(tr("Plan &Postings..."), this, [this, open] {
        open(StaffingBoard::PostingsTab);
        m_board->openPlanner();
    });
    m_plan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_plan->setStatusTip(tr("Propose postings of alliance doctors to township centres that raise "
                            "the in-county treatment rate most"));

    // For screenshots and demonstrations: COUNTYCARE_STAFFING_TAB=roster|postings|need|rules
    // opens the board on that tab at start.
    const QByteArray tab = qgetenv("COUNTYCARE_STAFFING_TAB");
    if (!tab.isEmpty()) {
        const QList<QByteArray> names = {"roster", "postings", "need", "rules"};
        const int i = names.indexOf(tab);
        if (i >= 0) {
            open(static_cast<StaffingBoard::Tab>(i));
            m_dock->setFloating(true);
            m_dock->setGeometry(0, 0, 1500, 900);
        }
    }
}

} // namespace cc
