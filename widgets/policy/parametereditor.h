#pragma once

#include "models/domain/parameters.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QSlider;
class QSpinBox;

namespace cc {

// The editor of one parameter, built from its ParameterSpec: a check box for
// a switch, a slider with a spin box for a share (shown in %), a spin box with
// its unit otherwise. The tooltip explains the term and names the default's
// source. Emits the new value in model units (shares as 0..1); a slider drag
// carries one drag id from press to release so it becomes one undo step.
class ParameterEditor : public QWidget {
    Q_OBJECT
public:
    explicit ParameterEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    const ParameterSpec &spec() const { return m_spec; }
    void setValue(double value); // does not emit
    double value() const { return m_value; }
    QSlider *slider() const { return m_slider; }
    // Tooltip text (translated) used for the label and the editor.
    static QString toolTipFor(const ParameterSpec &spec);

signals:
    // dragKey is non-zero while a slider is dragged.
    void edited(double value, qint64 dragKey);

private:
    void emitValue(double value);

    const ParameterSpec &m_spec;
    double m_value = 0;
    bool m_loading = false;
    qint64 m_dragKey = 0;
    QCheckBox *m_check = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_double = nullptr;
    QSpinBox *m_int = nullptr;
};

} // namespace cc
