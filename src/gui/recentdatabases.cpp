#include "recentdatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString RecentKey = QStringLiteral("recentDatabases");
} // namespace

QStringList RecentDatabases::list()
{
    QStringList existing;
    const QStringList saved = QSettings().value(RecentKey).toStringList();
    for (const QString &path : saved) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void RecentDatabases::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(RecentKey).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(RecentKey, paths.mid(0, MaxEntries));
}
