// libFuzzer target: the project loader (models/store). The input is written to
// a temporary .ccplan file and opened with store::loadProject, as a file a
// colleague emailed would be. The loader must either refuse it with a message
// or return a valid project; a project it returns must save and load back
// equal.
#include "models/store/projectstore.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

using namespace cc;

namespace {

void removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/cc-fuzz-project-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("input.ccplan"));
    const QString copy = dir.filePath(QStringLiteral("saved.ccplan"));
    removeFiles(path);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            fuzz::require(false, "cannot write the temporary file");
        f.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    const store::LoadResult loaded = store::loadProject(path);
    removeFiles(path);
    if (!loaded.ok()) {
        fuzz::require(!loaded.message.isEmpty(), "refused without a message");
        return 0;
    }
    fuzz::requireValid(loaded.project, "the loader returned an invalid project:");
    removeFiles(copy);
    const store::SaveResult saved = store::saveProjectAs(loaded.project, copy);
    fuzz::require(saved.ok, "a loaded project does not save:", saved.message);
    const store::LoadResult again = store::loadProject(copy);
    removeFiles(copy);
    fuzz::require(again.ok(), "a saved project does not load:", again.message);
    fuzz::require(again.project == loaded.project, "save and load changed the project");
    return 0;
}
