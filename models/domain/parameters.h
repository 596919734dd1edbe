#pragma once

#include "models/sim/parameterkeys.h"

#include <QString>
#include <array>
#include <cstddef>

namespace cc {

// One description per parameter drives storage keys, validation at load and in
// the UI, labels, tooltips and the source of each default. Policy parameters can
// change over time (a schedule entry sets some, models/domain/policyschedule.h); model settings
// hold for the whole project.

enum class ValueKind { Real, Share, Money, Integer, Boolean };

// The key a row of a parameter table describes (the tables list them in enum
// order, checked at compile time).
struct ParameterId {
    int value;
    constexpr ParameterId(sim::PolicyKey k) : value(static_cast<int>(k)) {}
    constexpr ParameterId(sim::SettingKey k) : value(static_cast<int>(k)) {}
};

struct ParameterSpec {
    ParameterId id;
    const char *key; // stable storage key, never translated
    ValueKind kind;
    double defaultValue;
    double minimum;
    double maximum;
    const char *unit;   // QT_TRANSLATE_NOOP("cc::Parameters", ...), may be ""
    const char *label;  // QT_TRANSLATE_NOOP("cc::Parameters", ...)
    const char *help;   // QT_TRANSLATE_NOOP("cc::Parameters", ...)
    const char *source; // where the default comes from, QT_TRANSLATE_NOOP("cc::Parameters", ...)
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

// The keys and value sets are the engine's (models/sim/parameterkeys.h): the
// document, the store and the engine share one type, described once below.
using sim::kPolicyKeyCount;
using sim::kSettingKeyCount;
using sim::levelKey;
using sim::ParameterSet;
using PolicyKey = sim::PolicyKey;
using SettingKey = sim::SettingKey;
using PolicyParams = sim::Policy;
using ModelSettings = sim::Settings;

const ParameterSpec &policySpec(PolicyKey key);
const ParameterSpec &settingSpec(SettingKey key);
// Lookup by storage key; returns -1 when unknown.
int policyKeyIndex(const char *key);
int settingKeyIndex(const char *key);

// Checks one value against its spec. Returns an empty string when acceptable,
// otherwise a translated message naming the parameter and the allowed range.
QString checkValue(const ParameterSpec &spec, double value);

PolicyParams defaultPolicy();
ModelSettings defaultSettings();

// The reimbursement keys of a level: deductible and ratio, outpatient or inpatient.
PolicyKey deductibleKey(bool inpatient, FacilityLevel level);
PolicyKey ratioKey(bool inpatient, FacilityLevel level);

// First invalid value of a set, as a translated message; empty when all are valid.
QString validate(const PolicyParams &params);
QString validate(const ModelSettings &settings);

} // namespace cc
