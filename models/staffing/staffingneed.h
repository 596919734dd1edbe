#pragma once

// Need vs posted, WISN style (WHO Workload Indicators of Staffing Need, 2010):
// FTE needed = simulated workload (episodes x staff minutes per episode) /
// available working time per FTE (1,760 h/year by default, SettingKey::
// AvailableHoursPerYear); FTE posted = home staff minus their postings
// elsewhere plus postings hosted, by role. Also the staffing indicators of the
// board: county doctors posted 6+ months per 10,000 residents and the pay of
// the alliance's staff pool.

#include "models/domain/project.h"
#include "models/sim/results.h"
#include "models/simulation/simcompile.h"

#include <QVector>
#include <array>

namespace cc::staffing {

struct StaffingNeed {
    int months = 0;
    QVector<EntityId> facilityIds; // rows, in the project's order
    // [row * months + t]
    QVector<double> needed;
    QVector<double> posted;
    // [(row * months + t) * kStaffRoleCount + role]
    QVector<double> postedByRole;
    int rowOf(EntityId facilityId) const { return facilityIds.indexOf(facilityId); }
    double neededAt(int row, int t) const { return needed[row * months + t]; }
    double postedAt(int row, int t) const { return posted[row * months + t]; }
    double postedAt(int row, int t, int role) const
    {
        return postedByRole[(row * months + t) * kStaffRoleCount + role];
    }
    // Posted / needed (1 = exactly covered; large when little is needed).
    double ratioAt(int row, int t) const;
    // Mean over months [from, to) of needed and posted.
    double meanNeeded(int row, int from, int to) const;
    double meanPosted(int row, int from, int to) const;
};

// In-county facilities (village clinics, township centres, county hospitals) of
// the project; workload from `results` (indexed through `ids`), staff from the
// project's postings in `scenarioId`.
StaffingNeed staffingNeed(const Project &project, EntityId scenarioId, const sim::Results &results,
                          const SimIndexMap &ids);

// Minutes of staff time per FTE per month (available hours per year x 60 / 12).
double minutesPerFteMonth(const ModelSettings &settings);

// County doctors (home at a county hospital) posted 6+ months (the rule's
// minimum) at a grassroots facility, per 10,000 residents, by month.
QVector<double> countyDoctorsPer10k(const Project &project, EntityId scenarioId);

// Annual pay of a person: their own when entered, else the title's default.
double annualPayYuan(const StaffMember &member, const ModelSettings &settings);
// Yearly pay of the alliance's staff pool (county hires, employer 0, 县招).
double alliancePayrollYuan(const Project &project);
int allianceStaffCount(const Project &project);

} // namespace cc::staffing
