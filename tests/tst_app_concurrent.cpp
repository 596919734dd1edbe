// Two instances on one file: the second is warned and may open read-only; a
// file changed on disk by another program is noticed before saving over it.
#include "app/gui/fileactions.h"
#include "app/gui/fileguard.h"
#include "app/gui/mainwindow.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "models/store/projectstore.h"
#include "tests/testproject.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cc;

namespace {
// Clicks the button whose text contains `text` on the next message box shown.
void answer(const QString &text, QString *message = nullptr)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (!box || !box->isVisible())
            continue;
        if (message)
            *message = box->text();
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(QLatin1Char('&')).contains(text)) {
                b->click();
                return;
            }
    }
    QTimer::singleShot(20, [text, message] { answer(text, message); });
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

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestConcurrent)
#include "tst_app_concurrent.moc"
