#pragma once

#include "models/domain/entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMimeData>

namespace cc {

class ProjectDocument;

// MIME type of a staff member dragged from the roster onto the postings timeline.
inline const char *kStaffMimeType = "application/x-countycare-staff-id";

// The staff roster of a document as a table: one row per staff member. Sorts
// on raw values (Qt::UserRole). Drags carry the staff ids (kStaffMimeType).
class RosterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Role,
        Title,
        Employer,
        Home,
        GrassrootsMonths,
        Promotion,
        Postings,
        Pay,
        ColumnCount
    };
    explicit RosterModel(ProjectDocument *document, QObject *parent = nullptr);

    void setScenario(EntityId scenarioId);
    EntityId staffIdAt(int row) const;
    int rowOf(EntityId staffId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    void reload();

    ProjectDocument *m_document;
    EntityId m_scenario = 0;
    QVector<EntityId> m_ids;
    QHash<EntityId, int> m_postings; // postings per staff member in the scenario
    QHash<EntityId, int> m_shortOf;  // promotion: months short (-1: not due)
    QHash<EntityId, int> m_servedOf; // promotion: months served
};

} // namespace cc
