// Autosave and recovery: a recovery copy is written while changes are unsaved,
// removed on save and on a clean exit, and offered (with what differs) when
// the project is opened again after a crash.
#include "app/gui/autosaver.h"
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "models/store/projectstore.h"
#include "models/store/recovery.h"
#include "tests/testproject.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cc;

class TestAutosave : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CountyCareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_autosave"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("county.ccplan"));
        QVERIFY(store::saveProjectAs(test::smallProject(), m_path).ok);
    }

    void recoveryCopyFollowsUnsavedChanges()
    {
        ProjectDocument doc;
        MainWindow window(&doc);
        QVERIFY(window.fileActions()->openFile(m_path));
        const QString recovery = window.autosaver()->recoveryPath();
        QVERIFY(recovery.startsWith(m_dir.path()));
        QVERIFY(!QFile::exists(recovery));

        QVERIFY(edit::setTitle(doc, QStringLiteral("未保存的标题")));
        QVERIFY(window.autosaver()->autosaveNow());
        QVERIFY(QFile::exists(recovery));
        QCOMPARE(store::loadRecoveryFile(recovery).project.title, QStringLiteral("未保存的标题"));

        QVERIFY(window.fileActions()->save());
        QVERIFY2(!QFile::exists(recovery), "a save makes the recovery copy stale");
    }

    void crashThenRestore()
    {
        // Session 1 edits and autosaves, then "crashes" (never closes).
        {
            ProjectDocument doc;
            MainWindow window(&doc);
            QVERIFY(window.fileActions()->openFile(m_path));
            QVERIFY(edit::remove<Settlement>(doc, 3));
            QVERIFY(window.autosaver()->autosaveNow());
            QVERIFY(QFile::exists(window.autosaver()->recoveryPath()));
        }
        // Session 2 opens the file: the copy is offered with what differs.
        ProjectDocument doc;
        MainWindow window(&doc);
        QString offered;
        QTimer::singleShot(0, this, [&offered] { answer(QStringLiteral("Restore"), &offered); });
        QVERIFY(window.fileActions()->openFile(m_path));
        QVERIFY2(offered.contains(QLatin1String("Settlements")), qPrintable(offered));
        QVERIFY(!doc.project().settlements.contains(3));
        QVERIFY(doc.isModified());
        doc.undoStack()->undo(); // the restore itself is one undo step
        QVERIFY(doc.project().settlements.contains(3));
        window.autosaver()->discardRecovery();
    }

    void discardRemovesCopy()
    {
        {
            ProjectDocument doc;
            MainWindow window(&doc);
            QVERIFY(window.fileActions()->openFile(m_path));
            QVERIFY(edit::setTitle(doc, QStringLiteral("丢弃")));
            QVERIFY(window.autosaver()->autosaveNow());
        }
        ProjectDocument doc;
        MainWindow window(&doc);
        QTimer::singleShot(0, this, [] { answer(QStringLiteral("Discard"), nullptr); });
        QVERIFY(window.fileActions()->openFile(m_path));
        QVERIFY(doc.project().title != QStringLiteral("丢弃"));
        QVERIFY(!QFile::exists(window.autosaver()->recoveryPath()));
    }

private:
    // Presses the button with `text` on the recovery question once it shows.
    static void answer(const QString &text, QString *informative)
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            if (informative)
                *informative = box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == text) {
                    b->click();
                    return;
                }
        }
        QTimer::singleShot(20, [text, informative] { answer(text, informative); });
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestAutosave)
#include "tst_app_autosave.moc"
