#pragma once

#include <QString>

class QWidget;

namespace cc {

class GuidedTour;
class MainWindow;

// The first hour of a new user: Help > Glossary (F1), Help > Model Notes,
// Help > Guided Tour,
// Help > What's This (Shift+F1), Help > Start Page; F6 / Shift+F6 move the
// keyboard focus between the map and the docks.
void installFirstHour(MainWindow *window);
// After start: the start page when no project was opened (showStartPage), then
// the guided tour on the very first start (setting "tour/shown").
void startFirstHour(MainWindow *window, bool showStartPage);
// Shows the start page and carries out the choice; false when it was closed
// without choosing (the window keeps its project).
bool showStartPage(MainWindow *window);
GuidedTour *startTour(MainWindow *window);
QWidget *showGlossary(MainWindow *window);
QWidget *showModelNotes(MainWindow *window);
// Opens one view at start (--show): "workshop", "workshop-playing", "glossary",
// "model-notes", "calibration" (calibrated once results are in), "tour",
// "explain" (once results are in) or "start-page".
void showView(MainWindow *window, const QString &view);

} // namespace cc
