#pragma once

#include <QMainWindow>

class QLabel;

namespace cc {

class FileActions;
class MapEditor;
class PropertyEditor;
class MapScene;
class MapView;
class ProjectDocument;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ProjectDocument *document, QWidget *parent = nullptr);

    FileActions *fileActions() const { return m_fileActions; }
    MapView *mapView() const { return m_mapView; }
    MapEditor *mapEditor() const { return m_mapEditor; }
    PropertyEditor *propertyEditor() const { return m_properties; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createDocks();
    void updateTitle();
    void updateStatusSummary();

    ProjectDocument *m_document;
    FileActions *m_fileActions;
    MapScene *m_mapScene;
    MapView *m_mapView;
    PropertyEditor *m_properties;
    MapEditor *m_mapEditor;
    QLabel *m_summary;
};

} // namespace cc
