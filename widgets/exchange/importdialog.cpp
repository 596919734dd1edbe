#include "widgets/exchange/importdialog.h"

#include "models/domain/projectdocument.h"
#include "models/exchange/geojsonimport.h"

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
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

using namespace cc::exchange;

namespace {

constexpr int kPreviewRows = 5;
const Layer kLayers[] = {Layer::Boundary, Layer::Facilities, Layer::Settlements, Layer::Roads};

bool csvSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") ||
           suffix == QLatin1String("txt");
}

} // namespace

ImportDialog::ImportDialog(ProjectDocument *document, Layer layer, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Map Data"));

    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("A GeoJSON or CSV file"));
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

    m_crs = new QComboBox(this);
    m_crs->addItem(tr("WGS 84 (GPS, OpenStreetMap, survey data)"), static_cast<int>(Crs::Wgs84));
    m_crs->addItem(tr("GCJ-02 (AMap/Gaode, Tencent, DataV downloads)"),
                   static_cast<int>(Crs::Gcj02));
    auto *crsHint = new QLabel(tr("Most Chinese web map data is GCJ-02, shifted a few hundred "
                                  "metres from GPS; it is converted to WGS 84 on import."),
                               this);
    crsHint->setWordWrap(true);
    crsHint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Layer:"), m_layer);
    form->addRow(tr("&Coordinates:"), m_crs);
    form->addRow(QString(), crsHint);

    // CSV: encoding, column mapping and preview.
    m_csvGroup = new QGroupBox(tr("CSV columns"), this);
    m_encoding = new QComboBox(m_csvGroup);
    m_encoding->addItem(tr("Detect (UTF-8 with or without BOM, UTF-16, else GBK)"),
                        static_cast<int>(TextEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), static_cast<int>(TextEncoding::Utf8));
    m_encoding->addItem(tr("GBK / GB18030 (Chinese Excel)"),
                        static_cast<int>(TextEncoding::Gb18030));
    m_encoding->addItem(tr("UTF-16 (Excel \"Unicode Text\")"),
                        static_cast<int>(TextEncoding::Utf16));
    m_encodingUsed = new QLabel(m_csvGroup);
    auto *encodingRow = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("&Encoding:"), m_csvGroup);
    encodingLabel->setBuddy(m_encoding);
    encodingRow->addWidget(encodingLabel);
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_encodingUsed, 1);

    m_mappingTable = new QTableWidget(0, 3, m_csvGroup);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Field"), tr("Column in the file"), tr("First row")});
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_preview = new QTableWidget(m_csvGroup);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->setToolTip(tr("The first rows of the file as read"));

    auto *csvLayout = new QVBoxLayout(m_csvGroup);
    csvLayout->addLayout(encodingRow);
    auto *tables = new QHBoxLayout;
    m_mappingTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_mappingTable->setMinimumWidth(470);
    m_mappingTable->setMinimumHeight(300);
    tables->addWidget(m_mappingTable, 1);
    auto *previewBox = new QVBoxLayout;
    previewBox->addWidget(new QLabel(tr("Preview (first rows):"), m_csvGroup));
    previewBox->addWidget(m_preview, 1);
    tables->addLayout(previewBox, 1);
    csvLayout->addLayout(tables, 1);
    m_csvGroup->setVisible(false);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setMinimumHeight(70);

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
    layout->addWidget(m_csvGroup, 4);
    layout->addWidget(new QLabel(tr("Problems found:"), this));
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        rebuildMappingTable();
        evaluate();
    });
    connect(m_crs, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            evaluate();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        reparseCsv();
        evaluate();
    });

    QSettings settings;
    setCrs(settings.value(QStringLiteral("import/crs")).toString() == QLatin1String("gcj02")
               ? Crs::Gcj02
               : Crs::Wgs84);
    resize(1040, 720);
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
    m_crs->setCurrentIndex(m_crs->findData(static_cast<int>(crs)));
}

Crs ImportDialog::crs() const
{
    return static_cast<Crs>(m_crs->currentData().toInt());
}

void ImportDialog::setEncoding(TextEncoding encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(static_cast<int>(encoding)));
}

TextEncoding ImportDialog::encoding() const
{
    return static_cast<TextEncoding>(m_encoding->currentData().toInt());
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString dir = filePath().isEmpty()
                            ? settings.value(QStringLiteral("import/lastDir")).toString()
                            : QFileInfo(filePath()).absolutePath();
    const bool points = layer() == Layer::Facilities || layer() == Layer::Settlements;
    QStringList filters;
    if (points)
        filters << tr("Map data (*.geojson *.json *.csv *.tsv *.txt)");
    filters << tr("GeoJSON (*.geojson *.json)");
    if (points)
        filters << tr("CSV (*.csv *.tsv *.txt)");
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
    m_table = CsvTable();
    const QString path = filePath();
    m_csv = csvSuffix(path);
    if (!path.isEmpty()) {
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
    if (m_csv && m_layer->currentIndex() >= 0 && layer() != Layer::Facilities &&
        layer() != Layer::Settlements) {
        // A CSV holds points: guess which of the two from the headers.
        m_updating = true;
        setLayer(Layer::Settlements);
        m_updating = false;
    }
    m_csvGroup->setVisible(m_csv);
    reparseCsv();
    if (m_csv && m_table.ok())
        m_mapping = suggestMapping(m_table.headers);
    rebuildMappingTable();
    evaluate();
}

void ImportDialog::reparseCsv()
{
    if (!m_csv || !m_readError.isEmpty() || filePath().isEmpty()) {
        m_table = CsvTable();
        m_encodingUsed->clear();
        rebuildPreview();
        return;
    }
    const QStringList oldHeaders = m_table.headers;
    m_table = parseCsv(m_bytes, encoding());
    if (m_table.ok()) {
        const QString used = m_table.encoding == TextEncoding::Gb18030 ? tr("GBK (GB18030)")
                             : m_table.encoding == TextEncoding::Utf16 ? tr("UTF-16")
                                                                       : tr("UTF-8");
        m_encodingUsed->setText(
            tr("Read as %1, %n data row(s)", nullptr, m_table.rows.size()).arg(used));
        // Decoded differently: the headers may now be readable, map them again.
        if (m_table.headers != oldHeaders && !oldHeaders.isEmpty())
            m_mapping = suggestMapping(m_table.headers);
    } else {
        m_encodingUsed->setText(m_table.error);
    }
    rebuildMappingTable();
    rebuildPreview();
}

void ImportDialog::rebuildPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (!m_csv || !m_table.ok())
        return;
    m_preview->setColumnCount(m_table.headers.size());
    QStringList labels;
    for (int c = 0; c < m_table.headers.size(); ++c)
        labels << QStringLiteral("%1: %2").arg(c + 1).arg(m_table.headers[c]);
    m_preview->setHorizontalHeaderLabels(labels);
    const int rows = std::min<int>(kPreviewRows, m_table.rows.size());
    m_preview->setRowCount(rows);
    QStringList rowLabels;
    for (int r = 0; r < rows; ++r) {
        rowLabels << QString::number(m_table.rowNumbers.value(r, r + 2));
        for (int c = 0; c < m_table.headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(m_table.rows[r].value(c)));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
}

void ImportDialog::rebuildMappingTable()
{
    m_mappingTable->setRowCount(0);
    if (!m_csv)
        return;
    const QVector<CsvField> fields = csvFields(layer());
    const QVector<CsvField> required = requiredCsvFields(layer());
    m_mappingTable->setRowCount(fields.size());
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
        for (int c = 0; c < m_table.headers.size(); ++c)
            combo->addItem(QStringLiteral("%1: %2").arg(c + 1).arg(m_table.headers[c]), c);
        combo->setCurrentIndex(std::max(0, combo->findData(m_mapping.column(field))));
        combo->setAccessibleName(tr("Column for %1").arg(csvFieldLabel(field)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo] {
            if (m_updating)
                return;
            m_mapping.setColumn(field, combo->currentData().toInt());
            const QVector<CsvField> fs = csvFields(layer());
            const int row = static_cast<int>(fs.indexOf(field));
            if (row >= 0 && m_mappingTable->item(row, 2))
                m_mappingTable->item(row, 2)->setText(
                    m_table.rows.isEmpty() ? QString()
                                           : m_table.rows.first().value(m_mapping.column(field)));
            evaluate();
        });
        m_mappingTable->setCellWidget(r, 1, combo);
        const int col = m_mapping.column(field);
        m_mappingTable->setItem(r, 2,
                                new QTableWidgetItem(m_table.rows.isEmpty() || col < 0
                                                         ? QString()
                                                         : m_table.rows.first().value(col)));
    }
}

QComboBox *ImportDialog::columnCombo(CsvField field) const
{
    const int row = static_cast<int>(csvFields(layer()).indexOf(field));
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
    ImportOptions options;
    options.crs = crs();
    options.encoding = encoding();
    const Layer l = layer();
    if (filePath().isEmpty()) {
        m_result = ImportResult();
        m_result.layer = l;
    } else if (!m_readError.isEmpty()) {
        m_result = ImportResult();
        m_result.layer = l;
        m_result.fatalError = m_readError;
    } else if (m_csv) {
        m_result = importCsv(m_table, m_mapping, l, m_document->project(), options);
    } else {
        m_result = importGeoJson(m_bytes, l, m_document->project(), options);
    }

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
    m_importValid->setText(m_csv ? tr("Import the %n valid row(s)", nullptr, items)
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
    QSettings().setValue(QStringLiteral("import/crs"),
                         crs() == Crs::Gcj02 ? QStringLiteral("gcj02") : QStringLiteral("wgs84"));
    accept();
}

} // namespace cc
