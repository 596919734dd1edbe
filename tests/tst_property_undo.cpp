// Property test of the undo stack: 10,000 seeded random sequences of 1-8 edits,
// drawn from every kind of undo command models/edit offers (add, change and
// remove of every entity type with their cascades, boundary, settings, title,
// policy values, entries and notes, scenarios, postings, whole-project
// replacement, macros and merged drags). After each sequence, undoing
// everything must give back the original project exactly (Project ==), and
// redoing everything the final one; for every 50th sequence the engine results
// of the undone and redone projects must equal those of the original and final
// projects exactly, and hold no NaN or infinity.
#include "models/domain/projectdocument.h"
#include "models/domain/validation.h"
#include "models/edit/edits.h"
#include "models/edit/policyedits.h"
#include "models/sim/engine.h"
#include "models/simulation/simcompile.h"
#include "tests/testproject.h"

#include <QTest>
#include <cmath>
#include <cstring>
#include <iterator>
#include <random>

using namespace cc;

namespace {

enum Op : int {
    AddTownship,
    ChangeTownship,
    RemoveTownship,
    AddSettlement,
    ChangeSettlement,
    RemoveSettlement,
    AddFacility,
    ChangeFacility,
    RemoveFacility,
    AddRoad,
    ChangeRoad,
    RemoveRoad,
    AddStaff,
    ChangeStaff,
    RemoveStaff,
    AddPosting,
    ChangePosting,
    RemovePosting,
    AddServiceLine,
    ChangeServiceLine,
    RemoveServiceLine,
    AddScenarioEntity,
    ChangeScenarioEntity,
    RemoveScenario,
    SetBoundary,
    SetSettings,
    SetTitle,
    SetPolicyValue,
    SetPolicyValueDrag,
    AddPolicyChange,
    RemovePolicyChange,
    MovePolicyChange,
    SetPolicyNote,
    AddScenario,
    DuplicateScenario,
    RenameScenario,
    ReplaceProject,
    MoveSettlementDrag,
    Macro,
    OpCount
};

const char *const kOpNames[OpCount] = {"AddTownship",
                                       "ChangeTownship",
                                       "RemoveTownship",
                                       "AddSettlement",
                                       "ChangeSettlement",
                                       "RemoveSettlement",
                                       "AddFacility",
                                       "ChangeFacility",
                                       "RemoveFacility",
                                       "AddRoad",
                                       "ChangeRoad",
                                       "RemoveRoad",
                                       "AddStaff",
                                       "ChangeStaff",
                                       "RemoveStaff",
                                       "AddPosting",
                                       "ChangePosting",
                                       "RemovePosting",
                                       "AddServiceLine",
                                       "ChangeServiceLine",
                                       "RemoveServiceLine",
                                       "AddScenarioEntity",
                                       "ChangeScenario",
                                       "RemoveScenario",
                                       "SetBoundary",
                                       "SetSettings",
                                       "SetTitle",
                                       "SetPolicyValue",
                                       "SetPolicyValueDrag",
                                       "AddPolicyChange",
                                       "RemovePolicyChange",
                                       "MovePolicyChange",
                                       "SetPolicyNote",
                                       "AddScenario",
                                       "DuplicateScenario",
                                       "RenameScenario",
                                       "ReplaceProject",
                                       "MoveSettlementDrag",
                                       "Macro"};

class Generator {
public:
    explicit Generator(unsigned seed) : m_rng(seed) {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    double uniform(double a, double b)
    {
        return std::uniform_real_distribution<double>(a, b)(m_rng);
    }
    bool chance(double p) { return uniform(0, 1) < p; }
    LonLat position() { return {uniform(118.0, 118.4), uniform(26.0, 26.3)}; }
    QString name(const char *prefix)
    {
        return QStringLiteral("%1%2").arg(QString::fromUtf8(prefix)).arg(m_counter++);
    }

    // An existing id of a table, or `none` when it is empty (or by chance, to
    // exercise refusals of dangling references).
    template <typename T> EntityId existing(const Project &p, EntityId none = 0)
    {
        const Table<T> &t = EntityTraits<T>::table(p);
        if (t.isEmpty() || chance(0.03))
            return none;
        return std::next(t.cbegin(), pick(t.size())).key();
    }
    template <typename T> const T *existingValue(const Project &p)
    {
        const Table<T> &t = EntityTraits<T>::table(p);
        if (t.isEmpty())
            return nullptr;
        return &*std::next(t.cbegin(), pick(t.size()));
    }

    // One random edit of kind `op`; true when it pushed something.
    bool apply(ProjectDocument &doc, int op);

private:
    std::mt19937 m_rng;
    int m_counter = 0;
};

bool Generator::apply(ProjectDocument &doc, int op)
{
    const Project &p = doc.project();
    const int before = doc.undoStack()->count();
    const int beforeIndex = doc.undoStack()->index();
    switch (op) {
    case AddTownship:
        edit::add(doc, Township{0, name("镇"), name("Town")});
        break;
    case ChangeTownship:
        if (const Township *t = existingValue<Township>(p)) {
            Township c = *t;
            c.name = name("改名镇");
            edit::change(doc, c);
        }
        break;
    case RemoveTownship:
        edit::remove<Township>(doc, existing<Township>(p, 999));
        break;
    case AddSettlement: {
        Settlement s;
        s.name = name("村");
        s.position = position();
        s.population = pick(30000);
        s.townshipId = existing<Township>(p);
        s.signedShare = uniform(0, 1);
        s.urban = chance(0.2);
        edit::add(doc, s);
        break;
    }
    case ChangeSettlement:
        if (const Settlement *s = existingValue<Settlement>(p)) {
            Settlement c = *s;
            c.population = pick(30000);
            c.signedShare = uniform(0, 1);
            c.townshipId = existing<Township>(p);
            edit::change(doc, c);
        }
        break;
    case RemoveSettlement:
        edit::remove<Settlement>(doc, existing<Settlement>(p, 999));
        break;
    case AddFacility: {
        Facility f;
        f.name = name("卫生院");
        f.level = static_cast<FacilityLevel>(pick(kFacilityLevelCount));
        f.kind = static_cast<HospitalKind>(pick(3));
        f.position = position();
        f.beds = pick(400);
        f.townshipId = existing<Township>(p);
        f.inAlliance = isInCounty(f.level);
        for (const ServiceLine &l : p.serviceLines)
            f.capability.insert(l.id, uniform(0, 1));
        edit::add(doc, f);
        break;
    }
    case ChangeFacility:
        if (const Facility *f = existingValue<Facility>(p)) {
            Facility c = *f;
            c.beds = pick(400);
            c.inAlliance = !c.inAlliance;
            if (!c.capability.isEmpty())
                c.capability.first() = uniform(0, 1);
            edit::change(doc, c);
        }
        break;
    case RemoveFacility:
        edit::remove<Facility>(doc, existing<Facility>(p, 999));
        break;
    case AddRoad: {
        Road r;
        r.name = name("路");
        r.roadClass = static_cast<RoadClass>(pick(kRoadClassCount));
        r.speedKmh = defaultSpeedKmh(r.roadClass);
        r.path = {position(), position()};
        if (chance(0.5))
            r.path.append(position());
        edit::add(doc, r);
        break;
    }
    case ChangeRoad:
        if (const Road *r = existingValue<Road>(p)) {
            Road c = *r;
            c.speedKmh = uniform(10, 100);
            c.path.front() = position();
            edit::change(doc, c);
        }
        break;
    case RemoveRoad:
        edit::remove<Road>(doc, existing<Road>(p, 999));
        break;
    case AddStaff: {
        StaffMember m;
        m.name = name("医生");
        m.role = static_cast<StaffRole>(pick(kStaffRoleCount));
        m.title = static_cast<StaffTitle>(pick(kStaffTitleCount));
        m.homeFacilityId = existing<Facility>(p);
        m.employerFacilityId = chance(0.5) ? 0 : m.homeFacilityId;
        m.grassrootsMonths = pick(120);
        m.annualSalaryYuan = uniform(50000, 250000);
        edit::add(doc, m);
        break;
    }
    case ChangeStaff:
        if (const StaffMember *m = existingValue<StaffMember>(p)) {
            StaffMember c = *m;
            c.title = static_cast<StaffTitle>(pick(kStaffTitleCount));
            c.homeFacilityId = existing<Facility>(p);
            edit::change(doc, c);
        }
        break;
    case RemoveStaff:
        edit::remove<StaffMember>(doc, existing<StaffMember>(p, 999));
        break;
    case AddPosting: {
        Posting post;
        post.staffId = existing<StaffMember>(p, 999);
        post.facilityId = existing<Facility>(p, 999);
        post.startMonth = pick(24);
        post.endMonth = post.startMonth + 1 + pick(24);
        post.fte = 0.1 * (1 + pick(10));
        post.scenarioId = chance(0.5) ? 0 : existing<Scenario>(p);
        edit::add(doc, post);
        break;
    }
    case ChangePosting:
        if (const Posting *post = existingValue<Posting>(p)) {
            Posting c = *post;
            c.facilityId = existing<Facility>(p, 999);
            c.endMonth = c.startMonth + 1 + pick(24);
            c.fte = 0.1 * (1 + pick(10));
            edit::change(doc, c);
        }
        break;
    case RemovePosting:
        edit::remove<Posting>(doc, existing<Posting>(p, 999));
        break;
    case AddServiceLine:
        if (const ServiceLine *l = existingValue<ServiceLine>(p)) {
            ServiceLine c = *l;
            c.code = name("line_");
            c.name = name("病组");
            c.annualRatePerPerson = uniform(0.01, 2);
            edit::add(doc, c);
        }
        break;
    case ChangeServiceLine:
        if (const ServiceLine *l = existingValue<ServiceLine>(p)) {
            ServiceLine c = *l;
            c.annualRatePerPerson = uniform(0.01, 5);
            c.coefTravel = uniform(0, 0.1);
            edit::change(doc, c);
        }
        break;
    case RemoveServiceLine:
        // Keep at least one line so the engine has something to compute.
        if (p.serviceLines.size() > 1)
            edit::remove<ServiceLine>(doc, existing<ServiceLine>(p, 999));
        break;
    case AddScenarioEntity: {
        Scenario s;
        s.name = name("方案");
        s.description = QStringLiteral("随机");
        s.schedule = {PolicyEntry::initial()};
        edit::add(doc, s);
        break;
    }
    case ChangeScenarioEntity:
        if (const Scenario *s = existingValue<Scenario>(p)) {
            Scenario c = *s;
            c.description = name("说明");
            edit::change(doc, c);
        }
        break;
    case RemoveScenario:
        edit::remove<Scenario>(doc, existing<Scenario>(p, 999));
        break;
    case SetBoundary: {
        CountyBoundary b = p.boundary;
        const LonLat a = position();
        b.area = {{{a, {a.lon + 0.1, a.lat}, {a.lon + 0.1, a.lat + 0.1}, {a.lon, a.lat + 0.1}}}};
        b.adcode = QString::number(350000 + pick(1000));
        edit::setBoundary(doc, b);
        break;
    }
    case SetSettings: {
        ModelSettings s = p.settings;
        int key = pick(kSettingKeyCount);
        if (key == static_cast<int>(SettingKey::HorizonMonths))
            key = static_cast<int>(SettingKey::CoefWait); // keep the engine runs short
        const ParameterSpec &spec = settingSpec(static_cast<SettingKey>(key));
        double v = uniform(spec.minimum, spec.maximum);
        if (spec.kind == ValueKind::Integer || spec.kind == ValueKind::Boolean)
            v = std::round(v);
        s.at(key) = v;
        edit::setSettings(doc, s, chance(0.3) ? edit::MergeSettings : edit::NoMerge);
        break;
    }
    case SetTitle:
        edit::setTitle(doc, name("县"));
        break;
    case SetPolicyValue:
    case SetPolicyValueDrag:
        if (const Scenario *s = existingValue<Scenario>(p)) {
            const EntityId id = s->id;
            const int entry = pick(s->schedule.size());
            const PolicyKey key = static_cast<PolicyKey>(pick(kPolicyKeyCount));
            const ParameterSpec &spec = policySpec(key);
            const qint64 mergeKey = op == SetPolicyValueDrag ? edit::newMergeKey() : 0;
            // A drag: several values under one merge key, one undo step.
            for (int i = 0; i < (op == SetPolicyValueDrag ? 3 : 1); ++i) {
                double v = uniform(spec.minimum, spec.maximum);
                if (spec.kind == ValueKind::Integer || spec.kind == ValueKind::Boolean)
                    v = std::round(v);
                edit::setPolicyValue(doc, id, entry, key, v, mergeKey);
            }
        }
        break;
    case AddPolicyChange:
        edit::addPolicyChange(doc, existing<Scenario>(p, 999), 1 + pick(36), name("变更"));
        break;
    case RemovePolicyChange:
        if (const Scenario *s = existingValue<Scenario>(p))
            edit::removePolicyChange(doc, s->id, pick(s->schedule.size()));
        break;
    case MovePolicyChange:
        if (const Scenario *s = existingValue<Scenario>(p))
            edit::movePolicyChange(doc, s->id, pick(s->schedule.size()), 1 + pick(36));
        break;
    case SetPolicyNote:
        if (const Scenario *s = existingValue<Scenario>(p))
            edit::setPolicyNote(doc, s->id, pick(s->schedule.size()), name("备注"));
        break;
    case AddScenario:
        edit::addScenario(doc, name("新方案"));
        break;
    case DuplicateScenario:
        edit::duplicateScenario(doc, existing<Scenario>(p, 999), name("副本"));
        break;
    case RenameScenario:
        edit::renameScenario(doc, existing<Scenario>(p, 999), name("改名方案"));
        break;
    case ReplaceProject: {
        Project other = test::smallProject();
        other.title = name("恢复");
        if (chance(0.5))
            other.settlements.remove(other.settlements.firstKey());
        edit::replaceProject(doc, other, QStringLiteral("Restore"));
        break;
    }
    case MoveSettlementDrag:
        if (const Settlement *s = existingValue<Settlement>(p)) {
            Settlement c = *s;
            const qint64 key = edit::newMergeKey();
            for (int i = 0; i < 3; ++i) {
                c.position = position();
                edit::change(doc, c, edit::MergeMove, key);
            }
        }
        break;
    case Macro: {
        edit::MacroScope macro(doc, QStringLiteral("Several edits"));
        const int n = 2 + pick(3);
        for (int i = 0; i < n; ++i) {
            const int inner = pick(ReplaceProject); // any edit but a macro or a replacement
            apply(doc, inner);
        }
        break;
    }
    default:
        break;
    }
    return doc.undoStack()->count() != before || doc.undoStack()->index() != beforeIndex;
}

sim::Results run(const Project &p)
{
    SimIndexMap map;
    return sim::Engine(compileProject(p, p.baselineScenarioId(), map)).results();
}

// Bit-for-bit equality of two engine results ("exactly equal": a NaN equals
// the same NaN at the same place); `where` names the first difference.
template <typename T> bool sameBits(const T &a, const T &b)
{
    return std::memcmp(&a, &b, sizeof(T)) == 0;
}
template <typename T>
bool sameVector(const sim::SharedSeries<T> &series, const sim::SharedSeries<T> &other)
{
    const std::vector<T> a = series.toVector(), b = other.toVector();
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}
bool identical(const sim::Results &a, const sim::Results &b, QString *where)
{
    auto fail = [where](const char *what) {
        *where = QLatin1String(what);
        return false;
    };
    if (a.months != b.months || a.townships != b.townships || a.lines != b.lines ||
        a.facilities != b.facilities || a.startYear != b.startYear || a.startMonth != b.startMonth)
        return fail("shape");
    // Indicators hold doubles only (no padding): compared as bytes.
    static_assert(sizeof(sim::Indicators) % sizeof(double) == 0);
    if (!sameVector(a.county, b.county))
        return fail("county indicators");
    if (!sameVector(a.township, b.township))
        return fail("township indicators");
    if (a.fund.size() != b.fund.size())
        return fail("fund");
    for (std::size_t i = 0; i < a.fund.size(); ++i) {
        const sim::FundMonth &x = a.fund[i], &y = b.fund[i];
        const double px[] = {x.revenue,        x.claims,          x.globalBudget,
                             x.payments,       x.settlements,     x.openingBalance,
                             x.closingBalance, x.monthsOfReserve, x.retainedSurplus,
                             x.drgPointValue};
        const double py[] = {y.revenue,        y.claims,          y.globalBudget,
                             y.payments,       y.settlements,     y.openingBalance,
                             y.closingBalance, y.monthsOfReserve, y.retainedSurplus,
                             y.drgPointValue};
        if (!sameBits(px, py) || x.globalBudgetOn != y.globalBudgetOn)
            return fail("fund");
    }
    if (!sameVector(a.countyEpisodes, b.countyEpisodes) ||
        !sameVector(a.facilityEpisodes, b.facilityEpisodes) ||
        !sameVector(a.facilityWorkloadMinutes, b.facilityWorkloadMinutes) ||
        !sameVector(a.facilityFte, b.facilityFte) ||
        !sameVector(a.facilityFteNeeded, b.facilityFteNeeded) ||
        !sameVector(a.facilityWait, b.facilityWait))
        return fail("episodes or facility series");
    return true;
}

bool allFinite(const sim::Results &r)
{
    for (const sim::FundMonth &m : r.fund)
        if (!std::isfinite(m.closingBalance) || !std::isfinite(m.monthsOfReserve))
            return false;
    for (const sim::Indicators &x : r.county)
        if (!std::isfinite(x.inCountyRate) || !std::isfinite(x.claimsTotalYuan))
            return false;
    for (double w : r.facilityWait)
        if (!std::isfinite(w))
            return false;
    return true;
}

QString describe(const std::vector<int> &ops)
{
    QStringList names;
    for (int op : ops)
        names << QLatin1String(kOpNames[op]);
    return names.join(QStringLiteral(", "));
}

} // namespace

class TestPropertyUndo : public QObject {
    Q_OBJECT
private slots:
    void undoAllRedoAllRestoresExactly()
    {
        const int sequences = qEnvironmentVariableIntValue("COUNTYCARE_PROPERTY_SEQUENCES") > 0
                                  ? qEnvironmentVariableIntValue("COUNTYCARE_PROPERTY_SEQUENCES")
                                  : 10000;
        Project original = test::smallProject();
        original.settings[SettingKey::HorizonMonths] = 24; // short engine runs
        QVERIFY2(validateProject(original).isEmpty(), qPrintable(validateProject(original)));
        const sim::Results originalResults = run(original);

        std::vector<int> pushedPerOp(OpCount, 0);
        int pushedTotal = 0, engineChecks = 0;
        // COUNTYCARE_PROPERTY_FIRST=N replays from sequence N (to reproduce a failure).
        const int first = qEnvironmentVariableIntValue("COUNTYCARE_PROPERTY_FIRST");
        for (int seq = first; seq < sequences; ++seq) {
            Generator gen(static_cast<unsigned>(seq) * 2654435761u + 17u);
            ProjectDocument doc;
            doc.reset(original, QString());
            const int length = 1 + gen.pick(8);
            std::vector<int> ops;
            for (int i = 0; i < length; ++i) {
                const int op = gen.pick(OpCount);
                ops.push_back(op);
                if (gen.apply(doc, op)) {
                    ++pushedPerOp[op];
                    ++pushedTotal;
                }
            }
            const Project final = doc.project();
            const QString context = QStringLiteral("sequence %1: %2").arg(seq).arg(describe(ops));
            QVERIFY2(validateProject(final).isEmpty(),
                     qPrintable(context + QStringLiteral(" left an invalid project: ") +
                                validateProject(final)));
            QUndoStack *stack = doc.undoStack();
            stack->setIndex(0);
            QVERIFY2(doc.project() == original,
                     qPrintable(context + QStringLiteral(": undo-all differs from the original")));
            const bool engineCheck = seq % 50 == 0;
            if (engineCheck) {
                QString where;
                QVERIFY2(
                    identical(run(doc.project()), originalResults, &where),
                    qPrintable(context + QStringLiteral(": undone results differ in ") + where));
            }
            stack->setIndex(stack->count());
            QVERIFY2(
                doc.project() == final,
                qPrintable(context + QStringLiteral(": redo-all differs from the final state")));
            if (engineCheck) {
                QString where;
                const sim::Results finalResults = run(final);
                QVERIFY2(
                    identical(run(doc.project()), finalResults, &where),
                    qPrintable(context + QStringLiteral(": redone results differ in ") + where));
                ++engineChecks;
                // A valid project must never give NaN or infinity (sequence
                // 2800 once did: a tiny softmax denominator overflowed the loads).
                QVERIFY2(allFinite(finalResults),
                         qPrintable(context + QStringLiteral(": results hold NaN or infinity")));
            }
        }
        qInfo("%d sequences, %d edits pushed, %d engine comparisons", sequences - first,
              pushedTotal, engineChecks);
        // Every command kind must really have been exercised, or the test proves little.
        for (int op = 0; op < OpCount; ++op)
            QVERIFY2(
                pushedPerOp[op] > 0 || sequences < 1000,
                qPrintable(
                    QStringLiteral("no %1 edit was ever pushed").arg(QLatin1String(kOpNames[op]))));
    }
};

QTEST_GUILESS_MAIN(TestPropertyUndo)
#include "tst_property_undo.moc"
