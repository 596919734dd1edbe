// What moved a care indicator: the reform's mechanisms taken out one after the
// other, each run through the engine itself (no second model of its rules).
#include "models/explain/explain.h"

#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"

#include <QCoreApplication>
#include <functional>

namespace cc::explain {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cc::explain)
};

QString percent(double share, const QLocale &locale)
{
    return locale.toString(share * 100, 'f', 0) + QLatin1Char('%');
}

// One mechanism: whether the scenario uses it, how to take it out of the
// engine input, and what it is in words.
struct Step {
    QString name;
    QString description;
    bool inEffect;
    std::function<void(sim::Input &)> takeOut;
};

bool anyPolicy(const sim::Input &in, PolicyKey key)
{
    for (const sim::PolicyEntry &e : in.schedule)
        if (e.policy.flag(key))
            return true;
    return false;
}

} // namespace

void explainMechanisms(Derivation &d, const Project &project, SimIndexMap map)
{
    d.mechanisms.clear();
    d.hasReference = false;
    if (!isCare(d.indicator) || !d.error.isEmpty() || !project.scenarios.contains(d.scenario))
        return;
    const QLocale locale;
    sim::Input in = compileProject(project, d.scenario, map);
    const auto value = [&](const sim::Input &input) {
        sim::Engine engine(input);
        const sim::Results &r = engine.results();
        return d.month < r.months ? indicatorValue(d.indicator, r, d.month, d.scope) : 0.0;
    };
    const PolicyParams policy = project.policyAt(d.scenario, d.month);
    const ModelSettings &set = project.settings;
    const bool budget = anyPolicy(in, PolicyKey::GlobalBudgetOn);
    const bool drg = anyPolicy(in, PolicyKey::DrgOn);
    const bool capitation = anyPolicy(in, PolicyKey::CapitationOn);
    bool links = false;
    for (const sim::TelemedicineLink &l : in.links)
        links = links || (l.active && l.start <= d.month && d.month < l.end);

    // The order matters only for how a joint effect is shared: signing first
    // (avoided admissions happen among signed residents), then the incentives
    // that make avoiding them pay, then the rest.
    const QVector<Step> steps = {
        {Tr::tr("Family-doctor signing"),
         Tr::tr("Avoided admissions are among residents signed with a family doctor; capitation "
                "raises signing towards %1 over %n month(s). Taken out: signing stays where it "
                "started.",
                nullptr, policy.integer(PolicyKey::SigningRampMonths))
             .arg(percent(policy[PolicyKey::SigningRateTarget], locale)),
         capitation,
         [](sim::Input &x) {
             for (sim::PolicyEntry &e : x.schedule)
                 e.policy[PolicyKey::SigningRampMonths] = 1e9; // never ramps up
         }},
        {Tr::tr("Incentive of capitation"),
         Tr::tr("Paid per signed resident (按人头付费), family-doctor teams keep %1 of a yuan of "
                "care their residents no longer need, so they work to keep them out of hospital.")
             .arg(percent(set[SettingKey::ResponseCapitationIncentive], locale)),
         capitation && set[SettingKey::ResponseCapitationIncentive] > 0,
         [](sim::Input &x) { x.settings[SettingKey::ResponseCapitationIncentive] = 0; }},
        {Tr::tr("Incentive of the global budget"),
         Tr::tr("Under the global budget (结余留用、超支分担) the alliance keeps %1 of a surplus "
                "and bears %2 of an overrun: avoiding an admission pays. At full response its "
                "health management prevents %3 of signed residents' avoidable admissions.")
             .arg(percent(policy[PolicyKey::SurplusRetention], locale),
                  percent(1 - policy[PolicyKey::OverrunShare], locale),
                  percent(set[SettingKey::ResponseAvoidableShare], locale)),
         budget && set[SettingKey::ResponseAvoidableShare] > 0,
         [](sim::Input &x) { x.settings[SettingKey::ResponseAvoidableShare] = 0; }},
        {Tr::tr("Shorter stays"),
         Tr::tr("Under DRG points or the global budget, township centres and county hospitals "
                "shorten stays by up to %1 and make admissions cheaper by up to %2.")
             .arg(percent(set[SettingKey::ResponseStayReduction], locale),
                  percent(set[SettingKey::ResponseCostReduction], locale)),
         (budget || drg) && (set[SettingKey::ResponseStayReduction] > 0 ||
                             set[SettingKey::ResponseCostReduction] > 0),
         [](sim::Input &x) {
             x.settings[SettingKey::ResponseStayReduction] = 0;
             x.settings[SettingKey::ResponseCostReduction] = 0;
         }},
        {Tr::tr("Two-way referral"),
         Tr::tr("With one budget, the alliance refers up %1 of the admissions the home township "
                "centre cannot treat (keeping the referral reimbursement) and sends %2 of county-"
                "hospital patients home for recovery (%3 of the stay, paid per bed-day). "
                "Referral moves admissions between levels; each is counted once.")
             .arg(percent(set[SettingKey::ReferralUpShare], locale),
                  percent(set[SettingKey::ReferralDownShare], locale),
                  percent(set[SettingKey::ReferralRecoveryDaysShare], locale)),
         budget && (set[SettingKey::ReferralUpShare] > 0 || set[SettingKey::ReferralDownShare] > 0),
         [](sim::Input &x) {
             x.settings[SettingKey::ReferralUpShare] = 0;
             x.settings[SettingKey::ReferralDownShare] = 0;
         }},
        {Tr::tr("Telemedicine links"),
         Tr::tr("Remote consultation and shared imaging, laboratory and ECG centres raise the "
                "linked township centres' capability, so more residents are admitted there."),
         links,
         [](sim::Input &x) {
             for (sim::TelemedicineLink &l : x.links)
                 l.active = false;
         }},
        {Tr::tr("Induced admissions"),
         Tr::tr("Paid per item, providers generate %1 more admissions (supplier-induced "
                "demand); the global budget removes them.")
             .arg(percent(set[SettingKey::ResponseInducedDemand], locale)),
         set[SettingKey::ResponseInducedDemand] > 0,
         [](sim::Input &x) { x.settings[SettingKey::ResponseInducedDemand] = 0; }},
    };
    double before = value(in);
    for (const Step &step : steps) {
        Mechanism m{step.name, step.description, 0.0, step.inEffect};
        if (step.inEffect) {
            step.takeOut(in);
            const double after = value(in);
            m.effect = before - after;
            before = after;
        }
        d.mechanisms.append(m);
    }
    d.withoutMechanisms = before;
    if (d.reference != d.scenario && project.scenarios.contains(d.reference)) {
        d.referenceValue = value(compileProject(project, d.reference, map));
        d.hasReference = true;
    }
}

} // namespace cc::explain
