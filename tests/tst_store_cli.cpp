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
    void messagesFollowTheSystemLocale();
    void demoScenariosKeepTheirScriptNames();

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

namespace {
bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}
} // namespace

// Without --lang the messages follow the system locale (LC_ALL, LC_MESSAGES,
// LANG); --lang wins; what scripts read on stdout is the same in every language.
void TestStoreCli::messagesFollowTheSystemLocale()
{
    QProcessEnvironment zh = cliEnvironment();
    zh.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    const QString missing = m_dir.filePath(QStringLiteral("no_such_file.ccplan"));
    const CliRun chinese = runCli({QStringLiteral("validate"), missing}, 120000, zh);
    QCOMPARE(chinese.exitCode, 2);
    QVERIFY2(hasChinese(chinese.err), qPrintable(chinese.err));
    const CliRun english = runCli(
        {QStringLiteral("validate"), missing, QStringLiteral("--lang"), QStringLiteral("en")},
        120000, zh);
    QVERIFY2(!hasChinese(english.err), qPrintable(english.err));
    QProcessEnvironment all = cliEnvironment();
    all.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    QVERIFY(hasChinese(runCli({QStringLiteral("validate"), missing}, 120000, all).err));

    // The tool's own messages too: usage errors and an unknown command.
    const CliRun usage = runCli({QStringLiteral("validate")}, 120000, zh);
    QCOMPARE(usage.exitCode, 64);
    QVERIFY2(hasChinese(usage.err), qPrintable(usage.err));
    const CliRun unknown = runCli({QStringLiteral("frobnicate")}, 120000, zh);
    QCOMPARE(unknown.exitCode, 64);
    QVERIFY2(hasChinese(unknown.err) && unknown.err.contains(QLatin1String("frobnicate")),
             qPrintable(unknown.err));

    // stdout keeps its form.
    const CliRun ok = runCli({QStringLiteral("validate"), m_good}, 120000, zh);
    QCOMPARE(ok.out, m_good + QStringLiteral(": ok\n"));
    const CliRun info = runCli({QStringLiteral("info"), m_good}, 120000, zh);
    QVERIFY2(info.out.contains(QStringLiteral("schema_version: ")), qPrintable(info.out));
}

// The demo's scenarios are named 基线方案 and 紧密型医共体改革 on screen; scripts
// keep selecting them as "baseline" and "reform" (their keys).
void TestStoreCli::demoScenariosKeepTheirScriptNames()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo_keys.ccplan"));
    QCOMPARE(runCli({QStringLiteral("new"), QStringLiteral("--demo"), demo}).exitCode, 0);
    const CliRun info = runCli({QStringLiteral("info"), demo});
    QVERIFY2(info.out.contains(QStringLiteral("scenario_names: baseline,reform\n")),
             qPrintable(info.out));
    for (const QString &key : {QStringLiteral("baseline"), QStringLiteral("reform")}) {
        const CliRun run = runCli({QStringLiteral("simulate"), demo, QStringLiteral("--scenario"),
                                   key, QStringLiteral("--months"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("scenario: %1\n").arg(key)),
                 qPrintable(run.out));
    }
    // The display name selects it too.
    const CliRun byName = runCli({QStringLiteral("simulate"), demo, QStringLiteral("--scenario"),
                                  QStringLiteral("紧密型医共体改革"), QStringLiteral("--months"),
                                  QStringLiteral("2")});
    QCOMPARE(byName.exitCode, 0);
    QVERIFY2(byName.out.startsWith(QStringLiteral("scenario: reform\n")), qPrintable(byName.out));
    const CliRun none = runCli({QStringLiteral("simulate"), demo, QStringLiteral("--scenario"),
                                QStringLiteral("nonesuch")});
    QVERIFY(none.exitCode != 0);
    QVERIFY2(none.err.contains(QStringLiteral("no scenario named \"nonesuch\"")),
             qPrintable(none.err));
}

#include "tst_store_cli.moc"
