#include "files/outputtarget.h"

#include "files/sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {
// The path with its folder resolved, whether or not the file itself exists yet. A symbolic
// link to a file that is not there (yet) is followed too: writing through it makes that file.
QString canonical(const QString &path)
{
    QFileInfo info(path);
    for (int depth = 0; depth < 40 && info.isSymLink() && !info.exists(); ++depth)
        info.setFile(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

bool sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat sa;
    struct stat sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
        ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    return canonical(a) == canonical(b);
}

} // namespace

Status OutputTarget::check(const QString &outputPath, const QString &databasePath)
{
    const QString output = QDir::toNativeSeparators(outputPath);
    const QString database = QDir::toNativeSeparators(databasePath);
    const auto refuse = [&output](const QString &why) {
        return Error{tr("Will not write %1: %2 Nothing was written; choose another file name.")
                         .arg(output, why),
                     {}};
    };
    if (!databasePath.isEmpty()) {
        if (sameFile(outputPath, databasePath))
            return refuse(tr("it is the database %1 itself.").arg(database));
        const QList<std::pair<const char *, QString>> companions = {
            {"-wal", tr("it is the write-ahead log of the database %1, which holds its latest "
                        "changes.")},
            {"-shm", tr("it is the shared-memory index of the database %1.")},
            {"-journal", tr("it is the rollback journal of the database %1.")}};
        for (const auto &[suffix, why] : companions) {
            if (sameFile(outputPath, databasePath + QLatin1String(suffix)))
                return refuse(why.arg(database));
        }
    }
    if (SqliteFile::hasHeader(outputPath))
        return refuse(tr("it is an SQLite database (a backup, or another program's data), which "
                         "an output never replaces."));
    return {};
}
