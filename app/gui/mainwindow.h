#pragma once

#include <QMainWindow>

class QLabel;

namespace cc {

class Autosaver;
class FileActions;
class MapEditor;
class PolicyPanel;
class PropertyEditor;
class MapScene;
class MapView;
class ProjectDocument;
class SimulationController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ProjectDocument *document, QWidget *parent = nullptr);

    FileActions *fileActions() const { return m_fileActions; }
    Autosaver *autosaver() const { return m_autosaver; }
    MapView *mapView() const { return m_mapView; }
    MapEditor *mapEditor() const { return m_mapEditor; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    PolicyPanel *policyPanel() const { return m_policy; }
    SimulationController *simulation() const { return m_simulation; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createDocks();
    void updateTitle();
    void updateStatusSummary();
    void showIndicators();

    ProjectDocument *m_document;
    FileActions *m_fileActions;
    Autosaver *m_autosaver;
    MapScene *m_mapScene;
    MapView *m_mapView;
    PropertyEditor *m_properties;
    PolicyPanel *m_policy;
    SimulationController *m_simulation;
    QLabel *m_indicators;
    MapEditor *m_mapEditor;
    QLabel *m_summary;
};

} // namespace cc
