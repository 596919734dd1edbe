#include "models/domain/parameters.h"

#include <QCoreApplication>
#include <cmath>
#include <cstring>

namespace cc {

namespace {

constexpr const char *kGroupRevenue = QT_TRANSLATE_NOOP("cc::Parameters", "Insurance revenue");
constexpr const char *kGroupReimbursement = QT_TRANSLATE_NOOP("cc::Parameters", "Reimbursement");
constexpr const char *kGroupBudget = QT_TRANSLATE_NOOP("cc::Parameters", "Global budget");
constexpr const char *kGroupDrg = QT_TRANSLATE_NOOP("cc::Parameters", "DRG points");
constexpr const char *kGroupCapitation = QT_TRANSLATE_NOOP("cc::Parameters", "Capitation");
constexpr const char *kGroupTime = QT_TRANSLATE_NOOP("cc::Parameters", "Time");
constexpr const char *kGroupChoice = QT_TRANSLATE_NOOP("cc::Parameters", "Patient choice");
constexpr const char *kGroupTravel = QT_TRANSLATE_NOOP("cc::Parameters", "Travel");
constexpr const char *kGroupStaff = QT_TRANSLATE_NOOP("cc::Parameters", "Staffing");
constexpr const char *kGroupFund = QT_TRANSLATE_NOOP("cc::Parameters", "Fund");
constexpr const char *kGroupCalibration =
    QT_TRANSLATE_NOOP("cc::Parameters", "Calibration targets");
constexpr const char *kGroupGrowth = QT_TRANSLATE_NOOP("cc::Parameters", "Growth");
constexpr const char *kGroupCapacity = QT_TRANSLATE_NOOP("cc::Parameters", "Capacity");
constexpr const char *kGroupResponse = QT_TRANSLATE_NOOP("cc::Parameters", "Provider response");
constexpr const char *kGroupReferral = QT_TRANSLATE_NOOP("cc::Parameters", "Two-way referral");
constexpr const char *kGroupUncertainty = QT_TRANSLATE_NOOP("cc::Parameters", "Uncertainty");

constexpr const char *kYuan = QT_TRANSLATE_NOOP("cc::Parameters", "yuan");
constexpr const char *kShare = "";
constexpr const char *kSrcDesign =
    QT_TRANSLATE_NOOP("cc::Parameters", "CountyCare DESIGN.md default (editable assumption)");
constexpr const char *kSrcPremium2024 = QT_TRANSLATE_NOOP(
    "cc::Parameters",
    "NHSA/MOF/STA notice on 2024 resident medical insurance: fiscal subsidy +30 to 670 "
    "yuan, personal premium +20 to 400 yuan per person");
constexpr const char *kSrcInpatientSchedule = QT_TRANSLATE_NOOP(
    "cc::Parameters",
    "Typical county resident inpatient schedule (DESIGN.md): THC 100/90%, CH 300/80%, "
    "city 600/65%, province 1,000/50%");
constexpr const char *kSrcOutpatient = QT_TRANSLATE_NOOP(
    "cc::Parameters",
    "Resident general-outpatient pooling (门诊统筹): about 50% at grassroots, less higher up "
    "(NHSA guidance 2021); per-visit deductibles stand in for the annual deductible and cap, "
    "set so that fee-for-service payments roughly match revenue (editable assumption)");
constexpr const char *kSrcChoiceSpread = QT_TRANSLATE_NOOP(
    "cc::Parameters",
    "Assumption: published rural-China discrete-choice estimates of the same coefficient "
    "differ by roughly a third between studies and samples, so +/-30% of the prior");
constexpr const char *kSrcDemandSpread = QT_TRANSLATE_NOOP(
    "cc::Parameters",
    "NHC statistical bulletin 2023: 6.8 outpatient visits per person nationally vs the "
    "rural default 6.0 (about 12%); admission rate about 21% vs 20%, so +/-10%");
constexpr const char *kSrcYinzhouBudget = QT_TRANSLATE_NOOP(
    "cc::Parameters",
    "Ningbo Yinzhou county alliances (public reports 2020-2021): budget = last year's actual "
    "spending on the alliance's insured residents x (1 + growth), resident insurance 5% a year, "
    "employee insurance 10%; two months of prepayment advanced as a turnover fund");
constexpr const char *kSrcGrowth = QT_TRANSLATE_NOOP(
    "cc::Parameters",
    "NHC statistical bulletins 2019 and 2023: hospital outpatient visit 290.8 -> 361.6 yuan "
    "(+5.6% a year), admission 9,848 -> 10,316 yuan (+1.2%); visits 8.72 -> 9.55 billion (+2.3%), "
    "admissions 266.0 -> 301.9 million (+3.2%), population nearly unchanged");
constexpr const char *kSrcWardShare = QT_TRANSLATE_NOOP(
    "cc::Parameters",
    "Assumption: share of a staff member's working time spent on the wards of a facility with "
    "beds (the rest in outpatient clinics and public health); facilities without beds use all "
    "time for outpatients");
constexpr const char *kSrcResponseSpread = QT_TRANSLATE_NOOP(
    "cc::Parameters",
    "Assumption: the evidence behind each response default spans about half to one and a half "
    "times it (see the parameter's own source), so +/-50%");
constexpr const char *kSrcGlobalBudget = QT_TRANSLATE_NOOP(
    "cc::Parameters",
    "Tight county alliance global-budget practice (总额预算、结余留用、超支分担), "
    "NHC/NHSA 2023 guidance on tight county alliances");

// clang-format off
constexpr ParameterSpec kPolicySpecs[] = {
    {PolicyKey::InsuredShare, "revenue.insured_share", ValueKind::Share, 0.95, 0.0, 1.0, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Insured share of residents"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of residents enrolled in the urban-rural resident medical insurance (城乡居民医保参保率)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "National resident enrolment stays above 95% (NHSA statistical bulletins 2020-2023)"), kGroupRevenue},
    {PolicyKey::FiscalSubsidyYuan, "revenue.fiscal_subsidy_yuan", ValueKind::Money, 670, 0, 10000, kYuan,
     QT_TRANSLATE_NOOP("cc::Parameters", "Fiscal subsidy per insured"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Government subsidy per insured resident per year (财政补助)."), kSrcPremium2024, kGroupRevenue},
    {PolicyKey::PersonalPremiumYuan, "revenue.personal_premium_yuan", ValueKind::Money, 400, 0, 10000, kYuan,
     QT_TRANSLATE_NOOP("cc::Parameters", "Personal premium per insured"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Premium paid by each insured resident per year (个人缴费)."), kSrcPremium2024, kGroupRevenue},
    {PolicyKey::RevenueGrowthRate, "revenue.growth_rate", ValueKind::Share, 0.049, 0, 0.3, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Yearly growth of subsidy and premium"),
     QT_TRANSLATE_NOOP("cc::Parameters", "The subsidy and premium entered are the first year's; each later calendar year grows them by this share (筹资增长)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "NHSA/MOF/STA notices: 2023 640 + 380 = 1,020 yuan, 2024 670 + 400 = 1,070 yuan per insured (+4.9%)"), kGroupRevenue},

    {PolicyKey::OutpatientDeductibleVillage, "outpatient.deductible.village", ValueKind::Money, 10, 0, 100000, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Outpatient deductible, village clinic"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Amount per visit the patient pays before insurance pays (起付线)."), kSrcOutpatient, kGroupReimbursement},
    {PolicyKey::OutpatientDeductibleTownship, "outpatient.deductible.township", ValueKind::Money, 20, 0, 100000, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Outpatient deductible, township centre"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Amount per visit the patient pays before insurance pays (起付线)."), kSrcOutpatient, kGroupReimbursement},
    {PolicyKey::OutpatientDeductibleCounty, "outpatient.deductible.county", ValueKind::Money, 50, 0, 100000, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Outpatient deductible, county hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Amount per visit the patient pays before insurance pays (起付线)."), kSrcOutpatient, kGroupReimbursement},
    {PolicyKey::OutpatientDeductibleCity, "outpatient.deductible.city", ValueKind::Money, 100, 0, 100000, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Outpatient deductible, city hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Amount per visit the patient pays before insurance pays (起付线)."), kSrcOutpatient, kGroupReimbursement},
    {PolicyKey::OutpatientDeductibleProvince, "outpatient.deductible.province", ValueKind::Money, 100, 0, 100000, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Outpatient deductible, provincial hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Amount per visit the patient pays before insurance pays (起付线)."), kSrcOutpatient, kGroupReimbursement},
    {PolicyKey::OutpatientRatioVillage, "outpatient.ratio.village", ValueKind::Share, 0.50, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Outpatient reimbursement, village clinic"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of in-scope cost above the deductible that insurance pays (报销比例)."), kSrcOutpatient, kGroupReimbursement},
    {PolicyKey::OutpatientRatioTownship, "outpatient.ratio.township", ValueKind::Share, 0.45, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Outpatient reimbursement, township centre"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of in-scope cost above the deductible that insurance pays (报销比例)."), kSrcOutpatient, kGroupReimbursement},
    {PolicyKey::OutpatientRatioCounty, "outpatient.ratio.county", ValueKind::Share, 0.35, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Outpatient reimbursement, county hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of in-scope cost above the deductible that insurance pays (报销比例)."), kSrcOutpatient, kGroupReimbursement},
    {PolicyKey::OutpatientRatioCity, "outpatient.ratio.city", ValueKind::Share, 0.20, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Outpatient reimbursement, city hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of in-scope cost above the deductible that insurance pays (报销比例)."), kSrcOutpatient, kGroupReimbursement},
    {PolicyKey::OutpatientRatioProvince, "outpatient.ratio.province", ValueKind::Share, 0.10, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Outpatient reimbursement, provincial hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of in-scope cost above the deductible that insurance pays (报销比例)."), kSrcOutpatient, kGroupReimbursement},

    {PolicyKey::InpatientDeductibleVillage, "inpatient.deductible.village", ValueKind::Money, 0, 0, 100000, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Inpatient deductible, village clinic"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Amount per admission the patient pays before insurance pays (起付线)."), kSrcInpatientSchedule, kGroupReimbursement},
    {PolicyKey::InpatientDeductibleTownship, "inpatient.deductible.township", ValueKind::Money, 100, 0, 100000, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Inpatient deductible, township centre"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Amount per admission the patient pays before insurance pays (起付线)."), kSrcInpatientSchedule, kGroupReimbursement},
    {PolicyKey::InpatientDeductibleCounty, "inpatient.deductible.county", ValueKind::Money, 300, 0, 100000, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Inpatient deductible, county hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Amount per admission the patient pays before insurance pays (起付线)."), kSrcInpatientSchedule, kGroupReimbursement},
    {PolicyKey::InpatientDeductibleCity, "inpatient.deductible.city", ValueKind::Money, 600, 0, 100000, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Inpatient deductible, city hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Amount per admission the patient pays before insurance pays (起付线)."), kSrcInpatientSchedule, kGroupReimbursement},
    {PolicyKey::InpatientDeductibleProvince, "inpatient.deductible.province", ValueKind::Money, 1000, 0, 100000, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Inpatient deductible, provincial hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Amount per admission the patient pays before insurance pays (起付线)."), kSrcInpatientSchedule, kGroupReimbursement},
    {PolicyKey::InpatientRatioVillage, "inpatient.ratio.village", ValueKind::Share, 0.90, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Inpatient reimbursement, village clinic"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of in-scope cost above the deductible that insurance pays (报销比例)."), kSrcInpatientSchedule, kGroupReimbursement},
    {PolicyKey::InpatientRatioTownship, "inpatient.ratio.township", ValueKind::Share, 0.90, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Inpatient reimbursement, township centre"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of in-scope cost above the deductible that insurance pays (报销比例)."), kSrcInpatientSchedule, kGroupReimbursement},
    {PolicyKey::InpatientRatioCounty, "inpatient.ratio.county", ValueKind::Share, 0.80, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Inpatient reimbursement, county hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of in-scope cost above the deductible that insurance pays (报销比例)."), kSrcInpatientSchedule, kGroupReimbursement},
    {PolicyKey::InpatientRatioCity, "inpatient.ratio.city", ValueKind::Share, 0.65, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Inpatient reimbursement, city hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of in-scope cost above the deductible that insurance pays (报销比例)."), kSrcInpatientSchedule, kGroupReimbursement},
    {PolicyKey::InpatientRatioProvince, "inpatient.ratio.province", ValueKind::Share, 0.50, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Inpatient reimbursement, provincial hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of in-scope cost above the deductible that insurance pays (报销比例)."), kSrcInpatientSchedule, kGroupReimbursement},
    {PolicyKey::InScopeShare, "reimbursement.in_scope_share", ValueKind::Share, 0.85, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "In-scope share of cost"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of an episode's cost that falls inside the insurance catalogue (政策范围内费用占比)."), kSrcDesign, kGroupReimbursement},
    {PolicyKey::NoReferralCut, "reimbursement.no_referral_cut", ValueKind::Share, 0.10, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Cut without referral"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Reimbursement ratio points lost for out-of-county care without a referral (未转诊降低报销比例)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Common provincial rule: 10-20 points lower without referral (editable assumption)"), kGroupReimbursement},
    {PolicyKey::ReferralShare, "reimbursement.referral_share", ValueKind::Share, 0.60, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Referred share of out-of-county care"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of out-of-county episodes that come with a formal referral (转诊备案)."), kSrcDesign, kGroupReimbursement},

    {PolicyKey::GlobalBudgetOn, "budget.on", ValueKind::Boolean, 0, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Global budget"),
     QT_TRANSLATE_NOOP("cc::Parameters", "The alliance receives one prepaid budget and pays its residents' claims everywhere (医保总额付费)."), kSrcGlobalBudget, kGroupBudget},
    {PolicyKey::BudgetShare, "budget.share", ValueKind::Share, 1.0, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Budget share"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of the budget base (revenue, or last year's spending with growth) handed to the alliance as its global budget."), kSrcGlobalBudget, kGroupBudget},
    {PolicyKey::CriticalIllnessShare, "budget.critical_illness_share", ValueKind::Share, 0.10, 0, 0.5, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Critical illness share"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of revenue set aside for critical illness insurance (大病保险) before a revenue-based budget."), kSrcDesign, kGroupBudget},
    {PolicyKey::ReserveShare, "budget.reserve_share", ValueKind::Share, 0.05, 0, 0.5, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Risk reserve share"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of revenue the fund keeps as a risk reserve (风险调剂金) before a revenue-based budget."), kSrcDesign, kGroupBudget},
    {PolicyKey::PrepaymentShare, "budget.prepayment_share", ValueKind::Share, 0.85, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Monthly prepayment share"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of the monthly budget prepaid to the alliance (按月预拨); the rest is settled at year end."), kSrcGlobalBudget, kGroupBudget},
    {PolicyKey::SurplusRetention, "budget.surplus_retention", ValueKind::Share, 1.0, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Surplus retention"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of a year-end surplus the alliance keeps (结余留用)."), kSrcGlobalBudget, kGroupBudget},
    {PolicyKey::OverrunShare, "budget.overrun_share", ValueKind::Share, 0.5, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Overrun sharing"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of a year-end overrun the fund covers within the band (超支分担)."), kSrcGlobalBudget, kGroupBudget},
    {PolicyKey::OverrunBand, "budget.overrun_band", ValueKind::Share, 0.10, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Overrun sharing band"),
     QT_TRANSLATE_NOOP("cc::Parameters", "The fund shares an overrun only up to this share of the budget; beyond it the alliance bears all."), kSrcGlobalBudget, kGroupBudget},
    {PolicyKey::BudgetMethod, "budget.method", ValueKind::Integer, 1, 0, 1, "",
     QT_TRANSLATE_NOOP("cc::Parameters", "How the budget is set"),
     QT_TRANSLATE_NOOP("cc::Parameters", "1: last year's actual spending on the alliance's residents times the growth coefficient (按上年实际支出核定); 0: a share of revenue after the critical-illness and reserve shares (以收定支)."),
     kSrcYinzhouBudget, kGroupBudget},
    {PolicyKey::BudgetGrowthRate, "budget.growth_rate", ValueKind::Share, 0.05, 0, 0.5, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Budget growth coefficient"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Yearly growth added to last year's spending when the budget is set from spending (增长系数)."),
     kSrcYinzhouBudget, kGroupBudget},
    {PolicyKey::TurnoverMonths, "budget.turnover_months", ValueKind::Real, 2, 0, 6, QT_TRANSLATE_NOOP("cc::Parameters", "months"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Turnover fund"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Months of prepayment advanced to the alliance at the start of each budget year and recovered at its settlement (周转金)."),
     kSrcYinzhouBudget, kGroupBudget},
    {PolicyKey::CriticalIllnessThresholdYuan, "budget.critical_illness_threshold_yuan", ValueKind::Money, 30000, 0, 1e6, kYuan,
     QT_TRANSLATE_NOOP("cc::Parameters", "High-cost threshold per admission"),
     QT_TRANSLATE_NOOP("cc::Parameters", "The fund pays the part of an admission's claim above this cost from the critical-illness carve-out, outside the alliance's budget (大病、高额费用单列)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Assumption: about three times the average admission cost of 10,316 yuan (NHC 2023); critical-illness insurance thresholds are set at about 50% of per-capita disposable income (NHSA/MOF 2019)"), kGroupBudget},

    {PolicyKey::DrgOn, "drg.on", ValueKind::Boolean, 0, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "DRG point payment"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Pay in-county admissions by DRG points instead of by item (DRG点数法)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "NHSA DRG/DIP payment reform three-year plan 2021-2024"), kGroupDrg},
    {PolicyKey::DrgFloatingPointValue, "drg.floating", ValueKind::Boolean, 1, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Floating point value"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Point value = the year's DRG budget / total points (浮动点值); otherwise a fixed value per point."),
     QT_TRANSLATE_NOOP("cc::Parameters", "NHSA DRG/DIP payment reform three-year plan 2021-2024"), kGroupDrg},
    {PolicyKey::DrgFixedPointValueYuan, "drg.fixed_point_value_yuan", ValueKind::Money, 42, 0, 10000, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Fixed point value"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Yuan paid per DRG point when the point value is fixed."),
     QT_TRANSLATE_NOOP("cc::Parameters", "The fund's share of an average county-hospital admission, 100 points at RW 1.0: (6,425 - 300 deductible) x 0.85 in scope x 0.80 = 4,165 yuan (DESIGN.md costs and schedule)"), kGroupDrg},
    {PolicyKey::DrgBasePoints, "drg.base_points", ValueKind::Real, 100, 1, 10000, QT_TRANSLATE_NOOP("cc::Parameters", "points"), QT_TRANSLATE_NOOP("cc::Parameters", "Base points"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Points of a group with relative weight 1.0 (基准点数)."), QT_TRANSLATE_NOOP("cc::Parameters", "DESIGN.md: points = 100 x RW x coefficient"), kGroupDrg},
    {PolicyKey::DrgCoefficientTownship, "drg.coefficient.township", ValueKind::Real, 0.85, 0.1, 5, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Hospital coefficient, township centre"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Multiplier of points for township centres (医院系数)."), kSrcDesign, kGroupDrg},
    {PolicyKey::DrgCoefficientCounty, "drg.coefficient.county", ValueKind::Real, 1.0, 0.1, 5, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Hospital coefficient, county hospital"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Multiplier of points for county hospitals (医院系数)."), kSrcDesign, kGroupDrg},

    {PolicyKey::CapitationOn, "capitation.on", ValueKind::Boolean, 0, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Capitation for signed residents"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Pay the alliance per signed resident for outpatient care instead of per visit (按人头付费)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Family-doctor contract services guidance (NHC 2022)"), kGroupCapitation},
    {PolicyKey::CapitationYuanPerSigned, "capitation.yuan_per_signed", ValueKind::Money, 150, 0, 10000, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Capitation per signed resident"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Yuan per signed resident per year for their outpatient care."), kSrcDesign, kGroupCapitation},
    {PolicyKey::SigningRateTarget, "capitation.signing_target", ValueKind::Share, 0.45, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Family-doctor signing target"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of residents signed with a family doctor once the programme has ramped up (家庭医生签约率)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "National family-doctor signing rate about 45% (NHC 2022 statistics)"), kGroupCapitation},
    {PolicyKey::SigningRampMonths, "capitation.ramp_months", ValueKind::Integer, 24, 0, 240, QT_TRANSLATE_NOOP("cc::Parameters", "months"), QT_TRANSLATE_NOOP("cc::Parameters", "Signing ramp-up"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Months over which the signing share moves from its starting value to the target."), kSrcDesign, kGroupCapitation},
    {PolicyKey::BedDayRateYuan, "referral.bed_day_rate_yuan", ValueKind::Money, 250, 0, 5000, kYuan,
     QT_TRANSLATE_NOOP("cc::Parameters", "Bed-day payment for recovery at a township centre"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Yuan per bed-day paid for the recovery days of county-hospital patients referred down to a township centre (按床日付费)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Assumption below the township centres' average cost per bed-day (2,083 yuan / 6.7 days = about 310 yuan, NHC 2022-2023) for the lighter care of recovery"), kGroupReferral},
};

constexpr ParameterSpec kSettingSpecs[] = {
    {SettingKey::StartYear, "time.start_year", ValueKind::Integer, 2025, 2000, 2100, "", QT_TRANSLATE_NOOP("cc::Parameters", "Start year"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Calendar year of the first simulated month."), kSrcDesign, kGroupTime},
    {SettingKey::StartMonth, "time.start_month", ValueKind::Integer, 1, 1, 12, "", QT_TRANSLATE_NOOP("cc::Parameters", "Start month"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Calendar month (1-12) of the first simulated month."), kSrcDesign, kGroupTime},
    {SettingKey::HorizonMonths, "time.horizon_months", ValueKind::Integer, 60, 12, 240, QT_TRANSLATE_NOOP("cc::Parameters", "months"), QT_TRANSLATE_NOOP("cc::Parameters", "Horizon"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Number of months simulated."), kSrcDesign, kGroupTime},
    {SettingKey::CoefInCounty, "choice.in_county", ValueKind::Real, 0.27, -10, 10, "", QT_TRANSLATE_NOOP("cc::Parameters", "Preference for in-county care"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Utility bonus of a facility inside the county (preference for in-county care)."), QT_TRANSLATE_NOOP("cc::Parameters", "Rural-China discrete-choice priors (DESIGN.md)"), kGroupChoice},
    {SettingKey::CoefSignedHome, "choice.signed_home", ValueKind::Real, 0.5, -10, 10, "", QT_TRANSLATE_NOOP("cc::Parameters", "Family-doctor loyalty"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Utility bonus of the home grassroots facility for signed residents (family-doctor loyalty)."), QT_TRANSLATE_NOOP("cc::Parameters", "Rural-China discrete-choice priors (DESIGN.md)"), kGroupChoice},
    {SettingKey::CoefWait, "choice.wait", ValueKind::Real, 1.0, 0, 100, "", QT_TRANSLATE_NOOP("cc::Parameters", "Congestion aversion"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Utility loss per unit of excess load (congestion aversion)."), kSrcDesign, kGroupChoice},
    {SettingKey::TitleFactorJunior, "staff.title_factor.junior", ValueKind::Share, 0.5, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Effect of a junior doctor"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of a senior doctor's effect on capability that a junior doctor has."), kSrcDesign, kGroupStaff},
    {SettingKey::TitleFactorIntermediate, "staff.title_factor.intermediate", ValueKind::Share, 0.75, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Effect of an intermediate doctor"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of a senior doctor's effect on capability that an intermediate doctor has."), kSrcDesign, kGroupStaff},
    {SettingKey::TitleFactorSenior, "staff.title_factor.senior", ValueKind::Share, 1.0, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Effect of a senior doctor"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Effect on capability of a senior doctor (reference 1.0)."), kSrcDesign, kGroupStaff},
    {SettingKey::DetourFactor, "travel.detour_factor", ValueKind::Real, 1.4, 1, 5, "", QT_TRANSLATE_NOOP("cc::Parameters", "Detour factor"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Road distance / straight-line distance where no road is drawn."), QT_TRANSLATE_NOOP("cc::Parameters", "DESIGN.md: straight line x 1.4"), kGroupTravel},
    {SettingKey::OffRoadSpeedKmh, "travel.off_road_speed_kmh", ValueKind::Real, 30, 1, 200, QT_TRANSLATE_NOOP("cc::Parameters", "km/h"), QT_TRANSLATE_NOOP("cc::Parameters", "Speed off the road network"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Average speed assumed where no road is drawn."), QT_TRANSLATE_NOOP("cc::Parameters", "DESIGN.md: 30 km/h"), kGroupTravel},
    {SettingKey::CandidateVillageClinics, "travel.candidate_village_clinics", ValueKind::Integer, 3, 1, 20, "", QT_TRANSLATE_NOOP("cc::Parameters", "Village clinics considered"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Nearest village clinics each settlement considers."), QT_TRANSLATE_NOOP("cc::Parameters", "DESIGN.md candidate set"), kGroupTravel},
    {SettingKey::CandidateTownshipCentres, "travel.candidate_township_centres", ValueKind::Integer, 3, 1, 20, "", QT_TRANSLATE_NOOP("cc::Parameters", "Township centres considered"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Nearest township centres each settlement considers."), QT_TRANSLATE_NOOP("cc::Parameters", "DESIGN.md candidate set"), kGroupTravel},
    {SettingKey::AvailableHoursPerYear, "staff.available_hours_per_year", ValueKind::Real, 1760, 100, 4000, QT_TRANSLATE_NOOP("cc::Parameters", "hours"), QT_TRANSLATE_NOOP("cc::Parameters", "Available working time"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Hours per full-time post per year (WISN available working time)."), QT_TRANSLATE_NOOP("cc::Parameters", "WHO WISN user's manual 2010; DESIGN.md 1,760 h"), kGroupStaff},
    {SettingKey::LearningRetention, "staff.learning_retention", ValueKind::Share, 0.0, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Learning retention"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of a posting's effect on capability that stays after it ends."), kSrcDesign, kGroupStaff},
    {SettingKey::CongestionOn, "choice.congestion_on", ValueKind::Boolean, 1, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Congestion feedback"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Overloaded facilities lose patients the next month."), kSrcDesign, kGroupChoice},
    {SettingKey::InitialFundBalanceYuan, "fund.initial_balance_yuan", ValueKind::Money, 0, -1e12, 1e12, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Fund balance at start"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Accumulated balance of the county resident insurance fund at the start of the first simulated month (累计结余)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "A healthy resident fund holds 6-9 months of payments (NHSA guidance)"), kGroupFund},
    {SettingKey::TargetInCountyRate, "calibration.in_county_rate", ValueKind::Share, 0.85, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Stated in-county treatment rate"),
     QT_TRANSLATE_NOOP("cc::Parameters", "County's starting in-county treatment rate (县域就诊率) the model is calibrated to."), QT_TRANSLATE_NOOP("cc::Parameters", "Typical pre-reform value (DESIGN.md)"), kGroupCalibration},
    {SettingKey::TargetInCountyInpatientShare, "calibration.in_county_inpatient_share", ValueKind::Share, 0.75, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Stated in-county inpatient share"),
     QT_TRANSLATE_NOOP("cc::Parameters", "County's starting in-county inpatient share (县域内住院人次占比)."), QT_TRANSLATE_NOOP("cc::Parameters", "Typical pre-reform value (DESIGN.md)"), kGroupCalibration},
    {SettingKey::TargetGrassrootsShare, "calibration.grassroots_share", ValueKind::Share, 0.50, 0, 1, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Stated grassroots share"),
     QT_TRANSLATE_NOOP("cc::Parameters", "County's starting grassroots share of outpatient visits (基层诊疗量占比)."), QT_TRANSLATE_NOOP("cc::Parameters", "Typical pre-reform value (DESIGN.md)"), kGroupCalibration},
    {SettingKey::WaitSmoothing, "choice.wait_smoothing", ValueKind::Share, 0.0, 0, 0.95, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Queue carried over"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of last month's queue carried into this month; 0: patients expect the queue at which this month's demand and capacity settle."),
     QT_TRANSLATE_NOOP("cc::Parameters", "CountyCare engine (Model 2): the expected queue settles each month, so no carry-over is needed to damp month-to-month swings; editable"), kGroupChoice},
    {SettingKey::UncertaintyCoefInCounty, "uncertainty.coef_in_county", ValueKind::Share, 0.30, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the in-county preference"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the preference for in-county care: 0.3 draws it between 70% and 130% of its value."), kSrcChoiceSpread, kGroupUncertainty},
    {SettingKey::UncertaintyCoefSignedHome, "uncertainty.coef_signed_home", ValueKind::Share, 0.30, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the family-doctor loyalty"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the family-doctor loyalty."), kSrcChoiceSpread, kGroupUncertainty},
    {SettingKey::UncertaintyCoefWait, "uncertainty.coef_wait", ValueKind::Share, 0.30, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the congestion aversion"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the congestion aversion."), kSrcChoiceSpread, kGroupUncertainty},
    {SettingKey::UncertaintyCoefCost, "uncertainty.coef_cost", ValueKind::Share, 0.30, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the cost sensitivity"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the cost sensitivity (every service line moves together)."), kSrcChoiceSpread, kGroupUncertainty},
    {SettingKey::UncertaintyCoefTravel, "uncertainty.coef_travel", ValueKind::Share, 0.30, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the travel-time sensitivity"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the travel-time sensitivity (every service line moves together)."), kSrcChoiceSpread, kGroupUncertainty},
    {SettingKey::UncertaintyCoefQuality, "uncertainty.coef_quality", ValueKind::Share, 0.30, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the quality preference"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the quality preference (every service line moves together)."), kSrcChoiceSpread, kGroupUncertainty},
    {SettingKey::UncertaintyOutpatientRate, "uncertainty.outpatient_rate", ValueKind::Share, 0.10, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the outpatient visit rate"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the outpatient visits per person per year."), kSrcDemandSpread, kGroupUncertainty},
    {SettingKey::UncertaintyInpatientRate, "uncertainty.inpatient_rate", ValueKind::Share, 0.10, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the admission rate"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the admissions per person per year."), kSrcDemandSpread, kGroupUncertainty},
    {SettingKey::UncertaintyAvoidableShare, "uncertainty.avoidable_share", ValueKind::Share, 0.5, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the avoided admissions"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the share of avoidable admissions prevented."), kSrcResponseSpread, kGroupUncertainty},
    {SettingKey::UncertaintyCapitationIncentive, "uncertainty.capitation_incentive", ValueKind::Share, 0.5, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the capitation incentive"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the incentive capitation gives."), kSrcResponseSpread, kGroupUncertainty},
    {SettingKey::UncertaintyStayReduction, "uncertainty.stay_reduction", ValueKind::Share, 0.5, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the shorter stays"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the fall in length of stay."), kSrcResponseSpread, kGroupUncertainty},
    {SettingKey::UncertaintyCostReduction, "uncertainty.cost_reduction", ValueKind::Share, 0.5, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the cheaper admissions"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the fall in cost per admission."), kSrcResponseSpread, kGroupUncertainty},
    {SettingKey::UncertaintyReferralUp, "uncertainty.referral_up", ValueKind::Share, 0.5, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the referrals up"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the share referred up through the alliance."), kSrcResponseSpread, kGroupUncertainty},
    {SettingKey::UncertaintyReferralDown, "uncertainty.referral_down", ValueKind::Share, 0.5, 0, 0.9, kShare, QT_TRANSLATE_NOOP("cc::Parameters", "Range of the referrals down"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Relative half-width of the uncertainty range of the share referred down for recovery."), kSrcResponseSpread, kGroupUncertainty},
    {SettingKey::UncertaintyDraws, "uncertainty.draws", ValueKind::Integer, 200, 10, 5000, "", QT_TRANSLATE_NOOP("cc::Parameters", "Monte Carlo draws"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Number of Latin hypercube draws of a Monte Carlo run."),
     QT_TRANSLATE_NOOP("cc::Parameters", "200 draws put the 5% and 95% quantiles within about 2 percentiles (assumption)"), kGroupUncertainty},
    {SettingKey::UncertaintySeed, "uncertainty.seed", ValueKind::Integer, 1, 0, 2147483647, "", QT_TRANSLATE_NOOP("cc::Parameters", "Random seed"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Seed of the Latin hypercube sample; the same seed gives the same bands."), kSrcDesign, kGroupUncertainty},
    {SettingKey::StaffingFteSeverity, "staffing.fte.severity", ValueKind::Integer, 2, 0, 2, "", QT_TRANSLATE_NOOP("cc::Parameters", "Rule: FTE per person"),
     QT_TRANSLATE_NOOP("cc::Parameters", "What happens when one person's postings add up to more than the FTE limit in a month: 0 off, 1 warn, 2 refuse the edit."),
     kSrcDesign, kGroupStaff},
    {SettingKey::StaffingMaxFte, "staffing.fte.max", ValueKind::Real, 1.0, 0.1, 2, QT_TRANSLATE_NOOP("cc::Parameters", "FTE"), QT_TRANSLATE_NOOP("cc::Parameters", "FTE limit per person"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Largest total FTE one person may be posted at in any month."), QT_TRANSLATE_NOOP("cc::Parameters", "One full-time post (DESIGN.md)"), kGroupStaff},
    {SettingKey::StaffingMinMonthsSeverity, "staffing.min_months.severity", ValueKind::Integer, 1, 0, 2, "", QT_TRANSLATE_NOOP("cc::Parameters", "Rule: minimum posting length"),
     QT_TRANSLATE_NOOP("cc::Parameters", "What happens when a posting to a township centre or village clinic is shorter than the minimum: 0 off, 1 warn, 2 refuse the edit."),
     kSrcDesign, kGroupStaff},
    {SettingKey::StaffingMinTownshipMonths, "staffing.min_months", ValueKind::Integer, 6, 1, 60, QT_TRANSLATE_NOOP("cc::Parameters", "months"), QT_TRANSLATE_NOOP("cc::Parameters", "Minimum grassroots posting"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Shortest posting to a grassroots facility that counts (national monitoring counts postings of 6 months or more)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "NHC 2023 guidance on county doctors serving at the grassroots: postings of 6+ months"), kGroupStaff},
    {SettingKey::StaffingMinStaffSeverity, "staffing.min_staff.severity", ValueKind::Integer, 1, 0, 2, "", QT_TRANSLATE_NOOP("cc::Parameters", "Rule: township minimum staff"),
     QT_TRANSLATE_NOOP("cc::Parameters", "What happens when a township centre falls below its minimum staff in a month: 0 off, 1 warn, 2 refuse the edit."),
     kSrcDesign, kGroupStaff},
    {SettingKey::StaffingMinTownshipPosts, "staffing.min_staff.posts", ValueKind::Real, 5, 0, 500, QT_TRANSLATE_NOOP("cc::Parameters", "FTE"), QT_TRANSLATE_NOOP("cc::Parameters", "Township centre minimum posts"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Staff (FTE present, all roles) every township centre keeps in every month."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Issue 5 default: at least 5 posts (editable assumption)"), kGroupStaff},
    {SettingKey::StaffingGpPer10k, "staffing.min_staff.gp_per_10k", ValueKind::Real, 2, 0, 20, QT_TRANSLATE_NOOP("cc::Parameters", "per 10,000"), QT_TRANSLATE_NOOP("cc::Parameters", "GP norm"),
     QT_TRANSLATE_NOOP("cc::Parameters", "General practitioners (FTE present) a township centre keeps per 10,000 residents of its township."),
     QT_TRANSLATE_NOOP("cc::Parameters", "State Council General Office 2018 No. 3: 2-3 qualified GPs per 10,000 residents by 2020, 5 by 2030"), kGroupStaff},
    {SettingKey::StaffingPromotionSeverity, "staffing.promotion.severity", ValueKind::Integer, 1, 0, 2, "", QT_TRANSLATE_NOOP("cc::Parameters", "Rule: grassroots service for promotion"),
     QT_TRANSLATE_NOOP("cc::Parameters", "What happens when an intermediate-title doctor of a county hospital has less grassroots service than promotion needs: 0 off, 1 warn, 2 refuse the edit."),
     kSrcDesign, kGroupStaff},
    {SettingKey::StaffingPromotionMonths, "staffing.promotion.months", ValueKind::Integer, 12, 0, 120, QT_TRANSLATE_NOOP("cc::Parameters", "months"), QT_TRANSLATE_NOOP("cc::Parameters", "Grassroots service before promotion"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Months of grassroots service a doctor needs before promotion to associate chief physician (晋升副主任医师前基层服务)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "MOHRSS/NHC 2021 No. 51 on health professional titles: at least one year of grassroots service before the associate senior title"), kGroupStaff},
    {SettingKey::SalaryJuniorYuan, "staffing.salary.junior", ValueKind::Money, 90000, 0, 1e7, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Annual pay, junior title"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Yearly pay assumed for a junior-title staff member whose own pay is not entered."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Editable assumption: county-hospital pay in a mountain county (same as the demo roster)"), kGroupStaff},
    {SettingKey::SalaryIntermediateYuan, "staffing.salary.intermediate", ValueKind::Money, 130000, 0, 1e7, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Annual pay, intermediate title"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Yearly pay assumed for an intermediate-title staff member whose own pay is not entered."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Editable assumption: county-hospital pay in a mountain county (same as the demo roster)"), kGroupStaff},
    {SettingKey::SalarySeniorYuan, "staffing.salary.senior", ValueKind::Money, 180000, 0, 1e7, kYuan, QT_TRANSLATE_NOOP("cc::Parameters", "Annual pay, senior title"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Yearly pay assumed for a senior-title staff member whose own pay is not entered."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Editable assumption: county-hospital pay in a mountain county (same as the demo roster)"), kGroupStaff},
    {SettingKey::GrowthOutpatientCost, "growth.outpatient_cost", ValueKind::Share, 0.056, -0.2, 0.3, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Yearly growth of outpatient prices"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Cost per outpatient visit grows by this share each calendar year (patients choose on prices relative to this growth)."), kSrcGrowth, kGroupGrowth},
    {SettingKey::GrowthInpatientCost, "growth.inpatient_cost", ValueKind::Share, 0.012, -0.2, 0.3, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Yearly growth of inpatient prices"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Cost per admission grows by this share each calendar year."), kSrcGrowth, kGroupGrowth},
    {SettingKey::GrowthOutpatientVisits, "growth.outpatient_visits", ValueKind::Share, 0.023, -0.2, 0.3, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Yearly growth of visits per person"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Outpatient visits per person grow by this share each calendar year."), kSrcGrowth, kGroupGrowth},
    {SettingKey::GrowthAdmissions, "growth.admissions", ValueKind::Share, 0.032, -0.2, 0.3, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Yearly growth of admissions per person"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Admissions per person grow by this share each calendar year."), kSrcGrowth, kGroupGrowth},
    {SettingKey::TargetBedOccupancy, "capacity.target_bed_occupancy", ValueKind::Share, 0.85, 0.3, 1.2, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Bed occupancy at capacity"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of bed-days a facility fills before admissions start to queue (病床使用率)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "NHC statistical bulletin 2023: public hospitals' bed occupancy 86.0% (all hospitals 79.4%)"), kGroupCapacity},
    {SettingKey::WardShareGp, "capacity.ward_share.gp", ValueKind::Share, 0.1, 0, 1, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Ward time of a GP"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of a general practitioner's time on the wards (the rest: outpatients)."), kSrcWardShare, kGroupCapacity},
    {SettingKey::WardShareSpecialist, "capacity.ward_share.specialist", ValueKind::Share, 0.6, 0, 1, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Ward time of a specialist"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of a specialist's time on the wards (the rest: outpatients)."), kSrcWardShare, kGroupCapacity},
    {SettingKey::WardShareNurse, "capacity.ward_share.nurse", ValueKind::Share, 0.75, 0, 1, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Ward time of a nurse"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of a nurse's time on the wards (the rest: outpatients)."), kSrcWardShare, kGroupCapacity},
    {SettingKey::WardSharePublicHealth, "capacity.ward_share.public_health", ValueKind::Share, 0.0, 0, 1, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Ward time of public-health staff"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of a public-health worker's time on the wards (the rest: outpatient and chronic-disease follow-up)."), kSrcWardShare, kGroupCapacity},
    {SettingKey::InpatientCostCv, "fund.inpatient_cost_cv", ValueKind::Real, 1.2, 0.1, 5, "",
     QT_TRANSLATE_NOOP("cc::Parameters", "Spread of admission costs"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Coefficient of variation of one admission's cost around its line's average (lognormal); sets how much lies above the high-cost threshold."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Assumption: hospital admission costs are right-skewed, coefficient of variation about 1-1.5"), kGroupFund},
    {SettingKey::ClaimsScale, "fund.claims_scale", ValueKind::Real, 1.0, 0.2, 2, "",
     QT_TRANSLATE_NOOP("cc::Parameters", "Effective reimbursement scale"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Multiplies what the fund pays per episode under the reimbursement schedule (patients pay the rest); fitted by calibration when the claims-to-revenue ratio is stated, otherwise 1."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Calibrated (1 = the schedule as written)"), kGroupCalibration},
    {SettingKey::TargetClaimsToRevenue, "calibration.claims_to_revenue", ValueKind::Share, 0, 0, 2, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Stated claims-to-revenue ratio"),
     QT_TRANSLATE_NOOP("cc::Parameters", "The fund's spending on residents' care over its revenue in the first year (基金支出/收入); 0: not stated."),
     QT_TRANSLATE_NOOP("cc::Parameters", "The county's fund accounts (0 = not used)"), kGroupCalibration},
    {SettingKey::CoefSize, "choice.size", ValueKind::Real, 1.0, 0, 3, "",
     QT_TRANSLATE_NOOP("cc::Parameters", "Weight of facility size"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Utility per unit of the logarithm of an in-county facility's size: its outpatient staff for visits, its beds for admissions. 1: twice the size draws twice the patients, other things equal."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Size term of destination-choice models (Ben-Akiva and Lerman 1985, ch. 9: coefficient of log size near 1); editable assumption"), kGroupChoice},
    {SettingKey::ResponseAvoidableShare, "response.avoidable_share", ValueKind::Share, 0.25, 0, 1, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Avoidable admissions prevented"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of signed residents' avoidable (ambulatory-care-sensitive) admissions the alliance's health management prevents at full incentive; the avoided admissions become chronic-care visits at village clinics and township centres."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Assumption within the range of evidence that better primary care avoids 10-40% of ambulatory-care-sensitive admissions (Rosano et al., Eur J Public Health 2013, systematic review)"), kGroupResponse},
    {SettingKey::ResponseCapitationIncentive, "response.capitation_incentive", ValueKind::Share, 0.2, 0, 1, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Incentive of capitation"),
     QT_TRANSLATE_NOOP("cc::Parameters", "What capitation for signed residents alone gives the family-doctor teams of a yuan of care avoided (the global budget adds its own incentive)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Assumption: capitation covers the teams' outpatient care, a fraction of what a global budget covers"), kGroupResponse},
    {SettingKey::ResponseRampMonths, "response.ramp_months", ValueKind::Integer, 24, 0, 120, QT_TRANSLATE_NOOP("cc::Parameters", "months"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Response ramp-up"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Months over which providers' response grows to its full size after a global budget, DRG points or capitation start."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Assumption: pilot counties report effects building over the first one to three years"), kGroupResponse},
    {SettingKey::ResponseStayReduction, "response.stay_reduction", ValueKind::Share, 0.10, 0, 0.5, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Shorter stays under DRG or a budget"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share by which the township centres' and county hospitals' length of stay falls under DRG points or a global budget, at full response."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Assumption within the 5-15% falls in average length of stay reported by DRG/DIP pilot cities (NHSA pilot reports 2021-2022)"), kGroupResponse},
    {SettingKey::ResponseCostReduction, "response.cost_reduction", ValueKind::Share, 0.06, 0, 0.5, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Cheaper admissions under DRG or a budget"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share by which the cost per admission at township centres and county hospitals falls under DRG points or a global budget, at full response."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Assumption within the 5-10% falls in cost per admission reported by DRG/DIP pilot cities (NHSA pilot reports 2021-2022); NHC 2023: hospital cost per admission -5.0%"), kGroupResponse},
    {SettingKey::ResponseInducedDemand, "response.induced_demand", ValueKind::Share, 0.0, 0, 0.5, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Induced admissions without a global budget"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Extra admissions providers generate when paid per item or per case (fee-for-service, or DRG without a global budget: supplier-induced demand); they disappear under a global budget. 0: none."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Optional; the size of supplier-induced demand is disputed, so the default is none"), kGroupResponse},
    {SettingKey::ResponseVisitsPerAvoided, "response.visits_per_avoided", ValueKind::Real, 4, 0, 24, "",
     QT_TRANSLATE_NOOP("cc::Parameters", "Visits per avoided admission"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Chronic-care visits at village clinics and township centres that replace one avoided admission."),
     QT_TRANSLATE_NOOP("cc::Parameters", "National Basic Public Health Service Standards (3rd ed., 2017): at least four follow-ups a year for hypertension and type 2 diabetes"), kGroupResponse},
    {SettingKey::ReferralUpShare, "referral.up_share", ValueKind::Share, 0.03, 0, 1, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Referred up through the alliance"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of admissions beyond what the home township centre treats that the alliance refers up (to the county hospital or, with a referral that keeps its reimbursement, out of the county), once the budget is shared and the response has ramped up."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Assumption: Huidong county's three alliances referred 1,726 patients up and 754 down in 11 months of 2018, about 1% of the admissions beyond the township centres; mature alliances report more"), kGroupReferral},
    {SettingKey::ReferralDownShare, "referral.down_share", ValueKind::Share, 0.03, 0, 1, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Referred down for recovery"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of county-hospital admissions whose recovery days move to the home township centre's beds, once the budget is shared and the response has ramped up."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Assumption: Huidong's 754 down-referrals in 11 months of 2018 were about 1% of its county-hospital admissions; mature alliances report more"), kGroupReferral},
    {SettingKey::ReferralRecoveryDaysShare, "referral.recovery_days_share", ValueKind::Share, 0.3, 0, 1, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Recovery part of a stay"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of a county-hospital stay that is recovery or rehabilitation and can move to a township bed."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Assumption: the post-acute part of a stay for the conditions most often stepped down (strokes, fractures, surgery); township wards take recovery and rehabilitation days, not acute ones"), kGroupReferral},
    {SettingKey::ReferralRecoveryCostShare, "referral.recovery_cost_share", ValueKind::Share, 0.12, 0, 1, kShare,
     QT_TRANSLATE_NOOP("cc::Parameters", "Recovery part of the cost"),
     QT_TRANSLATE_NOOP("cc::Parameters", "Share of a county-hospital admission's cost spent in its recovery days (acute care costs most)."),
     QT_TRANSLATE_NOOP("cc::Parameters", "Assumption: an admission's cost falls mostly in its first, acute days (surgery, imaging, drugs), so the recovery days carry much less than their share of the days"), kGroupReferral},
};
// clang-format on

// Each table lists its keys once, in enum order, so a row cannot describe the
// wrong parameter.
template <std::size_t N> constexpr bool followsEnum(const ParameterSpec (&specs)[N], int count)
{
    if (static_cast<int>(N) != count)
        return false;
    for (std::size_t i = 0; i < N; ++i)
        if (specs[i].id.value != static_cast<int>(i))
            return false;
    return true;
}
static_assert(followsEnum(kPolicySpecs, kPolicyKeyCount), "kPolicySpecs must follow PolicyKey");
static_assert(followsEnum(kSettingSpecs, kSettingKeyCount), "kSettingSpecs must follow SettingKey");

template <int N> int indexOf(const ParameterSpec (&specs)[N], const char *key)
{
    for (int i = 0; i < N; ++i)
        if (std::strcmp(specs[i].key, key) == 0)
            return i;
    return -1;
}

template <typename Set, int N> Set defaultsOf(const ParameterSpec (&specs)[N])
{
    Set set;
    for (int i = 0; i < N; ++i)
        set.at(i) = specs[i].defaultValue;
    return set;
}

template <typename Set, int N> QString validateSet(const ParameterSpec (&specs)[N], const Set &set)
{
    for (int i = 0; i < N; ++i) {
        const QString error = checkValue(specs[i], set.at(i));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace

const ParameterSpec &policySpec(PolicyKey key)
{
    return kPolicySpecs[static_cast<int>(key)];
}
const ParameterSpec &settingSpec(SettingKey key)
{
    return kSettingSpecs[static_cast<int>(key)];
}
int policyKeyIndex(const char *key)
{
    return indexOf(kPolicySpecs, key);
}
int settingKeyIndex(const char *key)
{
    return indexOf(kSettingSpecs, key);
}

QString checkValue(const ParameterSpec &spec, double value)
{
    const QString label = QCoreApplication::translate("cc::Parameters", spec.label);
    if (!std::isfinite(value))
        return QCoreApplication::translate("cc::Parameters", "%1 must be a finite number.")
            .arg(label);
    if (value < spec.minimum || value > spec.maximum)
        return QCoreApplication::translate("cc::Parameters",
                                           "%1 must be between %2 and %3 (got %4).")
            .arg(label)
            .arg(spec.minimum)
            .arg(spec.maximum)
            .arg(value);
    if ((spec.kind == ValueKind::Integer || spec.kind == ValueKind::Boolean) &&
        value != std::floor(value))
        return QCoreApplication::translate("cc::Parameters", "%1 must be a whole number (got %2).")
            .arg(label)
            .arg(value);
    return {};
}

PolicyParams defaultPolicy()
{
    return defaultsOf<PolicyParams>(kPolicySpecs);
}
ModelSettings defaultSettings()
{
    return defaultsOf<ModelSettings>(kSettingSpecs);
}

PolicyKey deductibleKey(bool inpatient, FacilityLevel level)
{
    const int base = static_cast<int>(inpatient ? PolicyKey::InpatientDeductibleVillage
                                                : PolicyKey::OutpatientDeductibleVillage);
    return static_cast<PolicyKey>(base + static_cast<int>(level));
}

PolicyKey ratioKey(bool inpatient, FacilityLevel level)
{
    const int base = static_cast<int>(inpatient ? PolicyKey::InpatientRatioVillage
                                                : PolicyKey::OutpatientRatioVillage);
    return static_cast<PolicyKey>(base + static_cast<int>(level));
}

QString validate(const PolicyParams &params)
{
    return validateSet(kPolicySpecs, params);
}
QString validate(const ModelSettings &settings)
{
    return validateSet(kSettingSpecs, settings);
}

} // namespace cc
