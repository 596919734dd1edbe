#pragma once

#include "models/explain/explain.h"

#include <QObject>

class QCPAbstractPlottable;
class QMouseEvent;

namespace cc {

class MainWindow;

// "Explain this number" in the main window: a click on the status-bar
// indicators or on a point of the indicator and fund charts, or Analysis >
// Explain a Number (keyboard), opens the derivation of that value.
class ExplainActions : public QObject {
    Q_OBJECT
public:
    explicit ExplainActions(MainWindow *window);

    // The derivation for the window's current results (month -1: the last).
    explain::Derivation derivation(explain::Indicator indicator, int month, int scope) const;
    // Opens the dialog (non-modal); returns it (for tests).
    QWidget *showExplanation(explain::Indicator indicator, int month, int scope);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectCharts();
    void chooseAndShow(const QPoint &globalPos);

    MainWindow *m_window;
    QObject *m_indicators; // the status-bar label whose clicks open the menu
};

void installExplain(MainWindow *window);

} // namespace cc
