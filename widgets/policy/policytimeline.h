#pragma once

#include "models/domain/projectdocument.h"

#include <QWidget>

namespace cc {

// The policy schedule of one scenario on a month axis: a marker per schedule
// entry (the policy from month 0, then each change), labelled with its note;
// the tooltip lists what the change sets. Click a marker to select the entry;
// drag a change (not the first policy) to another month: one undo command
// (edit::movePolicyChange), refused moves snap back with the reason.
class PolicyTimeline : public QWidget {
    Q_OBJECT
public:
    explicit PolicyTimeline(ProjectDocument *document, QWidget *parent = nullptr);

    EntityId scenarioId() const { return m_scenarioId; }
    void setScenario(EntityId scenarioId);
    int selectedEntry() const { return m_selected; }
    void setSelectedEntry(int index);

    // Geometry, for tests and the mouse: the x of a month, the month at an x
    // (rounded, clamped to the horizon) and the marker of an entry.
    int xForMonth(int month) const;
    int monthAt(int x) const;
    QRect markerRect(int entryIndex) const;
    int entryAt(const QPoint &pos) const; // -1: none
    QString toolTipFor(int entryIndex) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void entryActivated(int entryIndex);
    void message(const QString &text); // a refused move's reason; empty clears

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    const Scenario *scenario() const;
    int horizon() const;
    int entryMonth(int index) const; // the dragged entry at its preview month
    QString label(int index) const;

    ProjectDocument *m_document;
    EntityId m_scenarioId = 0;
    int m_selected = 0;
    int m_dragIndex = -1;
    int m_dragMonth = 0;
    bool m_dragged = false;
    QPoint m_pressPos;
    int m_grabOffset = 0;
};

} // namespace cc
