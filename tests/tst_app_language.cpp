// Run-time language switch: the window is rebuilt with the new translators and
// keeps the document, undo stack, file, layout and scenario; every visible text
// of the tree follows the language.
//
// everyTextIsTranslatedInChinese FAILS until translations/countycare_zh_CN.ts
// is filled in (by design: it lists every widget text still in English); so
// does dialogsWorkshopAndTooltipsInChinese, which also walks the uncertainty
// and sensitivity dialogs after a run, an explanation and workshop mode.
#include "app/gui/analysisactions.h"
#include "app/gui/explainactions.h"
#include "app/gui/fileactions.h"
#include "app/gui/language.h"
#include "app/gui/mainwindow.h"
#include "app/gui/workshop.h"
#include "langwalk.h"
#include "models/analysis/backgroundrun.h"
#include "models/domain/projectdocument.h"
#include "models/edit/policyedits.h"
#include "models/simulation/simulationcontroller.h"
#include "widgets/analysis/sensitivitydialog.h"
#include "widgets/analysis/uncertaintydialog.h"
#include "widgets/charts/dashboard.h"
#include "widgets/policy/policypanel.h"
#include "widgets/workshop/leverpanel.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace cc;

namespace {

// A pseudo-translation of every string: what a complete catalogue would do,
// whatever the language. A text that keeps its English form under it does not
// go through tr().
class PseudoTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *,
                      int n) const override
    {
        if (!sourceText || !*sourceText || !context)
            return QString();
        QString s = QString::fromUtf8(sourceText);
        if (n >= 0)
            s.replace(QLatin1String("%n"), QString::number(n));
        return QStringLiteral("译") + s;
    }
    bool isEmpty() const override { return false; }
};

// The project's own names (data): allowed in any language. `englishNames`
// adds the English aliases of scenarios, which the English UI shows and the
// Chinese one must not.
QStringList projectNames(const Project &p, bool englishNames = false)
{
    QStringList names{p.title};
    for (const Township &t : p.townships)
        names << t.name << t.nameEn;
    for (const Settlement &s : p.settlements)
        names << s.name << s.nameEn;
    for (const Scenario &s : p.scenarios) {
        names << s.name;
        if (englishNames)
            names << s.nameEn;
    }
    for (const Facility &f : p.facilities)
        names << f.name << f.nameEn;
    for (const ServiceLine &l : p.serviceLines)
        names << l.name << l.nameEn;
    names << p.boundary.name << p.boundary.nameEn;
    // Longest first, so a name containing another is taken out whole.
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return names;
}

void waitForResults(MainWindow *w)
{
    QTRY_VERIFY_WITH_TIMEOUT(w->simulation()->results() && w->simulation()->isIdle(), 20000);
    QCoreApplication::processEvents();
}

bool waitForRun(analysis::BackgroundRun *runner)
{
    QSignalSpy spy(runner, &analysis::BackgroundRun::finished);
    return spy.count() > 0 || spy.wait(120000);
}

// Opens what the main window alone does not show: the uncertainty dialog
// after a (small) run, the sensitivity dialog after a run, an explanation,
// and workshop mode with its levers; then collects every text.
langwalk::Texts openEverythingAndCollect(MainWindow *w)
{
    auto *analysis = w->findChild<AnalysisActions *>();
    if (!analysis)
        return {};
    analysisui::UncertaintyDialog *uncertainty = analysis->uncertaintyDialog();
    uncertainty->drawsBox()->setValue(uncertainty->drawsBox()->minimum());
    uncertainty->run();
    if (!waitForRun(uncertainty->runner()))
        return {};
    analysisui::SensitivityDialog *sensitivity = analysis->sensitivityDialog();
    sensitivity->run();
    if (!waitForRun(sensitivity->runner()))
        return {};
    if (auto *explain = w->findChild<ExplainActions *>())
        explain->showExplanation(explain::Indicator::InCountyRate, -1, -1);
    auto *workshop = w->findChild<WorkshopMode *>();
    workshop->setActive(true);
    QCoreApplication::processEvents();
    langwalk::Texts texts = langwalk::collect(w);
    workshop->setActive(false);
    return texts;
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CountyCareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_language"));
        QSettings().clear();
        QVERIFY(language::apply(QStringLiteral("en")));
    }
    void cleanup() { language::apply(QStringLiteral("en")); }

    void defaultFollowsTheSavedChoice()
    {
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("zh_CN"));
        QCOMPARE(language::chosen(), QStringLiteral("zh_CN"));
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
        QCOMPARE(language::chosen(), QStringLiteral("en"));
        QSettings().remove(QStringLiteral("language"));
        QVERIFY(!language::apply(QStringLiteral("xx")));
    }

    void switchKeepsDocumentLayoutAndScenario()
    {
        ProjectDocument doc;
        WindowHost host(&doc);
        MainWindow *old = host.window();
        old->fileActions()->openDemo();
        old->resize(1300, 850);
        old->show();
        QVERIFY(QTest::qWaitForWindowExposed(old));
        const EntityId reform = doc.project().scenarioIdByName(QStringLiteral("reform"));
        QVERIFY(reform != 0);
        old->policyPanel()->selectScenario(reform);
        const double before = doc.project().policyAt(reform, 0)[PolicyKey::SurplusRetention];
        QVERIFY(before != 0.5);
        QVERIFY(edit::setPolicyValue(doc, reform, 0, PolicyKey::SurplusRetention, 0.5));
        const int undoCount = doc.undoStack()->count();
        QDockWidget *policyDock = old->findChild<QDockWidget *>(QStringLiteral("policyDock"));
        policyDock->hide();

        const QSize oldSize = old->size(); // 1300 x 850 unless the docks need more
        QPointer<MainWindow> oldPointer(old);
        QVERIFY(language::switchTo(QStringLiteral("zh_CN")));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QTRY_VERIFY(host.window() != old);
        QTRY_VERIFY(oldPointer.isNull()); // deleted later
        MainWindow *fresh = host.window();
        QVERIFY(fresh->isVisible());
        QCOMPARE(fresh->document(), &doc);
        QCOMPARE(doc.undoStack()->count(), undoCount);
        QVERIFY(doc.isModified());
        QVERIFY(fresh->isWindowModified());
        QCOMPARE(fresh->policyPanel()->scenarioId(), reform);
        QCOMPARE(fresh->simulation()->scenario(), reform);
        // The same geometry (a pixel of slack: the platform may round the frame).
        QVERIFY2(std::abs(fresh->width() - oldSize.width()) <= 2 &&
                     std::abs(fresh->height() - oldSize.height()) <= 2,
                 qPrintable(QStringLiteral("%1x%2 -> %3x%4")
                                .arg(oldSize.width())
                                .arg(oldSize.height())
                                .arg(fresh->width())
                                .arg(fresh->height())));
        QVERIFY(!fresh->findChild<QDockWidget *>(QStringLiteral("policyDock"))->isVisible());
        // The new window's Undo undoes the edit made in the old one.
        fresh->editMenu()->actions().first()->trigger();
        QCOMPARE(doc.project().policyAt(reform, 0)[PolicyKey::SurplusRetention], before);
        QCOMPARE(doc.undoStack()->index(), undoCount - 1);
        // The menu shows the language in use.
        auto *zh = fresh->findChild<QAction *>(QStringLiteral("language_zh_CN"));
        QVERIFY(zh && zh->isChecked());
        language::switchTo(QStringLiteral("en"));
        QTRY_VERIFY(host.window() != fresh);
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void menuActionSwitches()
    {
        ProjectDocument doc;
        WindowHost host(&doc);
        MainWindow *old = host.window();
        old->fileActions()->openDemo();
        auto *zh = old->findChild<QAction *>(QStringLiteral("language_zh_CN"));
        QVERIFY(zh);
        zh->trigger();
        QCOMPARE(language::current(), QStringLiteral("zh_CN"));
        QTRY_VERIFY(host.window() != old);
    }

    void workshopModeSurvivesASwitch()
    {
        ProjectDocument doc;
        WindowHost host(&doc);
        host.window()->fileActions()->openDemo();
        host.window()->show();
        host.window()->findChild<WorkshopMode *>()->setActive(true);
        MainWindow *old = host.window();
        language::switchTo(QStringLiteral("zh_CN"));
        QTRY_VERIFY(host.window() != old);
        auto *w = host.window()->findChild<WorkshopMode *>();
        QVERIFY(w->isActive());
        w->setActive(false);
        // Leaving restores the layout the window had before workshop mode.
        QVERIFY(host.window()->findChild<QDockWidget *>(QStringLiteral("policyDock"))->isVisible());
    }

    // The mechanism with a complete (pseudo) catalogue: after the switch no
    // widget text keeps its English form, except data and proper names. A
    // failure here names a string that does not go through tr().
    void everyTextFollowsAPseudoTranslation()
    {
        ProjectDocument doc;
        WindowHost host(&doc);
        host.window()->fileActions()->openDemo();
        host.window()->show();
        waitForResults(host.window());
        const langwalk::Texts english = langwalk::collect(host.window());
        QVERIFY(english.size() > 100);

        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        host.rebuild();
        waitForResults(host.window());
        const langwalk::Texts translated = langwalk::collect(host.window());
        QCoreApplication::removeTranslator(&pseudo);

        QStringList allowed = projectNames(doc.project(), true) + langwalk::properNames();
        const QStringList bad = langwalk::untranslated(english, translated, allowed);
        QVERIFY2(bad.isEmpty(),
                 qPrintable(QStringLiteral("%1 texts do not go through tr():\n").arg(bad.size()) +
                            bad.join(QLatin1Char('\n'))));
        // Spot checks of the acceptance list: window title, menus, a chart axis label.
        QVERIFY(host.window()->windowTitle().contains(QStringLiteral("译")));
        QVERIFY(
            host.window()->menuBar()->actions().first()->text().startsWith(QStringLiteral("译")));
        QVERIFY(host.window()
                    ->dashboard()
                    ->plot(charts::ChartKind::InCountyRate)
                    ->yAxis->label()
                    .startsWith(QStringLiteral("译")));
    }

    // The real catalogue: fails while countycare_zh_CN.ts has untranslated
    // entries (the lead fills it in), listing every text still in English.
    void everyTextIsTranslatedInChinese()
    {
        ProjectDocument doc;
        WindowHost host(&doc);
        host.window()->fileActions()->openDemo();
        host.window()->show();
        waitForResults(host.window());
        const langwalk::Texts english = langwalk::collect(host.window());

        QVERIFY(language::apply(QStringLiteral("zh_CN")));
        host.rebuild();
        waitForResults(host.window());
        const langwalk::Texts chinese = langwalk::collect(host.window());
        QStringList allowed = projectNames(doc.project()) + langwalk::properNames();
        const QStringList bad = langwalk::untranslated(english, chinese, allowed);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 texts still in English after "
                                                          "switching to Chinese:\n")
                                               .arg(bad.size()) +
                                           bad.join(QLatin1Char('\n'))));
    }

    // The views a planner and a trainer use besides the main window, walked
    // the same way: the uncertainty charts and their dialog (titles, axes,
    // legends, tables), the sensitivity tornado, an explanation, workshop mode
    // (levers, before/after switch) and every tooltip on the way. The demo's
    // scenarios are named in Chinese there, never by their script keys.
    void dialogsWorkshopAndTooltipsInChinese()
    {
        ProjectDocument doc;
        WindowHost host(&doc);
        host.window()->fileActions()->openDemo();
        host.window()->resize(1366, 768);
        host.window()->show();
        waitForResults(host.window());
        const langwalk::Texts english = openEverythingAndCollect(host.window());
        const auto reached = [](const langwalk::Texts &texts, const QString &part) {
            for (auto it = texts.cbegin(); it != texts.cend(); ++it)
                if (it.key().contains(part))
                    return true;
            return false;
        };
        QVERIFY(reached(english, QStringLiteral("uncertaintyDialog")));
        QVERIFY(reached(english, QStringLiteral("LeverPanel")));
        QVERIFY(reached(english, QStringLiteral("#toolTip")));

        QVERIFY(language::apply(QStringLiteral("zh_CN")));
        host.rebuild();
        waitForResults(host.window());
        const langwalk::Texts chinese = openEverythingAndCollect(host.window());
        QVERIFY(reached(chinese, QStringLiteral("uncertaintyDialog")));
        const QStringList allowed = projectNames(doc.project()) + langwalk::properNames();
        const QStringList bad = langwalk::untranslated(english, chinese, allowed);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 texts still in English after "
                                                          "switching to Chinese:\n")
                                               .arg(bad.size()) +
                                           bad.join(QLatin1Char('\n'))));
        // The scenarios by their Chinese names: no script key, no English name.
        QStringList named;
        for (auto it = chinese.cbegin(); it != chinese.cend(); ++it)
            for (const Scenario &s : doc.project().scenarios)
                if (it.value().contains(s.nameEn) ||
                    it.value().contains(QStringLiteral("\"%1\"").arg(s.key)))
                    named << QStringLiteral("%1 = \"%2\"").arg(it.key(), it.value());
        QVERIFY2(named.isEmpty(), qPrintable(named.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_app_language.moc"
