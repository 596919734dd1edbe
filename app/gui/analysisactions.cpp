#include "app/gui/analysisactions.h"

#include "app/gui/mainwindow.h"
#include "app/gui/overlayactions.h"
#include "app/gui/scenariomanager.h"
#include "models/analysis/backgroundrun.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/analysis/calibrationdialog.h"
#include "widgets/analysis/sensitivitydialog.h"
#include "widgets/analysis/uncertaintydialog.h"
#include "widgets/map/mapcandidates.h"
#include "widgets/planner/candidatemodel.h"
#include "widgets/planner/cataloguedialog.h"
#include "widgets/planner/plannerdialog.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTimer>

namespace cc {

namespace {

template <typename Dialog> void present(Dialog *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

AnalysisActions::AnalysisActions(ProjectDocument *document, MainWindow *window)
    : QObject(window), m_document(document), m_window(window)
{
    QMenu *menu = window->analysisMenu();
    m_calibration = menu->addAction(tr("&Calibration..."));
    m_calibration->setObjectName(QStringLiteral("actionCalibration"));
    m_calibration->setStatusTip(tr("Fit the model to the county's stated in-county rate, "
                                   "inpatient share, grassroots share and fund claims"));
    connect(m_calibration, &QAction::triggered, this, [this] { present(calibrationDialog()); });
    menu->addSeparator();

    m_sensitivity = menu->addAction(tr("&Sensitivity..."));
    m_sensitivity->setObjectName(QStringLiteral("actionSensitivity"));
    m_sensitivity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_sensitivity->setStatusTip(
        tr("Tornado chart: how much each key parameter moves an indicator when changed by 10%"));
    connect(m_sensitivity, &QAction::triggered, this, [this] { present(sensitivityDialog()); });

    m_uncertainty = menu->addAction(tr("&Uncertainty..."));
    m_uncertainty->setObjectName(QStringLiteral("actionUncertainty"));
    m_uncertainty->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_uncertainty->setStatusTip(tr("Monte Carlo bands of the fund balance and the in-county rate, "
                                   "and the probability of a fund deficit"));
    connect(m_uncertainty, &QAction::triggered, this, [this] { present(uncertaintyDialog()); });
    menu->addSeparator();

    m_planner = menu->addAction(tr("&Investment Planner..."));
    m_planner->setObjectName(QStringLiteral("actionInvestmentPlanner"));
    m_planner->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_planner->setStatusTip(tr("Where to invest next: rank beds, equipment, links, postings, new "
                               "sites and care centres by what they gain per 10,000 yuan, and "
                               "propose a portfolio within a budget"));
    connect(m_planner, &QAction::triggered, this, [this] { present(plannerDialog()); });
    m_catalogue = menu->addAction(tr("Investment &Catalogue..."));
    m_catalogue->setObjectName(QStringLiteral("actionInvestmentCatalogue"));
    m_catalogue->setStatusTip(tr("What each kind of investment costs and does, with its source, "
                                 "and the golden hour of the care centres"));
    connect(m_catalogue, &QAction::triggered, this, &AnalysisActions::editCatalogue);

    if (!qEnvironmentVariableIsEmpty("COUNTYCARE_ANALYSIS_DEMO"))
        demo();
}

analysisui::CalibrationDialog *AnalysisActions::calibrationDialog()
{
    if (!m_calibrationDialog)
        m_calibrationDialog = new analysisui::CalibrationDialog(m_document, m_window);
    return m_calibrationDialog;
}

analysisui::SensitivityDialog *AnalysisActions::sensitivityDialog()
{
    if (!m_sensitivityDialog)
        m_sensitivityDialog =
            new analysisui::SensitivityDialog(m_document, m_window->simulation(), m_window);
    return m_sensitivityDialog;
}

analysisui::UncertaintyDialog *AnalysisActions::uncertaintyDialog()
{
    if (!m_uncertaintyDialog)
        m_uncertaintyDialog =
            new analysisui::UncertaintyDialog(m_document, m_window->simulation(), m_window);
    return m_uncertaintyDialog;
}

plannerui::PlannerDialog *AnalysisActions::plannerDialog()
{
    if (!m_plannerDialog) {
        m_plannerDialog =
            new plannerui::PlannerDialog(m_document, m_window->simulation(), m_window);
        // The applied portfolio on show, against the scenario it started from.
        connect(m_plannerDialog, &plannerui::PlannerDialog::applied, this,
                [this](EntityId created, EntityId from) {
                    if (ScenarioManager *scenarios = m_window->scenarios()) {
                        scenarios->showScenario(created);
                        scenarios->setComparedScenario(from);
                    }
                });
        showCandidatesOnTheMap(m_plannerDialog);
    }
    return m_plannerDialog;
}

plannerui::CatalogueDialog *AnalysisActions::editCatalogue()
{
    auto *dialog = new plannerui::CatalogueDialog(m_document, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AnalysisActions::showCandidatesOnTheMap(plannerui::PlannerDialog *dialog)
{
    auto *layer = new MapCandidates(m_window->mapView(), dialog);
    const auto update = [dialog, layer] {
        QVector<MapCandidates::Mark> marks;
        const QLocale locale;
        const plannerui::CandidateModel *model = dialog->candidateModel();
        for (const plannerui::CandidateRow &row : model->rows()) {
            if (!row.evaluated)
                continue;
            MapCandidates::Mark m;
            m.targetId = row.targetId;
            m.targetIsSettlement = row.targetIsSettlement;
            m.lonLat = row.position;
            m.gain = row.gain;
            m.kind = static_cast<int>(row.kind);
            m.text = plannerui::CandidateModel::tr("%1 at %2: gain %3 %4, cost %5 (10,000 yuan)")
                         .arg(row.action, row.target,
                              plannerui::gainText(model->objective(), row.gain, locale),
                              plannerui::gainUnit(model->objective()),
                              plannerui::tenThousandYuanText(row.costYuan, locale));
            marks.push_back(m);
        }
        layer->setKindFilter(dialog->kindFilter()->currentData().toInt());
        layer->setVisible(dialog->showsOnMap());
        layer->setMarks(marks);
    };
    // Gains arrive one by one: redraw at most every 200 ms.
    auto *redraw = new QTimer(layer);
    redraw->setSingleShot(true);
    redraw->setInterval(200);
    connect(redraw, &QTimer::timeout, layer, update);
    connect(dialog, &plannerui::PlannerDialog::candidatesChanged, redraw, [redraw] {
        if (!redraw->isActive())
            redraw->start();
    });
    connect(dialog, &plannerui::PlannerDialog::targetSelected, layer, &MapCandidates::selectTarget);
    // The candidates' kinds in the map's legend.
    MainWindow *window = m_window;
    connect(layer, &MapCandidates::drawnChanged, this, [window] { updateExtraLegend(window); });
}

void AnalysisActions::demoPlanner()
{
    plannerui::PlannerDialog *dialog = plannerDialog();
    // Beside the map rather than over it, on the right half of the screen
    if (const QScreen *screen = m_window->screen()) {
        const QRect r = screen->availableGeometry();
        // (on a laptop screen over part of it: the tables need about 900 pixels).
        dialog->resize(std::min(dialog->width(), std::max(r.width() / 2, 900)),
                       r.height() * 9 / 10);
        dialog->move(r.right() - dialog->width(), r.top());
    }
    present(dialog);
    // The best candidate selected (and so centred on the map) once the run ends.
    connect(dialog->runner(), &analysis::BackgroundRun::finished, dialog,
            [dialog] { dialog->candidateView()->selectRow(0); });
    dialog->run();
}

void AnalysisActions::demo()
{
    const QString which = qEnvironmentVariable("COUNTYCARE_ANALYSIS_DEMO");
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_window->simulation(), &SimulationController::resultsReady, this,
                          [this, which, connection] {
                              disconnect(*connection);
                              delete connection;
                              if (which == QLatin1String("calibration")) {
                                  present(calibrationDialog());
                                  calibrationDialog()->calibrate();
                              } else if (which == QLatin1String("catalogue")) {
                                  editCatalogue();
                              } else if (which == QLatin1String("planner")) {
                                  demoPlanner();
                              } else if (which == QLatin1String("uncertainty")) {
                                  present(uncertaintyDialog());
                                  uncertaintyDialog()->run();
                              } else {
                                  present(sensitivityDialog());
                                  sensitivityDialog()->run();
                              }
                          });
}

} // namespace cc
