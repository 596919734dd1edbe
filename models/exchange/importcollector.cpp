#include "models/exchange/importcollector.h"

#include "models/domain/validation.h"
#include "models/exchange/fieldvalues.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace cc::exchange {

namespace {
struct ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(cc::Exchange)
};
} // namespace

ImportCollector::ImportCollector(const Project &target, Layer layer, const ImportOptions &options,
                                 ImportProblem::Where where)
    : m_staged(target)
{
    m_result.layer = layer;
    m_result.acceptValidRows = options.acceptValidRows;
    m_firstNewTownshipId = nextId<Township>(target);
    m_choice = options.crsChoice();
    m_where = where;
    if (m_choice.crs != Crs::Auto) {
        QString error;
        m_transform = CoordinateTransform::forChoice(m_choice, &error);
        if (!m_transform.isValid())
            fatal(error);
    }
    for (const Township &t : target.townships) {
        // The first township of a name wins, as a user reading the list would expect.
        if (!m_townshipByName.contains(t.name.trimmed()))
            m_townshipByName.insert(t.name.trimmed(), t.id);
        if (!t.nameEn.trimmed().isEmpty() && !m_townshipByName.contains(t.nameEn.trimmed()))
            m_townshipByName.insert(t.nameEn.trimmed(), t.id);
    }
}

void ImportCollector::problem(int number, const QString &reason)
{
    if (m_result.problems.size() >= kMaxReportedProblems) {
        ++m_result.omittedProblems;
        return;
    }
    m_result.problems.push_back(ImportProblem{m_where, number, reason});
}

void ImportCollector::fatal(const QString &reason)
{
    if (m_result.fatalError.isEmpty())
        m_result.fatalError = reason;
}

void ImportCollector::declareSourceCrs(const CoordinateTransform &declared)
{
    if (m_choice.crs == Crs::Auto) {
        if (!declared.isValid())
            fatal(ExchangeText::tr("The file's coordinate system %1 cannot be read; choose the "
                                   "coordinate system by hand.")
                      .arg(declared.name()));
        else
            m_transform = declared;
        return;
    }
    // A choice of degrees for a file in metres, or of metres for a file in
    // degrees: one of the two is wrong, and either reading would still land
    // somewhere on Earth.
    if (!declared.isValid() || !m_transform.isValid() ||
        declared.isGeographic() == m_transform.isGeographic())
        return;
    if (!declared.isGeographic())
        fatal(ExchangeText::tr("The file says its coordinates are projected (%1), not degrees "
                               "of %2; choose the file's coordinate system, or correct the file.")
                  .arg(declared.name(), m_transform.name()));
    else
        fatal(ExchangeText::tr("The file says its coordinates are longitude/latitude (%1), not "
                               "metres of %2; choose the file's coordinate system, or correct "
                               "the file.")
                  .arg(declared.name(), m_transform.name()));
}

std::optional<LonLat> ImportCollector::toWgs84(double x, double y, QString *why) const
{
    if (m_transform.isGeographic()) {
        if (QString reason = checkDegrees(x, y); !reason.isEmpty()) {
            *why = reason;
            return std::nullopt;
        }
    }
    const std::optional<LonLat> p = m_transform.toWgs84(x, y);
    if (!p) {
        *why = ExchangeText::tr("(%1, %2) cannot be transformed from %3")
                   .arg(x, 0, 'f', 3)
                   .arg(y, 0, 'f', 3)
                   .arg(m_transform.name());
        return std::nullopt;
    }
    if (!m_transform.isGeographic()) {
        if (QString reason = checkDegrees(p->lon, p->lat); !reason.isEmpty()) {
            *why = ExchangeText::tr("(%1, %2) in %3 is not a place on Earth")
                       .arg(x, 0, 'f', 3)
                       .arg(y, 0, 'f', 3)
                       .arg(m_transform.name());
            return std::nullopt;
        }
    }
    return p;
}

EntityId ImportCollector::townshipFor(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return 0;
    if (const auto it = m_townshipByName.constFind(n); it != m_townshipByName.cend())
        return *it;
    Township t;
    t.id = nextId<Township>(m_staged);
    t.name = n;
    // A name the validator refuses (too long) stays unresolved: the item that
    // names it is then refused with the township's reason.
    if (!validateEntity(t, m_staged).isEmpty())
        return -1;
    m_staged.townships.insert(t.id, t);
    m_townshipByName.insert(n, t.id);
    return t.id;
}

EntityId ImportCollector::townshipOf(const QString &name, const QString &idText, QString *why)
{
    if (!name.trimmed().isEmpty() || idText.trimmed().isEmpty()) {
        const EntityId id = townshipFor(name);
        if (id < 0)
            *why = ExchangeText::tr("the township name is not acceptable (empty or longer than %1 "
                                    "characters)")
                       .arg(kMaxNameLength);
        return id;
    }
    // township_id, as the GeoPackage layers and our GeoJSON export carry it.
    const auto v = parseNumber(idText);
    if (!v || *v != std::floor(*v) || *v < 0 || *v > 1e15) {
        *why = ExchangeText::tr("township_id \"%1\" is not a whole number").arg(idText.trimmed());
        return -1;
    }
    const auto id = static_cast<EntityId>(*v);
    if (id != 0 && !m_staged.townships.contains(id)) {
        *why = ExchangeText::tr("the project has no township with id %1").arg(id);
        return -1;
    }
    return id;
}

template <typename T> bool ImportCollector::check(int number, const T &value)
{
    const QString error = validateEntity(value, m_staged);
    if (error.isEmpty())
        return true;
    problem(number, error);
    return false;
}

namespace {

// Abandons the item being read with a reason.
struct ItemError {
    QString reason;
};

std::optional<double> optionalNumber(const QString &text, const QString &what)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const auto v = parseNumber(text);
    if (!v || !std::isfinite(*v))
        throw ItemError{ExchangeText::tr("%1 \"%2\" is not a number").arg(what, text.trimmed())};
    return v;
}

qint64 wholeNumber(double v, const QString &what)
{
    if (v != std::floor(v) || std::abs(v) > 1e15)
        throw ItemError{ExchangeText::tr("%1 %2 is not a whole number").arg(what).arg(v)};
    return static_cast<qint64>(v);
}

bool optionalBool(const QString &text, const char *what, bool fallback)
{
    if (text.trimmed().isEmpty())
        return fallback;
    const auto flag = parseBool(text);
    if (!flag)
        throw ItemError{
            ExchangeText::tr("%1 \"%2\" is not true or false").arg(QLatin1String(what), text)};
    return *flag;
}

} // namespace

void ImportCollector::addFacility(int number, const PointAttributes &a, const LonLat &position)
{
    try {
        Facility f;
        f.name = a.name.trimmed();
        if (f.name.isEmpty())
            throw ItemError{ExchangeText::tr("the name is missing")};
        f.nameEn = a.nameEn.trimmed();
        if (a.level.trimmed().isEmpty())
            throw ItemError{ExchangeText::tr("the level is missing")};
        const auto level = parseFacilityLevel(a.level);
        if (!level)
            throw ItemError{
                ExchangeText::tr("unknown facility level \"%1\"").arg(a.level.trimmed())};
        f.level = *level;
        const auto kind = parseHospitalKind(a.kind);
        if (!kind)
            throw ItemError{ExchangeText::tr("unknown hospital kind \"%1\"").arg(a.kind.trimmed())};
        f.kind = *kind;
        if (const auto beds = optionalNumber(a.beds, ExchangeText::tr("beds"))) {
            const qint64 b = wholeNumber(*beds, ExchangeText::tr("beds"));
            if (b < 0)
                throw ItemError{ExchangeText::tr("beds %1 is negative").arg(b)};
            f.beds = static_cast<int>(qMin<qint64>(b, 1'000'000)); // validation refuses > 100,000
        }
        f.inAlliance = optionalBool(a.inAlliance, "in_alliance", isInCounty(f.level));
        f.position = position;
        QString why;
        f.townshipId = townshipOf(a.township, a.townshipId, &why);
        if (f.townshipId < 0)
            throw ItemError{why};
        if (check(number, f))
            m_result.facilities.push_back(f);
    } catch (const ItemError &e) {
        problem(number, e.reason);
    }
}

void ImportCollector::addSettlement(int number, const PointAttributes &a, const LonLat &position)
{
    try {
        Settlement s;
        s.name = a.name.trimmed();
        if (s.name.isEmpty())
            throw ItemError{ExchangeText::tr("the name is missing")};
        s.nameEn = a.nameEn.trimmed();
        const auto population = optionalNumber(a.population, ExchangeText::tr("population"));
        if (!population)
            throw ItemError{ExchangeText::tr("the population is missing")};
        s.population = wholeNumber(*population, ExchangeText::tr("population"));
        if (s.population < 0)
            throw ItemError{ExchangeText::tr("population %1 is negative").arg(s.population)};
        s.signedShare =
            optionalNumber(a.signedShare, ExchangeText::tr("signed share")).value_or(0.0);
        s.urban = optionalBool(a.urban, "urban", false);
        s.position = position;
        QString why;
        s.townshipId = townshipOf(a.township, a.townshipId, &why);
        if (s.townshipId < 0)
            throw ItemError{why};
        if (check(number, s))
            m_result.settlements.push_back(s);
    } catch (const ItemError &e) {
        problem(number, e.reason);
    }
}

void ImportCollector::addRoad(int number, const Road &r)
{
    if (check(number, r))
        m_result.roads.push_back(r);
}

void ImportCollector::addBoundaryPart(int number, CountyBoundary part)
{
    if (QString error = validateBoundary(part); !error.isEmpty()) {
        problem(number, error);
        return;
    }
    if (!m_result.boundary) {
        m_result.boundary = part;
    } else {
        if (m_result.boundary->name.isEmpty())
            m_result.boundary->name = part.name;
        if (m_result.boundary->nameEn.isEmpty())
            m_result.boundary->nameEn = part.nameEn;
        if (m_result.boundary->adcode.isEmpty())
            m_result.boundary->adcode = part.adcode;
        m_result.boundary->area += part.area;
    }
    m_boundaryNumbers.push_back(number);
}

void ImportCollector::forgetUnusedTownships()
{
    // Townships staged for items that were then refused are not created.
    QSet<EntityId> used;
    for (const Facility &f : m_result.facilities)
        used.insert(f.townshipId);
    for (const Settlement &s : m_result.settlements)
        used.insert(s.townshipId);
    for (const Township &t : m_staged.townships)
        if (t.id >= m_firstNewTownshipId && used.contains(t.id))
            m_result.newTownships.push_back(t);
}

ImportResult ImportCollector::finish()
{
    if (m_result.boundary) {
        if (QString error = validateBoundary(*m_result.boundary); !error.isEmpty()) {
            // Each part was sound; together they are too large.
            problem(m_boundaryNumbers.value(0), error);
            m_result.boundary.reset();
        }
    }
    if (!m_result.fatalError.isEmpty()) {
        m_result.facilities.clear();
        m_result.settlements.clear();
        m_result.roads.clear();
        m_result.boundary.reset();
    } else {
        forgetUnusedTownships();
    }
    return m_result;
}

} // namespace cc::exchange
