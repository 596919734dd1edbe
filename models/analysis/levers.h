#pragma once

// The parameters an analysis moves ("levers") and the indicators it reads, in
// engine terms: both act on a compiled sim::Input / sim::Results, so a run
// needs no document and can go on any thread.

#include "models/domain/parameters.h"
#include "models/sim/results.h"
#include "models/sim/siminput.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace cc::analysis {

// Per-service-line fields moved together for every line of one kind.
enum class LineField : int { CoefCost, CoefTravel, CoefQuality, AnnualRate };

struct Lever {
    enum class Kind { Policy, Setting, Line };
    Kind kind = Kind::Policy;
    int key = 0;            // PolicyKey, SettingKey or LineField
    bool inpatient = false; // Kind::Line: inpatient or outpatient lines

    static Lever policy(PolicyKey k) { return {Kind::Policy, static_cast<int>(k), false}; }
    static Lever setting(SettingKey k) { return {Kind::Setting, static_cast<int>(k), false}; }
    static Lever line(LineField f, bool inpatient)
    {
        return {Kind::Line, static_cast<int>(f), inpatient};
    }
    friend bool operator==(const Lever &a, const Lever &b)
    {
        return a.kind == b.kind && a.key == b.key && a.inpatient == b.inpatient;
    }
};

// The key policy parameters (reimbursement ratios and deductibles by level,
// budget share, surplus retention, overrun sharing, capitation, the cut
// without referral) and the choice coefficients and demand rates.
std::vector<Lever> keyLevers();

QString leverLabel(const Lever &lever); // translated
// Valid range (the parameter registry; models/domain/validation.cpp for line fields).
double leverMinimum(const Lever &lever);
double leverMaximum(const Lever &lever);
// The lever's value in month 0 (first line of its kind for line fields); NaN
// when the input has nothing it acts on (no inpatient line, say).
double leverValue(const sim::Input &input, const Lever &lever);
// Multiplies every occurrence of the lever (each policy schedule entry, each
// line of its kind) by `factor`, clamped to the lever's valid range.
void scaleLever(sim::Input &input, const Lever &lever, double factor);

// What a sensitivity run reads from the results (whole county, end of horizon).
enum class Indicator : int {
    InCountyRate,     // 县域就诊率, 12 months ending with the last month
    InpatientShare,   // 县域内住院人次占比, same
    GrassrootsShare,  // 基层诊疗量占比, same
    FundBalanceEnd,   // fund balance at the end of the horizon, yuan
    DeficitYears,     // calendar years with a negative annual fund result
    OopPerCapitaYear, // out-of-pocket per resident over the last 12 months, yuan
};
constexpr int kIndicatorCount = 6;
enum class IndicatorUnit { Share, Yuan, Years };
QString indicatorLabel(Indicator indicator); // translated
IndicatorUnit indicatorUnit(Indicator indicator);
double indicatorValue(const sim::Results &results, Indicator indicator);

// The fund's annual result (年度当期结余) per calendar year of the horizon:
// revenue - payments - year-end settlements over the months of that year that
// the horizon covers (a partial first or last year counts its months only).
struct FundYear {
    int year = 0;
    double resultYuan = 0;
};
std::vector<FundYear> annualFundResults(const sim::Results &results);
int deficitYears(const sim::Results &results);

} // namespace cc::analysis
