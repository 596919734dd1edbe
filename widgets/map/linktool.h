#pragma once

#include "models/domain/entities.h"
#include "widgets/map/maptool.h"

class QGraphicsPathItem;

namespace cc {

// Draw a telemedicine link (远程医疗协作): click a county hospital (the hub),
// then a township centre; the link of the chosen kind, with that kind's
// default capability gain and yearly cost, is added as one undo step to the
// scenario shown (to every scenario when the baseline is shown, as postings
// are). Esc or a right-click cancels; a refused link says why.
class LinkTool : public MapTool {
    Q_OBJECT
public:
    explicit LinkTool(MapView *view);

    void setKind(LinkKind kind) { m_kind = kind; }
    LinkKind kind() const { return m_kind; }
    // The scenario new links belong to (0: the baseline).
    void setScenario(EntityId scenarioId) { m_scenario = scenarioId; }
    EntityId scenario() const { return m_scenario; }
    // The hub chosen by the first click (0: none yet).
    EntityId hub() const { return m_hub; }

    void activate() override;
    void deactivate() override;
    bool mousePress(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseMove(QMouseEvent *event, const QPointF &scenePos) override;
    bool keyPress(QKeyEvent *event) override;

    // The two clicks without a mouse (tests, keyboard): pick the hub, then the
    // centre; returns the new link's id, 0 when refused (message() says why).
    void pickHub(EntityId facilityId);
    EntityId pickCentre(EntityId facilityId);
    void cancel();

signals:
    void linkAdded(cc::EntityId linkId);

private:
    EntityId facilityAt(const QPointF &scenePos) const;
    void updatePreview(const QPointF &cursor);

    LinkKind m_kind = LinkKind::Consultation;
    EntityId m_scenario = 0;
    EntityId m_hub = 0;
    QGraphicsPathItem *m_preview = nullptr; // owned by the scene
};

} // namespace cc
