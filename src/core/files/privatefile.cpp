#include "files/privatefile.h"

#include "files/outputtarget.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>

namespace {
// Less room than this left on the disk after a failed write: it failed because the disk is full.
constexpr qint64 MinimumFree = 64 * 1024;
} // namespace

Status PrivateFile::write(const QString &path, const QByteArray &contents,
                          const QString &databasePath)
{
    if (Status allowed = OutputTarget::check(path, databasePath); !allowed)
        return allowed;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OutputTarget::PrivateMode) ||
        file.write(contents) != contents.size() || !file.commit())
        return Error{tr("Cannot write %1: %2. Nothing was written.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    return {};
}

QString PrivateFile::whyWriteFailed(const QIODevice &device, int systemError, const QString &path)
{
    if (systemError == ENOSPC || systemError == EDQUOT)
        return tr("the disk is full");
    if (!path.isEmpty()) {
        // QSaveFile::commit() loses errno on its way out: ask the disk.
        const QStorageInfo disk(QFileInfo(path).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() < MinimumFree)
            return tr("the disk is full");
    }
    const QString reported = device.errorString();
    if (!reported.isEmpty() && reported != QLatin1String("Unknown error"))
        return reported;
    if (systemError != 0)
        return qt_error_string(systemError);
    return tr("the system gave no reason");
}

Result<qint64> PrivateFile::stream(const QString &path, const QString &databasePath,
                                   const Writer &write, const std::function<Status()> &beforeCommit)
{
    if (Status allowed = OutputTarget::check(path, databasePath); !allowed)
        return allowed.error();
    const QString name = QDir::toNativeSeparators(path);
    const auto failed = [&name](const QString &why) {
        return Error{tr("Cannot write %1: %2. Nothing was written; a file that was there before "
                        "is left as it was.")
                         .arg(name, why),
                     {}};
    };
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return failed(whyWriteFailed(file, errno, path));
    if (!file.setPermissions(OutputTarget::PrivateMode))
        return failed(file.errorString());
    QString deviceFailure;
    const auto written = write(&file, &deviceFailure);
    if (!written) {
        file.cancelWriting();
        return deviceFailure.isEmpty() ? written : failed(deviceFailure);
    }
    // Qt 6.4's QSaveFile::commit() does not look at the error of its own last flush: a disk
    // that filled up under the last buffered bytes got a cut-off file renamed over the old one,
    // and the export said it had written every row. Flush first, and keep the old file.
    errno = 0;
    if (!file.flush()) {
        const QString why = whyWriteFailed(file, errno, path);
        file.cancelWriting();
        return failed(why);
    }
    if (Status ready = beforeCommit(); !ready) {
        file.cancelWriting();
        return ready.error();
    }
    errno = 0;
    if (!file.commit())
        return failed(whyWriteFailed(file, errno, path));
    return written;
}
