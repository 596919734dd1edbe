// countycare-cli import and export: a good import changes and saves the project;
// a bad one exits 2 with a row-level report and leaves the file's bytes alone.
#include "models/exchange/layerexport.h"
#include "models/store/projectstore.h"
#include "tests/clirun.h"
#include "tests/testproject.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString testData(const char *name)
{
    return QStringLiteral(COUNTYCARE_TEST_DATA "/exchange/") + QLatin1String(name);
}

} // namespace

class TestExchangeCli : public QObject {
    Q_OBJECT
private slots:
    void init();
    void goodImportIsSaved();
    void badImportLeavesFileUntouched();
    void acceptValidImportsTheRest();
    void gbkCsvWithCrs();
    void exportWritesLayer();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestExchangeCli::init()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("county.ccplan"));
    QFile::remove(m_project);
    const store::SaveResult saved = store::saveProjectAs(test::smallProject(), m_project);
    QVERIFY2(saved.ok, qPrintable(saved.message));
}

void TestExchangeCli::goodImportIsSaved()
{
    const CliRun run = runCli({QStringLiteral("import"), m_project, QStringLiteral("--layer"),
                               QStringLiteral("facilities"), QStringLiteral("--from"),
                               testData("facilities.geojson")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("imported 3 facilities")), qPrintable(run.out));
    const store::LoadResult loaded = store::loadProject(m_project);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.project.facilities.size(), test::smallProject().facilities.size() + 3);
    QCOMPARE(loaded.project.townships.size(), test::smallProject().townships.size() + 1);
}

void TestExchangeCli::badImportLeavesFileUntouched()
{
    const QByteArray before = bytesOf(m_project);
    QVERIFY(!before.isEmpty());
    const CliRun run = runCli({QStringLiteral("import"), m_project, QStringLiteral("--layer"),
                               QStringLiteral("settlements"), QStringLiteral("--from"),
                               testData("settlements_bad.csv")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("row 3: latitude 95 is out of range")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("--accept-valid")));
    QCOMPARE(bytesOf(m_project), before);

    // A file that is not GeoJSON at all: also exit 2, file untouched.
    const CliRun notJson = runCli({QStringLiteral("import"), m_project, QStringLiteral("--layer"),
                                   QStringLiteral("boundary"), QStringLiteral("--from"),
                                   testData("settlements_bad.csv") + QStringLiteral(".missing")});
    QCOMPARE(notJson.exitCode, 2);
    QVERIFY2(notJson.err.contains(QStringLiteral("does not exist")), qPrintable(notJson.err));
    QCOMPARE(bytesOf(m_project), before);
}

void TestExchangeCli::acceptValidImportsTheRest()
{
    const CliRun run = runCli({QStringLiteral("import"), m_project, QStringLiteral("--layer"),
                               QStringLiteral("settlements"), QStringLiteral("--from"),
                               testData("settlements_bad.csv"), QStringLiteral("--accept-valid")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("row 3:"))); // still reported
    const store::LoadResult loaded = store::loadProject(m_project);
    QCOMPARE(loaded.project.settlements.size(), test::smallProject().settlements.size() + 1);
}

void TestExchangeCli::gbkCsvWithCrs()
{
    const CliRun run =
        runCli({QStringLiteral("import"), m_project, QStringLiteral("--layer"),
                QStringLiteral("settlements"), QStringLiteral("--from"),
                testData("settlements_gbk.csv"), QStringLiteral("--encoding"),
                QStringLiteral("gbk"), QStringLiteral("--crs"), QStringLiteral("gcj02")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const store::LoadResult loaded = store::loadProject(m_project);
    const Settlement s = loaded.project.settlements.last();
    QCOMPARE(s.name, QStringLiteral("溪口村"));
    QVERIFY(s.position != (LonLat{118.09, 26.09})); // converted from GCJ-02
    QVERIFY(distanceKm(s.position, LonLat{118.09, 26.09}) < 0.7);
}

void TestExchangeCli::exportWritesLayer()
{
    const QString out = m_dir.filePath(QStringLiteral("roads.geojson"));
    const CliRun run = runCli({QStringLiteral("export"), m_project, QStringLiteral("--layer"),
                               QStringLiteral("roads"), QStringLiteral("--format"),
                               QStringLiteral("geojson"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("wrote 1 roads")));
    QCOMPARE(bytesOf(out), exchange::exportGeoJson(test::smallProject(), exchange::Layer::Roads));

    const QString csv = m_dir.filePath(QStringLiteral("settlements.csv"));
    const CliRun byExtension =
        runCli({QStringLiteral("export"), m_project, QStringLiteral("--layer"),
                QStringLiteral("settlements"), QStringLiteral("--out"), csv});
    QVERIFY2(byExtension.exitCode == 0, qPrintable(byExtension.err));
    QCOMPARE(bytesOf(csv), exchange::exportCsv(test::smallProject(), exchange::Layer::Settlements));
}

void TestExchangeCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString project = QStringLiteral("PROJECT");
    auto row = [&](const char *name, QStringList args, int code) {
        QTest::newRow(name) << args << code;
    };
    row("import without layer",
        {QStringLiteral("import"), project, QStringLiteral("--from"), QStringLiteral("x.json")},
        64);
    row("import bad crs",
        {QStringLiteral("import"), project, QStringLiteral("--layer"), QStringLiteral("roads"),
         QStringLiteral("--from"), QStringLiteral("x.json"), QStringLiteral("--crs"),
         QStringLiteral("mercator")},
        64);
    row("import bad epsg",
        {QStringLiteral("import"), project, QStringLiteral("--layer"), QStringLiteral("roads"),
         QStringLiteral("--from"), QStringLiteral("x.json"), QStringLiteral("--crs"),
         QStringLiteral("EPSG:x")},
        64);
    row("import roads from csv",
        {QStringLiteral("import"), project, QStringLiteral("--layer"), QStringLiteral("roads"),
         QStringLiteral("--from"), QStringLiteral("x.csv")},
        64);
    row("export roads as csv",
        {QStringLiteral("export"), project, QStringLiteral("--layer"), QStringLiteral("roads"),
         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
         QStringLiteral("x.csv")},
        64);
    row("export without out",
        {QStringLiteral("export"), project, QStringLiteral("--layer"), QStringLiteral("roads")},
        64);
    row("export from a missing project",
        {QStringLiteral("export"), QStringLiteral("/nonexistent/p.ccplan"),
         QStringLiteral("--layer"), QStringLiteral("roads"), QStringLiteral("--out"),
         QStringLiteral("x.geojson")},
        2);
}

void TestExchangeCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    args.replaceInStrings(QStringLiteral("PROJECT"), m_project);
    const QByteArray before = bytesOf(m_project);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(bytesOf(m_project), before);
}

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchange_cli.moc"
