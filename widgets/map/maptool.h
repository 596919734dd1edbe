#pragma once

#include <QCursor>
#include <QObject>
#include <QPointF>

class QKeyEvent;
class QMouseEvent;

namespace cc {

class MapScene;
class MapView;
class ProjectDocument;

// One editing mode of the map (select, add facility, draw road, edit
// boundary). The view forwards mouse and key events to the active tool; a
// handler returns true when it used the event. Tools change the document only
// through models/edit/edits.h, so every edit is an undo command.
class MapTool : public QObject {
    Q_OBJECT
public:
    explicit MapTool(MapView *view);

    virtual void activate() {}
    virtual void deactivate() {}
    virtual bool mousePress(QMouseEvent *, const QPointF &) { return false; }
    virtual bool mouseMove(QMouseEvent *, const QPointF &) { return false; }
    virtual bool mouseRelease(QMouseEvent *, const QPointF &) { return false; }
    virtual bool mouseDoubleClick(QMouseEvent *, const QPointF &) { return false; }
    virtual bool keyPress(QKeyEvent *) { return false; }
    virtual QCursor cursor() const { return Qt::CrossCursor; }
    // Whether the view pans on drag (hand) and rubber-bands while this tool is active.
    virtual bool usesRubberBand() const { return false; }

signals:
    // A refused edit, a hint: shown in the status bar.
    void message(const QString &text);

protected:
    MapView *view() const { return m_view; }
    MapScene *scene() const;
    ProjectDocument *document() const;
    // Scene position of the nearest settlement or facility within `pixels` of
    // `scenePos`, for snapping; `scenePos` itself when none is that close.
    QPointF snapped(const QPointF &scenePos, double pixels = 12.0, bool *didSnap = nullptr) const;

private:
    MapView *m_view;
};

} // namespace cc
