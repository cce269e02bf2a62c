#include "db/database.h"

#include "audit/auditanchor.h"
#include "audit/audittrail.h"
#include "backup/backupfile.h"
#include "backup/backupfolder.h"
#include "db/migrations.h"
#include "db/sql.h"
#include "db/sqlitehandle.h"
#include "db/statementinterrupter.h"
#include "db/transaction.h"
#include "files/fileaccess.h"
#include "files/sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "admissions.database", QtInfoMsg)
// Every statement that ends, with its bound values and how long it ran, one a line:
// QT_LOGGING_RULES="admissions.sql.trace.debug=true". What a command costs, and the SQL that
// bench/cli.sh gives the sqlite3 shell to compare. It shows personal data: for a test file only.
Q_LOGGING_CATEGORY(lcSqlTrace, "admissions.sql.trace", QtWarningMsg)

namespace {
constexpr int BusyTimeoutMs = 10000;

// Creates the file with mode 0600 before SQLite sees it: SQLite would create it 0644, and the
// -wal and -shm files take the main file's mode.
Status createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QCoreApplication::translate("Database", "Cannot create the folder %1")
                         .arg(info.absolutePath()),
                     {}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{QCoreApplication::translate("Database", "Cannot create %1: %2")
                         .arg(path, file.errorString()),
                     {}};
    return {};
}

// Empty when PRAGMA quick_check finds the file sound; otherwise what a person is told.
QString quickCheckProblems(const QString &connection)
{
    auto check = Sql(connection).select(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return QCoreApplication::translate("Database",
                                           "the file is damaged (%1). The file was left unchanged.")
            .arg(check.error().sqlError.databaseText());
    QStringList problems;
    while (check.value().next() && problems.size() < 5)
        problems << check.value().value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return QCoreApplication::translate(
               "Database",
               "the file is damaged: %1. The file was left unchanged. Restore it from a backup.")
        .arg(problems.join(QStringLiteral("; ")));
}

// SQLite's SQLITE_TRACE_PROFILE callback: `statement` has ended, after `*nanoseconds`.
int traceStatement(unsigned, void *, void *statement, void *nanoseconds)
{
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    const double ms = double(*static_cast<sqlite3_int64 *>(nanoseconds)) / 1e6;
    QString text = QString::fromUtf8(sql ? sql : "");
    sqlite3_free(sql);
    // One statement a line, for a script to read.
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    qCDebug(lcSqlTrace).noquote() << QString::number(ms, 'f', 3) << "ms" << text;
    return 0;
}

} // namespace

Database::Database(QString connectionName) : m_connection(std::move(connectionName)) {}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/admissions-desk.sqlite");
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

Error Database::refuse(const QString &why) const
{
    return Error{tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), why), {}};
}

Status Database::open(const QString &path, Check check, Mode mode)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo file(m_path);
    if (file.isDir())
        return refuse(tr("it is a folder, not a database file."));
    const bool missing = !file.exists();
    if (mode != Mode::CreateIfMissing && (missing || file.size() == 0))
        return refuse(missing ? tr("there is no such file. Nothing was created.")
                              : tr("the file is empty (0 bytes), so it is not a database. The "
                                   "file was left unchanged."));
    if (missing) {
        if (auto created = createPrivateFile(m_path); !created)
            return created;
    } else if (file.size() == 0) {
        // An empty file becomes a database as private as a new one; its -wal and -shm take
        // its mode.
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else if (const QString problem = FileAccess::problem(file, mode != Mode::ReadOnly);
               !problem.isEmpty()) {
        return refuse(problem);
    } else if (!SqliteFile::hasHeader(m_path)) {
        return refuse(tr("it is not an Admissions Desk database (not an SQLite file). "
                         "The file was left unchanged."));
    }
    if (mode != Mode::ReadOnly)
        FileAccess::repairCompanions(file);

    if (Status opened = openConnection(mode); !opened)
        return opened;
    Status status = recognise(check);
    if (status)
        status = configureConnection();
    if (status)
        status = migrate();
    if (status && mode == Mode::ReadOnly) {
        if (auto done = Sql(m_connection).exec(QStringLiteral("PRAGMA query_only = ON")); !done)
            status = done.error();
    }
    if (!status) {
        close();
        return status;
    }
    qCInfo(lcDatabase) << "opened database, schema version" << m_schemaVersion;
    return {};
}

// A reader opens immutable a file that nobody can change now: one without any write bit, or
// one in a folder where no -wal or -shm can be made. SQLite then takes no locks and makes no
// -wal or -shm, which it would otherwise leave with the file's read-only mode, where they block
// every later writer (or, in a folder it cannot write, it would not open the file at all). A
// -wal that holds data must be read, so such a file is opened plainly.
Status Database::openConnection(Mode mode)
{
    const QFileInfo file(m_path);
    const bool readOnly = mode == Mode::ReadOnly && !FileAccess::canWrite(file);
    const auto companion = [this](const char *suffix) {
        return QFileInfo(m_path + QLatin1String(suffix));
    };
    const bool unchangeable = FileAccess::nobodyWrites(file) ||
                              (!companion("-shm").exists() && !FileAccess::canWriteBeside(file));
    const bool immutable = readOnly && companion("-wal").size() == 0 && unchangeable;
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs)};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    QString name = m_path;
    if (immutable) {
        options << QStringLiteral("QSQLITE_OPEN_URI");
        QUrl url = QUrl::fromLocalFile(m_path);
        url.setQuery(QStringLiteral("immutable=1"));
        name = url.toString(QUrl::FullyEncoded);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(name);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    m_readOnly = readOnly;
    if (!db.open()) {
        Error error = refuse(tr("the SQLite driver could not open it"));
        error.sqlError = db.lastError();
        close();
        return error;
    }
    if (lcSqlTrace().isDebugEnabled())
        sqlite3_trace_v2(sqliteHandleOf(db), SQLITE_TRACE_PROFILE, traceStatement, nullptr);
    return {};
}

QString Database::fileOf(const QString &connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (sqlite3 *handle = sqliteHandleOf(db))
        return QString::fromUtf8(sqlite3_db_filename(handle, "main"));
    return db.databaseName();
}

QString Database::uniqueConnectionName(const QString &purpose)
{
    static QAtomicInt serial;
    return QStringLiteral("%1-%2").arg(purpose).arg(serial.fetchAndAddRelaxed(1));
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    if (isOpen() && m_schemaVersion >= AuditTrailVersion)
        AuditAnchor::remember(m_connection);
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

// Only reads: a file we refuse is left exactly as it was.
Status Database::recognise(Check check)
{
    const Sql sql(m_connection);
    const auto appId = sql.scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        // A full or failing disk, or a lock, is not a damaged file: the driver's error says which.
        const int code = SqlFailure::codeOf(appId.error().sqlError);
        const bool damaged = SqlFailure::reason(code).isEmpty() || code == SqlFailure::Corrupt ||
                             code == SqlFailure::NotADatabase;
        Error error = refuse(damaged ? tr("the file is damaged or is not an SQLite database. "
                                          "The file was left unchanged.")
                                     : tr("cannot read it. The file was left unchanged."));
        error.sqlError = appId.error().sqlError;
        return error;
    }
    const auto version = sql.scalar(QStringLiteral("PRAGMA user_version"));
    const auto objects = sql.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!version || !objects)
        return refuse(tr("the file is damaged. The file was left unchanged."));

    m_schemaVersion = version.value().toInt();
    const bool empty = objects.value().toInt() == 0 && m_schemaVersion == 0;
    if (appId.value().toInt() != ApplicationId && !empty)
        return refuse(tr("it is an SQLite database of another program, not an Admissions Desk "
                         "database. The file was left unchanged."));
    if (m_schemaVersion > latestSchemaVersion())
        return refuse(tr("it was written by a newer Admissions Desk (schema version %1); this "
                         "program knows schema versions up to %2. Install a newer Admissions "
                         "Desk to open it. The file was left unchanged.")
                          .arg(m_schemaVersion)
                          .arg(latestSchemaVersion()));

    if (check == Check::Later && m_schemaVersion == latestSchemaVersion())
        return {};
    if (const QString damage = quickCheckProblems(m_connection); !damage.isEmpty())
        return refuse(damage);
    return {};
}

Status Database::verify(const QString &path)
{
    StatementInterrupter never;
    return verify(path, never);
}

Status Database::verify(const QString &path, StatementInterrupter &stopper)
{
    Database database(uniqueConnectionName(QStringLiteral("verify")));
    if (Status opened = database.open(path, Check::Later, Mode::ReadOnly); !opened)
        return opened;
    // sqlite3_interrupt, not a progress handler: SQLite 3.40 calls no handler inside the one
    // step that walks the whole file.
    sqlite3 *handle = sqliteHandleOf(QSqlDatabase::database(database.m_connection, false));
    stopper.add(handle);
    const QString damage = quickCheckProblems(database.m_connection);
    stopper.remove(handle);
    if (stopper.cancelled())
        return Error{tr("The check of %1 was stopped before its end.")
                         .arg(QDir::toNativeSeparators(database.m_path)),
                     {}};
    if (!damage.isEmpty())
        return database.refuse(damage);
    return {};
}

bool Database::needsUpgrade(const QString &path)
{
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0 || !SqliteFile::hasHeader(path))
        return false;
    Database probe(uniqueConnectionName(QStringLiteral("upgrade-check")));
    probe.m_path = QFileInfo(path).absoluteFilePath();
    if (!probe.openConnection(Mode::ReadOnly))
        return false;
    const Sql sql(probe.m_connection);
    const auto appId = sql.scalar(QStringLiteral("PRAGMA application_id"));
    const auto version = sql.scalar(QStringLiteral("PRAGMA user_version"));
    return appId && version && appId.value().toInt() == ApplicationId &&
           version.value().toInt() < latestSchemaVersion();
}

Status Database::upgrade(const QString &path)
{
    Database database(uniqueConnectionName(QStringLiteral("upgrade")));
    return database.open(path, Check::OnOpen);
}

Status Database::configureConnection()
{
    const Sql sql(m_connection);
    // Foreign keys are off in SQLite unless turned on, for every connection. Deleted and
    // overwritten content is zeroed, so that an erased person's values, and the values an edit
    // replaced, leave the file (Debian's SQLite does it by default; other builds may not).
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON"}) {
        if (auto done = sql.exec(QString::fromLatin1(pragma)); !done)
            return Error{refuse(tr("cannot configure the connection")).message,
                         done.error().sqlError};
    }
    // A reader leaves the journal mode as it found it.
    if (m_readOnly)
        return {};
    const auto mode = sql.scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode) // the disk full, failing, the file locked: the driver's error says which
        return Error{refuse(tr("cannot switch it to write-ahead logging")).message,
                     mode.error().sqlError};
    if (mode.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return refuse(tr("cannot switch it to write-ahead logging (is the folder read-only?)"));
    return {};
}

Result<bool> Database::truncateLog(const QString &connectionName)
{
    auto checkpoint = Sql(connectionName).select(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint)
        return checkpoint.error();
    // One row: busy (1 when another connection kept it from finishing), log frames, moved.
    QSqlQuery &row = checkpoint.value();
    return row.next() && row.value(0).toInt() == 0;
}

Result<qint64> Database::dataVersion(const QString &connectionName)
{
    const auto version = Sql(connectionName).scalar(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return version.error();
    return version.value().toLongLong();
}

// A file with data gets a checked backup before its schema changes: an upgrade that goes wrong
// in a way no transaction catches (a bug in a migration) can still be undone.
Status Database::backUpBeforeUpgrade()
{
    if (m_schemaVersion == 0)
        return {};
    const BackupFolder folder(m_path);
    Status made = folder.create();
    if (made) {
        const QString name = QStringLiteral("before-upgrade-v%1").arg(m_schemaVersion);
        if (auto copy = BackupFile::write(m_connection,
                                          folder.pathFor(QDateTime::currentDateTimeUtc(), name));
            !copy)
            made = copy.error();
    }
    if (!made)
        return refuse(tr("no backup could be made before upgrading it from schema version %1, "
                         "so the upgrade was not started. %2")
                          .arg(m_schemaVersion)
                          .arg(made.error().text()));
    qCInfo(lcDatabase) << "backed up before the schema upgrade from" << m_schemaVersion;
    return {};
}

// A file from before the audit trail: one record vouches for the status history as it was
// found, so that a later change to it shows. A new file starts its own story, and forgets any
// head remembered for another file that was once at its path.
Status Database::coverEarlierHistory()
{
    if (m_schemaVersion == 0) {
        AuditAnchor::forget(m_path);
        return {};
    }
    if (m_schemaVersion >= AuditTrailVersion)
        return {};
    auto range =
        Sql(m_connection).select(QStringLiteral("SELECT min(id), max(id) FROM status_events"));
    if (!range)
        return range.error();
    if (!range.value().next() || range.value().value(0).isNull())
        return {};
    const qint64 first = range.value().value(0).toLongLong();
    const qint64 last = range.value().value(1).toLongLong();
    range.value().finish();
    return AuditTrail(m_connection, Actor::desk())
        .coverStatusEvents(first, last,
                           QStringLiteral("status history written before the audit trail "
                                          "(schema version %1)")
                               .arg(m_schemaVersion));
}

// Schema v12 keeps the bootcamp's time zone in the file. Until an administrator chooses one it
// is the zone of the computer that made the table, or UTC when that zone has no IANA name.
Status Database::keepBootcampTimeZone()
{
    QByteArray zone = QTimeZone::systemTimeZoneId();
    if (zone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zone))
        zone = QByteArrayLiteral("UTC");
    // The key is DeskSettingsRepository::timeZoneKey(); db/ cannot include a repository.
    auto kept = Sql(m_connection)
                    .exec(QStringLiteral("INSERT OR IGNORE INTO desk_settings (key, value) "
                                         "VALUES ('time_zone', ?)"),
                          {QString::fromUtf8(zone)});
    if (!kept)
        return kept.error();
    return {};
}

Status Database::migrate()
{
    if (m_schemaVersion == latestSchemaVersion())
        return {};
    if (m_readOnly)
        return refuse(tr("it has schema version %1, older than this program's %2, and "
                         "upgrading it needs write permission, which you do not have. The file "
                         "was left unchanged.")
                          .arg(m_schemaVersion)
                          .arg(latestSchemaVersion()));
    if (Status saved = backUpBeforeUpgrade(); !saved)
        return saved;
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return Error{refuse(tr("cannot start the schema upgrade")).message,
                     transaction.error().sqlError};
    const Sql sql(m_connection);
    for (const Migrations::Step &step : Migrations::steps()) {
        if (step.version <= m_schemaVersion)
            continue;
        QFile file(step.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return refuse(
                tr("the schema file %1 is missing from the program").arg(step.resourcePath));
        const QStringList statements = Migrations::statements(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            if (auto done = sql.exec(statement); !done)
                return Error{refuse(tr("upgrading to schema version %1 failed; nothing was "
                                       "changed")
                                        .arg(step.version))
                                 .message,
                             done.error().sqlError};
        }
        // Pragma values cannot be bound; these are integers from the program itself.
        const QString stamp = QStringLiteral("PRAGMA user_version = %1").arg(step.version);
        if (auto done = sql.exec(stamp); !done)
            return done.error();
    }
    if (auto done = sql.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        !done)
        return done.error();
    if (Status covered = coverEarlierHistory(); !covered)
        return covered;
    if (Status zoned = keepBootcampTimeZone(); !zoned)
        return zoned;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    qCInfo(lcDatabase) << "migrated schema from" << m_schemaVersion << "to"
                       << latestSchemaVersion();
    m_schemaVersion = latestSchemaVersion();
    return {};
}
