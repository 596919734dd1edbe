#pragma once

#include <QPointer>
#include <QString>
#include <QVector>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace cc {

struct TourStep {
    QPointer<QWidget> target; // highlighted; the bubble is placed beside it (centred if null)
    QString title;
    QString text;
};

// A guided tour over a window: the window is dimmed except the current step's
// widget, and a bubble beside it explains it, with Back, Next and Skip
// (Esc). Deletes itself when finished or skipped.
class GuidedTour : public QWidget {
    Q_OBJECT
public:
    GuidedTour(QWidget *window, const QVector<TourStep> &steps);

    void start();
    int step() const { return m_step; }
    int stepCount() const { return m_steps.size(); }
    QRect highlight() const { return m_highlight; }
    QWidget *bubble() const;

public slots:
    void next();
    void back();
    void skip();

signals:
    // completed: every step was seen (false when skipped).
    void finished(bool completed);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showStep(int index);
    void place();
    void finish(bool completed);

    QVector<TourStep> m_steps;
    int m_step = -1;
    QRect m_highlight;
    QFrame *m_bubble;
    QLabel *m_title, *m_text, *m_counter;
    QPushButton *m_back, *m_next, *m_skip;
};

} // namespace cc
