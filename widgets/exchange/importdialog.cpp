#include "widgets/exchange/importdialog.h"

#include "models/domain/projectdocument.h"
#include "models/exchange/geojsonimport.h"
#include "widgets/exchange/importpreviewmap.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc {

using namespace cc::exchange;

namespace {

constexpr int kPreviewRows = 5;
const Layer kLayers[] = {Layer::Boundary, Layer::Facilities, Layer::Settlements, Layer::Roads};
const QString kOtherEpsg = QStringLiteral("other");

bool isPointLayer(Layer l)
{
    return l == Layer::Facilities || l == Layer::Settlements;
}

} // namespace

ImportDialog::ImportDialog(ProjectDocument *document, Layer layer, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Map Data"));

    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(
        tr("A Shapefile, KML, GeoPackage, MapInfo, GeoJSON, Excel or CSV file"));
    m_path->setClearButtonEnabled(true);
    auto *browseButton = new QPushButton(tr("&Browse..."), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating)
            loadFile();
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);

    m_layer = new QComboBox(this);
    const QString layerLabels[] = {tr("Boundary (polygons)"), tr("Facilities (points)"),
                                   tr("Settlements (points)"), tr("Roads (lines)")};
    for (int i = 0; i < 4; ++i)
        m_layer->addItem(layerLabels[i], static_cast<int>(kLayers[i]));
    m_layer->setCurrentIndex(m_layer->findData(static_cast<int>(layer)));

    m_sourceLayer = new QComboBox(this);
    m_sourceLayer->setObjectName(QStringLiteral("sourceLayer"));
    m_sourceLayerLabel = new QLabel(tr("Layer or &sheet in the file:"), this);
    m_sourceLayerLabel->setBuddy(m_sourceLayer);
    auto *layerRow = new QHBoxLayout;
    layerRow->addWidget(m_layer, 1);
    layerRow->addSpacing(12);
    layerRow->addWidget(m_sourceLayerLabel);
    layerRow->addWidget(m_sourceLayer, 1);

    m_crs = new QComboBox(this);
    m_crs->setObjectName(QStringLiteral("crs"));
    m_crs->addItem(tr("As the file says"), QStringLiteral("auto"));
    m_crs->addItem(tr("WGS 84 (GPS, OpenStreetMap, survey data)"), QStringLiteral("wgs84"));
    m_crs->addItem(tr("GCJ-02 (AMap/Gaode, Tencent, DataV downloads)"), QStringLiteral("gcj02"));
    m_crs->addItem(tr("BD-09 (Baidu Maps)"), QStringLiteral("bd09"));
    m_crs->addItem(tr("CGCS2000 longitude/latitude (EPSG:4490)"), QStringLiteral("EPSG:4490"));
    m_crs->addItem(tr("Other EPSG code (Gauss-Krüger zone, UTM, ...)"), kOtherEpsg);
    m_epsg = new QSpinBox(this);
    m_epsg->setObjectName(QStringLiteral("epsg"));
    m_epsg->setRange(1024, 999999);
    m_epsg->setValue(4549); // CGCS2000 / 3-degree Gauss-Kruger CM 120E
    m_epsg->setPrefix(QStringLiteral("EPSG:"));
    m_epsg->setAccessibleName(tr("EPSG code"));
    m_epsg->setToolTip(tr("CGCS2000 3-degree Gauss-Krüger zones are EPSG:4534-4554 (central "
                          "meridian in the name) and 4513-4533 (zone number in front of the "
                          "easting)"));
    m_epsg->setVisible(false);
    auto *crsRow = new QHBoxLayout;
    crsRow->addWidget(m_crs, 1);
    crsRow->addWidget(m_epsg);
    auto *crsHint = new QLabel(tr("Web map data (AMap, Tencent, Baidu) is GCJ-02 or BD-09 while "
                                  "its files say WGS 84: choose it here."),
                               this);
    crsHint->setToolTip(tr("GCJ-02 and BD-09 are shifted a few hundred metres from GPS. "
                           "Everything is converted to WGS 84 on import."));
    crsHint->setForegroundRole(QPalette::PlaceholderText);

    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("As the file says, else detected (UTF-8, else GBK)"),
                        static_cast<int>(TextEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), static_cast<int>(TextEncoding::Utf8));
    m_encoding->addItem(tr("GBK / GB18030 (Chinese Excel and GIS software)"),
                        static_cast<int>(TextEncoding::Gb18030));

    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detected"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Found:"), m_detected);
    auto *layerLabel = new QLabel(tr("&Import into:"), this);
    layerLabel->setBuddy(m_layer);
    form->addRow(layerLabel, layerRow);
    auto *crsLabel = new QLabel(tr("&Coordinates:"), this);
    crsLabel->setBuddy(m_crs);
    form->addRow(crsLabel, crsRow);
    form->addRow(QString(), crsHint);
    form->addRow(tr("&Encoding:"), m_encoding);

    // Columns: which column supplies each field, and the first rows as read.
    m_columnsGroup = new QGroupBox(tr("Columns"), this);
    m_mappingTable = new QTableWidget(0, 3, m_columnsGroup);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Field"), tr("Column in the file"), tr("First row")});
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_preview = new QTableWidget(m_columnsGroup);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->setToolTip(tr("The first rows of the file as read"));

    auto *columnsLayout = new QVBoxLayout(m_columnsGroup);
    columnsLayout->addWidget(m_mappingTable, 3);
    columnsLayout->addWidget(new QLabel(tr("Preview (first rows):"), m_columnsGroup));
    columnsLayout->addWidget(m_preview, 2);

    auto *mapGroup = new QGroupBox(tr("Map preview"), this);
    m_map = new ImportPreviewMap(mapGroup);
    auto *mapLayout = new QVBoxLayout(mapGroup);
    mapLayout->addWidget(m_map);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_columnsGroup);
    splitter->addWidget(mapGroup);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setMinimumHeight(60);
    m_problems->setMaximumHeight(140);

    m_buttons = new QDialogButtonBox(this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setToolTip(tr("Import everything; offered when the file has no problems"));
    m_importValid = m_buttons->addButton(tr("Import the valid rows"), QDialogButtonBox::ApplyRole);
    m_importValid->setToolTip(tr("Leave out the rows listed above and import the rest"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_import, &QPushButton::clicked, this, [this] { apply(false); });
    connect(m_importValid, &QPushButton::clicked, this, [this] { apply(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 4);
    layout->addWidget(new QLabel(tr("Problems found:"), this));
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_mapping = suggestMapping(m_source.table.headers, this->layer(), m_source.hasGeometry);
        rebuildMappingTable();
        evaluate();
    });
    connect(m_sourceLayer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        readSource();
        m_mapping = suggestMapping(m_source.table.headers, this->layer(), m_source.hasGeometry);
        rebuildMappingTable();
        rebuildPreview();
        updateDetected();
        evaluate();
    });
    connect(m_crs, &QComboBox::currentIndexChanged, this, [this] {
        m_epsg->setVisible(m_crs->currentData().toString() == kOtherEpsg);
        if (!m_updating)
            evaluate();
    });
    connect(m_epsg, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            evaluate();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        readSource();
        rebuildMappingTable();
        rebuildPreview();
        updateDetected();
        evaluate();
    });

    // Only the datums no file declares are remembered: a remembered WGS 84 or
    // EPSG code would override the next file's own .prj.
    const auto remembered =
        parseCrsCode(QSettings().value(QStringLiteral("import/datum")).toString());
    setCrsChoice(remembered && (remembered->crs == Crs::Gcj02 || remembered->crs == Crs::Bd09)
                     ? *remembered
                     : CrsChoice{Crs::Auto, 0});
    m_map->setProject(document->project());
    resize(1100, 720);
    rebuildSourceLayers();
    updateDetected();
    evaluate();
}

ImportDialog::~ImportDialog()
{
    // The file field loses focus while QWidget's destructor deletes it, after
    // this class's members are gone: it must not reach loadFile() then.
    disconnect(m_path, nullptr, this, nullptr);
}

QString ImportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void ImportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
    loadFile();
}

void ImportDialog::setLayer(Layer layer)
{
    m_layer->setCurrentIndex(m_layer->findData(static_cast<int>(layer)));
}

Layer ImportDialog::layer() const
{
    return static_cast<Layer>(m_layer->currentData().toInt());
}

void ImportDialog::setCrs(Crs crs)
{
    setCrsChoice(CrsChoice{crs, crs == Crs::Epsg ? m_epsg->value() : 0});
}

Crs ImportDialog::crs() const
{
    return crsChoice().crs;
}

void ImportDialog::setCrsChoice(const CrsChoice &choice)
{
    int index = m_crs->findData(crsCode(choice));
    if (index < 0 && choice.crs == Crs::Epsg) {
        const bool was = m_updating;
        m_updating = true;
        m_epsg->setValue(choice.epsg);
        m_updating = was;
        index = m_crs->findData(kOtherEpsg);
    }
    if (index == m_crs->currentIndex())
        evaluate();
    else
        m_crs->setCurrentIndex(std::max(0, index));
}

CrsChoice ImportDialog::crsChoice() const
{
    const QString code = m_crs->currentData().toString();
    if (code == kOtherEpsg)
        return parseCrsCode(QStringLiteral("EPSG:%1").arg(m_epsg->value()))
            .value_or(CrsChoice{Crs::Auto, 0});
    return parseCrsCode(code).value_or(CrsChoice{Crs::Auto, 0});
}

void ImportDialog::setEncoding(TextEncoding encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(static_cast<int>(encoding)));
}

TextEncoding ImportDialog::encoding() const
{
    return static_cast<TextEncoding>(m_encoding->currentData().toInt());
}

void ImportDialog::setSourceLayer(const QString &name)
{
    m_sourceLayer->setCurrentIndex(m_sourceLayer->findText(name));
}

QString ImportDialog::sourceLayer() const
{
    return m_source.layerName;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.setCrs(crsChoice());
    o.encoding = encoding();
    if (m_sourceLayer->count() > 1)
        o.sourceLayer = m_sourceLayer->currentText();
    return o;
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString dir = filePath().isEmpty()
                            ? settings.value(QStringLiteral("import/lastDir")).toString()
                            : QFileInfo(filePath()).absolutePath();
    const bool points = isPointLayer(layer());
    QStringList filters;
    filters << (points ? tr("Map data and spreadsheets (*.shp *.dbf *.kml *.kmz *.gpkg *.tab *.mif "
                            "*.geojson *.json *.xlsx *.ods *.csv *.tsv *.txt)")
                       : tr("Map data (*.shp *.kml *.kmz *.gpkg *.tab *.mif *.geojson *.json)"));
    filters << tr("Shapefile (*.shp *.dbf)") << tr("KML (*.kml *.kmz)") << tr("GeoPackage (*.gpkg)")
            << tr("MapInfo (*.tab *.mif)") << tr("GeoJSON (*.geojson *.json)");
    if (points)
        filters << tr("Spreadsheets (*.xlsx *.ods)") << tr("CSV (*.csv *.tsv *.txt)");
    filters << tr("All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Import %1").arg(layerName(layer())),
                                                      dir, filters.join(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportDialog::loadFile()
{
    m_bytes.clear();
    m_readError.clear();
    m_source = SourceLayer();
    const QString path = filePath();
    m_kind = path.isEmpty()    ? SourceKind::None
             : isOgrFile(path) ? SourceKind::Ogr
             : isCsvFile(path) ? SourceKind::Csv
                               : SourceKind::GeoJson;
    m_updating = true;
    m_sourceLayer->clear();
    m_updating = false;
    if (m_kind == SourceKind::GeoJson) {
        QFile file(path);
        if (!file.exists())
            m_readError = tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path));
        else if (file.size() > kMaxImportFileBytes)
            m_readError = tr("The file is larger than %1 MB.").arg(kMaxImportFileBytes >> 20);
        else if (!file.open(QIODevice::ReadOnly))
            m_readError =
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        else
            m_bytes = file.readAll();
    }
    readSource();
    // The target layer follows what the file holds: a CSV file or a sheet holds
    // points, a GIS layer's geometry says points, lines or polygons.
    std::optional<Layer> guess;
    if (m_kind == SourceKind::Csv ||
        (m_source.ok() && !m_source.hasGeometry && m_kind == SourceKind::Ogr))
        guess = isPointLayer(layer()) ? layer() : Layer::Settlements;
    for (const SourceGeometry &g : std::as_const(m_source.geometries)) {
        if (g.type == SourceGeometry::Type::Line)
            guess = Layer::Roads;
        else if (g.type == SourceGeometry::Type::Polygon)
            guess = Layer::Boundary;
        else if (g.type == SourceGeometry::Type::Point)
            guess = isPointLayer(layer()) ? layer() : Layer::Facilities;
        else
            continue;
        break;
    }
    if (guess && *guess != layer()) {
        m_updating = true;
        setLayer(*guess);
        m_updating = false;
    }
    m_mapping = suggestMapping(m_source.table.headers, layer(), m_source.hasGeometry);
    rebuildSourceLayers();
    rebuildMappingTable();
    rebuildPreview();
    updateDetected();
    evaluate();
}

void ImportDialog::readSource()
{
    if (m_kind != SourceKind::Csv && m_kind != SourceKind::Ogr) {
        m_source = SourceLayer();
        return;
    }
    const QStringList oldHeaders = m_source.table.headers;
    m_source = readSourceFile(filePath(), options());
    // Decoded differently: the headers may now be readable, map them again.
    if (m_source.ok() && m_source.table.headers != oldHeaders && !oldHeaders.isEmpty())
        m_mapping = suggestMapping(m_source.table.headers, layer(), m_source.hasGeometry);
}

void ImportDialog::rebuildSourceLayers()
{
    m_updating = true;
    if (m_sourceLayer->count() == 0 && m_source.layerNames.size() > 1) {
        m_sourceLayer->addItems(m_source.layerNames);
        m_sourceLayer->setCurrentIndex(m_sourceLayer->findText(m_source.layerName));
    }
    m_updating = false;
    const bool several = m_sourceLayer->count() > 1;
    m_sourceLayer->setVisible(several);
    m_sourceLayerLabel->setVisible(several);
}

QString ImportDialog::detectedText() const
{
    if (m_kind == SourceKind::None)
        return tr("Choose a file.");
    QStringList parts;
    if (m_kind == SourceKind::GeoJson) {
        parts << tr("Format: GeoJSON")
              << tr("Coordinates: WGS 84 (RFC 7946), unless the file "
                    "has a \"crs\" member");
        return parts.join(QStringLiteral(" · "));
    }
    if (!m_source.ok())
        return m_source.table.error;
    parts << tr("Format: %1").arg(m_source.format);
    if (m_kind == SourceKind::Ogr)
        parts << tr("Layer: %1").arg(m_source.layerName);
    if (m_source.hasGeometry)
        parts << (m_source.declaredCrs ? tr("Coordinates: %1").arg(m_source.declaredCrs->name())
                                       : tr("Coordinates: not declared (read as WGS 84 unless "
                                            "you choose)"));
    else
        parts << tr("Coordinates: from longitude/latitude columns");
    if (!m_source.encodingSource.isEmpty())
        parts << tr("Text: %1").arg(m_source.encodingSource);
    parts << (m_source.numbering == ImportProblem::Where::Row
                  ? tr("%n data row(s)", nullptr, static_cast<int>(m_source.table.rows.size()))
                  : tr("%n feature(s)", nullptr, static_cast<int>(m_source.table.rows.size())));
    return parts.join(QStringLiteral(" · "));
}

void ImportDialog::updateDetected()
{
    m_detected->setText(detectedText());
    const QString autoText = m_source.declaredCrs
                                 ? tr("As the file says: %1").arg(m_source.declaredCrs->name())
                                 : tr("As the file says (WGS 84 when it says nothing)");
    m_crs->setItemText(m_crs->findData(QStringLiteral("auto")), autoText);
    m_columnsGroup->setEnabled(m_kind == SourceKind::Csv || m_kind == SourceKind::Ogr);
    m_columnsGroup->setTitle(m_kind == SourceKind::GeoJson
                                 ? tr("Columns (GeoJSON properties are read by name)")
                                 : tr("Columns"));
}

void ImportDialog::rebuildPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    const CsvTable &table = m_source.table;
    if (!table.ok())
        return;
    m_preview->setColumnCount(table.headers.size());
    QStringList labels;
    for (int c = 0; c < table.headers.size(); ++c)
        labels << QStringLiteral("%1: %2").arg(c + 1).arg(table.headers[c]);
    m_preview->setHorizontalHeaderLabels(labels);
    const int rows = std::min<int>(kPreviewRows, table.rows.size());
    m_preview->setRowCount(rows);
    QStringList rowLabels;
    for (int r = 0; r < rows; ++r) {
        rowLabels << QString::number(table.rowNumbers.value(r, r + 2));
        for (int c = 0; c < table.headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(table.rows[r].value(c)));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
}

void ImportDialog::rebuildMappingTable()
{
    m_mappingTable->setRowCount(0);
    if (m_kind != SourceKind::Csv && m_kind != SourceKind::Ogr)
        return;
    const CsvTable &table = m_source.table;
    const QVector<CsvField> fields = mappableFields(layer(), m_source.hasGeometry);
    const QVector<CsvField> required = requiredFields(layer(), m_source.hasGeometry);
    m_mappingTable->setRowCount(fields.size());
    const auto firstRow = [this](int column) {
        const CsvTable &t = m_source.table;
        return t.rows.isEmpty() || column < 0 ? QString() : t.rows.first().value(column);
    };
    for (int r = 0; r < fields.size(); ++r) {
        const CsvField field = fields[r];
        const bool isRequired = required.contains(field);
        auto *name = new QTableWidgetItem(isRequired ? tr("%1 *").arg(csvFieldLabel(field))
                                                     : csvFieldLabel(field));
        if (isRequired) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
            name->setToolTip(tr("Required"));
        }
        m_mappingTable->setItem(r, 0, name);

        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("column_") + csvFieldCode(field));
        combo->addItem(tr("(none)"), -1);
        for (int c = 0; c < table.headers.size(); ++c)
            combo->addItem(QStringLiteral("%1: %2").arg(c + 1).arg(table.headers[c]), c);
        combo->setCurrentIndex(std::max(0, combo->findData(m_mapping.column(field))));
        combo->setAccessibleName(tr("Column for %1").arg(csvFieldLabel(field)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo, firstRow] {
            if (m_updating)
                return;
            m_mapping.setColumn(field, combo->currentData().toInt());
            const int row =
                static_cast<int>(mappableFields(layer(), m_source.hasGeometry).indexOf(field));
            if (row >= 0 && m_mappingTable->item(row, 2))
                m_mappingTable->item(row, 2)->setText(firstRow(m_mapping.column(field)));
            evaluate();
        });
        m_mappingTable->setCellWidget(r, 1, combo);
        m_mappingTable->setItem(r, 2, new QTableWidgetItem(firstRow(m_mapping.column(field))));
    }
}

QComboBox *ImportDialog::columnCombo(CsvField field) const
{
    const int row = static_cast<int>(mappableFields(layer(), m_source.hasGeometry).indexOf(field));
    if (row < 0 || row >= m_mappingTable->rowCount())
        return nullptr;
    return qobject_cast<QComboBox *>(m_mappingTable->cellWidget(row, 1));
}

void ImportDialog::setColumn(CsvField field, int column)
{
    if (QComboBox *combo = columnCombo(field))
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
    else {
        m_mapping.setColumn(field, column);
        evaluate();
    }
}

void ImportDialog::evaluate()
{
    const ImportOptions o = options();
    const Layer l = layer();
    if (filePath().isEmpty()) {
        m_result = ImportResult();
        m_result.layer = l;
    } else if (!m_readError.isEmpty()) {
        m_result = ImportResult();
        m_result.layer = l;
        m_result.fatalError = m_readError;
    } else if (m_kind == SourceKind::GeoJson) {
        m_result = importGeoJson(m_bytes, l, m_document->project(), o);
    } else {
        m_result = importSource(m_source, m_mapping, l, m_document->project(), o);
    }
    m_map->setResult(m_result);

    m_problems->clear();
    if (!m_result.fatalError.isEmpty()) {
        auto *item = new QListWidgetItem(m_result.fatalError.simplified(), m_problems);
        item->setForeground(QColor(0xB0, 0x30, 0x00));
    }
    for (const ImportProblem &p : std::as_const(m_result.problems)) {
        auto *item = new QListWidgetItem(p.toString(), m_problems);
        item->setData(Qt::UserRole, p.number);
    }
    if (m_result.omittedProblems > 0)
        new QListWidgetItem(tr("... and %n more problem(s)", nullptr, m_result.omittedProblems),
                            m_problems);

    const int items = m_result.itemCount();
    const int problems = static_cast<int>(m_result.problems.size()) + m_result.omittedProblems;
    const bool fatal = !m_result.fatalError.isEmpty();
    if (filePath().isEmpty())
        m_summary->setText(tr("Choose a file to import."));
    else if (fatal)
        m_summary->setText(tr("Nothing can be imported from this file."));
    else if (problems == 0)
        m_summary->setText(tr("%n item(s) ready to import, no problems.", nullptr, items));
    else
        m_summary->setText(
            tr("%1 can be imported; %2 would be left out. Fix the file, or import the valid "
               "ones only.")
                .arg(tr("%n item(s)", nullptr, items), tr("%n problem row(s)", nullptr, problems)));
    if (!m_result.newTownships.isEmpty() && !fatal)
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("%n new township(s) will be added.", nullptr,
                              static_cast<int>(m_result.newTownships.size())));

    const bool canWrite = !m_document->isReadOnly();
    m_import->setEnabled(canWrite && !fatal && items > 0 && problems == 0);
    m_importValid->setEnabled(canWrite && !fatal && items > 0 && problems > 0);
    const bool rows =
        m_kind == SourceKind::Csv ||
        (m_kind == SourceKind::Ogr && m_source.numbering == ImportProblem::Where::Row);
    m_importValid->setText(rows ? tr("Import the %n valid row(s)", nullptr, items)
                                : tr("Import the %n valid feature(s)", nullptr, items));
    m_import->setDefault(m_import->isEnabled());
}

void ImportDialog::apply(bool acceptValidRows)
{
    ImportResult r = m_result;
    r.acceptValidRows = acceptValidRows;
    if (!r.canApply())
        return;
    const ApplyResult applied = applyImport(*m_document, r);
    if (!applied.ok) {
        QMessageBox::warning(this, windowTitle(), applied.error);
        return;
    }
    m_imported = applied.added;
    const CrsChoice choice = crsChoice();
    QSettings().setValue(QStringLiteral("import/datum"),
                         choice.crs == Crs::Gcj02 || choice.crs == Crs::Bd09
                             ? crsCode(choice)
                             : QStringLiteral("auto"));
    accept();
}

} // namespace cc
