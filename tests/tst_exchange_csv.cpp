// CSV import: RFC 4180 reading, delimiters, encodings (UTF-8, BOM, GBK as
// Chinese Excel saves it), header mapping, and problems reported by row.
#include "models/exchange/csvimport.h"
#include "models/exchange/gcj02.h"
#include "tests/testproject.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::exchange;

namespace {
QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}
} // namespace

class TestExchangeCsv : public QObject {
    Q_OBJECT
private slots:
    void rfc4180Quoting();
    void blankLinesKeepRowNumbers();
    void unclosedQuoteIsRefused();
    void delimiterDetection_data();
    void delimiterDetection();
    void encodings_data();
    void encodings();
    void gbkFromChineseExcel();
    void explicitUtf8RefusesGbk();
    void missingCodecIsReportedHonestly();
    void oversizedFileIsRefusedBeforeReading();
    void suggestMapping_data();
    void suggestMapping();
    void suggestMappingByLayer();
    void mappingMustCoverRequiredFields();
    void badRows_data();
    void badRows();
    void semicolonFacilities();
    void gcj02Rows();
};

void TestExchangeCsv::rfc4180Quoting()
{
    const QByteArray csv = "name,note,lon\r\n"
                           "\"a,b\",\"he said \"\"hi\"\"\",1\r\n"
                           "\"two\r\nlines\",,2\r\n"
                           "plain,\"\",3";
    const CsvTable t = parseCsv(csv);
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(t.headers, (strings({"name", "note", "lon"})));
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.rows[0], (strings({"a,b", "he said \"hi\"", "1"})));
    QCOMPARE(t.rows[1], (strings({"two\r\nlines", "", "2"})));
    QCOMPARE(t.rows[2], (strings({"plain", "", "3"})));
    QCOMPARE(t.rowNumbers, (QVector<int>{2, 3, 4}));
}

void TestExchangeCsv::blankLinesKeepRowNumbers()
{
    const CsvTable t = parseCsv("a,b\n1,2\n\n,\n3,4\n\n");
    QVERIFY(t.ok());
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(t.rowNumbers, (QVector<int>{2, 5})); // what a spreadsheet shows
}

void TestExchangeCsv::unclosedQuoteIsRefused()
{
    const CsvTable t = parseCsv("a,b\n1,2\n\"3,4\n5,6\n");
    QVERIFY(!t.ok());
    QVERIFY2(t.error.contains(QStringLiteral("Row 3")), qPrintable(t.error));
    QVERIFY(t.error.contains(QStringLiteral("not closed")));
}

void TestExchangeCsv::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QByteArray("name,lon,lat\nx,1,2\n") << QChar(u',');
    QTest::newRow("semicolon") << QByteArray("name;lon;lat\nx;1,5;2\n") << QChar(u';');
    QTest::newRow("tab") << QByteArray("name\tlon\tlat\nx\t1\t2\n") << QChar(u'\t');
    QTest::newRow("quoted commas do not count")
        << QByteArray("\"a,b,c\";lon;lat\nx;1;2\n") << QChar(u';');
    QTest::newRow("single column") << QByteArray("name\nx\n") << QChar(u',');
}

void TestExchangeCsv::delimiterDetection()
{
    QFETCH(QByteArray, csv);
    QFETCH(QChar, delimiter);
    const CsvTable t = parseCsv(csv);
    QVERIFY(t.ok());
    QCOMPARE(t.delimiter, delimiter);
    QCOMPARE(t.rows.size(), 1);
    QCOMPARE(t.rows[0].size(), t.headers.size());
}

void TestExchangeCsv::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("expected");
    const QString text = QStringLiteral("名称,人口\n上坪村,1500\n");
    QStringEncoder gbk("GB18030");
    QTest::newRow("UTF-8") << text.toUtf8() << TextEncoding::Utf8;
    QTest::newRow("UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << TextEncoding::Utf8;
    if (gb18030Available())
        QTest::newRow("GBK") << QByteArray(gbk(text)) << TextEncoding::Gb18030;
}

void TestExchangeCsv::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, expected);
    const CsvTable t = parseCsv(bytes);
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(t.encoding, expected);
    QCOMPARE(t.headers, (strings({"名称", "人口"})));
    QCOMPARE(t.rows[0][0], QStringLiteral("上坪村"));
}

void TestExchangeCsv::gbkFromChineseExcel()
{
    const QString path = QStringLiteral(COUNTYCARE_TEST_DATA "/exchange/settlements_gbk.csv");
    const Project p = test::smallProject();
    const ImportResult r = importCsvFile(path, Layer::Settlements, p);
    if (!gb18030Available()) {
        // Qt without ICU: an honest refusal that tells the user what to do.
        QVERIFY(r.fatalError.contains(QStringLiteral("CSV UTF-8")));
        return;
    }
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.settlements.size(), 3);
    QCOMPARE(r.settlements[0].name, QStringLiteral("中坪村"));
    QCOMPARE(r.settlements[0].townshipId, EntityId(2));
    QCOMPARE(r.settlements[0].population, qint64(1800));
    QCOMPARE(r.settlements[1].name, QStringLiteral("岭头村,二组"));
    QCOMPARE(r.settlements[1].population, qint64(1250)); // "1,250"
    QCOMPARE(r.settlements[1].position, (LonLat{118.31, 26.21}));
    QCOMPARE(r.newTownships.size(), 1);
    QCOMPARE(r.newTownships[0].name, QStringLiteral("东岭镇"));
}

void TestExchangeCsv::explicitUtf8RefusesGbk()
{
    QFile f(QStringLiteral(COUNTYCARE_TEST_DATA "/exchange/settlements_gbk.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const CsvTable t = parseCsv(f.readAll(), TextEncoding::Utf8);
    QVERIFY(!t.ok());
    QVERIFY2(t.error.contains(QStringLiteral("not valid UTF-8")), qPrintable(t.error));
}

void TestExchangeCsv::missingCodecIsReportedHonestly()
{
    // This Debian Qt reaches GB18030 through ICU (checked here so a build without
    // it is noticed); the fallback path is exercised with a codec nobody has.
    QVERIFY(gb18030Available());
    QString error;
    const QString text = detail::decodeLegacy("\xC3\xFB", "NO-SUCH-CODEC", &error);
    QVERIFY(text.isNull());
    QVERIFY2(error.contains(QStringLiteral("cannot read NO-SUCH-CODEC")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("CSV UTF-8")));
    // Bytes that are neither UTF-8 nor GB18030.
    const CsvTable t = parseCsv(QByteArray("name\n\x81\x20\n"), TextEncoding::Gb18030);
    QVERIFY(!t.ok());
    QVERIFY2(t.error.contains(QStringLiteral("neither UTF-8 nor GB18030")), qPrintable(t.error));
}

void TestExchangeCsv::oversizedFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.csv")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(kMaxImportFileBytes + 1)); // sparse
    big.close();
    const ImportResult r = importCsvFile(big.fileName(), Layer::Facilities, test::smallProject());
    QVERIFY2(r.fatalError.contains(QStringLiteral("larger than 200 MB")), qPrintable(r.fatalError));
}

void TestExchangeCsv::suggestMapping_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QVector<int>>("expected"); // column of each CsvField, -1 unmapped
    QTest::newRow("our export") << strings({"name", "name_en", "level", "kind", "beds", "township",
                                            "in_alliance", "lon", "lat"})
                                << QVector<int>{0, 1, 7,  8,  -1, 5,  2,  3,
                                                4, 6, -1, -1, -1, -1, -1, -1};
    QTest::newRow("Chinese with units")
        << strings({"序号", "名称", "经度（°）", "纬度(°)", "人口(人)", "所属乡镇", "床位数"})
        << QVector<int>{1, -1, 2, 3, 4, 5, -1, -1, 6, -1, -1, -1, -1, -1, -1, -1};
    QTest::newRow("English variants")
        << strings(
               {" Longitude ", "LATITUDE", "Population", "Town", "Type", "English Name", "Name"})
        << QVector<int>{6, 5, 0, 1, 2, 3, 4, -1, -1, -1, -1, -1, -1, -1, -1, -1};
    QTest::newRow("lng and 级别") << strings({"级别", "lng", "lat", "机构名称"})
                                  << QVector<int>{3,  -1, 1,  2,  -1, -1, 0,  -1,
                                                  -1, -1, -1, -1, -1, -1, -1, -1};
    QTest::newRow("unknown headers") << strings({"foo", "bar"}) << QVector<int>(kCsvFieldCount, -1);
}

void TestExchangeCsv::suggestMapping()
{
    QFETCH(QStringList, headers);
    QFETCH(QVector<int>, expected);
    const CsvColumnMapping m = cc::exchange::suggestMapping(headers);
    for (int f = 0; f < kCsvFieldCount; ++f)
        QVERIFY2(m.columns[f] == expected[f], qPrintable(QStringLiteral("%1: got %2, expected %3")
                                                             .arg(csvFieldCode(CsvField(f)))
                                                             .arg(m.columns[f])
                                                             .arg(expected[f])));
}

void TestExchangeCsv::suggestMappingByLayer()
{
    // Only the layer's own fields are considered: a roads table's 等级 is the
    // road class, a facilities table's the level; township_id maps for points.
    const QStringList roads = strings({"名称", "等级", "设计速度", "经度"});
    const CsvColumnMapping r = cc::exchange::suggestMapping(roads, Layer::Roads, true);
    QCOMPARE(r.column(CsvField::Name), 0);
    QCOMPARE(r.column(CsvField::RoadClass), 1);
    QCOMPARE(r.column(CsvField::SpeedKmh), 2);
    QVERIFY(!r.isMapped(CsvField::Level));
    QVERIFY(!r.isMapped(CsvField::Longitude));
    const QStringList facilities = strings({"name", "等级", "township_id", "fclass"});
    const CsvColumnMapping f = cc::exchange::suggestMapping(facilities, Layer::Facilities, true);
    QCOMPARE(f.column(CsvField::Level), 1);
    QCOMPARE(f.column(CsvField::TownshipId), 2);
    QVERIFY(!f.isMapped(CsvField::RoadClass));
    const CsvColumnMapping b =
        cc::exchange::suggestMapping(strings({"NAME", "行政区划代码"}), Layer::Boundary, true);
    QCOMPARE(b.column(CsvField::Name), 0);
    QCOMPARE(b.column(CsvField::Adcode), 1);
    // With geometry, positions need no columns; without, they do.
    QVERIFY(checkMapping(f, Layer::Facilities, 4, true).isEmpty());
    QVERIFY(!checkMapping(f, Layer::Facilities, 4, false).isEmpty());
    QVERIFY(!checkMapping(r, Layer::Roads, 4, false).isEmpty()); // roads need lines
    QVERIFY(!requiredFields(Layer::Facilities, true).contains(CsvField::Longitude));
    QVERIFY(requiredFields(Layer::Roads, true).contains(CsvField::RoadClass));
}

void TestExchangeCsv::mappingMustCoverRequiredFields()
{
    const CsvTable t = parseCsv("name,lon,lat\nx,118.1,26.1\n");
    CsvColumnMapping m = cc::exchange::suggestMapping(t.headers);
    ImportResult r = importCsv(t, m, Layer::Facilities, test::smallProject());
    QVERIFY2(r.fatalError.contains(QStringLiteral("\"Level\"")), qPrintable(r.fatalError));
    QVERIFY(!checkMapping(m, Layer::Roads, 3).isEmpty());
    m.setColumn(CsvField::Population, 7);
    QVERIFY(checkMapping(m, Layer::Settlements, 3).contains(QStringLiteral("column 8")));
    // Headers nobody could guess: an explicit mapping (what the dialog builds).
    const CsvTable odd = parseCsv("E,N,label,head count\n118.1,26.1,x,100\n");
    QCOMPARE(cc::exchange::suggestMapping(odd.headers), CsvColumnMapping());
    CsvColumnMapping explicitMapping;
    explicitMapping.setColumn(CsvField::Longitude, 0);
    explicitMapping.setColumn(CsvField::Latitude, 1);
    explicitMapping.setColumn(CsvField::Name, 2);
    explicitMapping.setColumn(CsvField::Population, 3);
    r = importCsv(odd, explicitMapping, Layer::Settlements, test::smallProject());
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.settlements.size(), 1);
    QCOMPARE(r.settlements[0].population, qint64(100));
    QCOMPARE(r.settlements[0].position, (LonLat{118.1, 26.1}));
}

void TestExchangeCsv::badRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("latitude 95") << QByteArray("村,10,118.1,95")
                                 << QByteArray("row 3: latitude 95 is out of range");
    QTest::newRow("projected") << QByteArray("村,10,500000,3000000")
                               << QByteArray(
                                      "row 3: (500000, 3000000) looks like projected metres");
    QTest::newRow("NaN") << QByteArray("村,10,nan,26")
                         << QByteArray("row 3: the coordinates are not finite");
    QTest::newRow("longitude text")
        << QByteArray("村,10,east,26") << QByteArray("row 3: Longitude \"east\" is not a number");
    QTest::newRow("latitude missing")
        << QByteArray("村,10,118.1,") << QByteArray("row 3: the latitude is missing");
    QTest::newRow("missing name") << QByteArray(",10,118.1,26.1")
                                  << QByteArray("row 3: the name is missing");
    QTest::newRow("negative population")
        << QByteArray("村,-4,118.1,26.1") << QByteArray("row 3: population -4 is negative");
    QTest::newRow("fractional population")
        << QByteArray("村,2.5,118.1,26.1")
        << QByteArray("row 3: population 2.5 is not a whole number");
    QTest::newRow("population too large")
        << QByteArray("村,60000000,118.1,26.1")
        << QByteArray("row 3: The population must be between 0 and");
    QTest::newRow("decimal comma is not a thousands separator")
        << QByteArray("村,\"1,5\",118.1,26.1")
        << QByteArray("row 3: population \"1,5\" is not a number");
}

void TestExchangeCsv::badRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QByteArray, reason);
    const QByteArray csv = "名称,人口,经度,纬度\n好村,10,118.1,26.1\n" + row + "\n";
    const ImportResult r =
        importCsv(parseCsv(csv), cc::exchange::suggestMapping(parseCsv(csv).headers),
                  Layer::Settlements, test::smallProject());
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    QCOMPARE(r.settlements.size(), 1);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems[0].where, ImportProblem::Where::Row);
    QCOMPARE(r.problems[0].number, 3);
    QVERIFY2(r.problems[0].toString().startsWith(QString::fromUtf8(reason)),
             qPrintable(r.problems[0].toString()));
    QVERIFY(!r.canApply());
}

void TestExchangeCsv::semicolonFacilities()
{
    const ImportResult r =
        importCsvFile(QStringLiteral(COUNTYCARE_TEST_DATA "/exchange/facilities_semicolon.csv"),
                      Layer::Facilities, test::smallProject());
    QVERIFY2(!r.hasProblems(), qPrintable(r.report()));
    QCOMPARE(r.facilities.size(), 2);
    QCOMPARE(r.facilities[0].name, QStringLiteral("Zhongping VC"));
    QCOMPARE(r.facilities[0].townshipId, EntityId(1));
    QCOMPARE(r.facilities[1].name, QStringLiteral("Hill \"North\" THC"));
    QCOMPARE(r.facilities[1].level, FacilityLevel::TownshipCentre);
    QCOMPARE(r.facilities[1].beds, 25);
    QVERIFY(r.newTownships.isEmpty());
}

void TestExchangeCsv::gcj02Rows()
{
    const CsvTable t = parseCsv("name,level,lon,lat\nx,vc,118.1,26.1\n");
    ImportOptions options;
    options.crs = Crs::Gcj02;
    const ImportResult r = importCsv(t, cc::exchange::suggestMapping(t.headers), Layer::Facilities,
                                     test::smallProject(), options);
    QCOMPARE(r.facilities.size(), 1);
    QCOMPARE(r.facilities[0].position, gcj02ToWgs84(LonLat{118.1, 26.1}));
}

QTEST_GUILESS_MAIN(TestExchangeCsv)
#include "tst_exchange_csv.moc"
