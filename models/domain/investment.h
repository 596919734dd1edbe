#pragma once

// What a county can invest in (issue 20): the catalogue of actions with their
// costs, the time-critical care centres (专病中心) of its facilities, and the
// investments a scenario makes (what the planner's Apply writes). Plain values,
// like entities.h.

#include <QMap>
#include <QString>
#include <array>
#include <tuple>

namespace cc {

using EntityId = qint64; // as in entities.h

// The kinds of action the planner weighs.
enum class InvestmentKind : int {
    AddBeds = 0,           // 增加床位: N beds at a township centre
    EquipLine = 1,         // 设备配置: equip a township centre for a service line (DR/CT, OR)
    TelemedicineLink = 2,  // 远程医疗/共享中心: a link from the county hospital
    PostDoctors = 3,       // 县招乡用: N county doctors of a role posted for 12 months
    NewVillageClinic = 4,  // 新建村卫生室 at a village
    NewTownshipBranch = 5, // 新建乡镇卫生院分院 at a village
    MergeClinic = 6,       // 撤并: a small village clinic merged into its nearest neighbour
    CareCentre = 7,        // 专病中心: designate and equip a time-critical care centre
};
constexpr int kInvestmentKindCount = 8;

// 胸痛中心, 卒中中心, 创伤中心, 危重孕产妇救治中心.
enum class CareCentreKind : int { ChestPain = 0, Stroke = 1, Trauma = 2, CriticalMaternal = 3 };
constexpr int kCareCentreKindCount = 4;
constexpr int careCentreBit(CareCentreKind kind)
{
    return 1 << static_cast<int>(kind);
}

// What one kind of action costs and does; editable, saved in the project.
struct InvestmentCost {
    double capitalYuan = 0;    // once, at the start
    double annualYuan = 0;     // running cost per year (negative: a saving)
    int units = 1;             // beds added, doctors posted (1 for the other kinds)
    double capabilityGain = 0; // share of the gap to full capability closed (equip, link, centre)
    int runningYears = 0;      // years the running cost is paid (0: the whole horizon)
    auto tie() const
    {
        return std::tie(capitalYuan, annualYuan, units, capabilityGain, runningYears);
    }
    friend bool operator==(const InvestmentCost &a, const InvestmentCost &b)
    {
        return a.tie() == b.tie();
    }
    friend bool operator!=(const InvestmentCost &a, const InvestmentCost &b) { return !(a == b); }
};

struct InvestmentKindInfo {
    const char *code;  // stable storage and CLI key, never translated
    const char *label; // QT_TRANSLATE_NOOP("cc::Investments", ...)
    InvestmentCost defaults;
    const char *source; // where the defaults come from (an assumption says so); QT_TRANSLATE_NOOP
};
const InvestmentKindInfo &investmentKindInfo(InvestmentKind kind);
// -1 when unknown.
int investmentKindIndex(const QString &code);
QString investmentKindLabel(InvestmentKind kind);  // translated
QString investmentKindSource(InvestmentKind kind); // translated
const char *careCentreCode(CareCentreKind kind);   // "chest-pain", "stroke", "trauma", "maternal"
QString careCentreLabel(CareCentreKind kind);      // translated

// The catalogue and the golden hour, project-wide.
struct InvestmentCatalogue {
    std::array<InvestmentCost, kInvestmentKindCount> costs{};
    // 黄金救治时间: minutes within which a time-critical patient should reach a
    // centre. 60 is the "golden hour" of the national chest-pain and stroke
    // centre standards (中国胸痛中心认证标准; 卒中中心建设指南); editable.
    double goldenHourMinutes = 60;
    const InvestmentCost &cost(InvestmentKind kind) const
    {
        return costs[static_cast<std::size_t>(kind)];
    }
    auto tie() const { return std::tie(costs, goldenHourMinutes); }
    friend bool operator==(const InvestmentCatalogue &a, const InvestmentCatalogue &b)
    {
        return a.tie() == b.tie();
    }
    friend bool operator!=(const InvestmentCatalogue &a, const InvestmentCatalogue &b)
    {
        return !(a == b);
    }
};
InvestmentCatalogue defaultInvestmentCatalogue();

// Total cost over `years` of the horizon: capital plus the running cost of the
// years it runs (a posting runs one).
double investmentCostYuan(const InvestmentCost &cost, int years);

// An investment a scenario makes (postings and telemedicine links of the
// planner are written as ordinary postings and links instead). The simulation
// applies it when it compiles that scenario (models/planner/investmentchanges.h).
struct Investment {
    EntityId id = 0;
    EntityId scenarioId = 0; // the scenario it belongs to (never 0: investments are choices)
    InvestmentKind kind = InvestmentKind::AddBeds;
    EntityId facilityId = 0;   // the facility built up, merged away or designated
    EntityId neighbourId = 0;  // MergeClinic: the facility that takes its staff
    EntityId settlementId = 0; // new sites: the village it stands in
    EntityId lineId = 0;       // EquipLine: the service line
    int units = 0;             // AddBeds: beds; new township branch: beds
    double capabilityGain = 0; // EquipLine, CareCentre
    CareCentreKind centre = CareCentreKind::ChestPain; // CareCentre
    auto tie() const
    {
        return std::tie(id, scenarioId, kind, facilityId, neighbourId, settlementId, lineId, units,
                        capabilityGain, centre);
    }
    friend bool operator==(const Investment &a, const Investment &b) { return a.tie() == b.tie(); }
    friend bool operator!=(const Investment &a, const Investment &b) { return !(a == b); }
};

// A translated reason when the values are out of range; empty when fine.
// References are not checked: a scenario's investment whose facility was
// removed is skipped by the simulation.
QString validateInvestment(const Investment &investment);
QString validateCatalogue(const InvestmentCatalogue &catalogue);

} // namespace cc
