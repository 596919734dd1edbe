// One writer at a time, nothing lost: two real countycare-cli processes change
// one project (a slow import of many villages and a quick one of three
// clinics), in both orders; a project replaced by a colleague's file while a
// command works on it; saves that find the file changed refuse.
#include "models/store/projectlock.h"
#include "models/store/projectstore.h"
#include "tests/clirun.h"
#include "tests/testproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

// Villages inside the test county (118.0-118.4 E, 26.0-26.3 N).
QByteArray villagesCsv(int count)
{
    QByteArray csv("name,township,population,lon,lat\n");
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("新村%1,城关镇,%2,%3,%4\n")
                   .arg(i)
                   .arg(300 + i % 700)
                   .arg(118.01 + (i % 300) * 0.0012, 0, 'f', 5)
                   .arg(26.01 + (i / 300 % 200) * 0.0013, 0, 'f', 5)
                   .toUtf8();
    return csv;
}

QByteArray clinicsCsv()
{
    return QByteArray("Name,Level,Beds,Township,Longitude,Latitude\n"
                      "快诊所一,vc,0,城关镇,118.11,26.11\n"
                      "快诊所二,vc,0,城关镇,118.12,26.12\n"
                      "快诊所三,vc,0,青石镇,118.13,26.13\n");
}

int countNamed(const Project &p, const QString &prefix)
{
    int n = 0;
    for (const Settlement &s : p.settlements)
        n += s.name.startsWith(prefix);
    for (const Facility &f : p.facilities)
        n += f.name.startsWith(prefix);
    return n;
}

int slowRows()
{
    // The attack used 60,000 villages; under AddressSanitizer 20,000
    // keep the suite's time in bounds and still take seconds to import.
    return qEnvironmentVariableIntValue("COUNTYCARE_SLOW_IMPORT_ROWS") > 0
               ? qEnvironmentVariableIntValue("COUNTYCARE_SLOW_IMPORT_ROWS")
               : 20000;
}

} // namespace

class TestStoreConcurrency : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void bothWritersKeepTheirRows_data();
    void bothWritersKeepTheirRows();
    void loserExitsOneAndWinnerKeepsItsRows_data();
    void loserExitsOneAndWinnerKeepsItsRows();
    void replacedDuringCalibrateIsNotOverwritten();
    void saveRefusesAChangedFile_data();
    void saveRefusesAChangedFile();
    void lockNamesItsHolder();

private:
    QStringList importArgs(const QString &layer, const QString &from, const QString &wait) const
    {
        return {QStringLiteral("import"), m_project, QStringLiteral("--layer"), layer,
                QStringLiteral("--from"), from,      QStringLiteral("--wait"),  wait};
    }
    QStringList slowImport(const QString &wait) const
    {
        return importArgs(QStringLiteral("settlements"), m_slowCsv, wait);
    }
    QStringList quickImport(const QString &wait) const
    {
        return importArgs(QStringLiteral("facilities"), m_quickCsv, wait);
    }
    // Starts countycare-cli paused at its save: it has loaded the project and
    // holds the lock when the flag file appears.
    void startPausedAtSave(QProcess &proc, const QStringList &args)
    {
        QFile::remove(m_flag);
        proc.setProcessEnvironment(
            shimEnvironment({{QStringLiteral("CC_SHIM_PAUSE_OPEN"), m_project},
                             {QStringLiteral("CC_SHIM_PAUSE_FLAG"), m_flag}}));
        proc.start(QStringLiteral(COUNTYCARE_CLI), args);
    }

    QTemporaryDir m_dir;
    QString m_project, m_slowCsv, m_quickCsv, m_flag;
};

void TestStoreConcurrency::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("shared.ccplan"));
    m_slowCsv = m_dir.filePath(QStringLiteral("villages.csv"));
    m_quickCsv = m_dir.filePath(QStringLiteral("clinics.csv"));
    m_flag = m_dir.filePath(QStringLiteral("paused.flag"));
    QVERIFY(writeText(m_slowCsv, villagesCsv(slowRows())));
    QVERIFY(writeText(m_quickCsv, clinicsCsv()));
}

void TestStoreConcurrency::init()
{
    QVERIFY(store::saveProjectAs(test::smallProject(), m_project).ok);
}

void TestStoreConcurrency::bothWritersKeepTheirRows_data()
{
    QTest::addColumn<bool>("slowFirst");
    QTest::newRow("slow import first") << true;
    QTest::newRow("quick import first") << false;
}

// The lost update: both exited 0 and the quick one's rows were gone.
// Now the second waits for the first's lock and then reads what it saved.
void TestStoreConcurrency::bothWritersKeepTheirRows()
{
    QFETCH(bool, slowFirst);
    QProcess first, second;
    first.start(QStringLiteral(COUNTYCARE_CLI),
                slowFirst ? slowImport(QStringLiteral("600")) : quickImport(QStringLiteral("600")));
    QVERIFY(first.waitForStarted());
    second.start(QStringLiteral(COUNTYCARE_CLI), slowFirst ? quickImport(QStringLiteral("600"))
                                                           : slowImport(QStringLiteral("600")));
    const CliRun a = finishCli(first, 600000), b = finishCli(second, 600000);
    QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    const store::LoadResult loaded = store::loadProject(m_project);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(countNamed(loaded.project, QStringLiteral("新村")), slowRows());
    QCOMPARE(countNamed(loaded.project, QStringLiteral("快诊所")), 3);
}

void TestStoreConcurrency::loserExitsOneAndWinnerKeepsItsRows_data()
{
    QTest::addColumn<bool>("slowWins");
    QTest::newRow("slow import holds the file") << true;
    QTest::newRow("quick import holds the file") << false;
}

// With no time to wait (--wait 0) the second writer gives up: exit 1 naming the
// holder, nothing written; the first one's rows are all there.
void TestStoreConcurrency::loserExitsOneAndWinnerKeepsItsRows()
{
    QFETCH(bool, slowWins);
    QProcess winner;
    startPausedAtSave(winner, slowWins ? slowImport(QStringLiteral("0"))
                                       : quickImport(QStringLiteral("0")));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_flag), 300000);
    const CliRun loser =
        runCli(slowWins ? quickImport(QStringLiteral("0")) : slowImport(QStringLiteral("0")));
    QCOMPARE(loser.exitCode, 1);
    QVERIFY2(loser.err.contains(
                 QStringLiteral("countycare-cli (process %1 on ").arg(winner.processId())),
             qPrintable(loser.err));
    QVERIFY(loser.out.isEmpty());
    QVERIFY(QFile::remove(m_flag));
    const CliRun won = finishCli(winner, 600000);
    QVERIFY2(won.exitCode == 0, qPrintable(won.err));

    const store::LoadResult loaded = store::loadProject(m_project);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(countNamed(loaded.project, QStringLiteral("新村")), slowWins ? slowRows() : 0);
    QCOMPARE(countNamed(loaded.project, QStringLiteral("快诊所")), slowWins ? 0 : 3);
    QVERIFY(!QFileInfo::exists(store::ProjectLock::lockPathFor(m_project)));
}

// A colleague's project moved over FILE while `calibrate FILE` runs: the
// calibrated old project must not replace it.
void TestStoreConcurrency::replacedDuringCalibrateIsNotOverwritten()
{
    Project theirs = test::smallProject();
    theirs.title = QStringLiteral("同事的项目");
    const QString colleague = m_dir.filePath(QStringLiteral("colleague.ccplan"));
    QVERIFY(store::saveProjectAs(theirs, colleague).ok);
    const QByteArray theirBytes = bytesOf(colleague);

    QProcess calibrate;
    startPausedAtSave(calibrate, {QStringLiteral("calibrate"), m_project});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_flag), 300000);
    QVERIFY(QFile::remove(m_project));
    QVERIFY(QFile::rename(colleague, m_project));
    QVERIFY(QFile::remove(m_flag));
    const CliRun run = finishCli(calibrate, 600000);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("replaced by another file")), qPrintable(run.err));
    QCOMPARE(bytesOf(m_project), theirBytes);
}

void TestStoreConcurrency::saveRefusesAChangedFile_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("said");
    QTest::newRow("replaced by rename") << "rename"
                                        << "replaced by another file";
    QTest::newRow("saved by another program") << "save"
                                              << "since it was opened";
    QTest::newRow("deleted") << "delete"
                             << "deleted or moved away";
    QTest::newRow("rewritten in place, same size") << "rewrite"
                                                   << "";
}

// The store-level check every save makes, whatever the caller: device and
// inode, size, modification time, SQLite's change counter.
void TestStoreConcurrency::saveRefusesAChangedFile()
{
    QFETCH(QString, change);
    QFETCH(QString, said);
    const store::LoadResult loaded = store::loadProject(m_project);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    Project mine = loaded.project;
    mine.title = QStringLiteral("mine");
    Project theirs = loaded.project;
    theirs.title = QStringLiteral("theirs");

    if (change == QLatin1String("rename")) {
        const QString other = m_dir.filePath(QStringLiteral("other.ccplan"));
        QVERIFY(store::saveProjectAs(theirs, other).ok);
        QVERIFY(QFile::remove(m_project));
        QVERIFY(QFile::rename(other, m_project));
    } else if (change == QLatin1String("save")) {
        QVERIFY(store::saveProject(theirs, m_project).ok);
    } else if (change == QLatin1String("delete")) {
        QVERIFY(QFile::remove(m_project));
    } else {
        // Same bytes count, same inode, only the change counter (and time) differ.
        QByteArray bytes = bytesOf(m_project);
        bytes[27] = char(bytes[27] + 1);
        QFile f(m_project);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();
    }
    const QByteArray before = bytesOf(m_project);
    const store::SaveResult saved = store::saveProject(mine, m_project, loaded.identity);
    QVERIFY(!saved.ok);
    QCOMPARE(saved.status, store::SaveStatus::ChangedOnDisk);
    QVERIFY2(saved.message.contains(said), qPrintable(saved.message));
    QCOMPARE(bytesOf(m_project), before);

    // Unchanged since loading: the save goes ahead and says what it wrote.
    if (change != QLatin1String("delete")) {
        const store::LoadResult again = store::loadProject(m_project);
        QVERIFY2(again.ok() || change == QLatin1String("rewrite"), qPrintable(again.message));
        if (again.ok()) {
            const store::SaveResult ok = store::saveProject(mine, m_project, again.identity);
            QVERIFY2(ok.ok, qPrintable(ok.message));
            QCOMPARE(ok.identity, store::fileIdentity(m_project));
            QCOMPARE(store::loadProject(m_project).project.title, QStringLiteral("mine"));
        }
    }
}

void TestStoreConcurrency::lockNamesItsHolder()
{
    store::ProjectLock mine;
    QCOMPARE(mine.acquire(m_project, 0), store::ProjectLock::Outcome::Locked);
    const CliRun blocked = runCli(quickImport(QStringLiteral("0.2")));
    QCOMPARE(blocked.exitCode, 1);
    QVERIFY2(blocked.err.contains(
                 QStringLiteral("(process %1 on ").arg(QCoreApplication::applicationPid())),
             qPrintable(blocked.err));
    QVERIFY2(blocked.err.contains(QStringLiteral("--wait")), qPrintable(blocked.err));
    mine.release();
    const CliRun free = runCli(quickImport(QStringLiteral("0")));
    QVERIFY2(free.exitCode == 0, qPrintable(free.err));
    // A bad --wait is a usage error.
    QCOMPARE(runCli(quickImport(QStringLiteral("soon"))).exitCode, 64);
}

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_store_concurrency.moc"
