#include "app/gui/importactions.h"

#include "app/gui/mainwindow.h"
#include "app/gui/scenariomanager.h"
#include "models/domain/projectdocument.h"
#include "models/exchange/workbookexport.h"
#include "widgets/exchange/importdialog.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <utility>

namespace cc {

using namespace cc::exchange;

namespace {

const Layer kLayers[] = {Layer::Boundary, Layer::Facilities, Layer::Settlements, Layer::Roads};

// "Boundary...", "Facilities..." with a mnemonic.
QString importText(Layer layer)
{
    switch (layer) {
    case Layer::Boundary:
        return ImportActions::tr("&Boundary...");
    case Layer::Facilities:
        return ImportActions::tr("&Facilities...");
    case Layer::Settlements:
        return ImportActions::tr("&Settlements...");
    case Layer::Roads:
        return ImportActions::tr("&Roads...");
    }
    return {};
}

// The action the menus go before: the separator ahead of Quit (found by its
// shortcut, else the menu's last item, which is where the window puts it).
QAction *insertionPoint(QMenu *menu)
{
    const QList<QAction *> actions = menu->actions();
    if (actions.isEmpty())
        return nullptr;
    const QList<QKeySequence> quit = QKeySequence::keyBindings(QKeySequence::Quit);
    int at = static_cast<int>(actions.size()) - 1;
    for (int i = at; i >= 0; --i)
        if (!quit.isEmpty() && actions[i]->shortcut() == quit.first()) {
            at = i;
            break;
        }
    if (at > 0 && actions[at - 1]->isSeparator())
        return actions[at - 1];
    return actions[at];
}

} // namespace

ImportActions::ImportActions(MainWindow *window) : QObject(window), m_window(window)
{
    QMenu *file = window->fileMenu();
    QAction *before = insertionPoint(file);

    m_importMenu = new QMenu(tr("&Import"), file);
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    for (Layer layer : kLayers) {
        QAction *a =
            m_importMenu->addAction(importText(layer), this, [this, layer] { importLayer(layer); });
        a->setObjectName(QStringLiteral("import_") + layerCode(layer));
        a->setStatusTip(
            tr("Add %1 from a Shapefile, KML, GeoPackage, MapInfo, GeoJSON, Excel or CSV file")
                .arg(layerName(layer)));
    }
    m_importMenu->actions().at(1)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));

    m_exportMenu = new QMenu(tr("Export &Layer"), file);
    m_exportMenu->setObjectName(QStringLiteral("exportLayerMenu"));
    for (Layer layer : kLayers) {
        for (ExportFormat format : {ExportFormat::GeoJson, ExportFormat::Csv}) {
            if (!canExport(layer, format))
                continue;
            const QString text = format == ExportFormat::GeoJson
                                     ? tr("%1 as GeoJSON...").arg(layerName(layer))
                                     : tr("%1 as CSV...").arg(layerName(layer));
            QAction *a = m_exportMenu->addAction(
                text, this, [this, layer, format] { exportLayer(layer, format); });
            a->setObjectName(
                QStringLiteral("export_%1_%2").arg(layerCode(layer), exportFormatCode(format)));
        }
    }

    QAction *data = new QAction(tr("Export &Data (Excel)..."), this);
    data->setObjectName(QStringLiteral("exportData"));
    data->setStatusTip(tr("Write an Excel workbook: monthly indicators of every scenario, the "
                          "comparison, parameters with their sources, staff and postings"));
    connect(data, &QAction::triggered, this, &ImportActions::exportData);

    file->insertSeparator(before);
    file->insertMenu(before, m_importMenu);
    file->insertMenu(before, m_exportMenu);
    file->insertAction(before, data);
}

bool ImportActions::importLayer(Layer layer)
{
    ProjectDocument *doc = m_window->document();
    if (doc->isReadOnly()) {
        QMessageBox::information(m_window, tr("Import"),
                                 tr("The project is open read-only; nothing can be imported."));
        return false;
    }
    ImportDialog dialog(doc, layer, m_window);
    dialog.setWindowTitle(tr("Import %1").arg(layerName(layer)));
    const bool hadBoundary = boundingBox(doc->project().boundary.area).valid;
    if (dialog.exec() != QDialog::Accepted || dialog.importedCount() == 0)
        return false;
    // A new boundary (or the first places of a county without one) may lie
    // anywhere: centre the map on it and fit it into view.
    if (dialog.layer() == Layer::Boundary || !hadBoundary) {
        m_window->mapView()->mapScene()->recentreOnCounty();
        m_window->mapView()->zoomToFit();
    }
    m_window->statusBar()->showMessage(
        tr("Imported %n item(s) into %1 from %2; Undo removes them again.", nullptr,
           dialog.importedCount())
            .arg(layerName(dialog.layer()), QFileInfo(dialog.filePath()).fileName()),
        8000);
    return true;
}

void ImportActions::exportLayer(Layer layer, ExportFormat format)
{
    ProjectDocument *doc = m_window->document();
    QSettings settings;
    const QString dir =
        settings.value(QStringLiteral("export/lastDir"), QDir::homePath()).toString();
    const QString suffix =
        format == ExportFormat::GeoJson ? QStringLiteral("geojson") : QStringLiteral("csv");
    const QString filter = format == ExportFormat::GeoJson ? tr("GeoJSON (*.geojson *.json)")
                                                           : tr("CSV, UTF-8 (*.csv)");
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export %1").arg(layerName(layer)),
        QDir(dir).filePath(layerCode(layer) + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    const ExportResult result = exportLayerToFile(doc->project(), layer, format, path);
    if (!result.ok) {
        QMessageBox::warning(m_window, tr("Export %1").arg(layerName(layer)), result.error);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Wrote %n item(s) to %1", nullptr, result.count).arg(QDir::toNativeSeparators(path)),
        8000);
}

void ImportActions::exportData()
{
    ProjectDocument *doc = m_window->document();
    QSettings settings;
    const QString dir =
        settings.value(QStringLiteral("export/lastDir"), QDir::homePath()).toString();
    const QString base = doc->filePath().isEmpty() ? doc->project().title
                                                   : QFileInfo(doc->filePath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Data"), QDir(dir).filePath(base + QStringLiteral(".xlsx")),
        tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    exportDataTo(path);
}

bool ImportActions::exportDataTo(const QString &path)
{
    const Project &project = m_window->document()->project();
    if (project.scenarios.isEmpty())
        return false;
    exchange::WorkbookRequest request;
    if (ScenarioManager *scenarios = m_window->scenarios();
        scenarios && scenarios->comparedScenario() != 0) {
        request.compareShown = scenarios->shownScenario();
        request.compareWith = scenarios->comparedScenario();
        // Differences "scenario - baseline", as in the comparison dock.
        if (request.compareWith == project.baselineScenarioId())
            std::swap(request.compareShown, request.compareWith);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const exchange::WorkbookResult result = exchange::exportWorkbook(project, request, path);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        QMessageBox::warning(m_window, tr("Export Data"), result.error);
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Wrote %1 (%n sheet(s))", nullptr, static_cast<int>(result.sheets.size()))
            .arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

ImportActions *installImportActions(MainWindow *window)
{
    return new ImportActions(window);
}

} // namespace cc
