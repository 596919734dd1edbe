// The change travels with the edit (DESIGN.md "Data flow"): the ChangeSet the
// SimulationController builds from the document's change signals equals the
// one compiling and diffing the whole project finds, after any sequence of
// edits, undos and redos of every kind the document supports.
#include "models/edit/edits.h"
#include "models/edit/policyedits.h"
#include "models/simulation/changecollector.h"
#include "testproject.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cc;

namespace cc::sim {
bool operator==(const ChangeSet &a, const ChangeSet &b)
{
    return std::tie(a.settlements, a.facilities, a.roads, a.lines, a.staff, a.postings, a.links,
                    a.schedule, a.settings, a.townships, a.lineCount) ==
           std::tie(b.settlements, b.facilities, b.roads, b.lines, b.staff, b.postings, b.links,
                    b.schedule, b.settings, b.townships, b.lineCount);
}
} // namespace cc::sim

class TestSimChanges : public QObject {
    Q_OBJECT
private slots:
    void labelsOnlyChangeNothing();
    void changesFromSignalsEqualTheDiff();
};

namespace {

// The entries of a ChangeSet that really change `input` (an edit undone before
// the update, a value set to what it was): what diffInputs would report.
template <typename T>
void dropUnchanged(std::vector<std::pair<int, T>> &ops, const std::vector<T> &current)
{
    ops.erase(std::remove_if(ops.begin(), ops.end(),
                             [&](const std::pair<int, T> &op) {
                                 const auto i = static_cast<std::size_t>(op.first);
                                 return i < current.size() && current[i] == op.second;
                             }),
              ops.end());
}

sim::ChangeSet net(sim::ChangeSet c, const sim::Input &in)
{
    dropUnchanged(c.settlements, in.settlements);
    dropUnchanged(c.facilities, in.facilities);
    dropUnchanged(c.roads, in.roads);
    dropUnchanged(c.lines, in.lines);
    dropUnchanged(c.staff, in.staff);
    dropUnchanged(c.postings, in.postings);
    dropUnchanged(c.links, in.links);
    if (c.schedule && *c.schedule == in.schedule)
        c.schedule.reset();
    if (c.settings && *c.settings == in.settings)
        c.settings.reset();
    if (c.townships && *c.townships == in.townships)
        c.townships.reset();
    // The collector lists what it compiled in id order, the diff in index order.
    auto byIndex = [](auto &ops) {
        std::stable_sort(ops.begin(), ops.end(),
                         [](const auto &x, const auto &y) { return x.first < y.first; });
    };
    byIndex(c.settlements), byIndex(c.facilities), byIndex(c.roads), byIndex(c.lines);
    byIndex(c.staff), byIndex(c.postings), byIndex(c.links);
    return c;
}

bool sameInput(const sim::Input &a, const sim::Input &b)
{
    return a.settings == b.settings && a.townships == b.townships && a.lines == b.lines &&
           a.settlements == b.settlements && a.facilities == b.facilities && a.roads == b.roads &&
           a.staff == b.staff && a.postings == b.postings && a.links == b.links &&
           a.schedule == b.schedule;
}

// Random edits of every kind the document supports, each through the edit
// functions the UI calls (so each is validated and may be refused).
class RandomEditor {
public:
    RandomEditor(ProjectDocument &doc, quint32 seed) : m_doc(doc), m_rng(seed) {}

    // One user intent; true when the document accepted it.
    bool edit();
    EntityId selectedScenario() const { return m_selected; }

private:
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(m_rng.bounded(n)); }
    double between(double lo, double hi) { return lo + (hi - lo) * m_rng.generateDouble(); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template <typename T> EntityId anyId()
    {
        const Table<T> &t = EntityTraits<T>::table(m_doc.project());
        if (t.isEmpty())
            return 0;
        return std::next(t.cbegin(), below(static_cast<int>(t.size()))).key();
    }
    template <typename T> T any()
    {
        return EntityTraits<T>::table(m_doc.project()).value(anyId<T>());
    }
    LonLat somewhere() { return {between(118.0, 118.4), between(26.0, 26.3)}; }
    EntityId anyFacilityAt(FacilityLevel level)
    {
        QVector<EntityId> ids;
        for (const Facility &f : m_doc.project().facilities)
            if (f.level == level)
                ids.push_back(f.id);
        return ids.isEmpty() ? 0 : ids[below(ids.size())];
    }
    int month() { return below(60); }

    bool facility();
    bool settlement();
    bool road();
    bool staff();
    bool posting();
    bool link();
    bool policy();
    bool scenario();
    bool settings();
    bool township();
    bool serviceLine();
    bool undoRedo();

    ProjectDocument &m_doc;
    QRandomGenerator m_rng;
    EntityId m_selected = 0; // the scenario on show (0: the baseline)
    qint64 m_dragKey = 0;
};

bool RandomEditor::edit()
{
    switch (below(16)) {
    case 0:
    case 1:
        return facility();
    case 2:
        return settlement();
    case 3:
        return road();
    case 4:
        return staff();
    case 5:
    case 6:
        return posting();
    case 7:
        return link();
    case 8:
    case 9:
        return policy();
    case 10:
        return scenario();
    case 11:
        return settings();
    case 12:
        return township();
    case 13:
        return serviceLine();
    case 14: {
        // Several edits as one undo step (an import, the planner's proposals).
        edit::MacroScope macro(m_doc, QStringLiteral("macro"));
        bool any = false;
        for (int i = 0, n = 2 + below(3); i < n; ++i)
            any = (chance(0.5) ? posting() : facility()) || any;
        return any;
    }
    default:
        return undoRedo();
    }
}

bool RandomEditor::facility()
{
    const int what = below(6);
    if (what == 0 || m_doc.project().facilities.size() < 3) {
        Facility f;
        f.name = QStringLiteral("新卫生院");
        f.level = chance(0.5) ? FacilityLevel::TownshipCentre : FacilityLevel::VillageClinic;
        f.townshipId = anyId<Township>();
        f.position = somewhere();
        f.beds = below(40);
        f.capability = {{1, between(0, 1)}, {2, between(0, 1)}};
        return edit::add(m_doc, f).ok;
    }
    Facility f = any<Facility>();
    switch (what) {
    case 1:
        f.position = somewhere();
        return edit::change(m_doc, f, edit::MergeMove, m_dragKey).ok; // a drag on the map
    case 2:
        f.beds = below(400);
        break;
    case 3:
        f.name = QStringLiteral("改名%1").arg(below(1000)); // a label only
        break;
    case 4:
        f.capability[1 + below(2)] = between(0, 1);
        f.inAlliance = chance(0.8);
        break;
    default:
        return edit::remove<Facility>(m_doc, f.id).ok;
    }
    return edit::change(m_doc, f).ok;
}

bool RandomEditor::settlement()
{
    const int what = below(5);
    if (what == 0 || m_doc.project().settlements.size() < 2) {
        Settlement s;
        s.name = QStringLiteral("新村");
        s.position = somewhere();
        s.population = 100 + below(5000);
        s.townshipId = anyId<Township>();
        s.signedShare = between(0, 1);
        return edit::add(m_doc, s).ok;
    }
    Settlement s = any<Settlement>();
    switch (what) {
    case 1:
        s.position = somewhere();
        break;
    case 2:
        s.population = 100 + below(20000);
        s.signedShare = between(0, 1);
        break;
    case 3:
        s.nameEn = QStringLiteral("Village %1").arg(below(1000));
        break;
    default:
        return edit::remove<Settlement>(m_doc, s.id).ok;
    }
    return edit::change(m_doc, s).ok;
}

bool RandomEditor::road()
{
    const int what = below(4);
    if (what == 0 || m_doc.project().roads.isEmpty()) {
        Road r;
        r.name = QStringLiteral("乡道");
        r.roadClass = RoadClass::Village;
        r.speedKmh = defaultSpeedKmh(r.roadClass);
        r.path = {somewhere(), somewhere()};
        return edit::add(m_doc, r).ok;
    }
    Road r = any<Road>();
    switch (what) {
    case 1:
        r.path.push_back(somewhere());
        break;
    case 2:
        r.roadClass = static_cast<RoadClass>(below(kRoadClassCount));
        r.speedKmh = 20 + below(80);
        break;
    default:
        return edit::remove<Road>(m_doc, r.id).ok;
    }
    return edit::change(m_doc, r).ok;
}

bool RandomEditor::staff()
{
    const int what = below(5);
    if (what == 0 || m_doc.project().staff.size() < 2) {
        StaffMember m;
        m.name = QStringLiteral("新医生");
        m.role = static_cast<StaffRole>(below(kStaffRoleCount));
        m.title = static_cast<StaffTitle>(below(kStaffTitleCount));
        m.homeFacilityId = anyId<Facility>();
        m.annualSalaryYuan = 90000;
        return edit::add(m_doc, m).ok;
    }
    StaffMember m = any<StaffMember>();
    switch (what) {
    case 1:
        m.role = static_cast<StaffRole>(below(kStaffRoleCount));
        m.title = static_cast<StaffTitle>(below(kStaffTitleCount));
        break;
    case 2:
        m.homeFacilityId = anyId<Facility>();
        break;
    case 3:
        m.name = QStringLiteral("张%1").arg(below(100));
        break;
    default:
        return edit::remove<StaffMember>(m_doc, m.id).ok;
    }
    return edit::change(m_doc, m).ok;
}

bool RandomEditor::posting()
{
    const int what = below(4);
    if (what == 0 || m_doc.project().postings.isEmpty()) {
        Posting p;
        p.staffId = anyId<StaffMember>();
        p.facilityId = anyId<Facility>();
        p.startMonth = month();
        p.endMonth = p.startMonth + 1 + below(24);
        p.fte = 0.1 * (1 + below(5));
        p.scenarioId = chance(0.5) ? 0 : anyId<Scenario>();
        return edit::add(m_doc, p).ok;
    }
    Posting p = any<Posting>();
    switch (what) {
    case 1:
        p.startMonth = month();
        p.endMonth = p.startMonth + 1 + below(24);
        return edit::change(m_doc, p, edit::MergeEdit, m_dragKey).ok; // a bar dragged
    case 2:
        p.facilityId = anyId<Facility>();
        p.fte = 0.1 * (1 + below(5));
        break;
    default:
        return edit::remove<Posting>(m_doc, p.id).ok;
    }
    return edit::change(m_doc, p).ok;
}

bool RandomEditor::link()
{
    const int what = below(3);
    if (what == 0 || m_doc.project().links.isEmpty()) {
        TelemedicineLink l;
        l.hubFacilityId = anyFacilityAt(FacilityLevel::CountyHospital);
        l.centreFacilityId = anyFacilityAt(FacilityLevel::TownshipCentre);
        l.kind = static_cast<LinkKind>(below(kLinkKindCount));
        l.startMonth = month();
        l.capabilityGain = between(0, 0.3);
        l.scenarioId = chance(0.5) ? 0 : anyId<Scenario>();
        return edit::add(m_doc, l).ok;
    }
    TelemedicineLink l = any<TelemedicineLink>();
    if (what == 1) {
        l.startMonth = month();
        l.capabilityGain = between(0, 0.3);
        return edit::change(m_doc, l).ok;
    }
    return edit::remove<TelemedicineLink>(m_doc, l.id).ok;
}

bool RandomEditor::policy()
{
    const Scenario s = any<Scenario>();
    const int entry = below(s.schedule.size());
    switch (below(8)) {
    case 0:
        return edit::addPolicyChange(m_doc, s.id, 1 + month()).ok;
    case 1:
        return edit::movePolicyChange(m_doc, s.id, entry, 1 + month()).ok;
    case 2:
        return edit::removePolicyChange(m_doc, s.id, entry).ok;
    case 3:
        return edit::clearPolicyValue(m_doc, s.id, entry,
                                      static_cast<PolicyKey>(below(kPolicyKeyCount)))
            .ok;
    case 4:
        return edit::setPolicyNote(m_doc, s.id, entry, QStringLiteral("说明%1").arg(below(9))).ok;
    default: {
        // A slider step: a drag merges into one undo step.
        const auto key = static_cast<PolicyKey>(below(kPolicyKeyCount));
        const ParameterSpec &spec = policySpec(key);
        double value = between(spec.minimum, spec.maximum);
        if (spec.kind == ValueKind::Integer || spec.kind == ValueKind::Boolean)
            value = std::round(value);
        if (chance(0.3))
            m_dragKey = edit::newMergeKey();
        const auto scope = static_cast<edit::PolicyEditScope>(below(3));
        return edit::setPolicyValue(m_doc, s.id, entry, key, value, chance(0.5) ? m_dragKey : 0,
                                    scope)
            .ok;
    }
    }
}

bool RandomEditor::scenario()
{
    const EntityId id = anyId<Scenario>();
    switch (below(5)) {
    case 0:
        return edit::addScenario(m_doc, QStringLiteral("方案%1").arg(below(100000))).ok;
    case 1:
        return edit::duplicateScenario(m_doc, id, QStringLiteral("副本%1").arg(below(100000))).ok;
    case 2:
        return edit::renameScenario(m_doc, id, QStringLiteral("改%1").arg(below(100000))).ok;
    case 3:
        return edit::removeScenario(m_doc, id).ok;
    default:
        m_selected = chance(0.3) ? 0 : id; // the user shows another scenario
        return true;
    }
}

bool RandomEditor::settings()
{
    ModelSettings s = m_doc.project().settings;
    const auto key = static_cast<SettingKey>(below(kSettingKeyCount));
    if (key == SettingKey::HorizonMonths)
        return false; // a horizon change is a rebuild of every array, not an edit to compare
    const ParameterSpec &spec = settingSpec(key);
    double value = between(spec.minimum, spec.maximum);
    if (spec.kind == ValueKind::Integer || spec.kind == ValueKind::Boolean)
        value = std::round(value);
    s[key] = value;
    return edit::setSettings(m_doc, s).ok;
}

bool RandomEditor::township()
{
    switch (below(3)) {
    case 0: {
        Township t;
        t.name = QStringLiteral("新镇%1").arg(below(1000));
        return edit::add(m_doc, t).ok;
    }
    case 1: {
        Township t = any<Township>();
        t.nameEn = QStringLiteral("Town %1").arg(below(1000));
        return edit::change(m_doc, t).ok;
    }
    default:
        return edit::remove<Township>(m_doc, anyId<Township>()).ok;
    }
}

bool RandomEditor::serviceLine()
{
    ServiceLine l = any<ServiceLine>();
    l.annualRatePerPerson = between(0.05, 5);
    l.coefTravel = between(0.005, 0.05);
    return edit::change(m_doc, l).ok;
}

bool RandomEditor::undoRedo()
{
    QUndoStack *stack = m_doc.undoStack();
    const bool undo = chance(0.6);
    if (undo ? !stack->canUndo() : !stack->canRedo())
        return false;
    for (int i = 0, n = 1 + below(3); i < n; ++i)
        undo ? stack->undo() : stack->redo();
    return true;
}

// The controller's view of the engine: its input and index map, brought up to
// date as SimulationController does (a rebuild when another scenario is shown
// or the collector asks for one, else the collected ChangeSet).
struct EngineMirror {
    sim::Input input;
    SimIndexMap map;
    EntityId scenario = -1;
};

EntityId effectiveScenario(const Project &p, EntityId selected)
{
    return selected != 0 && p.scenarios.contains(selected) ? selected : p.baselineScenarioId();
}

} // namespace

void TestSimChanges::labelsOnlyChangeNothing()
{
    ProjectDocument doc;
    doc.reset(test::smallProject(), {});
    ChangeCollector collector(&doc);
    collector.clear();
    Facility f = doc.project().facilities.value(2);
    f.name = QStringLiteral("青石中心卫生院");
    QVERIFY(edit::change(doc, f).ok);
    QVERIFY(edit::renameScenario(doc, 2, QStringLiteral("改革")).ok);
    QVERIFY(collector.isEmpty());

    // What an edit changes travels with its signal: fields and first month.
    QList<EntityChange> seen;
    connect(&doc, &ProjectDocument::entityEdited, this,
            [&](const EntityChange &c) { seen.push_back(c); });
    Posting p = doc.project().postings.value(1);
    p.startMonth = 7;
    p.endMonth = 20;
    QVERIFY(edit::change(doc, p).ok);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen[0].kind, EntityKind::Posting);
    QCOMPARE(seen[0].id, p.id);
    QCOMPARE(seen[0].fields, EntityFields(FieldModel));
    QCOMPARE(seen[0].fromMonth, 0); // from the earlier start, the posting's old one
    QVERIFY(edit::setPolicyValue(doc, 2, 1, PolicyKey::InpatientRatioTownship, 0.9).ok);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen[1].fields, EntityFields(FieldSchedule));
    QCOMPARE(seen[1].fromMonth, 12);
    doc.undoStack()->undo();
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen[2].fields, EntityFields(FieldSchedule)); // undo changes the same
    QCOMPARE(seen[2].fromMonth, 12);
    QVERIFY(!collector.isEmpty());
}

void TestSimChanges::changesFromSignalsEqualTheDiff()
{
    constexpr int kSequences = 1000;
    ProjectDocument doc;
    doc.reset(test::smallProject(), {});
    ChangeCollector collector(&doc);
    RandomEditor editor(doc, 20261207);
    EngineMirror engine;
    int incremental = 0, accepted = 0;
    for (int seq = 0; seq < kSequences; ++seq) {
        if (seq % 250 == 0 && seq > 0)
            doc.reset(doc.project(), {}); // a load: the undo history starts afresh
        for (int i = 0, n = 1 + seq % 5; i < n; ++i)
            accepted += editor.edit() ? 1 : 0;

        const Project &project = doc.project();
        const EntityId scenario = effectiveScenario(project, editor.selectedScenario());
        if (collector.needsRebuild() || scenario != engine.scenario) {
            collector.clear();
            engine.map = SimIndexMap{};
            engine.input = compileProject(project, scenario, engine.map);
            engine.scenario = scenario;
            continue;
        }
        ++incremental;
        SimIndexMap oracleMap = engine.map;
        const sim::Input expected = compileProject(project, scenario, oracleMap);
        const sim::ChangeSet built = collector.take(project, scenario, engine.map);
        QVERIFY2(engine.map == oracleMap, qPrintable(QStringLiteral("sequence %1").arg(seq)));
        QVERIFY2(net(built, engine.input) == sim::diffInputs(engine.input, expected),
                 qPrintable(QStringLiteral("sequence %1").arg(seq)));
        sim::applyChanges(engine.input, built);
        QVERIFY2(sameInput(engine.input, expected),
                 qPrintable(QStringLiteral("sequence %1").arg(seq)));
    }
    // The comparison must have had something to compare.
    QVERIFY2(incremental > kSequences / 2, qPrintable(QString::number(incremental)));
    QVERIFY2(accepted > kSequences, qPrintable(QString::number(accepted)));
}

QTEST_GUILESS_MAIN(TestSimChanges)
#include "tst_sim_changes.moc"
