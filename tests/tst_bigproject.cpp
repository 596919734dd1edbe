// A very large county: a project with 100,000 settlements (set
// COUNTYCARE_BIG_SETTLEMENTS; the CI suite uses 10,000 to stay fast under
// AddressSanitizer) is saved, opened, validated, simulated over the default
// horizon and saved again in place, and the peak resident memory of the whole
// process (getrusage) is reported and kept under a budget.
#include "models/domain/validation.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "models/store/projectstore.h"
#include "tests/bigproject.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace cc;

class TestBigProject : public QObject {
    Q_OBJECT
private slots:
    void opensSimulatesAndSaves()
    {
        const int n = qEnvironmentVariableIsSet("COUNTYCARE_BIG_SETTLEMENTS")
                          ? qEnvironmentVariableIntValue("COUNTYCARE_BIG_SETTLEMENTS")
                          : 10000;
        QVERIFY(n > 0);
        QElapsedTimer clock;
        clock.start();
        const Project project = test::bigProject(n);
        QCOMPARE(project.settlements.size(), n);
        QVERIFY2(validateProject(project).isEmpty(), qPrintable(validateProject(project)));
        const qint64 built = clock.restart();

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.ccplan"));
        const store::SaveResult saved = store::saveProjectAs(project, path);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const qint64 savedMs = clock.restart();

        store::LoadResult loaded = store::loadProject(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QVERIFY(loaded.project == project);
        const qint64 loadedMs = clock.restart();

        SimIndexMap map;
        sim::EngineOptions options;
        options.threads = 2;
        const sim::Engine engine(
            compileProject(loaded.project, loaded.project.baselineScenarioId(), map), options);
        const sim::Results &r = engine.results();
        QCOMPARE(r.months, int(project.settings[SettingKey::HorizonMonths]));
        QCOMPARE(r.county.size(), std::size_t(r.months));
        QCOMPARE(r.county.front().population, double(project.totalPopulation()));
        for (const sim::Indicators &month : r.county) {
            QVERIFY(std::isfinite(month.inCountyRate));
            QVERIFY(month.demand > 0);
        }
        const qint64 simulatedMs = clock.restart();

        // Save in place after an edit, then open once more.
        loaded.project.title = QStringLiteral("大县（修改）");
        const store::SaveResult again = store::saveProject(loaded.project, path);
        QVERIFY2(again.ok, qPrintable(again.message));
        const store::LoadResult reopened = store::loadProject(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.project.settlements.size(), n);
        QCOMPARE(reopened.project.title, loaded.project.title);
        const qint64 resavedMs = clock.restart();

        const double peak = test::peakRssMiB();
        qInfo("%d settlements, %lld facilities, %d months: build %lld ms, save %lld ms, open "
              "%lld ms, simulate %lld ms, save+reopen %lld ms; peak RSS %.0f MiB",
              n, static_cast<long long>(project.facilities.size()), r.months,
              static_cast<long long>(built), static_cast<long long>(savedMs),
              static_cast<long long>(loadedMs), static_cast<long long>(simulatedMs),
              static_cast<long long>(resavedMs), peak);
        // A budget, not a timing: the whole test must fit comfortably in 8 GiB
        // (half of a 16 GiB planner's PC) even with AddressSanitizer's overhead.
        QVERIFY2(peak < 8192, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(peak)));
    }
};

QTEST_GUILESS_MAIN(TestBigProject)
#include "tst_bigproject.moc"
