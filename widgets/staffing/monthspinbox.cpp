#include "widgets/staffing/monthspinbox.h"

#include "models/domain/project.h"
#include "models/sim/calendar.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <algorithm>

namespace cc {

MonthSpinBox::MonthSpinBox(QWidget *parent) : QSpinBox(parent)
{
    setRange(0, 0);
}

MonthSpinBox::MonthSpinBox(const Project &project, QWidget *parent) : QSpinBox(parent)
{
    setProject(project);
}

void MonthSpinBox::setProject(const Project &project)
{
    m_startYear = project.settings.integer(SettingKey::StartYear);
    m_startMonth = std::clamp(project.settings.integer(SettingKey::StartMonth), 1, 12);
    setRange(0, std::max(1, project.settings.integer(SettingKey::HorizonMonths)) - 1);
    // The texts changed with the start month even when the value did not.
    lineEdit()->setText(textFromValue(value()));
}

QString MonthSpinBox::textFromValue(int month) const
{
    return QString::fromStdString(
        sim::formatYearMonth(sim::yearMonthAt(m_startYear, m_startMonth, month)));
}

int MonthSpinBox::monthOfText(const QString &text) const
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})\\s*-\\s*(\\d{1,2})\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return -1;
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return -1;
    return (m.captured(1).toInt() - m_startYear) * 12 + (month - m_startMonth);
}

int MonthSpinBox::valueFromText(const QString &text) const
{
    const int month = monthOfText(text);
    return month < 0 ? value() : month;
}

QValidator::State MonthSpinBox::validate(QString &text, int &) const
{
    const int month = monthOfText(text);
    if (month >= minimum() && month <= maximum())
        return QValidator::Acceptable;
    // Digits and a dash on the way to a calendar month.
    static const QRegularExpression partial(
        QStringLiteral("^\\s*\\d{0,4}(\\s*-\\s*\\d{0,2})?\\s*$"));
    return partial.match(text).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

} // namespace cc
