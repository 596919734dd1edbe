// Equivalence is the contract (DESIGN.md "Incremental engine"): after any
// sequence of edits, undos and redos, the incremental engine's results equal a
// from-scratch run of the same input.
#include "models/sim/changeset.h"
#include "models/sim/engine.h"
#include "models/sim/resultbytes.h"
#include "models/sim/resultscompare.h"
#include "models/simulation/generator.h"
#include "tests/simtestsupport.h"

#include <QTest>
#include <type_traits>
#include <vector>

using namespace cc::sim;
using namespace cc::simtest;

class TestSimEquivalence : public QObject {
    Q_OBJECT
private slots:
    void randomSequences();
    void everyKindAlone_data();
    void everyKindAlone();
    void localEditTouchesFewRows();
    void snapshotsShareWhatDidNotChange();
    void publishWritesOnlyUnsharedBlocks();
    void threadsGiveTheSameResults();
    void ratioOfOneKindFromTheFirstMonth();
};

namespace {
bool sameAsScratch(const Engine &engine, QString *message)
{
    const Engine scratch(engine.input());
    std::string where;
    const double d = maxRelativeDifference(engine.results(), scratch.results(), &where);
    if (d < 1e-9)
        return true;
    *message =
        QStringLiteral("relative difference %1 at %2").arg(d).arg(QString::fromStdString(where));
    return false;
}

// A copy of the values of `r` in new blocks of its own.
Results deepCopy(const Results &r)
{
    Results out;
    forEachResultArray(out, r, [](auto &x, const auto &y, ResultUnit) {
        x = std::remove_reference_t<decltype(x)>(y.toVector());
    });
    out.months = r.months;
    out.townships = r.townships;
    out.lines = r.lines;
    out.facilities = r.facilities;
    return out;
}

// sim_bench's LocalEdit: 0.4 FTE of a county specialist posted to the first
// township centre for months 24-35.
Input withLocalPosting(const Input &in)
{
    Input next = in;
    Posting p;
    p.staff = 1;
    p.facility = 4; // the first township centre
    p.start = 24;
    p.end = 36;
    p.fte = 0.4;
    next.postings.push_back(p);
    return next;
}

} // namespace

void TestSimEquivalence::randomSequences()
{
    constexpr int kSequences = 1000;
    std::mt19937 rng(20251123);
    std::vector<int> kindsSeen(EditKindCount + 2, 0);
    for (int seq = 0; seq < kSequences; ++seq) {
        Engine engine(generateSmall(static_cast<unsigned>(seq % 50)));
        std::vector<Input> undo, redo;
        const int steps = 3 + pick(rng, 3);
        for (int step = 0; step < steps; ++step) {
            const int choice = pick(rng, EditKindCount + 4);
            Input next = engine.input();
            QString what;
            if (choice >= EditKindCount + 2 && !undo.empty()) { // undo
                redo.push_back(next);
                next = undo.back();
                undo.pop_back();
                what = QStringLiteral("undo");
                ++kindsSeen[EditKindCount];
            } else if (choice == EditKindCount + 1 && !redo.empty()) { // redo
                undo.push_back(next);
                next = redo.back();
                redo.pop_back();
                what = QStringLiteral("redo");
                ++kindsSeen[EditKindCount + 1];
            } else {
                const int kind = choice % EditKindCount;
                // Settings edits rebuild: keep them rare.
                if (kind == EditSettings && pick(rng, 4) != 0)
                    continue;
                if (!randomEdit(next, kind, rng))
                    continue;
                // Sometimes two edits in one change set (a macro, a merged drag).
                if (pick(rng, 4) == 0) {
                    const int second = pick(rng, EditKindCount);
                    if (second != EditSettings)
                        randomEdit(next, second, rng);
                }
                undo.push_back(engine.input());
                redo.clear();
                what = QString::fromLatin1(editName(kind));
                ++kindsSeen[kind];
            }
            // The results on show while the update runs (a snapshot).
            const Results shown = engine.results();
            const Results shownValues = deepCopy(shown);
            engine.apply(diffInputs(engine.input(), next));
            QString message;
            std::string where;
            if (maxRelativeDifference(shown, shownValues, &where) != 0)
                QFAIL(
                    qPrintable(QStringLiteral("sequence %1 step %2 (%3): a snapshot changed at %4")
                                   .arg(seq)
                                   .arg(step)
                                   .arg(what, QString::fromStdString(where))));
            if (!sameAsScratch(engine, &message))
                QFAIL(qPrintable(QStringLiteral("sequence %1 step %2 (%3): %4")
                                     .arg(seq)
                                     .arg(step)
                                     .arg(what, message)));
        }
    }
    for (int k = 0; k < EditKindCount + 2; ++k)
        QVERIFY2(kindsSeen[k] > 0, k < EditKindCount ? editName(k) : "undo/redo");
}

void TestSimEquivalence::everyKindAlone_data()
{
    QTest::addColumn<int>("kind");
    for (int k = 0; k < EditKindCount; ++k)
        QTest::newRow(editName(k)) << k;
}

void TestSimEquivalence::everyKindAlone()
{
    QFETCH(int, kind);
    for (unsigned seed = 0; seed < 20; ++seed) {
        std::mt19937 rng(seed);
        Engine engine(generateSmall(seed));
        Input next = engine.input();
        if (!randomEdit(next, kind, rng))
            continue;
        engine.apply(diffInputs(engine.input(), next));
        QString message;
        QVERIFY2(sameAsScratch(engine, &message), qPrintable(message));
        QVERIFY(engine.input().postings == next.postings);
    }
}

void TestSimEquivalence::localEditTouchesFewRows()
{
    GeneratorSpec spec;
    spec.months = 60;
    Input in = generateRegion(spec);
    in.settings[SettingKey::CongestionOn] = false;
    Engine engine(in);
    const long long all = engine.lastUpdate().rowsTouched;
    const Input next = withLocalPosting(in);
    engine.apply(diffInputs(in, next));
    QCOMPARE(engine.lastUpdate().firstMonth, 24);
    QVERIFY2(engine.lastUpdate().rowsTouched * 20 < all,
             qPrintable(QString::number(engine.lastUpdate().rowsTouched)));
    QString message;
    QVERIFY2(sameAsScratch(engine, &message), qPrintable(message));
}

// A snapshot is a copy of the results' block pointers: after a local edit the
// new results share every block the edit did not change with the snapshot on
// show, which keeps its values; publishing writes only the changed blocks.
void TestSimEquivalence::snapshotsShareWhatDidNotChange()
{
    GeneratorSpec spec;
    spec.months = 60;
    Input in = generateRegion(spec);
    in.settings[SettingKey::CongestionOn] = false;
    Engine engine(in);
    const Results shown = engine.results();
    const Results shownValues = deepCopy(shown);
    QCOMPARE(resultBytesNotShared(engine.results(), shown), std::size_t(0));
    const Input next = withLocalPosting(in);
    engine.apply(diffInputs(in, next));
    QString message;
    QVERIFY2(sameAsScratch(engine, &message), qPrintable(message));
    // The edit moved some blocks (the months of the facilities whose flows
    // moved, of the townships whose villages weigh the host, the county's) and
    // left most of them shared (a generated county: 23 of 244 facilities and 5
    // of 15 townships move).
    const std::size_t moved = resultBytesNotShared(engine.results(), shown);
    const std::size_t all = resultBytes(engine.results());
    QVERIFY(engine.lastUpdate().blocksPublished > 0);
    QVERIFY(moved > 0);
    QVERIFY2(moved * 4 < all, qPrintable(QStringLiteral("%1 of %2 bytes new").arg(moved).arg(all)));
    std::string where;
    QCOMPARE(maxRelativeDifference(shown, shownValues, &where), 0.0);
    QVERIFY(maxRelativeDifference(engine.results(), shown, &where) > 0);
    // Undone: the results equal the first run's again (to the contract).
    engine.apply(diffInputs(next, in));
    QVERIFY(maxRelativeDifference(engine.results(), shownValues, &where) < 1e-9);
    QCOMPARE(maxRelativeDifference(shown, shownValues, &where), 0.0);
}

void TestSimEquivalence::publishWritesOnlyUnsharedBlocks()
{
    SharedSeries<double> series;
    QCOMPARE(series.publish({1, 2, 3, 4, 5}, 2), std::size_t(3)); // blocks {1,2} {3,4} {5}
    QCOMPARE(series.size(), std::size_t(5));
    QCOMPARE(series.back(), 5.0);
    const double *unique = &series[2];
    // Nothing else holds the blocks: a changed one is written in place.
    QCOMPARE(series.publish({1, 2, 3, 9, 5}, 2), std::size_t(1));
    QCOMPARE(&series[2], unique);
    QCOMPARE(series[3], 9.0);
    // A snapshot holds them: the changed block is a new one, the snapshot keeps its values.
    const SharedSeries<double> snapshot = series;
    QCOMPARE(series.publish({1, 2, 7, 9, 5}, 2), std::size_t(1));
    QVERIFY(&series[2] != unique);
    QCOMPARE(&series[0], &snapshot[0]); // shared
    QCOMPARE(snapshot.toVector(), (std::vector<double>{1, 2, 3, 9, 5}));
    QCOMPARE(series.toVector(), (std::vector<double>{1, 2, 7, 9, 5}));
    QCOMPARE(series.bytesNotSharedWith(snapshot), 2 * sizeof(double));
    QCOMPARE(std::vector<double>(series.begin(), series.end()), series.toVector());
    // A new shape: every block new.
    QCOMPARE(series.publish({1, 2, 7}, 3), std::size_t(1));
    QCOMPARE(series.toVector(), (std::vector<double>{1, 2, 7}));
    QCOMPARE(snapshot.size(), std::size_t(5));
}

// Full runs split settlements and facilities over threads and add the
// threads' sums in a fixed order: the results match one thread's, and updates
// of a two-thread engine (months run whole on both threads included) match a
// one-thread run from scratch.
void TestSimEquivalence::threadsGiveTheSameResults()
{
    GeneratorSpec spec;
    spec.counties = 5; // enough settlements for the threads to be used
    spec.months = 24;
    const Input in = generateRegion(spec);
    QVERIFY(in.settlements.size() >= 1000);
    EngineOptions two;
    two.threads = 2;
    Engine parallel(in, two);
    const Engine serial(in);
    std::string where;
    double d = maxRelativeDifference(parallel.results(), serial.results(), &where);
    QVERIFY2(d < 1e-9, where.c_str());
    QVERIFY(parallel.results().county.back().inCountyRate > 0.5);

    Input moved = in;
    moved.facilities[4].lon += 0.02; // an update
    parallel.apply(diffInputs(in, moved));
    QVERIFY(!parallel.lastUpdate().fullRun);
    d = maxRelativeDifference(parallel.results(), Engine(moved).results(), &where);
    QVERIFY2(d < 1e-9, where.c_str());
    // A policy edit from month 6: its months run whole, on both threads.
    Input raised = moved;
    PolicyEntry entry{6, moved.policyAt(6)};
    entry.policy[levelKey(PolicyKey::InpatientRatioVillage, TownshipCentre)] = 0.95;
    raised.schedule.push_back(entry);
    parallel.apply(diffInputs(moved, raised));
    QVERIFY(!parallel.lastUpdate().fullRun);
    QCOMPARE(parallel.lastUpdate().firstMonth, 6);
    d = maxRelativeDifference(parallel.results(), Engine(raised).results(), &where);
    QVERIFY2(d < 1e-9, where.c_str());
    parallel.apply(diffInputs(raised, moved)); // and back
    d = maxRelativeDifference(parallel.results(), Engine(moved).results(), &where);
    QVERIFY2(d < 1e-9, where.c_str());
    Input congested = moved;
    congested.settings[SettingKey::CongestionOn] =
        !congested.settings.flag(SettingKey::CongestionOn); // a full run again
    parallel.apply(diffInputs(moved, congested));
    d = maxRelativeDifference(parallel.results(), Engine(congested).results(), &where);
    QVERIFY2(d < 1e-9, where.c_str());
}

// A reimbursement ratio of one kind (admissions or visits) from the first
// month: not a full run, only that kind's rows redone (congestion on), and the
// results those of a run from scratch, there and back, on random counties.
void TestSimEquivalence::ratioOfOneKindFromTheFirstMonth()
{
    std::mt19937 rng(20261208);
    int partial = 0;
    for (unsigned seed = 0; seed < 24; ++seed) {
        Input in = generateSmall(seed);
        in.settings[SettingKey::CongestionOn] = true;
        Engine engine(in);
        const long long all = engine.lastUpdate().rowsTouched;
        const bool admissions = seed % 2 == 0;
        const int level = pick(rng, kLevels);
        const double ratio = uniform(rng, 0.3, 0.95);
        Input next = in;
        for (PolicyEntry &e : next.schedule)
            e.policy[levelKey(admissions ? PolicyKey::InpatientRatioVillage
                                         : PolicyKey::OutpatientRatioVillage,
                              level)] = ratio;
        engine.apply(diffInputs(in, next));
        QString message;
        QVERIFY2(sameAsScratch(engine, &message), qPrintable(message));
        if (!engine.lastUpdate().fullRun) {
            QCOMPARE(engine.lastUpdate().firstMonth, 0);
            QVERIFY2(
                engine.lastUpdate().rowsTouched < all,
                qPrintable(
                    QStringLiteral("%1 of %2 rows").arg(engine.lastUpdate().rowsTouched).arg(all)));
            ++partial;
        }
        engine.apply(diffInputs(next, in)); // and back
        QVERIFY2(sameAsScratch(engine, &message), qPrintable(message));
    }
    // Every such edit keeps one kind of line: none is a full run.
    QCOMPARE(partial, 24);
}

QTEST_APPLESS_MAIN(TestSimEquivalence)
#include "tst_sim_equivalence.moc"
