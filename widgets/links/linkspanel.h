#pragma once

#include "models/domain/entities.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cc {

class LinkModel;
class ProjectDocument;

// The telemedicine links table (远程医疗协作): every link of the project, those
// of the scenario shown in black, edited in place (each change one undo
// step), added on the map or with a dialog, deleted by selection. A refused
// edit shows the validation message above the table.
class LinksPanel : public QWidget {
    Q_OBJECT
public:
    explicit LinksPanel(ProjectDocument *document, QWidget *parent = nullptr);

    LinkModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The scenario shown (0: the baseline).
    void setScenario(EntityId scenarioId);
    // Selects a link's row (from the map).
    void showLink(EntityId linkId);
    EntityId selectedLink() const;
    // The message of the last refused edit ("" when the last edit went through).
    QString errorText() const;

public slots:
    void addWithDialog();
    void deleteSelected();

signals:
    // "Draw on Map": the map's link tool should start.
    void drawRequested();
    void linkSelected(cc::EntityId linkId); // 0: none
    void statusMessage(const QString &text, int timeout);

private:
    void updateSummary();
    void showError(const QString &text);

    ProjectDocument *m_document;
    EntityId m_scenario = 0;
    LinkModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_draw, *m_add, *m_delete;
};

} // namespace cc
