#pragma once

#include "models/domain/entities.h"
#include "widgets/map/maplegend.h"

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QVector>

class QGraphicsItem;

namespace cc {

class MapScene;
class MapView;

// The investment planner's candidates on the map (issue 20): a translucent
// disc at each facility or village where a candidate stands, its area
// proportional to the best gain of a candidate there (so the eye compares
// gains as areas), coloured by the kind of that candidate; candidates that
// gain nothing are not drawn. Another layer's data: the planner window hands
// over the marks after (and during) a run; a kind filter keeps one kind.
class MapCandidates : public QObject {
    Q_OBJECT
public:
    struct Mark {
        EntityId targetId = 0;
        bool targetIsSettlement = false;
        QPointF lonLat;
        double gain = 0; // in the objective's unit; > 0 to be drawn
        int kind = 0;    // InvestmentKind
        QString text;    // the tooltip
    };

    explicit MapCandidates(MapView *view, QObject *parent = nullptr);
    ~MapCandidates() override;

    void setMarks(const QVector<Mark> &marks);
    // -1: every kind.
    void setKindFilter(int kind);
    int kindFilter() const { return m_kind; }
    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }

    // What is drawn, for tests: the disc at a target (nullptr: none) and its
    // radius in pixels.
    QGraphicsItem *item(EntityId targetId, bool settlement) const;
    double radiusPx(EntityId targetId, bool settlement) const;
    int itemCount() const { return static_cast<int>(m_items.size()); }

    // Selects the target's symbol on the map and centres the view on it.
    void selectTarget(EntityId targetId, bool settlement);

    QVector<MapLegend::Section> legendSections() const;
    static QColor kindColor(int kind);

signals:
    void drawnChanged();

private:
    void rebuild();
    static qint64 key(EntityId id, bool settlement) { return settlement ? -id : id; }

    MapView *m_view;
    MapScene *m_scene;
    QPointer<MapScene> m_sceneAlive;
    QVector<Mark> m_marks;
    int m_kind = -1;
    bool m_visible = true;
    QHash<qint64, QGraphicsItem *> m_items;
    QHash<qint64, double> m_radius;
    QVector<int> m_kindsDrawn;
};

} // namespace cc
