#include "files/fileaccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
bool accessible(const QString &path, bool write)
{
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(path).constData(), write ? W_OK : R_OK) == 0;
#else
    const QFileInfo info(path);
    return write ? info.isWritable() : info.isReadable();
#endif
}

constexpr QFileDevice::Permissions AnyWrite =
    QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
} // namespace

bool FileAccess::canWrite(const QFileInfo &file)
{
    return accessible(file.absoluteFilePath(), true) && canWriteBeside(file);
}

bool FileAccess::canWriteBeside(const QFileInfo &file)
{
    return accessible(file.absolutePath(), true);
}

bool FileAccess::nobodyWrites(const QFileInfo &file)
{
    return (file.permissions() & AnyWrite) == 0;
}

QString FileAccess::modeText(QFileDevice::Permissions permissions)
{
    using P = QFileDevice;
    const P::Permission bits[] = {P::ReadOwner, P::WriteOwner, P::ExeOwner,
                                  P::ReadGroup, P::WriteGroup, P::ExeGroup,
                                  P::ReadOther, P::WriteOther, P::ExeOther};
    const char letters[] = "rwxrwxrwx";
    QString text;
    for (int i = 0; i < 9; ++i)
        text += permissions.testFlag(bits[i]) ? QLatin1Char(letters[i]) : QLatin1Char('-');
    return text;
}

QString FileAccess::problem(const QFileInfo &file, bool writes)
{
    const QString mode = modeText(file.permissions());
    if (!accessible(file.absoluteFilePath(), false))
        return tr("you do not have permission to read it (%1, owned by %2). The file was left "
                  "unchanged.")
            .arg(mode, file.owner());
    if (!writes)
        return {};
    if (!accessible(file.absoluteFilePath(), true))
        return tr("it is read-only for you (%1, owned by %2). Nothing was changed. Make it "
                  "writable (chmod u+w) or ask its owner.")
            .arg(mode, file.owner());
    const bool companionsExist =
        QFileInfo::exists(file.absoluteFilePath() + QLatin1String("-wal")) &&
        QFileInfo::exists(file.absoluteFilePath() + QLatin1String("-shm"));
    if (!companionsExist && !accessible(file.absolutePath(), true))
        return tr("you cannot write in its folder %1, where SQLite keeps the file's "
                  "write-ahead log (%2-wal). Nothing was changed. Move the file to a folder you "
                  "can write, or ask for write permission on this one.")
            .arg(QDir::toNativeSeparators(file.absolutePath()), file.fileName());
    return {};
}

void FileAccess::keepNewFilesPrivate()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

void FileAccess::repairCompanions(const QFileInfo &file)
{
#ifdef Q_OS_UNIX
    for (const char *suffix : {"-wal", "-shm"}) {
        const QFileInfo companion(file.absoluteFilePath() + QLatin1String(suffix));
        if (companion.exists() && companion.ownerId() == ::getuid() &&
            !accessible(companion.absoluteFilePath(), true))
            QFile::setPermissions(companion.absoluteFilePath(), file.permissions());
    }
#else
    Q_UNUSED(file)
#endif
}
