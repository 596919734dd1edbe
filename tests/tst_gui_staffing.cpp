// The staffing board: a staff member dropped on a township row becomes a
// posting through the dialog (one undo step); dragging a bar's end changes its
// months (one undo step) or, when a rule refuses it, leaves the project as it
// was; the problems panel jumps to the cause; the roster filters.
#include "models/domain/projectdocument.h"
#include "models/staffing/staffingrules.h"
#include "tests/testproject.h"
#include "widgets/staffing/monthspinbox.h"
#include "widgets/staffing/needview.h"
#include "widgets/staffing/plannerdialog.h"
#include "widgets/staffing/rostermodel.h"
#include "widgets/staffing/staffingboard.h"
#include "widgets/staffing/staffingdialogs.h"
#include "widgets/staffing/timelineview.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace cc;

namespace {

Project boardProject()
{
    Project p = test::smallProject();
    p.settings[SettingKey::StaffingMinTownshipPosts] = 1.0;
    p.settings[SettingKey::StaffingGpPer10k] = 0.0;
    StaffMember c;
    c.id = 3;
    c.name = QStringLiteral("张强");
    c.role = StaffRole::GeneralPractitioner;
    c.title = StaffTitle::Senior;
    c.homeFacilityId = 1;
    p.staff.insert(c.id, c);
    return p;
}

// Runs `fn` on the next modal dialog of type T once it is open.
template <typename T, typename Fn> void whenModal(Fn fn)
{
    QTimer::singleShot(0, [fn] {
        for (int i = 0; i < 200; ++i) {
            if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget())) {
                fn(d);
                return;
            }
            QTest::qWait(10);
        }
    });
}

} // namespace

class TestGuiStaffing : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc.reset(boardProject(), QString());
        m_board = new StaffingBoard(&m_doc, nullptr);
        m_board->resize(1400, 800);
        m_board->show();
        m_board->showTab(StaffingBoard::PostingsTab);
        QVERIFY(QTest::qWaitForWindowExposed(m_board));
    }
    void cleanup() { delete m_board; }

    void dropStaffOnTownshipCreatesPosting()
    {
        TimelineView *timeline = m_board->timeline();
        const QRect row = timeline->facilityRowRect(2);
        QVERIFY(row.isValid());
        const QPoint at(timeline->xOfMonth(3) + 2, row.center().y());
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(kStaffMimeType), "3");

        whenModal<PostingDialog>([](PostingDialog *d) {
            auto spins = d->findChildren<QSpinBox *>();
            QCOMPARE(spins.size(), 2);
            QCOMPARE(spins[0]->value(), 3); // dropped on month index 3...
            // ...shown as the calendar month of a project starting in 2025-01.
            QCOMPARE(spins[0]->text(), QStringLiteral("2025-04"));
            spins[1]->setValue(8); // 8 months
            d->findChild<QDoubleSpinBox *>()->setValue(0.5);
            d->accept();
        });
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &move);
        QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &drop);
        delete mime;

        QCOMPARE(m_doc.undoStack()->count(), 1);
        const Posting p = m_doc.project().postings.last();
        QCOMPARE(p.staffId, EntityId(3));
        QCOMPARE(p.facilityId, EntityId(2));
        QCOMPARE(p.startMonth, 3);
        QCOMPARE(p.endMonth, 11);
        QCOMPARE(p.fte, 0.5);
        QCOMPARE(p.scenarioId, EntityId(0)); // the baseline is shown: every scenario
        QTRY_VERIFY(m_board->timeline()->barRect(p.id).isValid());
        m_doc.undoStack()->undo();
        QCOMPARE(m_doc.project(), boardProject());
    }

    // Months are chosen as calendar months; the value stays the 0-based index.
    void monthBoxShowsCalendarMonths()
    {
        Project p = boardProject();
        p.settings[SettingKey::StartYear] = 2025;
        p.settings[SettingKey::StartMonth] = 5;
        p.settings[SettingKey::HorizonMonths] = 24;
        MonthSpinBox box(p, nullptr);
        QCOMPARE(box.minimum(), 0);
        QCOMPARE(box.maximum(), 23);
        QCOMPARE(box.text(), QStringLiteral("2025-05"));
        box.setValue(8);
        QCOMPARE(box.text(), QStringLiteral("2026-01"));
        box.stepUp();
        QCOMPARE(box.text(), QStringLiteral("2026-02"));
        // Typed: with or without the leading zero; outside the horizon it is refused.
        box.selectAll();
        QTest::keyClicks(&box, QStringLiteral("2025-9"));
        box.interpretText();
        QCOMPARE(box.value(), 4);
        box.selectAll();
        QTest::keyClicks(&box, QStringLiteral("2030-01"));
        box.interpretText();
        QCOMPARE(box.value(), 4);
    }

    void dragBarEndChangesMonths()
    {
        QTest::qWait(0); // the board's refresh
        TimelineView *timeline = m_board->timeline();
        // Staff 1's weekly clinic at the township centre, months 0-12 (every scenario).
        const QRect bar = timeline->barRect(1);
        QVERIFY(bar.isValid());
        const QPoint end(bar.right(), bar.center().y());
        QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, end);
        QTest::mouseMove(timeline, QPoint(timeline->xOfMonth(9), end.y()));
        QTest::mouseRelease(timeline, Qt::LeftButton, Qt::NoModifier,
                            QPoint(timeline->xOfMonth(9), end.y()));
        QCOMPARE(m_doc.undoStack()->count(), 1);
        QCOMPARE(m_doc.project().postings.value(1).endMonth, 9);
        QCOMPARE(m_doc.project().postings.value(1).startMonth, 0);
        QTest::qWait(0);
        QCOMPARE(timeline->barRect(1).x() + timeline->barRect(1).width(), timeline->xOfMonth(9));

        // Start edge too: one more undo step.
        const QRect moved = timeline->barRect(1);
        QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier,
                          QPoint(moved.left(), moved.center().y()));
        QTest::mouseMove(timeline, QPoint(timeline->xOfMonth(2), moved.center().y()));
        QTest::mouseRelease(timeline, Qt::LeftButton, Qt::NoModifier,
                            QPoint(timeline->xOfMonth(2), moved.center().y()));
        QCOMPARE(m_doc.undoStack()->count(), 2);
        QCOMPARE(m_doc.project().postings.value(1).startMonth, 2);
        m_doc.undoStack()->undo();
        m_doc.undoStack()->undo();
        QCOMPARE(m_doc.project(), boardProject());
    }

    void refusedDragLeavesProjectUnchanged()
    {
        QTest::qWait(0);
        TimelineView *timeline = m_board->timeline();
        // Stretching staff 1's 0.2 clinic into months 12-14 overlaps their full-time
        // rotation of the reform scenario: 1.2 FTE, refused by default.
        const QRect bar = timeline->barRect(1);
        QString message;
        whenModal<QMessageBox>([&message](QMessageBox *box) {
            message = box->text();
            box->accept();
        });
        QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier,
                          QPoint(bar.right(), bar.center().y()));
        QTest::mouseMove(timeline, QPoint(timeline->xOfMonth(14), bar.center().y()));
        QTest::mouseRelease(timeline, Qt::LeftButton, Qt::NoModifier,
                            QPoint(timeline->xOfMonth(14), bar.center().y()));
        QVERIFY2(message.contains(staffing::ruleName(staffing::Rule::FtePerPerson)),
                 qPrintable(message));
        QCOMPARE(m_doc.undoStack()->count(), 0);
        QCOMPARE(m_doc.project(), boardProject());
        QTest::qWait(0);
        QCOMPARE(timeline->barRect(1).x() + timeline->barRect(1).width(),
                 timeline->xOfMonth(12)); // the bar is back in place
    }

    void problemsJumpToTheCause()
    {
        // A 3-month posting to the township centre: warned, listed, and the
        // problem selects the posting's bar.
        QVERIFY(m_board->createPosting(3, 2, 20, false));
        Posting p = m_doc.project().postings.last();
        p.endMonth = 23;
        QVERIFY(m_board->changePosting(p));
        QTest::qWait(0);
        QTreeWidget *problems = m_board->problems();
        int row = -1;
        for (int i = 0; i < m_board->violations().size(); ++i)
            if (m_board->violations()[i].rule == staffing::Rule::MinPostingMonths)
                row = i;
        QVERIFY(row >= 0);
        QCOMPARE(problems->topLevelItemCount(), m_board->violations().size());
        m_board->timeline()->selectPosting(0);
        emit problems->itemActivated(problems->topLevelItem(row), 0);
        QCOMPARE(m_board->timeline()->selectedPosting(), p.id);
    }

    void rosterSearchAndRoleFilter()
    {
        QSortFilterProxyModel *proxy = m_board->rosterProxy();
        QCOMPARE(proxy->rowCount(), 3);
        m_board->rosterSearch()->setText(QStringLiteral("张"));
        QCOMPARE(proxy->rowCount(), 1);
        m_board->rosterSearch()->setText(QStringLiteral("青石镇"));
        QCOMPARE(proxy->rowCount(), 1); // 李华 works at 青石镇卫生院
        m_board->rosterSearch()->clear();
        proxy->sort(RosterModel::Name, Qt::DescendingOrder);
        QCOMPARE(proxy->rowCount(), 3);
    }

    void plannerDialogAcceptsAsOneStep()
    {
        // Two alliance GPs at the county hospital, plenty of nurses to cover its need.
        Project p = boardProject();
        for (EntityId id = 20; id < 222; ++id) {
            StaffMember m;
            m.id = id;
            m.name = QStringLiteral("护士%1").arg(id);
            m.role = id < 22 ? StaffRole::GeneralPractitioner : StaffRole::Nurse;
            m.title = StaffTitle::Intermediate;
            m.homeFacilityId = 1;
            p.staff.insert(id, m);
        }
        m_doc.reset(p, QString());
        PlannerDialog dialog(&m_doc, 1);
        QSignalSpy done(&dialog, &PlannerDialog::finishedRun);
        dialog.run();
        QVERIFY(done.wait(20000));
        QVERIFY(!dialog.result().proposals.isEmpty());
        QCOMPARE(dialog.proposals()->topLevelItemCount(), dialog.result().proposals.size());
        const int before = m_doc.project().postings.size();
        QVERIFY(dialog.accept(true));
        QCOMPARE(m_doc.undoStack()->count(), 1);
        QCOMPARE(m_doc.project().postings.size(), before + dialog.result().proposals.size());
        m_doc.undoStack()->undo();
        QCOMPARE(m_doc.project(), p);
    }

private:
    ProjectDocument m_doc;
    StaffingBoard *m_board = nullptr;
};

QTEST_MAIN(TestGuiStaffing)
#include "tst_gui_staffing.moc"
