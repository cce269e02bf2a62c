#include "audit/auditanchor.h"
#include "backup/backupfile.h"
#include "backup/databaserestore.h"
#include "csv/applicationimport.h"
#include "db/database.h"
#include "db/databasecheck.h"
#include "db/sql.h"
#include "faultyvfs.h"
#include "filestate.h"
#include "olderschemafile.h"
#include "services/applicantservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using S = ApplicationStatus;

namespace {
const QDateTime Now(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC);

// One writing operation of the program, run again and again on a copy of the same file.
// Audit columns that two runs of the same work write differently: times (a database opens, and a
// restore records itself, on the system clock), random salts, and the commitments and hashes
// made of them. DatabaseCheck still verifies the chain after every run.
const QStringList AuditTimed{
    QStringLiteral("audit_events.at"),         QStringLiteral("audit_events.hash"),
    QStringLiteral("audit_events.old_commit"), QStringLiteral("audit_events.new_commit"),
    QStringLiteral("audit_events.reason_commit"), QStringLiteral("audit_values.salt")};

struct Operation
{
    Operation() = default;
    Operation(std::function<QString(const QString &)> prepareFile,
              std::function<Status(const QString &)> runOn)
        : prepare(std::move(prepareFile)), run(std::move(runOn))
    {
    }

    // Makes the file the operation starts from, with SQLite's own VFS; returns an error text,
    // empty on success.
    std::function<QString(const QString &path)> prepare;
    // Opens the file (through whatever VFS is the default), runs the operation and closes it.
    std::function<Status(const QString &path)> run;
    // Whether a run without a fault changes the database (a backup only reads it).
    bool changesTheDatabase = true;
    // The file a refusal names.
    QString names = QStringLiteral("work.sqlite");
    // After each run: what the operation left beside the file that it should not have (empty
    // when nothing), given whether it reported success and the file it started from. Removes
    // what it rightly left, so that every run starts alike.
    std::function<QString(const QString &path, bool succeeded, const FileState &before)> leftovers;
    // Columns whose values two runs write differently, left out when states are compared.
    QStringList timed = AuditTimed;

    FileState stateOf(const QString &path) const { return FileState::of(path, timed); }
};

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// A copy of `from` at `path`, where the last run's file was: a new file there, whose audit
// trail the head remembered for that file (AuditAnchor) does not describe.
bool copyOver(const QString &from, const QString &path)
{
    AuditAnchor::forget(path);
    return QFile::copy(from, path);
}

QString besideOf(const QString &path, const QString &name)
{
    return QFileInfo(path).absoluteDir().filePath(name);
}

// Files in the folder of `path` whose names start with `prefix`; removed when `remove`.
QStringList filesStartingWith(const QString &path, const QString &prefix, bool remove)
{
    const QDir dir = QFileInfo(path).absoluteDir();
    const QStringList names =
        dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden, QDir::Name);
    if (remove)
        for (const QString &name : names)
            QFile::remove(dir.filePath(name));
    return names;
}

// A fresh file with a track, a cohort and the acting officer (user id 1).
QString prepareCatalogue(const QString &path, int capacity,
                         std::function<QString(TestDatabase &)> more = {})
{
    TestDatabase db(QStringLiteral("fault-prepare"));
    if (!db.isOpen())
        return db.openError();
    const qint64 track = db.addTrack(QStringLiteral("SWE"));
    db.addCohort(track, QStringLiteral("SWE-1"), capacity);
    db.addStaff(QStringLiteral("officer"));
    db.addStaff(QStringLiteral("administrator"), StaffRole::Administrator);
    if (more)
        if (const QString failed = more(db); !failed.isEmpty())
            return failed;
    const QString from = db.path();
    db.database().close();
    return QFile::copy(from, path) ? QString() : QStringLiteral("cannot copy %1").arg(from);
}

const Actor Officer{1, QStringLiteral("officer")};
const Actor Administrator{2, QStringLiteral("administrator")};

// 20 new applicants, each with an application in SWE-1.
QByteArray importFile()
{
    QByteArray csv = "first_name,last_name,email,phone,track,cohort\r\n";
    for (int i = 1; i <= 20; ++i)
        csv += "Ana,Silva" + QByteArray::number(i) + ",ana" + QByteArray::number(i) +
               "@example.org,+4930123" + QByteArray::number(4000 + i) + ",SWE,SWE-1\r\n";
    return csv;
}

Operation importOperation()
{
    return {[](const QString &path) { return prepareCatalogue(path, 30); },
            [](const QString &path) -> Status {
                Database db(QStringLiteral("fault-op"));
                if (Status opened = db.open(path); !opened)
                    return opened;
                QBuffer in;
                in.setData(importFile());
                in.open(QIODevice::ReadOnly);
                ApplicationImport::Options options;
                options.fileName = QStringLiteral("form.csv");
                options.localTimeZone = QTimeZone::utc();
                FixedClock clock(Now);
                const auto report =
                    ApplicationImport(db.connectionName(), Officer, clock).run(&in, options);
                if (!report)
                    return report.error();
                if (!report->written || report->applicationsAdded != 20)
                    return Error{QStringLiteral("the import wrote %1 applications")
                                     .arg(report->applicationsAdded),
                                 {}};
                return {};
            }};
}

// A cohort of one seat: application 1 holds the offer, 2 and 3 wait.
QString prepareWaitlist(const QString &path)
{
    return prepareCatalogue(path, 1, [](TestDatabase &db) -> QString {
        FixedClock clock(Now);
        ApplicantService applicants(db.connectionName(), Officer, clock);
        StatusService statuses(db.connectionName(), Officer, clock);
        for (int i = 1; i <= 3; ++i) {
            ApplicantService::NewApplication input;
            input.applicant.firstName = QStringLiteral("Ada");
            input.applicant.lastName = QStringLiteral("Nr%1").arg(i);
            input.applicant.email = QStringLiteral("ada%1@example.org").arg(i);
            input.trackCode = QStringLiteral("SWE");
            input.cohortName = QStringLiteral("SWE-1");
            const auto registered = applicants.registerApplication(input);
            if (!registered)
                return registered.error().text();
            clock.advanceSecs(60);
            for (S to : {S::Screening, S::InterviewScheduled, S::Interviewed, S::Qualified})
                if (const auto moved = statuses.changeStatus(registered->applicationId, to); !moved)
                    return moved.error().text();
        }
        return {};
    });
}

// Declining application 1 offers the seat to 2 in the same transaction.
Operation promotionOperation()
{
    const auto run = [](const QString &path) -> Status {
        Database db(QStringLiteral("fault-op"));
        if (Status opened = db.open(path); !opened)
            return opened;
        FixedClock clock(Now.addDays(1));
        const auto events =
            StatusService(db.connectionName(), Officer, clock)
                .changeStatus(1, S::Declined, QStringLiteral("Chose another school"));
        if (!events)
            return events.error();
        if (events->size() != 2 || events->at(1).to != S::Offered)
            return Error{QStringLiteral("the seat was not offered to the waitlist"), {}};
        return {};
    };
    return {prepareWaitlist, run};
}

Operation upgradeOperation()
{
    Operation op([](const QString &path) { return OlderSchemaFile::create(path, 1); },
                 [](const QString &path) -> Status {
                     Database db(QStringLiteral("fault-op"));
                     return db.open(path);
                 });
    // The backup made before the upgrade, whole, when the upgrade went ahead; at most that one
    // when it did not (the fault came after it), and never a part of one.
    op.leftovers = [](const QString &path, bool succeeded, const FileState &before) -> QString {
        const QDir folder(besideOf(path, QStringLiteral("backups")));
        const QStringList left = folder.entryList(QDir::Files | QDir::Hidden, QDir::Name);
        QString problem;
        if (left.size() > 1 || (succeeded && left.isEmpty()))
            problem = QStringLiteral("in backups/: ") + left.join(QStringLiteral(", "));
        for (const QString &name : left) {
            const FileState copy = FileState::of(folder.filePath(name), AuditTimed);
            if (!problem.isEmpty())
                break;
            if (!QRegularExpression(
                     QStringLiteral("^work-\\d{8}-\\d{6}-before-upgrade-v1\\.sqlite$"))
                     .match(name)
                     .hasMatch())
                problem = QStringLiteral("in backups/: ") + name;
            else if (copy != before)
                problem = QStringLiteral("the backup differs: ") + copy.differences(before);
        }
        for (const QString &name : left)
            QFile::remove(folder.filePath(name));
        return problem;
    };
    return op;
}

// A backup of a file with people, beside it, on a read-only connection as the programs make it.
Operation backupOperation()
{
    Operation op;
    op.prepare = prepareWaitlist;
    op.run = [](const QString &path) -> Status {
        Database db(QStringLiteral("fault-op"));
        if (Status opened = db.open(path, Database::Check::Later, Database::Mode::ReadOnly);
            !opened)
            return opened;
        if (const auto made = BackupFile::write(db.connectionName(),
                                                besideOf(path, QStringLiteral("backup.sqlite")));
            !made)
            return made.error();
        return {};
    };
    op.changesTheDatabase = false;
    op.names = QStringLiteral("backup.sqlite");
    // The backup whole and sound when one was reported; otherwise nothing, not even a part.
    op.leftovers = [](const QString &path, bool succeeded, const FileState &before) -> QString {
        const QString backup = besideOf(path, QStringLiteral("backup.sqlite"));
        QString problem;
        if (succeeded) {
            const FileState copy = FileState::of(backup, AuditTimed);
            if (const auto sound = BackupFile::inspect(backup); !sound)
                problem = QStringLiteral("the backup is not sound: ") + sound.error().text();
            else if (copy != before)
                problem = QStringLiteral("the backup differs: ") + copy.differences(before);
        }
        const QStringList left = filesStartingWith(path, QStringLiteral("backup.sqlite"), true);
        const QStringList expected =
            succeeded ? QStringList{QStringLiteral("backup.sqlite")} : QStringList();
        if (problem.isEmpty() && left != expected)
            problem = QStringLiteral("left behind: ") + left.join(QStringLiteral(", "));
        return problem;
    };
    return op;
}

// A database with only its catalogue gets the backup of one with people in its place.
Operation restoreOperation()
{
    Operation op;
    op.prepare = [](const QString &path) -> QString {
        const QString people = besideOf(path, QStringLiteral("people.sqlite"));
        const QString backup = besideOf(path, QStringLiteral("restore-from.sqlite"));
        removeDatabaseFiles(people);
        QFile::remove(backup);
        if (QString failed = prepareWaitlist(people); !failed.isEmpty())
            return failed;
        {
            Database db(QStringLiteral("fault-prepare-backup"));
            if (Status opened = db.open(people); !opened)
                return opened.error().text();
            if (const auto made = BackupFile::write(db.connectionName(), backup); !made)
                return made.error().text();
        }
        removeDatabaseFiles(people);
        return prepareCatalogue(path, 30);
    };
    op.run = [](const QString &path) -> Status {
        const auto restored = DatabaseRestore::run(
            path, besideOf(path, QStringLiteral("restore-from.sqlite")), Now, Administrator);
        if (!restored)
            return restored.error();
        return {};
    };
    // The file as it was, kept aside, when the restore was reported; otherwise nothing beside it.
    op.leftovers = [](const QString &path, bool succeeded, const FileState &before) -> QString {
        const QString aside = QStringLiteral("work.sqlite.before-restore-20270201-090000");
        QString problem;
        if (succeeded) {
            const FileState old = FileState::of(besideOf(path, aside), AuditTimed);
            if (old != before)
                problem = QStringLiteral("the file kept aside differs: ") + old.differences(before);
        }
        const QStringList left = filesStartingWith(path, QStringLiteral("work.sqlite."), true);
        const QStringList expected = succeeded ? QStringList{aside} : QStringList();
        if (problem.isEmpty() && left != expected)
            problem = QStringLiteral("left behind: ") + left.join(QStringLiteral(", "));
        return problem;
    };
    return op;
}

} // namespace

// Every write, fsync and truncate of a writing operation fails in turn, through a SQLite VFS
// that wraps the real one; after each, the file opened again with the real VFS is sound and
// holds all of the operation or none of it.
class TestFaultInjection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Outcome
    {
        int points = 0;
        int refused = 0;      // reported an error, file as before
        int savedAnyway = 0;  // reported an error, yet the file holds all of it
        int succeeded = 0;    // SQLite got over the fault: success, file as after
        QStringList messages; // what the refusals said, each once
    };

    // Runs `op` with fault `fault` at every point; fails the test at the first bad point.
    void everyPoint(const Operation &op, FaultyVfs::Fault fault, Outcome &outcome);

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theQtDriverSeesTheVfsThroughAUri();
    void everyFaultLeavesAllOrNothing_data();
    void everyFaultLeavesAllOrNothing();
};

void TestFaultInjection::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY(FaultyVfs::install());
}

void TestFaultInjection::cleanup()
{
    FaultyVfs::disarm();
    FaultyVfs::useForNewConnections(false);
}

void TestFaultInjection::theQtDriverSeesTheVfsThroughAUri()
{
    const QString path = m_dir.filePath(QStringLiteral("uri.sqlite"));
    const qint64 before = FaultyVfs::callsSeen();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "uri");
        db.setDatabaseName(QStringLiteral("file:%1?vfs=%2").arg(path, FaultyVfs::Name));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec("CREATE TABLE t (x)"), qPrintable(q.lastError().text()));
        FaultyVfs::arm(FaultyVfs::Fault::IoError, 1);
        QVERIFY(!q.exec("INSERT INTO t VALUES (1)"));
        QVERIFY2(SqlFailure::codeOf(q.lastError()) == SqlFailure::IoError,
                 qPrintable(q.lastError().nativeErrorCode() + ": " + q.lastError().text()));
        FaultyVfs::disarm();
        QVERIFY2(q.exec("INSERT INTO t VALUES (2)"), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase("uri");
    QVERIFY(FaultyVfs::callsSeen() > before);
    QCOMPARE(FileState::of(path).rows.value("t"), 1);
}

void TestFaultInjection::everyFaultLeavesAllOrNothing_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("diskFull");
    for (const char *name : {"import", "promotion", "upgrade", "backup", "restore"}) {
        QTest::addRow("%s, I/O error", name) << QString::fromLatin1(name) << false;
        QTest::addRow("%s, disk full", name) << QString::fromLatin1(name) << true;
    }
}

void TestFaultInjection::everyFaultLeavesAllOrNothing()
{
    QFETCH(QString, operation);
    QFETCH(bool, diskFull);
    const auto fault = diskFull ? FaultyVfs::Fault::DiskFull : FaultyVfs::Fault::IoError;
    const QHash<QString, Operation> operations{{"import", importOperation()},
                                               {"promotion", promotionOperation()},
                                               {"upgrade", upgradeOperation()},
                                               {"backup", backupOperation()},
                                               {"restore", restoreOperation()}};
    Outcome outcome;
    everyPoint(operations.value(operation), fault, outcome);
    if (QTest::currentTestFailed())
        return;
    qInfo("%s, %s: %d injection points; %d refused and left the file as it was, %d reported an "
          "error after the change was saved, %d succeeded despite the fault",
          qPrintable(operation), fault == FaultyVfs::Fault::IoError ? "I/O error" : "disk full",
          outcome.points, outcome.refused, outcome.savedAnyway, outcome.succeeded);
    for (const QString &message : std::as_const(outcome.messages))
        qInfo("  said: %s", qPrintable(message));
}

void TestFaultInjection::everyPoint(const Operation &op, FaultyVfs::Fault fault, Outcome &outcome)
{
    const QString start = m_dir.filePath(QStringLiteral("start.sqlite"));
    const QString work = m_dir.filePath(QStringLiteral("work.sqlite"));
    removeDatabaseFiles(start);
    removeDatabaseFiles(work);
    const QString prepared = op.prepare(start);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const FileState before = op.stateOf(start);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));

    // Once without a fault: how many points there are, and the file as the operation leaves it.
    QVERIFY(copyOver(start, work));
    FaultyVfs::useForNewConnections(true);
    FaultyVfs::arm(fault, 0);
    const Status clean = op.run(work);
    outcome.points = FaultyVfs::count();
    FaultyVfs::disarm();
    FaultyVfs::useForNewConnections(false);
    QVERIFY_OK(clean);
    const FileState after = op.stateOf(work);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QVERIFY2((after != before) == op.changesTheDatabase,
             op.changesTheDatabase ? "the operation changed nothing" : "the operation changed it");
    if (op.leftovers) {
        const QString left = op.leftovers(work, true, before);
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("without a fault: ") + left));
    }
    QVERIFY(outcome.points > 0);

    for (int n = 1; n <= outcome.points; ++n) {
        const QString at = QStringLiteral("fault at point %1 of %2: ").arg(n).arg(outcome.points);
        removeDatabaseFiles(work);
        // The backup the check below made before it upgraded the file, when the operation had not.
        QDir(besideOf(work, QStringLiteral("backups"))).removeRecursively();
        QVERIFY(copyOver(start, work));
        FaultyVfs::useForNewConnections(true);
        FaultyVfs::arm(fault, n);
        const Status status = op.run(work);
        const bool fired = FaultyVfs::fired();
        FaultyVfs::disarm();
        FaultyVfs::useForNewConnections(false);
        QVERIFY2(fired, qPrintable(at + QStringLiteral("never reached")));

        const FileState now = op.stateOf(work);
        QVERIFY2(now.error.isEmpty(), qPrintable(at + now.error));
        QVERIFY2(now.integrity == QStringLiteral("ok"), qPrintable(at + now.integrity));
        QVERIFY2(now == before || now == after,
                 qPrintable(at + QStringLiteral("half written: ") + now.differences(before)));
        if (op.leftovers) {
            const QString left = op.leftovers(work, status.ok(), before);
            QVERIFY2(left.isEmpty(), qPrintable(at + left));
        }
        if (status) {
            QVERIFY2(now == after, qPrintable(at + QStringLiteral("success, but not saved")));
            ++outcome.succeeded;
        } else if (now == before) {
            ++outcome.refused;
            // Said plainly, naming the file.
            const QString said = status.error().text();
            const QString reason = fault == FaultyVfs::Fault::DiskFull
                                       ? QStringLiteral("the disk is full")
                                       : QStringLiteral("input/output error");
            QVERIFY2(said.contains(reason) && said.contains(op.names), qPrintable(at + said));
            // Each once, whatever time and process a backup's name holds.
            QString kind = said;
            kind.replace(
                QRegularExpression(QStringLiteral("\\d{8}-\\d{6}|(?<=partial-|restoring-)\\d+")),
                QStringLiteral("…"));
            if (!outcome.messages.contains(kind))
                outcome.messages << kind;
        } else {
            ++outcome.savedAnyway;
            qInfo("%s%s", qPrintable(at), qPrintable(status.error().text()));
        }

        // The program's own check, on the file as the program opens it.
        Database reopened(QStringLiteral("fault-check"));
        const Status opened = reopened.open(work);
        QVERIFY2(opened, qPrintable(at + opened.error().text()));
        FixedClock clock(Now.addDays(1));
        const auto problems = DatabaseCheck(reopened.connectionName(), clock).run();
        QVERIFY2(problems, qPrintable(at + problems.error().text()));
        QVERIFY2(problems->isEmpty(), qPrintable(at + problems->value(0).check +
                                                 QStringLiteral(": ") + problems->value(0).detail));
    }
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
