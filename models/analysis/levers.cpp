#include "models/analysis/levers.h"

#include "models/sim/calendar.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cc::analysis {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cc::analysis::Levers)
};

// A real-valued key's value in a parameter set; nullptr for flags and integers
// (a percentage of a switch or a count is no lever).
template <typename Key, int N>
double *realField(sim::ParameterSet<Key, N> &set, Key key, const ParameterSpec &spec)
{
    if (spec.kind == ValueKind::Boolean || spec.kind == ValueKind::Integer)
        return nullptr;
    return &set[key];
}
double *policyField(sim::Policy &p, PolicyKey key)
{
    return realField(p, key, policySpec(key));
}
double *settingField(sim::Settings &s, SettingKey key)
{
    return realField(s, key, settingSpec(key));
}

double *lineField(sim::ServiceLine &l, LineField field)
{
    switch (field) {
    case LineField::CoefCost:
        return &l.coefCost;
    case LineField::CoefTravel:
        return &l.coefTravel;
    case LineField::CoefQuality:
        return &l.coefQuality;
    case LineField::AnnualRate:
        return &l.annualRatePerPerson;
    }
    return nullptr;
}

const ParameterSpec *specOf(const Lever &lever)
{
    if (lever.kind == Lever::Kind::Policy)
        return &policySpec(static_cast<PolicyKey>(lever.key));
    if (lever.kind == Lever::Kind::Setting)
        return &settingSpec(static_cast<SettingKey>(lever.key));
    return nullptr;
}

} // namespace

std::vector<Lever> keyLevers()
{
    std::vector<Lever> levers;
    for (int inpatient = 1; inpatient >= 0; --inpatient)
        for (int l = 0; l < kFacilityLevelCount; ++l)
            levers.push_back(Lever::policy(ratioKey(inpatient != 0, FacilityLevel(l))));
    for (int inpatient = 1; inpatient >= 0; --inpatient)
        for (int l = 0; l < kFacilityLevelCount; ++l)
            levers.push_back(Lever::policy(deductibleKey(inpatient != 0, FacilityLevel(l))));
    for (PolicyKey k :
         {PolicyKey::NoReferralCut, PolicyKey::BudgetShare, PolicyKey::SurplusRetention,
          PolicyKey::OverrunShare, PolicyKey::CapitationYuanPerSigned})
        levers.push_back(Lever::policy(k));
    for (SettingKey k :
         {SettingKey::CoefInCounty, SettingKey::CoefSignedHome, SettingKey::CoefWait,
          // Providers' response and referral (Model 2, part 2).
          SettingKey::ResponseAvoidableShare, SettingKey::ResponseCapitationIncentive,
          SettingKey::ResponseStayReduction, SettingKey::ResponseCostReduction,
          SettingKey::ReferralUpShare, SettingKey::ReferralDownShare})
        levers.push_back(Lever::setting(k));
    for (int inpatient = 0; inpatient <= 1; ++inpatient)
        for (LineField f : {LineField::CoefCost, LineField::CoefTravel, LineField::CoefQuality,
                            LineField::AnnualRate})
            levers.push_back(Lever::line(f, inpatient != 0));
    return levers;
}

QString leverLabel(const Lever &lever)
{
    if (const ParameterSpec *spec = specOf(lever))
        return QCoreApplication::translate("cc::Parameters", spec->label);
    const auto field = static_cast<LineField>(lever.key);
    if (lever.inpatient) {
        switch (field) {
        case LineField::CoefCost:
            return Text::tr("Cost sensitivity, inpatient");
        case LineField::CoefTravel:
            return Text::tr("Travel-time sensitivity, inpatient");
        case LineField::CoefQuality:
            return Text::tr("Quality preference, inpatient");
        case LineField::AnnualRate:
            return Text::tr("Admissions per person per year");
        }
    }
    switch (field) {
    case LineField::CoefCost:
        return Text::tr("Cost sensitivity, outpatient");
    case LineField::CoefTravel:
        return Text::tr("Travel-time sensitivity, outpatient");
    case LineField::CoefQuality:
        return Text::tr("Quality preference, outpatient");
    case LineField::AnnualRate:
        return Text::tr("Outpatient visits per person per year");
    }
    return QString();
}

double leverMinimum(const Lever &lever)
{
    if (const ParameterSpec *spec = specOf(lever))
        return spec->minimum;
    return 0.0;
}

double leverMaximum(const Lever &lever)
{
    if (const ParameterSpec *spec = specOf(lever))
        return spec->maximum;
    // models/domain/validation.cpp: bc and bt within [0, 10], bq within [0, 100],
    // annual rate within [0, 100].
    switch (static_cast<LineField>(lever.key)) {
    case LineField::CoefCost:
    case LineField::CoefTravel:
        return 10.0;
    case LineField::CoefQuality:
    case LineField::AnnualRate:
        return 100.0;
    }
    return 0.0;
}

double leverValue(const sim::Input &input, const Lever &lever)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    switch (lever.kind) {
    case Lever::Kind::Policy: {
        sim::Policy p = input.policyAt(0);
        const double *v = policyField(p, static_cast<PolicyKey>(lever.key));
        return v ? *v : nan;
    }
    case Lever::Kind::Setting: {
        sim::Settings s = input.settings;
        const double *v = settingField(s, static_cast<SettingKey>(lever.key));
        return v ? *v : nan;
    }
    case Lever::Kind::Line:
        for (sim::ServiceLine l : input.lines)
            if (l.inpatient == lever.inpatient)
                return *lineField(l, static_cast<LineField>(lever.key));
        return nan;
    }
    return nan;
}

void scaleLever(sim::Input &input, const Lever &lever, double factor)
{
    const double lo = leverMinimum(lever), hi = leverMaximum(lever);
    const auto scale = [&](double *v) {
        if (v)
            *v = std::clamp(*v * factor, lo, hi);
    };
    switch (lever.kind) {
    case Lever::Kind::Policy:
        for (sim::PolicyEntry &e : input.schedule)
            scale(policyField(e.policy, static_cast<PolicyKey>(lever.key)));
        break;
    case Lever::Kind::Setting:
        scale(settingField(input.settings, static_cast<SettingKey>(lever.key)));
        break;
    case Lever::Kind::Line:
        for (sim::ServiceLine &l : input.lines)
            if (l.inpatient == lever.inpatient)
                scale(lineField(l, static_cast<LineField>(lever.key)));
        break;
    }
}

QString indicatorLabel(Indicator indicator)
{
    switch (indicator) {
    case Indicator::InCountyRate:
        return Text::tr("In-county treatment rate, last 12 months");
    case Indicator::InpatientShare:
        return Text::tr("In-county inpatient share, last 12 months");
    case Indicator::GrassrootsShare:
        return Text::tr("Grassroots share, last 12 months");
    case Indicator::FundBalanceEnd:
        return Text::tr("Fund balance at the end of the horizon");
    case Indicator::DeficitYears:
        return Text::tr("Years with a fund deficit");
    case Indicator::OopPerCapitaYear:
        return Text::tr("Out-of-pocket per resident, last 12 months");
    }
    return QString();
}

IndicatorUnit indicatorUnit(Indicator indicator)
{
    switch (indicator) {
    case Indicator::InCountyRate:
    case Indicator::InpatientShare:
    case Indicator::GrassrootsShare:
        return IndicatorUnit::Share;
    case Indicator::FundBalanceEnd:
    case Indicator::OopPerCapitaYear:
        return IndicatorUnit::Yuan;
    case Indicator::DeficitYears:
        return IndicatorUnit::Years;
    }
    return IndicatorUnit::Share;
}

double indicatorValue(const sim::Results &r, Indicator indicator)
{
    if (r.months <= 0 || r.county.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const sim::Indicators &last = r.countyAt(r.months - 1);
    switch (indicator) {
    case Indicator::InCountyRate:
        return last.inCountyRate12;
    case Indicator::InpatientShare:
        return last.inCountyInpatientShare12;
    case Indicator::GrassrootsShare:
        return last.grassrootsShare12;
    case Indicator::FundBalanceEnd:
        return r.fund.back().closingBalance;
    case Indicator::DeficitYears:
        return deficitYears(r);
    case Indicator::OopPerCapitaYear: {
        double oop = 0;
        for (int t = std::max(0, r.months - 12); t < r.months; ++t)
            oop += r.countyAt(t).oopYuan;
        return last.population > 0 ? oop / last.population : 0.0;
    }
    }
    return std::numeric_limits<double>::quiet_NaN();
}

std::vector<FundYear> annualFundResults(const sim::Results &r)
{
    std::vector<FundYear> years;
    for (int t = 0; t < r.months && t < static_cast<int>(r.fund.size()); ++t) {
        const int year = sim::yearMonthAt(r.startYear, r.startMonth, t).year;
        if (years.empty() || years.back().year != year)
            years.push_back(FundYear{year, 0.0});
        const sim::FundMonth &m = r.fund[static_cast<std::size_t>(t)];
        years.back().resultYuan += m.revenue - m.payments - m.settlements;
    }
    return years;
}

int deficitYears(const sim::Results &r)
{
    int n = 0;
    for (const FundYear &y : annualFundResults(r))
        n += y.resultYuan < 0 ? 1 : 0;
    return n;
}

} // namespace cc::analysis
