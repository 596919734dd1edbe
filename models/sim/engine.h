#pragma once

#include "models/sim/changeset.h"
#include "models/sim/results.h"
#include "models/sim/siminput.h"
#include "models/sim/travel.h"

#include <cstdint>
#include <vector>

namespace cc::sim {

struct EngineOptions {
    int threads = 1; // worker threads for from-scratch runs (split over settlements)
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
};

// The simulation engine (DESIGN.md "Incremental engine"). State lives in flat
// arrays indexed by dense positions; apply() recomputes only what a change
// touches and replays the month-to-month chains (congestion, fund) from the
// first changed month. Results after any sequence of apply() calls equal a
// from-scratch run on the same input (relative difference below 1e-9).
class Engine {
public:
    explicit Engine(Input input, EngineOptions options = {});
    // The per-facility arrays live inside the results (no copy per update).
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    const Input &input() const { return m_in; }
    const Results &results() const { return m_results; }
    const UpdateStats &lastUpdate() const { return m_stats; }

    void apply(const ChangeSet &changes);
    // Runs everything again from the current input.
    void rebuild();

    // Diagnostics for tests: episodes of one (settlement, line, month) row per
    // candidate slot, the facility of each slot (-1: empty), and the row's demand.
    struct Row {
        std::vector<int> facilities;
        std::vector<double> episodes;
        double demand = 0;
        double unmet = 0;
    };
    Row row(int s, int k, int t) const;
    double quality(int f, int k, int t) const { return m_q[qIndex(f, k, t)]; }
    bool eligible(int f, int k, int t) const { return m_elig[qIndex(f, k, t)] != 0; }
    double travelMinutes(int s, int f) const; // -1 when f is not a candidate of s

private:
    friend class MonthRunner;
    std::size_t qIndex(int f, int k, int t) const
    {
        return (static_cast<std::size_t>(f) * m_k + k) * m_t + t;
    }
    // Month-major, so a month's rows are contiguous for the month loop.
    std::size_t rowIndex(int s, int k, int t) const
    {
        return (static_cast<std::size_t>(t) * m_s + s) * m_k + k;
    }
    std::size_t slot(int s, int c) const { return static_cast<std::size_t>(s) * m_c + c; }
    std::size_t aggIndex(int t, int w, int l, int k) const
    {
        return ((static_cast<std::size_t>(t) * m_w + w) * kLevels + l) * m_k + k;
    }

    // Compilation steps (engine.cpp).
    void compilePolicy();
    void compileFacility(int f);
    void compileStaffIndex();
    bool compileCandidates(int s); // false when the slot stride is too small
    void compileStatic(int s);
    void compileInverse();
    void runFull();

    // What a row's contribution to the aggregates depends on besides its
    // exp-utilities: the values before an update when removing, after when adding.
    struct RowContext {
        const std::vector<Settlement> *settlements;
        const std::vector<int> *candFac;
        const std::vector<int> *facLevel;
        const std::vector<double> *lineRate;
        const std::vector<double> *lineMinutes;
        const std::vector<double> *rampFraction;
        const std::vector<double> *signingTarget;
    };
    // Where one month's contributions go (the engine's arrays or a thread's buffers).
    struct MonthSink {
        double *load;
        double *facEpisodes;
        std::size_t facStride;
        double *aggE;                        // [(w*L + l)*K + k]
        double *aggSigned;                   // same
        double *unmet;                       // [w*K + k]
        std::vector<int> *touched = nullptr; // facilities whose load changed
        std::vector<std::uint8_t> *touchedMark = nullptr;
        // Incremental updates also keep the county sums and note the townships touched.
        double *countyE = nullptr;      // [l*K + k]
        double *countySigned = nullptr; // same
        double *countyUnmet = nullptr;  // [k]
        int *townshipFirst = nullptr;   // [w]: first month changed (m_t: none)
        int month = 0;
    };
    RowContext currentContext() const;
    MonthSink engineSink(int t);
    void contribute(const RowContext &cx, int s, int k, int t, double sign,
                    const MonthSink &sink) const;

    // Month loop pieces (enginerows.cpp).
    double utility(int s, int c, int k, int t) const;
    // exp(utility) as a product of cached factors (exp of the static part, of
    // quality and cost, of the queue, of the signing term); exp(utility) itself
    // when a factor over- or underflows.
    double slotExp(int s, int c, int k, int t, double home) const;
    double homeFactor(int s, int t) const;              // exp(coefSignedHome * signed share)
    void evaluateRow(int s, int k, int t, double home); // every candidate
    bool updateRowSlots(int s, int k, int t, std::uint64_t slots); // O(1) per slot
    void computeWaits(int t);
    double waitAt(int f, int t) const;
    void setWait(int f, int t, double wait);
    // m_expQ of facility f for every line and month; of every facility in month t.
    double expQAt(int f, int k, int t) const;
    void compileExpQ(int f);
    void compileExpQMonth(int t);
    std::size_t fktIndex(int f, int k, int t) const
    {
        return (static_cast<std::size_t>(f) * m_t + t) * m_k + k;
    }
    void runMonths(int firstMonth);
    void runMonthRange(int t, int sBegin, int sEnd, const MonthSink &sink);

    // Indicators and fund (enginefinalize.cpp).
    // What finalize() must redo after an incremental update.
    struct Scope {
        bool everything = true;
        bool settlements = false;       // populations, signing or townships of settlements
        bool staff = false;             // postings, staff or facilities (county doctors)
        std::vector<int> townshipFirst; // [w]: first month whose sums changed (m_t: none)
        std::vector<int> facilities;    // facilities whose workload changed
    };
    // Recomputes indicators and fund; months before the calendar year of
    // `firstChanged` keep their values, and so do townships the scope leaves out
    // (but for DRG claims when a year's point value moved).
    void finalize(int firstChanged, const Scope &scope);
    void sumCounty();
    void compileTownships();
    void compileDoctors(std::vector<int> *townshipFirst);
    // Raw sums of one unit (a township or the county) in month t from its
    // aggregates, leaving the DRG-paid claims of THC and CH to the point value.
    struct UnitInputs {
        const double *aggE;      // [l*K + k]
        const double *aggSigned; // same
        const double *unmet;     // [k]
        const double *demand;    // [k]
        double population;
        double signedPopulation0;
        double doctors;
    };
    void unitMonth(const UnitInputs &in, int t, Indicators &x, double drgPoints[2],
                   double otherClaims[2]) const;

    Input m_in;
    EngineOptions m_options;
    UpdateStats m_stats;
    Results m_results;
    Scope m_fullScope; // everything
    int m_s = 0, m_f = 0, m_k = 0, m_t = 0, m_w = 0, m_c = 0;

    CandidateFinder m_finder;
    TravelModel m_travel;

    // Policy by month.
    std::vector<int> m_policyIndex;       // [t] index into schedule (-1: default)
    std::vector<const Policy *> m_policy; // [t]
    std::vector<double> m_oop;            // [(t*K + k)*L + l] expected insured OOP per episode
    std::vector<double> m_fundPerEpisode; // [(t*K + k)*L + l] cost - OOP
    std::vector<double> m_rampFraction;   // [t] signing ramp 0..1
    std::vector<double> m_signingTarget;  // [t]

    std::vector<int> m_facLevel;
    std::vector<double> m_lineRate;
    std::vector<double> m_lineMinutes;

    // Facilities: [f][k][t] and [f][t].
    std::vector<double> m_q;
    std::vector<std::uint8_t> m_elig;
    std::vector<double> m_capMinutes;                   // staff minutes available per month
    std::vector<double> &m_fte = m_results.facilityFte; // [f*T + t]
    std::vector<std::vector<int>> m_postingsAt;         // postings hosted by f
    std::vector<std::vector<int>> m_staffAt;            // staff whose home is f
    std::vector<std::vector<int>> m_postingsOf;         // postings of a staff member

    // Candidates: [s][c] with stride m_c, facility -1 for an empty slot.
    std::vector<int> m_candFac;
    std::vector<double> m_candMinutes;
    std::vector<std::uint8_t> m_candHome;
    std::vector<double> m_candStatic;        // [(s*C + c)*K + k]: asc - bt*TT + bin*inCounty
    std::vector<double> m_expStatic;         // exp(m_candStatic)
    std::vector<std::vector<int>> m_slotsOf; // facility -> candidate slots holding it

    // Flows.
    std::vector<double> m_e;     // exp(utility) [((t*S + s)*K + k)*C + c]
    std::vector<double> m_denom; // [(t*S + s)*K + k]
    // staff minutes demanded [f*T + t]
    std::vector<double> &m_load = m_results.facilityWorkloadMinutes;
    std::vector<double> &m_facEpisodes = m_results.facilityEpisodes; // [f*T + t]
    std::vector<double> &m_wait = m_results.facilityWait;            // [f*T + t]
    std::vector<double> m_expWait; // exp(-coefWait * wait) [f*T + t]
    // exp(coefQuality*q - coefCost*oop) of eligible facilities, 0 otherwise [(f*T + t)*K + k].
    std::vector<double> m_expQ;
    std::vector<double> m_aggE;      // episodes [t][w][l][k]
    std::vector<double> m_aggSigned; // episodes weighted by signed share
    std::vector<double> m_unmet;     // [(t*W + w)*K + k]
    // The same for the whole county: episodes are the results' countyEpisodes.
    std::vector<double> &m_countyE = m_results.countyEpisodes; // [(t*L + l)*K + k]
    std::vector<double> m_countySigned;
    std::vector<double> m_countyUnmet; // [t*K + k]

    // Townships: population, signed population at the start, demand per line.
    std::vector<double> m_popW, m_sig0W, m_demandW; // [w], [w], [w*K + k]
    std::vector<double> m_demandCounty;             // [k]
    double m_popCounty = 0, m_sig0County = 0;
    // County doctors posted six months or more at grassroots facilities.
    std::vector<double> m_doctors;       // [w*T + t]
    std::vector<double> m_doctorsCounty; // [t]
    // DRG points and the other claims of THC and CH, per township month [(w*T + t)*2 + i].
    std::vector<double> m_drgPoints, m_otherClaims;
};

} // namespace cc::sim
