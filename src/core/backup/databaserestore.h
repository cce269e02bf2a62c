#pragma once

#include "backup/backupfile.h"
#include "domain/actor.h"
#include "domain/result.h"
#include "repositories/erasurerepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct sqlite3;

// Puts a backup in the place of a database file, as one atomic step that nothing else can watch
// half done:
// 1. the backup is checked first (BackupFile::inspect): a damaged, foreign or newer one is
//    refused;
// 2. the backup is copied beside the database under a temporary name, the restore is recorded
//    in it, and the erasure log of the database it replaces is applied to it again, so that a
//    restore never brings back a person erased since the backup was made;
// 3. the database is checkpointed and switched out of WAL, which SQLite allows only when no
//    other connection has it open, so a restore under another program's feet is refused; this
//    removes its -wal and -shm, so that no stale log is ever replayed onto the restored file;
// 4. under an exclusive lock, the current file is kept aside (a hard link named with the time)
//    and the copy is renamed over it.
class DatabaseRestore
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRestore)

public:
    struct Outcome
    {
        BackupFile::Contents restored;
        QString keptAside; // the database as it was, under its new name
    };

    // `databasePath` must not be open on any connection of this program.
    // Only an administrator (Action::Restore) may, as the file being replaced says, or, when it
    // is too damaged to say, as the backup says.
    static Result<Outcome> run(const QString &databasePath, const QString &backupPath,
                               const QDateTime &now, const Actor &actor);

private:
    static Status prepareCopy(const QString &copy, const QString &backupPath, const QString &aside,
                              const BackupFile::Contents &contents, const Actor &actor,
                              const QList<ErasureRepository::Entry> &erasures);
    // Erases again, in the copy, everyone the replaced file's erasure log names.
    static Status applyErasures(const QString &connectionName, const Actor &actor,
                                const QList<ErasureRepository::Entry> &erasures);
    static bool actorMayRestore(sqlite3 *current, const QString &incoming, const Actor &actor);
};
