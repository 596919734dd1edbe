// Two instances on one file: the second is warned and may open read-only; the
// GUI and countycare-cli share one lock; a file changed or replaced on disk by
// another program is noticed before saving over it, and the user chooses
// Reload, Save As or Overwrite.
#include "app/gui/fileactions.h"
#include "app/gui/fileguard.h"
#include "app/gui/language.h"
#include "app/gui/mainwindow.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "models/store/projectstore.h"
#include "tests/clirun.h"
#include "tests/testproject.h"

#include <QAbstractButton>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cc;

namespace {
// Clicks the button whose text contains `text` on the next message box shown;
// with COUNTYCARE_SCREENSHOT_DIR set, saves a picture of it as `shot` first.
void answer(const QString &text, QString *message = nullptr, const QString &shot = {})
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (!box || !box->isVisible())
            continue;
        if (message)
            *message = box->text();
        const QString dir = qEnvironmentVariable("COUNTYCARE_SCREENSHOT_DIR");
        if (!shot.isEmpty() && !dir.isEmpty())
            box->grab().save(QDir(dir).filePath(shot));
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(QLatin1Char('&')).contains(text)) {
                b->click();
                return;
            }
    }
    QTimer::singleShot(20, [text, message, shot] { answer(text, message, shot); });
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Another program puts a file of exactly the same size and modification time
// in place of `path` (a rename: only the inode tells).
void replaceWithLookalike(const QString &path, const Project &theirs)
{
    const QString other = path + QStringLiteral(".theirs");
    QVERIFY(store::saveProjectAs(theirs, other).ok);
    QCOMPARE(QFileInfo(other).size(), QFileInfo(path).size());
    const QDateTime modified = QFileInfo(path).lastModified();
    QFile file(other);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(other, path));
}
} // namespace

class TestConcurrent : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("shared.ccplan"));
        QVERIFY(store::saveProjectAs(test::smallProject(), m_path).ok);
    }

    void secondInstanceIsWarnedAndReadOnly()
    {
        ProjectDocument first;
        MainWindow firstWindow(&first);
        QVERIFY(firstWindow.fileActions()->openFile(m_path));
        QVERIFY(!first.isReadOnly());

        // Another process would hold the same lock; a second guard in this
        // process sees it the same way (QLockFile locks per file, not per process).
        ProjectDocument second;
        MainWindow secondWindow(&second);
        QString message;
        QTimer::singleShot(0, this, [&message] { answer(QStringLiteral("Open"), &message); });
        QVERIFY(secondWindow.fileActions()->openFile(m_path));
        QVERIFY2(message.contains(QLatin1String("another CountyCare window")), qPrintable(message));
        QVERIFY(second.isReadOnly());
        QVERIFY(secondWindow.windowTitle().contains(QLatin1String("read-only")));
        QVERIFY(!edit::setTitle(second, QStringLiteral("x")).ok);

        // Cancel leaves the second window as it was.
        ProjectDocument third;
        MainWindow thirdWindow(&third);
        QTimer::singleShot(0, this, [] { answer(QStringLiteral("Cancel")); });
        QVERIFY(!thirdWindow.fileActions()->openFile(m_path));
        QVERIFY(third.filePath().isEmpty());
        firstWindow.fileActions()->releaseFile();
    }

    void changeOnDiskIsNoticedBeforeSaving()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        QVERIFY(window.fileActions()->openFile(m_path));
        QVERIFY(edit::setTitle(doc, QStringLiteral("mine")));

        // Another program rewrites the file (a colleague's copy arrives). File
        // times may have one-second resolution: date it clearly later.
        Project theirs = test::smallProject();
        theirs.title = QStringLiteral("theirs");
        QVERIFY(store::saveProjectAs(theirs, m_path).ok);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                 QFileDevice::FileModificationTime));
        file.close();

        QString message;
        QTimer::singleShot(0, this, [&message] { answer(QStringLiteral("Cancel"), &message); });
        QVERIFY(!window.fileActions()->save());
        QVERIFY2(message.contains(QLatin1String("changed by another program")),
                 qPrintable(message));
        QCOMPARE(store::loadProject(m_path).project.title, QStringLiteral("theirs"));

        QTimer::singleShot(0, this, [] { answer(QStringLiteral("Overwrite")); });
        QVERIFY(window.fileActions()->save());
        QCOMPARE(store::loadProject(m_path).project.title, QStringLiteral("mine"));
        // Saved by us: no question the next time.
        QVERIFY(edit::setTitle(doc, QStringLiteral("mine again")));
        QVERIFY(window.fileActions()->save());
        window.fileActions()->releaseFile();
    }

    // The old check (size and time) missed a file swapped for one of the same
    // size and time; the store's identity check does not. Reload takes theirs.
    void replacedLookalikeIsNoticedAndReloaded()
    {
        QVERIFY(store::saveProjectAs(test::smallProject(), m_path).ok);
        ProjectDocument doc;
        MainWindow window(&doc);
        QVERIFY(window.fileActions()->openFile(m_path));
        QVERIFY(edit::setTitle(doc, QStringLiteral("mine")));
        Project theirs = test::smallProject();
        theirs.title = QStringLiteral("测试乡"); // same length in bytes
        replaceWithLookalike(m_path, theirs);
        const QByteArray theirBytes = bytesOf(m_path);

        QString message;
        QTimer::singleShot(0, this, [&message] {
            answer(QStringLiteral("Reload"), &message, QStringLiteral("file-changed-en.png"));
        });
        QVERIFY(!window.fileActions()->save());
        QVERIFY2(message.contains(QLatin1String("replaced by another file")), qPrintable(message));
        QCOMPARE(bytesOf(m_path), theirBytes);
        QCOMPARE(doc.project().title, QStringLiteral("测试乡"));
        QVERIFY(!doc.isModified());
        window.fileActions()->releaseFile();
    }

    void saveAsKeepsBoth()
    {
        QVERIFY(store::saveProjectAs(test::smallProject(), m_path).ok);
        ProjectDocument doc;
        MainWindow window(&doc);
        QVERIFY(window.fileActions()->openFile(m_path));
        QVERIFY(edit::setTitle(doc, QStringLiteral("mine")));
        Project theirs = test::smallProject();
        theirs.title = QStringLiteral("theirs");
        QVERIFY(store::saveProject(theirs, m_path).ok); // in place: same inode

        // Save As... in the question opens the file dialog; the test closes it:
        // nothing saved anywhere, their file kept, my changes still unsaved.
        QTimer::singleShot(0, this, [] { answer(QStringLiteral("Save As")); });
        const auto closeDialogs = [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->inherits("QFileDialog") && w->isVisible())
                    w->close();
        };
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, closeDialogs);
        poll.start(20);
        QVERIFY(!window.fileActions()->save());
        QCOMPARE(store::loadProject(m_path).project.title, QStringLiteral("theirs"));
        QVERIFY(doc.isModified());
        window.fileActions()->releaseFile();
    }

    // One lock for the GUI and the command line: while the window has the file
    // open, a countycare-cli import waits and then exits 1 naming who has it.
    void commandLineWaitsForTheWindow()
    {
        QVERIFY(store::saveProjectAs(test::smallProject(), m_path).ok);
        ProjectDocument doc;
        MainWindow window(&doc);
        QVERIFY(window.fileActions()->openFile(m_path));
        const QString csv = m_dir.filePath(QStringLiteral("one.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,township,population,lon,lat\n一村,城关镇,100,118.1,26.1\n");
        f.close();
        const QStringList args{QStringLiteral("import"),  m_path,
                               QStringLiteral("--layer"), QStringLiteral("settlements"),
                               QStringLiteral("--from"),  csv,
                               QStringLiteral("--wait"),  QStringLiteral("0.5")};
        const CliRun blocked = runCli(args);
        QCOMPARE(blocked.exitCode, 1);
        QVERIFY2(blocked.err.contains(
                     QStringLiteral("(process %1 on ").arg(QCoreApplication::applicationPid())),
                 qPrintable(blocked.err));
        window.fileActions()->releaseFile();
        const CliRun free = runCli(args);
        QVERIFY2(free.exitCode == 0, qPrintable(free.err));
    }

    // The question in Chinese (and a picture of it for the README when asked).
    void questionIsTranslated()
    {
        QVERIFY(language::apply(QStringLiteral("zh_CN")));
        QVERIFY(store::saveProjectAs(test::smallProject(), m_path).ok);
        ProjectDocument doc;
        MainWindow window(&doc);
        QVERIFY(window.fileActions()->openFile(m_path));
        QVERIFY(edit::setTitle(doc, QStringLiteral("mine")));
        Project theirs = test::smallProject();
        theirs.title = QStringLiteral("测试乡");
        replaceWithLookalike(m_path, theirs);
        QString message;
        QTimer::singleShot(0, this, [&message] {
            answer(QStringLiteral("取消"), &message, QStringLiteral("file-changed-zh.png"));
        });
        QVERIFY(!window.fileActions()->save());
        QVERIFY2(message.contains(QStringLiteral("另一个文件替换")), qPrintable(message));
        window.fileActions()->releaseFile();
        QVERIFY(language::apply(QStringLiteral("en")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestConcurrent)
#include "tst_app_concurrent.moc"
