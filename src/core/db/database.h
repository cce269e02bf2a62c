#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class StatementInterrupter;

// Owns one named connection to one Admissions Desk file. Opening recognises the file as ours
// (PRAGMA application_id), refuses files from a newer program, foreign or damaged files
// without changing them, and migrates older files forward in one transaction, after a checked
// backup into the file's backup folder (BackupFolder).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int ApplicationId = 0x41447365; // "ADse"
    static constexpr const char *DefaultConnection = "admissions-desk";
    // The schema version that added the audit trail (audit_events).
    static constexpr int AuditTrailVersion = 7;

    explicit Database(QString connectionName = QString::fromLatin1(DefaultConnection));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // admissions-desk.sqlite in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    // The newest schema version this program knows.
    static int latestSchemaVersion();

    // Whether open() reads the whole file with PRAGMA quick_check (seconds on a large file)
    // or leaves that to verify(), which a program can run on a worker thread while it shows
    // the file. A file that needs a schema upgrade is always checked before it is changed.
    enum class Check
    {
        OnOpen,
        Later
    };

    // What the caller may do with the file. Only the programs' "make a database" paths create
    // one; a command that only reads leaves the file, and the folder, exactly as it found them.
    enum class Mode
    {
        // Creates a missing file (mode 0600) or an empty one as a new database.
        CreateIfMissing,
        // Refuses a missing or empty (0-byte) file; reads and writes.
        Existing,
        // Refuses a missing or empty file; never writes (PRAGMA query_only), and where the
        // file is not writable for anyone, opens it immutable so that no -wal or -shm is left
        // behind. An older schema is still upgraded when the file is writable: this program
        // reads only the newest.
        ReadOnly
    };

    Status open(const QString &path, Check check = Check::OnOpen,
                Mode mode = Mode::CreateIfMissing);
    // PRAGMA quick_check on a read-only connection of its own (Mode::ReadOnly), so it may run on
    // any thread. `stopper` stops it from another thread (a window that closes before the end).
    static Status verify(const QString &path);
    static Status verify(const QString &path, StatementInterrupter &stopper);
    // Whether the file is one of ours with an older schema, which open() upgrades (a minute on
    // a large file). Reads only, on a connection of its own; a missing, foreign or damaged
    // file is not, and open() says why.
    static bool needsUpgrade(const QString &path);
    // Opens, checks and upgrades the file on a connection of its own, then closes it: for a
    // worker thread, while a window shows progress.
    static Status upgrade(const QString &path);
    void close();
    bool isOpen() const;
    // Copies every page of the write-ahead log into the file and empties the log, so that the
    // old versions of pages it held (an erased person's values) leave the disk. Waits for the
    // other connections' readers; false when one kept it from finishing.
    static Result<bool> truncateLog(const QString &connectionName);
    // A number that changes whenever another connection (another window, the command line, a
    // worker) commits a change to the file: PRAGMA data_version, cheap enough to poll every
    // second. The connection's own commits do not change it.
    static Result<qint64> dataVersion(const QString &connectionName);
    // The file open on a connection (whatever URI opened it); empty when none is.
    static QString fileOf(const QString &connectionName);
    // A connection name no other connection has ("purpose-N"): for a Database of its own, on
    // a worker thread (an export, a backup, a bulk change) or for one check.
    static QString uniqueConnectionName(const QString &purpose);

    const QString &connectionName() const { return m_connection; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

private:
    Status openConnection(Mode mode);
    Status recognise(Check check);
    Status configureConnection();
    Status backUpBeforeUpgrade();
    Status migrate();
    Status coverEarlierHistory();
    Status keepBootcampTimeZone();
    Error refuse(const QString &why) const;

    QString m_connection;
    QString m_path;
    int m_schemaVersion = 0;
    bool m_readOnly = false; // opened without write access (Mode::ReadOnly on a read-only file)
};
