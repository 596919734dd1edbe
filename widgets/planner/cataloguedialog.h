#pragma once

#include "models/domain/investment.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cc {
class ProjectDocument;
}

namespace cc::plannerui {

// Analysis > Investment Catalogue... (投资项目目录, issue 20): each kind of
// action the planner weighs as a row with what it costs (capital and yearly
// cost in 10,000 yuan, the years the running cost is paid) and what it does
// (beds or doctors, the share of a capability gap closed), its source in the
// tooltip and the last column, and below it the golden hour of the care
// centres. Values are checked as they are typed (validateCatalogue); OK
// applies them as one undo step (edit::setCatalogue), Restore Defaults fills
// in the sourced defaults without applying them. A value the user did not
// retype is kept exactly as the project holds it (the table shows it rounded).
class CatalogueDialog : public QDialog {
    Q_OBJECT
public:
    enum Column {
        Action,
        CapitalCost,
        YearlyCost,
        RunningYears,
        Units,
        CapabilityGain,
        Source,
        ColumnCount
    };

    explicit CatalogueDialog(ProjectDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QSpinBox *goldenHourBox() const { return m_goldenHour; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *restoreButton() const { return m_restore; }
    // Why OK is refused; empty when the values are fine.
    QLabel *messageLabel() const { return m_message; }
    // Whether a kind of action uses a column (beds and doctors have a number,
    // equipment, links and centres a capability gain).
    static bool uses(InvestmentKind kind, Column column);

    // The values as entered; nullopt with the reason in *error when a cell is
    // no number or a value is out of range.
    std::optional<InvestmentCatalogue> enteredCatalogue(QString *error = nullptr) const;
    void showCatalogue(const InvestmentCatalogue &catalogue);

public slots:
    // Applies the values (one undo step) and closes; stays open with the
    // reason shown when they are refused.
    void accept() override;
    void restoreDefaults();

private:
    void validate();
    void setCell(int row, Column column, double value, const QString &text);

    ProjectDocument *m_document;
    QTableWidget *m_table;
    QSpinBox *m_goldenHour;
    double m_goldenHourShown = 60; // the exact minutes behind the spin box's value
    QLabel *m_message;
    QPushButton *m_ok, *m_restore;
    bool m_filling = false;
};

} // namespace cc::plannerui
