#include "models/store/fileidentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

namespace cc::store {

// Translation context of the store (lupdate reads StoreText::tr calls).
class StoreText {
    Q_DECLARE_TR_FUNCTIONS(cc::store)
};

namespace {

#ifndef Q_OS_WIN
void fillFromStat(FileIdentity &id, const struct stat &st)
{
    id.exists = true;
    id.device = static_cast<quint64>(st.st_dev);
    id.inode = static_cast<quint64>(st.st_ino);
    id.size = static_cast<qint64>(st.st_size);
#ifdef Q_OS_DARWIN
    id.modifiedNs = qint64(st.st_mtimespec.tv_sec) * 1000000000 + st.st_mtimespec.tv_nsec;
#else
    id.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
#endif
}
#endif

} // namespace

FileIdentity fileStat(const QString &path)
{
    FileIdentity id;
#ifndef Q_OS_WIN
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        fillFromStat(id, st);
#else
    const QFileInfo info(path);
    if (info.exists()) {
        id.exists = true;
        id.size = info.size();
        id.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
    }
#endif
    return id;
}

FileIdentity fileIdentity(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileStat(path);
    FileIdentity id;
#ifndef Q_OS_WIN
    struct stat st;
    if (::fstat(file.handle(), &st) == 0)
        fillFromStat(id, st);
#else
    id = fileStat(path);
#endif
    const QByteArray header = file.read(28);
    if (header.size() == 28 && header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        id.changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
        id.hasCounter = true;
    }
    return id;
}

bool sameStat(const FileIdentity &a, const FileIdentity &b)
{
    return a.exists == b.exists && a.device == b.device && a.inode == b.inode && a.size == b.size &&
           a.modifiedNs == b.modifiedNs;
}

QString describeChange(const FileIdentity &before, const FileIdentity &now)
{
    if (before == now)
        return {};
    if (!now.exists)
        return StoreText::tr("it was deleted or moved away");
    if (!before.exists)
        return StoreText::tr("another file was put there");
    if (before.device != now.device || before.inode != now.inode)
        return StoreText::tr("it was replaced by another file");
    if (before.size != now.size)
        return StoreText::tr("its size changed from %1 to %2 bytes").arg(before.size).arg(now.size);
    if (before.changeCounter != now.changeCounter || before.hasCounter != now.hasCounter)
        return StoreText::tr("another program saved changes to it");
    return StoreText::tr("it was modified at %1")
        .arg(QDateTime::fromMSecsSinceEpoch(now.modifiedNs / 1000000)
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

} // namespace cc::store
