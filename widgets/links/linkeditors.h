#pragma once

#include "models/domain/entities.h"
#include "models/domain/project.h"

#include <QDialog>
#include <QStyledItemDelegate>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;

namespace cc {

class ProjectDocument;

// Editors of the links table's cells: county hospitals, township centres,
// kinds and scenarios from combo boxes, months as year-month, the capability
// gain in percent, the yearly cost in yuan.
class LinkDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit LinkDelegate(ProjectDocument *document, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    ProjectDocument *m_document;
};

// The choices the editors offer, shared with the dialog.
void fillFacilities(QComboBox *combo, const Project &project, FacilityLevel level);
void fillLinkKinds(QComboBox *combo);
void fillLinkScenarios(QComboBox *combo, const Project &project);
// A year-month editor over the project's months [0, 240).
QDateEdit *monthEditor(const Project &project, QWidget *parent);
void setMonth(QDateEdit *editor, const Project &project, int month);
int monthOf(const QDateEdit *editor, const Project &project);

// Add a link without the map: hub, centre, kind (its default gain and cost
// filled in), months and scenario. Accepting adds it as one undo step; a
// refused link keeps the dialog open with the reason.
class LinkDialog : public QDialog {
    Q_OBJECT
public:
    LinkDialog(ProjectDocument *document, EntityId scenarioId, QWidget *parent = nullptr);
    TelemedicineLink link() const;
    EntityId addedId() const { return m_added; }
    void accept() override;

private:
    void kindChosen();

    ProjectDocument *m_document;
    QComboBox *m_hub, *m_centre, *m_kind, *m_scenario;
    QDateEdit *m_from, *m_to;
    QDoubleSpinBox *m_gain, *m_cost;
    QLabel *m_error;
    EntityId m_added = 0;
};

} // namespace cc
