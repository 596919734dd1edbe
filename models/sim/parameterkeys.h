#pragma once

// The policy parameters and model settings, by key: one table of values per
// set, read by the engine as `policy[PolicyKey::SurplusRetention]`. The
// parameter table (models/domain/parameters.cpp) describes each key once:
// storage name, default, range, unit, label and the source of the default; the
// engine has no defaults of its own, so the two cannot disagree. Adding a
// parameter is one enum entry here and one row there (a static_assert checks
// the rows follow the enum).

#include <array>
#include <cstddef>

namespace cc::sim {

enum class PolicyKey : int {
    InsuredShare,
    FiscalSubsidyYuan,
    PersonalPremiumYuan,
    RevenueGrowthRate, // yearly growth of subsidy and premium from the entry's first year
    // Reimbursement, by level (order of the facility levels: VC, THC, CH, city, province).
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
    BudgetMethod,     // 0: share of revenue (以收定支), 1: last year's spending x growth
    BudgetGrowthRate, // growth coefficient of a spending-based budget
    TurnoverMonths,   // 周转金: months of prepayment advanced at the start of a budget year
    CriticalIllnessThresholdYuan, // carve-out: the part of an admission above this is paid outside
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
    // Two-way referral (双向转诊): recovery days at township beds paid per bed-day (按床日).
    BedDayRateYuan,
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
    // Model 2: providers' response and referral (same order as analysis::Uncertain).
    UncertaintyAvoidableShare,
    UncertaintyCapitationIncentive,
    UncertaintyStayReduction,
    UncertaintyCostReduction,
    UncertaintyReferralUp,
    UncertaintyReferralDown,
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
    // Growth of prices and use per person, per calendar year from the start.
    GrowthOutpatientCost,
    GrowthInpatientCost,
    GrowthOutpatientVisits,
    GrowthAdmissions,
    // Capacity (Model 2): beds at a target occupancy, staff time split between
    // outpatient clinics and wards.
    TargetBedOccupancy,
    WardShareGp,
    WardShareSpecialist,
    WardShareNurse,
    WardSharePublicHealth,
    // Money: spread of admission costs (the critical-illness carve-out), the
    // calibrated scale of what the fund pays, the stated claims-to-revenue ratio.
    InpatientCostCv,
    ClaimsScale,
    TargetClaimsToRevenue,
    // Choice: a facility's size (clinic staff for outpatients, beds for
    // admissions) draws patients in proportion, other things equal.
    CoefSize,
    // Model 2, part 2: how providers respond to how they are paid, and referral.
    ResponseAvoidableShare,      // of signed residents' avoidable admissions, at full incentive
    ResponseCapitationIncentive, // what capitation alone gives the family-doctor teams
    ResponseRampMonths,
    ResponseStayReduction,     // length of stay, under DRG or a global budget
    ResponseCostReduction,     // cost per admission, same
    ResponseInducedDemand,     // extra admissions under fee-for-service (0: none)
    ResponseVisitsPerAvoided,  // chronic-care visits replacing an avoided admission
    ReferralUpShare,           // cases beyond the home centre referred through the alliance
    ReferralDownShare,         // county-hospital admissions whose recovery moves to the home centre
    ReferralRecoveryDaysShare, // share of the stay that is recovery
    ReferralRecoveryCostShare, // share of the admission's cost spent in recovery days
    Count
};
constexpr int kSettingKeyCount = static_cast<int>(SettingKey::Count);

// The key `level` places after `first` in a run of five per-level keys
// (e.g. InpatientRatioVillage + 2 = InpatientRatioCounty).
template <typename Key> constexpr Key levelKey(Key first, int level)
{
    return static_cast<Key>(static_cast<int>(first) + level);
}

// A full set of values, one per key.
template <typename Key, int N> class ParameterSet {
public:
    double operator[](Key k) const { return m_values[static_cast<std::size_t>(k)]; }
    double &operator[](Key k) { return m_values[static_cast<std::size_t>(k)]; }
    double at(int i) const { return m_values[static_cast<std::size_t>(i)]; }
    double &at(int i) { return m_values[static_cast<std::size_t>(i)]; }
    bool flag(Key k) const { return (*this)[k] != 0.0; }
    int integer(Key k) const { return static_cast<int>((*this)[k]); }
    // The value of a per-level key: level(InpatientRatioVillage, 2) is the county's.
    double level(Key first, int level) const { return (*this)[levelKey(first, level)]; }
    static constexpr int size() { return N; }
    friend bool operator==(const ParameterSet &a, const ParameterSet &b)
    {
        return a.m_values == b.m_values;
    }
    friend bool operator!=(const ParameterSet &a, const ParameterSet &b) { return !(a == b); }

private:
    std::array<double, N> m_values{};
};

using Policy = ParameterSet<PolicyKey, kPolicyKeyCount>;
using Settings = ParameterSet<SettingKey, kSettingKeyCount>;

} // namespace cc::sim
