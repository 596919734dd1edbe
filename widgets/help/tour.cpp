#include "widgets/help/tour.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cc {

GuidedTour::GuidedTour(QWidget *window, const QVector<TourStep> &steps)
    : QWidget(window), m_steps(steps)
{
    setObjectName(QStringLiteral("guidedTour"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    m_bubble = new QFrame(this);
    m_bubble->setObjectName(QStringLiteral("tourBubble"));
    m_bubble->setFrameShape(QFrame::StyledPanel);
    m_bubble->setAutoFillBackground(true);
    m_bubble->setStyleSheet(
        QStringLiteral("#tourBubble { background: #ffffff; border: 3px solid #0072B2; "
                       "border-radius: 10px; }"
                       "QPushButton:focus { border: 2px solid #E69F00; }"));
    auto *layout = new QVBoxLayout(m_bubble);
    layout->setContentsMargins(18, 14, 18, 14);
    m_title = new QLabel(m_bubble);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_text = new QLabel(m_bubble);
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("tourText"));
    m_counter = new QLabel(m_bubble);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_counter, 1);
    m_skip = new QPushButton(tr("&Skip Tour"), m_bubble);
    m_skip->setObjectName(QStringLiteral("tourSkip"));
    m_skip->setToolTip(tr("End the tour (Esc); Help > Guided Tour shows it again"));
    m_back = new QPushButton(tr("&Back"), m_bubble);
    m_back->setObjectName(QStringLiteral("tourBack"));
    m_back->setToolTip(tr("Previous step"));
    m_next = new QPushButton(tr("&Next"), m_bubble);
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_next->setToolTip(tr("Next step (Enter)"));
    m_next->setDefault(true);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    connect(m_skip, &QPushButton::clicked, this, &GuidedTour::skip);
    connect(m_back, &QPushButton::clicked, this, &GuidedTour::back);
    connect(m_next, &QPushButton::clicked, this, &GuidedTour::next);
    setTabOrder(m_next, m_back);
    setTabOrder(m_back, m_skip);
    window->installEventFilter(this);
    hide();
}

QWidget *GuidedTour::bubble() const
{
    return m_bubble;
}

void GuidedTour::start()
{
    setGeometry(parentWidget()->rect());
    show();
    raise();
    showStep(0);
}

void GuidedTour::next()
{
    if (m_step + 1 >= m_steps.size())
        finish(true);
    else
        showStep(m_step + 1);
}

void GuidedTour::back()
{
    if (m_step > 0)
        showStep(m_step - 1);
}

void GuidedTour::skip()
{
    finish(false);
}

void GuidedTour::finish(bool completed)
{
    parentWidget()->removeEventFilter(this);
    emit finished(completed);
    close();
}

void GuidedTour::showStep(int index)
{
    if (index < 0 || index >= m_steps.size())
        return;
    m_step = index;
    const TourStep &s = m_steps[index];
    m_title->setText(s.title);
    m_text->setText(s.text);
    m_counter->setText(tr("Step %1 of %2").arg(index + 1).arg(m_steps.size()));
    m_back->setEnabled(index > 0);
    m_next->setText(index + 1 == m_steps.size() ? tr("&Finish") : tr("&Next"));
    place();
    m_next->setFocus();
}

void GuidedTour::place()
{
    QWidget *window = parentWidget();
    setGeometry(window->rect());
    m_highlight = QRect();
    if (m_step >= 0 && m_step < m_steps.size()) {
        QWidget *t = m_steps[m_step].target;
        if (t && t->isVisible() && t->window() == window)
            m_highlight = QRect(t->mapTo(window, QPoint(0, 0)), t->size()).adjusted(-4, -4, 4, 4);
    }
    const int w = std::min(460, width() - 40);
    m_bubble->setFixedWidth(w);
    m_bubble->adjustSize();
    const QSize b = m_bubble->size();
    QPoint pos;
    const QRect area = rect().adjusted(16, 16, -16, -16);
    if (m_highlight.isNull()) {
        pos = area.center() - QPoint(b.width() / 2, b.height() / 2);
    } else if (m_highlight.right() + 20 + b.width() <= area.right()) {
        pos = QPoint(m_highlight.right() + 20, m_highlight.center().y() - b.height() / 2);
    } else if (m_highlight.left() - 20 - b.width() >= area.left()) {
        pos =
            QPoint(m_highlight.left() - 20 - b.width(), m_highlight.center().y() - b.height() / 2);
    } else if (m_highlight.top() - 20 - b.height() >= area.top()) {
        pos = QPoint(m_highlight.center().x() - b.width() / 2, m_highlight.top() - 20 - b.height());
    } else {
        pos = QPoint(m_highlight.center().x() - b.width() / 2, m_highlight.bottom() + 20);
    }
    pos.setX(std::clamp(pos.x(), area.left(), std::max(area.left(), area.right() - b.width())));
    pos.setY(std::clamp(pos.y(), area.top(), std::max(area.top(), area.bottom() - b.height())));
    // A step whose target covers the whole window (the map) gets the bubble on top of it.
    m_bubble->move(pos);
    m_bubble->raise();
    update();
}

void GuidedTour::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath dim;
    dim.addRect(rect());
    if (!m_highlight.isNull()) {
        QPainterPath hole;
        hole.addRoundedRect(m_highlight, 8, 8);
        dim = dim.subtracted(hole);
    }
    p.fillPath(dim, QColor(0, 0, 0, 120));
    if (!m_highlight.isNull()) {
        p.setPen(QPen(QColor(0xE6, 0x9F, 0x00), 4));
        p.drawRoundedRect(m_highlight, 8, 8);
    }
}

bool GuidedTour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        place();
    return QWidget::eventFilter(watched, event);
}

void GuidedTour::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        skip();
        return;
    case Qt::Key_Right:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        return;
    case Qt::Key_Left:
        back();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace cc
