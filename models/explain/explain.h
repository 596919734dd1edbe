#pragma once

#include "models/domain/project.h"
#include "models/sim/results.h"
#include "models/simulation/simcompile.h"

#include <QLocale>
#include <QString>
#include <QVector>
#include <optional>

namespace cc::explain {

// "Explain this number": how an indicator of the simulation results is made, as
// plain values a dialog shows and a test checks. Pure functions of the results
// and the project.

enum class Indicator {
    InCountyRate,           // 县域就诊率
    InCountyInpatientShare, // 县域内住院人次占比
    GrassrootsShare,        // 基层诊疗量占比
    FundMonthsOfReserve,    // 基金可支付月数
    FundBalance,            // 基金累计结余
    // Care (Model 2, part 2): what moved an admission count.
    Admissions,          // 住院人次 in the month
    AvoidedAdmissions,   // 避免的住院
    AverageLengthOfStay, // 平均住院日
};
QVector<Indicator> allIndicators();
QString indicatorName(Indicator indicator); // translated

enum class Unit { Episodes, Yuan, Months, Fraction, Days };

// One number entering the formula, as the results hold it.
struct Input {
    QString label;
    double value = 0;
    Unit unit = Unit::Episodes;
};

// One payment parameter that differs between the reference and the shown scenario.
struct ParameterChange {
    PolicyKey key = PolicyKey::InsuredShare;
    QString label; // translated parameter label
    double before = 0, after = 0;
    QString beforeText, afterText;
    // The parameter acts directly on this indicator (see relevantKeys()).
    bool direct = false;
    // |after - before| as a share of the parameter's allowed range: the ranking key.
    double weight = 0;
};

// One of the reform's mechanisms and what it did to a care indicator: the
// indicator with the mechanism taken out, after the ones before it (so the
// effects add up to the value minus `withoutMechanisms`).
struct Mechanism {
    QString name;          // translated
    QString description;   // in words, with the parameters' values
    double effect = 0;     // value with it minus value without it
    bool inEffect = false; // false: the scenario does not use it (effect 0)
};

struct Derivation {
    Indicator indicator = Indicator::InCountyRate;
    QString name;    // translated indicator name
    QString formula; // in words, translated
    int month = 0;
    QString monthLabel; // "2025-03"
    int scope = -1;     // -1 whole county, else township index of the results
    QString scopeName;  // the township's name (石门乡), set by the caller that knows the ids
    double value = 0;
    Unit unit = Unit::Fraction;
    QVector<Input> inputs;
    EntityId scenario = 0, reference = 0;
    QString scenarioName, referenceName;
    // Parameters of the month's policy that differ from the reference scenario,
    // directly acting ones first, then by the size of the change.
    QVector<ParameterChange> changes;
    // Care indicators, after explainMechanisms(): the mechanisms in the order
    // they were taken out, the value without any, and the reference
    // scenario's value (NaN without one).
    QVector<Mechanism> mechanisms;
    double withoutMechanisms = 0;
    double referenceValue = 0;
    bool hasReference = false;
    QString error; // set when the month or scope is outside the results
};

// Whether an indicator is one of the care indicators whose mechanisms
// explainMechanisms() can take apart.
bool isCare(Indicator indicator);
// The indicator's value in a month and scope of some results.
double indicatorValue(Indicator indicator, const sim::Results &results, int month, int scope);

// The derivation of `indicator` at `month` for `scope` (-1: county; fund
// indicators are county-wide whatever the scope) of `results`, simulated for
// `scenario` of `project`; parameter changes are taken against `reference`
// (usually the baseline; the same scenario gives none).
Derivation derive(Indicator indicator, const sim::Results &results, int month, int scope,
                  const Project &project, EntityId scenario, EntityId reference);

// Policy parameters in effect at `month` that differ between two scenarios, ranked.
QVector<ParameterChange> policyDifferences(const Project &project, EntityId scenario,
                                           EntityId reference, int month, Indicator indicator);
// The parameters whose change acts on an indicator without going through others.
QVector<PolicyKey> relevantKeys(Indicator indicator);

// What moved a care indicator (admissions, avoided admissions, length of
// stay): runs the scenario again with each mechanism of the reform taken out
// in turn (family-doctor signing's growth, capitation's and the global
// budget's incentive to keep residents out of hospital, shorter stays under
// DRG or the budget, two-way referral, telemedicine links, induced demand) and
// the reference scenario, and fills d.mechanisms, d.withoutMechanisms and the
// reference value. Several engine runs: tens of milliseconds for a county.
// `map`: the index map the results were compiled with (so a township index
// means the same township); empty: a fresh one.
void explainMechanisms(Derivation &d, const Project &project, SimIndexMap map = {});

QString formatValue(double value, Unit unit, const QLocale &locale);
QString formatParameter(PolicyKey key, double value, const QLocale &locale);

} // namespace cc::explain
