// Equivalence is the contract (DESIGN.md "Incremental engine"): after any
// sequence of edits, undos and redos, the incremental engine's results equal a
// from-scratch run of the same input.
#include "models/sim/changeset.h"
#include "models/sim/engine.h"
#include "models/sim/resultscompare.h"
#include "models/simulation/generator.h"
#include "tests/simtestsupport.h"

#include <QTest>
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
    void threadsGiveTheSameResults();
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
            engine.apply(diffInputs(engine.input(), next));
            QString message;
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
    Input next = in;
    Posting p;
    p.staff = 1;
    p.facility = 4; // the first township centre
    p.start = 24;
    p.end = 36;
    p.fte = 0.4;
    next.postings.push_back(p);
    engine.apply(diffInputs(in, next));
    QCOMPARE(engine.lastUpdate().firstMonth, 24);
    QVERIFY2(engine.lastUpdate().rowsTouched * 20 < all,
             qPrintable(QString::number(engine.lastUpdate().rowsTouched)));
    QString message;
    QVERIFY2(sameAsScratch(engine, &message), qPrintable(message));
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

QTEST_APPLESS_MAIN(TestSimEquivalence)
#include "tst_sim_equivalence.moc"
