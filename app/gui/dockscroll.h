#pragma once

class QScrollArea;
class QWidget;

namespace cc {

// `content` in a frameless scroll area that resizes it, for a dock: the dock
// can then be smaller than the content's minimum size (it scrolls instead), so
// opening a long dock (the staffing board, the policy panel) on a laptop
// screen never makes the main window grow past the screen.
QScrollArea *scrollingDockContent(QWidget *content);

} // namespace cc
