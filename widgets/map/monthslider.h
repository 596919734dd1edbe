#pragma once

#include <QWidget>

class QLabel;
class QSlider;

namespace cc {

class MapOverlays;

// Chooses the month the map overlays show: a slider over the simulated months
// with the month written beside it. Disabled until there are results.
class MonthSlider : public QWidget {
    Q_OBJECT
public:
    MonthSlider(MapOverlays *overlays, QWidget *parent = nullptr);
    QSlider *slider() const { return m_slider; }
    QLabel *label() const { return m_label; }

private:
    void sync();

    MapOverlays *m_overlays;
    QSlider *m_slider;
    QLabel *m_label;
};

} // namespace cc
