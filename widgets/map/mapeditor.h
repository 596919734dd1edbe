#pragma once

#include "models/domain/entities.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;

namespace cc {

class BoundaryTool;
class LinkTool;
class MapView;
class PlaceTool;
class PropertyEditor;
class RoadTool;
class SelectTool;

// The map's editing tools and their actions (a tool bar's worth), and the link
// from the selection on the map to the property editor.
class MapEditor : public QObject {
    Q_OBJECT
public:
    MapEditor(MapView *view, PropertyEditor *properties, QObject *parent = nullptr);

    void populateToolBar(QToolBar *toolBar);
    void populateMenu(QMenu *menu);
    QAction *deleteAction() const { return m_delete; }

    SelectTool *selectTool() const { return m_select; }
    PlaceTool *facilityTool() const { return m_addFacility; }
    PlaceTool *settlementTool() const { return m_addSettlement; }
    RoadTool *roadTool() const { return m_road; }
    BoundaryTool *boundaryTool() const { return m_boundary; }
    LinkTool *linkTool() const { return m_link; }

    QAction *selectAction() const { return m_selectAction; }
    QAction *addFacilityAction() const { return m_facilityAction; }
    QAction *addSettlementAction() const { return m_settlementAction; }
    QAction *drawRoadAction() const { return m_roadAction; }
    QAction *boundaryAction() const { return m_boundaryAction; }
    QAction *drawLinkAction() const { return m_linkAction; }
    QAction *panAction() const { return m_panAction; }

signals:
    void statusMessage(const QString &message);

private:
    QAction *addToolAction(const QString &text, const QString &tip, const QKeySequence &key,
                           QObject *tool);
    void onSelectionChanged();

    MapView *m_view;
    PropertyEditor *m_properties;
    SelectTool *m_select;
    PlaceTool *m_addFacility;
    PlaceTool *m_addSettlement;
    RoadTool *m_road;
    BoundaryTool *m_boundary;
    LinkTool *m_link;
    QActionGroup *m_group;
    QAction *m_panAction;
    QAction *m_selectAction;
    QAction *m_facilityAction;
    QAction *m_settlementAction;
    QAction *m_roadAction;
    QAction *m_boundaryAction;
    QAction *m_linkAction;
    QAction *m_delete;
    QMenu *m_levelMenu;
    QMenu *m_roadClassMenu;
    QMenu *m_linkKindMenu;
};

} // namespace cc
