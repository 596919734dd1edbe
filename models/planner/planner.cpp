#include "models/planner/planner.h"

#include "models/planner/investmentcompile.h"
#include "models/sim/travel.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <exception>
#include <mutex>
#include <thread>

namespace cc::planner {

// Translation context of the planner (lupdate reads Planning::tr calls).
class Planning {
    Q_DECLARE_TR_FUNCTIONS(cc::Planning)
};

namespace {

struct ObjectiveInfo {
    const char *code;
    const char *label;
};
const ObjectiveInfo kObjectives[kObjectiveCount] = {
    {"in-county-rate", QT_TRANSLATE_NOOP("cc::Planning", "In-county treatment rate")},
    {"inpatient-share", QT_TRANSLATE_NOOP("cc::Planning", "In-county inpatient share")},
    {"oop", QT_TRANSLATE_NOOP("cc::Planning", "Out-of-pocket per resident (fall)")},
    {"fund-balance", QT_TRANSLATE_NOOP("cc::Planning", "Fund balance at the year end")},
    {"coverage-stroke", QT_TRANSLATE_NOOP("cc::Planning", "Residents within the golden hour of a "
                                                          "stroke centre")},
    {"coverage-chest-pain", QT_TRANSLATE_NOOP("cc::Planning", "Residents within the golden hour "
                                                              "of a chest-pain centre")},
    {"coverage-trauma", QT_TRANSLATE_NOOP("cc::Planning", "Residents within the golden hour of a "
                                                          "trauma centre")},
    {"coverage-maternal", QT_TRANSLATE_NOOP("cc::Planning", "Residents within the golden hour of "
                                                            "a critical maternal care centre")},
};

// Staff posted at most this many at once by one action; reserved slots for it.
constexpr int kMaxPostedPerAction = 20;
constexpr int kMaxNewSiteStaff = 6;
// From this many evaluations a round runs on two engines: fewer do not pay
// for the thread (a county's evaluation takes milliseconds).
constexpr std::size_t kParallelFrom = 16;

bool twoCores()
{
    return std::thread::hardware_concurrency() >= 2;
}

int calendarYear(const sim::Results &r, int t)
{
    return r.startYear + (r.startMonth - 1 + t) / 12;
}

} // namespace

const char *objectiveCode(Objective o)
{
    return kObjectives[std::clamp(static_cast<int>(o), 0, kObjectiveCount - 1)].code;
}

std::optional<Objective> objectiveFromCode(const QString &code)
{
    for (int i = 0; i < kObjectiveCount; ++i)
        if (code == QLatin1String(kObjectives[i].code))
            return static_cast<Objective>(i);
    return std::nullopt;
}

QString objectiveLabel(Objective o)
{
    return Planning::tr(kObjectives[std::clamp(static_cast<int>(o), 0, kObjectiveCount - 1)].label);
}

bool isCoverage(Objective o)
{
    return o >= Objective::CoverageStroke;
}

CareCentreKind coverageKind(Objective o)
{
    switch (o) {
    case Objective::CoverageChestPain:
        return CareCentreKind::ChestPain;
    case Objective::CoverageTrauma:
        return CareCentreKind::Trauma;
    case Objective::CoverageMaternal:
        return CareCentreKind::CriticalMaternal;
    default:
        return CareCentreKind::Stroke;
    }
}

double candidateCostYuan(const InvestmentCost &cost, int years)
{
    return std::max(cost.capitalYuan, investmentCostYuan(cost, years));
}

double candidateSavingYuan(const InvestmentCost &cost, int years)
{
    return std::max(0.0, cost.capitalYuan - investmentCostYuan(cost, years));
}

std::pair<int, int> Planner::yearMonths(const sim::Results &r, int year)
{
    int first = r.months, end = r.months;
    for (int t = 0; t < r.months; ++t)
        if (calendarYear(r, t) == year) {
            if (first == r.months)
                first = t;
            end = t + 1;
        }
    return {first, first == r.months ? r.months : end};
}

int Planner::defaultYear(const Project &project)
{
    sim::Results r;
    r.months = static_cast<int>(project.settings[SettingKey::HorizonMonths]);
    r.startYear = static_cast<int>(project.settings[SettingKey::StartYear]);
    r.startMonth = static_cast<int>(project.settings[SettingKey::StartMonth]);
    // The last year whose December is simulated.
    for (int t = r.months - 1; t >= 0; --t)
        if ((r.startMonth - 1 + t) % 12 == 11)
            return calendarYear(r, t);
    return r.startYear;
}

double Planner::objectiveValue(const sim::Results &r, Objective o, int year)
{
    const auto [first, end] = yearMonths(r, year);
    if (first >= end)
        return 0;
    switch (o) {
    case Objective::InCountyRate:
    case Objective::InpatientShare: {
        const bool inpatientOnly = o == Objective::InpatientShare;
        double in = 0, all = 0;
        for (int t = first; t < end; ++t) {
            const sim::Indicators &x = r.countyAt(t);
            for (int l = 0; l < sim::kLevels; ++l) {
                const double e =
                    x.inpatientEpisodes[static_cast<std::size_t>(l)] +
                    (inpatientOnly ? 0.0 : x.outpatientEpisodes[static_cast<std::size_t>(l)]);
                all += e;
                if (sim::inCounty(l))
                    in += e;
            }
        }
        return all > 0 ? in / all : 0;
    }
    case Objective::OutOfPocket: {
        double oop = 0, population = 0;
        for (int t = first; t < end; ++t) {
            oop += r.countyAt(t).oopYuan;
            population += r.countyAt(t).population;
        }
        population /= (end - first);
        return population > 0 ? oop / population : 0;
    }
    case Objective::FundBalance:
        return r.fund[static_cast<std::size_t>(end - 1)].closingBalance;
    default:
        return 0;
    }
}

Planner::Planner(const Project &project, EntityId scenarioId, Objective objective, int year,
                 const CandidateOptions &candidateOptions)
    : m_project(project), m_scenarioId(scenarioId), m_objective(objective), m_year(year),
      m_candidateOptions(candidateOptions)
{
    m_start = compileProject(project, scenarioId, m_map);
    m_current = m_start;
    const int startYear = static_cast<int>(project.settings[SettingKey::StartYear]);
    m_horizonYears = std::max(1, year - startYear + 1);
    {
        sim::Results calendar;
        calendar.months = static_cast<int>(project.settings[SettingKey::HorizonMonths]);
        calendar.startYear = startYear;
        calendar.startMonth = static_cast<int>(project.settings[SettingKey::StartMonth]);
        const auto [first, end] = yearMonths(calendar, year);
        m_months = first < end ? end : 0;
    }
    if (isCoverage(objective)) {
        m_coverage = std::make_unique<CoverageMatrix>(m_start);
        m_centres =
            careCentresOf(project, scenarioId, m_map, static_cast<int>(m_start.facilities.size()),
                          coverageKind(objective));
    }
    rebuildEngine();
    listCandidates();
    m_taken.assign(m_candidates.size(), 0);
}

Planner::~Planner() = default;

void Planner::rebuildEngine()
{
    m_working = m_current;
    // Months after the chosen year cannot change it (a month depends only on
    // the months before): the engine stops at the year's end.
    if (m_months > 0)
        m_working.settings[SettingKey::HorizonMonths] = m_months;
    m_slots = reserveSlots(m_working, kMaxNewSiteStaff, kMaxPostedPerAction);
    m_second.reset();
    if (isCoverage(m_objective))
        return;
    if (!twoCores()) {
        m_engine = std::make_unique<sim::Engine>(m_working);
        return;
    }
    // The engine is no value to copy (its threads and caches): the second is
    // built from the same input on the other core while the first is built
    // here, so it costs no wall time. A run is deterministic: both hold the
    // same numbers. (The demo county's engine: about 6 MB in a release build.)
    std::exception_ptr error;
    std::thread second([this, &error] {
        try {
            m_second = std::make_unique<sim::Engine>(m_working);
        } catch (...) {
            error = std::current_exception();
        }
    });
    try {
        m_engine = std::make_unique<sim::Engine>(m_working);
    } catch (...) {
        second.join();
        throw;
    }
    second.join();
    if (error)
        std::rethrow_exception(error);
}

bool Planner::parallel(std::size_t evaluations) const
{
    return m_second && evaluations >= kParallelFrom;
}

double Planner::valueOf(const sim::Results &results, const sim::Input &) const
{
    return objectiveValue(results, m_objective, m_year);
}

double Planner::baseValue() const
{
    if (isCoverage(m_objective))
        return m_coverage->populationWithin(m_centres, m_project.catalogue.goldenHourMinutes);
    return valueOf(m_engine->results(), m_working);
}

void Planner::listCandidates()
{
    const Project &p = m_project;
    const InvestmentCatalogue &cat = p.catalogue;
    // The budget counts at least the capital; a running saving is shown beside it.
    const auto cost = [&](InvestmentKind kind) {
        return candidateCostYuan(cat.cost(kind), m_horizonYears);
    };
    const auto saving = [&](InvestmentKind kind) {
        return candidateSavingYuan(cat.cost(kind), m_horizonYears);
    };
    const auto activeFacility = [&](EntityId id) {
        const int f = m_map.facilities.value(id, -1);
        return f >= 0 && m_start.facilities[static_cast<std::size_t>(f)].active;
    };
    const auto push = [&](Investment x, EntityId target, bool settlement) {
        Candidate c;
        x.scenarioId = 0;
        c.investment = x;
        c.costYuan = cost(x.kind);
        c.runningSavingYuan = saving(x.kind);
        c.targetId = target;
        c.targetIsSettlement = settlement;
        if (!toSimAction(p, m_map, m_start, x, &c.action))
            return;
        m_candidates.push_back(std::move(c));
    };
    const EntityId hub = linkHubOf(p);
    const EntityId complexLine = complexLineOf(p);
    const int horizon = static_cast<int>(p.settings[SettingKey::HorizonMonths]);
    // A posting covers the chosen year (or the horizon's last 12 months).
    sim::Results calendar;
    calendar.months = horizon;
    calendar.startYear = static_cast<int>(p.settings[SettingKey::StartYear]);
    calendar.startMonth = static_cast<int>(p.settings[SettingKey::StartMonth]);
    int postStart = yearMonths(calendar, m_year).first;
    if (postStart >= horizon)
        postStart = std::max(0, horizon - 12);
    const int postEnd = std::min(horizon, postStart + 12);

    // County doctors free for the whole posting, by role: home at a county
    // hospital, hired by the alliance, not posted in those months.
    QMap<int, QVector<EntityId>> freeDoctors;
    const QVector<Posting> postings = p.postingsOf(m_scenarioId);
    for (const StaffMember &m : p.staff) {
        const auto home = p.facilities.constFind(m.homeFacilityId);
        if (home == p.facilities.cend() || home->level != FacilityLevel::CountyHospital ||
            m.employerFacilityId != 0 || m.role == StaffRole::Nurse)
            continue;
        bool busy = false;
        for (const Posting &x : postings)
            busy = busy || (x.staffId == m.id && x.startMonth < postEnd && postStart < x.endMonth);
        if (!busy)
            freeDoctors[static_cast<int>(m.role)].push_back(m.id);
    }

    for (const Facility &f : p.facilities) {
        if (!activeFacility(f.id))
            continue;
        const int designated = p.careCentres.value(f.id, 0);
        if (f.level == FacilityLevel::TownshipCentre || f.level == FacilityLevel::CountyHospital)
            for (int k = 0; k < kCareCentreKindCount; ++k) {
                const auto kind = static_cast<CareCentreKind>(k);
                if (designated & careCentreBit(kind))
                    continue;
                if (isCoverage(m_objective) && kind != coverageKind(m_objective))
                    continue; // another kind cannot move this objective's coverage
                Investment x;
                x.kind = InvestmentKind::CareCentre;
                x.facilityId = f.id;
                x.centre = kind;
                x.capabilityGain = cat.cost(InvestmentKind::CareCentre).capabilityGain;
                if (complexLine == 0)
                    x.capabilityGain = 0;
                push(x, f.id, false);
            }
        if (f.level == FacilityLevel::TownshipCentre) {
            Investment beds;
            beds.kind = InvestmentKind::AddBeds;
            beds.facilityId = f.id;
            beds.units = cat.cost(InvestmentKind::AddBeds).units;
            push(beds, f.id, false);
            for (const ServiceLine &l : p.serviceLines) {
                if (f.capability.value(l.id, 0.0) >= 1.0)
                    continue;
                Investment equip;
                equip.kind = InvestmentKind::EquipLine;
                equip.facilityId = f.id;
                equip.lineId = l.id;
                equip.capabilityGain = cat.cost(InvestmentKind::EquipLine).capabilityGain;
                push(equip, f.id, false);
            }
            if (hub != 0) {
                Investment link;
                link.kind = InvestmentKind::TelemedicineLink;
                link.facilityId = f.id;
                link.capabilityGain = cat.cost(InvestmentKind::TelemedicineLink).capabilityGain;
                push(link, f.id, false);
            }
            const int n =
                std::clamp(cat.cost(InvestmentKind::PostDoctors).units, 1, kMaxPostedPerAction);
            for (const int role :
                 {int(StaffRole::GeneralPractitioner), int(StaffRole::Specialist)}) {
                const QVector<EntityId> &free = freeDoctors[role];
                if (free.size() < n)
                    continue;
                Candidate c;
                c.investment.kind = InvestmentKind::PostDoctors;
                c.investment.facilityId = f.id;
                c.investment.units = n;
                c.staffIds = free.mid(0, n);
                c.startMonth = postStart;
                c.endMonth = postEnd;
                c.costYuan = cost(InvestmentKind::PostDoctors);
                c.runningSavingYuan = saving(InvestmentKind::PostDoctors);
                c.targetId = f.id;
                c.action.kind = SimActionKind::PostStaff;
                c.action.facility = m_map.facilities.value(f.id);
                c.action.start = postStart;
                c.action.end = postEnd;
                for (EntityId id : c.staffIds)
                    c.action.staff.push_back(m_map.staff.value(id));
                m_candidates.push_back(std::move(c));
            }
        }
        if (f.level == FacilityLevel::VillageClinic && m_candidateOptions.includeMerges) {
            // A small clinic: one member of staff at most. Its neighbour is the
            // nearest other clinic of its township.
            int staffCount = 0;
            for (const StaffMember &m : p.staff)
                staffCount += m.homeFacilityId == f.id ? 1 : 0;
            if (staffCount > 1)
                continue;
            EntityId neighbour = 0;
            double best = 0;
            for (const Facility &g : p.facilities) {
                if (g.id == f.id || g.level != FacilityLevel::VillageClinic ||
                    g.townshipId != f.townshipId || !activeFacility(g.id))
                    continue;
                const double km = sim::haversineKm(f.position.lon, f.position.lat, g.position.lon,
                                                   g.position.lat);
                if (neighbour == 0 || km < best) {
                    neighbour = g.id;
                    best = km;
                }
            }
            if (neighbour == 0)
                continue;
            Investment merge;
            merge.kind = InvestmentKind::MergeClinic;
            merge.facilityId = f.id;
            merge.neighbourId = neighbour;
            push(merge, f.id, false);
        }
    }
    // New sites go where the nearest facility of their level is far: a clinic
    // beyond the 15-minute health-service circle (15分钟健康服务圈, the
    // national primary-care goal), a branch more than 30 minutes from every
    // township centre (an assumption). A coverage objective has no use for
    // them (a new site is no care centre).
    if (isCoverage(m_objective))
        return;
    constexpr double kClinicMinutes = 15, kBranchMinutes = 30;
    std::vector<int> clinics, centres;
    for (int f = 0; f < static_cast<int>(m_start.facilities.size()); ++f) {
        const sim::Facility &fac = m_start.facilities[static_cast<std::size_t>(f)];
        if (fac.active && fac.level == sim::VillageClinic)
            clinics.push_back(f);
        if (fac.active && fac.level == sim::TownshipCentre)
            centres.push_back(f);
    }
    sim::TravelModel travel;
    travel.build(m_start);
    sim::RoadNetwork::Scratch scratch;
    std::vector<double> minutes;
    const auto nearest = [&](int s, const std::vector<int> &to) {
        if (to.empty())
            return 1e9;
        travel.minutes(m_start, s, to, minutes, scratch);
        return *std::min_element(minutes.begin(), minutes.end());
    };
    for (const Settlement &s : p.settlements) {
        const int si = m_map.settlements.value(s.id, -1);
        if (si < 0)
            continue;
        const double toClinic = nearest(si, clinics), toCentre = nearest(si, centres);
        for (const InvestmentKind kind :
             {InvestmentKind::NewVillageClinic, InvestmentKind::NewTownshipBranch}) {
            if ((kind == InvestmentKind::NewVillageClinic && toClinic <= kClinicMinutes) ||
                (kind == InvestmentKind::NewTownshipBranch && toCentre <= kBranchMinutes))
                continue;
            Investment site;
            site.kind = kind;
            site.settlementId = s.id;
            site.units = kind == InvestmentKind::NewTownshipBranch ? cat.cost(kind).units : 0;
            push(site, s.id, true);
        }
    }
}

QString Planner::targetName(int i) const
{
    const Candidate &c = m_candidates[static_cast<std::size_t>(i)];
    if (c.targetIsSettlement)
        return m_project.settlements.value(c.targetId).name;
    return m_project.facilities.value(c.targetId).name;
}

QString Planner::actionName(int i) const
{
    return QString::fromLatin1(
        investmentKindInfo(m_candidates[static_cast<std::size_t>(i)].investment.kind).code);
}

bool Planner::stillApplicable(int i) const
{
    if (m_taken[static_cast<std::size_t>(i)])
        return false;
    const Candidate &c = m_candidates[static_cast<std::size_t>(i)];
    const SimAction &a = c.action;
    const auto active = [&](int f) {
        return f >= 0 && f < static_cast<int>(m_current.facilities.size()) &&
               m_current.facilities[static_cast<std::size_t>(f)].active;
    };
    switch (a.kind) {
    case SimActionKind::Merge:
        return active(a.facility) && active(a.neighbour);
    case SimActionKind::NewSite:
        return true;
    case SimActionKind::PostStaff:
        // A doctor posted by an earlier pick is not free for the same months.
        for (std::size_t j = 0; j < m_taken.size(); ++j)
            if (m_taken[j] && m_candidates[j].action.kind == SimActionKind::PostStaff)
                for (int s : m_candidates[j].action.staff)
                    if (std::find(a.staff.begin(), a.staff.end(), s) != a.staff.end())
                        return false;
        return active(a.facility);
    default:
        return active(a.facility);
    }
}

// Candidates evaluated one after another on one engine. Each update takes the
// previous candidate out and puts the next one in, so an evaluation costs one
// engine update instead of two (an apply and its revert), and the two share
// part of what they redo: under congestion a queue that moves spreads to the
// county either way (bench/planner_bench on the demo county: 36,208 rows per
// evaluation against 2 x 22,499, and a quarter less CPU). finish() puts the
// engine back to the base input. Every candidate's edits are made on the base
// input (m_working), which is what the engine holds between sequences.
class Planner::Sequence {
public:
    Sequence(const Planner &planner, sim::Engine &engine, double base)
        : m_planner(planner), m_engine(engine), m_base(base)
    {}
    Sequence(const Sequence &) = delete;
    Sequence &operator=(const Sequence &) = delete;

    double gainOf(int i)
    {
        const Candidate &c = m_planner.m_candidates[static_cast<std::size_t>(i)];
        const sim::Input &base = m_planner.m_working;
        const sim::ChangeSet change = actionChanges(base, c.action, m_planner.m_slots);
        const sim::ChangeSet step = chainChanges(m_engine.input(), m_back, change);
        m_back = revertChanges(base, change);
        m_engine.apply(step);
        const double gain = m_planner.valueOf(m_engine.results(), m_engine.input()) - m_base;
        return m_planner.m_objective == Objective::OutOfPocket ? -gain : gain;
    }
    void finish()
    {
        const sim::ChangeSet back = chainChanges(m_engine.input(), m_back, {});
        m_back = {};
        if (!back.empty())
            m_engine.apply(back);
    }

private:
    const Planner &m_planner;
    sim::Engine &m_engine;
    const double m_base;
    sim::ChangeSet m_back; // what puts the last candidate's edits back
};

double Planner::evaluate(int i)
{
    const Candidate &c = m_candidates[static_cast<std::size_t>(i)];
    if (isCoverage(m_objective)) {
        if (c.investment.kind != InvestmentKind::CareCentre ||
            c.investment.centre != coverageKind(m_objective))
            return 0;
        std::vector<char> centres = m_centres;
        const int f = c.action.facility;
        if (f >= 0 && f < static_cast<int>(centres.size()))
            centres[static_cast<std::size_t>(f)] = 1;
        const double golden = m_project.catalogue.goldenHourMinutes;
        return m_coverage->populationWithin(centres, golden) -
               m_coverage->populationWithin(m_centres, golden);
    }
    Sequence one(*this, *m_engine, baseValue());
    const double gain = one.gainOf(i);
    one.finish();
    return gain;
}

std::vector<double> Planner::evaluateAll(const std::vector<int> &todo,
                                         const std::function<bool()> &cancelled,
                                         const std::function<void(int, double)> &report)
{
    std::vector<double> gains(todo.size(), 0.0);
    if (isCoverage(m_objective)) {
        for (std::size_t j = 0; j < todo.size(); ++j) {
            if (cancelled && cancelled())
                return {};
            gains[j] = evaluate(todo[j]);
            if (report)
                report(static_cast<int>(j), gains[j]);
        }
        return gains;
    }
    // With two engines, each takes every other evaluation, the same split
    // every time. The callbacks run one at a time, under the mutex.
    const std::size_t engines = parallel(todo.size()) ? 2 : 1;
    const double base = baseValue();
    std::mutex mutex;
    bool stop = false;
    const auto work = [&](sim::Engine &engine, std::size_t first) {
        Sequence sequence(*this, engine, base);
        for (std::size_t j = first; j < todo.size(); j += engines) {
            {
                const std::lock_guard<std::mutex> lock(mutex);
                if (stop || (cancelled && cancelled())) {
                    stop = true;
                    break;
                }
            }
            const double gain = sequence.gainOf(todo[j]);
            const std::lock_guard<std::mutex> lock(mutex);
            gains[j] = gain;
            if (report)
                report(static_cast<int>(j), gain);
        }
        sequence.finish();
    };
    if (engines == 1) {
        work(*m_engine, 0);
        return stop ? std::vector<double>{} : gains;
    }
    std::exception_ptr error;
    std::thread second([&] {
        try {
            work(*m_second, 1);
        } catch (...) {
            error = std::current_exception();
            const std::lock_guard<std::mutex> lock(mutex);
            stop = true;
        }
    });
    try {
        work(*m_engine, 0);
    } catch (...) {
        {
            const std::lock_guard<std::mutex> lock(mutex);
            stop = true;
        }
        second.join();
        throw;
    }
    second.join();
    if (error)
        std::rethrow_exception(error);
    if (stop)
        return {};
    return gains;
}

double Planner::evaluateByFullRun(int i) const
{
    const Candidate &c = m_candidates[static_cast<std::size_t>(i)];
    if (isCoverage(m_objective))
        return const_cast<Planner *>(this)->evaluate(i); // no engine: the count itself
    const sim::Engine base(m_working);
    sim::Input changed = m_working;
    sim::applyChanges(changed, actionChanges(m_working, c.action, m_slots));
    const sim::Engine after(changed);
    const double gain = valueOf(after.results(), changed) - valueOf(base.results(), m_working);
    return m_objective == Objective::OutOfPocket ? -gain : gain;
}

void Planner::take(int i)
{
    const Candidate &c = m_candidates[static_cast<std::size_t>(i)];
    m_taken[static_cast<std::size_t>(i)] = 1;
    if (isCoverage(m_objective) && c.investment.kind == InvestmentKind::CareCentre &&
        c.investment.centre == coverageKind(m_objective) && c.action.facility >= 0 &&
        c.action.facility < static_cast<int>(m_centres.size()))
        m_centres[static_cast<std::size_t>(c.action.facility)] = 1;
    sim::applyChanges(m_current,
                      actionChanges(m_current, c.action, appendedSlots(m_current, c.action)));
    rebuildEngine();
}

PlanResult Planner::plan(const PlanOptions &options)
{
    PlanResult result;
    const auto cancelled = [&] { return options.cancelled && options.cancelled(); };
    const int n = static_cast<int>(m_candidates.size());
    const bool lower = m_objective == Objective::OutOfPocket;
    const double startValue = baseValue();
    result.baseValue = startValue;
    result.firstGain.assign(static_cast<std::size_t>(n), 0.0);
    // Gains below this are rounding (the engine's 1e-9 contract).
    const double noise = 1e-9 * std::max(1.0, std::abs(startValue));

    std::vector<double> gains(static_cast<std::size_t>(n), 0.0);
    double remaining = options.budgetYuan;
    double cumulative = 0;
    for (int round = 0; round <= options.maxPicks; ++round) {
        // Candidates that fit what is left of the budget (round 0: all, for the ranking).
        std::vector<int> todo;
        for (int i = 0; i < n; ++i)
            if (stillApplicable(i) &&
                (round == 0 || m_candidates[static_cast<std::size_t>(i)].costYuan <= remaining))
                todo.push_back(i);
        if (round > 0 && todo.empty())
            break;
        int done = 0;
        const std::vector<double> evaluated = evaluateAll(todo, cancelled, [&](int j, double gain) {
            const int i = todo[static_cast<std::size_t>(j)];
            ++result.evaluations;
            if (round == 0) {
                result.firstGain[static_cast<std::size_t>(i)] = gain;
                if (options.evaluated)
                    options.evaluated(i, gain);
            }
            if (options.progress)
                options.progress(round, ++done, static_cast<int>(todo.size()));
        });
        if (evaluated.size() != todo.size() && !todo.empty()) {
            result.cancelled = true;
            return result;
        }
        for (std::size_t j = 0; j < todo.size(); ++j)
            gains[static_cast<std::size_t>(todo[j])] = evaluated[j];
        if (round == 0) {
            // Fractional knapsack over the gains on their own.
            std::vector<int> order;
            for (int i = 0; i < n; ++i)
                if (result.firstGain[static_cast<std::size_t>(i)] > noise)
                    order.push_back(i);
            const auto ratio = [&](int i) {
                return result.firstGain[static_cast<std::size_t>(i)] /
                       std::max(1.0, m_candidates[static_cast<std::size_t>(i)].costYuan);
            };
            std::sort(order.begin(), order.end(),
                      [&](int a, int b) { return ratio(a) > ratio(b); });
            double left = options.budgetYuan;
            for (int i : order) {
                const double c = std::max(0.0, m_candidates[static_cast<std::size_t>(i)].costYuan);
                const double g = result.firstGain[static_cast<std::size_t>(i)];
                if (c <= left) {
                    result.upperBound += g;
                    left -= c;
                } else {
                    result.upperBound += g * (left / c);
                    break;
                }
            }
        }
        if (static_cast<int>(result.portfolio.size()) >= options.maxPicks)
            break;
        int best = -1;
        double bestRatio = 0;
        for (int i : todo) {
            const Candidate &c = m_candidates[static_cast<std::size_t>(i)];
            const double g = gains[static_cast<std::size_t>(i)];
            if (g <= noise || c.costYuan > remaining)
                continue;
            const double r = g / std::max(1.0, c.costYuan);
            if (best < 0 || r > bestRatio) {
                best = i;
                bestRatio = r;
            }
        }
        if (best < 0)
            break;
        take(best);
        // What the portfolio delivers, by a full run of the scenario with the picks.
        const double now = baseValue();
        const double total = lower ? startValue - now : now - startValue;
        Pick pick;
        pick.candidate = best;
        pick.gain = total - cumulative;
        pick.cumulativeGain = total;
        pick.costYuan = m_candidates[static_cast<std::size_t>(best)].costYuan;
        cumulative = total;
        remaining -= pick.costYuan;
        result.spentYuan += pick.costYuan;
        result.portfolio.push_back(pick);
        if (options.picked)
            options.picked(pick);
    }
    return result;
}

} // namespace cc::planner
