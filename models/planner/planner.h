#pragma once

// Where to invest next (issue 20): every applicable action of the catalogue
// at every facility and village of a scenario, each evaluated with the
// incremental engine (applied to the scenario's engine, the objective read in
// the chosen year, reverted), and a portfolio under a budget chosen greedily
// by gain per 10,000 yuan, re-evaluating after each pick so interactions
// count. A fractional-knapsack bound on the first round's gains says how much
// any portfolio could gain "at most" if gains never add up to more than their
// sum. The candidates of a round are evaluated on two engines at once where
// the machine has two cores (each engine built from the same input, each
// taking every other candidate, so a run is reproducible number for number).

#include "models/domain/project.h"
#include "models/planner/goldenhour.h"
#include "models/planner/simaction.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cc::planner {

// What the planner improves. Rates are fractions 0..1 over the chosen calendar
// year (as `simulate` writes them: in_county_rate_12m and
// in_county_inpatient_share_12m at its December); out-of-pocket is yuan per
// resident over the year (a gain is a fall); the fund balance is yuan at the
// year's end; coverage is residents within the golden hour of a centre.
enum class Objective : int {
    InCountyRate,
    InpatientShare,
    OutOfPocket,
    FundBalance,
    CoverageStroke,
    CoverageChestPain,
    CoverageTrauma,
    CoverageMaternal,
};
constexpr int kObjectiveCount = 8;
const char *objectiveCode(Objective objective); // "in-county-rate", ..., "coverage-maternal"
std::optional<Objective> objectiveFromCode(const QString &code);
QString objectiveLabel(Objective objective); // translated
bool isCoverage(Objective objective);
CareCentreKind coverageKind(Objective objective);

// What a candidate counts against the budget over `years` of the horizon:
// capital plus running cost, never below the capital (see Candidate::costYuan),
// and the running saving shown beside it.
double candidateCostYuan(const InvestmentCost &cost, int years);
double candidateSavingYuan(const InvestmentCost &cost, int years);

// One candidate action, in the document's terms and the engine's.
struct Candidate {
    Investment investment;            // kind, target ids, units, gain (scenario id 0 until applied)
    QVector<EntityId> staffIds;       // PostDoctors: the county doctors posted
    int startMonth = 0, endMonth = 0; // PostDoctors, TelemedicineLink
    // What it counts against the budget: capital plus running cost over the
    // horizon (catalogue), never below the capital cost (a running saving does
    // not make an investment cheaper than free: the lead's decision on merges).
    double costYuan = 0;
    double runningSavingYuan = 0; // running costs saved over the horizon (shown, not netted)
    SimAction action;             // the engine change
    EntityId targetId = 0;        // the facility or village it is at (for the map)
    bool targetIsSettlement = false;
};

// Which candidates the planner lists.
struct CandidateOptions {
    // Closing a clinic (撤并村卫生室) is an access decision, not an investment:
    // merges are candidates only when asked for.
    bool includeMerges = false;
};

struct Pick {
    int candidate = -1;
    double gain = 0;           // what the pick added, in the objective's unit
    double cumulativeGain = 0; // the portfolio's gain over the starting scenario so far
    double costYuan = 0;
};

struct PlanOptions {
    double budgetYuan = 0;
    int maxPicks = 200;
    // Polled between evaluations; true stops the run (the project is never changed).
    std::function<bool()> cancelled;
    // Evaluations done of those planned for this round (round 0 is the ranking).
    std::function<void(int round, int done, int total)> progress;
    // Each first-round result as it comes (candidate index, gain).
    std::function<void(int candidate, double gain)> evaluated;
    // Each pick of the portfolio as it is taken.
    std::function<void(const Pick &pick)> picked;
};

struct PlanResult {
    bool cancelled = false;
    double baseValue = 0;          // the objective in the starting scenario
    std::vector<double> firstGain; // [candidate]: gain on its own (the ranking)
    std::vector<Pick> portfolio;
    double spentYuan = 0;
    double upperBound = 0; // "at most": fractional knapsack over the first-round gains
    long long evaluations = 0;
};

class Planner {
public:
    // Compiles `scenarioId` of `project` and lists the candidates.
    Planner(const Project &project, EntityId scenarioId, Objective objective, int year,
            const CandidateOptions &candidateOptions = {});
    ~Planner();
    Planner(const Planner &) = delete;
    Planner &operator=(const Planner &) = delete;

    Objective objective() const { return m_objective; }
    int year() const { return m_year; }
    int horizonYears() const { return m_horizonYears; }
    const std::vector<Candidate> &candidates() const { return m_candidates; }
    // A short description of the candidate's target ("青山镇卫生院", "村 12").
    QString targetName(int candidate) const;
    QString actionName(int candidate) const;

    // The objective of the current state (the scenario plus any picks taken).
    double baseValue() const;
    // Gain of one candidate over the current state, by the incremental engine.
    double evaluate(int candidate);
    // Gains of several candidates over the current state (a candidate may
    // repeat), on two engines at once when there are enough of them and two
    // cores. `report` (optional) runs for each as it comes, one call at a time
    // (from either thread); `cancelled` is polled before each evaluation.
    // Empty when cancelled.
    std::vector<double> evaluateAll(const std::vector<int> &candidates,
                                    const std::function<bool()> &cancelled = {},
                                    const std::function<void(int index, double gain)> &report = {});
    // The same by a full run of the current input with the candidate applied
    // (the test oracle).
    double evaluateByFullRun(int candidate) const;
    // Makes a candidate part of the current state (the next round's base).
    void take(int candidate);

    PlanResult plan(const PlanOptions &options);

    // The objective of a scenario's results in `year` (engine objectives only).
    static double objectiveValue(const sim::Results &results, Objective objective, int year);
    // The year's months [first, end) in a result of `months` from a start.
    static std::pair<int, int> yearMonths(const sim::Results &results, int year);
    // The default year: the last calendar year wholly inside the horizon.
    static int defaultYear(const Project &project);

private:
    void listCandidates();
    void rebuildEngine();
    bool parallel(std::size_t evaluations) const;
    // Evaluations one after another on one engine (planner.cpp).
    class Sequence;
    double valueOf(const sim::Results &results, const sim::Input &input) const;
    bool stillApplicable(int candidate) const;

    const Project &m_project;
    EntityId m_scenarioId;
    Objective m_objective;
    int m_year;
    CandidateOptions m_candidateOptions;
    int m_horizonYears = 1;
    int m_months = 0; // months the engine runs: to the end of the year (0: the horizon)
    SimIndexMap m_map;
    sim::Input m_start;   // the scenario as compiled
    sim::Input m_current; // plus the picks taken (without reserves)
    sim::Input m_working; // m_current to the year's end plus reserved slots: the engine's input
    Slots m_slots;
    std::unique_ptr<sim::Engine> m_engine;
    std::unique_ptr<sim::Engine> m_second; // the same input, for the other core
    std::vector<char> m_centres;           // coverage objectives: current centres by facility
    std::unique_ptr<CoverageMatrix> m_coverage;
    std::vector<Candidate> m_candidates;
    std::vector<char> m_taken;
};

} // namespace cc::planner
