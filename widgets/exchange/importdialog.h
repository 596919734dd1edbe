#pragma once

#include "models/exchange/csvimport.h"
#include "models/exchange/csvtable.h"
#include "models/exchange/importresult.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cc {

class ProjectDocument;

// File > Import: one layer from a GeoJSON or CSV file. The user picks the file,
// the layer and the datum (WGS 84 or GCJ-02); for CSV also the text encoding
// and which column supplies each field, with a preview of the first rows. Every
// change re-reads the choice and lists what would be refused (row and reason).
// "Import" is offered only when nothing is refused; "Import the N valid rows"
// applies the valid part on the user's explicit request. Either way the import
// is one undo step (exchange::applyImport).
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(ProjectDocument *document, exchange::Layer layer, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Loads a file (as the Browse button does); the format follows the suffix.
    void setFilePath(const QString &path);
    QString filePath() const;
    void setLayer(exchange::Layer layer);
    exchange::Layer layer() const;
    void setCrs(exchange::Crs crs);
    exchange::Crs crs() const;
    void setEncoding(exchange::TextEncoding encoding); // CSV; Auto detects
    exchange::TextEncoding encoding() const;
    bool isCsv() const { return m_csv; }

    // CSV column mapping: the column (0-based, -1 none) supplying each field.
    exchange::CsvColumnMapping mapping() const { return m_mapping; }
    void setColumn(exchange::CsvField field, int column);
    QComboBox *columnCombo(exchange::CsvField field) const; // null when not offered
    const exchange::CsvTable &table() const { return m_table; }

    // What the current choices would import, and what they would refuse.
    const exchange::ImportResult &result() const { return m_result; }
    // The number of items added by the import the dialog applied (0: none).
    int importedCount() const { return m_imported; }

    QPushButton *importButton() const { return m_import; }
    QPushButton *importValidButton() const { return m_importValid; }
    QListWidget *problemList() const { return m_problems; }
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *mappingTable() const { return m_mappingTable; }

public slots:
    void browse();

private:
    void loadFile();
    void reparseCsv();
    void rebuildMappingTable();
    void rebuildPreview();
    void evaluate();
    void apply(bool acceptValidRows);

    ProjectDocument *m_document;
    QLineEdit *m_path;
    QComboBox *m_layer;
    QComboBox *m_crs;
    QGroupBox *m_csvGroup;
    QComboBox *m_encoding;
    QLabel *m_encodingUsed;
    QTableWidget *m_mappingTable;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QListWidget *m_problems;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QPushButton *m_importValid;

    bool m_csv = false;
    QByteArray m_bytes; // the file as read
    QString m_readError;
    exchange::CsvTable m_table;
    exchange::CsvColumnMapping m_mapping;
    exchange::ImportResult m_result;
    int m_imported = 0;
    bool m_updating = false;
};

} // namespace cc
