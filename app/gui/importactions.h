#pragma once

#include "models/exchange/layerexport.h"

#include <QObject>

class QMenu;

namespace cc {

class MainWindow;

// File > Import (Boundary, Facilities, Settlements, Roads...), File > Export
// Layer (each layer as GeoJSON or CSV) and File > Export Data (the Excel
// workbook). Installed by the main window.
class ImportActions : public QObject {
    Q_OBJECT
public:
    explicit ImportActions(MainWindow *window);

    QMenu *importMenu() const { return m_importMenu; }
    QMenu *exportMenu() const { return m_exportMenu; }

    // Opens the import dialog for `layer`; true when something was imported.
    bool importLayer(exchange::Layer layer);
    void exportLayer(exchange::Layer layer, exchange::ExportFormat format);
    // Asks for a file name and writes the workbook: every scenario, and the
    // comparison when one is shown (exchange::exportWorkbook).
    void exportData();
    // The same without asking; false (and a message box) on failure.
    bool exportDataTo(const QString &path);

private:
    MainWindow *m_window;
    QMenu *m_importMenu;
    QMenu *m_exportMenu;
};

// Adds the import and export menus to the window's File menu.
ImportActions *installImportActions(MainWindow *window);

} // namespace cc
