// Staff roster and postings of the demo county (县招乡用: county hires work
// at the county hospitals and are posted to township centres).
#include "models/demo/demobuild.h"
#include "models/demo/demonames.h"

#include <cmath>

namespace cc::demo::detail {

namespace {

// Annual pay by title, yuan: county-hospital doctors in a Fujian mountain
// county (editable assumption after provincial public-hospital pay surveys):
// junior 90,000, intermediate 130,000, senior 180,000.
constexpr double kDoctorSalary[kStaffTitleCount] = {90000, 130000, 180000};
constexpr double kNurseFactor = 0.75;          // nurses and public-health staff
constexpr double kTownshipFactor = 0.85;       // township centres pay less than the county
constexpr double kVillageDoctorSalary = 48000; // 村医: subsidies + service fees

struct TitleMix {
    double junior;
    double intermediate; // the rest are senior
};

class Roster {
public:
    explicit Roster(Project &p) : m_project(p), m_rng(0x51A65A11C0DE0004ULL), m_names(m_rng) {}

    void hire(int count, StaffRole role, const TitleMix &mix, EntityId employer, EntityId home)
    {
        for (int i = 0; i < count; ++i) {
            StaffMember m;
            m.id = nextId<StaffMember>(m_project);
            m.name = m_names.next();
            m.role = role;
            const double u = m_rng.uniform();
            m.title = u < mix.junior                      ? StaffTitle::Junior
                      : u < mix.junior + mix.intermediate ? StaffTitle::Intermediate
                                                          : StaffTitle::Senior;
            m.employerFacilityId = employer;
            m.homeFacilityId = home;
            const FacilityLevel level = m_project.facilities.value(home).level;
            double salary = kDoctorSalary[static_cast<int>(m.title)];
            if (role == StaffRole::Nurse || role == StaffRole::PublicHealth)
                salary *= kNurseFactor;
            if (level == FacilityLevel::TownshipCentre)
                salary *= kTownshipFactor;
            if (level == FacilityLevel::VillageClinic)
                salary = kVillageDoctorSalary;
            m.annualSalaryYuan = std::round(salary * m_rng.uniform(0.94, 1.06) / 100) * 100;
            // County hires: some have done a rotation already (晋升前基层服务);
            // township and village staff have served there for years.
            if (level == FacilityLevel::CountyHospital)
                m.grassrootsMonths = m_rng.chance(0.4) ? m_rng.integer(6, 24) : 0;
            else if (level == FacilityLevel::TownshipCentre)
                m.grassrootsMonths = m_rng.integer(12, 360);
            else
                m.grassrootsMonths = m_rng.integer(60, 480);
            m_project.staff.insert(m.id, m);
        }
    }
    DemoRandom &rng() { return m_rng; }

private:
    Project &m_project;
    DemoRandom m_rng;
    PersonNamer m_names;
};

} // namespace

void buildStaff(Project &p)
{
    Roster roster(p);
    // County hospitals: clinical staff about 0.85 per bed, two nurses per
    // doctor (NHC staffing norm for general hospitals: 1.3-1.4 staff per bed
    // including technicians, pharmacists and managers, who are not modelled).
    const TitleMix countyDoctors{0.35, 0.40};
    const TitleMix countyNurses{0.45, 0.40};
    struct CountyTeam {
        EntityId home;
        int gps, specialists, nurses, publicHealth;
    };
    const CountyTeam teams[] = {{kCountyGeneralHospitalId, 40, 230, 430, 20},
                                {kCountyTcmHospitalId, 12, 80, 90, 8}};
    for (const CountyTeam &t : teams) {
        roster.hire(t.gps, StaffRole::GeneralPractitioner, countyDoctors, 0, t.home);
        roster.hire(t.specialists, StaffRole::Specialist, countyDoctors, 0, t.home);
        roster.hire(t.nurses, StaffRole::Nurse, countyNurses, 0, t.home);
        roster.hire(t.publicHealth, StaffRole::PublicHealth, countyNurses, 0, t.home);
    }

    // Township centres hire locally: 15-30 staff each, nurses scaling with beds
    // (national THC average about 1.1 staff per bed plus outpatient teams).
    const TitleMix thcMix{0.50, 0.40};
    for (const Facility &f : p.facilities) {
        if (f.level != FacilityLevel::TownshipCentre)
            continue;
        DemoRandom &rng = roster.rng();
        const bool community = f.id == kFirstTownshipCentreId; // 城关镇: community centre
        roster.hire(community ? 8 : rng.integer(3, 6), StaffRole::GeneralPractitioner, thcMix, f.id,
                    f.id);
        roster.hire(community ? 1 : 1 + f.beds / 30, StaffRole::Specialist, thcMix, f.id, f.id);
        roster.hire(3 + f.beds / 5, StaffRole::Nurse, thcMix, f.id, f.id);
        roster.hire(community ? 4 : rng.integer(2, 3), StaffRole::PublicHealth, thcMix, f.id, f.id);
    }

    // Village doctors (乡村医生): one per 1,000 residents of the village, at
    // least one (State Council General Office 2015 No. 13 on village doctors:
    // no fewer than one per 1,000 residents served). Clinics were placed one
    // per rural village, in the settlements' order (demoplaces.cpp).
    EntityId clinic = kFirstVillageClinicId;
    for (const Settlement &s : p.settlements) {
        if (s.urban)
            continue;
        const int doctors = std::max(1, static_cast<int>(std::lround(s.population / 1000.0)));
        roster.hire(doctors, StaffRole::GeneralPractitioner, TitleMix{1.0, 0.0}, clinic, clinic);
        ++clinic;
    }
    // Community health service stations, after the village clinics: a GP per
    // 3,000 residents (at least two) and a nurse for all but one of them
    // (NHC basic standard for the stations: at least two GPs; editable assumption).
    for (const Settlement &s : p.settlements) {
        if (!s.urban)
            continue;
        const int doctors = std::max(2, static_cast<int>(std::lround(s.population / 3000.0)));
        roster.hire(doctors, StaffRole::GeneralPractitioner, TitleMix{0.6, 0.4}, clinic, clinic);
        roster.hire(doctors - 1, StaffRole::Nurse, TitleMix{0.6, 0.4}, clinic, clinic);
        ++clinic;
    }
}

void buildPostings(Project &p)
{
    // County doctors available for postings, by role; intermediate and senior
    // titles only, as provincial rules send experienced doctors (中级及以上).
    QVector<EntityId> specialists, gps;
    for (const StaffMember &m : p.staff) {
        if (m.employerFacilityId != 0 || m.title == StaffTitle::Junior)
            continue;
        if (m.role == StaffRole::Specialist)
            specialists.push_back(m.id);
        else if (m.role == StaffRole::GeneralPractitioner)
            gps.push_back(m.id);
    }
    int nextSpecialist = 0, nextGp = 0;
    auto post = [&](EntityId staff, EntityId facility, int from, int to, double fte,
                    EntityId scenario) {
        Posting posting{nextId<Posting>(p), staff, facility, from, to, fte, scenario};
        p.postings.insert(posting.id, posting);
    };
    auto thcOf = [](int townshipIndex) { return kFirstTownshipCentreId + townshipIndex; };

    // Already running in every scenario: two GP rotations and three weekly
    // specialist clinics (one day a week = FTE 0.2).
    post(gps[nextGp++], thcOf(2), 0, 6, 1.0, 0);
    post(gps[nextGp++], thcOf(9), 0, 9, 1.0, 0);
    for (int t : {4, 8, 12})
        post(specialists[nextSpecialist++], thcOf(t), 0, 60, 0.2, 0);

    // Reform from 2026-01: 12-month specialist rotations in two waves at ten
    // township centres, two 6-month GP rotations at the other four, and weekly
    // specialist clinics at ten (at least 6 months full time: NHC 2023 guidance
    // on county doctors serving at the grassroots).
    const int specialistTownships[] = {1, 2, 3, 5, 6, 7, 9, 10, 11, 13};
    const int gpTownships[] = {4, 8, 12, 14};
    const int clinicTownships[] = {1, 2, 3, 5, 6, 7, 10, 11, 13, 14};
    const EntityId reform = kReformScenarioId;
    for (int wave = 0; wave < 2; ++wave)
        for (int t : specialistTownships)
            post(specialists[nextSpecialist++], thcOf(t), kReformMonth + 12 * wave,
                 kReformMonth + 12 * (wave + 1), 1.0, reform);
    for (int wave = 0; wave < 2; ++wave)
        for (int t : gpTownships)
            post(gps[nextGp++], thcOf(t), kReformMonth + 6 * wave, kReformMonth + 6 * (wave + 1),
                 1.0, reform);
    for (int t : clinicTownships)
        post(specialists[nextSpecialist++], thcOf(t), kReformMonth, 60, 0.2, reform);
}

} // namespace cc::demo::detail
