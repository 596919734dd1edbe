// Crash-safe saving: a child process saves (in place, Save As, or autosave)
// and is killed with SIGKILL at a random moment, hundreds of times. After
// every kill the file must open and equal either the state before that save
// or the state being saved: never a mix, never unreadable.
#include "models/store/projectstore.h"
#include "models/store/recovery.h"
#include "tests/testproject.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cc;

namespace {

// Version `n` of the project: every version differs from the others in many
// tables, and is big enough that a save takes a measurable time.
Project version(int n)
{
    Project p = test::smallProject();
    p.title = QStringLiteral("版本 %1").arg(n);
    const Settlement base = p.settlements.value(2);
    for (int i = 0; i < 1500; ++i) {
        Settlement s = base;
        s.id = 100 + i;
        s.name = QStringLiteral("村%1-%2").arg(n).arg(i);
        s.population = 1000 + n * 7 + i;
        s.position.lon = 118.0 + (i % 50) * 0.008;
        s.position.lat = 26.0 + (i / 50) * 0.008;
        p.settlements.insert(s.id, s);
    }
    Scenario &reform = p.scenarios[2];
    reform.schedule[1].changes.set(PolicyKey::SurplusRetention, (n % 10) / 10.0);
    return p;
}

int versionOf(const Project &p)
{
    const QString prefix = QStringLiteral("版本 ");
    if (!p.title.startsWith(prefix))
        return -1;
    const int n = p.title.mid(prefix.size()).toInt();
    return p == version(n) ? n : -2; // -2: the title says n but the content is a mix
}

enum class Mode { Save, SaveAs, Autosave };

store::SaveResult write(Mode mode, const Project &p, const QString &path)
{
    switch (mode) {
    case Mode::Save:
        return store::saveProject(p, path);
    case Mode::SaveAs:
        return store::saveProjectAs(p, path);
    case Mode::Autosave:
        return store::writeRecoveryFile(p, path);
    }
    return {};
}

int runChild()
{
    const QStringList args = QCoreApplication::arguments();
    const Mode mode = static_cast<Mode>(args.at(2).toInt());
    const int n = args.at(3).toInt();
    const QString path = args.at(4);
    const Project p = version(n);
    QTextStream(stdout) << "ready" << Qt::endl;
    const store::SaveResult r = write(mode, p, path);
    return r.ok ? 0 : 3;
}

} // namespace

class TestCrashSafe : public QObject {
    Q_OBJECT
private slots:
    void killedSavesNeverCorrupt_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("kills");
        QTest::newRow("save in place") << int(Mode::Save) << 150;
        QTest::newRow("save as") << int(Mode::SaveAs) << 100;
        QTest::newRow("autosave") << int(Mode::Autosave) << 60;
    }

    void killedSavesNeverCorrupt()
    {
        QFETCH(int, mode);
        QFETCH(int, kills);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("project.ccplan"));
        QVERIFY(write(static_cast<Mode>(mode), version(0), path).ok);

        // Kill points are drawn over the time one save takes (the child says
        // "ready" just before it starts saving).
        const Project probe = version(1);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(write(static_cast<Mode>(mode), probe, path).ok);
        const qint64 saveMicros = std::max<qint64>(timer.nsecsElapsed() / 1000 * 5 / 4, 1000);
        int current = 1;
        QCOMPARE(loadVersion(path, mode), current);

        QRandomGenerator rng(20261123u + mode);
        int interrupted = 0, completed = 0;
        for (int k = 0; k < kills; ++k) {
            const int next = current + 1;
            const qint64 killAt = rng.bounded(saveMicros);
            runChildSave(mode, next, path, killAt);
            const int found = loadVersion(path, mode);
            QVERIFY2(
                found == current || found == next,
                qPrintable(QStringLiteral("kill %1 at %2 us: found version %3, expected %4 or %5")
                               .arg(k)
                               .arg(killAt)
                               .arg(found)
                               .arg(current)
                               .arg(next)));
            (found == next ? completed : interrupted)++;
            current = found;
            // No temporary files pile up beyond the one a killed Save As may leave.
            QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() <= 3);
        }
        qInfo("%d kills: %d saves interrupted (old state kept), %d completed", kills, interrupted,
              completed);
    }

private:
    // Runs one save of version `n` in a child; kills it `killAfterMicros` after
    // it said it is ready (never when negative). Returns the exit code or -9 when killed.
    int runChildSave(int mode, int n, const QString &path, qint64 killAfterMicros)
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), QString::number(mode), QString::number(n), path});
        if (!child.waitForStarted() || !child.waitForReadyRead(60000))
            return -1;
        if (killAfterMicros >= 0) {
            QThread::usleep(static_cast<unsigned long>(killAfterMicros));
            child.kill(); // SIGKILL
            child.waitForFinished();
            return -9;
        }
        child.waitForFinished(60000);
        return child.exitCode();
    }

    int loadVersion(const QString &path, int mode)
    {
        const store::LoadResult r = static_cast<Mode>(mode) == Mode::Autosave
                                        ? store::loadRecoveryFile(path)
                                        : store::loadProject(path);
        if (!r.ok()) {
            qWarning("%s", qPrintable(r.message));
            return -1;
        }
        return versionOf(r.project);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild();
    TestCrashSafe test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafe.moc"
