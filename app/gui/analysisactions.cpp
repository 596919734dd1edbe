#include "app/gui/analysisactions.h"

#include "app/gui/mainwindow.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/analysis/calibrationdialog.h"
#include "widgets/analysis/sensitivitydialog.h"
#include "widgets/analysis/uncertaintydialog.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>

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
