// The import dialog driven as a user would: a GBK CSV with Chinese headers is
// mapped without help, the bad row is listed with its number, "Import" is
// refused, "Import the N valid rows" adds exactly the valid rows as one undo
// step, and a changed column mapping is what the import uses.
#include "models/demo/democounty.h"
#include "models/domain/projectdocument.h"
#include "models/exchange/csvimport.h"
#include "tests/gistools.h"
#include "tests/testproject.h"
#include "widgets/exchange/importdialog.h"
#include "widgets/exchange/importpreviewmap.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace cc;
using namespace cc::exchange;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(COUNTYCARE_TEST_DATA "/gui/") + QLatin1String(name);
}

int countNamed(const Project &p, const QString &name)
{
    int n = 0;
    for (const Settlement &s : p.settlements)
        n += s.name == name;
    return n;
}

// A Shapefile of new village clinics beside some of the project's villages, in
// the CGCS2000 3-degree Gauss-Krüger zone of the project (EPSG:4534 + (CM - 75) / 3),
// with a GBK .dbf and its .cpg, as county GIS staff hand them over; the last
// clinic has a level the importer does not know. Empty on failure (`why` says).
QString makeClinicShapefile(const Project &p, const QString &dir, int *epsg, QString *why)
{
    QByteArray csv = "名称,级别,床位,所属乡镇,lon,lat\n";
    int n = 0;
    double lonSum = 0;
    for (const Settlement &s : p.settlements) {
        if (n >= 8)
            break;
        if (s.id % 7 != 0)
            continue;
        const QString township = p.townships.value(s.townshipId).name;
        csv += (s.name + QStringLiteral("卫生室,村卫生室,2,") + township).toUtf8() + ',' +
               QByteArray::number(s.position.lon + 0.01, 'f', 6) + ',' +
               QByteArray::number(s.position.lat + 0.005, 'f', 6) + '\n';
        lonSum += s.position.lon;
        ++n;
    }
    const Settlement &last = p.settlements.last();
    csv += (last.name + QStringLiteral("诊所,诊所,0,")).toUtf8() + ',' +
           QByteArray::number(last.position.lon, 'f', 6) + ',' +
           QByteArray::number(last.position.lat, 'f', 6) + '\n';
    const int cm = 3 * qRound(lonSum / n / 3);
    *epsg = 4534 + (cm - 75) / 3;
    QDir().mkpath(dir);
    QFile f(dir + QStringLiteral("/clinics.csv"));
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        return {};
    f.close();
    const QString shp = dir + QStringLiteral("/新建村卫生室.shp");
    const test::ToolRun run =
        test::runTool(QStringLiteral("ogr2ogr"),
                      {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), shp, f.fileName(),
                       QStringLiteral("-oo"), QStringLiteral("X_POSSIBLE_NAMES=lon"),
                       QStringLiteral("-oo"), QStringLiteral("Y_POSSIBLE_NAMES=lat"),
                       QStringLiteral("-oo"), QStringLiteral("KEEP_GEOM_COLUMNS=NO"),
                       QStringLiteral("-s_srs"), QStringLiteral("EPSG:4490"),
                       QStringLiteral("-t_srs"), QStringLiteral("EPSG:%1").arg(*epsg),
                       QStringLiteral("-lco"), QStringLiteral("ENCODING=CP936")});
    *why = run.output;
    return run.ok ? shp : QString();
}

} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc = new ProjectDocument;
        m_doc->reset(test::smallProject(), QString());
    }
    void cleanup() { delete m_doc; }

    void gbkChineseHeadersAreMapped()
    {
        if (!gb18030Available())
            QSKIP("no GB18030 codec in this Qt build");
        ImportDialog dialog(m_doc, Layer::Settlements);
        dialog.setFilePath(dataFile("settlements_gbk_badrow.csv"));
        QVERIFY(dialog.isCsv());
        QCOMPARE(dialog.table().encoding, TextEncoding::Gb18030);
        QCOMPARE(dialog.table().headers.value(0), QStringLiteral("名称"));
        const CsvColumnMapping m = dialog.mapping();
        QCOMPARE(m.column(CsvField::Name), 0);
        QCOMPARE(m.column(CsvField::Longitude), 1); // "经度（°）"
        QCOMPARE(m.column(CsvField::Latitude), 2);
        QCOMPARE(m.column(CsvField::Population), 3); // "人口(人)"
        QCOMPARE(m.column(CsvField::Township), 4);   // "所属乡镇"
        QVERIFY(!m.isMapped(CsvField::SignedShare));
        // The combo boxes show the same mapping, the preview the decoded rows.
        QComboBox *pop = dialog.columnCombo(CsvField::Population);
        QVERIFY(pop);
        QCOMPARE(pop->currentData().toInt(), 3);
        QCOMPARE(dialog.previewTable()->rowCount(), 4);
        QCOMPARE(dialog.previewTable()->item(0, 0)->text(), QStringLiteral("东坑村"));

        // Forcing UTF-8 on a GBK file is refused with a message, and Auto again reads it.
        dialog.setEncoding(TextEncoding::Utf8);
        QVERIFY(!dialog.result().fatalError.isEmpty());
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.importValidButton()->isEnabled());
        dialog.setEncoding(TextEncoding::Auto);
        QVERIFY(dialog.result().fatalError.isEmpty());
    }

    void badRowIsListedAndValidRowsImportInOneStep()
    {
        if (!gb18030Available())
            QSKIP("no GB18030 codec in this Qt build");
        const Project before = m_doc->project();
        ImportDialog dialog(m_doc, Layer::Settlements);
        dialog.setFilePath(dataFile("settlements_gbk_badrow.csv"));
        // Row 4 of the file (the header is row 1) has latitude 95.
        QCOMPARE(dialog.problemList()->count(), 1);
        QVERIFY2(dialog.problemList()->item(0)->text().contains(QLatin1String("4")),
                 qPrintable(dialog.problemList()->item(0)->text()));
        QVERIFY(dialog.problemList()->item(0)->text().contains(QLatin1String("95")));
        QCOMPARE(dialog.problemList()->item(0)->data(Qt::UserRole).toInt(), 4);
        QCOMPARE(dialog.result().itemCount(), 3);
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.importValidButton()->isEnabled());
        QVERIFY(dialog.importValidButton()->text().contains(QLatin1String("3")));

        const int steps = m_doc->undoStack()->count();
        QTest::mouseClick(dialog.importValidButton(), Qt::LeftButton);
        QCOMPARE(dialog.importedCount(), 3);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        const Project &after = m_doc->project();
        QCOMPARE(after.settlements.size(), before.settlements.size() + 3);
        QCOMPARE(countNamed(after, QStringLiteral("东坑村")), 1);
        QCOMPARE(countNamed(after, QStringLiteral("西坑村")), 1);
        QCOMPARE(countNamed(after, QStringLiteral("北岭村")), 1);
        QCOMPARE(countNamed(after, QStringLiteral("南岭村")), 0);
        for (const Settlement &s : after.settlements)
            if (s.name == QStringLiteral("西坑村"))
                QCOMPARE(s.population, 2400);
        // 新桥乡 is new: one township added with the rows.
        QCOMPARE(after.townships.size(), before.townships.size() + 1);

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->project(), before);
    }

    void importIsRefusedWhileRowsAreBad()
    {
        if (!gb18030Available())
            QSKIP("no GB18030 codec in this Qt build");
        const Project before = m_doc->project();
        ImportDialog dialog(m_doc, Layer::Settlements);
        dialog.setFilePath(dataFile("settlements_gbk_badrow.csv"));
        QVERIFY(!dialog.importButton()->isEnabled());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.importedCount(), 0);
        QCOMPARE(m_doc->project(), before);
    }

    void changedMappingIsUsed()
    {
        // A UTF-8 file whose headers are not recognised: nothing maps, Import is
        // off until the user chooses the columns.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("points.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF"
                "col_a,col_b,col_c,col_d\n"
                "甲村,118.11,26.11,500\n"
                "乙村,118.12,26.12,700\n");
        f.close();
        ImportDialog dialog(m_doc, Layer::Settlements);
        dialog.setFilePath(path);
        QCOMPARE(dialog.table().encoding, TextEncoding::Utf8);
        QVERIFY(!dialog.result().fatalError.isEmpty()); // no name column chosen
        QVERIFY(!dialog.importButton()->isEnabled());
        dialog.setColumn(CsvField::Name, 0);
        dialog.setColumn(CsvField::Longitude, 1);
        dialog.setColumn(CsvField::Latitude, 2);
        QVERIFY(!dialog.importButton()->isEnabled()); // population still missing
        // Through the combo box, as the user does.
        QComboBox *pop = dialog.columnCombo(CsvField::Population);
        QVERIFY(pop);
        pop->setCurrentIndex(pop->findData(3));
        QVERIFY(dialog.result().fatalError.isEmpty());
        QVERIFY(dialog.problemList()->count() == 0);
        QVERIFY(dialog.importButton()->isEnabled());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.importedCount(), 2);
        QCOMPARE(countNamed(m_doc->project(), QStringLiteral("乙村")), 1);
    }

    void gcj02IsConverted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,lon,lat,population\n丙村,118.2,26.2,100\n");
        f.close();
        ImportDialog dialog(m_doc, Layer::Settlements);
        dialog.setCrs(Crs::Wgs84);
        dialog.setFilePath(path);
        QCOMPARE(dialog.result().settlements.size(), 1);
        QCOMPARE(dialog.result().settlements.first().position.lon, 118.2);
        dialog.setCrs(Crs::Gcj02);
        QCOMPARE(dialog.result().settlements.size(), 1);
        // GCJ-02 is shifted a few hundred metres: WGS 84 differs by > 1e-3 degree.
        const LonLat p = dialog.result().settlements.first().position;
        QVERIFY(std::abs(p.lon - 118.2) + std::abs(p.lat - 26.2) > 1e-3);
    }

    void shapefileShowsWhatWasFoundAndPreviewsOnTheMap()
    {
        m_doc->reset(demo::makeDemoProject(), QString());
        QTemporaryDir dir;
        int epsg = 0;
        QString why;
        const QString shp = makeClinicShapefile(m_doc->project(), dir.path(), &epsg, &why);
        QVERIFY2(!shp.isEmpty(), qPrintable(why));
        ImportDialog dialog(m_doc, Layer::Boundary); // opened from Import > Boundary
        dialog.setFilePath(shp);
        QVERIFY(!dialog.isCsv() && !dialog.isGeoJson());
        // What was found: format, layer, the declared zone, the encoding and its source.
        const QString found = dialog.detectedLabel()->text();
        QVERIFY2(found.contains(QStringLiteral("Shapefile")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("EPSG:%1").arg(epsg)), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("CP936")), qPrintable(found));
        QCOMPARE(dialog.crs(), Crs::Auto);
        // Points: the target becomes a point layer (facilities), the columns map
        // by their Chinese names, and no longitude/latitude is asked for.
        QCOMPARE(dialog.layer(), Layer::Facilities);
        QCOMPARE(dialog.mapping().column(CsvField::Name), 0);
        QCOMPARE(dialog.mapping().column(CsvField::Level), 1);
        QCOMPARE(dialog.mapping().column(CsvField::Township), 3);
        QVERIFY(!dialog.columnCombo(CsvField::Longitude));
        QCOMPARE(dialog.result().facilities.size(), 8);
        QCOMPARE(dialog.problemList()->count(), 1);
        QVERIFY(dialog.problemList()->item(0)->text().contains(QStringLiteral("诊所")));
        QCOMPARE(dialog.problemList()->item(0)->data(Qt::UserRole).toInt(), 9);
        // The map shows the 8 clinics where they belong: inside the county's extent.
        QCOMPARE(dialog.previewMap()->previewItemCount(), 8);
        const QRectF bounds = dialog.previewMap()->importBounds();
        const LonLat first = dialog.result().facilities.first().position;
        QVERIFY(bounds.contains(QPointF(first.lon, first.lat)) || bounds.width() == 0);

        // Degrees chosen for a file in metres: refused, nothing previewed, no import.
        dialog.setCrs(Crs::Gcj02);
        QVERIFY2(dialog.result().fatalError.contains(QStringLiteral("EPSG:%1").arg(epsg)),
                 qPrintable(dialog.result().fatalError));
        QCOMPARE(dialog.previewMap()->previewItemCount(), 0);
        QVERIFY(!dialog.importValidButton()->isEnabled());
        dialog.setCrs(Crs::Auto);
        QCOMPARE(dialog.previewMap()->previewItemCount(), 8);

        const int steps = m_doc->undoStack()->count();
        QTest::mouseClick(dialog.importValidButton(), Qt::LeftButton);
        QCOMPARE(dialog.importedCount(), 8);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    }

    // Not a check: with CC_SCREENSHOT_DIR set, saves the dialog as a planner sees
    // it (CC_SCREENSHOT_LANG zh_CN or en) for review.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set CC_SCREENSHOT_DIR to save a screenshot");
        const QString lang = qEnvironmentVariable("CC_SCREENSHOT_LANG", QStringLiteral("en"));
        QTranslator translator;
        if (translator.load(QStringLiteral(":/i18n/countycare_%1.qm").arg(lang)))
            QCoreApplication::installTranslator(&translator);
        {
            ImportDialog dialog(m_doc, Layer::Settlements);
            dialog.setFilePath(dataFile("settlements_gbk_badrow.csv"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/importdialog_csv_%1.png").arg(lang)));
        }
        m_doc->reset(demo::makeDemoProject(), QString());
        QTemporaryDir files;
        int epsg = 0;
        QString why;
        const QString shp = makeClinicShapefile(m_doc->project(), files.path(), &epsg, &why);
        QVERIFY2(!shp.isEmpty(), qPrintable(why));
        ImportDialog dialog(m_doc, Layer::Facilities);
        dialog.resize(1280, 720);
        dialog.setFilePath(shp);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/importdialog_%1.png").arg(lang)));
        QCoreApplication::removeTranslator(&translator);
    }

private:
    ProjectDocument *m_doc = nullptr;
};

QTEST_MAIN(TestImportDialog)
#include "tst_gui_importdialog.moc"
