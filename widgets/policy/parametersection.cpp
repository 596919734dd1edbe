#include "widgets/policy/parametersection.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

ParameterSection::ParameterSection(const QString &title, QWidget *parent)
    : QWidget(parent), m_title(title), m_heading(new QToolButton(this)), m_body(new QWidget(this)),
      m_grid(new QGridLayout(m_body))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_heading->setCheckable(true);
    m_heading->setChecked(true);
    m_heading->setAutoRaise(true);
    m_heading->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_heading->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_heading->setFocusPolicy(Qt::StrongFocus);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->installEventFilter(this);
    layout->addWidget(m_heading);
    // Rows indented under the heading; the label column takes the slack and
    // wraps, the editor column gets the rest.
    m_grid->setContentsMargins(16, 0, 0, 6);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(3);
    m_grid->setColumnStretch(0, 4);
    m_grid->setColumnStretch(1, 5);
    layout->addWidget(m_body);
    connect(m_heading, &QToolButton::toggled, this, &ParameterSection::setExpanded);
    updateHeading();
}

int ParameterSection::addRow(QWidget *label, QWidget *field)
{
    const int row = int(m_rows.size());
    label->setParent(m_body);
    field->setParent(m_body);
    m_grid->addWidget(label, row, 0);
    m_grid->addWidget(field, row, 1);
    m_rows.push_back({label, field});
    return row;
}

void ParameterSection::setRowVisible(int row, bool visible)
{
    if (row < 0 || row >= m_rows.size())
        return;
    for (QWidget *w : m_rows[row])
        w->setVisible(visible);
}

bool ParameterSection::isRowVisible(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows[row].first()->isHidden();
}

void ParameterSection::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_heading->setChecked(expanded);
    m_body->setVisible(expanded);
    updateHeading();
    emit expandedChanged(expanded);
}

void ParameterSection::setNote(const QString &note)
{
    m_note = note;
    updateHeading();
}

void ParameterSection::updateHeading()
{
    m_heading->setArrowType(m_expanded ? Qt::DownArrow : Qt::RightArrow);
    m_heading->setText(m_note.isEmpty() ? m_title
                                        : m_title + QStringLiteral("  \u00b7  ") + m_note);
    m_heading->setAccessibleName(m_title);
    m_heading->setToolTip(m_expanded ? tr("Hide the parameters of %1").arg(m_title)
                                     : tr("Show the parameters of %1").arg(m_title));
}

bool ParameterSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_heading && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Right || key == Qt::Key_Plus) {
            setExpanded(true);
            return true;
        }
        if (key == Qt::Key_Left || key == Qt::Key_Minus) {
            setExpanded(false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cc
