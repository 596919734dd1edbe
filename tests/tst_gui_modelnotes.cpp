// Help > Model Notes and the glossary's section "How the model works": every
// policy parameter and model setting of the parameter table is listed with its
// meaning, default, range and source, each belongs to a topic, the limitations
// are stated, and in Chinese nothing of it is left in English. With
// COUNTYCARE_ANALYSIS_SHOTS=<dir> the page is also saved as PNGs (its start,
// provider response, its parameter tables and its limits, in both languages).
#include "models/domain/parameters.h"
#include "widgets/help/glossary.h"
#include "widgets/help/modelnotes.h"

#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <vector>

using namespace cc;

namespace {

std::vector<const ParameterSpec *> everyParameter()
{
    std::vector<const ParameterSpec *> specs;
    for (int i = 0; i < kPolicyKeyCount; ++i)
        specs.push_back(&policySpec(static_cast<PolicyKey>(i)));
    for (int i = 0; i < kSettingKeyCount; ++i)
        specs.push_back(&settingSpec(static_cast<SettingKey>(i)));
    return specs;
}

QString trP(const char *text)
{
    return QCoreApplication::translate("cc::Parameters", text);
}

// The page as a browser shows it (entities resolved).
QString pageText()
{
    QTextBrowser browser;
    browser.setHtml(modelNotesHtml());
    return browser.toPlainText();
}

// The dialog at its top and at the parameter tables, saved for looking at.
void saveShots(const QString &language)
{
    const QString dir = qEnvironmentVariable("COUNTYCARE_ANALYSIS_SHOTS");
    if (dir.isEmpty())
        return;
    ModelNotesDialog dialog;
    dialog.resize(1000, 700);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return;
    dialog.grab().save(QDir(dir).filePath(QStringLiteral("modelnotes-%1.png").arg(language)));
    dialog.browser()->scrollToAnchor(QStringLiteral("response"));
    dialog.grab().save(
        QDir(dir).filePath(QStringLiteral("modelnotes-response-%1.png").arg(language)));
    dialog.browser()->scrollToAnchor(QStringLiteral("parameters"));
    dialog.grab().save(
        QDir(dir).filePath(QStringLiteral("modelnotes-parameters-%1.png").arg(language)));
    dialog.browser()->scrollToAnchor(QStringLiteral("limits"));
    dialog.grab().save(
        QDir(dir).filePath(QStringLiteral("modelnotes-limits-%1.png").arg(language)));
}

} // namespace

class TestGuiModelNotes : public QObject {
    Q_OBJECT
private slots:
    void everyParameterIsListed();
    void everyParameterBelongsToATopic();
    void topicsAndLimitationsAreStated();
    void glossaryHasTheModelSection();
    void chineseReadsInChinese();
};

void TestGuiModelNotes::everyParameterIsListed()
{
    const QString text = pageText();
    for (const ParameterSpec *spec : everyParameter()) {
        const QString key = QLatin1String(spec->key);
        QVERIFY2(text.contains(key), qPrintable(key));
        // The row of the key holds the label, the meaning and the source.
        const int at = text.indexOf(key);
        const QString row = text.mid(std::max(0, at - 300), 1500);
        QVERIFY2(row.contains(trP(spec->label)), qPrintable(key));
        QVERIFY2(text.contains(trP(spec->help)), qPrintable(key));
        QVERIFY2(text.contains(trP(spec->source)), qPrintable(key));
    }
    QCOMPARE(text.count(QLatin1String("calibration.in_county_rate")), 1);
    saveShots(QStringLiteral("en"));
}

void TestGuiModelNotes::everyParameterBelongsToATopic()
{
    const QVector<GlossaryTerm> terms = modelTerms();
    QVERIFY(terms.size() >= 8);
    for (const ParameterSpec *spec : everyParameter()) {
        const QString label = trP(spec->label);
        int topics = 0;
        for (const GlossaryTerm &t : terms)
            topics += t.inPlanner.contains(label);
        QVERIFY2(topics >= 1, qPrintable(QLatin1String(spec->key)));
    }
}

void TestGuiModelNotes::topicsAndLimitationsAreStated()
{
    const QVector<GlossaryTerm> terms = modelTerms();
    QString all;
    for (const GlossaryTerm &t : terms) {
        QVERIFY2(t.meaning.size() > 200, qPrintable(t.name));
        all += t.meaning;
    }
    // The equations of the brief, in words.
    for (const char *part :
         {"e^score", "travel minutes", "yearly rate per person", "beds x 30.4", "queue",
          "floating point value", "Capitation", "last year's actual spending", "turnover fund",
          "high-cost threshold", "retention x surplus", "overrun share",
          "ln(stated share / modelled share)", "avoidable admissions", "per bed-day",
          "Telemedicine links", "In the same month every avoided admission",
          "the chronic-care line", "size of providers' response"})
        QVERIFY2(all.contains(QLatin1String(part)), part);
    const QString limits = modelLimitations().join(QLatin1Char('\n'));
    for (const char *part : {"seasonality", "employee medical insurance", "individual patients",
                             "provider response", "grow with prices", "last month's patients"})
        QVERIFY2(limits.contains(QLatin1String(part)), part);
    const QString page = pageText();
    for (const QString &item : modelLimitations())
        QVERIFY(page.contains(item));
}

void TestGuiModelNotes::glossaryHasTheModelSection()
{
    GlossaryDialog dialog;
    QCOMPARE(dialog.reformTermCount(), glossaryTerms().size());
    QCOMPARE(dialog.termCount(), glossaryTerms().size() + modelTerms().size());
    QVERIFY(dialog.showTerm(QStringLiteral("模型校准")));
    auto *text = dialog.findChild<QTextBrowser *>(QStringLiteral("glossaryText"));
    QVERIFY(text->toPlainText().contains(QLatin1String("ln(stated share / modelled share)")));
    QVERIFY(text->toPlainText().contains(trP(settingSpec(SettingKey::TargetInCountyRate).label)));
    // Filtering hides a section heading with nothing under it.
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("glossaryList"));
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("glossaryFilter"));
    filter->setText(QStringLiteral("排队"));
    int headings = 0, terms = 0;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->isHidden())
            continue;
        (list->item(i)->data(Qt::UserRole).toInt() < 0 ? headings : terms) += 1;
    }
    QCOMPARE(terms, 1);
    QCOMPARE(headings, 1);
}

void TestGuiModelNotes::chineseReadsInChinese()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/countycare_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    // Every text of the page is translated, the sources of the defaults too.
    QStringList english;
    for (const GlossaryTerm &t : modelTerms())
        if (!t.meaning.contains(QStringLiteral("，")) || t.name != t.chinese)
            english << t.name;
    for (const QString &item : modelLimitations())
        if (!item.contains(QStringLiteral("。")))
            english << item;
    for (const ParameterSpec *spec : everyParameter())
        for (const char *text : {spec->label, spec->help, spec->source})
            if (trP(text) == QString::fromUtf8(text))
                english << QString::fromUtf8(text);
    const QString page = pageText();
    saveShots(QStringLiteral("zh_CN"));
    QCoreApplication::removeTranslator(&zh);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    QVERIFY(page.contains(QStringLiteral("模型说明")));
    QVERIFY(page.contains(QStringLiteral("模型未涵盖的内容")));
}

QTEST_MAIN(TestGuiModelNotes)
#include "tst_gui_modelnotes.moc"
