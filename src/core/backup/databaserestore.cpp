#include "backup/databaserestore.h"

#include "audit/auditanchor.h"
#include "audit/audittrail.h"
#include "browse/applicationsearchindex.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "domain/permissions.h"
#include "domain/timestamp.h"
#include "files/atomicfile.h"
#include "privacy/personerasure.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
// How long the restore waits for a moment when no other connection is writing.
constexpr int BusyTimeoutMs = 2000;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The first column of the first row of `sql`, or a null string on an error.
QString scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return {};
    QString value;
    if (sqlite3_step(statement) == SQLITE_ROW)
        value =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

// Whether the actor may restore, by the staff table of the file open on `db`; nothing when the
// file cannot say (damaged, or not a desk).
std::optional<bool> mayRestore(sqlite3 *db, const Actor &actor)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT role, active FROM staff_users WHERE id = ?", -1, &statement,
                           nullptr) != SQLITE_OK)
        return std::nullopt;
    sqlite3_bind_int64(statement, 1, actor.userId);
    std::optional<bool> may;
    const int step = sqlite3_step(statement);
    if (step == SQLITE_ROW) {
        const auto role = StaffRoles::fromMachineName(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        may = role && sqlite3_column_int(statement, 1) == 1 &&
              Permissions::allows(std::min(*role, actor.roleLimit), Action::Restore);
    } else if (step == SQLITE_DONE) {
        may = false;
    }
    sqlite3_finalize(statement);
    return may;
}

QString textColumn(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(
        reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
}

// The erasure log of the file a restore replaces, read as it is (no upgrade, nothing written).
// A file too damaged to read, or from before the log, has nothing to apply.
QList<ErasureRepository::Entry> erasureLogOf(const QString &path)
{
    QList<ErasureRepository::Entry> log;
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK &&
        sqlite3_prepare_v2(db,
                           "SELECT applicant_id, applicant_created_at, at, by_user_id FROM "
                           "erasures WHERE applicant_created_at IS NOT NULL ORDER BY applicant_id",
                           -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW)
            log.append({sqlite3_column_int64(statement, 0), textColumn(statement, 1),
                        Timestamp::parse(textColumn(statement, 2)),
                        sqlite3_column_int64(statement, 3)});
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return log;
}

// Why SQLite did not let the restore have the file: another connection (SQLITE_BUSY, or a
// journal mode left as it was), or the disk (I/O error, full), which is not the same advice.
QString refusalOf(sqlite3 *db, const QString &busy)
{
    const int code = sqlite3_extended_errcode(db);
    if ((code & 0xff) == SQLITE_OK || (code & 0xff) == SQLITE_BUSY ||
        (code & 0xff) == SQLITE_LOCKED)
        return busy;
    const QString why = SqlFailure::reason(code);
    return (why.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(db)) : why) + QLatin1Char('.');
}

// DB.before-restore-TIME; a second restore within the same second gets a numbered name, so
// that it never fails for want of a name, nor replaces the file kept by the first.
QString asideName(const QString &path, const QDateTime &now)
{
    const QString stem = path + QStringLiteral(".before-restore-") +
                         now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = stem;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = stem + QLatin1Char('-') + QString::number(n);
    return name;
}

// Another name for the same file (a hard link), or a copy where links are not possible.
bool keepAside(const QString &path, const QString &aside)
{
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(path).constData(), QFile::encodeName(aside).constData()) == 0)
        return true;
#endif
    return QFile::copy(path, aside);
}
} // namespace

bool DatabaseRestore::actorMayRestore(sqlite3 *current, const QString &incoming, const Actor &actor)
{
    if (const std::optional<bool> may = mayRestore(current, actor))
        return *may;
    // A damaged file cannot say who may replace it: the backup that takes its place does.
    sqlite3 *backup = nullptr;
    bool may = false;
    if (sqlite3_open_v2(QFile::encodeName(incoming).constData(), &backup, SQLITE_OPEN_READONLY,
                        nullptr) == SQLITE_OK)
        may = mayRestore(backup, actor).value_or(false);
    sqlite3_close(backup);
    return may;
}

Result<DatabaseRestore::Outcome> DatabaseRestore::run(const QString &databasePath,
                                                      const QString &backupPath,
                                                      const QDateTime &now, const Actor &actor)
{
    const QFileInfo database(databasePath);
    const auto refuse = [&database](const QString &why) {
        return Error{tr("Cannot restore %1: %2").arg(native(database.absoluteFilePath()), why), {}};
    };
    if (!database.isFile())
        return refuse(tr("there is no such database file. Nothing was changed."));
    const QString path = database.absoluteFilePath();
    const QString incoming =
        path + QStringLiteral(".restoring-%1").arg(QCoreApplication::applicationPid());
    auto copied = BackupFile::copyFile(backupPath, incoming);
    if (!copied)
        return refuse(copied.error().text() + QLatin1Char(' ') + tr("Nothing was changed."));

    Outcome outcome{copied.value(), {}};
    const QString aside = asideName(path, now);
    // Recorded in the copy before it takes the file's place: a restore is never made unrecorded,
    // and never brings back a person erased since the backup was made.
    if (Status prepared =
            prepareCopy(incoming, backupPath, aside, outcome.restored, actor, erasureLogOf(path));
        !prepared) {
        BackupFile::discard(incoming);
        return refuse(tr("the copy cannot be made ready: %1").arg(prepared.error().text()) +
                      QLatin1Char(' ') + tr("Nothing was changed."));
    }
    QString why;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        why = SqlFailure::reason(sqlite3_extended_errcode(db));
    } else if (!actorMayRestore(db, incoming, actor)) {
        // Asked before anything changes, the journal mode included.
        why = tr("%1 may not %2.").arg(actor.username, Permissions::describe(Action::Restore));
    } else {
        sqlite3_busy_timeout(db, BusyTimeoutMs);
        // Leaving WAL needs the file to itself: it fails while any other connection has it open,
        // and on success SQLite has checkpointed the log into the file and removed -wal and -shm.
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        if (scalar(db, "PRAGMA journal_mode = DELETE")
                .compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
            why = refusalOf(db, tr("another program has the database open (a window or a "
                                   "command). Close it and try again."));
        } else if (sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE", nullptr,
                                nullptr, nullptr) != SQLITE_OK) {
            why =
                refusalOf(db, tr("another program is using the database. Close it and try again."));
        } else {
            outcome.keptAside = aside;
            if (!keepAside(path, outcome.keptAside)) {
                why = tr("the current file cannot be kept aside as %1.")
                          .arg(native(outcome.keptAside));
                outcome.keptAside.clear();
            } else if (!QFile::setPermissions(incoming, database.permissions()) ||
                       !AtomicFile::renameOver(incoming, path)) {
                why = tr("the restored copy cannot be put in its place.");
            } else {
                AtomicFile::syncFolderOf(path);
            }
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        }
    }
    sqlite3_close(db);
    if (!why.isEmpty()) {
        BackupFile::discard(incoming);
        if (!outcome.keptAside.isEmpty())
            QFile::remove(outcome.keptAside);
        return refuse(why + QLatin1Char(' ') + tr("Nothing was changed."));
    }
    // The restored file tells its own story from here: the head remembered for the file before
    // is another story's.
    AuditAnchor::forget(path);
    return outcome;
}

// The restore is the first thing the restored trail records; then the erasure log of the file
// it replaces is applied again. A backup from before the audit trail with nobody to erase gets
// its first record when it is upgraded, at its next opening.
Status DatabaseRestore::prepareCopy(const QString &copy, const QString &backupPath,
                                    const QString &aside, const BackupFile::Contents &contents,
                                    const Actor &actor,
                                    const QList<ErasureRepository::Entry> &erasures)
{
    if (contents.schemaVersion < Database::AuditTrailVersion && erasures.isEmpty())
        return {};
    Status prepared;
    {
        Database restored(Database::uniqueConnectionName(QStringLiteral("restored")));
        if (Status opened = restored.open(copy, Database::Check::Later, Database::Mode::Existing);
            !opened)
            return opened;
        AuditEntry entry(QStringLiteral("restore"), QStringLiteral("database"));
        entry.note = QStringLiteral("from %1; the file as it was is kept as %2")
                         .arg(native(backupPath), native(aside));
        // By name only: the restored file's staff user of the same id may be someone else.
        const Actor byName{0, actor.username};
        prepared = AuditTrail::recordAlone(restored.connectionName(), byName, entry);
        if (prepared)
            prepared = applyErasures(restored.connectionName(), byName, erasures);
        // Back to one file, like the backup it came from: a record left in the copy's -wal would
        // stay behind when the copy takes the file's place.
        if (prepared) {
            const auto mode = Sql(restored.connectionName())
                                  .scalar(QStringLiteral("PRAGMA journal_mode = DELETE"));
            if (!mode)
                prepared = mode.error();
            else if (mode.value().toString().compare(QLatin1String("delete"), Qt::CaseInsensitive))
                prepared = Error{tr("its log cannot be written into it"), {}};
        }
    }
    AuditAnchor::forget(copy); // the copy's own name is gone once it takes the file's place
    return prepared;
}

Status DatabaseRestore::applyErasures(const QString &connectionName, const Actor &actor,
                                      const QList<ErasureRepository::Entry> &erasures)
{
    if (erasures.isEmpty())
        return {};
    Transaction transaction(connectionName);
    if (!transaction.isActive())
        return transaction.error();
    PersonErasure erasure(connectionName, actor);
    bool changed = false;
    for (const ErasureRepository::Entry &entry : erasures) {
        const auto applied = erasure.applyAgain(entry);
        if (!applied)
            return Error{tr("the erasure of applicant %1 cannot be applied to it again: %2")
                             .arg(entry.applicantId)
                             .arg(applied.error().text()),
                         applied.error().sqlError};
        changed = changed || applied.value();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return changed ? ApplicationSearchIndex(connectionName).purgeRemovedEntries() : Status();
}
