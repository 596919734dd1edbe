#pragma once

#include <QSpinBox>

namespace cc {

struct Project;

// A month of the project's horizon as people read it: the value is the
// 0-based month index the code uses, the text the calendar month ("2025-05").
// Typing a calendar month ("2025-5" or "2025-05") selects it.
class MonthSpinBox : public QSpinBox {
    Q_OBJECT
public:
    explicit MonthSpinBox(QWidget *parent = nullptr);
    MonthSpinBox(const Project &project, QWidget *parent);

    // The project's start month and horizon (the range is 0 to horizon - 1);
    // the value is kept where it fits.
    void setProject(const Project &project);

protected:
    QString textFromValue(int month) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;

private:
    // Month index of "YYYY-M(M)", or -1 when the text is no calendar month.
    int monthOfText(const QString &text) const;

    int m_startYear = 2025;
    int m_startMonth = 1; // 1..12
};

} // namespace cc
