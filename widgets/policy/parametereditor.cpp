#include "widgets/policy/parametereditor.h"

#include "models/edit/policyedits.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QSlider>
#include <QSpinBox>
#include <cmath>

namespace cc {

namespace {
constexpr int kSliderSteps = 1000; // 0.1 percentage point
QString trParam(const char *text)
{
    return QCoreApplication::translate("cc::Parameters", text);
}
} // namespace

QString ParameterEditor::toolTipFor(const ParameterSpec &spec)
{
    const QLocale locale;
    const bool share = spec.kind == ValueKind::Share;
    const QString defaultText =
        spec.kind == ValueKind::Boolean ? (spec.defaultValue != 0 ? tr("on") : tr("off"))
        : share
            ? locale.toString(spec.defaultValue * 100, 'g', 4) + QStringLiteral(" %")
            : locale.toString(spec.defaultValue, 'g', 8) + QLatin1Char(' ') + trParam(spec.unit);
    return tr("<b>%1</b><p>%2</p><p><i>Default: %3. Source: %4</i></p>")
        .arg(trParam(spec.label), trParam(spec.help), defaultText.trimmed(), trParam(spec.source));
}

ParameterEditor::ParameterEditor(const ParameterSpec &spec, QWidget *parent)
    : QWidget(parent), m_spec(spec)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString tip = toolTipFor(spec);
    setToolTip(tip);
    setWhatsThis(tip);
    setObjectName(QString::fromLatin1(spec.key));

    switch (spec.kind) {
    case ValueKind::Boolean:
        m_check = new QCheckBox(this);
        m_check->setAccessibleName(trParam(spec.label));
        layout->addWidget(m_check);
        layout->addStretch();
        connect(m_check, &QCheckBox::toggled, this, [this](bool on) { emitValue(on ? 1 : 0); });
        break;
    case ValueKind::Integer:
        m_int = new QSpinBox(this);
        m_int->setRange(int(spec.minimum), int(spec.maximum));
        m_int->setSuffix(QLatin1Char(' ') + trParam(spec.unit));
        m_int->setKeyboardTracking(false);
        m_int->setAccessibleName(trParam(spec.label));
        layout->addWidget(m_int);
        connect(m_int, &QSpinBox::valueChanged, this, [this](int v) { emitValue(v); });
        break;
    case ValueKind::Share:
        m_slider = new QSlider(Qt::Horizontal, this);
        m_slider->setRange(int(std::round(spec.minimum * kSliderSteps)),
                           int(std::round(spec.maximum * kSliderSteps)));
        m_slider->setPageStep(kSliderSteps / 20);
        m_slider->setAccessibleName(trParam(spec.label));
        layout->addWidget(m_slider, 1);
        connect(m_slider, &QSlider::sliderPressed, this,
                [this] { m_dragKey = edit::newMergeKey(); });
        connect(m_slider, &QSlider::sliderReleased, this, [this] { m_dragKey = 0; });
        connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
            if (m_loading)
                return;
            const double value = double(v) / kSliderSteps;
            m_loading = true;
            m_double->setValue(value * 100);
            m_loading = false;
            // Keys and page steps without a drag: one undo step each.
            emit edited(value, m_slider->isSliderDown() ? m_dragKey : 0);
            m_value = value;
        });
        m_double = new QDoubleSpinBox(this);
        m_double->setRange(spec.minimum * 100, spec.maximum * 100);
        m_double->setDecimals(1);
        m_double->setSuffix(QStringLiteral(" %"));
        m_double->setKeyboardTracking(false);
        m_double->setAccessibleName(trParam(spec.label));
        layout->addWidget(m_double);
        connect(m_double, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
            if (m_loading)
                return;
            m_loading = true;
            m_slider->setValue(int(std::round(percent / 100 * kSliderSteps)));
            m_loading = false;
            emitValue(percent / 100);
        });
        break;
    case ValueKind::Money:
    case ValueKind::Real:
        m_double = new QDoubleSpinBox(this);
        m_double->setRange(spec.minimum, spec.maximum);
        m_double->setDecimals(spec.kind == ValueKind::Money ? 0 : 2);
        m_double->setGroupSeparatorShown(true);
        if (*spec.unit)
            m_double->setSuffix(QLatin1Char(' ') + trParam(spec.unit));
        m_double->setKeyboardTracking(false);
        m_double->setAccessibleName(trParam(spec.label));
        layout->addWidget(m_double);
        connect(m_double, &QDoubleSpinBox::valueChanged, this, [this](double v) { emitValue(v); });
        break;
    }
    // Focus given to the editor (a label's buddy, the panel's search) goes
    // to the control that edits.
    if (m_check)
        setFocusProxy(m_check);
    else if (m_slider)
        setFocusProxy(m_slider);
    else if (m_int)
        setFocusProxy(m_int);
    else if (m_double)
        setFocusProxy(m_double);
}

void ParameterEditor::emitValue(double value)
{
    if (m_loading)
        return;
    m_value = value;
    emit edited(value, 0);
}

void ParameterEditor::setValue(double value)
{
    m_loading = true;
    m_value = value;
    if (m_check)
        m_check->setChecked(value != 0);
    if (m_int)
        m_int->setValue(int(value));
    if (m_slider && !m_slider->isSliderDown())
        m_slider->setValue(int(std::round(value * kSliderSteps)));
    if (m_double)
        m_double->setValue(m_spec.kind == ValueKind::Share ? value * 100 : value);
    m_loading = false;
}

} // namespace cc
