#include "models/staffing/staffingneed.h"

#include "models/staffing/staffingrules.h"

#include <algorithm>

namespace cc::staffing {

double StaffingNeed::ratioAt(int row, int t) const
{
    const double need = neededAt(row, t);
    const double have = postedAt(row, t);
    if (need <= 1e-12)
        return have > 0 ? 1e9 : 1.0;
    return have / need;
}

double StaffingNeed::meanNeeded(int row, int from, int to) const
{
    from = std::clamp(from, 0, months);
    to = std::clamp(to, from, months);
    double sum = 0;
    for (int t = from; t < to; ++t)
        sum += neededAt(row, t);
    return to > from ? sum / (to - from) : 0.0;
}

double StaffingNeed::meanPosted(int row, int from, int to) const
{
    from = std::clamp(from, 0, months);
    to = std::clamp(to, from, months);
    double sum = 0;
    for (int t = from; t < to; ++t)
        sum += postedAt(row, t);
    return to > from ? sum / (to - from) : 0.0;
}

double minutesPerFteMonth(const ModelSettings &settings)
{
    return settings[SettingKey::AvailableHoursPerYear] * 60.0 / 12.0;
}

StaffingNeed staffingNeed(const Project &project, EntityId scenarioId, const sim::Results &results,
                          const SimIndexMap &ids)
{
    StaffingNeed out;
    out.months = std::max(1, project.settings.integer(SettingKey::HorizonMonths));
    const int T = out.months;
    for (const Facility &f : project.facilities)
        if (isInCounty(f.level))
            out.facilityIds.push_back(f.id);
    const int rows = out.facilityIds.size();
    out.needed.fill(0.0, rows * T);
    out.posted.fill(0.0, rows * T);
    out.postedByRole.fill(0.0, rows * T * kStaffRoleCount);
    const double perFte = minutesPerFteMonth(project.settings);
    const Presence pr = presence(project, scenarioId);
    for (int r = 0; r < rows; ++r) {
        const EntityId id = out.facilityIds[r];
        const int f = ids.facilities.value(id, -1);
        const bool simulated = f >= 0 && f < results.facilities && results.months > 0;
        for (int t = 0; t < T; ++t) {
            if (simulated && t < results.months) {
                const std::size_t i = static_cast<std::size_t>(f) * results.months + t;
                if (i < results.facilityWorkloadMinutes.size() && perFte > 0)
                    out.needed[r * T + t] = results.facilityWorkloadMinutes[i] / perFte;
            }
            double sum = 0;
            for (int role = 0; role < kStaffRoleCount; ++role) {
                const double v = pr.at(id, t, role);
                out.postedByRole[(r * T + t) * kStaffRoleCount + role] = v;
                sum += v;
            }
            out.posted[r * T + t] = sum;
        }
    }
    return out;
}

QVector<double> countyDoctorsPer10k(const Project &project, EntityId scenarioId)
{
    const int T = std::max(1, project.settings.integer(SettingKey::HorizonMonths));
    const int minimum = project.settings.integer(SettingKey::StaffingMinTownshipMonths);
    QVector<double> doctors(T, 0.0);
    for (const Posting &p : project.postingsOf(scenarioId)) {
        if (p.endMonth - p.startMonth < minimum)
            continue;
        const auto staff = project.staff.constFind(p.staffId);
        const auto host = project.facilities.constFind(p.facilityId);
        if (staff == project.staff.cend() || host == project.facilities.cend() ||
            !isGrassroots(host->level))
            continue;
        const auto home = project.facilities.constFind(staff->homeFacilityId);
        if (home == project.facilities.cend() || home->level != FacilityLevel::CountyHospital)
            continue;
        if (staff->role != StaffRole::GeneralPractitioner && staff->role != StaffRole::Specialist)
            continue;
        for (int t = std::max(0, p.startMonth); t < std::min(T, p.endMonth); ++t)
            doctors[t] += 1.0;
    }
    const double population = static_cast<double>(project.totalPopulation());
    for (double &d : doctors)
        d = population > 0 ? d * 10000.0 / population : 0.0;
    return doctors;
}

double annualPayYuan(const StaffMember &member, const ModelSettings &settings)
{
    if (member.annualSalaryYuan > 0)
        return member.annualSalaryYuan;
    switch (member.title) {
    case StaffTitle::Junior:
        return settings[SettingKey::SalaryJuniorYuan];
    case StaffTitle::Intermediate:
        return settings[SettingKey::SalaryIntermediateYuan];
    case StaffTitle::Senior:
        return settings[SettingKey::SalarySeniorYuan];
    }
    return 0.0;
}

double alliancePayrollYuan(const Project &project)
{
    double sum = 0;
    for (const StaffMember &m : project.staff)
        if (m.employerFacilityId == 0)
            sum += annualPayYuan(m, project.settings);
    return sum;
}

int allianceStaffCount(const Project &project)
{
    int n = 0;
    for (const StaffMember &m : project.staff)
        n += m.employerFacilityId == 0 ? 1 : 0;
    return n;
}

} // namespace cc::staffing
