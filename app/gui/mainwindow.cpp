#include "app/gui/mainwindow.h"

#include "app/gui/fileactions.h"
#include "models/domain/projectdocument.h"
#include "widgets/map/mapeditor.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"
#include "widgets/map/propertyeditor.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace cc {

MainWindow::MainWindow(ProjectDocument *document, QWidget *parent)
    : QMainWindow(parent), m_document(document)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_fileActions = new FileActions(document, this);
    m_mapScene = new MapScene(document, this);
    m_mapView = new MapView(m_mapScene, this);
    setCentralWidget(m_mapView);
    m_properties = new PropertyEditor(document, this);
    m_mapEditor = new MapEditor(m_mapView, m_properties, this);

    m_summary = new QLabel(this);
    statusBar()->addPermanentWidget(m_summary);
    connect(m_fileActions, &FileActions::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });

    connect(m_mapEditor, &MapEditor::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });

    createDocks();
    createMenus();
    connect(document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::titleChanged, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::projectReset, this, &MainWindow::updateTitle);
    connect(document, &ProjectDocument::projectReset, this, &MainWindow::updateStatusSummary);
    connect(document, &ProjectDocument::entityChanged, this, &MainWindow::updateStatusSummary);
    updateTitle();
    updateStatusSummary();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions->populateMenu(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Quit CountyCare Planner"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_mapEditor->deleteAction());

    QMenu *map = menuBar()->addMenu(tr("&Map"));
    m_mapEditor->populateMenu(map);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *a = view->addAction(tr("Zoom &In"), m_mapView, &MapView::zoomIn);
    a->setShortcut(QKeySequence::ZoomIn);
    a = view->addAction(tr("Zoom &Out"), m_mapView, &MapView::zoomOut);
    a->setShortcut(QKeySequence::ZoomOut);
    a = view->addAction(tr("Zoom to &Fit"), m_mapView, &MapView::zoomToFit);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CountyCare Planner"), this, [this] {
        QMessageBox::about(
            this, tr("About CountyCare Planner"),
            tr("<h3>CountyCare Planner %1</h3><p>Plan tight county health alliances: "
               "facilities, staff postings and insurance payment, and their effect on the "
               "in-county treatment rate and the insurance fund.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createDocks()
{
    QToolBar *tools = addToolBar(tr("Map Tools"));
    tools->setObjectName(QStringLiteral("mapTools"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_mapEditor->populateToolBar(tools);

    auto *dock = new QDockWidget(tr("Properties"), this);
    dock->setObjectName(QStringLiteral("propertiesDock"));
    dock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, dock);
}

void MainWindow::updateTitle()
{
    // "[*]" is replaced by the unsaved-changes mark.
    setWindowTitle(tr("%1[*] - CountyCare Planner").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatusSummary()
{
    const Project &p = m_document->project();
    const QLocale locale;
    m_summary->setText(tr("%1 settlements, population %2 · %3 facilities · %4 staff")
                           .arg(p.settlements.size())
                           .arg(locale.toString(p.totalPopulation()))
                           .arg(p.facilities.size())
                           .arg(p.staff.size()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace cc
