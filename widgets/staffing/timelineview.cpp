#include "widgets/staffing/timelineview.h"

#include "models/domain/labels.h"
#include "models/domain/monthlabels.h"
#include "widgets/staffing/rostermodel.h"
#include "widgets/staffing/staffingdialogs.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <tuple>

namespace cc {

namespace {

constexpr int kLabelWidth = 190;
constexpr int kHeaderHeight = 34;
constexpr int kMinMonthWidth = 3;  // pixels: ten years fit a laptop screen
constexpr int kMaxMonthWidth = 60; // pixels: a month wide enough to read a bar's text
constexpr int kLaneHeight = 18;
constexpr int kRowPadding = 6;
constexpr int kEdgeGrip = 5;

QColor roleColor(StaffRole role)
{
    switch (role) {
    case StaffRole::GeneralPractitioner:
        return QColor(0x2e, 0x8b, 0x57);
    case StaffRole::Specialist:
        return QColor(0x2f, 0x6d, 0xb5);
    case StaffRole::Nurse:
        return QColor(0x8e, 0x5a, 0xa8);
    case StaffRole::PublicHealth:
        return QColor(0xd0, 0x85, 0x1c);
    }
    return Qt::gray;
}

const QColor kRefuseColor(0xc0, 0x39, 0x2b);
const QColor kWarnColor(0xe6, 0x7e, 0x22);

} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setAcceptDrops(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TimelineView::setData(const Project &project, EntityId scenarioId,
                           const QVector<staffing::Violation> &violations)
{
    m_project = project;
    m_scenario = scenarioId;
    m_violations = violations;
    m_months = std::max(1, project.settings.integer(SettingKey::HorizonMonths));
    if (m_selected && !project.postings.contains(m_selected))
        m_selected = 0;
    rebuild();
}

void TimelineView::setRows(Rows rows)
{
    if (rows == m_rowsMode)
        return;
    m_rowsMode = rows;
    m_highlightRow = 0;
    rebuild();
}

void TimelineView::rebuild()
{
    m_rows.clear();
    m_severityOfPosting.clear();
    for (const staffing::Violation &v : m_violations)
        for (EntityId id : v.postingIds)
            m_severityOfPosting[id] =
                std::max(m_severityOfPosting.value(id), static_cast<int>(v.severity));

    const QVector<Posting> postings = m_project.postingsOf(m_scenario);
    QHash<EntityId, QVector<Posting>> byKey;
    for (const Posting &p : postings)
        byKey[m_rowsMode == Rows::Facilities ? p.facilityId : p.staffId].push_back(p);

    if (m_rowsMode == Rows::Facilities) {
        QVector<const Facility *> facilities;
        for (const Facility &f : m_project.facilities)
            if (f.level == FacilityLevel::TownshipCentre ||
                f.level == FacilityLevel::CountyHospital || byKey.contains(f.id))
                facilities.push_back(&f);
        std::stable_sort(facilities.begin(), facilities.end(),
                         [](const Facility *a, const Facility *b) { return a->level > b->level; });
        for (const Facility *f : facilities) {
            Row row;
            row.id = f->id;
            row.label = f->name;
            row.sublabel = levelName(f->level);
            for (const Posting &p : byKey.value(f->id))
                row.bars.push_back(Bar{p, 0});
            for (const staffing::Violation &v : m_violations)
                if (v.facilityId == f->id && v.rule == staffing::Rule::TownshipMinimumStaff) {
                    row.badMonths.push_back({v.fromMonth, v.toMonth});
                    row.refuse = row.refuse || v.severity == staffing::Severity::Refuse;
                }
            m_rows.push_back(row);
        }
    } else {
        QVector<EntityId> staff = byKey.keys().toVector();
        for (const staffing::Violation &v : m_violations)
            if (v.staffId && !staff.contains(v.staffId) && m_project.staff.contains(v.staffId))
                staff.push_back(v.staffId);
        std::sort(staff.begin(), staff.end(), [this](EntityId a, EntityId b) {
            return m_project.staff.value(a).name < m_project.staff.value(b).name;
        });
        for (EntityId id : staff) {
            const StaffMember m = m_project.staff.value(id);
            Row row;
            row.id = id;
            row.label = m.name;
            row.sublabel = roleName(m.role) + QStringLiteral(" · ") + titleName(m.title);
            for (const Posting &p : byKey.value(id))
                row.bars.push_back(Bar{p, 0});
            for (const staffing::Violation &v : m_violations)
                if (v.staffId == id && v.rule == staffing::Rule::FtePerPerson) {
                    row.badMonths.push_back({v.fromMonth, v.toMonth});
                    row.refuse = row.refuse || v.severity == staffing::Severity::Refuse;
                }
            m_rows.push_back(row);
        }
    }

    // Lanes: overlapping bars of a row stack.
    int top = kHeaderHeight;
    for (Row &row : m_rows) {
        std::sort(row.bars.begin(), row.bars.end(), [](const Bar &a, const Bar &b) {
            return std::tie(a.posting.startMonth, a.posting.id) <
                   std::tie(b.posting.startMonth, b.posting.id);
        });
        QVector<int> laneEnd;
        for (Bar &b : row.bars) {
            int lane = 0;
            while (lane < laneEnd.size() && laneEnd[lane] > b.posting.startMonth)
                ++lane;
            if (lane == laneEnd.size())
                laneEnd.push_back(0);
            laneEnd[lane] = b.posting.endMonth;
            b.lane = lane;
        }
        row.lanes = std::max(1, static_cast<int>(laneEnd.size()));
        row.top = top;
        row.height = std::max(2 * kLaneHeight + 4, row.lanes * kLaneHeight + 2 * kRowPadding);
        top += row.height;
    }
    setMinimumSize(sizeHint());
    resize(sizeHint());
    updateGeometry();
    update();
}

void TimelineView::setMonthWidth(int pixels)
{
    pixels = std::clamp(pixels, kMinMonthWidth, kMaxMonthWidth);
    if (pixels == m_monthWidth)
        return;
    m_monthWidth = pixels;
    setMinimumSize(sizeHint());
    resize(sizeHint());
    updateGeometry();
    update();
    emit monthWidthChanged(m_monthWidth);
}

int TimelineView::monthWidthToFit(int width) const
{
    return std::clamp((width - kLabelWidth - 8) / std::max(1, m_months), kMinMonthWidth,
                      kMaxMonthWidth);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    // Ctrl + wheel zooms the month scale; the plain wheel scrolls the rows.
    if (!(event->modifiers() & Qt::ControlModifier) || event->angleDelta().y() == 0) {
        QWidget::wheelEvent(event);
        return;
    }
    const int step = std::max(1, m_monthWidth / 4);
    setMonthWidth(m_monthWidth + (event->angleDelta().y() > 0 ? step : -step));
    emit zoomedByUser();
    event->accept();
}

QSize TimelineView::sizeHint() const
{
    const int height =
        m_rows.isEmpty() ? kHeaderHeight + 40 : m_rows.back().top + m_rows.back().height + 4;
    return QSize(kLabelWidth + m_months * m_monthWidth + 8, height);
}

int TimelineView::xOfMonth(int month) const
{
    return kLabelWidth + month * m_monthWidth;
}

int TimelineView::monthAt(int x) const
{
    const int m = (x - kLabelWidth + m_monthWidth / 2) / m_monthWidth;
    return std::clamp(m, 0, m_months);
}

QRect TimelineView::barGeometry(const Row &row, const Bar &bar) const
{
    const Posting &p = bar.posting.id == m_dragPosting.id && m_dragEdge != DragEdge::None
                           ? m_dragPosting
                           : bar.posting;
    const int x0 = xOfMonth(std::clamp(p.startMonth, 0, m_months));
    const int x1 = xOfMonth(std::clamp(p.endMonth, 0, m_months));
    return QRect(x0, row.top + kRowPadding + bar.lane * kLaneHeight, std::max(3, x1 - x0),
                 kLaneHeight - 3);
}

QRect TimelineView::barRect(EntityId postingId) const
{
    for (const Row &row : m_rows)
        for (const Bar &b : row.bars)
            if (b.posting.id == postingId)
                return barGeometry(row, b);
    return {};
}

QRect TimelineView::facilityRowRect(EntityId facilityId) const
{
    if (m_rowsMode != Rows::Facilities)
        return {};
    for (const Row &row : m_rows)
        if (row.id == facilityId)
            return QRect(0, row.top, width(), row.height);
    return {};
}

int TimelineView::rowAt(int y) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (y >= m_rows[i].top && y < m_rows[i].top + m_rows[i].height)
            return i;
    return -1;
}

const TimelineView::Bar *TimelineView::barAt(const QPoint &pos, DragEdge *edge) const
{
    const int r = rowAt(pos.y());
    if (r < 0)
        return nullptr;
    for (const Bar &b : m_rows[r].bars) {
        const QRect rect = barGeometry(m_rows[r], b).adjusted(-kEdgeGrip, 0, kEdgeGrip, 0);
        if (!rect.contains(pos))
            continue;
        if (edge) {
            const QRect bar = barGeometry(m_rows[r], b);
            if (std::abs(pos.x() - bar.right()) <= kEdgeGrip)
                *edge = DragEdge::End;
            else if (std::abs(pos.x() - bar.left()) <= kEdgeGrip)
                *edge = DragEdge::Start;
            else
                *edge = DragEdge::None;
        }
        return &b;
    }
    return nullptr;
}

QString TimelineView::barText(const Posting &p) const
{
    const QString who = m_rowsMode == Rows::Facilities
                            ? m_project.staff.value(p.staffId).name
                            : m_project.facilities.value(p.facilityId).name;
    return p.fte < 0.999 ? QStringLiteral("%1 %2").arg(who).arg(p.fte, 0, 'g', 2) : who;
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect clip = event->rect();
    painter.fillRect(clip, palette().base());
    const QColor grid = palette().mid().color().lighter(130);

    // Rows.
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const QRect rowRect(0, row.top, width(), row.height);
        if (!rowRect.intersects(clip))
            continue;
        if (row.id == m_highlightRow)
            painter.fillRect(rowRect, palette().highlight().color().lighter(185));
        else if (i % 2)
            painter.fillRect(rowRect, palette().alternateBase());
        if (i == m_dropRow)
            painter.fillRect(rowRect, QColor(0x2f, 0x6d, 0xb5, 50));
        for (const auto &band : row.badMonths) {
            const QRect b(xOfMonth(band.first), row.top + 1,
                          xOfMonth(band.second) - xOfMonth(band.first), row.height - 2);
            QColor c = row.refuse ? kRefuseColor : kWarnColor;
            c.setAlpha(40);
            painter.fillRect(b, c);
            c.setAlpha(120);
            painter.fillRect(b, QBrush(c, Qt::BDiagPattern));
        }
        painter.setPen(palette().text().color());
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(
            QRect(6, row.top + 2, kLabelWidth - 10, kLaneHeight), Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(row.label, Qt::ElideRight, kLabelWidth - 10));
        painter.setFont(font());
        if (row.height >= 2 * kLaneHeight || row.sublabel.size() < 30) {
            QFont small = font();
            small.setPointSizeF(small.pointSizeF() * 0.85);
            painter.setFont(small);
            painter.setPen(palette().placeholderText().color());
            painter.drawText(QRect(6, row.top + kLaneHeight - 2, kLabelWidth - 10, kLaneHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, row.sublabel);
            painter.setFont(font());
        }
        painter.setPen(grid);
        painter.drawLine(0, row.top + row.height - 1, width(), row.top + row.height - 1);
    }

    // Year lines and the month header.
    const int startMonth = m_project.settings.integer(SettingKey::StartMonth) - 1;
    const int startYear = m_project.settings.integer(SettingKey::StartYear);
    painter.fillRect(QRect(0, 0, width(), kHeaderHeight), palette().window());
    for (int t = 0; t <= m_months; ++t) {
        const int x = xOfMonth(t);
        const bool yearStart = (startMonth + t) % 12 == 0;
        painter.setPen(yearStart ? palette().dark().color() : grid);
        painter.drawLine(x, yearStart ? 2 : kHeaderHeight - 8, x,
                         yearStart ? height() : kHeaderHeight);
        if (t < m_months && (yearStart || t == 0)) {
            painter.setPen(palette().windowText().color());
            painter.drawText(QRect(x + 3, 2, std::max(12 * m_monthWidth, 40), 16),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QString::number(startYear + (startMonth + t) / 12));
        }
        // Quarter months, where they have room (a zoomed-out scale keeps the years).
        if (t < m_months && (startMonth + t) % 3 == 0 && 3 * m_monthWidth >= 14) {
            painter.setPen(palette().placeholderText().color());
            QFont small = font();
            small.setPointSizeF(small.pointSizeF() * 0.8);
            painter.setFont(small);
            painter.drawText(QRect(x, 17, 3 * m_monthWidth, 15), Qt::AlignLeft | Qt::AlignVCenter,
                             QString::number((startMonth + t) % 12 + 1));
            painter.setFont(font());
        }
    }
    painter.setPen(palette().dark().color());
    painter.drawLine(0, kHeaderHeight - 1, width(), kHeaderHeight - 1);
    painter.drawLine(kLabelWidth - 1, 0, kLabelWidth - 1, height());

    // Bars.
    for (const Row &row : m_rows) {
        if (!QRect(0, row.top, width(), row.height).intersects(clip))
            continue;
        for (const Bar &b : row.bars) {
            const QRect r = barGeometry(row, b);
            const StaffRole role = m_project.staff.value(b.posting.staffId).role;
            QColor fill = roleColor(role);
            fill.setAlphaF(0.35 + 0.65 * std::clamp(b.posting.fte, 0.0, 1.0));
            painter.setBrush(fill);
            const int sev = m_severityOfPosting.value(b.posting.id);
            QPen pen(sev == 2 ? kRefuseColor : sev == 1 ? kWarnColor : fill.darker(140));
            pen.setWidth(sev > 0 ? 2 : 1);
            if (b.posting.id == m_selected) {
                pen = QPen(palette().highlight().color(), 3);
            }
            painter.setPen(pen);
            painter.drawRoundedRect(r, 3, 3);
            if (sev > 0) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(sev == 2 ? kRefuseColor : kWarnColor);
                painter.drawEllipse(QPoint(r.right() - 4, r.top() + 4), 3, 3);
            }
            painter.setPen(fill.lightnessF() < 0.6 || b.posting.fte > 0.5 ? Qt::white : Qt::black);
            painter.drawText(r.adjusted(4, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(barText(b.posting), Qt::ElideRight,
                                                              std::max(0, r.width() - 12)));
        }
    }
    if (m_dropRow >= 0 && m_dropMonth >= 0) {
        painter.setPen(QPen(palette().highlight().color(), 2, Qt::DashLine));
        const int x = xOfMonth(m_dropMonth);
        painter.drawLine(x, m_rows[m_dropRow].top, x,
                         m_rows[m_dropRow].top + m_rows[m_dropRow].height);
    }
    if (m_rows.isEmpty()) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(rect().adjusted(0, kHeaderHeight, 0, 0), Qt::AlignCenter,
                         tr("No postings in this scenario. Drag a staff member from the roster "
                            "onto a facility row to post them."));
    }
}

void TimelineView::selectPosting(EntityId postingId)
{
    m_selected = postingId;
    const QRect r = barRect(postingId);
    if (r.isValid())
        emit ensureVisibleRequested(r);
    update();
}

void TimelineView::selectFacility(EntityId facilityId, int month)
{
    setRows(Rows::Facilities);
    m_highlightRow = facilityId;
    QRect r = facilityRowRect(facilityId);
    if (r.isValid()) {
        if (month >= 0)
            r.setLeft(xOfMonth(month));
        r.setWidth(std::min(r.width(), 200));
        emit ensureVisibleRequested(r);
    }
    update();
}

void TimelineView::selectStaff(EntityId staffId, int month)
{
    setRows(Rows::Staff);
    m_highlightRow = staffId;
    for (const Row &row : m_rows)
        if (row.id == staffId)
            emit ensureVisibleRequested(
                QRect(month >= 0 ? xOfMonth(month) : 0, row.top, 200, row.height));
    update();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    DragEdge edge = DragEdge::None;
    const Bar *bar = barAt(event->position().toPoint(), &edge);
    m_selected = bar ? bar->posting.id : 0;
    emit postingSelected(m_selected);
    if (bar && edge != DragEdge::None) {
        m_dragEdge = edge;
        m_dragPosting = bar->posting;
    }
    update();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragEdge != DragEdge::None) {
        const int m = monthAt(pos.x());
        if (m_dragEdge == DragEdge::End)
            m_dragPosting.endMonth = std::max(m_dragPosting.startMonth + 1, m);
        else
            m_dragPosting.startMonth = std::min(m_dragPosting.endMonth - 1, m);
        update();
        return;
    }
    DragEdge edge = DragEdge::None;
    const Bar *bar = barAt(pos, &edge);
    setCursor(bar && edge != DragEdge::None ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragEdge == DragEdge::None || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const Posting changed = m_dragPosting;
    m_dragEdge = DragEdge::None;
    m_dragPosting = Posting{};
    const Posting before = m_project.postings.value(changed.id);
    update();
    if (changed != before)
        emit postingChangeRequested(changed); // may rebuild this view
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const Bar *bar = barAt(event->position().toPoint(), nullptr))
        emit postingEditRequested(bar->posting.id);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (m_selected && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        emit postingRemoveRequested(m_selected);
        return;
    }
    if (m_selected && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        emit postingEditRequested(m_selected);
        return;
    }
    QWidget::keyPressEvent(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const Bar *bar = barAt(event->pos(), nullptr);
    if (!bar)
        return;
    const EntityId id = bar->posting.id;
    m_selected = id;
    update();
    QMenu menu(this);
    menu.addAction(tr("&Edit Posting..."), this, [this, id] { emit postingEditRequested(id); });
    menu.addAction(tr("&Remove Posting"), this, [this, id] { emit postingRemoveRequested(id); });
    menu.exec(event->globalPos());
}

void TimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_rowsMode == Rows::Facilities &&
        event->mimeData()->hasFormat(QString::fromLatin1(kStaffMimeType)))
        event->acceptProposedAction();
}

void TimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_dropRow = rowAt(pos.y());
    m_dropMonth = pos.x() >= kLabelWidth ? monthAt(pos.x()) : 0;
    if (m_dropRow >= 0)
        event->acceptProposedAction();
    else
        event->ignore();
    update();
}

void TimelineView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropRow = -1;
    m_dropMonth = -1;
    update();
}

void TimelineView::dropEvent(QDropEvent *event)
{
    const int row = rowAt(event->position().toPoint().y());
    const int month = event->position().toPoint().x() >= kLabelWidth
                          ? std::min(monthAt(event->position().toPoint().x()), m_months - 1)
                          : 0;
    m_dropRow = -1;
    m_dropMonth = -1;
    update();
    if (row < 0)
        return;
    const QByteArray ids = event->mimeData()->data(QString::fromLatin1(kStaffMimeType));
    const EntityId facility = m_rows[row].id;
    event->acceptProposedAction();
    for (const QByteArray &id : ids.split(','))
        if (id.toLongLong() > 0)
            emit staffDropped(id.toLongLong(), facility, month);
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Bar *bar = barAt(help->pos(), nullptr);
        if (!bar) {
            QToolTip::hideText();
            return true;
        }
        const Posting &p = bar->posting;
        QString text =
            tr("<b>%1</b> at %2<br>%3 to %4, FTE %5")
                .arg(m_project.staff.value(p.staffId).name.toHtmlEscaped(),
                     m_project.facilities.value(p.facilityId).name.toHtmlEscaped(),
                     monthLabel(m_project, p.startMonth), monthLabel(m_project, p.endMonth - 1))
                .arg(p.fte, 0, 'g', 3);
        for (const staffing::Violation &v : m_violations)
            if (v.postingIds.contains(p.id))
                text +=
                    QStringLiteral("<br><span style='color:%1'>%2</span>")
                        .arg(v.severity == staffing::Severity::Refuse ? QStringLiteral("#c0392b")
                                                                      : QStringLiteral("#e67e22"),
                             v.message.toHtmlEscaped());
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace cc
