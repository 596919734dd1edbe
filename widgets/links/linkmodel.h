#pragma once

#include "models/domain/entities.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cc {

class ProjectDocument;

// The telemedicine links of a document as a table (远程医疗协作): hub, centre,
// kind, first and last month, capability gain, yearly cost, scenario. Edits
// go through edit::change as one undo step each; a refused edit leaves the
// link as it was and emits editRefused with the validation message. Links of
// other scenarios than the one shown are listed greyed. Sorts on raw values
// (Qt::UserRole).
class LinkModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Hub, Centre, Kind, From, To, Gain, Cost, Scenario, ColumnCount };
    explicit LinkModel(ProjectDocument *document, QObject *parent = nullptr);

    // The scenario shown (0: the baseline): its links are in effect, others greyed.
    void setScenario(EntityId scenarioId);
    EntityId scenario() const { return m_scenario; }
    EntityId linkIdAt(int row) const;
    int rowOf(EntityId linkId) const;
    // "2026-01" for a month index of the project.
    QString monthText(int month) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void editRefused(const QString &reason);

private:
    void reload();
    bool inEffect(const TelemedicineLink &link) const;

    ProjectDocument *m_document;
    EntityId m_scenario = 0;
    QVector<EntityId> m_ids;
};

} // namespace cc
