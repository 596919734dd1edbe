// The analysis dialogs on a small project: Run fills the tornado and the band
// charts without freezing the window, the uncertainty ranges are one undo step
// in the project, Cancel leaves no result claimed. With
// COUNTYCARE_ANALYSIS_SHOTS=<dir> the dialogs are also saved as PNGs.
#include "models/analysis/backgroundrun.h"
#include "models/domain/projectdocument.h"
#include "tests/testproject.h"
#include "widgets/analysis/sensitivitydialog.h"
#include "widgets/analysis/uncertaintydialog.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace cc;
using namespace cc::analysisui;

namespace {

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("COUNTYCARE_ANALYSIS_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

bool waitFor(analysis::BackgroundRun *runner)
{
    QSignalSpy spy(runner, &analysis::BackgroundRun::finished);
    return spy.count() > 0 || spy.wait(60000);
}

} // namespace

class TestGuiAnalysis : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc = new ProjectDocument;
        m_doc->reset(test::smallProject(), QString());
    }
    void cleanup() { delete m_doc; }

    void tornadoDrawsOneRowPerLever()
    {
        SensitivityDialog dialog(m_doc, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.indicatorBox()->setCurrentIndex(
            dialog.indicatorBox()->findData(static_cast<int>(analysis::Indicator::InCountyRate)));
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(!dialog.runButton()->isEnabled());
        QVERIFY(dialog.cancelButton()->isEnabled());
        QVERIFY(waitFor(dialog.runner()));
        QVERIFY(dialog.result().completed);
        QVERIFY(dialog.runButton()->isEnabled());
        const int rows = std::min<int>(15, static_cast<int>(dialog.result().entries.size()));
        QVERIFY(rows > 5);
        QCOMPARE(dialog.plot()->plottableCount(), 2);
        auto *low = qobject_cast<QCPBars *>(dialog.plot()->plottable(0));
        QVERIFY(low);
        QCOMPARE(low->data()->size(), rows);
        // Top row: the largest swing, in percentage points.
        const auto &top = dialog.result().entries.front();
        const double topLow = 100 * top.lowEffect(dialog.result().baseIndicator);
        QCOMPARE((low->data()->constEnd() - 1)->value, topLow);
        saveShot(&dialog, QStringLiteral("tornado.png"));
    }

    void uncertaintyRangesAreOneUndoStepAndBandsAppear()
    {
        UncertaintyDialog dialog(m_doc, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.drawsBox()->value(), 200);
        dialog.drawsBox()->setValue(24);
        dialog.rangeBox(analysis::Uncertain::InpatientRate)->setValue(20);
        const int undoBefore = m_doc->undoStack()->count();
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1);
        QCOMPARE(m_doc->project().settings.integer(SettingKey::UncertaintyDraws), 24);
        QCOMPARE(m_doc->project().settings[SettingKey::UncertaintyInpatientRate], 0.2);
        QVERIFY(waitFor(dialog.runner()));
        QVERIFY(dialog.result().completed);
        QCOMPARE(dialog.result().draws, 24);
        // Two bands (low and high edges), the median and the project's run.
        QCOMPARE(dialog.fundPlot()->graphCount(), 6);
        QCOMPARE(dialog.ratePlot()->graphCount(), 6);
        QVERIFY(dialog.deficitLabel()->text().contains(QLatin1Char('%')));
        saveShot(&dialog, QStringLiteral("bands.png"));

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->project().settings.integer(SettingKey::UncertaintyDraws), 200);
        QCOMPARE(dialog.drawsBox()->value(), 200); // the dialog follows the project
    }

    void cancelLeavesNoResult()
    {
        UncertaintyDialog dialog(m_doc, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.drawsBox()->setValue(2000);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(waitFor(dialog.runner()));
        QVERIFY(!dialog.result().completed);
        QCOMPARE(dialog.fundPlot()->graphCount(), 0);
        QVERIFY(dialog.runButton()->isEnabled());
    }

private:
    ProjectDocument *m_doc = nullptr;
};

QTEST_MAIN(TestGuiAnalysis)
#include "tst_gui_analysis.moc"
