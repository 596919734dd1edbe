#pragma once

#include "models/domain/entities.h"
#include "widgets/map/maplegend.h"

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QWidget>

class QGraphicsItem;
class QGraphicsPathItem;
class QPointF;

namespace cc {

class MapScene;
class MapView;

// Telemedicine and shared-centre links (远程会诊、影像/检验/心电共享中心) on the
// map: a line from the county hospital to the township centre for each link in
// effect in the shown scenario (shared links and the scenario's own), styled
// by kind, faded in months outside [start, end). Kept in step with the
// document's change signals; a right-click on a line offers to show it in the
// links table or delete it (one undo step).
class MapLinks : public QObject {
    Q_OBJECT
public:
    explicit MapLinks(MapView *view, QObject *parent = nullptr);
    ~MapLinks() override;

    // 0: the baseline.
    void setScenario(EntityId scenarioId);
    EntityId scenario() const { return m_scenario; }
    void setMonth(int month);
    int month() const { return m_month; }
    // Draws one link wider with a halo (the row selected in the table); 0: none.
    void setHighlighted(EntityId linkId);
    EntityId highlighted() const { return m_highlighted; }

    // What is drawn, for tests: the line of a link (nullptr: not drawn).
    QGraphicsPathItem *item(EntityId linkId) const { return m_items.value(linkId); }
    int itemCount() const { return static_cast<int>(m_items.size()); }
    // The link whose line is under `scenePos` (within a few pixels), 0 if none.
    EntityId linkAt(const QPointF &scenePos) const;

    // The legend of what is drawn: one line per kind of link shown (empty
    // when none is).
    QVector<MapLegend::Section> legendSections() const;

    static QColor kindColor(LinkKind kind);
    static Qt::PenStyle kindPen(LinkKind kind);

signals:
    // A right-click asked to see this link in the table.
    void showRequested(cc::EntityId linkId);
    // A refused edit (from the context menu), for the status bar.
    void message(const QString &text);
    // The links drawn changed (legendSections() may have).
    void drawnChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void updateLink(EntityId id);
    bool shown(const TelemedicineLink &link) const;
    void styleItem(QGraphicsPathItem *item, const TelemedicineLink &link) const;

    MapView *m_view;
    QPointer<QWidget> m_viewport;
    MapScene *m_scene;
    EntityId m_scenario = 0;
    int m_month = 0;
    EntityId m_highlighted = 0;
    bool m_rebuilding = false; // one drawnChanged for a whole rebuild
    QHash<EntityId, QGraphicsPathItem *> m_items;
};

} // namespace cc
