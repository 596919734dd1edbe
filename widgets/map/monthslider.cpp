#include "widgets/map/monthslider.h"

#include "widgets/map/mapoverlays.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

namespace cc {

MonthSlider::MonthSlider(MapOverlays *overlays, QWidget *parent)
    : QWidget(parent), m_overlays(overlays)
{
    setObjectName(QStringLiteral("monthSlider"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setMinimumWidth(220);
    m_slider->setPageStep(12);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(12);
    m_slider->setAccessibleName(tr("Month shown on the map"));
    m_slider->setToolTip(tr("The simulated month the map overlays show (PgUp/PgDn: a year)"));
    m_label = new QLabel(this);
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("0000-00 ")));
    auto *caption = new QLabel(tr("Month:"), this);
    caption->setBuddy(m_slider);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(caption);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_label);
    connect(m_slider, &QSlider::valueChanged, m_overlays, &MapOverlays::setMonth);
    connect(m_overlays, &MapOverlays::monthChanged, this, &MonthSlider::sync);
    connect(m_overlays, &MapOverlays::resultsChanged, this, &MonthSlider::sync);
    sync();
}

void MonthSlider::sync()
{
    const int months = m_overlays->monthCount();
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, std::max(0, months - 1));
    m_slider->setValue(m_overlays->month());
    m_slider->setEnabled(months > 1);
    m_label->setText(months > 0 ? m_overlays->monthLabel(m_overlays->month()) : tr("no results"));
}

} // namespace cc
