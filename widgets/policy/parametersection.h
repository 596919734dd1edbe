#pragma once

#include <QWidget>

class QGridLayout;
class QToolButton;

namespace cc {

// One group of parameters in the policy panel (a heading such as "Global
// budget" and its rows), collapsible: the heading is a button that shows or
// hides the rows, by mouse or keyboard (Space, or Right/Left to open/close).
// A row is a label and a field (the editor with its origin marker); the label
// wraps, so a long English name does not widen the dock.
class ParameterSection : public QWidget {
    Q_OBJECT
public:
    ParameterSection(const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    // Appends a row; returns its row number.
    int addRow(QWidget *label, QWidget *field);
    void setRowVisible(int row, bool visible);
    bool isRowVisible(int row) const;
    int rowCount() const { return int(m_rows.size()); }

    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    // Extra text after the title, e.g. how many values this change sets.
    void setNote(const QString &note);
    QToolButton *heading() const { return m_heading; }

signals:
    void expandedChanged(bool expanded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeading();

    QString m_title;
    QString m_note;
    bool m_expanded = true;
    QToolButton *m_heading;
    QWidget *m_body;
    QGridLayout *m_grid;
    QVector<QList<QWidget *>> m_rows;
};

} // namespace cc
