#pragma once

#include "models/domain/geo.h"
#include "models/domain/parameters.h"
#include "models/domain/policyschedule.h"

#include <QMap>
#include <QString>
#include <QVector>
#include <array>
#include <tuple>

namespace cc {

// Stable integer id of an entity inside its table. 0 means "none".
using EntityId = qint64;

enum class EntityKind : int {
    Township,
    Settlement,
    Facility,
    Road,
    Staff,
    Posting,
    ServiceLine,
    Scenario,
    TelemedicineLink,
    Investment,
};

// 乡镇: the unit of per-township indicators.
struct Township {
    EntityId id = 0;
    QString name;   // Chinese name as shown in the UI
    QString nameEn; // English alias
    auto tie() const { return std::tie(id, name, nameEn); }
    friend bool operator==(const Township &a, const Township &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Township &a, const Township &b) { return !(a == b); }
};

// 行政村 / 社区: where residents live.
struct Settlement {
    EntityId id = 0;
    QString name;
    QString nameEn;
    LonLat position;
    qint64 population = 0;
    EntityId townshipId = 0;
    double signedShare = 0.0; // share signed with a family doctor at month 0 (家庭医生签约)
    bool urban = false;
    auto tie() const
    {
        return std::tie(id, name, nameEn, position, population, townshipId, signedShare, urban);
    }
    friend bool operator==(const Settlement &a, const Settlement &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Settlement &a, const Settlement &b) { return !(a == b); }
};

enum class HospitalKind : int { General = 0, Tcm = 1, MaternalChild = 2 };

struct Facility {
    EntityId id = 0;
    QString name;
    QString nameEn;
    FacilityLevel level = FacilityLevel::VillageClinic;
    HospitalKind kind = HospitalKind::General; // meaningful for county hospitals
    LonLat position;
    int beds = 0;
    EntityId townshipId = 0; // 0 for county and out-of-county hospitals
    bool inAlliance = true;  // member of the county health alliance (医共体成员单位)
    // Baseline capability per service line id, in [0, 1] (cap0[f,k]).
    QMap<EntityId, double> capability;
    auto tie() const
    {
        return std::tie(id, name, nameEn, level, kind, position, beds, townshipId, inAlliance,
                        capability);
    }
    friend bool operator==(const Facility &a, const Facility &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Facility &a, const Facility &b) { return !(a == b); }
};

enum class RoadClass : int {
    Expressway = 0,
    National = 1,
    Provincial = 2,
    County = 3,
    Village = 4
};
constexpr int kRoadClassCount = 5;
// Design speeds by class, km/h, for mountain terrain: JTG B01-2014 technical
// standard of highway engineering (expressway 80, class-2 60, class-3 30-40, class-4 20).
double defaultSpeedKmh(RoadClass roadClass);

struct Road {
    EntityId id = 0;
    QString name;
    RoadClass roadClass = RoadClass::County;
    double speedKmh = 40.0;
    QVector<LonLat> path;
    auto tie() const { return std::tie(id, name, roadClass, speedKmh, path); }
    friend bool operator==(const Road &a, const Road &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Road &a, const Road &b) { return !(a == b); }
};

struct CountyBoundary {
    QString name;
    QString nameEn;
    QString adcode; // administrative division code, when known
    MultiPolygon area;
    auto tie() const { return std::tie(name, nameEn, adcode, area); }
    friend bool operator==(const CountyBoundary &a, const CountyBoundary &b)
    {
        return a.tie() == b.tie();
    }
    friend bool operator!=(const CountyBoundary &a, const CountyBoundary &b) { return !(a == b); }
};

enum class StaffRole : int { GeneralPractitioner = 0, Specialist = 1, Nurse = 2, PublicHealth = 3 };
constexpr int kStaffRoleCount = 4;
enum class StaffTitle : int { Junior = 0, Intermediate = 1, Senior = 2 };
constexpr int kStaffTitleCount = 3;

struct StaffMember {
    EntityId id = 0;
    QString name;
    StaffRole role = StaffRole::GeneralPractitioner;
    StaffTitle title = StaffTitle::Junior;
    // 县招乡用: 0 = hired by the alliance (county hire); otherwise the facility that hired locally.
    EntityId employerFacilityId = 0;
    EntityId homeFacilityId = 0; // where the person works when not posted
    int grassrootsMonths = 0;    // months of grassroots service so far (基层服务年限)
    double annualSalaryYuan = 0;
    auto tie() const
    {
        return std::tie(id, name, role, title, employerFacilityId, homeFacilityId, grassrootsMonths,
                        annualSalaryYuan);
    }
    friend bool operator==(const StaffMember &a, const StaffMember &b)
    {
        return a.tie() == b.tie();
    }
    friend bool operator!=(const StaffMember &a, const StaffMember &b) { return !(a == b); }
};

// A staff member working at a facility for months [startMonth, endMonth) at an FTE fraction.
struct Posting {
    EntityId id = 0;
    EntityId staffId = 0;
    EntityId facilityId = 0;
    int startMonth = 0;
    int endMonth = 0;
    double fte = 1.0;
    EntityId scenarioId = 0; // 0: in every scenario; otherwise only in that scenario
    auto tie() const
    {
        return std::tie(id, staffId, facilityId, startMonth, endMonth, fte, scenarioId);
    }
    friend bool operator==(const Posting &a, const Posting &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Posting &a, const Posting &b) { return !(a == b); }
};

// A group of care with its own demand, costs and choice behaviour.
struct ServiceLine {
    EntityId id = 0;
    QString code; // stable short code, e.g. "op_minor"
    QString name;
    QString nameEn;
    bool inpatient = false;
    double annualRatePerPerson = 0; // episodes per person per year
    double drgWeight = 1.0;         // DRG relative weight RW (inpatient lines)
    FacilityLevel minLevel = FacilityLevel::VillageClinic;   // lowest level able to treat (Qmin)
    double qMin = 0.5;                                       // capability needed below minLevel
    std::array<double, kFacilityLevelCount> costYuan{};      // cost per episode by level
    std::array<double, kFacilityLevelCount> baselineShare{}; // stated starting shares by level
    std::array<double, kFacilityLevelCount> asc{};           // calibrated constants by level
    double staffMinutes = 10;                                // staff minutes per episode
    double coefCost = 0.01;                                  // bc, per yuan
    double coefTravel = 0.03;                                // bt, per minute
    double coefQuality = 2.0;                                // bq
    std::array<double, kStaffRoleCount> roleWeight{};        // w(role, k) before the title factor
    // Bed-days per admission by level (住院日); 0 for outpatient lines.
    std::array<double, kFacilityLevelCount> lengthOfStayDays{};
    // Inpatient lines: share of admissions good primary care can avoid
    // (ambulatory-care-sensitive, 门诊可治疗). Outpatient lines: whether the
    // avoided admissions become visits of this line (chronic-disease care).
    double avoidableShare = 0;
    bool managedCare = false;
    auto tie() const
    {
        return std::tie(id, code, name, nameEn, inpatient, annualRatePerPerson, drgWeight, minLevel,
                        qMin, costYuan, baselineShare, asc, staffMinutes, coefCost, coefTravel,
                        coefQuality, roleWeight, lengthOfStayDays, avoidableShare, managedCare);
    }
    friend bool operator==(const ServiceLine &a, const ServiceLine &b)
    {
        return a.tie() == b.tie();
    }
    friend bool operator!=(const ServiceLine &a, const ServiceLine &b) { return !(a == b); }
};

// 远程会诊、影像/检验/心电共享: what a link from a county hospital gives a
// township centre.
enum class LinkKind : int { Consultation = 0, Imaging = 1, Laboratory = 2, Ecg = 3 };
constexpr int kLinkKindCount = 4;
struct LinkKindDefaults {
    double capabilityGain; // raises the centre's capability by this share of its gap
    double annualCostYuan;
    bool outpatient; // serves outpatient lines
    bool inpatient;  // serves inpatient lines
    const char *source;
};
const LinkKindDefaults &linkKindDefaults(LinkKind kind);

// A telemedicine or shared-diagnostics link from a county hospital (the hub)
// to a township centre, for months [startMonth, endMonth).
struct TelemedicineLink {
    EntityId id = 0;
    EntityId hubFacilityId = 0;
    EntityId centreFacilityId = 0;
    LinkKind kind = LinkKind::Consultation;
    int startMonth = 0;
    int endMonth = 240;
    double capabilityGain = 0.08;
    double annualCostYuan = 0;
    EntityId scenarioId = 0; // 0: in every scenario; otherwise only in that scenario
    auto tie() const
    {
        return std::tie(id, hubFacilityId, centreFacilityId, kind, startMonth, endMonth,
                        capabilityGain, annualCostYuan, scenarioId);
    }
    friend bool operator==(const TelemedicineLink &a, const TelemedicineLink &b)
    {
        return a.tie() == b.tie();
    }
    friend bool operator!=(const TelemedicineLink &a, const TelemedicineLink &b)
    {
        return !(a == b);
    }
};

// A scenario has a display name (the planner's, in the project's language,
// e.g. 基线方案) with an optional English alias shown in the English UI, and an
// optional stable key (ASCII, e.g. "baseline", "reform") that scripts use with
// --scenario and that no rename changes. The key "baseline" marks the baseline.
struct Scenario {
    EntityId id = 0;
    QString key;
    QString name;
    QString nameEn;
    QString description;
    PolicySchedule schedule; // sorted by fromMonth, first entry at month 0 (policyschedule.h)
    // The name scripts select it by (and the command line prints): the key, else the name.
    QString scriptName() const { return key.isEmpty() ? name : key; }
    auto tie() const { return std::tie(id, key, name, nameEn, description, schedule); }
    friend bool operator==(const Scenario &a, const Scenario &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Scenario &a, const Scenario &b) { return !(a == b); }
};

} // namespace cc
