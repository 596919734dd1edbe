#pragma once

#include "models/exchange/layerexport.h"

#include <QObject>

class QMenu;

namespace cc {

class MainWindow;

// File > Import (Boundary, Facilities, Settlements, Roads...) and File > Export
// Layer (each layer as GeoJSON or CSV). Installed by the main window.
class ImportActions : public QObject {
    Q_OBJECT
public:
    explicit ImportActions(MainWindow *window);

    QMenu *importMenu() const { return m_importMenu; }
    QMenu *exportMenu() const { return m_exportMenu; }

    // Opens the import dialog for `layer`; true when something was imported.
    bool importLayer(exchange::Layer layer);
    void exportLayer(exchange::Layer layer, exchange::ExportFormat format);

private:
    MainWindow *m_window;
    QMenu *m_importMenu;
    QMenu *m_exportMenu;
};

// Adds the import and export menus to the window's File menu.
ImportActions *installImportActions(MainWindow *window);

} // namespace cc
