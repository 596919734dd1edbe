// countycare-cli info and validate on good and bad project files: exit codes,
// output lines, one-line reasons on stderr.
#include "models/domain/geo.h"
#include "models/store/projectstore.h"
#include "tests/clirun.h"
#include "tests/tst_store_project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace cc;
using namespace cc::store;

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestStoreCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void infoPrintsSummary();
    void validateAcceptsGoodFile();
    void badFilesExitWithReason_data();
    void badFilesExitWithReason();
    void wrongArgumentsAreUsageErrors();
    void langBeforeOrAfterTheCommand();

private:
    QTemporaryDir m_dir;
    QString m_good;
};

void TestStoreCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_good = m_dir.filePath(QStringLiteral("good.ccplan"));
    QVERIFY(saveProjectAs(makeStoreTestProject(), m_good).ok);
}

void TestStoreCli::infoPrintsSummary()
{
    const CliRun run = runCli({QStringLiteral("info"), m_good});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QMap<QString, QString> fields;
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int colon = line.indexOf(QStringLiteral(": "));
        QVERIFY2(colon > 0, qPrintable(line));
        fields.insert(line.left(colon), line.mid(colon + 2));
    }
    const Project p = makeStoreTestProject();
    QCOMPARE(fields.value(QStringLiteral("schema_version")), QString::number(kSchemaVersion));
    QCOMPARE(fields.value(QStringLiteral("title")), p.title);
    QCOMPARE(fields.value(QStringLiteral("townships")), QStringLiteral("3"));
    QCOMPARE(fields.value(QStringLiteral("settlements")), QStringLiteral("4"));
    QCOMPARE(fields.value(QStringLiteral("facilities")), QStringLiteral("4"));
    QCOMPARE(fields.value(QStringLiteral("roads")), QStringLiteral("1"));
    QCOMPARE(fields.value(QStringLiteral("staff")), QStringLiteral("2"));
    QCOMPARE(fields.value(QStringLiteral("postings")), QStringLiteral("3"));
    QCOMPARE(fields.value(QStringLiteral("scenarios")), QStringLiteral("2"));
    QCOMPARE(fields.value(QStringLiteral("scenario_names")),
             QStringLiteral("baseline,紧密型医共体"));
    QCOMPARE(fields.value(QStringLiteral("population")), QStringLiteral("10028"));
    QCOMPARE(fields.value(QStringLiteral("bbox")),
             QStringLiteral("110.000000,30.000000,111.000000,31.000000"));
    QCOMPARE(fields.value(QStringLiteral("boundary_area_km2")),
             QString::number(areaKm2(p.boundary.area), 'f', 1));
    QVERIFY(areaKm2(p.boundary.area) > 1000); // about 0.5 x 0.4 degrees at 30 N
}

void TestStoreCli::validateAcceptsGoodFile()
{
    const CliRun run = runCli({QStringLiteral("validate"), m_good});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, m_good + QStringLiteral(": ok\n"));
    QVERIFY(run.err.isEmpty());
}

void TestStoreCli::badFilesExitWithReason_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("content"); // empty with `exists` false: no file at all
    QTest::addColumn<bool>("exists");
    for (const char *command : {"validate", "info"}) {
        const QString c = QString::fromLatin1(command);
        QTest::addRow("%s text file", command) << c << QByteArray("hello\n") << true;
        QTest::addRow("%s empty file", command) << c << QByteArray() << true;
        QTest::addRow("%s missing file", command) << c << QByteArray() << false;
        QTest::addRow("%s header only", command)
            << c << QByteArray("SQLite format 3\0", 16).append(200, '\x7f') << true;
    }
}

void TestStoreCli::badFilesExitWithReason()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, content);
    QFETCH(bool, exists);
    const QString path = m_dir.filePath(
        QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) +
        QStringLiteral(".ccplan"));
    if (exists)
        QVERIFY(writeBytes(path, content));
    const CliRun run = runCli({command, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QFileInfo(path).fileName()), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one line
}

void TestStoreCli::wrongArgumentsAreUsageErrors()
{
    QCOMPARE(runCli({QStringLiteral("validate")}).exitCode, 64);
    QCOMPARE(runCli({QStringLiteral("info"), m_good, m_good}).exitCode, 64);
    QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--bogus"), m_good}).exitCode, 64);
}

QTEST_GUILESS_MAIN(TestStoreCli)
// --lang selects the language of the messages wherever it stands: before the
// command (it used to be "unknown command '--lang'") or after it.
void TestStoreCli::langBeforeOrAfterTheCommand()
{
    const QString path = m_dir.filePath(QStringLiteral("lang_text_file.ccplan"));
    QVERIFY(writeBytes(path, QByteArray("hello\n")));
    const CliRun english = runCli({QStringLiteral("validate"), path});
    const CliRun before = runCli(
        {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("validate"), path});
    const CliRun after = runCli(
        {QStringLiteral("validate"), path, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(before.exitCode, english.exitCode);
    QVERIFY(english.exitCode != 0);
    QVERIFY2(!before.err.contains(QStringLiteral("unknown command")), qPrintable(before.err));
    QCOMPARE(before.err, after.err);
    QVERIFY2(before.err != english.err, qPrintable(before.err));
    // Chinese characters in the message (CJK Unified Ideographs).
    QVERIFY2(std::any_of(before.err.cbegin(), before.err.cend(),
                         [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; }),
             qPrintable(before.err));
    const CliRun info =
        runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("info"), m_good});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QStringLiteral("schema_version: ")), qPrintable(info.out));
}

#include "tst_store_cli.moc"
