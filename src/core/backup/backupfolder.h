#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

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

    // The settings (backups/folder, backups/keep-daily, -weekly, -monthly).
    static QString configuredFolder();
    static Rotation configuredRotation();
    static void configure(const QString &folder, const Rotation &rotation);

private:
    QString m_databasePath;
    QString m_folder;
};
