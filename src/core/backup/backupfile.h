#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

// One backup copy of a database file: made from a live connection while other connections read
// and write (SQLite's online backup API, inside one read transaction, so the copy is one
// consistent moment), written 0600 under a temporary name, and renamed into place only once it
// has been reopened, recognised, quick_checked and found to hold as many rows in every table as
// the database did at that moment. The copy is a single file (rollback journal, no -wal).
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    // Rows per table, by table name, in name order.
    using RowCounts = QList<std::pair<QString, qint64>>;

    struct Contents
    {
        int schemaVersion = 0;
        RowCounts rows;
        // The last record of its audit trail (AuditAnchor): id 0 when it has none.
        qint64 auditHeadId = 0;
        QByteArray auditHeadHash;
        qint64 applications() const;
    };

    // Pages copied so far and in all; returning false cancels (nothing is left behind).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Copies the database open on `connectionName` to `destination` (never over the database,
    // its companions or another SQLite file: OutputTarget).
    static Result<Contents> write(const QString &connectionName, const QString &destination,
                                  const Progress &progress = {});
    // How much inspect() reads: the header alone (a moment), or the whole file (seconds).
    enum class Depth
    {
        Header,
        Whole
    };

    // Opens `path` read-only and checks it is an Admissions Desk database this program can open:
    // recognised, not newer; and for Depth::Whole sound (PRAGMA quick_check), with its rows
    // counted.
    static Result<Contents> inspect(const QString &path, Depth depth = Depth::Whole);
    // Copies the file at `source` (a backup) to `destination` through the same checks. The source
    // is only recognised first: the copy's own whole check finds any damage the pages carry.
    static Result<Contents> copyFile(const QString &source, const QString &destination);
    // Removes a copy that is not to be kept, with any journal SQLite left beside it (a write
    // that failed halfway through leaves its -journal; a copy of a WAL database is opened in
    // WAL).
    static void discard(const QString &path);
};
