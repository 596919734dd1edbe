#include "models/planner/investmentcompile.h"

namespace cc::planner {

EntityId linkHubOf(const Project &p)
{
    EntityId any = 0;
    for (const Facility &f : p.facilities) {
        if (f.level != FacilityLevel::CountyHospital)
            continue;
        if (f.kind == HospitalKind::General)
            return f.id;
        if (any == 0)
            any = f.id;
    }
    return any;
}

EntityId complexLineOf(const Project &p)
{
    EntityId best = 0;
    double weight = -1;
    for (const ServiceLine &l : p.serviceLines)
        if (l.inpatient && l.drgWeight > weight) {
            weight = l.drgWeight;
            best = l.id;
        }
    return best;
}

std::vector<int> newSiteRoles(InvestmentKind kind)
{
    if (kind == InvestmentKind::NewTownshipBranch)
        return {sim::GeneralPractitioner,
                sim::GeneralPractitioner,
                sim::GeneralPractitioner,
                sim::Nurse,
                sim::Nurse,
                sim::Nurse};
    return {sim::GeneralPractitioner};
}

std::vector<double> newSiteCapability(const Project &p, const SimIndexMap &map,
                                      const sim::Input &in, InvestmentKind kind,
                                      EntityId townshipId)
{
    const FacilityLevel level = kind == InvestmentKind::NewTownshipBranch
                                    ? FacilityLevel::TownshipCentre
                                    : FacilityLevel::VillageClinic;
    const Facility *chosen = nullptr;
    for (const Facility &f : p.facilities) {
        if (f.level != level)
            continue;
        if (f.townshipId == townshipId) {
            chosen = &f;
            break;
        }
        if (!chosen)
            chosen = &f;
    }
    if (chosen) {
        const int index = map.facilities.value(chosen->id, -1);
        if (index >= 0 && index < static_cast<int>(in.facilities.size()))
            return in.facilities[static_cast<std::size_t>(index)].capability;
    }
    return std::vector<double>(in.lines.size(), 0.0);
}

bool toSimAction(const Project &p, const SimIndexMap &map, const sim::Input &in,
                 const Investment &x, SimAction *out)
{
    SimAction a;
    const int facility = map.facilities.value(x.facilityId, -1);
    const auto activeFacility = [&](int f) {
        return f >= 0 && f < static_cast<int>(in.facilities.size()) &&
               in.facilities[static_cast<std::size_t>(f)].active;
    };
    switch (x.kind) {
    case InvestmentKind::AddBeds:
        if (!activeFacility(facility))
            return false;
        a.kind = SimActionKind::AddBeds;
        a.facility = facility;
        a.units = x.units;
        break;
    case InvestmentKind::EquipLine:
    case InvestmentKind::CareCentre: {
        if (!activeFacility(facility))
            return false;
        const EntityId lineId = x.kind == InvestmentKind::EquipLine ? x.lineId : complexLineOf(p);
        const int line = map.lines.value(lineId, -1);
        if (line < 0)
            return false;
        a.kind = SimActionKind::RaiseCapability;
        a.facility = facility;
        a.line = line;
        a.gain = x.capabilityGain;
        break;
    }
    case InvestmentKind::TelemedicineLink: {
        const int hub = map.facilities.value(linkHubOf(p), -1);
        if (!activeFacility(facility) || !activeFacility(hub))
            return false;
        const LinkKindDefaults &kind = linkKindDefaults(LinkKind::Consultation);
        a.kind = SimActionKind::Link;
        a.facility = facility;
        a.hub = hub;
        a.gain = x.capabilityGain;
        a.outpatient = kind.outpatient;
        a.inpatient = kind.inpatient;
        a.annualCostYuan = p.catalogue.cost(InvestmentKind::TelemedicineLink).annualYuan;
        a.start = 0;
        a.end = static_cast<int>(in.settings[sim::SettingKey::HorizonMonths]);
        break;
    }
    case InvestmentKind::PostDoctors:
        return false; // written as postings (the staffing board edits them)
    case InvestmentKind::NewVillageClinic:
    case InvestmentKind::NewTownshipBranch: {
        const auto st = p.settlements.constFind(x.settlementId);
        const int s = map.settlements.value(x.settlementId, -1);
        if (st == p.settlements.cend() || s < 0)
            return false;
        a.kind = SimActionKind::NewSite;
        a.settlement = s;
        a.level =
            x.kind == InvestmentKind::NewTownshipBranch ? sim::TownshipCentre : sim::VillageClinic;
        a.units = x.kind == InvestmentKind::NewTownshipBranch ? x.units : 0;
        a.newStaffRoles = newSiteRoles(x.kind);
        a.capability = newSiteCapability(p, map, in, x.kind, st->townshipId);
        break;
    }
    case InvestmentKind::MergeClinic: {
        const int neighbour = map.facilities.value(x.neighbourId, -1);
        if (!activeFacility(facility) || !activeFacility(neighbour) || neighbour == facility)
            return false;
        a.kind = SimActionKind::Merge;
        a.facility = facility;
        a.neighbour = neighbour;
        break;
    }
    }
    *out = a;
    return true;
}

bool catalogueReachesSimulation(const Project &p)
{
    for (const Investment &x : p.investments)
        if (x.kind == InvestmentKind::TelemedicineLink)
            return true;
    return false;
}

void applyInvestments(const Project &p, EntityId scenarioId, const SimIndexMap &map, sim::Input &in)
{
    for (const Investment &x : p.investments) {
        if (x.scenarioId != scenarioId)
            continue;
        SimAction a;
        if (!toSimAction(p, map, in, x, &a))
            continue;
        sim::applyChanges(in, actionChanges(in, a, appendedSlots(in, a)));
    }
}

std::vector<char> careCentresOf(const Project &p, EntityId scenarioId, const SimIndexMap &map,
                                int facilities, CareCentreKind kind)
{
    std::vector<char> out(static_cast<std::size_t>(std::max(0, facilities)), 0);
    const auto mark = [&](EntityId id) {
        const int f = map.facilities.value(id, -1);
        if (f >= 0 && f < facilities)
            out[static_cast<std::size_t>(f)] = 1;
    };
    for (auto it = p.careCentres.cbegin(); it != p.careCentres.cend(); ++it)
        if (it.value() & careCentreBit(kind))
            mark(it.key());
    for (const Investment &x : p.investments)
        if (x.scenarioId == scenarioId && x.kind == InvestmentKind::CareCentre && x.centre == kind)
            mark(x.facilityId);
    return out;
}

} // namespace cc::planner
