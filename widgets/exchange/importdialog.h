#pragma once

#include "models/exchange/csvimport.h"
#include "models/exchange/csvtable.h"
#include "models/exchange/importresult.h"
#include "models/exchange/sourcelayer.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cc {

class ImportPreviewMap;
class ProjectDocument;

// File > Import: one layer of the project from a GIS file (GeoJSON, Shapefile,
// KML/KMZ, GeoPackage, MapInfo), a spreadsheet (XLSX, ODS) or a CSV file. The
// dialog shows what it found (format, layer or sheet, the coordinate system the
// file declares, the text encoding and where it came from); the user picks the
// target layer, the coordinate system (as the file says, WGS 84, GCJ-02, BD-09,
// CGCS2000 or any EPSG code) and the encoding, and which column supplies each
// field, with the first rows beside. Every change re-reads the choice, lists
// what would be refused (row or feature, and reason) and draws what would be
// added on a map beside the project's own layers. "Import" is offered only when
// nothing is refused; "Import the N valid rows" applies the valid part on the
// user's explicit request. Either way the import is one undo step.
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
    void setCrsChoice(const exchange::CrsChoice &choice);
    exchange::CrsChoice crsChoice() const;
    void setEncoding(exchange::TextEncoding encoding); // Auto: as declared, else detected
    exchange::TextEncoding encoding() const;
    // The layer or sheet of a file that holds several.
    void setSourceLayer(const QString &name);
    QString sourceLayer() const;

    bool isCsv() const { return m_kind == SourceKind::Csv; }
    bool isGeoJson() const { return m_kind == SourceKind::GeoJson; }
    // The layer as read (CSV and GIS files; empty for GeoJSON).
    const exchange::SourceLayer &source() const { return m_source; }
    // What the dialog says it found: format, layer, declared CRS, encoding.
    QString detectedText() const;

    // Column mapping: the column (0-based, -1 none) supplying each field.
    exchange::CsvColumnMapping mapping() const { return m_mapping; }
    void setColumn(exchange::CsvField field, int column);
    QComboBox *columnCombo(exchange::CsvField field) const; // null when not offered
    const exchange::CsvTable &table() const { return m_source.table; }

    // What the current choices would import, and what they would refuse.
    const exchange::ImportResult &result() const { return m_result; }
    // The number of items added by the import the dialog applied (0: none).
    int importedCount() const { return m_imported; }

    QPushButton *importButton() const { return m_import; }
    QPushButton *importValidButton() const { return m_importValid; }
    QListWidget *problemList() const { return m_problems; }
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *mappingTable() const { return m_mappingTable; }
    ImportPreviewMap *previewMap() const { return m_map; }
    QLabel *detectedLabel() const { return m_detected; }

public slots:
    void browse();

private:
    enum class SourceKind { None, GeoJson, Csv, Ogr };
    void loadFile();
    void readSource();
    void rebuildSourceLayers();
    void rebuildMappingTable();
    void rebuildPreview();
    void updateDetected();
    void evaluate();
    void apply(bool acceptValidRows);
    exchange::ImportOptions options() const;

    ProjectDocument *m_document;
    QLineEdit *m_path;
    QComboBox *m_layer;
    QLabel *m_sourceLayerLabel;
    QComboBox *m_sourceLayer;
    QComboBox *m_crs;
    QSpinBox *m_epsg;
    QComboBox *m_encoding;
    QLabel *m_detected;
    QGroupBox *m_columnsGroup;
    QTableWidget *m_mappingTable;
    QTableWidget *m_preview;
    ImportPreviewMap *m_map;
    QLabel *m_summary;
    QListWidget *m_problems;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QPushButton *m_importValid;

    SourceKind m_kind = SourceKind::None;
    QByteArray m_bytes; // a GeoJSON file as read
    QString m_readError;
    exchange::SourceLayer m_source;
    exchange::CsvColumnMapping m_mapping;
    exchange::ImportResult m_result;
    int m_imported = 0;
    bool m_updating = false;
};

} // namespace cc
