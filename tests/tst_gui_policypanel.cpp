// The policy panel: a slider drag with the mouse is one undo step; every
// parameter has a tooltip naming its source; policy changes are added and
// removed from the panel; each value says which change sets it, an edit
// applies as chosen, a later change's value can be cleared; the timeline,
// the chart markers and the report name only what a change really changes.
// The parameters sit in collapsible groups with a search box; the panel fits
// a laptop's dock and is usable from the keyboard.
#include "models/domain/projectdocument.h"
#include "models/edit/policyedits.h"
#include "tests/testproject.h"
#include "widgets/charts/chartmarkers.h"
#include "widgets/charts/reporttables.h"
#include "widgets/policy/parametereditor.h"
#include "widgets/policy/parametersection.h"
#include "widgets/policy/policychanges.h"
#include "widgets/policy/policypanel.h"
#include "widgets/policy/policytimeline.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>
#include <QToolButton>

using namespace cc;

class TestPolicyPanel : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc = new ProjectDocument;
        m_doc->reset(test::smallProject(), QString());
        m_panel = new PolicyPanel(m_doc);
        m_panel->resize(520, 900);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
        // The groups start closed but the first; these tests work on every one.
        m_panel->setAllGroupsExpanded(true);
    }
    void cleanup()
    {
        delete m_panel;
        delete m_doc;
    }

    void sliderDragIsOneUndoStep()
    {
        m_panel->selectScenario(2);
        m_panel->selectEntry(1);
        ParameterEditor *editor = m_panel->editor(PolicyKey::InpatientRatioTownship);
        QVERIFY(editor && editor->slider());
        QSlider *slider = editor->slider();
        slider->scroll(0, 0);
        QVERIFY(QTest::qWaitForWindowExposed(slider->window()));
        // Press on the handle, drag right in steps, release.
        QStyleOptionSlider opt;
        opt.initFrom(slider);
        opt.orientation = slider->orientation();
        opt.minimum = slider->minimum();
        opt.maximum = slider->maximum();
        opt.sliderPosition = slider->value();
        opt.sliderValue = slider->value();
        const QRect handle = slider->style()->subControlRect(QStyle::CC_Slider, &opt,
                                                             QStyle::SC_SliderHandle, slider);
        const double before = m_doc->project().policyAt(2, 12)[PolicyKey::InpatientRatioTownship];
        QPoint at = handle.center();
        QTest::mousePress(slider, Qt::LeftButton, {}, at);
        for (int i = 0; i < 6; ++i) {
            at += QPoint(-8, 0);
            QTest::mouseMove(slider, at);
        }
        QTest::mouseRelease(slider, Qt::LeftButton, {}, at);
        const double after = m_doc->project().policyAt(2, 12)[PolicyKey::InpatientRatioTownship];
        QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        // The month-0 policy and the baseline did not move.
        QCOMPARE(m_doc->project().policyAt(2, 0)[PolicyKey::InpatientRatioTownship], 0.90);
        QCOMPARE(m_doc->project().policyAt(1, 12)[PolicyKey::InpatientRatioTownship], 0.90);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->project().policyAt(2, 12)[PolicyKey::InpatientRatioTownship], before);
        QCOMPARE(editor->value(), before); // the panel follows undo
    }

    void everyParameterExplainsItselfAndItsSource()
    {
        for (int k = 0; k < kPolicyKeyCount; ++k) {
            const ParameterEditor *editor = m_panel->editor(static_cast<PolicyKey>(k));
            QVERIFY(editor);
            const QString tip = editor->toolTip();
            QVERIFY2(tip.contains(QLatin1String("Source:")),
                     policySpec(static_cast<PolicyKey>(k)).key);
            QVERIFY(tip.contains(QString::fromUtf8(policySpec(static_cast<PolicyKey>(k)).source)));
        }
    }

    void switchesAndSpinBoxesEdit()
    {
        m_panel->selectScenario(1);
        ParameterEditor *budget = m_panel->editor(PolicyKey::GlobalBudgetOn);
        auto *check = budget->findChild<QAbstractButton *>();
        QVERIFY(check);
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(m_doc->project().policyAt(1, 0)[PolicyKey::GlobalBudgetOn], 1.0);
        m_doc->undoStack()->undo();
        QCOMPARE(budget->value(), 0.0);
    }

    void eachValueSaysWhichChangeSetsIt()
    {
        m_panel->selectScenario(2);
        m_panel->selectEntry(1);
        // Calendar months, never month indices.
        auto *entries = m_panel->findChild<QComboBox *>(QStringLiteral("policyChange"));
        QVERIFY(entries->itemText(0).startsWith(QStringLiteral("2025-01")));
        QVERIFY(entries->itemText(1).startsWith(QStringLiteral("2026-01")));
        QCOMPARE(m_panel->originText(PolicyKey::GlobalBudgetOn),
                 QStringLiteral("Set in the 2026-01 change"));
        QCOMPARE(m_panel->originText(PolicyKey::NoReferralCut),
                 QStringLiteral("Inherited from the 2025-01 change"));
        QVERIFY(m_panel->inheritButton(PolicyKey::GlobalBudgetOn)->isVisible());
        QVERIFY(!m_panel->inheritButton(PolicyKey::NoReferralCut)->isVisible());
        // The value shown is the one in force from the change on.
        QCOMPARE(m_panel->editor(PolicyKey::NoReferralCut)->value(),
                 m_doc->project().policyAt(2, 12)[PolicyKey::NoReferralCut]);

        // Clearing: the change inherits the earlier value, one undo step.
        m_panel->inheritButton(PolicyKey::InpatientRatioTownship)->click();
        QCOMPARE(m_doc->project().policyAt(2, 12)[PolicyKey::InpatientRatioTownship],
                 m_doc->project().policyAt(2, 0)[PolicyKey::InpatientRatioTownship]);
        QCOMPARE(m_panel->originText(PolicyKey::InpatientRatioTownship),
                 QStringLiteral("Inherited from the 2025-01 change"));
        QCOMPARE(m_panel->editor(PolicyKey::InpatientRatioTownship)->value(), 0.90);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_panel->editor(PolicyKey::InpatientRatioTownship)->value(), 0.95);

        // The month-0 change sets everything: nothing to clear.
        m_panel->selectEntry(0);
        QVERIFY(!m_panel->inheritButton(PolicyKey::GlobalBudgetOn)->isVisible());
    }

    void anEditAppliesAsChosen()
    {
        QVERIFY(edit::addPolicyChange(*m_doc, 2, 24));
        m_panel->selectScenario(2);
        m_panel->selectEntry(1);
        const double old = m_doc->project().policyAt(2, 12)[PolicyKey::NoReferralCut];
        QSlider *slider = m_panel->editor(PolicyKey::NoReferralCut)->slider();
        // Only in this change: from 2027-01 on the cut is what it was.
        m_panel->setEditScope(edit::PolicyEditScope::OnlyThisEntry);
        slider->setValue(300);
        QCOMPARE(m_doc->project().policyAt(2, 12)[PolicyKey::NoReferralCut], 0.3);
        QCOMPARE(m_doc->project().policyAt(2, 24)[PolicyKey::NoReferralCut], old);
        m_doc->undoStack()->undo();
        // From this month on: the value carries on to the end.
        m_panel->setEditScope(edit::PolicyEditScope::FromHereOn);
        m_panel->selectEntry(0);
        m_panel->editor(PolicyKey::InpatientRatioTownship)->slider()->setValue(800);
        QCOMPARE(m_doc->project().policyAt(2, 40)[PolicyKey::InpatientRatioTownship], 0.8);
        QVERIFY(!m_doc->project().scenarios.value(2).schedule[1].changes.sets(
            PolicyKey::InpatientRatioTownship));
    }

    void timelineMarkersAndReportNameOnlyRealChanges()
    {
        // The reform's 2026-01 change restates the no-referral cut at the
        // value in force; the month-0 change raises it to 51%.
        QVERIFY(edit::setPolicyValue(*m_doc, 2, 1, PolicyKey::NoReferralCut,
                                     m_doc->project().policyAt(2, 0)[PolicyKey::NoReferralCut]));
        QVERIFY(edit::setPolicyValue(*m_doc, 2, 0, PolicyKey::DrgOn, 1));
        const QString cut = QCoreApplication::translate("cc::Parameters",
                                                        policySpec(PolicyKey::NoReferralCut).label);
        const QString budget = QCoreApplication::translate(
            "cc::Parameters", policySpec(PolicyKey::GlobalBudgetOn).label);
        const QString drg =
            QCoreApplication::translate("cc::Parameters", policySpec(PolicyKey::DrgOn).label);
        const Scenario s = m_doc->project().scenarios.value(2);
        const QStringList lines = describeEntryChanges(s, 1, QLocale::c());
        QCOMPARE(lines.size(), 2); // the township ratio and the budget switch
        QVERIFY(lines.join(QLatin1Char('\n')).contains(budget));
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(cut));
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(drg));

        PolicyTimeline timeline(m_doc);
        timeline.setScenario(2);
        const QString tip = timeline.toolTipFor(1);
        QVERIFY(tip.contains(budget));
        QVERIFY2(!tip.contains(cut) && !tip.contains(drg), qPrintable(tip));
        QVERIFY(!tip.contains(QLatin1String("month 12")));

        Scenario unnamed = s;
        unnamed.schedule[1].note.clear();
        const QString label = policyEntryLabel(unnamed, 1, 200, QLocale::c());
        QVERIFY(label.contains(budget) && !label.contains(cut) && !label.contains(drg));

        // The report: DRG switched on and the referred share raised at month 0
        // hold on past 2026-01, which does not set them.
        QVERIFY(edit::setPolicyValue(*m_doc, 2, 0, PolicyKey::ReferralShare, 0.51));
        const QString referral = QCoreApplication::translate(
            "cc::Parameters", policySpec(PolicyKey::ReferralShare).label);
        const charts::ReportTable table =
            charts::parameterTable(m_doc->project(), 2, 0, 60, QLocale::c());
        int seen = 0;
        for (const QStringList &row : table.rows) {
            if (row.value(0) != referral && row.value(0) != drg)
                continue;
            ++seen;
            QVERIFY2(!row.value(1).contains(QChar(0x2192)), qPrintable(row.value(1)));
            if (row.value(0) == referral)
                QVERIFY2(row.value(1).contains(QLatin1String("51")), qPrintable(row.value(1)));
        }
        QCOMPARE(seen, 2);
    }

    void groupsOpenCloseAndShowTheirHeadings()
    {
        PolicyPanel fresh(m_doc);
        fresh.resize(360, 560); // a right dock at 1366 x 768
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QVERIFY(fresh.groupCount() >= 5);
        // Only the first group is open at the start, so every heading is in view.
        QVERIFY(fresh.group(0)->isExpanded());
        auto *scroll = fresh.findChild<QScrollArea *>(QStringLiteral("parameterScroll"));
        QVERIFY(scroll);
        for (int i = 0; i < fresh.groupCount(); ++i) {
            ParameterSection *g = fresh.group(i);
            QCOMPARE(g->isExpanded(), i == 0);
            QVERIFY(g->heading()->isVisible());
            const QPoint bottom =
                g->heading()->mapTo(scroll->viewport(), g->heading()->rect().bottomLeft());
            QVERIFY2(bottom.y() <= scroll->viewport()->height(), qPrintable(g->title()));
        }
        QVERIFY(fresh.isParameterShown(PolicyKey::InsuredShare));
        QVERIFY(!fresh.isParameterShown(PolicyKey::GlobalBudgetOn));
        QVERIFY(!fresh.editor(PolicyKey::GlobalBudgetOn)->isVisible());
        // Open and close with the mouse.
        ParameterSection *budget = fresh.group(2);
        QTest::mouseClick(budget->heading(), Qt::LeftButton);
        QVERIFY(budget->isExpanded());
        QVERIFY(fresh.isParameterShown(PolicyKey::GlobalBudgetOn));
        QVERIFY(fresh.editor(PolicyKey::GlobalBudgetOn)->isVisible());
        QTest::mouseClick(budget->heading(), Qt::LeftButton);
        QVERIFY(!budget->isExpanded());
        // A closed group says whether the change shown sets any of its values.
        fresh.selectScenario(2);
        fresh.selectEntry(1);
        QVERIFY2(budget->heading()->text().contains(QLatin1String("set in this change")),
                 qPrintable(budget->heading()->text()));
        QVERIFY(!fresh.group(0)->heading()->text().contains(QLatin1String("set in this change")));
        // revealParameter opens the group and scrolls to the row.
        fresh.revealParameter(PolicyKey::CapitationOn);
        QVERIFY(fresh.isParameterShown(PolicyKey::CapitationOn));
        QTRY_VERIFY(!fresh.editor(PolicyKey::CapitationOn)->visibleRegion().isEmpty());
    }

    void searchFindsByNameKeyAndSource()
    {
        auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("parameterFilter"));
        QVERIFY(filter);
        m_panel->setAllGroupsExpanded(false);
        m_panel->group(1)->setExpanded(true); // the user's choice, given back after a search
        // By name, in the language shown.
        QTest::keyClicks(filter, QStringLiteral("provincial"));
        QVERIFY(m_panel->isParameterShown(PolicyKey::InpatientRatioProvince));
        QVERIFY(m_panel->isParameterShown(PolicyKey::OutpatientDeductibleProvince));
        QVERIFY(!m_panel->isParameterShown(PolicyKey::InpatientRatioTownship));
        QVERIFY(!m_panel->isParameterShown(PolicyKey::GlobalBudgetOn));
        QVERIFY(m_panel->group(0)->isHidden()); // no match in the revenue group
        // By storage key.
        m_panel->setFilterText(QStringLiteral("budget.surplus"));
        QVERIFY(m_panel->isParameterShown(PolicyKey::SurplusRetention));
        QVERIFY(!m_panel->isParameterShown(PolicyKey::GlobalBudgetOn));
        QVERIFY(!m_panel->isParameterShown(PolicyKey::InpatientRatioProvince));
        // By source.
        m_panel->setFilterText(QStringLiteral("Yinzhou"));
        int shown = 0;
        for (int k = 0; k < kPolicyKeyCount; ++k) {
            const auto key = static_cast<PolicyKey>(k);
            const bool fromYinzhou =
                QString::fromUtf8(policySpec(key).source).contains(QLatin1String("Yinzhou"));
            QCOMPARE(m_panel->isParameterShown(key), fromYinzhou);
            shown += fromYinzhou;
        }
        QVERIFY(shown > 0);
        // Nothing matches: a line says so.
        m_panel->setFilterText(QStringLiteral("no such parameter"));
        auto *none = m_panel->findChild<QLabel *>(QStringLiteral("noMatch"));
        QVERIFY(none && none->isVisible());
        // Cleared: the groups the user had open, and only those.
        filter->clear();
        QVERIFY(!none->isVisible());
        for (int i = 0; i < m_panel->groupCount(); ++i) {
            QVERIFY(!m_panel->group(i)->isHidden());
            QCOMPARE(m_panel->group(i)->isExpanded(), i == 1);
        }
        QVERIFY(m_panel->isParameterShown(PolicyKey::InpatientRatioTownship));
        QVERIFY(!m_panel->isParameterShown(PolicyKey::InsuredShare));
    }

    void keyboardFindsOpensAndEdits()
    {
        m_panel->setAllGroupsExpanded(false);
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel));
        // Ctrl+F goes to the search box; Enter to the first parameter found.
        m_panel->setFocus();
        QTest::keyClick(m_panel, Qt::Key_F, Qt::ControlModifier);
        auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("parameterFilter"));
        QTRY_COMPARE(QApplication::focusWidget(), filter);
        QTest::keyClicks(filter, QStringLiteral("capitation.on"));
        QTest::keyClick(filter, Qt::Key_Return);
        ParameterEditor *capitation = m_panel->editor(PolicyKey::CapitationOn);
        QVERIFY(m_panel->isParameterShown(PolicyKey::CapitationOn));
        QVERIFY(QApplication::focusWidget() == capitation ||
                capitation->isAncestorOf(QApplication::focusWidget()));
        // Space on the focused switch edits it: one undo step.
        m_panel->selectScenario(1);
        capitation->setFocus();
        QWidget *check = QApplication::focusWidget();
        QVERIFY(check && capitation->isAncestorOf(check));
        QTest::keyClick(check, Qt::Key_Space);
        QCOMPARE(m_doc->project().policyAt(1, 0)[PolicyKey::CapitationOn], 1.0);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        filter->clear();
        // A heading opens with Right and closes with Left; Tab reaches it.
        ParameterSection *budget = m_panel->group(2);
        budget->heading()->setFocus();
        QTest::keyClick(budget->heading(), Qt::Key_Right);
        QVERIFY(budget->isExpanded());
        QTest::keyClick(budget->heading(), Qt::Key_Left);
        QVERIFY(!budget->isExpanded());
        QTest::keyClick(budget->heading(), Qt::Key_Space);
        QVERIFY(budget->isExpanded());
    }

    // The right dock of a 1366-pixel screen: the panel does not ask for more
    // width than such a dock has, and the scope choices are read whole.
    void fitsALaptopDockInEnglish()
    {
        QVERIFY2(m_panel->minimumSizeHint().width() <= 340,
                 qPrintable(QString::number(m_panel->minimumSizeHint().width())));
        m_panel->resize(340, 700);
        QCoreApplication::processEvents();
        auto *scope = m_panel->findChild<QComboBox *>(QStringLiteral("editScope"));
        QVERIFY(scope);
        // The combo sizes itself to its longest choice: it has that width.
        QVERIFY2(scope->width() >= scope->sizeHint().width(),
                 qPrintable(
                     QStringLiteral("%1 < %2").arg(scope->width()).arg(scope->sizeHint().width())));
        const QFontMetrics fm(scope->font());
        for (int i = 0; i < scope->count(); ++i)
            QVERIFY(fm.horizontalAdvance(scope->itemText(i)) < scope->width());
        QVERIFY(scope->geometry().right() <= m_panel->width());
    }

private:
    ProjectDocument *m_doc = nullptr;
    PolicyPanel *m_panel = nullptr;
};

QTEST_MAIN(TestPolicyPanel)
#include "tst_gui_policypanel.moc"
