#include "files/privatefile.h"

#include "files/outputtarget.h"

#include <QDir>
#include <QSaveFile>

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
