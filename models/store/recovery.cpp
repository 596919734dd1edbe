#include "models/store/recovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cc::store {

QString recoveryPathFor(const QString &projectPath, const QString &untitledFolder)
{
    if (projectPath.isEmpty())
        return QDir(untitledFolder).filePath(QStringLiteral("untitled.ccplan-autosave"));
    const QFileInfo info(projectPath);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QLatin1String("-autosave"));
}

SaveResult writeRecoveryFile(const Project &project, const QString &recoveryPath)
{
    QDir().mkpath(QFileInfo(recoveryPath).absolutePath());
    return saveProjectAs(project, recoveryPath);
}

LoadResult loadRecoveryFile(const QString &recoveryPath)
{
    return loadProject(recoveryPath);
}

bool removeRecoveryFile(const QString &recoveryPath)
{
    return !QFile::exists(recoveryPath) || QFile::remove(recoveryPath);
}

bool hasNewerRecoveryFile(const QString &projectPath, const QString &recoveryPath)
{
    const QFileInfo recovery(recoveryPath);
    if (!recovery.exists())
        return false;
    if (projectPath.isEmpty())
        return true;
    const QFileInfo project(projectPath);
    return !project.exists() || recovery.lastModified() >= project.lastModified();
}

} // namespace cc::store
