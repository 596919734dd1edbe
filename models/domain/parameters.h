#pragma once

#include <QString>
#include <array>
#include <cstddef>

namespace cc {

// One description per parameter drives storage keys, validation at load and in
// the UI, labels, tooltips and the source of each default. Policy parameters can
// change over time (a schedule entry holds a full set); model settings hold for
// the whole project.

enum class ValueKind { Real, Share, Money, Integer, Boolean };

struct ParameterSpec {
    const char *key; // stable storage key, never translated
    ValueKind kind;
    double defaultValue;
    double minimum;
    double maximum;
    const char *unit;   // QT_TRANSLATE_NOOP("cc::Parameters", ...), may be ""
    const char *label;  // QT_TRANSLATE_NOOP("cc::Parameters", ...)
    const char *help;   // QT_TRANSLATE_NOOP("cc::Parameters", ...)
    const char *source; // where the default comes from (shown in the UI)
    const char *group;  // QT_TRANSLATE_NOOP("cc::Parameters", ...)
};

// Facility levels, lowest first. Ordering matters: Qmin comparisons use it.
enum class FacilityLevel : int {
    VillageClinic = 0,      // 村卫生室
    TownshipCentre = 1,     // 乡镇卫生院
    CountyHospital = 2,     // 县级医院
    OutOfCountyCity = 3,    // 市级医院 (county residents treated outside the county)
    OutOfCountyProvince = 4 // 省级医院
};
constexpr int kFacilityLevelCount = 5;
inline bool isInCounty(FacilityLevel level)
{
    return level <= FacilityLevel::CountyHospital;
}
inline bool isGrassroots(FacilityLevel level)
{
    return level <= FacilityLevel::TownshipCentre;
}

enum class PolicyKey : int {
    InsuredShare,
    FiscalSubsidyYuan,
    PersonalPremiumYuan,
    // Reimbursement, by level (order of FacilityLevel).
    OutpatientDeductibleVillage,
    OutpatientDeductibleTownship,
    OutpatientDeductibleCounty,
    OutpatientDeductibleCity,
    OutpatientDeductibleProvince,
    OutpatientRatioVillage,
    OutpatientRatioTownship,
    OutpatientRatioCounty,
    OutpatientRatioCity,
    OutpatientRatioProvince,
    InpatientDeductibleVillage,
    InpatientDeductibleTownship,
    InpatientDeductibleCounty,
    InpatientDeductibleCity,
    InpatientDeductibleProvince,
    InpatientRatioVillage,
    InpatientRatioTownship,
    InpatientRatioCounty,
    InpatientRatioCity,
    InpatientRatioProvince,
    InScopeShare,
    NoReferralCut,
    ReferralShare,
    // Global budget 总额预算.
    GlobalBudgetOn,
    BudgetShare,
    CriticalIllnessShare,
    ReserveShare,
    PrepaymentShare,
    SurplusRetention,
    OverrunShare,
    OverrunBand,
    // DRG point method 点数法.
    DrgOn,
    DrgFloatingPointValue,
    DrgFixedPointValueYuan,
    DrgBasePoints,
    DrgCoefficientTownship,
    DrgCoefficientCounty,
    // Capitation for signed residents 按人头付费.
    CapitationOn,
    CapitationYuanPerSigned,
    SigningRateTarget,
    SigningRampMonths,
    Count
};
constexpr int kPolicyKeyCount = static_cast<int>(PolicyKey::Count);

enum class SettingKey : int {
    StartYear,
    StartMonth,
    HorizonMonths,
    CoefInCounty,
    CoefSignedHome,
    CoefWait,
    TitleFactorJunior,
    TitleFactorIntermediate,
    TitleFactorSenior,
    DetourFactor,
    OffRoadSpeedKmh,
    CandidateVillageClinics,
    CandidateTownshipCentres,
    AvailableHoursPerYear,
    LearningRetention,
    CongestionOn,
    InitialFundBalanceYuan,
    TargetInCountyRate,
    TargetInCountyInpatientShare,
    TargetGrassrootsShare,
    WaitSmoothing,
    // Monte Carlo uncertainty (models/analysis/montecarlo.h): relative half-widths
    // h of uniform ranges, a draw multiplies the value by 1 + h * (2u - 1).
    UncertaintyCoefInCounty,
    UncertaintyCoefSignedHome,
    UncertaintyCoefWait,
    UncertaintyCoefCost,
    UncertaintyCoefTravel,
    UncertaintyCoefQuality,
    UncertaintyOutpatientRate,
    UncertaintyInpatientRate,
    UncertaintyDraws,
    UncertaintySeed,
    // Staffing rules (县招乡用), models/staffing. Severities: 0 off, 1 warn, 2 refuse.
    StaffingFteSeverity,
    StaffingMaxFte,
    StaffingMinMonthsSeverity,
    StaffingMinTownshipMonths,
    StaffingMinStaffSeverity,
    StaffingMinTownshipPosts,
    StaffingGpPer10k,
    StaffingPromotionSeverity,
    StaffingPromotionMonths,
    SalaryJuniorYuan,
    SalaryIntermediateYuan,
    SalarySeniorYuan,
    Count
};
constexpr int kSettingKeyCount = static_cast<int>(SettingKey::Count);

const ParameterSpec &policySpec(PolicyKey key);
const ParameterSpec &settingSpec(SettingKey key);
// Lookup by storage key; returns -1 when unknown.
int policyKeyIndex(const char *key);
int settingKeyIndex(const char *key);

// Checks one value against its spec. Returns an empty string when acceptable,
// otherwise a translated message naming the parameter and the allowed range.
QString checkValue(const ParameterSpec &spec, double value);

template <typename Key, int N> class ParameterSet {
public:
    double operator[](Key k) const { return m_values[static_cast<std::size_t>(k)]; }
    double &operator[](Key k) { return m_values[static_cast<std::size_t>(k)]; }
    double at(int i) const { return m_values[static_cast<std::size_t>(i)]; }
    double &at(int i) { return m_values[static_cast<std::size_t>(i)]; }
    bool flag(Key k) const { return (*this)[k] != 0.0; }
    int integer(Key k) const { return static_cast<int>((*this)[k]); }
    static constexpr int size() { return N; }
    friend bool operator==(const ParameterSet &a, const ParameterSet &b)
    {
        return a.m_values == b.m_values;
    }
    friend bool operator!=(const ParameterSet &a, const ParameterSet &b) { return !(a == b); }

private:
    std::array<double, N> m_values{};
};

using PolicyParams = ParameterSet<PolicyKey, kPolicyKeyCount>;
using ModelSettings = ParameterSet<SettingKey, kSettingKeyCount>;

PolicyParams defaultPolicy();
ModelSettings defaultSettings();

// The reimbursement keys of a level: deductible and ratio, outpatient or inpatient.
PolicyKey deductibleKey(bool inpatient, FacilityLevel level);
PolicyKey ratioKey(bool inpatient, FacilityLevel level);

// First invalid value of a set, as a translated message; empty when all are valid.
QString validate(const PolicyParams &params);
QString validate(const ModelSettings &settings);

} // namespace cc
