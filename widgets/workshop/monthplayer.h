#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace cc {

// Play / Pause / Step through the simulated months: a month cursor for the
// charts (and the map, when it can show one month).
class MonthPlayer : public QWidget {
    Q_OBJECT
public:
    explicit MonthPlayer(QWidget *parent = nullptr);

    void setHorizon(int months, int startYear, int startMonth);
    int months() const { return m_months; }
    int month() const { return m_month; }
    void setMonth(int month);
    bool isPlaying() const { return m_timer.isActive(); }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    QToolButton *playButton() const { return m_play; }
    QToolButton *stepButton() const { return m_stepForward; }

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();

signals:
    void monthChanged(int month);
    void playingChanged(bool playing);

private:
    void updateLabel();

    int m_months = 0, m_startYear = 2025, m_startMonth = 1, m_month = 0;
    QTimer m_timer;
    QToolButton *m_play, *m_stepBack, *m_stepForward;
    QSlider *m_slider;
    QLabel *m_label;
};

} // namespace cc
