#pragma once

#include "widgets/charts/chartexport.h"
#include "widgets/charts/charttable.h"

#include <QDialog>

class QComboBox;
class QCustomPlot;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cc::charts {

// Export one chart: format, size presets ("Report page width" 16 cm at 300 dpi,
// "Slide 16:9" 1920 x 1080, custom), DPI, file; a live preview of the result.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(ChartKind kind, const ChartData &data, QWidget *parent = nullptr);

    enum Preset { ReportWidth, Slide, Custom };
    void setPreset(Preset preset);
    void setFormat(ExportFormat format);
    void setPath(const QString &path);
    ExportSize exportSize() const;
    ExportFormat format() const;
    QString path() const;
    // Writes the file; the error text is returned (and shown) on failure.
    bool exportNow(QString *error = nullptr);
    QImage previewImage() const { return m_preview; }

private:
    void updatePreview();
    void browse();
    void sizeEdited();

    ChartTable m_table;
    QCustomPlot *m_plot; // offscreen copy of the chart, never shown
    QComboBox *m_presets, *m_format;
    QSpinBox *m_width, *m_height, *m_dpi;
    QLabel *m_physical, *m_previewLabel;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
    QImage m_preview;
    bool m_applyingPreset = false;
};

} // namespace cc::charts
