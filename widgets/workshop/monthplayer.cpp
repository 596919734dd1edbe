#include "widgets/workshop/monthplayer.h"

#include "models/sim/calendar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cc {

MonthPlayer::MonthPlayer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("monthPlayer"));
    m_timer.setInterval(700);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_month + 1 >= m_months)
            pause();
        else
            setMonth(m_month + 1);
    });
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout);
    auto button = [this, layout](const QString &name, const QString &icon, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setIcon(QIcon(icon));
        b->setIconSize(QSize(40, 40));
        b->setToolTip(tip);
        b->setWhatsThis(tip);
        b->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(b);
        return b;
    };
    m_stepBack = button(QStringLiteral("monthStepBack"), QStringLiteral(":/icons/step-back.svg"),
                        tr("Previous month"));
    m_play = button(QStringLiteral("monthPlay"), QStringLiteral(":/icons/play.svg"),
                    tr("Play the months"));
    m_stepForward = button(QStringLiteral("monthStepForward"),
                           QStringLiteral(":/icons/step-forward.svg"), tr("Next month"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("monthSlider"));
    m_slider->setToolTip(tr("The month shown by the cursor on the charts"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("monthLabel"));
    QFont big = m_label->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_label->setFont(big);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setToolTip(tr("The month shown (year-month)"));
    layout->addWidget(m_label, 1);
    outer->addWidget(m_slider);
    connect(m_play, &QToolButton::clicked, this, &MonthPlayer::togglePlay);
    connect(m_stepForward, &QToolButton::clicked, this, [this] {
        pause();
        stepForward();
    });
    connect(m_stepBack, &QToolButton::clicked, this, [this] {
        pause();
        stepBack();
    });
    connect(m_slider, &QSlider::valueChanged, this, &MonthPlayer::setMonth);
    setHorizon(0, 2025, 1);
}

void MonthPlayer::setHorizon(int months, int startYear, int startMonth)
{
    m_months = std::max(0, months);
    m_startYear = startYear;
    m_startMonth = startMonth;
    m_slider->setRange(0, std::max(0, m_months - 1));
    if (m_month >= m_months)
        m_month = std::max(0, m_months - 1);
    setEnabled(m_months > 0);
    updateLabel();
}

void MonthPlayer::setMonth(int month)
{
    month = std::clamp(month, 0, std::max(0, m_months - 1));
    if (m_slider->value() != month)
        m_slider->setValue(month); // comes back here
    if (month == m_month && m_label->text().size() > 0)
        return;
    m_month = month;
    updateLabel();
    emit monthChanged(month);
}

void MonthPlayer::updateLabel()
{
    const sim::YearMonth ym = sim::yearMonthAt(m_startYear, m_startMonth, m_month);
    m_label->setText(
        m_months > 0 ? QStringLiteral("%1-%2").arg(ym.year).arg(ym.month, 2, 10, QLatin1Char('0'))
                     : QString());
}

void MonthPlayer::play()
{
    if (m_months <= 1 || isPlaying())
        return;
    if (m_month + 1 >= m_months)
        setMonth(0);
    m_timer.start();
    m_play->setIcon(QIcon(QStringLiteral(":/icons/pause.svg")));
    m_play->setToolTip(tr("Pause"));
    emit playingChanged(true);
}

void MonthPlayer::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    m_play->setIcon(QIcon(QStringLiteral(":/icons/play.svg")));
    m_play->setToolTip(tr("Play the months"));
    emit playingChanged(false);
}

void MonthPlayer::togglePlay()
{
    isPlaying() ? pause() : play();
}

void MonthPlayer::stepForward()
{
    setMonth(m_month + 1);
}

void MonthPlayer::stepBack()
{
    setMonth(m_month - 1);
}

} // namespace cc
