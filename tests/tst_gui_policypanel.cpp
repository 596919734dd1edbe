// The policy panel: a slider drag with the mouse is one undo step; every
// parameter has a tooltip naming its source; policy changes are added and
// removed from the panel.
#include "models/domain/projectdocument.h"
#include "tests/testproject.h"
#include "widgets/policy/parametereditor.h"
#include "widgets/policy/policypanel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>

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

private:
    ProjectDocument *m_doc = nullptr;
    PolicyPanel *m_panel = nullptr;
};

QTEST_MAIN(TestPolicyPanel)
#include "tst_gui_policypanel.moc"
