#include "widgets/map/mapeditor.h"

#include "models/domain/labels.h"
#include "widgets/map/boundarytool.h"
#include "widgets/map/linktool.h"
#include "widgets/map/mapitems.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"
#include "widgets/map/placetool.h"
#include "widgets/map/propertyeditor.h"
#include "widgets/map/roadtool.h"
#include "widgets/map/selecttool.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

namespace cc {

MapEditor::MapEditor(MapView *view, PropertyEditor *properties, QObject *parent)
    : QObject(parent), m_view(view), m_properties(properties)
{
    m_select = new SelectTool(view);
    m_addFacility = new PlaceTool(view, PlaceTool::Target::Facility);
    m_addSettlement = new PlaceTool(view, PlaceTool::Target::Settlement);
    m_road = new RoadTool(view);
    m_boundary = new BoundaryTool(view);
    m_link = new LinkTool(view);
    m_group = new QActionGroup(this);

    m_panAction = addToolAction(tr("Pan"), tr("Drag to move the map; the map cannot be edited"),
                                QKeySequence(Qt::Key_H), nullptr);
    m_selectAction = addToolAction(
        tr("Select"), tr("Click or drag a rectangle to select; drag selected places to move them"),
        QKeySequence(Qt::Key_S), m_select);
    m_facilityAction = addToolAction(tr("Add Facility"),
                                     tr("Click on the map to add a facility of the chosen level"),
                                     QKeySequence(Qt::Key_F), m_addFacility);
    m_settlementAction =
        addToolAction(tr("Add Settlement"), tr("Click on the map to add a village or community"),
                      QKeySequence(Qt::Key_V), m_addSettlement);
    m_roadAction = addToolAction(
        tr("Draw Road"), tr("Click to add points, double-click or Enter to finish, Esc to cancel"),
        QKeySequence(Qt::Key_R), m_road);
    m_boundaryAction = addToolAction(
        tr("Edit Boundary"),
        tr("Drag corners to move them, double-click the line to add one, right-click to delete"),
        QKeySequence(Qt::Key_B), m_boundary);
    m_linkAction = addToolAction(
        tr("Draw Link"),
        tr("Telemedicine link: click a county hospital, then a township centre; Esc cancels"),
        QKeySequence(Qt::Key_L), m_link);

    m_levelMenu = new QMenu(tr("Facility level"));
    auto *levels = new QActionGroup(m_levelMenu);
    for (int i = 0; i < kFacilityLevelCount; ++i) {
        const auto level = static_cast<FacilityLevel>(i);
        QAction *a = m_levelMenu->addAction(levelName(level), this, [this, level] {
            m_addFacility->setLevel(level);
            m_facilityAction->trigger();
        });
        a->setCheckable(true);
        a->setChecked(level == m_addFacility->level());
        levels->addAction(a);
    }
    m_facilityAction->setMenu(m_levelMenu);

    m_roadClassMenu = new QMenu(tr("Road class"));
    auto *classes = new QActionGroup(m_roadClassMenu);
    for (int i = 0; i < kRoadClassCount; ++i) {
        const auto cls = static_cast<RoadClass>(i);
        QAction *a = m_roadClassMenu->addAction(roadClassName(cls), this, [this, cls] {
            m_road->setRoadClass(cls);
            m_roadAction->trigger();
        });
        a->setCheckable(true);
        a->setChecked(cls == m_road->roadClass());
        classes->addAction(a);
    }
    m_roadAction->setMenu(m_roadClassMenu);

    // 远程会诊、影像/检验/心电共享中心: the kind of link the tool draws.
    m_linkKindMenu = new QMenu(tr("Link kind"));
    auto *kinds = new QActionGroup(m_linkKindMenu);
    for (int i = 0; i < kLinkKindCount; ++i) {
        const auto kind = static_cast<LinkKind>(i);
        QAction *a = m_linkKindMenu->addAction(linkKindName(kind), this, [this, kind] {
            m_link->setKind(kind);
            m_linkAction->trigger();
        });
        a->setCheckable(true);
        a->setChecked(kind == m_link->kind());
        kinds->addAction(a);
    }
    m_linkAction->setMenu(m_linkKindMenu);

    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setStatusTip(tr("Delete the selected places and roads"));
    connect(m_delete, &QAction::triggered, m_select, &SelectTool::deleteSelection);

    for (MapTool *tool : {static_cast<MapTool *>(m_select), static_cast<MapTool *>(m_addFacility),
                          static_cast<MapTool *>(m_addSettlement), static_cast<MapTool *>(m_road),
                          static_cast<MapTool *>(m_boundary), static_cast<MapTool *>(m_link)})
        connect(tool, &MapTool::message, this, &MapEditor::statusMessage);
    // A newly placed facility or settlement is selected so it can be named at once.
    for (PlaceTool *tool : {m_addFacility, m_addSettlement})
        connect(tool, &PlaceTool::placed, this,
                [this](EntityKind kind, EntityId id) { m_properties->showEntity(kind, id); });
    connect(view->mapScene(), &QGraphicsScene::selectionChanged, this,
            &MapEditor::onSelectionChanged);
    m_selectAction->trigger();
}

QAction *MapEditor::addToolAction(const QString &text, const QString &tip, const QKeySequence &key,
                                  QObject *tool)
{
    auto *action = new QAction(text, this);
    action->setCheckable(true);
    action->setShortcut(key);
    action->setStatusTip(tip);
    action->setToolTip(
        QStringLiteral("%1 (%2)\n%3").arg(text, key.toString(QKeySequence::NativeText), tip));
    action->setWhatsThis(tip);
    m_group->addAction(action);
    auto *mapTool = qobject_cast<MapTool *>(tool);
    connect(action, &QAction::triggered, this, [this, mapTool] { m_view->setTool(mapTool); });
    return action;
}

void MapEditor::populateToolBar(QToolBar *toolBar)
{
    for (QAction *a : m_group->actions())
        toolBar->addAction(a);
    for (QAction *a : {m_facilityAction, m_roadAction, m_linkAction})
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(a)))
            button->setPopupMode(QToolButton::MenuButtonPopup);
}

void MapEditor::populateMenu(QMenu *menu)
{
    for (QAction *a : m_group->actions())
        menu->addAction(a);
    menu->addSeparator();
    menu->addMenu(m_levelMenu);
    menu->addMenu(m_roadClassMenu);
    menu->addMenu(m_linkKindMenu);
}

void MapEditor::onSelectionChanged()
{
    const QList<QGraphicsItem *> selected = m_view->mapScene()->selectedItems();
    EntityKind kind;
    EntityId id;
    if (selected.size() == 1 && itemEntity(selected.front(), &kind, &id))
        m_properties->showEntity(kind, id);
    else if (selected.isEmpty())
        m_properties->clear();
    m_delete->setEnabled(!selected.isEmpty());
}

} // namespace cc
