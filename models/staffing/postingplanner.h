#pragma once

// Posting planner (县招乡用): proposes postings of alliance doctors to township
// centres that raise the county's in-county treatment rate (县域就诊率) most.
// Greedy search over the incremental engine: each round tries every kind of
// available doctor (home hospital, role, title) at every township centre as a
// trial posting in the engine (models/sim ChangeSet), keeps the best one that
// obeys the staffing rules (no new violation of any rule switched on) and
// leaves the doctor's home hospital with its WISN need covered, and repeats.

#include "models/domain/project.h"

#include <QVector>
#include <functional>

namespace cc::staffing {

struct PlannerOptions {
    EntityId scenarioId = 0;        // simulated scenario (0: baseline)
    EntityId postingScenarioId = 0; // scenario the proposals belong to (0: every scenario)
    int proposals = 5;              // rounds of the greedy search
    int startMonth = 0;
    int months = 12;
    double fte = 1.0;
    bool generalPractitioners = true;
    bool specialists = true;
    // Junior doctors are not sent by default: provincial practice posts doctors
    // of intermediate title and above (中级及以上) to township centres.
    bool juniors = false;
};

struct Proposal {
    Posting posting; // id 0 until accepted
    double gain =
        0; // rise of the in-county rate over the horizon (fraction), given the earlier ones
    double rateAfter = 0;
};

struct PlannerResult {
    double baseRate = 0; // in-county rate over the horizon before any proposal
    QVector<Proposal> proposals;
    int evaluations = 0;
    int rejectedByRules = 0;
    int rejectedByCoverage = 0;
    bool cancelled = false;
    QString error; // translated; empty when the search ran
};

// done/total; return false to cancel. Called from the thread running the planner.
using PlannerProgress = std::function<bool(int done, int total)>;

PlannerResult planPostings(const Project &project, const PlannerOptions &options,
                           const PlannerProgress &progress = {});

} // namespace cc::staffing
