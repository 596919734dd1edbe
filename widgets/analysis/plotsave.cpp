#include "widgets/analysis/plotsave.h"

#include "widgets/charts/chartexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace cc::analysisui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(cc::analysisui::PlotSave)
};
} // namespace

void savePlotAs(QWidget *parent, QCustomPlot *plot, const QString &title,
                const QString &suggestedName)
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        parent, Text::tr("Save Chart"), QDir::home().filePath(suggestedName),
        Text::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf")) {
        suffix = filter.contains(QLatin1String("*.svg"))   ? QStringLiteral("svg")
                 : filter.contains(QLatin1String("*.pdf")) ? QStringLiteral("pdf")
                                                           : QStringLiteral("png");
        path += QLatin1Char('.') + suffix;
    }
    // 16 cm wide at 300 dpi, the report page width of the chart export dialog.
    const charts::ExportSize size{1890, 1181, 300};
    QString error;
    bool ok = false;
    if (suffix == QLatin1String("svg"))
        ok = charts::exportSvg(plot, path, size, title, &error);
    else if (suffix == QLatin1String("pdf"))
        ok = charts::exportPdf(plot, path, size, title, &error);
    else
        ok = charts::exportPng(plot, path, size, &error);
    if (!ok)
        QMessageBox::warning(parent, Text::tr("Save Chart"), error);
}

} // namespace cc::analysisui
