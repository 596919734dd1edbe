// Writes the seed corpus of fuzz_project: small valid project files of the
// current schema (a full small project, a minimal one, a bigger one with many
// settlements) and one of the older version-1 layout (tests/data/project_v1.sql),
// so the fuzzer starts from files the loader accepts and mutates them.
//   fuzz_make_seeds OUTPUT_DIR
#include "models/store/projectstore.h"
#include "tests/gpkgsqlite.h"
#include "tests/testproject.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <sqlite3.h>

using namespace cc;

namespace {

bool save(const Project &p, const QString &path)
{
    QFile::remove(path);
    const store::SaveResult r = store::saveProjectAs(p, path);
    if (!r.ok)
        std::fprintf(stderr, "%s\n", r.message.toUtf8().constData());
    return r.ok && store::loadProject(path).ok();
}

bool writeV1(const QString &path)
{
    QFile script(QStringLiteral(COUNTYCARE_TEST_DATA "/project_v1.sql"));
    if (!script.open(QIODevice::ReadOnly))
        return false;
    const QByteArray sql = script.readAll();
    QFile::remove(path);
    sqlite3 *db = nullptr;
    bool ok = test::openGeoPackage(path, &db) == SQLITE_OK &&
              sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok && store::loadProject(path).ok();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(out.path()))
        return 1;

    const Project small = test::smallProject();
    Project minimal;
    minimal.title = QStringLiteral("minimal");
    Scenario base;
    base.id = 1;
    base.name = QStringLiteral("baseline");
    base.schedule = {PolicyEntry::initial()};
    minimal.scenarios.insert(base.id, base);
    Project bigger = small;
    for (int i = 0; i < 60; ++i) {
        Settlement s = small.settlements.value(2);
        s.id = 10 + i;
        s.name = QStringLiteral("村%1").arg(i);
        s.position.lon += (i % 10) * 0.01;
        s.position.lat += (i / 10) * 0.01;
        bigger.settlements.insert(s.id, s);
    }

    const bool ok = save(small, out.filePath(QStringLiteral("small.ccplan"))) &&
                    save(minimal, out.filePath(QStringLiteral("minimal.ccplan"))) &&
                    save(bigger, out.filePath(QStringLiteral("bigger.ccplan"))) &&
                    writeV1(out.filePath(QStringLiteral("version1.ccplan")));
    if (!ok) {
        std::fprintf(stderr, "fuzz_make_seeds: could not write the seeds\n");
        return 1;
    }
    std::printf("seeds written to %s\n", argv[1]);
    return 0;
}
