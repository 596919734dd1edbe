#pragma once

#include "models/domain/project.h"
#include "models/staffing/staffingrules.h"

#include <QHash>
#include <QWidget>

namespace cc {

// The postings timeline of the staffing board: rows are facilities (or staff),
// columns months, each posting a bar coloured by role. Drag a bar's end to
// change its months; drop a staff member from the roster on a facility row to
// post them there. Violations of the staffing rules are drawn inline: postings
// outlined, facility/staff rows banded over the months concerned. The view only
// reports gestures through signals; the board makes the edits.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    enum class Rows { Facilities, Staff };
    explicit TimelineView(QWidget *parent = nullptr);

    void setData(const Project &project, EntityId scenarioId,
                 const QVector<staffing::Violation> &violations);
    void setRows(Rows rows);
    Rows rows() const { return m_rowsMode; }

    EntityId selectedPosting() const { return m_selected; }
    void selectPosting(EntityId postingId);
    // Highlights a row (facility or staff) and scrolls to it.
    void selectFacility(EntityId facilityId, int month = -1);
    void selectStaff(EntityId staffId, int month = -1);

    // Geometry, public for tests: the bar of a posting, the row of a facility or staff.
    QRect barRect(EntityId postingId) const;
    QRect facilityRowRect(EntityId facilityId) const;
    int xOfMonth(int month) const;
    int monthAt(int x) const;

    // The month scale: pixels per month, zoomed out until a whole horizon fits
    // or in until a bar's text can be read (Ctrl + wheel zooms too).
    int monthWidth() const { return m_monthWidth; }
    void setMonthWidth(int pixels);
    // The month width with which the whole horizon fits `width` pixels.
    int monthWidthToFit(int width) const;

    QSize sizeHint() const override;

signals:
    void postingChangeRequested(const cc::Posting &posting);
    void postingEditRequested(cc::EntityId postingId);
    void postingRemoveRequested(cc::EntityId postingId);
    void staffDropped(cc::EntityId staffId, cc::EntityId facilityId, int month);
    void postingSelected(cc::EntityId postingId);
    void ensureVisibleRequested(const QRect &rect);
    void monthWidthChanged(int pixels);
    void zoomedByUser(); // Ctrl + wheel

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Bar {
        Posting posting;
        int lane = 0;
    };
    struct Row {
        EntityId id = 0; // facility or staff id
        QString label;
        QString sublabel;
        QVector<Bar> bars;
        int lanes = 1;
        int top = 0;
        int height = 0;
        QVector<QPair<int, int>> badMonths; // violation bands [from, to)
        bool refuse = false;
    };
    enum class DragEdge { None, Start, End };

    void rebuild();
    int rowAt(int y) const;
    const Bar *barAt(const QPoint &pos, DragEdge *edge) const;
    QRect barGeometry(const Row &row, const Bar &bar) const;
    QString barText(const Posting &p) const;

    Project m_project;
    EntityId m_scenario = 0;
    QVector<staffing::Violation> m_violations;
    Rows m_rowsMode = Rows::Facilities;
    QVector<Row> m_rows;
    QHash<EntityId, int> m_severityOfPosting; // posting id -> worst severity
    int m_months = 60;
    int m_monthWidth = 18; // pixels
    EntityId m_selected = 0;
    EntityId m_highlightRow = 0;
    // Bar-end drag in progress.
    DragEdge m_dragEdge = DragEdge::None;
    Posting m_dragPosting;
    int m_dropRow = -1;
    int m_dropMonth = -1;
};

} // namespace cc
