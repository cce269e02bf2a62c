#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// What a database file holds, read on a connection of its own with SQLite's default VFS: its
// integrity, its schema version, and the rows of every table (counted, and a digest of their
// values, in any order). Two states are equal when they hold the same rows.
struct FileState
{
    QString error;     // why the file could not be read; empty when it was
    QString integrity; // PRAGMA integrity_check: "ok", or its first problems
    int userVersion = 0;
    QMap<QString, int> rows;
    QMap<QString, QByteArray> digests;

    // `leftOut`: columns ("table.column") whose values the digests leave out, for a value that
    // two runs of the same work write differently (the time of an audit record).
    static FileState of(const QString &path, const QStringList &leftOut = {});
    // The same state without these tables (the audit trail, where a step adds its own record).
    FileState without(const QStringList &tables) const
    {
        FileState rest = *this;
        for (const QString &table : tables) {
            rest.rows.remove(table);
            rest.digests.remove(table);
        }
        return rest;
    }

    bool operator==(const FileState &other) const
    {
        return userVersion == other.userVersion && rows == other.rows && digests == other.digests;
    }
    bool operator!=(const FileState &other) const { return !(*this == other); }
    // The tables whose rows differ from `other`'s, with both counts, for a failure message.
    QString differences(const FileState &other) const;
};
