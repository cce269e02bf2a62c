#include "backup/backupfile.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/sqlitehandle.h"
#include "files/atomicfile.h"
#include "files/outputtarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

namespace {
// Pages copied per step of the backup: 16 MiB at 4 KiB a page, a progress report each.
constexpr int PagesPerStep = 4096;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString errorOf(sqlite3 *db)
{
    const int code = sqlite3_extended_errcode(db);
    const QString plain = SqlFailure::reason(code);
    return plain.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(db)) : plain;
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// Every row of the first column of `sql`, as text; false on an error.
bool column(sqlite3 *db, const QByteArray &sql, QStringList *values)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return false;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        *values << QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE;
}

// The rows of every ordinary table (the search index's own tables included), in name order.
// Table names come from the file's own schema and are quoted as identifiers.
bool countRows(sqlite3 *db, BackupFile::RowCounts *counts)
{
    QStringList tables;
    if (!column(db,
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
                &tables))
        return false;
    for (const QString &table : tables) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QStringList count;
        if (!column(db, "SELECT count(*) FROM \"" + quoted.toUtf8() + '"', &count))
            return false;
        counts->append({table, count.value(0).toLongLong()});
    }
    return true;
}

// Closes a handle whatever happens.
struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close(db); }
};

// Copies the database on `source` to `destination`: the pages and the row counts are read in one
// read transaction, the copy is checked under a temporary name and renamed into place.
Result<BackupFile::Contents> copy(sqlite3 *source, const QString &destination,
                                  const BackupFile::Progress &progress)
{
    const QString target = native(destination);
    const auto failed = [&target](const QString &why) {
        return Error{
            BackupFile::tr("Cannot back up to %1: %2. Nothing was written.").arg(target, why), {}};
    };
    const QString temporary =
        destination + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    BackupFile::discard(temporary); // a partial copy of ours from a run that was killed
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OutputTarget::PrivateMode))
            return failed(file.errorString());
    }
    BackupFile::RowCounts counts;
    Connection copy;
    bool copied = false;
    QString why;
    if (!exec(source, "BEGIN") || !countRows(source, &counts)) {
        why = errorOf(source);
    } else if (sqlite3_open_v2(QFile::encodeName(temporary).constData(), &copy.db,
                               SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        why = errorOf(copy.db);
    } else if (sqlite3_backup *backup = sqlite3_backup_init(copy.db, "main", source, "main")) {
        int rc = SQLITE_OK;
        bool cancelled = false;
        while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            rc = sqlite3_backup_step(backup, PagesPerStep);
            const int total = sqlite3_backup_pagecount(backup);
            if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
                cancelled = true;
                break;
            }
        }
        sqlite3_backup_finish(backup);
        copied = !cancelled && rc == SQLITE_DONE;
        why = cancelled ? BackupFile::tr("the backup was cancelled") : errorOf(copy.db);
    } else {
        why = errorOf(copy.db);
    }
    exec(source, "COMMIT"); // ends the read transaction
    // One self-contained file: a copy of a WAL database would otherwise be opened in WAL.
    if (copied && !exec(copy.db, "PRAGMA journal_mode = DELETE")) {
        copied = false;
        why = errorOf(copy.db);
    }
    sqlite3_close(copy.db);
    copy.db = nullptr;
    if (!copied) {
        BackupFile::discard(temporary);
        return failed(why);
    }

    auto checked = BackupFile::inspect(temporary);
    if (checked && checked->rows != counts)
        checked = Error{BackupFile::tr("the copy does not hold the same rows as the database"), {}};
    if (!checked) {
        BackupFile::discard(temporary);
        return failed(BackupFile::tr("the copy failed its check (%1)").arg(checked.error().text()));
    }
    if (!AtomicFile::renameOver(temporary, destination)) {
        BackupFile::discard(temporary);
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    }
    AtomicFile::syncFolderOf(destination);
    return checked;
}
} // namespace

qint64 BackupFile::Contents::applications() const
{
    for (const auto &[table, count] : rows) {
        if (table == QLatin1String("applications"))
            return count;
    }
    return 0;
}

Result<BackupFile::Contents> BackupFile::write(const QString &connectionName,
                                               const QString &destination, const Progress &progress)
{
    if (Status allowed = OutputTarget::check(destination, Database::fileOf(connectionName));
        !allowed)
        return allowed.error();
    sqlite3 *source = sqliteHandleOf(QSqlDatabase::database(connectionName, false));
    if (!source)
        return Error{tr("Only an SQLite database file can be backed up this way."), {}};
    return copy(source, destination, progress);
}

Result<BackupFile::Contents> BackupFile::copyFile(const QString &source, const QString &destination)
{
    if (Status allowed = OutputTarget::check(destination, source); !allowed)
        return allowed.error();
    if (const auto recognised = inspect(source, Depth::Header); !recognised)
        return recognised.error();
    Connection from;
    if (sqlite3_open_v2(QFile::encodeName(source).constData(), &from.db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK)
        return Error{tr("Cannot read %1: %2").arg(native(source), errorOf(from.db)), {}};
    return copy(from.db, destination, {});
}

void BackupFile::discard(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<BackupFile::Contents> BackupFile::inspect(const QString &path, Depth depth)
{
    const auto refuse = [&path](const QString &why) {
        return Error{tr("%1 is not a backup this program can use: %2.").arg(native(path), why), {}};
    };
    if (!QFileInfo(path).isFile())
        return refuse(tr("there is no such file"));
    if (QFileInfo(path).size() == 0)
        return refuse(tr("the file is empty"));
    Connection file;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &file.db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK)
        return refuse(errorOf(file.db));
    QStringList header;
    if (!column(file.db, "PRAGMA application_id", &header) ||
        !column(file.db, "PRAGMA user_version", &header))
        return refuse(tr("it is damaged or not an SQLite database (%1)").arg(errorOf(file.db)));
    Contents contents;
    contents.schemaVersion = header.value(1).toInt();
    if (header.value(0).toInt() != Database::ApplicationId)
        return refuse(tr("it is not an Admissions Desk database"));
    if (contents.schemaVersion > Database::latestSchemaVersion())
        return refuse(tr("it was written by a newer Admissions Desk (schema version %1; this "
                         "program knows up to %2)")
                          .arg(contents.schemaVersion)
                          .arg(Database::latestSchemaVersion()));
    QStringList head;
    if (contents.schemaVersion >= Database::AuditTrailVersion &&
        column(file.db,
               "SELECT id || ' ' || hex(hash) FROM audit_events ORDER BY id DESC LIMIT 1", &head) &&
        !head.isEmpty()) {
        contents.auditHeadId = head.first().section(QLatin1Char(' '), 0, 0).toLongLong();
        contents.auditHeadHash =
            QByteArray::fromHex(head.first().section(QLatin1Char(' '), 1).toLatin1());
    }
    if (depth == Depth::Header)
        return contents;
    QStringList check;
    if (!column(file.db, "PRAGMA quick_check", &check))
        return refuse(tr("it is damaged (%1)").arg(errorOf(file.db)));
    if (check != QStringList{QStringLiteral("ok")})
        return refuse(tr("it is damaged: %1").arg(check.mid(0, 5).join(QStringLiteral("; "))));
    if (!countRows(file.db, &contents.rows))
        return refuse(tr("its rows cannot be read (%1)").arg(errorOf(file.db)));
    return contents;
}
