#include "widgets/policy/policytimeline.h"

#include "models/edit/policyedits.h"
#include "widgets/policy/policychanges.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace cc {

namespace {

constexpr int kMargin = 18;
constexpr int kAxisFromBottom = 26;
constexpr int kLabelHeight = 20;
constexpr int kLabelChars = 22;

} // namespace

PolicyTimeline::PolicyTimeline(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("policyTimeline"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Policy schedule timeline"));
    setToolTip(QString()); // per marker, see event()
    m_scenarioId = document->project().baselineScenarioId();
    connect(document, &ProjectDocument::entityChanged, this,
            [this](EntityKind kind, EntityId, ChangeKind) {
                if (kind != EntityKind::Scenario)
                    return;
                if (!scenario())
                    m_scenarioId = m_document->project().baselineScenarioId();
                if (const Scenario *s = scenario())
                    m_selected = std::clamp(m_selected, 0, int(s->schedule.size()) - 1);
                update();
            });
    connect(document, &ProjectDocument::settingsChanged, this, [this] { update(); });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        m_scenarioId = m_document->project().baselineScenarioId();
        m_selected = 0;
        m_dragIndex = -1;
        update();
    });
}

const Scenario *PolicyTimeline::scenario() const
{
    const auto &scenarios = m_document->project().scenarios;
    const auto it = scenarios.constFind(m_scenarioId);
    return it == scenarios.cend() ? nullptr : &*it;
}

void PolicyTimeline::setScenario(EntityId scenarioId)
{
    if (scenarioId == 0)
        scenarioId = m_document->project().baselineScenarioId();
    if (scenarioId == m_scenarioId)
        return;
    m_scenarioId = scenarioId;
    m_selected = 0;
    m_dragIndex = -1;
    update();
}

void PolicyTimeline::setSelectedEntry(int index)
{
    const Scenario *s = scenario();
    if (!s || index < 0 || index >= s->schedule.size())
        return;
    m_selected = index;
    update();
}

int PolicyTimeline::horizon() const
{
    return std::max(2, m_document->project().settings.integer(SettingKey::HorizonMonths));
}

int PolicyTimeline::xForMonth(int month) const
{
    const double span = std::max(1, width() - 2 * kMargin - 120); // room for the last label
    return kMargin + static_cast<int>(std::lround(span * month / double(horizon() - 1)));
}

int PolicyTimeline::monthAt(int x) const
{
    const double span = std::max(1, width() - 2 * kMargin - 120);
    const int month = static_cast<int>(std::lround((x - kMargin) * (horizon() - 1) / span));
    return std::clamp(month, 0, horizon() - 1);
}

int PolicyTimeline::entryMonth(int index) const
{
    if (index == m_dragIndex && m_dragged)
        return m_dragMonth;
    const Scenario *s = scenario();
    return s ? s->schedule[index].fromMonth : 0;
}

QString PolicyTimeline::label(int index) const
{
    const Scenario *s = scenario();
    if (!s)
        return QString();
    const Project &p = m_document->project();
    return QStringLiteral("%1  %2").arg(projectMonthLabel(p, entryMonth(index)),
                                        policyEntryLabel(*s, index, kLabelChars, locale()));
}

QRect PolicyTimeline::markerRect(int entryIndex) const
{
    const Scenario *s = scenario();
    if (!s || entryIndex < 0 || entryIndex >= s->schedule.size())
        return QRect();
    const int x = xForMonth(entryMonth(entryIndex));
    const int textWidth = fontMetrics().horizontalAdvance(label(entryIndex)) + 12;
    // Labels alternate between two rows so neighbours do not overlap.
    const int top = 6 + (entryIndex % 2) * (kLabelHeight + 4);
    return QRect(x, top, textWidth, kLabelHeight);
}

int PolicyTimeline::entryAt(const QPoint &pos) const
{
    const Scenario *s = scenario();
    if (!s)
        return -1;
    const int axisY = height() - kAxisFromBottom;
    // Later entries are drawn on top: test them first.
    for (int i = s->schedule.size() - 1; i >= 0; --i) {
        const QRect r = markerRect(i);
        if (r.contains(pos))
            return i;
        if (std::abs(pos.x() - r.left()) <= 5 && pos.y() >= r.top() && pos.y() <= axisY + 6)
            return i;
    }
    return -1;
}

QString PolicyTimeline::toolTipFor(int entryIndex) const
{
    const Scenario *s = scenario();
    if (!s || entryIndex < 0 || entryIndex >= s->schedule.size())
        return QString();
    const PolicyEntry &e = s->schedule[entryIndex];
    const Project &p = m_document->project();
    QString text =
        QStringLiteral("<b>%1</b>").arg(tr("From %1").arg(projectMonthLabel(p, e.fromMonth)));
    if (!e.note.isEmpty())
        text += QStringLiteral("<br>") + e.note.toHtmlEscaped();
    if (entryIndex == 0) {
        text += QStringLiteral("<br>") + tr("The policy in effect from the start of the horizon.");
    } else {
        // What the entry sets to a new value; what it restates is no change.
        const QStringList changes = describeEntryChanges(*s, entryIndex, locale());
        if (changes.isEmpty())
            text += QStringLiteral("<br>") + tr("No parameter differs from the previous policy.");
        else {
            QStringList items;
            for (const QString &line : changes)
                items << QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
            text += QStringLiteral("<ul style='margin:0'>%1</ul>").arg(items.join(QString()));
        }
        text += QStringLiteral("<i>%1</i>").arg(tr("Drag to move the change to another month."));
    }
    return text;
}

QSize PolicyTimeline::sizeHint() const
{
    return QSize(800, 6 + 2 * (kLabelHeight + 4) + kAxisFromBottom + 4);
}

QSize PolicyTimeline::minimumSizeHint() const
{
    return QSize(300, sizeHint().height());
}

void PolicyTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const Project &p = m_document->project();
    const int axisY = height() - kAxisFromBottom;
    const int months = horizon();

    // The axis: a tick each month, a labelled tick each January (or at month 0).
    painter.setPen(QPen(pal.text().color(), 1));
    painter.drawLine(xForMonth(0), axisY, xForMonth(months - 1), axisY);
    const int startMonth = p.settings.integer(SettingKey::StartMonth);
    const QFontMetrics fm = fontMetrics();
    for (int t = 0; t < months; ++t) {
        const bool january = (startMonth - 1 + t) % 12 == 0;
        const int x = xForMonth(t);
        painter.drawLine(x, axisY, x, axisY + (january || t == 0 ? 6 : 3));
        if (january || t == 0) {
            const QString text = projectMonthLabel(p, t);
            // Centred on the tick, kept inside the widget.
            QRect box(x - 40, axisY + 7, 80, fm.height());
            box.moveLeft(std::clamp(box.left(), 0, std::max(0, width() - box.width())));
            painter.drawText(box, Qt::AlignHCenter, text);
        }
    }

    const Scenario *s = scenario();
    if (!s) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No scenario"));
        return;
    }
    const QColor accent(0x00, 0x72, 0xB2); // Okabe-Ito blue
    for (int i = 0; i < s->schedule.size(); ++i) {
        const QRect r = markerRect(i);
        const bool selected = i == m_selected;
        const bool dragging = i == m_dragIndex && m_dragged;
        const QColor color = i == 0 ? pal.mid().color() : accent;
        painter.setPen(QPen(color, selected ? 2 : 1, dragging ? Qt::DashLine : Qt::SolidLine));
        painter.drawLine(r.left(), r.bottom(), r.left(), axisY);
        painter.setBrush(color);
        painter.drawEllipse(QPoint(r.left(), axisY), 4, 4);
        QColor fill = selected ? color : pal.base().color();
        painter.setBrush(fill);
        painter.drawRoundedRect(r, 3, 3);
        painter.setPen(selected ? pal.highlightedText().color() : pal.text().color());
        painter.drawText(r.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, label(i));
    }
    if (hasFocus()) {
        painter.setPen(QPen(pal.highlight().color(), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void PolicyTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int index = entryAt(event->position().toPoint());
    if (index < 0)
        return;
    m_selected = index;
    m_pressPos = event->position().toPoint();
    m_dragIndex = index > 0 ? index : -1;
    m_dragged = false;
    if (const Scenario *s = scenario())
        m_dragMonth = s->schedule[index].fromMonth;
    // Where the marker was grabbed, so it does not jump under the pointer.
    m_grabOffset = m_pressPos.x() - xForMonth(m_dragMonth);
    update();
    emit entryActivated(index);
}

void PolicyTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragIndex < 0 || !(event->buttons() & Qt::LeftButton)) {
        const int index = entryAt(pos);
        setCursor(index > 0 ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_dragged && std::abs(pos.x() - m_pressPos.x()) < 3)
        return;
    m_dragged = true;
    m_dragMonth = std::max(1, monthAt(pos.x() - m_grabOffset));
    update();
}

void PolicyTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_dragIndex < 0)
        return QWidget::mouseReleaseEvent(event);
    const int index = m_dragIndex;
    const int month = m_dragMonth;
    const bool dragged = m_dragged;
    m_dragIndex = -1;
    m_dragged = false;
    const Scenario *s = scenario();
    if (!dragged || !s || index >= s->schedule.size() || s->schedule[index].fromMonth == month) {
        update();
        return;
    }
    const edit::EditResult r = edit::movePolicyChange(*m_document, m_scenarioId, index, month);
    emit message(r ? QString() : r.error);
    if (r) {
        // The entry may have moved past a neighbour: follow it.
        if (const Scenario *moved = scenario())
            for (int i = 0; i < moved->schedule.size(); ++i)
                if (moved->schedule[i].fromMonth == month && i != m_selected) {
                    m_selected = i;
                    emit entryActivated(i);
                }
    }
    update();
}

void PolicyTimeline::keyPressEvent(QKeyEvent *event)
{
    const Scenario *s = scenario();
    if (!s)
        return QWidget::keyPressEvent(event);
    int next = m_selected;
    if (event->key() == Qt::Key_Left)
        next = std::max(0, m_selected - 1);
    else if (event->key() == Qt::Key_Right)
        next = std::min(int(s->schedule.size()) - 1, m_selected + 1);
    else
        return QWidget::keyPressEvent(event);
    if (next != m_selected) {
        m_selected = next;
        update();
        emit entryActivated(next);
    }
}

bool PolicyTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = entryAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(index), this, markerRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace cc
