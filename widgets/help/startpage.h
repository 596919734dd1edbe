#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace cc {

// The first thing a new user sees when the planner starts without a file:
// what the tool does, and New, Open, the recent files and the demo county.
class StartPage : public QDialog {
    Q_OBJECT
public:
    enum Choice { None, NewProject, OpenFile, OpenRecent, OpenDemo };

    explicit StartPage(const QStringList &recentFiles, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString recentFile() const { return m_recent; } // for OpenRecent
    QPushButton *button(Choice choice) const;
    QListWidget *recentList() const { return m_list; }

private:
    void choose(Choice choice);

    Choice m_choice = None;
    QString m_recent;
    QPushButton *m_new, *m_open, *m_demo, *m_openRecent;
    QListWidget *m_list;
};

} // namespace cc
