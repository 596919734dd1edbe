#pragma once

// Staffing rules of the tight county alliance (县招乡用: county hires, township
// uses), with per-project severities and thresholds stored as model settings
// (SettingKey::Staffing*). The checker is plain: it reads a Project and reports
// violations; models/staffing/staffingedits.h refuses or warns at the edit boundary.

#include "models/domain/project.h"

#include <QHash>
#include <QSet>
#include <QVector>
#include <array>

namespace cc::staffing {

enum class Rule : int {
    FtePerPerson = 0,         // one person's FTE never above the limit in any month
    MinPostingMonths = 1,     // grassroots postings at least N months
    TownshipMinimumStaff = 2, // township centres keep minimum posts and the GP norm
    PromotionService = 3,     // 晋升副主任医师前基层服务: months of grassroots service
};
constexpr int kRuleCount = 4;

enum class Severity : int { Off = 0, Warn = 1, Refuse = 2 };

SettingKey severityKey(Rule rule);
Severity severityOf(const ModelSettings &settings, Rule rule);
QString ruleName(Rule rule);
QString severityName(Severity severity);

struct Violation {
    Rule rule = Rule::FtePerPerson;
    Severity severity = Severity::Warn;
    EntityId scenarioId = 0;
    EntityId staffId = 0;    // 0 when the rule is about a facility
    EntityId facilityId = 0; // 0 when the rule is about a person
    QVector<EntityId> postingIds;
    int fromMonth = 0; // months [fromMonth, toMonth) the violation covers (-1: not month-bound)
    int toMonth = 0;
    int detail =
        0; // rule-specific: TownshipMinimumStaff 0 = posts, 1 = GP norm; Promotion: months short
    QString message; // translated
};

// FTE present at each facility in each month, by role: home staff minus their
// postings elsewhere, plus postings hosted (the engine's rule, models/sim).
struct Presence {
    int months = 0;
    // facility id -> [t * kStaffRoleCount + role]
    QHash<EntityId, QVector<double>> fte;
    double at(EntityId facility, int t, int role) const;
    double total(EntityId facility, int t) const;
};
Presence presence(const Project &project, EntityId scenarioId);

// Residents served by a township centre: its township's population, split
// evenly between the township's centres.
double catchmentPopulation(const Project &project, EntityId facilityId);

// Grassroots service of a doctor for promotion (months), counted as the
// recorded months plus FTE-weighted months posted at grassroots facilities
// within the horizon of the scenario.
struct PromotionStatus {
    EntityId staffId = 0;
    int servedMonths = 0;
    int requiredMonths = 0;
    int shortMonths() const { return std::max(0, requiredMonths - servedMonths); }
};
// Doctors due for promotion to associate chief physician: intermediate-title
// GPs and specialists whose home is not a grassroots facility.
QVector<PromotionStatus> promotionCandidates(const Project &project, EntityId scenarioId);

// Every violation of the rules not switched off, in one scenario.
QVector<Violation> checkRules(const Project &project, EntityId scenarioId);
// The scenarios a posting with this scenario id takes part in.
QVector<EntityId> scenariosOf(const Project &project, EntityId postingScenarioId);

// Violations of `after` that are not already present in `before` (by rule,
// scenario, subject and month, or months short for promotion), in the scenarios given.
QVector<Violation> newViolations(const Project &before, const Project &after,
                                 const QVector<EntityId> &scenarios);

} // namespace cc::staffing
