// Every file countycare-cli writes, on a full disk: exit 1 with the system's
// reason ("No space left on device"), no partial file, no temporary file left,
// and the previous file (if any) exactly as it was.
//
// Two ways to fill a disk, each a row of every writer:
// - "tmpfs": a real 4 MiB tmpfs mounted for the test and filled until all but
//   the last 100 bytes of the output fit (rounded down to its 4 KiB pages;
//   needs root, as the CI runs; skipped otherwise);
// - "shim": tests/support/fsshim.cpp preloaded into countycare-cli, which
//   refuses writes under the folder with ENOSPC once half the output is
//   written ("shim, half"), or all but its last 100 bytes ("shim, end": the
//   failure then comes in the last flush, where the old writers lost it).
// A project written in place (import, calibrate --out) gets no room at all, so
// that SQLite's journal cannot be written.
#include "models/store/atomicfile.h"
#include "models/store/projectstore.h"
#include "tests/clirun.h"
#include "tests/testproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/statvfs.h>
#include <unistd.h>

using namespace cc;

namespace {

struct Writer {
    const char *name;
    QStringList args; // {project} {out} {clinics} are replaced
    bool inPlace;     // the project itself is written (its previous state must stay)
};

QVector<Writer> writers()
{
    const auto a = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *s : list)
            out << QString::fromUtf8(s);
        return out;
    };
    return {
        {"simulate csv", a({"simulate", "{project}", "--csv", "{out}"}), false},
        {"simulate json", a({"simulate", "{project}", "--json", "{out}"}), false},
        {"export-chart png",
         a({"export-chart", "{project}", "--chart", "in-county-rate", "--format", "png", "--out",
            "{out}"}),
         false},
        {"export-chart svg",
         a({"export-chart", "{project}", "--chart", "fund-balance", "--format", "svg", "--out",
            "{out}"}),
         false},
        {"export-chart pdf",
         a({"export-chart", "{project}", "--chart", "fund-balance", "--format", "pdf", "--out",
            "{out}"}),
         false},
        {"export-chart csv",
         a({"export-chart", "{project}", "--chart", "episodes-by-level", "--format", "csv", "--out",
            "{out}"}),
         false},
        {"report", a({"report", "{project}", "--out", "{out}"}), false},
        {"export geojson",
         a({"export", "{project}", "--layer", "settlements", "--format", "geojson", "--out",
            "{out}"}),
         false},
        {"export csv",
         a({"export", "{project}", "--layer", "facilities", "--format", "csv", "--out", "{out}"}),
         false},
        {"export-data (workbook)", a({"export-data", "{project}", "--out", "{out}"}), false},
        {"new (save as)", a({"new", "--demo", "{out}", "--force"}), false},
        {"calibrate --out (save into another project)",
         a({"calibrate", "{project}", "--out", "{out}"}), false},
        {"import (save in place)",
         a({"import", "{out}", "--layer", "facilities", "--from", "{clinics}"}), true},
    };
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 freeBytes(const QString &dir)
{
    struct statvfs st;
    if (::statvfs(QFile::encodeName(dir).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QStringList entries(const QString &dir)
{
    QStringList names =
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

} // namespace

class TestStoreFullDisk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writerOnFullDisk_data();
    void writerOnFullDisk();
    void atomicFileKeepsThePreviousFile();

private:
    QStringList argsFor(const Writer &w, const QString &out) const
    {
        QStringList args;
        for (QString a : w.args)
            args << a.replace(QLatin1String("{project}"), m_project)
                        .replace(QLatin1String("{out}"), out)
                        .replace(QLatin1String("{clinics}"), m_clinics);
        return args;
    }
    bool mountTmpfs();
    void unmountTmpfs();

    QTemporaryDir m_dir;
    QString m_project, m_clinics, m_full;
    bool m_mounted = false;
};

void TestStoreFullDisk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("project.ccplan"));
    QVERIFY(store::saveProjectAs(test::smallProject(), m_project).ok);
    m_clinics = m_dir.filePath(QStringLiteral("clinics.csv"));
    QFile clinics(m_clinics);
    QVERIFY(clinics.open(QIODevice::WriteOnly));
    clinics.write("Name,Level,Beds,Township,Longitude,Latitude\n"
                  "新诊所,vc,0,城关镇,118.11,26.11\n");
    clinics.close();
    m_full = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(m_full));
}

void TestStoreFullDisk::cleanupTestCase()
{
    unmountTmpfs();
}

bool TestStoreFullDisk::mountTmpfs()
{
    if (m_mounted)
        return true;
    if (::geteuid() != 0)
        return false;
    m_mounted = run(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=4m"), QStringLiteral("cc-fulldisk"), m_full});
    return m_mounted;
}

void TestStoreFullDisk::unmountTmpfs()
{
    if (m_mounted)
        run(QStringLiteral("umount"), {m_full});
    m_mounted = false;
}

void TestStoreFullDisk::writerOnFullDisk_data()
{
    QTest::addColumn<int>("writer");
    QTest::addColumn<QString>("method");
    const QVector<Writer> all = writers();
    for (int i = 0; i < all.size(); ++i)
        for (const char *method : {"tmpfs", "shim, half", "shim, end"})
            QTest::addRow("%s, %s", all[i].name, method) << i << QString::fromLatin1(method);
}

void TestStoreFullDisk::writerOnFullDisk()
{
    QFETCH(int, writer);
    QFETCH(QString, method);
    const Writer w = writers().at(writer);
    const bool tmpfs = method == QLatin1String("tmpfs");
    if (tmpfs && !mountTmpfs())
        QSKIP("cannot mount a tmpfs here (not root); the shim rows cover this writer");

    // What the writer produces on a disk with room: its size decides how much
    // room the full disk leaves (half of it, so the write fails part-way).
    const QString spacious = m_dir.filePath(QStringLiteral("roomy-%1").arg(writer));
    QVERIFY(QDir().mkpath(spacious));
    // export-data writes workbooks only; every other writer takes any name.
    const QString name =
        QStringLiteral("output-%1.%2")
            .arg(writer)
            .arg(w.args.first() == QLatin1String("export-data") ? QStringLiteral("xlsx")
                                                                : QStringLiteral("ccplan"));
    const QString roomyOut = QDir(spacious).filePath(name);
    if (w.inPlace || w.args.contains(QStringLiteral("calibrate")))
        QVERIFY(store::saveProjectAs(test::smallProject(), roomyOut).ok);
    const CliRun roomy = runCli(argsFor(w, roomyOut), 600000);
    QVERIFY2(roomy.exitCode == 0 || (w.args.first() == QLatin1String("calibrate") &&
                                     roomy.exitCode == 1 && roomy.err.isEmpty()),
             qPrintable(roomy.err));
    const qint64 size = QFileInfo(roomyOut).size();
    QVERIFY(size > 0);

    // The previous file: an older project, or some bytes, that must survive.
    for (const QString &n : entries(m_full))
        QVERIFY(QFile::remove(QDir(m_full).filePath(n)));
    const QString out = QDir(m_full).filePath(name);
    if (w.inPlace || w.args.contains(QStringLiteral("calibrate")) ||
        w.args.first() == QLatin1String("new"))
        QVERIFY(store::saveProjectAs(test::smallProject(), out).ok);
    else
        QVERIFY(store::writeFileAtomically(out, QByteArray("the previous export\n")).isEmpty());
    const QByteArray previous = bytesOf(out);

    const bool project = w.inPlace || w.args.first() == QLatin1String("calibrate");
    const qint64 room = project                                 ? 0
                        : method == QLatin1String("shim, half") ? size / 2
                                                                : std::max<qint64>(0, size - 100);
    CliRun full;
    if (tmpfs) {
        const qint64 leave = room & ~qint64(4095);
        const qint64 fill = freeBytes(m_full) - leave;
        QVERIFY(fill >= 0);
        QFile filler(QDir(m_full).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, '\0');
        for (qint64 done = 0; done < fill; done += block.size())
            QVERIFY(filler.write(block.constData(), std::min<qint64>(block.size(), fill - done)) >
                    0);
        filler.close();
        QCOMPARE(freeBytes(m_full), leave);
        full = runCli(argsFor(w, out), 600000);
        QFile::remove(filler.fileName());
    } else {
        full = runCli(
            argsFor(w, out), 600000,
            shimEnvironment({{QStringLiteral("CC_SHIM_FULL_DIR"), m_full},
                             {QStringLiteral("CC_SHIM_FREE_BYTES"), QString::number(room)}}));
    }
    QCOMPARE(full.exitCode, 1);
    // One line says what and why (Qt or libpng may add their own lines).
    const QStringList said =
        full.err.split(QLatin1Char('\n')).filter(QStringLiteral("No space left on device"));
    QVERIFY2(said.size() == 1 && said.first().contains(name), qPrintable(full.err));
    QCOMPARE(bytesOf(out), previous);
    QCOMPARE(entries(m_full), QStringList{name}); // no temporary file, no journal, no lock
    if (w.inPlace)
        QVERIFY(store::loadProject(out).ok());
}

// The seam the CLI rows go through, in process: a failing write is kept until
// commit(), which then removes the temporary file and leaves the old file alone.
void TestStoreFullDisk::atomicFileKeepsThePreviousFile()
{
    const QString path = m_dir.filePath(QStringLiteral("atomic.txt"));
    QVERIFY(store::writeFileAtomically(path, "old\n").isEmpty());
    {
        store::AtomicFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("new\n"), 4);
        file.cancel();
    }
    QCOMPARE(bytesOf(path), QByteArray("old\n"));
    {
        store::AtomicFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half");
        // Not committed: dropped when it goes out of scope.
    }
    QCOMPARE(bytesOf(path), QByteArray("old\n"));
    QCOMPARE(entries(m_dir.path()).filter(QStringLiteral("atomic")),
             QStringList{QStringLiteral("atomic.txt")});

    // A folder that does not exist: refused at open with the system's reason.
    store::AtomicFile nowhere(m_dir.filePath(QStringLiteral("no/such/folder/x.txt")));
    QVERIFY(!nowhere.open(QIODevice::WriteOnly));
    QVERIFY2(nowhere.errorString().contains(QStringLiteral("No such file")),
             qPrintable(nowhere.errorString()));

    // Through a symbolic link the file it points at is replaced, the link kept.
    const QString link = m_dir.filePath(QStringLiteral("atomic-link.txt"));
    QVERIFY(QFile::link(path, link));
    QVERIFY(store::writeFileAtomically(link, "via link\n").isEmpty());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(bytesOf(path), QByteArray("via link\n"));

    // A killed writer's temporary file is cleared by the next write; a live one's is not.
    const QString stale = path + QStringLiteral(".tmp-AbC123");
    QVERIFY(store::writeFileAtomically(stale, "left by a killed program").isEmpty());
    store::TemporarySibling live;
    QString error;
    QVERIFY2(live.create(path, &error), qPrintable(error));
    QCOMPARE(store::removeStaleTemporaries(path), 1);
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(live.path()));
    live.remove();
}

QTEST_GUILESS_MAIN(TestStoreFullDisk)
#include "tst_store_fulldisk.moc"
