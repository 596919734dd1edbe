#include "models/edit/investmentedits.h"

#include "models/domain/validation.h"
#include "models/edit/commands.h"
#include "models/planner/investmentcompile.h"

#include <QCoreApplication>

namespace cc::edit {

// Translation context of this file (lupdate reads InvestmentEdits::tr calls).
class InvestmentEdits {
    Q_DECLARE_TR_FUNCTIONS(cc::InvestmentEdits)
};

namespace {

template <typename T> void addChild(ProjectDocument &doc, const T &value, QUndoCommand *parent)
{
    new SetEntityCommand<T>(&doc, value.id, std::nullopt, value, QString(), NoMerge, parent);
}

} // namespace

EditResult applyPortfolio(ProjectDocument &doc, const planner::Planner &planner,
                          const planner::PlanResult &plan, EntityId fromScenarioId,
                          const QString &name)
{
    const Project &p = doc.project();
    if (doc.isReadOnly())
        return EditResult{false, InvestmentEdits::tr("The project is open read-only."), 0};
    if (QString e = checkName(name, QT_TRANSLATE_NOOP("cc::Validation", "scenario name"));
        !e.isEmpty())
        return EditResult{false, e, 0};
    if (p.scenarioIdByName(name) != 0)
        return EditResult{false, InvestmentEdits::tr("A scenario named %1 exists.").arg(name), 0};
    const auto from = p.scenarios.constFind(fromScenarioId);
    if (from == p.scenarios.cend())
        return EditResult{false, InvestmentEdits::tr("The starting scenario does not exist."), 0};

    auto *macro = new QUndoCommand(InvestmentEdits::tr("Apply investment plan \"%1\"").arg(name));
    Scenario scenario = *from;
    scenario.id = nextId<Scenario>(p);
    scenario.name = name;
    // A key and an English name belong to one scenario: the copy goes by its
    // name (as a duplicated scenario does), so the project stays savable.
    scenario.key.clear();
    scenario.nameEn.clear();
    addChild(doc, scenario, macro);

    EntityId postingId = nextId<Posting>(p), linkId = nextId<TelemedicineLink>(p),
             investmentId = nextId<Investment>(p);
    // What the starting scenario has of its own comes along.
    for (const Posting &x : p.postings)
        if (x.scenarioId == fromScenarioId) {
            Posting copy = x;
            copy.id = postingId++;
            copy.scenarioId = scenario.id;
            addChild(doc, copy, macro);
        }
    for (const TelemedicineLink &x : p.links)
        if (x.scenarioId == fromScenarioId) {
            TelemedicineLink copy = x;
            copy.id = linkId++;
            copy.scenarioId = scenario.id;
            addChild(doc, copy, macro);
        }
    for (const Investment &x : p.investments)
        if (x.scenarioId == fromScenarioId) {
            Investment copy = x;
            copy.id = investmentId++;
            copy.scenarioId = scenario.id;
            addChild(doc, copy, macro);
        }
    // The picks, in the order the planner took them (the simulation applies
    // investments in id order, as the planner did).
    for (const planner::Pick &pick : plan.portfolio) {
        const planner::Candidate &c =
            planner.candidates()[static_cast<std::size_t>(pick.candidate)];
        switch (c.investment.kind) {
        case InvestmentKind::PostDoctors:
            for (EntityId staff : c.staffIds) {
                Posting posting;
                posting.id = postingId++;
                posting.staffId = staff;
                posting.facilityId = c.investment.facilityId;
                posting.startMonth = c.startMonth;
                posting.endMonth = c.endMonth;
                posting.fte = 1.0;
                posting.scenarioId = scenario.id;
                addChild(doc, posting, macro);
            }
            break;
        case InvestmentKind::TelemedicineLink: {
            TelemedicineLink link;
            link.id = linkId++;
            link.hubFacilityId = planner::linkHubOf(p);
            link.centreFacilityId = c.investment.facilityId;
            link.kind = LinkKind::Consultation;
            link.startMonth = c.action.start;
            link.endMonth = c.action.end;
            link.capabilityGain = c.action.gain;
            link.annualCostYuan = c.action.annualCostYuan;
            link.scenarioId = scenario.id;
            addChild(doc, link, macro);
            break;
        }
        default: {
            Investment x = c.investment;
            x.id = investmentId++;
            x.scenarioId = scenario.id;
            addChild(doc, x, macro);
            break;
        }
        }
    }
    doc.undoStack()->push(macro);
    return EditResult{true, {}, scenario.id};
}

EditResult setCatalogue(ProjectDocument &doc, const InvestmentCatalogue &catalogue, CommandId merge)
{
    if (doc.isReadOnly())
        return EditResult{false, InvestmentEdits::tr("The project is open read-only."), 0};
    if (QString error = validateCatalogue(catalogue); !error.isEmpty())
        return EditResult{false, error, 0};
    if (catalogue == doc.project().catalogue)
        return EditResult{true, {}, 0};
    const bool goldenHourOnly = [&] {
        InvestmentCatalogue c = catalogue;
        c.goldenHourMinutes = doc.project().catalogue.goldenHourMinutes;
        return c == doc.project().catalogue;
    }();
    doc.undoStack()->push(new SetProjectValueCommand<InvestmentCatalogue>(
        &doc, &ProjectDocument::setCatalogue, doc.project().catalogue, catalogue,
        goldenHourOnly ? InvestmentEdits::tr("Change golden hour")
                       : InvestmentEdits::tr("Change investment catalogue"),
        merge));
    return EditResult{true, {}, 0};
}

} // namespace cc::edit
