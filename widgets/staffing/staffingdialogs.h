#pragma once

#include "models/domain/project.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cc {

class MonthSpinBox;

// Adds or edits one staff member (values only; the caller makes the edit).
class StaffDialog : public QDialog {
    Q_OBJECT
public:
    StaffDialog(const Project &project, const StaffMember &member, QWidget *parent = nullptr);
    StaffMember member() const;

private:
    StaffMember m_member;
    QLineEdit *m_name;
    QComboBox *m_role, *m_title, *m_employer, *m_home;
    QSpinBox *m_months;
    QDoubleSpinBox *m_pay;
};

// Months [start, end) and FTE of a posting; the scenario it belongs to.
class PostingDialog : public QDialog {
    Q_OBJECT
public:
    PostingDialog(const Project &project, const Posting &posting, QWidget *parent = nullptr);
    Posting posting() const;

private:
    void updateSummary();

    const Project &m_project;
    Posting m_posting;
    MonthSpinBox *m_start;
    QSpinBox *m_months;
    QDoubleSpinBox *m_fte;
    QComboBox *m_scenario;
    QLabel *m_summary;
};

} // namespace cc
