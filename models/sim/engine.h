#pragma once

#include "models/sim/changeset.h"
#include "models/sim/results.h"
#include "models/sim/siminput.h"
#include "models/sim/travel.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

namespace cc::sim {

class Workers;

// exp(x) with x clamped to +-150: a product of four such factors (a
// candidate's exp-utility) stays far inside the range of a double, so no
// softmax row overflows or loses every candidate to underflow. A utility
// component beyond 150 (e.g. 5,000 minutes of travel) means a probability
// indistinguishable from zero either way.
inline double clampedExp(double x)
{
    constexpr double kMaxExponent = 150;
    return std::exp(x < -kMaxExponent ? -kMaxExponent : x > kMaxExponent ? kMaxExponent : x);
}

struct EngineOptions {
    int threads = 1; // worker threads for full runs and the months an update runs whole
    // A facility's congestion term is replayed into later months only when it
    // moves by more than this (the stale value stays within it, so results stay
    // far inside the 1e-9 equivalence contract).
    double waitTolerance = 1e-13;
};

// What the last run or update did.
struct UpdateStats {
    bool fullRun = false;
    int firstMonth = 0;        // first month recomputed
    long long rowsTouched = 0; // (settlement, line, month) rows recomputed
    // Blocks of the published results written (the rest are shared with the
    // snapshots taken before).
    long long blocksPublished = 0;
};

// The simulation engine (DESIGN.md "Incremental engine"). State lives in flat
// arrays indexed by dense positions; apply() recomputes only what a change
// touches and replays the month-to-month chains (congestion, fund) from the
// first changed month. Results after any sequence of apply() calls equal a
// from-scratch run on the same input (relative difference below 1e-9). A
// month whose rows are mostly redone (a policy edit, a queue that moves for
// the whole county) runs whole on the engine's threads, as a full run does; a
// month of an edit to the schedule alone runs whole only the lines whose prices,
// days in bed or queues moved (a ratio for admissions: the inpatient lines),
// after compiling the factors of the facilities whose prices moved; and when
// every month would run whole, apply() runs a full run from the compiled input
// instead. So an update never costs more than a full run.
//
// Departure from DESIGN.md: instead of caching each row's softmax
// denominator (and every exp-utility, 1.1 GB for a province), the engine
// caches the exp of each utility component (static per settlement and
// candidate, quality and out-of-pocket per facility, line and month, queue
// per facility and month) and rebuilds a touched row with one multiplication
// per candidate and no exp; the old factors of a month are kept while its
// rows are taken out. A row is O(candidates) either way, since its episodes
// go to every candidate.
class Engine {
public:
    explicit Engine(Input input, EngineOptions options = {});
    ~Engine();
    // The per-facility arrays live inside the working results (no copy per update).
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    const Input &input() const { return m_in; }
    // The results, as immutable shared blocks: a copy is a snapshot that
    // shares every block later updates do not change, and is never written.
    const Results &results() const { return m_published; }
    const UpdateStats &lastUpdate() const { return m_stats; }

    void apply(const ChangeSet &changes);
    // Runs everything again from the current input.
    void rebuild();

    // Diagnostics for tests: episodes of one (settlement, line, month) row per
    // candidate slot, the facility of each slot (-1: empty), and the row's demand.
    struct Row {
        std::vector<int> facilities;
        std::vector<double> episodes;
        std::vector<double> bedDays;
        double demand = 0; // wanted: the line's demand and, for the managed-care line, the
                           // visits replacing avoided admissions
        double unmet = 0;
        double referralsUp = 0, referralsDown = 0;
    };
    Row row(int s, int k, int t) const;
    double quality(int f, int k, int t) const { return m_q[qIndex(f, k, t)]; }
    // Staff minutes a facility has for outpatients and on its wards in month t,
    // and the bed-days it fills before admissions queue.
    double outpatientCapacityMinutes(int f, int t) const { return m_capOp[ftIndex(f, t)]; }
    double wardCapacityMinutes(int f, int t) const { return m_capWard[ftIndex(f, t)]; }
    double bedDayCapacity(int f) const { return m_bedCap[static_cast<std::size_t>(f)]; }
    double wardMinutes(int f, int t) const { return m_wardMinutes[ftIndex(f, t)]; }
    bool eligible(int f, int k, int t) const { return m_elig[qIndex(f, k, t)] != 0; }
    double travelMinutes(int s, int f) const; // -1 when f is not a candidate of s

private:
    std::size_t qIndex(int f, int k, int t) const
    {
        return (static_cast<std::size_t>(f) * m_k + k) * m_t + t;
    }
    std::size_t slot(int s, int c) const { return static_cast<std::size_t>(s) * m_c + c; }
    std::size_t ftIndex(int f, int t) const { return static_cast<std::size_t>(f) * m_t + t; }
    // Per month, line and level: [(t*K + k)*L + l].
    std::size_t tklIndex(int t, int k, int l) const
    {
        return (static_cast<std::size_t>(t) * m_k + k) * kLevels + l;
    }
    // Demand factor of township w, line k, month t: [(t*W + w)*K + k].
    std::size_t twkIndex(int t, int w, int k) const
    {
        return (static_cast<std::size_t>(t) * m_w + w) * m_k + k;
    }
    std::size_t aggIndex(int t, int w, int l, int k) const
    {
        return ((static_cast<std::size_t>(t) * m_w + w) * kLevels + l) * m_k + k;
    }

    // Full runs use threads from this many settlements on: a county's run
    // takes milliseconds on one thread (and under load, waiting for a busy
    // core costs more than it saves).
    static constexpr int kParallelSettlements = 1000;
    // The threads of runs and updates, kept between them (sized as above).
    Workers &workers();
    std::unique_ptr<Workers> m_workers;

    // Calendar year of month t counted from the start year (0, 1, ...).
    int yearOf(int t) const;

    // Compilation steps (engine.cpp).
    void compilePolicy();
    void compileFacility(int f);
    void compileStaffIndex();
    // The candidate set of s and, when `travel`, the minutes to each; false
    // when the slot stride is too small.
    bool compileCandidates(int s, bool travel = true);
    // Candidates `facs` (home facilities marked in `home`) into the slots of s,
    // with their minutes (nullptr: 0, the travel times follow).
    void placeCandidates(int s, const std::vector<int> &facs, const std::vector<char> &home,
                         const std::vector<double> *minutes);
    // Minutes of every candidate slot: one search from each facility.
    void compileTravel(Workers &workers);
    void compileStatic(int s);
    void compileInverse();
    void runFull(Workers &workers);

    // The factors of one month an update changes, as they were before it.
    struct MonthFactors {
        const int *index = nullptr;      // [f]: entry in expQ/expWait, -1: unchanged
        const double *expQ = nullptr;    // [entry*K + k]
        const double *expWait = nullptr; // [entry*2 + inpatient]
        const double *monthQ = nullptr;  // [f*K + k]: every facility (policy, lines)
    };
    // What a row's exp-utilities and contribution depend on: the values
    // before an update when removing, after when adding.
    struct RowContext {
        const std::vector<Settlement> *settlements = nullptr;
        const std::vector<int> *candFac = nullptr;
        const std::vector<std::uint8_t> *candHome = nullptr;
        const std::vector<double> *expStatic = nullptr;
        const std::vector<int> *facLevel = nullptr;
        const std::vector<double> *lineRate = nullptr;
        const std::vector<double> *lineMinutes = nullptr;
        const std::vector<double> *lineAvoidable = nullptr;
        const std::vector<double> *rampFraction = nullptr;
        const std::vector<double> *signingTarget = nullptr;
        const std::vector<double> *demandFactor = nullptr;  // [(t*W + w)*K + k]
        const std::vector<double> *lengthOfStay = nullptr;  // [(t*K + k)*L + l]
        const std::vector<double> *avoidance = nullptr;     // [t]: share avoided per signed
        const std::vector<double> *avoidableRate = nullptr; // [t*W + w]: per person
        const std::vector<double> *referral = nullptr;      // [t*2 + i]: up, down shares
        const std::vector<double> *beds = nullptr;          // [f]
        const MonthFactors *old = nullptr;                  // nullptr: the engine's current factors
    };
    // Where one month's contributions go (the engine's arrays or a thread's buffers).
    struct MonthSink {
        double *load; // staff minutes (outpatient and ward)
        double *wardMinutes;
        double *bedDays;
        double *facEpisodes;
        double *facLineEpisodes; // + f * facLineStride + k (month t's slab)
        std::size_t facStride;
        std::size_t facLineStride;
        double *aggE;                        // [(w*L + l)*K + k]
        double *aggSigned;                   // same
        double *unmet;                       // [w*K + k]
        double *referrals;                   // [(w*K + k)*2 + i]: up, down
        std::vector<int> *touched = nullptr; // facilities whose load changed
        std::vector<std::uint8_t> *touchedMark = nullptr;
        // Incremental updates also keep the county sums and note the townships touched.
        double *countyE = nullptr;         // [l*K + k]
        double *countySigned = nullptr;    // same
        double *countyUnmet = nullptr;     // [k]
        double *countyReferrals = nullptr; // [k*2 + i]
        int *townshipFirst = nullptr;      // [w]: first month changed (m_t: none)
        int month = 0;
    };
    // A settlement's candidates without its empty slots, in slot order (so
    // sums over them add in the same order as over the slots), with what its
    // rows look up for each: a full run builds them once per settlement
    // (m_rowSlotTable), not once per row.
    struct RowSlots {
        int n = 0;
        std::array<int, 64> slot; // candidate slot c of entry j
        std::array<int, 64> fac;
        std::array<int, 64> level;
        int homeCentre = -1; // entry of the (last) home township centre, -1: none
        // The entries level by level (in entry order within a level): those
        // of level l are byLevel[levelStart[l] .. levelStart[l + 1]).
        std::array<int, 64> byLevel;
        std::array<int, kLevels + 1> levelStart;
    };
    void rowSlots(const RowContext &cx, int s, RowSlots &out) const;
    // Every settlement's RowSlots from the current candidates, packed, for
    // the months run whole (built before a full run's months and before an
    // update's first month run whole: candidates and levels stay as they are
    // from there): [s * stride] n, homeCentre, levelStart[kLevels + 1], then
    // slot, fac, level and byLevel, m_c each.
    std::vector<int> m_rowSlotTable;
    std::size_t rowSlotStride() const
    {
        return 2 + (kLevels + 1) + 4 * static_cast<std::size_t>(m_c);
    }
    void compileRowSlots(Workers &workers);
    void loadRowSlots(int s, RowSlots &out) const;
    // What a settlement's rows of month t share: who lives there and how many signed.
    struct RowSettlement {
        bool active = false;
        int w = 0; // township
        double population = 0;
        double signedShare = 0; // signedShare()
    };
    RowSettlement rowSettlement(const RowContext &cx, int s, int t) const;
    // What one row sends where: episodes and bed-days by candidate entry of
    // its RowSlots, entries [0, n) written (bed-days for inpatient lines only;
    // chronic-care visits that replace avoided admissions included; recovery
    // days of down-referred admissions moved to the home township centre),
    // referrals up and down, demand no facility could treat.
    struct RowFlows {
        std::array<double, 64> episodes;
        std::array<double, 64> bedDays;
        double up = 0, down = 0, unmet = 0;
        double demand = 0; // episodes wanted (the regular demand and the managed visits)
    };
    // The flows of row (s, k, t) from the exp-utilities of its entries e[0..n)
    // and their sum.
    void rowFlows(const RowContext &cx, const RowSlots &slots, const RowSettlement &st, int k,
                  int t, const double *e, double denom, RowFlows &out) const;
    // The same from exp-utilities by candidate slot, e[0..m_c) (what rowExp()
    // writes); `slots` gets the row's candidates.
    void rowFlows(const RowContext &cx, int s, int k, int t, const double *e, double denom,
                  RowSlots &slots, RowFlows &out) const;
    // The one builder of a row's context, for full runs, whole months and
    // updates alike: the current values, or with `before` the values an
    // update's rows saw before it (to take their contributions out).
    struct Update;
    RowContext rowContext(const Update *before = nullptr) const;
    MonthSink engineSink(int t);
    // Adds sign x a row's episodes (exp-utilities e, their sum denom) to the sink.
    void contribute(const RowContext &cx, int s, int k, int t, double sign, const double *e,
                    double denom, const MonthSink &sink) const;
    // The row's new episodes minus its old ones, when only the exp-utilities changed.
    void contributeChange(const RowContext &oldCx, const RowContext &newCx, int s, int k, int t,
                          const double *oldE, double oldDenom, const double *newE, double newDenom,
                          const MonthSink &sink) const;
    // One row's demand: population x rate / 12 x the month's demand factor,
    // less the avoided admissions of its signed residents.
    double rowDemand(const RowContext &cx, const RowSettlement &st, int k, int t) const;
    void addEpisodes(const MonthSink &sink, int f, int level, int w, int k, double episodes,
                     double minutes, double bedDays, double signedEpisodes) const;

    // Month loop pieces (enginerows.cpp; the queues and the months run
    // whole, from computeWaits() to runFull(), enginemonth.cpp).
    // Each candidate's exp(utility) of row (s, k, t) into e[0..C); returns their sum.
    double rowExp(const RowContext &cx, int s, int k, int t, double home, double *e) const;
    double signedShare(const RowContext &cx, int s, int t) const;
    double homeFactor(const RowContext &cx, int s, int t) const; // exp(coefSignedHome * share)
    void computeWaits(int t, int fBegin, int fEnd);
    // Outpatient and inpatient congestion of facility f in month t.
    struct Waits {
        double outpatient = 0, inpatient = 0;
    };
    Waits waitAt(int f, int t) const;
    void setWait(int f, int t, const Waits &wait);
    double expWaitAt(int f, int t, bool inpatient) const
    {
        return m_expWait[tfIndex(f, t) * 2 + (inpatient ? 1 : 0)];
    }
    // m_expQ of facility f for every line and month; of every facility in month t.
    double expQAt(int f, int k, int t) const;
    void compileExpQ(int f);
    // Month t's factors of every facility, those before into before[f*K + k];
    // with `moved` ([k*L + l]), only the lines and levels whose prices moved.
    void compileExpQMonth(int t, double *before, Workers &workers,
                          const std::vector<char> *moved = nullptr);
    // The arrays a month's rows and queues read (m_expQ, m_expWait,
    // m_facLineEpisodes) are month-major: month t is one contiguous slab, not
    // one cache line (and page) per facility a whole horizon apart.
    std::size_t fktIndex(int f, int k, int t) const
    {
        return (static_cast<std::size_t>(t) * m_f + f) * m_k + k;
    }
    std::size_t tfIndex(int f, int t) const { return static_cast<std::size_t>(t) * m_f + f; }
    // Appended facilities in a month-major array of `width` values per facility.
    void growMonthMajor(std::vector<double> &values, int oldF, std::size_t width,
                        double fill) const;
    // A full run's sums of one month and one thread: zero between months
    // (runMonthRows() zeroes what it adds up).
    struct FullBuffers {
        std::vector<double> facEp;      // [f*K + k]
        std::vector<double> facBedDays; // [f]
        std::vector<double> aggE, aggS; // [(w*L + l)*K + k]
        std::vector<double> unmet;      // [w*K + k]
        std::vector<double> referrals;  // [(w*K + k)*2 + i]
        std::vector<double> lineSums;   // [k]: one facility's, while adding up
        std::vector<int> runLines;      // the lines whose rows run, one settlement's
        std::vector<int> touched;       // facilities whose sums moved (updates)
    };
    // The rows of settlements [sBegin, sEnd) in month t; with `lines`, only
    // the lines it marks.
    void runMonthRange(int t, int sBegin, int sEnd, FullBuffers &buffers,
                       const std::vector<char> *lines = nullptr) const;
    // Buffers for runMonthRows(), one per thread.
    std::vector<FullBuffers> monthBuffers(int threads) const;
    // Every row of month t from the current factors (queues included), as a
    // full run computes them: the month's sums are written, not added to.
    // With `lines`, only the rows of the lines it marks: their sums are
    // written and the facilities' totals summed again from the lines' (the
    // marked lines hold every inpatient line or none, so bed-days stay whole).
    // With `touched` (an update), the facilities whose sums moved are appended
    // to it; the others keep their totals as they were.
    void runMonthRows(int t, Workers &workers, std::vector<FullBuffers> &buffers,
                      const std::vector<char> *lines = nullptr,
                      std::vector<int> *touched = nullptr);
    // Facility f's sums of month t from the buffers (of the marked lines);
    // with `update`, true when they moved (else they are left as they were).
    bool sumFacility(int t, std::size_t f, std::vector<FullBuffers> &buffers, double *sums,
                     bool update);
    bool sumFacilityLines(int t, std::size_t f, std::vector<FullBuffers> &buffers,
                          const std::vector<char> &lines, bool update);
    // An update's month whose rows are mostly redone runs whole (runMonthRows()
    // on the engine's threads); `touched` gets the facilities whose sums moved.
    void rerunMonthRows(int t, std::vector<FullBuffers> &buffers, std::vector<int> &touched,
                        const std::vector<char> *lines = nullptr);
    // Incremental update steps (engineupdate.cpp, the months enginereplay.cpp)
    // in the order apply() runs them; an Update carries what one step finds to
    // the next.
    struct DirtyFacility;
    // A policy month of an edit to the schedule alone: the lines whose rows
    // see a different factor (choice, queue, demand, days in bed) into
    // `lines`, every inpatient line when one is; false when every line is.
    bool policyMonthLines(const Update &u, int t, std::vector<char> &lines) const;
    // Every month from the first would run whole: a full run from the
    // compiled input costs less (no rows compared, no factors kept).
    bool fullRunCheaper(const Update &u) const;
    // An edit to the schedule alone that leaves, in every month, what every
    // row reads and the factors of the outpatient lines or of the inpatient
    // lines as they were: its months rerun only the lines that moved.
    bool someLinesKept(const Update &u) const;
    // The edit changes the schedule alone (no settlement, line or facility).
    bool scheduleOnly(const Update &u) const;
    bool needsRebuild(const ChangeSet &changes) const; // a new layout: a full run
    void keepBefore(Update &u) const;                  // what the rows saw before
    void markChanges(Update &u) const;                 // facilities, settlements, lines to redo
    void markStaffFacilities(Update &u, int staff) const;
    void growArrays(Update &u); // appended facilities and settlements
    void recompilePolicy(Update &u);
    bool refreshCandidates(Update &u); // false: more candidates than the slot stride
    bool refreshSettlement(Update &u, int s);
    void recompileFacilities(Update &u);
    void findChangedMonths(Update &u);
    void prepareRows(Update &u); // the old context and what finalize() redoes
    // Replays the months from the first change; returns where nothing moves any more.
    int replayMonths(Update &u);
    bool regimeMoved(Update &u, int year, int yearStart);
    void writeMonthFactors(Update &u, int t, std::vector<int> &appealMoved);
    void keepFactors(Update &u, int f, int t);
    void updateQueues(Update &u, int t, std::vector<int> &appealMoved);
    void redoRows(Update &u, int t);
    void redoRow(Update &u, int s, int k, int t, bool whole) const;
    bool homeBedsMoved(const Update &u, int s, int k) const;
    void endMonth(Update &u);
    // From this share of a month's rows to redo, the month runs whole: taking
    // a row out and putting it back costs about five times what a full run
    // pays per row (bench/sim_bench, 2 cores: LocalEdit/county, every row of
    // its months, ran twice as fast whole; LocalEdit/prefecture, a tenth of
    // each month's rows, ran faster row by row than at a share of 0.1).
    static constexpr double kWholeMonthShare = 0.25;
    // From this many queues to check in a month, an update checks them on its threads.
    static constexpr std::size_t kParallelQueues = 1000;

    // Indicators and fund (enginefinalize.cpp).
    // What finalize() must redo after an incremental update.
    struct Scope {
        bool everything = true;
        bool settlements = false;       // populations, signing or townships of settlements
        bool staff = false;             // postings, staff or facilities (county doctors)
        bool facilitiesMoved = false;   // facilities edited (beds, township, level)
        bool links = false;             // telemedicine links edited (their costs)
        std::vector<int> townshipFirst; // [w]: first month whose sums changed (m_t: none)
        std::vector<int> facilities;    // facilities whose workload changed
        int changedUntil = 0;           // no township's or the county's sums change from here
    };
    // Recomputes indicators and fund; months before the calendar year of
    // `firstChanged` keep their values, and so do townships the scope leaves out
    // (but for DRG claims when a year's point value moved).
    void finalize(int firstChanged, const Scope &scope, Workers *workers = nullptr);
    // Per-hospital DRG revenue and telemedicine costs of the months written.
    void careByFacility(const std::vector<double> &pointValues, bool facilitiesMoved);
    // The county's sums of month t from the townships' (full runs).
    void sumCountyMonth(int t);
    void compileTownships();
    // Returns the end of the months whose doctors changed (all: m_t).
    int compileDoctors(std::vector<int> *townshipFirst);
    // Raw sums of one unit (a township or the county) in month t from its
    // aggregates, leaving the DRG-paid claims of THC and CH to the point value.
    struct UnitInputs {
        const double *aggE;         // [l*K + k]
        const double *aggSigned;    // same
        const double *unmet;        // [k]
        const double *demand;       // [k]: at the start
        const double *demandFactor; // [k]: growth in this month (nullptr: 1)
        const double *referrals;    // [k*2 + i]: up, down
        double population;
        double signedPopulation0;
        double doctors;
        double avoidableRate; // avoidable admissions per person this month (m_avoidableRate)
    };
    UnitInputs countyInputs(int t) const;
    // The DRG-paid points and their pool (what the admissions would have cost
    // the fund under fee-for-service before providers' response) of a year.
    void yearDrgSums(int year, double &points, double &pool) const;
    double drgPointValue(int t, double points, double pool) const;
    // Revenue and the global budget of month t (0 when off) given last year's spending.
    double monthRevenue(int t) const;
    double monthBudget(int t, double lastYearSpending) const;
    // Last year's spending on the residents, as the budget of `year` takes it.
    double lastYearSpending(int year, const std::vector<double> &yearClaims,
                            const std::vector<int> &yearMonths, double firstMonthClaims) const;
    void unitMonth(const UnitInputs &in, int t, Indicators &x, double drgPoints[2],
                   double otherClaims[2]) const;

    Input m_in;
    EngineOptions m_options;
    UpdateStats m_stats;
    ResultArrays m_results; // what the steps compute into
    Results m_published;    // m_results as shared blocks (results())
    int m_s = 0, m_f = 0, m_k = 0, m_t = 0, m_w = 0, m_c = 0;

    CandidateFinder m_finder;
    TravelModel m_travel;

    // Policy by month.
    std::vector<int> m_policyIndex;       // [t] index into schedule (-1: default)
    std::vector<const Policy *> m_policy; // [t]
    // Money per episode by month, line and level [(t*K + k)*L + l], at the
    // month's prices: the insured's out-of-pocket, the fund's payment and its
    // part above the high-cost threshold; the out-of-pocket at base-year prices
    // (what choice sees: incomes are taken to grow with prices).
    std::vector<double> m_oop;
    std::vector<double> m_fundPerEpisode;
    std::vector<double> m_ciPerEpisode;
    std::vector<double> m_oopChoice;
    std::vector<double> m_cost;          // cost per episode at the month's prices
    std::vector<double> m_lengthOfStay;  // bed-days per admission [(t*K + k)*L + l]
    std::vector<double> m_demandFactor;  // [(t*W + w)*K + k]: growth of use per person
    std::vector<double> m_revenueFactor; // [t]: growth of subsidy and premium
    // What base cost the fund would pay per episode before providers' response
    // (the DRG pool: cost savings per case stay with the hospitals).
    std::vector<double> m_fundPerEpisodeBase;

    // Provider response (Model 2, part 2), by month: the alliance's incentive
    // (what it keeps of a yuan of claims it avoids), the response's ramp, the
    // share of signed residents' avoidable admissions avoided, the avoidable
    // admissions per person and month by township, the referral shares.
    std::vector<int> m_regime;           // [year]: 0 surplus, 1 overrun in band, 2 beyond
    std::vector<double> m_incentive;     // [t]
    std::vector<double> m_responseRamp;  // [t]
    std::vector<double> m_avoidance;     // [t]
    std::vector<double> m_avoidableRate; // [t*W + w]
    std::vector<double> m_referral;      // [t*2 + i]: up, down
    std::vector<double> m_facBeds;       // [f]
    // The incentive's budget part under each regime of the year before.
    int regimeOf(int year) const;
    // Sets m_incentive and m_avoidance for months [tBegin, tEnd) from the regimes.
    void compileResponse(int tBegin, int tEnd);
    // The alliance's claims (all but the critical-illness part) of a calendar
    // year, from the townships' sums, and its budget position that year.
    double yearAllianceClaims(int year) const;
    struct YearPosition {
        bool on = false; // the budget was on in some month of the year
        double budget = 0, claims = 0;
    };
    YearPosition yearPosition(int year) const;
    std::vector<double> m_rampFraction;  // [t] signing ramp 0..1
    std::vector<double> m_signingTarget; // [t]

    std::vector<int> m_facLevel;
    std::vector<std::uint8_t> m_lineInpatient;
    std::vector<std::uint8_t> m_lineManaged;
    std::vector<double> m_lineAvoidable;
    std::vector<double> m_lineRate;
    std::vector<double> m_lineMinutes;

    // Facilities: [f][k][t] and [f][t].
    std::vector<double> m_q;
    std::vector<std::uint8_t> m_elig;
    std::vector<double> m_capOp, m_capWard; // staff minutes for outpatients / on wards [f*T + t]
    std::vector<double> m_bedCap;           // bed-days per month at the target occupancy [f]
    // ln(size) of in-county facilities: their own staff (for visits) and beds
    // (for admissions), 0 elsewhere [f*2 + inpatient].
    std::vector<double> m_logSize;
    std::vector<double> &m_fte = m_results.facilityFte; // [f*T + t]
    std::vector<std::vector<int>> m_postingsAt;         // postings hosted by f
    std::vector<std::vector<int>> m_staffAt;            // staff whose home is f
    std::vector<std::vector<int>> m_postingsOf;         // postings of a staff member
    std::vector<std::vector<int>> m_linksAt;            // telemedicine links into f

    // Candidates: [s][c] with stride m_c, facility -1 for an empty slot.
    std::vector<int> m_candFac;
    std::vector<double> m_candMinutes;
    std::vector<std::uint8_t> m_candHome;
    // exp(asc - bt*TT + bin*inCounty) [(s*C + c)*K + k]
    std::vector<double> m_expStatic;
    std::vector<std::vector<int>> m_slotsOf; // facility -> candidate slots holding it

    // Flows.
    // staff minutes demanded [f*T + t]
    std::vector<double> &m_load = m_results.facilityWorkloadMinutes;
    std::vector<double> &m_facEpisodes = m_results.facilityEpisodes; // [f*T + t]
    std::vector<double> m_facLineEpisodes; // [(t*F + f)*K + k]: what the queue predicts from
    std::vector<double> m_wardMinutes;     // ward part of m_load
    std::vector<double> &m_bedDays = m_results.facilityBedDays;      // [f*T + t]
    std::vector<double> &m_wait = m_results.facilityWait;            // [f*T + t] outpatient
    std::vector<double> &m_waitIp = m_results.facilityInpatientWait; // [f*T + t]
    std::vector<double> m_expWait; // exp(-coefWait * wait) [(t*F + f)*2 + inpatient]
    // exp(coefQuality*q - coefCost*oop) of eligible facilities, 0 otherwise [(t*F + f)*K + k].
    std::vector<double> m_expQ;
    std::vector<double> m_aggE;         // episodes [t][w][l][k]
    std::vector<double> m_aggSigned;    // episodes weighted by signed share
    std::vector<double> m_unmet;        // [(t*W + w)*K + k]
    std::vector<double> m_aggReferrals; // [((t*W + w)*K + k)*2 + i]: up, down
    // The same for the whole county: episodes are the results' countyEpisodes.
    std::vector<double> &m_countyE = m_results.countyEpisodes; // [(t*L + l)*K + k]
    std::vector<double> m_countySigned;
    std::vector<double> m_countyUnmet;     // [t*K + k]
    std::vector<double> m_countyReferrals; // [(t*K + k)*2 + i]

    // Townships: population, signed population at the start, demand per line.
    std::vector<double> m_popW, m_sig0W, m_demandW; // [w], [w], [w*K + k]
    std::vector<double> m_demandCounty;             // [t*K + k]: with growth
    double m_popCounty = 0, m_sig0County = 0;
    // County doctors posted six months or more at grassroots facilities.
    std::vector<double> m_doctors;       // [w*T + t]
    std::vector<double> m_doctorsCounty; // [t]
    // DRG points and the other claims of THC and CH, per township month [(w*T + t)*2 + i].
    std::vector<double> m_drgPoints, m_otherClaims;
    std::vector<double> m_countyDrg; // the county's: [t*4 + i] points, [t*4 + 2 + i] other claims
    // Load-weighted congestion and beds of in-county facilities per unit: bucket
    // w (a township's grassroots facilities) or m_w (the county hospitals), per
    // month [(b*T + t)*kUnitLoadFields + i], fields as in UnitLoad.
    enum UnitLoad { OpMinutes, OpWeightedWait, BedDays, BedWeightedWait, BedDaysAvailable };
    static constexpr int kUnitLoadFields = 5;
    std::vector<double> m_unitLoad;
    int bucketOf(int f) const;
    std::vector<double> m_countyLoad; // the same summed over the buckets [t*kUnitLoadFields + i]
    // Sums the facilities of the buckets marked in `buckets` ([m_w + 1]) into
    // m_unitLoad again and moves the county's sums by the difference (all: from scratch).
    void sumUnitLoads(const std::vector<char> &buckets, bool all);
    // Writes the bed and congestion indicators of a unit's month from its sums.
    static void applyUnitLoad(Indicators &x, const double *sums);
    // Fund flows month by month (enginefinalize.cpp).
    void runFund();
};

} // namespace cc::sim
