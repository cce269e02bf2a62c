#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

// Where a database's automatic and manual backups live, what is there, and which are kept.
// By default a backups/ folder beside the database; the settings (shared by the desktop program
// and the command line) may name another. Each backup is named after its database, the UTC time
// it was made and why: admissions-desk-20261206-142501-daily.sqlite.
class BackupFolder
{
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)

public:
    struct Rotation
    {
        int daily = 7;   // the newest backup of each of the last N days that have one
        int weekly = 4;  // … of each of the last N ISO weeks
        int monthly = 6; // … of each of the last N months

        // The longest the rotation keeps a backup, and so the longest a backup made before a
        // privacy erase keeps the erased person: the oldest period it keeps, and a day more.
        int longestKeptDays() const { return std::max({daily, weekly * 7, monthly * 31}) + 1; }
    };

    struct Entry
    {
        QString path;
        QDateTime madeAt; // UTC
        QString reason;   // daily, manual, before-upgrade-vN, before-restore
        qint64 bytes = 0;
    };

    // An automatic backup is due once the newest one is this old.
    static constexpr qint64 DailyIntervalSecs = 24 * 60 * 60;

    explicit BackupFolder(QString databasePath);

    // The folder from the settings (backups/folder), else backups/ beside the database.
    QString path() const { return m_folder; }
    // Makes the folder (0700: backups hold personal data) when it is missing.
    Status create() const;
    // A new backup's path in the folder, made at `at` for `reason`.
    QString pathFor(const QDateTime &at, const QString &reason) const;
    // This database's backups, newest first.
    QList<Entry> list() const;
    bool isDue(const QDateTime &now) const;
    // Deletes the backups the rotation does not keep, never one made before an upgrade; returns
    // the paths deleted.
    Result<QStringList> rotate(const Rotation &rotation) const;

    // Deletes every backup made before `cutoff`, those made before an upgrade included, even
    // when the rotation would keep it (its periods have no newer one): no backup outlives the
    // rotation's longestKeptDays(). Returns the paths deleted.
    Result<QStringList> deleteMadeBefore(const QDateTime &cutoff) const;

    // After a backup into the folder: the configured rotation, then every backup older than
    // its longestKeptDays() at `now`. Returns the paths deleted.
    Result<QStringList> tidy(const QDateTime &now) const;

    // The settings (backups/folder, backups/keep-daily, -weekly, -monthly).
    static QString configuredFolder();
    static Rotation configuredRotation();
    static void configure(const QString &folder, const Rotation &rotation);

private:
    // Deletes the entries `goes` picks; returns their paths.
    static Result<QStringList> remove(const QList<Entry> &entries,
                                      const std::function<bool(const Entry &)> &goes);

    QString m_databasePath;
    QString m_folder;
};
