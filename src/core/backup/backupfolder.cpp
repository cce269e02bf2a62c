#include "backup/backupfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

#include <algorithm>

namespace {
const QString FolderKey = QStringLiteral("backups/folder");
const QString DailyKey = QStringLiteral("backups/keep-daily");
const QString WeeklyKey = QStringLiteral("backups/keep-weekly");
const QString MonthlyKey = QStringLiteral("backups/keep-monthly");
const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmss");
} // namespace

BackupFolder::BackupFolder(QString databasePath) : m_databasePath(std::move(databasePath))
{
    const QString configured = configuredFolder();
    m_folder = configured.isEmpty()
                   ? QFileInfo(m_databasePath).absolutePath() + QStringLiteral("/backups")
                   : QDir(configured).absolutePath();
}

Status BackupFolder::create() const
{
    if (QFileInfo(m_folder).isDir())
        return {};
    if (!QDir().mkpath(m_folder) ||
        !QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner))
        return Error{
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_folder)), {}};
    return {};
}

QString BackupFolder::pathFor(const QDateTime &at, const QString &reason) const
{
    const QString stem =
        QDir(m_folder).filePath(QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-') +
                                at.toUTC().toString(TimeFormat));
    QString path = stem + QLatin1Char('-') + reason + QStringLiteral(".sqlite");
    // Two backups within a second: the second is numbered.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QLatin1Char('-') + reason + QLatin1Char('-') + QString::number(n) +
               QStringLiteral(".sqlite");
    return path;
}

QList<BackupFolder::Entry> BackupFolder::list() const
{
    // A second backup within the same second is numbered (pathFor): -manual-2.sqlite is newer
    // than -manual.sqlite, though it sorts before it by name.
    const QRegularExpression name(
        QStringLiteral("^%1-(\\d{8}-\\d{6})-([a-z0-9-]+?)(?:-(\\d+))?\\.sqlite$")
            .arg(QRegularExpression::escape(QFileInfo(m_databasePath).completeBaseName())));
    QList<std::pair<Entry, int>> found; // with its number within its second
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(match.captured(1), TimeFormat);
        at.setTimeSpec(Qt::UTC);
        found.append({{file.absoluteFilePath(), at, match.captured(2), file.size()},
                      match.captured(3).toInt()});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        if (a.first.madeAt != b.first.madeAt)
            return a.first.madeAt > b.first.madeAt;
        return a.second != b.second ? a.second > b.second : a.first.path > b.first.path;
    });
    QList<Entry> entries;
    entries.reserve(found.size());
    for (const auto &numbered : found)
        entries.append(numbered.first);
    return entries;
}

bool BackupFolder::isDue(const QDateTime &now) const
{
    const QList<Entry> entries = list();
    return entries.isEmpty() || entries.first().madeAt.secsTo(now) >= DailyIntervalSecs;
}

Result<QStringList> BackupFolder::rotate(const Rotation &rotation) const
{
    const QList<Entry> entries = list();
    QSet<QString> kept;
    // The newest backup of each of the `count` most recent periods (in local time) that have one.
    const auto keepNewestOf = [&entries, &kept](int count, auto periodOf) {
        QSet<qint64> periods;
        for (const Entry &entry : entries) {
            const qint64 period = periodOf(entry.madeAt.toLocalTime().date());
            if (periods.contains(period))
                continue;
            if (periods.size() >= count)
                break;
            periods.insert(period);
            kept.insert(entry.path);
        }
    };
    keepNewestOf(std::max(rotation.daily, 1), [](const QDate &d) { return d.toJulianDay(); });
    keepNewestOf(rotation.weekly, [](const QDate &d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestOf(rotation.monthly,
                 [](const QDate &d) { return qint64(d.year()) * 12 + d.month(); });

    // The copy that can undo an upgrade stays until it is too old (deleteMadeBefore).
    return remove(entries, [&kept](const Entry &entry) {
        return !kept.contains(entry.path) &&
               !entry.reason.startsWith(QLatin1String("before-upgrade"));
    });
}

Result<QStringList> BackupFolder::deleteMadeBefore(const QDateTime &cutoff) const
{
    return remove(list(), [&cutoff](const Entry &entry) { return entry.madeAt < cutoff; });
}

Result<QStringList> BackupFolder::tidy(const QDateTime &now) const
{
    const Rotation rotation = configuredRotation();
    auto rotated = rotate(rotation);
    if (!rotated)
        return rotated;
    auto tooOld = deleteMadeBefore(now.addDays(-rotation.longestKeptDays()));
    if (!tooOld)
        return tooOld;
    return rotated.value() + tooOld.value();
}

Result<QStringList> BackupFolder::remove(const QList<Entry> &entries,
                                         const std::function<bool(const Entry &)> &goes)
{
    QStringList deleted;
    for (const Entry &entry : entries) {
        if (!goes(entry))
            continue;
        if (!QFile::remove(entry.path))
            return Error{
                tr("Cannot delete the old backup %1.").arg(QDir::toNativeSeparators(entry.path)),
                {}};
        deleted << entry.path;
    }
    return deleted;
}

QString BackupFolder::configuredFolder()
{
    return QSettings().value(FolderKey).toString();
}

BackupFolder::Rotation BackupFolder::configuredRotation()
{
    const QSettings settings;
    const Rotation defaults;
    return Rotation{settings.value(DailyKey, defaults.daily).toInt(),
                    settings.value(WeeklyKey, defaults.weekly).toInt(),
                    settings.value(MonthlyKey, defaults.monthly).toInt()};
}

void BackupFolder::configure(const QString &folder, const Rotation &rotation)
{
    QSettings settings;
    if (folder.isEmpty())
        settings.remove(FolderKey);
    else
        settings.setValue(FolderKey, QDir(folder).absolutePath());
    settings.setValue(DailyKey, rotation.daily);
    settings.setValue(WeeklyKey, rotation.weekly);
    settings.setValue(MonthlyKey, rotation.monthly);
}
