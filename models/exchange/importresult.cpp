#include "models/exchange/importresult.h"

#include "models/domain/projectdocument.h"
#include "models/domain/validation.h"
#include "models/edit/edits.h"

#include <QCoreApplication>
#include <QHash>

namespace cc::exchange {

namespace {

struct ExchangeText {
    Q_DECLARE_TR_FUNCTIONS(cc::Exchange)
};

// Gives each value the id it will get and validates it against the project as it
// will be when the values before it are in; the first failure is returned.
template <typename T>
QString stage(Project &staged, QVector<T> &values, const QHash<EntityId, EntityId> &townships)
{
    for (T &v : values) {
        if constexpr (std::is_same_v<T, Facility> || std::is_same_v<T, Settlement>)
            v.townshipId = townships.value(v.townshipId, v.townshipId);
        v.id = nextId<T>(staged);
        if (QString e = validateEntity(v, staged); !e.isEmpty())
            return ExchangeText::tr("\"%1\": %2").arg(v.name, e);
        EntityTraits<T>::table(staged).insert(v.id, v);
    }
    return {};
}

template <typename T> bool push(ProjectDocument &doc, const QVector<T> &values, QString &error)
{
    for (const T &v : values) {
        const edit::EditResult r = edit::add<T>(doc, v);
        if (!r.ok || r.id != v.id) {
            error = r.ok ? ExchangeText::tr("The project changed while importing.") : r.error;
            return false;
        }
    }
    return true;
}

} // namespace

QString ImportProblem::toString() const
{
    switch (where) {
    case Where::Feature:
        return ExchangeText::tr("feature %1: %2").arg(number).arg(reason);
    case Where::Row:
        return ExchangeText::tr("row %1: %2").arg(number).arg(reason);
    case Where::File:
        break;
    }
    return reason;
}

int ImportResult::itemCount() const
{
    return facilities.size() + settlements.size() + roads.size() + (boundary ? 1 : 0);
}

bool ImportResult::canApply() const
{
    return fatalError.isEmpty() && itemCount() > 0 && (problems.isEmpty() || acceptValidRows);
}

QString ImportResult::report(int maxLines) const
{
    if (!fatalError.isEmpty())
        return fatalError;
    QStringList lines;
    for (int i = 0; i < problems.size() && i < maxLines; ++i)
        lines << problems[i].toString();
    const int more = problems.size() - qMin(maxLines, int(problems.size())) + omittedProblems;
    if (more > 0)
        lines << ExchangeText::tr("... and %n more problem(s)", nullptr, more);
    return lines.join(QLatin1Char('\n'));
}

ApplyResult applyImport(ProjectDocument &doc, const ImportResult &result)
{
    ApplyResult out;
    if (!result.fatalError.isEmpty()) {
        out.error = result.fatalError;
        return out;
    }
    if (doc.isReadOnly()) {
        out.error = ExchangeText::tr("The project is open read-only.");
        return out;
    }
    if (result.itemCount() == 0) {
        out.error = ExchangeText::tr("There is nothing valid to import.");
        return out;
    }
    if (!result.problems.isEmpty() && !result.acceptValidRows) {
        out.error = ExchangeText::tr("%n item(s) of the file have problems; nothing was imported.",
                                     nullptr, int(result.problems.size()) + result.omittedProblems);
        return out;
    }

    // Validate everything against the project as it is now (it may have changed
    // since the file was read) before pushing a single command.
    Project staged = doc.project();
    QHash<EntityId, EntityId> townshipIds; // provisional -> id it will get
    QVector<Township> townships = result.newTownships;
    for (Township &t : townships) {
        const EntityId provisional = t.id;
        t.id = nextId<Township>(staged);
        if (QString e = validateEntity(t, staged); !e.isEmpty()) {
            out.error = e;
            return out;
        }
        staged.townships.insert(t.id, t);
        townshipIds.insert(provisional, t.id);
    }
    QVector<Facility> facilities = result.facilities;
    QVector<Settlement> settlements = result.settlements;
    QVector<Road> roads = result.roads;
    QString error = stage(staged, facilities, townshipIds);
    if (error.isEmpty())
        error = stage(staged, settlements, townshipIds);
    if (error.isEmpty())
        error = stage(staged, roads, townshipIds);
    if (error.isEmpty() && result.boundary)
        error = validateBoundary(*result.boundary);
    if (!error.isEmpty()) {
        out.error = error;
        return out;
    }

    bool pushed = true;
    {
        edit::MacroScope macro(doc, ExchangeText::tr("Import %1").arg(layerName(result.layer)));
        pushed = push(doc, townships, error) && push(doc, facilities, error) &&
                 push(doc, settlements, error) && push(doc, roads, error);
        if (pushed && result.boundary) {
            const edit::EditResult r = edit::setBoundary(doc, *result.boundary);
            pushed = r.ok;
            error = r.error;
        }
    }
    if (!pushed) {
        // Unreachable after the validation above unless an edit rule differs from
        // validation.h; take back the half-done step rather than leave it.
        doc.undoStack()->undo();
        out.error = error;
        return out;
    }
    out.ok = true;
    out.added = result.itemCount();
    return out;
}

QString layerCode(Layer layer)
{
    switch (layer) {
    case Layer::Boundary:
        return QStringLiteral("boundary");
    case Layer::Facilities:
        return QStringLiteral("facilities");
    case Layer::Settlements:
        return QStringLiteral("settlements");
    case Layer::Roads:
        return QStringLiteral("roads");
    }
    return {};
}

QString crsCode(const CrsChoice &choice)
{
    switch (choice.crs) {
    case Crs::Auto:
        return QStringLiteral("auto");
    case Crs::Wgs84:
        return QStringLiteral("wgs84");
    case Crs::Gcj02:
        return QStringLiteral("gcj02");
    case Crs::Bd09:
        return QStringLiteral("bd09");
    case Crs::Epsg:
        return QStringLiteral("EPSG:%1").arg(choice.epsg);
    }
    return {};
}

std::optional<CrsChoice> parseCrsCode(const QString &code)
{
    const QString c = code.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (c == QLatin1String("auto") || c == QLatin1String("file"))
        return CrsChoice{Crs::Auto, 0};
    if (c == QLatin1String("wgs84") || c == QLatin1String("gps"))
        return CrsChoice{Crs::Wgs84, 0};
    if (c == QLatin1String("gcj02") || c == QLatin1String("amap") || c == QLatin1String("gaode"))
        return CrsChoice{Crs::Gcj02, 0};
    if (c == QLatin1String("bd09") || c == QLatin1String("bd09ll") || c == QLatin1String("baidu"))
        return CrsChoice{Crs::Bd09, 0};
    if (c.startsWith(QLatin1String("epsg:"))) {
        bool ok = false;
        const int epsg = c.mid(5).toInt(&ok);
        if (!ok || epsg <= 0 || epsg > 999999)
            return std::nullopt;
        if (epsg == 4326)
            return CrsChoice{Crs::Wgs84, 0};
        return CrsChoice{Crs::Epsg, epsg};
    }
    return std::nullopt;
}

std::optional<Layer> layerFromCode(const QString &code)
{
    for (Layer l : {Layer::Boundary, Layer::Facilities, Layer::Settlements, Layer::Roads})
        if (code.trimmed().compare(layerCode(l), Qt::CaseInsensitive) == 0)
            return l;
    return std::nullopt;
}

QString layerName(Layer layer)
{
    switch (layer) {
    case Layer::Boundary:
        return ExchangeText::tr("county boundary");
    case Layer::Facilities:
        return ExchangeText::tr("facilities");
    case Layer::Settlements:
        return ExchangeText::tr("settlements");
    case Layer::Roads:
        return ExchangeText::tr("roads");
    }
    return {};
}

} // namespace cc::exchange
