#include "app/gui/explainactions.h"

#include "app/gui/mainwindow.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/charts/chartformat.h"
#include "widgets/charts/chartpanel.h"
#include "widgets/charts/dashboard.h"
#include "widgets/explain/explaindialog.h"

#include <QApplication>
#include <QCursor>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <array>
#include <qcustomplot.h>

namespace cc {

using explain::Indicator;

ExplainActions::ExplainActions(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("explainActions"));
    QLabel *label = window->indicatorsLabel();
    label->installEventFilter(this);
    m_indicators = label;
    label->setCursor(Qt::PointingHandCursor);
    label->setToolTip(label->toolTip() + QLatin1Char('\n') +
                      tr("Click to see how these numbers are computed"));
    label->setWhatsThis(tr("The in-county treatment rate (县域就诊率) at the start and the end of "
                           "the horizon and the fund's months of reserve. Click for the formula, "
                           "the inputs and the parameters that moved them."));
    QAction *a = window->analysisMenu()->addAction(tr("E&xplain a Number..."), this,
                                                   [this] { chooseAndShow(QCursor::pos()); });
    a->setObjectName(QStringLiteral("explainAction"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    a->setStatusTip(tr("Show how an indicator is computed: formula, inputs, changed parameters"));
    connectCharts();
}

void ExplainActions::connectCharts()
{
    for (charts::ChartKind kind : {charts::ChartKind::InCountyRate, charts::ChartKind::FundBalance,
                                   charts::ChartKind::Care}) {
        charts::ChartPanel *panel = m_window->dashboard()->panel(kind);
        if (!panel)
            continue;
        QCustomPlot *plot = panel->plot();
        plot->setToolTip(tr("Click a point to see how it is computed"));
        connect(plot, &QCustomPlot::plottableClick, this,
                [this, panel, kind](QCPAbstractPlottable *plottable, int dataIndex, QMouseEvent *) {
                    auto *graph = qobject_cast<QCPGraph *>(plottable);
                    if (!graph || dataIndex < 0 || dataIndex >= graph->data()->size())
                        return;
                    const int month = qRound(graph->data()->at(dataIndex)->key);
                    const charts::ChartTable &table = panel->table();
                    int index = -1;
                    for (int i = 0; i < table.series.size(); ++i)
                        if (!table.series[i].comparison &&
                            table.series[i].name == plottable->name()) {
                            index = i;
                            break;
                        }
                    if (index < 0)
                        return;
                    std::optional<Indicator> indicator;
                    if (kind == charts::ChartKind::InCountyRate && index < 3)
                        indicator = std::array<Indicator, 3>{Indicator::InCountyRate,
                                                             Indicator::InCountyInpatientShare,
                                                             Indicator::GrassrootsShare}[index];
                    else if (kind == charts::ChartKind::FundBalance && index < 2)
                        indicator =
                            index == 0 ? Indicator::FundBalance : Indicator::FundMonthsOfReserve;
                    else if (kind == charts::ChartKind::Care && index < 5)
                        // Admissions per 1,000, length of stay, avoided
                        // admissions, referrals up and down (which move admissions).
                        indicator = std::array<Indicator, 5>{
                            Indicator::Admissions, Indicator::AverageLengthOfStay,
                            Indicator::AvoidedAdmissions, Indicator::Admissions,
                            Indicator::Admissions}[index];
                    if (indicator)
                        showExplanation(*indicator, month, panel->data().scope);
                });
    }
}

explain::Derivation ExplainActions::derivation(Indicator indicator, int month, int scope) const
{
    const SimulationResultsPtr r = m_window->simulation()->results();
    if (!r || r->results.months == 0) {
        explain::Derivation none;
        none.indicator = indicator;
        none.name = explain::indicatorName(indicator);
        none.error = tr("There are no simulation results yet.");
        return none;
    }
    const Project &project = m_window->document()->project();
    const EntityId baseline = project.baselineScenarioId();
    const EntityId shown = r->scenarioId != 0 ? r->scenarioId : baseline;
    if (month < 0)
        month = r->results.months - 1;
    explain::Derivation d =
        explain::derive(indicator, r->results, month, scope, project, shown, baseline);
    // The township by its name (石门乡), as the charts' scope box names it.
    if (d.scope >= 0 && d.scope < r->ids.townshipIds.size()) {
        const Township t = project.townships.value(r->ids.townshipIds.at(d.scope));
        d.scopeName = !charts::isChinese(QLocale()) && !t.nameEn.isEmpty() ? t.nameEn : t.name;
    }
    if (explain::isCare(indicator)) {
        // Runs the scenario again without each mechanism (a few engine runs).
        QApplication::setOverrideCursor(Qt::WaitCursor);
        explain::explainMechanisms(d, project, r->ids);
        QApplication::restoreOverrideCursor();
    }
    return d;
}

QWidget *ExplainActions::showExplanation(Indicator indicator, int month, int scope)
{
    auto *dialog = new ExplainDialog(derivation(indicator, month, scope), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ExplainActions::chooseAndShow(const QPoint &globalPos)
{
    QMenu menu(m_window);
    for (Indicator i : explain::allIndicators()) {
        QAction *a = menu.addAction(explain::indicatorName(i));
        a->setData(static_cast<int>(i));
    }
    if (QAction *chosen = menu.exec(globalPos))
        showExplanation(static_cast<Indicator>(chosen->data().toInt()), -1, -1);
}

bool ExplainActions::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the stored pointer: events still arrive while the window is
    // being destroyed, when it is no longer a MainWindow to ask.
    if (watched == m_indicators && event->type() == QEvent::MouseButtonRelease) {
        auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() == Qt::LeftButton) {
            chooseAndShow(me->globalPosition().toPoint());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void installExplain(MainWindow *window)
{
    new ExplainActions(window);
}

} // namespace cc
