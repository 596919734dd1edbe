#include "models/domain/validation.h"

#include "models/domain/monthlabels.h"
#include "models/domain/textcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace cc {

// Translation context of this file (lupdate reads Validation::tr calls).
class Validation {
    Q_DECLARE_TR_FUNCTIONS(cc::Validation)
};

namespace {

bool finiteIn(double v, double lo, double hi)
{
    return std::isfinite(v) && v >= lo && v <= hi;
}

QString checkPosition(const LonLat &p)
{
    if (!isValidLonLat(p))
        return Validation::tr("The position (%1, %2) is not a WGS 84 longitude/latitude.")
            .arg(p.lon)
            .arg(p.lat);
    return {};
}

template <typename T> bool exists(const Project &project, EntityId id)
{
    return EntityTraits<T>::table(project).contains(id);
}

QString checkShares(const std::array<double, kFacilityLevelCount> &shares, const char *what)
{
    double sum = 0;
    for (double s : shares) {
        if (!finiteIn(s, 0, 1))
            return Validation::tr("%1 must each be between 0 and 1.").arg(Validation::tr(what));
        sum += s;
    }
    if (sum != 0 && std::abs(sum - 1) > 1e-6)
        return Validation::tr("%1 must add up to 1 (they add up to %2).")
            .arg(Validation::tr(what))
            .arg(sum);
    return {};
}

} // namespace

QString checkName(const QString &name, const char *what)
{
    if (name.trimmed().isEmpty())
        return Validation::tr("The %1 must not be empty.").arg(Validation::tr(what));
    return checkOptionalName(name, what);
}

// An optional text (an English alias): may be empty, never longer than a name,
// never holding what a name may not hold.
QString checkOptionalName(const QString &text, const char *what)
{
    if (text.size() > kMaxNameLength)
        return Validation::tr("The %1 is longer than %2 characters.")
            .arg(Validation::tr(what))
            .arg(kMaxNameLength);
    if (const QString c = forbiddenNameCharacter(text); !c.isEmpty())
        return Validation::tr("The %1 holds the control or formatting character %2, which a name "
                              "may not hold.")
            .arg(Validation::tr(what), c);
    return {};
}

QString checkFreeText(const QString &text, const char *what, int maxLength)
{
    if (text.size() > maxLength)
        return Validation::tr("The %1 is longer than %2 characters.")
            .arg(Validation::tr(what))
            .arg(maxLength);
    if (const QString c = forbiddenTextCharacter(text); !c.isEmpty())
        return Validation::tr("The %1 holds the control or formatting character %2.")
            .arg(Validation::tr(what), c);
    return {};
}

QString validateEntity(const Township &t, const Project &)
{
    if (QString e = checkName(t.name, QT_TRANSLATE_NOOP("cc::Validation", "township name"));
        !e.isEmpty())
        return e;
    return checkOptionalName(t.nameEn, QT_TRANSLATE_NOOP("cc::Validation", "English name"));
}

QString validateEntity(const Settlement &s, const Project &project)
{
    if (QString e = checkName(s.name, QT_TRANSLATE_NOOP("cc::Validation", "settlement name"));
        !e.isEmpty())
        return e;
    if (QString e =
            checkOptionalName(s.nameEn, QT_TRANSLATE_NOOP("cc::Validation", "English name"));
        !e.isEmpty())
        return e;
    if (QString e = checkPosition(s.position); !e.isEmpty())
        return e;
    if (s.population < 0 || s.population > kMaxPopulation)
        return Validation::tr("The population must be between 0 and %1 (got %2).")
            .arg(kMaxPopulation)
            .arg(s.population);
    if (s.townshipId != 0 && !exists<Township>(project, s.townshipId))
        return Validation::tr("The settlement refers to township %1, which does not exist.")
            .arg(s.townshipId);
    if (!finiteIn(s.signedShare, 0, 1))
        return Validation::tr("The family-doctor signing share must be between 0 and 1 (got %1).")
            .arg(s.signedShare);
    return {};
}

QString validateEntity(const Facility &f, const Project &project)
{
    if (QString e = checkName(f.name, QT_TRANSLATE_NOOP("cc::Validation", "facility name"));
        !e.isEmpty())
        return e;
    if (QString e =
            checkOptionalName(f.nameEn, QT_TRANSLATE_NOOP("cc::Validation", "English name"));
        !e.isEmpty())
        return e;
    if (QString e = checkPosition(f.position); !e.isEmpty())
        return e;
    const int level = static_cast<int>(f.level);
    if (level < 0 || level >= kFacilityLevelCount)
        return Validation::tr("Unknown facility level %1.").arg(level);
    const int kind = static_cast<int>(f.kind);
    if (kind < 0 || kind > static_cast<int>(HospitalKind::MaternalChild))
        return Validation::tr("Unknown hospital kind %1.").arg(kind);
    if (f.beds < 0 || f.beds > 100000)
        return Validation::tr("Beds must be between 0 and 100,000 (got %1).").arg(f.beds);
    if (f.townshipId != 0 && !exists<Township>(project, f.townshipId))
        return Validation::tr("The facility refers to township %1, which does not exist.")
            .arg(f.townshipId);
    for (auto it = f.capability.cbegin(); it != f.capability.cend(); ++it) {
        if (!exists<ServiceLine>(project, it.key()))
            return Validation::tr(
                       "The facility's capability refers to service line %1, which does not exist.")
                .arg(it.key());
        if (!finiteIn(it.value(), 0, 1))
            return Validation::tr("Capability must be between 0 and 1 (got %1).").arg(it.value());
    }
    return {};
}

QString validateEntity(const Road &r, const Project &)
{
    const int cls = static_cast<int>(r.roadClass);
    if (cls < 0 || cls >= kRoadClassCount)
        return Validation::tr("Unknown road class %1.").arg(cls);
    if (QString e = checkOptionalName(r.name, QT_TRANSLATE_NOOP("cc::Validation", "road name"));
        !e.isEmpty())
        return e;
    if (!finiteIn(r.speedKmh, 1, 200))
        return Validation::tr("The road speed must be between 1 and 200 km/h (got %1).")
            .arg(r.speedKmh);
    if (r.path.size() < 2)
        return Validation::tr("A road needs at least two points.");
    if (r.path.size() > kMaxPathPoints)
        return Validation::tr("A road has more than %1 points.").arg(kMaxPathPoints);
    for (const LonLat &p : r.path)
        if (QString e = checkPosition(p); !e.isEmpty())
            return e;
    return {};
}

QString validateEntity(const StaffMember &m, const Project &project)
{
    if (QString e = checkName(m.name, QT_TRANSLATE_NOOP("cc::Validation", "staff name"));
        !e.isEmpty())
        return e;
    const int role = static_cast<int>(m.role), title = static_cast<int>(m.title);
    if (role < 0 || role >= kStaffRoleCount)
        return Validation::tr("Unknown staff role %1.").arg(role);
    if (title < 0 || title >= kStaffTitleCount)
        return Validation::tr("Unknown staff title %1.").arg(title);
    if (m.employerFacilityId != 0 && !exists<Facility>(project, m.employerFacilityId))
        return Validation::tr("The staff member's employer %1 does not exist.")
            .arg(m.employerFacilityId);
    if (m.homeFacilityId != 0 && !exists<Facility>(project, m.homeFacilityId))
        return Validation::tr("The staff member's home facility %1 does not exist.")
            .arg(m.homeFacilityId);
    if (m.grassrootsMonths < 0 || m.grassrootsMonths > 720)
        return Validation::tr("Months of grassroots service must be between 0 and 720 (got %1).")
            .arg(m.grassrootsMonths);
    if (!finiteIn(m.annualSalaryYuan, 0, 1e8))
        return Validation::tr("The annual salary must be between 0 and 100,000,000 yuan (got %1).")
            .arg(m.annualSalaryYuan);
    return {};
}

QString validateEntity(const Posting &p, const Project &project)
{
    if (!exists<StaffMember>(project, p.staffId))
        return Validation::tr("The posting refers to staff member %1, who does not exist.")
            .arg(p.staffId);
    if (!exists<Facility>(project, p.facilityId))
        return Validation::tr("The posting refers to facility %1, which does not exist.")
            .arg(p.facilityId);
    if (p.startMonth < 0 || p.endMonth <= p.startMonth || p.endMonth > kMaxMonth)
        return Validation::tr(
                   "A posting must start in the first simulated month or later and end after it "
                   "starts (got %1 to %2).")
            .arg(monthLabel(project, p.startMonth), monthLabel(project, p.endMonth));
    if (!(std::isfinite(p.fte) && p.fte > 0 && p.fte <= 1))
        return Validation::tr("The FTE of a posting must be above 0 and at most 1 (got %1).")
            .arg(p.fte);
    if (p.scenarioId != 0 && !exists<Scenario>(project, p.scenarioId))
        return Validation::tr("The posting refers to scenario %1, which does not exist.")
            .arg(p.scenarioId);
    return {};
}

QString validateEntity(const TelemedicineLink &link, const Project &project)
{
    const auto hub = project.facilities.constFind(link.hubFacilityId);
    if (hub == project.facilities.cend())
        return Validation::tr("The link refers to facility %1, which does not exist.")
            .arg(link.hubFacilityId);
    if (hub->level != FacilityLevel::CountyHospital)
        return Validation::tr("A telemedicine link starts at a county hospital.");
    const auto centre = project.facilities.constFind(link.centreFacilityId);
    if (centre == project.facilities.cend())
        return Validation::tr("The link refers to facility %1, which does not exist.")
            .arg(link.centreFacilityId);
    if (centre->level != FacilityLevel::TownshipCentre)
        return Validation::tr("A telemedicine link ends at a township centre.");
    const int kind = static_cast<int>(link.kind);
    if (kind < 0 || kind >= kLinkKindCount)
        return Validation::tr("Unknown kind of telemedicine link %1.").arg(kind);
    if (link.startMonth < 0 || link.endMonth <= link.startMonth || link.endMonth > kMaxMonth)
        return Validation::tr("A link must start in the first simulated month or later and end "
                              "after it starts (got %1 to %2).")
            .arg(monthLabel(project, link.startMonth), monthLabel(project, link.endMonth));
    if (!finiteIn(link.capabilityGain, 0, 1))
        return Validation::tr("A link's capability gain must be between 0 and 1 (got %1).")
            .arg(link.capabilityGain);
    if (!finiteIn(link.annualCostYuan, 0, 1e9))
        return Validation::tr("A link's yearly cost must be between 0 and 1,000,000,000 yuan (got "
                              "%1).")
            .arg(link.annualCostYuan);
    if (link.scenarioId != 0 && !project.scenarios.contains(link.scenarioId))
        return Validation::tr("The link refers to scenario %1, which does not exist.")
            .arg(link.scenarioId);
    return {};
}

QString validateEntity(const ServiceLine &l, const Project &project)
{
    if (QString e = checkName(l.code, QT_TRANSLATE_NOOP("cc::Validation", "service line code"));
        !e.isEmpty())
        return e;
    if (QString e = checkName(l.name, QT_TRANSLATE_NOOP("cc::Validation", "service line name"));
        !e.isEmpty())
        return e;
    if (QString e =
            checkOptionalName(l.nameEn, QT_TRANSLATE_NOOP("cc::Validation", "English name"));
        !e.isEmpty())
        return e;
    for (const ServiceLine &other : project.serviceLines)
        if (other.id != l.id && other.code == l.code)
            return Validation::tr("Another service line already has the code \"%1\".").arg(l.code);
    const int level = static_cast<int>(l.minLevel);
    if (level < 0 || level >= kFacilityLevelCount)
        return Validation::tr("Unknown facility level %1.").arg(level);
    if (!finiteIn(l.annualRatePerPerson, 0, 100))
        return Validation::tr("The annual rate per person must be between 0 and 100 (got %1).")
            .arg(l.annualRatePerPerson);
    if (!finiteIn(l.drgWeight, 0, 100))
        return Validation::tr("The DRG relative weight must be between 0 and 100 (got %1).")
            .arg(l.drgWeight);
    if (!finiteIn(l.qMin, 0, 1))
        return Validation::tr("The capability threshold must be between 0 and 1 (got %1).")
            .arg(l.qMin);
    for (double c : l.costYuan)
        if (!finiteIn(c, 0, 1e7))
            return Validation::tr(
                       "Costs per episode must be between 0 and 10,000,000 yuan (got %1).")
                .arg(c);
    if (QString e = checkShares(l.baselineShare,
                                QT_TRANSLATE_NOOP("cc::Validation", "Starting shares by level"));
        !e.isEmpty())
        return e;
    for (double a : l.asc)
        if (!finiteIn(a, -100, 100))
            return Validation::tr("Calibrated constants must be between -100 and 100 (got %1).")
                .arg(a);
    if (!finiteIn(l.staffMinutes, 0.1, 10000))
        return Validation::tr("Staff minutes per episode must be between 0.1 and 10,000 (got %1).")
            .arg(l.staffMinutes);
    if (!finiteIn(l.coefCost, 0, 10) || !finiteIn(l.coefTravel, 0, 10) ||
        !finiteIn(l.coefQuality, 0, 100))
        return Validation::tr("Choice coefficients must be non-negative and finite.");
    for (double w : l.roleWeight)
        if (!finiteIn(w, 0, 1))
            return Validation::tr("Staff effect weights must be between 0 and 1 (got %1).").arg(w);
    for (double d : l.lengthOfStayDays)
        if (!finiteIn(d, 0, 365))
            return Validation::tr("Days in bed per admission must be between 0 and 365 (got %1).")
                .arg(d);
    if (l.managedCare) {
        if (l.inpatient)
            return Validation::tr("Only an outpatient line can take the chronic-care visits that "
                                  "replace avoided admissions.");
        for (const ServiceLine &other : project.serviceLines)
            if (other.id != l.id && other.managedCare)
                return Validation::tr("The line \"%1\" already takes the chronic-care visits that "
                                      "replace avoided admissions.")
                    .arg(other.code);
    }
    if (!finiteIn(l.avoidableShare, 0, 1))
        return Validation::tr("The avoidable share of admissions must be between 0 and 1 (got %1).")
            .arg(l.avoidableShare);
    return {};
}

QString validateEntity(const Investment &investment, const Project &)
{
    return validateInvestment(investment);
}

QString validateEntity(const Scenario &s, const Project &project)
{
    if (QString e = checkName(s.name, QT_TRANSLATE_NOOP("cc::Validation", "scenario name"));
        !e.isEmpty())
        return e;
    for (const Scenario &other : project.scenarios)
        if (other.id != s.id &&
            (other.name == s.name || other.key == s.name || other.nameEn == s.name))
            return Validation::tr("Another scenario is already called \"%1\".").arg(s.name);
    if (QString e =
            checkOptionalName(s.nameEn, QT_TRANSLATE_NOOP("cc::Validation", "English name"));
        !e.isEmpty())
        return e;
    // The key scripts use: short ASCII, one per scenario.
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9_.-]{0,64}$"));
    if (!keyPattern.match(s.key).hasMatch())
        return Validation::tr("A scenario key has at most 64 letters, digits, '_', '.' or '-' "
                              "(\"%1\").")
            .arg(s.key.left(80));
    for (const Scenario &other : project.scenarios)
        if (other.id != s.id && !s.key.isEmpty() && other.key == s.key)
            return Validation::tr("Another scenario already has the key \"%1\".").arg(s.key);
    if (QString e = checkFreeText(
            s.description, QT_TRANSLATE_NOOP("cc::Validation", "scenario description"), 10000);
        !e.isEmpty())
        return e;
    if (s.schedule.isEmpty() || s.schedule.front().fromMonth != 0)
        return Validation::tr(
            "A scenario's policy schedule must start in the first simulated month.");
    for (int i = 0; i < s.schedule.size(); ++i) {
        const PolicyEntry &e = s.schedule[i];
        if (e.fromMonth < 0 || e.fromMonth > kMaxMonth)
            return Validation::tr("A policy change must take effect between %1 and %2.")
                .arg(monthLabel(project, 0), monthLabel(project, kMaxMonth));
        if (i > 0 && e.fromMonth <= s.schedule[i - 1].fromMonth)
            return Validation::tr(
                       "Two policy changes take effect in the same month, or out of order (%1).")
                .arg(monthLabel(project, e.fromMonth));
        if (QString error =
                checkFreeText(e.note, QT_TRANSLATE_NOOP("cc::Validation", "policy note"), 10000);
            !error.isEmpty())
            return error;
        // The first entry sets every parameter, so no month depends on a default
        // that a newer CountyCare might change.
        if (i == 0 && !e.changes.setsAll())
            return Validation::tr(
                "The first policy of a scenario's schedule must set every parameter.");
        for (PolicyKey key : e.changes.keys())
            if (QString error = checkValue(policySpec(key), e.changes.value(key)); !error.isEmpty())
                return error;
    }
    return {};
}

QString validateBoundary(const CountyBoundary &b)
{
    if (b.name.size() > kMaxNameLength || b.nameEn.size() > kMaxNameLength || b.adcode.size() > 32)
        return Validation::tr("The county name or code is too long.");
    for (const QString *text : {&b.name, &b.nameEn, &b.adcode})
        if (QString e =
                checkOptionalName(*text, QT_TRANSLATE_NOOP("cc::Validation", "county name"));
            !e.isEmpty())
            return e;
    qint64 points = 0;
    for (const Polygon &poly : b.area) {
        if (poly.isEmpty())
            return Validation::tr("The county boundary has an empty polygon.");
        for (const Ring &ring : poly) {
            if (ring.size() < 3)
                return Validation::tr("A ring of the county boundary has fewer than three points.");
            points += ring.size();
            for (const LonLat &p : ring)
                if (QString e = checkPosition(p); !e.isEmpty())
                    return e;
        }
    }
    if (points > 10 * kMaxPathPoints)
        return Validation::tr("The county boundary has more than %1 points.")
            .arg(10 * kMaxPathPoints);
    return {};
}

namespace {
template <typename T> QString validateTable(const Project &project, const char *what)
{
    for (auto it = EntityTraits<T>::table(project).cbegin();
         it != EntityTraits<T>::table(project).cend(); ++it) {
        if (it.key() != it->id || it->id <= 0 || it->id > kMaxEntityId)
            return Validation::tr("%1 %2 has an invalid id (ids run from 1 to %3).")
                .arg(Validation::tr(what))
                .arg(it->id)
                .arg(kMaxEntityId);
        if (QString e = validateEntity(*it, project); !e.isEmpty())
            return Validation::tr("%1 %2: %3").arg(Validation::tr(what)).arg(it->id).arg(e);
    }
    return {};
}
} // namespace

QString validateProject(const Project &project)
{
    if (QString e =
            checkOptionalName(project.title, QT_TRANSLATE_NOOP("cc::Validation", "project title"));
        !e.isEmpty())
        return e;
    if (QString e = validate(project.settings); !e.isEmpty())
        return e;
    if (QString e = validateBoundary(project.boundary); !e.isEmpty())
        return e;
    const QString errors[] = {
        validateTable<Township>(project, QT_TRANSLATE_NOOP("cc::Validation", "Township")),
        validateTable<ServiceLine>(project, QT_TRANSLATE_NOOP("cc::Validation", "Service line")),
        validateTable<Settlement>(project, QT_TRANSLATE_NOOP("cc::Validation", "Settlement")),
        validateTable<Facility>(project, QT_TRANSLATE_NOOP("cc::Validation", "Facility")),
        validateTable<Road>(project, QT_TRANSLATE_NOOP("cc::Validation", "Road")),
        validateTable<StaffMember>(project, QT_TRANSLATE_NOOP("cc::Validation", "Staff member")),
        validateTable<Scenario>(project, QT_TRANSLATE_NOOP("cc::Validation", "Scenario")),
        validateTable<Posting>(project, QT_TRANSLATE_NOOP("cc::Validation", "Posting")),
        validateTable<TelemedicineLink>(project,
                                        QT_TRANSLATE_NOOP("cc::Validation", "Telemedicine link")),
    };
    for (const QString &e : errors)
        if (!e.isEmpty())
            return e;
    if (project.scenarios.isEmpty())
        return Validation::tr("The project has no scenario.");
    if (QString e = validateCatalogue(project.catalogue); !e.isEmpty())
        return e;
    for (const Investment &x : project.investments)
        if (QString e = validateInvestment(x); !e.isEmpty())
            return Validation::tr("%1 %2: %3").arg(Validation::tr("Investment")).arg(x.id).arg(e);
    return {};
}

} // namespace cc
