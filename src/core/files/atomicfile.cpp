#include "files/atomicfile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#endif

bool AtomicFile::renameOver(const QString &source, const QString &destination)
{
#ifdef Q_OS_UNIX
    return std::rename(QFile::encodeName(source).constData(),
                       QFile::encodeName(destination).constData()) == 0;
#else
    QFile::remove(destination);
    return QFile::rename(source, destination);
#endif
}

void AtomicFile::syncFolderOf(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                          O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path)
#endif
}
