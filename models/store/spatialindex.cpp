#include "models/store/spatialindex.h"

#include "models/store/sqlitedb.h"

#include <QHash>
#include <QVector>
#include <sqlite3.h>

namespace cc::store {

namespace {

// The spec's templates. <n> is the trigger's name, <r> the rtree table
// rtree_<t>_<c>; both are substituted like <t>, <c> and <i>.
const char *const kVirtualTable =
    "CREATE VIRTUAL TABLE <r> USING rtree(id, minx, maxx, miny, maxy)";

const char *const kInsertIntoRtree =
    "INSERT OR REPLACE INTO <r> VALUES (NEW.<i>, ST_MinX(NEW.<c>), ST_MaxX(NEW.<c>), "
    "ST_MinY(NEW.<c>), ST_MaxY(NEW.<c>));";

struct TriggerTemplate {
    const char *suffix;
    QString sql;
};

const QVector<TriggerTemplate> &triggerTemplates()
{
    static const QVector<TriggerTemplate> templates = [] {
        const QString put = QLatin1String(kInsertIntoRtree);
        const QString whenSet = QStringLiteral("(NEW.<c> NOTNULL AND NOT ST_IsEmpty(NEW.<c>))");
        const QString whenCleared = QStringLiteral("(NEW.<c> ISNULL OR ST_IsEmpty(NEW.<c>))");
        const QString idChanged =
            QStringLiteral("WHEN OLD.<i> != NEW.<i> AND %1 BEGIN DELETE FROM <r> WHERE id = "
                           "OLD.<i>; %2 END")
                .arg(whenSet, put);
        QVector<TriggerTemplate> t;
        t.push_back(
            {"insert", QStringLiteral("CREATE TRIGGER <n> AFTER INSERT ON <t> WHEN (new.<c> "
                                      "NOT NULL AND NOT ST_IsEmpty(NEW.<c>)) BEGIN %1 END")
                           .arg(put)});
        t.push_back({"update1", QStringLiteral("CREATE TRIGGER <n> AFTER UPDATE OF <c> ON <t> WHEN "
                                               "OLD.<i> = NEW.<i> AND %1 BEGIN %2 END")
                                    .arg(whenSet, put)});
        t.push_back({"update2", QStringLiteral("CREATE TRIGGER <n> AFTER UPDATE OF <c> ON <t> WHEN "
                                               "OLD.<i> = NEW.<i> AND %1 BEGIN DELETE FROM <r> "
                                               "WHERE id = OLD.<i>; END")
                                    .arg(whenCleared)});
        // GDAL writes update3 "AFTER UPDATE ON" (a changed id alone must move
        // the entry too); the 1.3 text says "AFTER UPDATE OF <c> ON".
        t.push_back(
            {"update3", QStringLiteral("CREATE TRIGGER <n> AFTER UPDATE ON <t> ") + idChanged});
        t.push_back({"update3",
                     QStringLiteral("CREATE TRIGGER <n> AFTER UPDATE OF <c> ON <t> ") + idChanged});
        t.push_back(
            {"update4", QStringLiteral("CREATE TRIGGER <n> AFTER UPDATE ON <t> WHEN OLD.<i> "
                                       "!= NEW.<i> AND %1 BEGIN DELETE FROM <r> WHERE id "
                                       "IN (OLD.<i>, NEW.<i>); END")
                            .arg(whenCleared)});
        // GeoPackage 1.4 replaces update1 and update3 by these three.
        t.push_back(
            {"update5", QStringLiteral("CREATE TRIGGER <n> AFTER UPDATE ON <t> ") + idChanged});
        t.push_back({"update6",
                     QStringLiteral("CREATE TRIGGER <n> AFTER UPDATE OF <c> ON <t> WHEN OLD.<i> = "
                                    "NEW.<i> AND %1 AND (OLD.<c> NOTNULL AND NOT "
                                    "ST_IsEmpty(OLD.<c>)) BEGIN UPDATE <r> SET minx = "
                                    "ST_MinX(NEW.<c>), maxx = ST_MaxX(NEW.<c>), miny = "
                                    "ST_MinY(NEW.<c>), maxy = ST_MaxY(NEW.<c>) WHERE id = NEW.<i>; "
                                    "END")
                         .arg(whenSet)});
        t.push_back({"update7",
                     QStringLiteral("CREATE TRIGGER <n> AFTER UPDATE OF <c> ON <t> WHEN OLD.<i> = "
                                    "NEW.<i> AND %1 AND (OLD.<c> ISNULL OR ST_IsEmpty(OLD.<c>)) "
                                    "BEGIN INSERT INTO <r> VALUES (NEW.<i>, ST_MinX(NEW.<c>), "
                                    "ST_MaxX(NEW.<c>), ST_MinY(NEW.<c>), ST_MaxY(NEW.<c>)); END")
                         .arg(whenSet)});
        t.push_back({"delete", QStringLiteral("CREATE TRIGGER <n> AFTER DELETE ON <t> WHEN old.<c> "
                                              "NOT NULL BEGIN DELETE FROM <r> WHERE id = OLD.<i>; "
                                              "END")});
        return t;
    }();
    return templates;
}

// What GeoPackage 1.3 (and GDAL 3.6) create.
const char *const kCreatedSuffixes[] = {"insert",  "update1", "update2",
                                        "update3", "update4", "delete"};

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString substitute(QString sql, const SpatialIndex &index, const QString &triggerName)
{
    sql.replace(QLatin1String("<n>"), quoted(triggerName));
    sql.replace(QLatin1String("<r>"), quoted(index.name()));
    sql.replace(QLatin1String("<t>"), quoted(index.table));
    sql.replace(QLatin1String("<c>"), quoted(index.column));
    sql.replace(QLatin1String("<i>"), quoted(index.idColumn));
    return sql;
}

// ---- comparing SQL token by token ----------------------------------------

enum class Kind { Word, QuotedIdentifier, String, Number, Symbol };

struct Token {
    Kind kind;
    QString text; // words and identifiers folded to ASCII lower case
};

QString foldAscii(QString s)
{
    for (QChar &c : s)
        if (c.unicode() < 128)
            c = c.toLower();
    return s;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$') ||
           c.unicode() >= 128;
}

// Splits SQL into tokens as SQLite's tokenizer would, without comments and
// whitespace; an unterminated quote or comment gives no tokens at all.
bool tokenize(const QString &sql, QVector<Token> *out)
{
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            if (end < 0)
                return false;
            i = end + 2;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') ||
                   c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            QString text;
            ++i;
            for (;;) {
                if (i >= n)
                    return false;
                if (sql.at(i) == close) {
                    // A doubled quote stands for itself (not for brackets).
                    if (close != QLatin1Char(']') && i + 1 < n && sql.at(i + 1) == close) {
                        text += close;
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                text += sql.at(i++);
            }
            if (c == QLatin1Char('\''))
                out->push_back({Kind::String, text});
            else
                out->push_back({Kind::QuotedIdentifier, foldAscii(text)});
        } else if (c.isDigit()) {
            const qsizetype start = i;
            while (i < n && (sql.at(i).isLetterOrNumber() || sql.at(i) == QLatin1Char('.')))
                ++i;
            out->push_back({Kind::Number, sql.mid(start, i - start)});
        } else if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < n && isWordChar(sql.at(i)))
                ++i;
            out->push_back({Kind::Word, foldAscii(sql.mid(start, i - start))});
        } else {
            static const char *const pairs[] = {"!=", "<>", "==", "<=", ">=", "||", "<<", ">>"};
            QString symbol(c);
            for (const char *p : pairs)
                if (i + 1 < n && sql.at(i) == QLatin1Char(p[0]) &&
                    sql.at(i + 1) == QLatin1Char(p[1]))
                    symbol = QLatin1String(p);
            i += symbol.size();
            out->push_back({Kind::Symbol, symbol});
        }
    }
    // sqlite_master keeps the statement without its final semicolon; the templates have none.
    while (!out->isEmpty() && out->back().kind == Kind::Symbol &&
           out->back().text == QLatin1String(";"))
        out->removeLast();
    return true;
}

// Template identifiers (substituted names, quoted) match a name written bare or
// quoted; so do the rtree's column names. Every other word of the template is
// SQL and must be the same bare word: a quoted "NOT" is a name, not NOT.
bool sameToken(const Token &expected, const Token &actual)
{
    static const QStringList rtreeColumns{QStringLiteral("id"), QStringLiteral("minx"),
                                          QStringLiteral("maxx"), QStringLiteral("miny"),
                                          QStringLiteral("maxy")};
    const bool expectedName = expected.kind == Kind::QuotedIdentifier ||
                              (expected.kind == Kind::Word && rtreeColumns.contains(expected.text));
    if (expectedName)
        return (actual.kind == Kind::Word || actual.kind == Kind::QuotedIdentifier) &&
               actual.text == expected.text;
    return actual.kind == expected.kind && actual.text == expected.text;
}

bool sameSql(const QString &expected, const QString &actual)
{
    QVector<Token> want, have;
    if (!tokenize(expected, &want) || !tokenize(actual, &have) || want.size() != have.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i)
        if (!sameToken(want.at(i), have.at(i)))
            return false;
    return true;
}

// gpkg_extensions as GeoPackage 1.3 defines it (Annex C, table 17), for a file
// that has no extension yet.
const char *const kExtensionsTable =
    "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
    "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
    "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))";

// The first step of a query with `first` and `second` bound to ?1 and ?2:
// SQLITE_ROW, SQLITE_DONE or the error.
int firstRow(SqliteDb &db, const char *sql, const QString &first, const QString &second)
{
    SqliteStatement query(db, sql);
    if (!query.isValid())
        return query.prepareCode();
    query.bind(1, first);
    query.bind(2, second);
    return query.step();
}

QString execSql(SqliteDb &db, const QString &sql)
{
    return db.exec(sql.toUtf8().constData()) == SQLITE_OK ? QString() : db.errorMessageWithReason();
}

} // namespace

QVector<SchemaStatement> spatialIndexSql(const SpatialIndex &index)
{
    QVector<SchemaStatement> sql{
        {index.name(), substitute(QLatin1String(kVirtualTable), index, {})}};
    for (const char *suffix : kCreatedSuffixes) {
        const QString name = index.name() + QLatin1Char('_') + QLatin1String(suffix);
        for (const TriggerTemplate &t : triggerTemplates())
            if (qstrcmp(t.suffix, suffix) == 0) {
                sql.push_back({name, substitute(t.sql, index, name)});
                break; // update3: the first (GDAL's) form
            }
    }
    return sql;
}

QString keepSpatialIndex(SqliteDb &db, const SpatialIndex &index)
{
    const QVector<SchemaStatement> statements = spatialIndexSql(index);
    {
        SqliteStatement table(db, "SELECT sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master "
                                  "WHERE type = 'table' AND name = ?1 COLLATE NOCASE");
        if (!table.isValid())
            return db.errorMessageWithReason();
        table.bind(1, index.name());
        const int rc = table.step();
        if (rc == SQLITE_ROW && table.int64(0) == 0)
            return {};
        if (rc == SQLITE_DONE) {
            if (QString e = execSql(db, statements.first().sql); !e.isEmpty())
                return e;
        } else if (rc != SQLITE_ROW) {
            return db.errorMessageWithReason();
        }
    }
    const int triggers =
        firstRow(db,
                 "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?1 COLLATE "
                 "NOCASE AND lower(substr(name, 1, length(?2))) = lower(?2)",
                 index.table, index.name() + QLatin1Char('_'));
    if (triggers == SQLITE_DONE) {
        for (qsizetype i = 1; i < statements.size(); ++i)
            if (QString e = execSql(db, statements.at(i).sql); !e.isEmpty())
                return e;
    } else if (triggers != SQLITE_ROW) {
        return db.errorMessageWithReason();
    }
    if (QString e = execSql(db, QLatin1String(kExtensionsTable)); !e.isEmpty())
        return e;
    SqliteStatement registration(
        db, "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, "
            "scope) SELECT ?1, ?2, ?3, ?4, 'write-only' WHERE NOT EXISTS (SELECT 1 FROM "
            "gpkg_extensions WHERE lower(table_name) = lower(?1) AND lower(column_name) = "
            "lower(?2) AND extension_name = ?3)");
    if (!registration.isValid())
        return db.errorMessageWithReason();
    registration.bind(1, index.table);
    registration.bind(2, index.column);
    registration.bind(3, QString::fromLatin1(kRtreeExtension));
    registration.bind(4, QString::fromLatin1(kRtreeDefinition));
    if (registration.execute() != SQLITE_OK)
        return db.errorMessageWithReason();
    // In step with the layer: entries of features that are gone (or have no
    // geometry) go, and a feature gets its envelope written when its entry
    // does not hold it already. The R*Tree keeps 32-bit floats, rounded
    // outwards: an entry is the feature's when it contains the envelope and
    // each bound lies within 3e-7 times the coordinate of it (two float
    // steps). A save that moved nothing
    // writes nothing, so saving a big county costs one pass over the layer,
    // not a rebuild of its index.
    const QString features =
        QStringLiteral("SELECT %1 AS k, ST_MinX(%2) AS x0, ST_MaxX(%2) AS x1, ST_MinY(%2) AS y0, "
                       "ST_MaxY(%2) AS y1 FROM %3 WHERE %2 NOT NULL AND NOT ST_IsEmpty(%2)")
            .arg(quoted(index.idColumn), quoted(index.column), quoted(index.table));
    const QString near = QStringLiteral("abs(%1 - %2) <= 3e-7 * abs(%2)");
    const QString holds =
        QStringLiteral("r.id = f.k AND r.minx <= f.x0 AND r.maxx >= f.x1 AND r.miny <= f.y0 AND "
                       "r.maxy >= f.y1 AND %1 AND %2 AND %3 AND %4")
            .arg(near.arg(QStringLiteral("r.minx"), QStringLiteral("f.x0")),
                 near.arg(QStringLiteral("r.maxx"), QStringLiteral("f.x1")),
                 near.arg(QStringLiteral("r.miny"), QStringLiteral("f.y0")),
                 near.arg(QStringLiteral("r.maxy"), QStringLiteral("f.y1")));
    // The entries to write are listed first: the R*Tree refuses a write
    // while a statement still reads it ("database table is locked").
    return execSql(
        db, QStringLiteral("DELETE FROM %1 WHERE NOT EXISTS (SELECT 1 FROM %4 WHERE %5 = %1.id "
                           "AND %6 NOT NULL AND NOT ST_IsEmpty(%6));"
                           "CREATE TEMP TABLE cc_stale_envelopes AS SELECT k, x0, x1, y0, y1 "
                           "FROM (%2) AS f WHERE NOT EXISTS (SELECT 1 FROM %1 AS r WHERE %3);"
                           "INSERT OR REPLACE INTO %1 (id, minx, maxx, miny, maxy) SELECT * FROM "
                           "temp.cc_stale_envelopes;"
                           "DROP TABLE temp.cc_stale_envelopes")
                .arg(quoted(index.name()), features, holds, quoted(index.table),
                     quoted(index.idColumn), quoted(index.column)));
}

bool isFeatureCountTrigger(const QString &table, const QString &name, const QString &sql)
{
    const struct {
        const char *verb, *event, *sign;
    } kinds[] = {{"insert", "INSERT", "+"}, {"delete", "DELETE", "-"}};
    for (const auto &kind : kinds) {
        if (foldAscii(name) !=
            foldAscii(QStringLiteral("trigger_%1_feature_count_").arg(QLatin1String(kind.verb)) +
                      table))
            continue;
        QString literal = table;
        literal.replace(QLatin1Char('\''), QLatin1String("''"));
        QString expected = substitute(
            QStringLiteral("CREATE TRIGGER <n> AFTER %1 ON <t> BEGIN UPDATE gpkg_ogr_contents SET "
                           "feature_count = feature_count %2 1 WHERE lower(table_name) = "
                           "lower(<l>); END")
                .arg(QLatin1String(kind.event), QLatin1String(kind.sign)),
            SpatialIndex{table, {}, {}}, name);
        expected.replace(QLatin1String("<l>"), QLatin1Char('\'') + literal + QLatin1Char('\''));
        if (sameSql(expected, sql))
            return true;
    }
    return false;
}

bool isSpatialIndexTable(const SpatialIndex &index, const QString &sql)
{
    return sameSql(substitute(QLatin1String(kVirtualTable), index, {}), sql);
}

bool isSpatialIndexTrigger(const SpatialIndex &index, const QString &name, const QString &sql)
{
    const QString prefix = index.name() + QLatin1Char('_');
    if (!foldAscii(name).startsWith(foldAscii(prefix)))
        return false;
    const QString suffix = foldAscii(name.mid(prefix.size()));
    for (const TriggerTemplate &t : triggerTemplates())
        if (suffix == QLatin1String(t.suffix) && sameSql(substitute(t.sql, index, name), sql))
            return true;
    return false;
}

} // namespace cc::store
