#include "widgets/charts/exportdialog.h"

#include "widgets/charts/chartbuilder.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cc::charts {

namespace {
// 16 cm is the text width of an A4 report page with 2.5 cm margins; 300 dpi is
// the usual print requirement; 16:10 keeps a chart readable at that width.
constexpr int kReportWidthPx = 1890, kReportHeightPx = 1181, kReportDpi = 300;
// Full-HD slide; 192 dpi draws text at twice the screen size so it reads on a projector.
constexpr int kSlideWidthPx = 1920, kSlideHeightPx = 1080, kSlideDpi = 192;
} // namespace

ExportDialog::ExportDialog(ChartKind kind, const ChartData &data, QWidget *parent)
    : QDialog(parent), m_table(chartTable(kind, data)), m_plot(new QCustomPlot(this)),
      m_presets(new QComboBox(this)), m_format(new QComboBox(this)), m_width(new QSpinBox(this)),
      m_height(new QSpinBox(this)), m_dpi(new QSpinBox(this)), m_physical(new QLabel(this)),
      m_previewLabel(new QLabel(this)), m_path(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Export Chart - %1").arg(m_table.title));
    m_plot->hide();
    buildChart(m_plot, m_table);

    m_presets->addItem(tr("Report page width (16 cm, 300 dpi)"), ReportWidth);
    m_presets->addItem(tr("Slide 16:9 (1920 x 1080)"), Slide);
    m_presets->addItem(tr("Custom"), Custom);
    m_format->addItem(tr("PNG image"), int(ExportFormat::Png));
    m_format->addItem(tr("SVG vector image"), int(ExportFormat::Svg));
    m_format->addItem(tr("PDF document"), int(ExportFormat::Pdf));
    m_format->addItem(tr("CSV data (Excel)"), int(ExportFormat::Csv));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 20000);
        box->setSuffix(tr(" px"));
    }
    m_dpi->setRange(24, 2400);
    m_dpi->setSuffix(tr(" dpi"));
    auto *browseButton = new QPushButton(tr("Browse..."), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Preset"), m_presets);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Height"), m_height);
    form->addRow(tr("Resolution"), m_dpi);
    form->addRow(tr("Printed size"), m_physical);
    form->addRow(tr("File"), pathRow);

    m_previewLabel->setMinimumSize(420, 270);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addWidget(m_previewLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    QPushButton *exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    QPushButton *copyButton =
        m_buttons->addButton(tr("Copy to Clipboard"), QDialogButtonBox::ActionRole);
    m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);

    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(dir).filePath(QLatin1String(chartName(kind)) + QStringLiteral(".png")));

    connect(m_presets, &QComboBox::activated, this,
            [this](int i) { setPreset(Preset(m_presets->itemData(i).toInt())); });
    connect(m_format, &QComboBox::activated, this,
            [this](int i) { setFormat(ExportFormat(m_format->itemData(i).toInt())); });
    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::sizeEdited);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (exportNow(&error))
            accept();
        else
            QMessageBox::warning(this, tr("Export Chart"), error);
    });
    connect(copyButton, &QPushButton::clicked, this,
            [this] { copyChartToClipboard(m_plot, exportSize()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setPreset(ReportWidth);
}

void ExportDialog::setPreset(Preset preset)
{
    m_applyingPreset = true;
    m_presets->setCurrentIndex(m_presets->findData(preset));
    if (preset == ReportWidth) {
        m_width->setValue(kReportWidthPx);
        m_height->setValue(kReportHeightPx);
        m_dpi->setValue(kReportDpi);
    } else if (preset == Slide) {
        m_width->setValue(kSlideWidthPx);
        m_height->setValue(kSlideHeightPx);
        m_dpi->setValue(kSlideDpi);
    }
    m_applyingPreset = false;
    updatePreview();
}

void ExportDialog::sizeEdited()
{
    if (!m_applyingPreset) {
        m_presets->setCurrentIndex(m_presets->findData(Custom));
        updatePreview();
    }
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    const bool image = format != ExportFormat::Csv;
    for (QWidget *w : {static_cast<QWidget *>(m_width), static_cast<QWidget *>(m_height),
                       static_cast<QWidget *>(m_dpi), static_cast<QWidget *>(m_presets)})
        w->setEnabled(image);
    QFileInfo info(path());
    m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') +
                                        QLatin1String(exportFormatName(format))));
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

ExportSize ExportDialog::exportSize() const
{
    return ExportSize{m_width->value(), m_height->value(), double(m_dpi->value())};
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

QString ExportDialog::path() const
{
    return m_path->text();
}

bool ExportDialog::exportNow(QString *error)
{
    QString message;
    if (path().isEmpty())
        message = tr("Choose a file to export to.");
    else if (exportChart(m_plot, m_table, format(), path(), exportSize(), &message))
        return true;
    if (error)
        *error = message;
    return false;
}

void ExportDialog::updatePreview()
{
    const ExportSize size = exportSize();
    m_physical->setText(tr("%1 x %2 cm")
                            .arg(size.widthPx / size.dpi * 2.54, 0, 'f', 1)
                            .arg(size.heightPx / size.dpi * 2.54, 0, 'f', 1));
    // The preview is the export itself, scaled down: what you see is what you get.
    const double fit = std::min(1.0, std::min(420.0 / size.widthPx, 270.0 / size.heightPx));
    ExportSize small = size;
    small.widthPx = std::max(16, int(size.widthPx * fit));
    small.heightPx = std::max(16, int(size.heightPx * fit));
    small.dpi = std::max(24.0, size.dpi * fit);
    m_preview = renderChartImage(m_plot, small);
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
}

void ExportDialog::browse()
{
    const ExportFormat f = format();
    const QString filter = f == ExportFormat::Png   ? tr("PNG images (*.png)")
                           : f == ExportFormat::Svg ? tr("SVG images (*.svg)")
                           : f == ExportFormat::Pdf ? tr("PDF documents (*.pdf)")
                                                    : tr("CSV files (*.csv)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Chart"), path(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

} // namespace cc::charts
