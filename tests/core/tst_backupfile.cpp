#include "backup/backupfile.h"
#include "backup/databaserestore.h"
#include "db/database.h"
#include "db/databasecheck.h"
#include "demo/demodatagenerator.h"
#include "filefacts.h"
#include "filestate.h"
#include "services/applicantservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "unusablefile.h"
#include "verifyok.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

Q_DECLARE_METATYPE(UnusableFile::Kind)

namespace {
using FileFacts::digestOf;
using FileFacts::filesIn;
using FileFacts::modeOf;

const QDate Today(2027, 2, 1);
const QDateTime Now(Today, QTime(9, 0), Qt::UTC);
// The first staff user of the seeded file (see initTestCase).
const Actor Administrator{1, QStringLiteral("administrator")};

// The row counts FileState read, in the form BackupFile reports them.
BackupFile::RowCounts countsOf(const FileState &state)
{
    BackupFile::RowCounts counts;
    for (auto it = state.rows.cbegin(); it != state.rows.cend(); ++it)
        counts.append({it.key(), qint64(it.value())});
    return counts;
}

// Byte 18 of an SQLite header: 1 for a rollback journal, 2 for write-ahead logging.
int fileFormatOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(20);
    return header.size() == 20 ? int(header.at(18)) : -1;
}

} // namespace

// Backups of a live database: one consistent moment, private, checked, never over a database.
class TestBackupFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupIsOnePrivateCheckedFile();
    void roundTripWhileAnotherConnectionWrites();
    void refusesToWriteOverADatabase_data();
    void refusesToWriteOverADatabase();
    void inspectRefusesWhatItCannotUse_data();
    void inspectRefusesWhatItCannotUse();
    void cancelledBackupLeavesNothing();

private:
    QTemporaryDir m_dir;
    QString m_seeded;                            // closed, for a test to copy
    Database m_source{QStringLiteral("source")}; // a copy, open for the whole test
};

void TestBackupFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_seeded = m_dir.filePath(QStringLiteral("seeded.sqlite"));
    {
        Database seed(QStringLiteral("seed"));
        const Status opened = seed.open(m_seeded);
        QVERIFY_OK(opened);
        DemoDataGenerator::Options demo;
        demo.applicants = 2500;
        demo.today = Today;
        const auto seeded = DemoDataGenerator(seed.connectionName(),
                              addStaffActor(seed.connectionName(), StaffRole::Administrator)).generate(demo);
        QVERIFY_OK(seeded);
        // Small pages, so that a file of a few MiB takes several steps of the copy, as one of
        // hundreds of MiB does with the usual 4 KiB pages. (The page size of a WAL file can
        // only change outside WAL.)
        QSqlQuery query(QSqlDatabase::database(seed.connectionName()));
        for (const char *sql : {"PRAGMA journal_mode = DELETE", "PRAGMA page_size = 512", "VACUUM",
                                "PRAGMA journal_mode = WAL"})
            QVERIFY2(query.exec(QString::fromLatin1(sql)), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        QCOMPARE(query.value(0).toInt(), 512);
    }
    const QString source = m_dir.filePath(QStringLiteral("source/desk.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(source).absolutePath()));
    QVERIFY(QFile::copy(m_seeded, source));
    const Status opened = m_source.open(source);
    QVERIFY_OK(opened);
}

void TestBackupFile::backupIsOnePrivateCheckedFile()
{
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("private.sqlite"));
    const auto made = BackupFile::write(m_source.connectionName(), backup);
    QVERIFY_OK(made);

    QCOMPARE(modeOf(backup), 0600);
    // One file, in rollback-journal mode: nothing of it lives in a -wal or -shm.
    for (const char *companion : {"-wal", "-shm", "-journal"})
        QVERIFY2(!QFileInfo::exists(backup + QLatin1String(companion)), companion);
    QCOMPARE(fileFormatOf(backup), 1);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("private.sqlite")});

    const FileState source = FileState::of(m_source.path());
    QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
    QCOMPARE(made->schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(made->rows, countsOf(source));
    QCOMPARE(made->applications(), qint64(source.rows.value(QStringLiteral("applications"))));
    QVERIFY(made->applications() > 2500);

    const auto inspected = BackupFile::inspect(backup);
    QVERIFY_OK(inspected);
    QCOMPARE(inspected->schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(inspected->rows, made->rows);
    // Not only as many rows: the same ones.
    const FileState copy = FileState::of(backup);
    QCOMPARE(copy.integrity, QStringLiteral("ok"));
    QVERIFY2(copy == source, qPrintable(copy.differences(source)));
    QVERIFY(QFile::remove(backup));
}

// A second connection to the file writes between the steps of the copy: the backup holds the
// database as it was at one moment (here: before the first of those writes), never a mix, and
// a restore of it brings back every row.
void TestBackupFile::roundTripWhileAnotherConnectionWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("live-backup.sqlite"));
    QVERIFY(QFile::copy(m_seeded, path));
    const FileState before = FileState::of(path);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));

    QList<FileState> moments{before};
    int steps = 0;
    int writes = 0;
    {
        Database source(QStringLiteral("backing-up"));
        Database writer(QStringLiteral("writer"));
        const Status sourceOpened = source.open(path);
        QVERIFY_OK(sourceOpened);
        const Status writerOpened = writer.open(path);
        QVERIFY_OK(writerOpened);
        FixedClock clock(Now);
        ApplicantService applicants(writer.connectionName(), Administrator, clock);
        StatusService statuses(writer.connectionName(), Administrator, clock);
        QString failed;

        const auto progress = [&](qint64 done, qint64 total) {
            ++steps;
            // A few writes: without its read transaction the copy would start again after each.
            if (done >= total || writes >= 4 || !failed.isEmpty())
                return true;
            // A new applicant and a change of an existing application, each committed.
            ApplicantService::NewApplication input;
            input.applicant.firstName = QStringLiteral("Written");
            input.applicant.lastName = QStringLiteral("During%1").arg(steps);
            input.applicant.email = QStringLiteral("during%1@example.org").arg(steps);
            input.trackCode = QStringLiteral("SWE");
            const auto registered = applicants.registerApplication(input);
            if (!registered) {
                failed = registered.error().text();
                return true;
            }
            clock.advanceSecs(60);
            const auto moved =
                statuses.changeStatus(registered->applicationId, ApplicationStatus::Screening);
            if (!moved) {
                failed = moved.error().text();
                return true;
            }
            ++writes;
            moments << FileState::of(path);
            return true;
        };
        const auto made = BackupFile::write(source.connectionName(), backup, progress);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY_OK(made);
        QVERIFY2(
            writes >= 2,
            qPrintable(QStringLiteral("only %1 writes during %2 steps").arg(writes).arg(steps)));
    }
    // The writes reached the database…
    const FileState after = FileState::of(path);
    QCOMPARE(after.rows.value(QStringLiteral("applicants")),
             before.rows.value(QStringLiteral("applicants")) + writes);
    // … and the backup is the database at exactly one of the moments between them.
    const FileState copy = FileState::of(backup);
    QCOMPARE(copy.integrity, QStringLiteral("ok"));
    QVERIFY2(moments.contains(copy),
             qPrintable(QStringLiteral("the backup is no moment of the database: ") +
                        copy.differences(before)));
    const auto inspected = BackupFile::inspect(backup);
    QVERIFY_OK(inspected);
    QCOMPARE(inspected->rows, countsOf(copy));

    // Restored, the file holds every row of the backup, and the program finds it sound.
    const auto restored = DatabaseRestore::run(path, backup, Now, Administrator);
    QVERIFY_OK(restored);
    // The backup's rows, and in the audit trail one record more: the restore.
    const QStringList audit{QStringLiteral("audit_events"), QStringLiteral("audit_values")};
    const FileState back = FileState::of(path);
    QCOMPARE(back.integrity, QStringLiteral("ok"));
    QVERIFY2(back.without(audit) == copy.without(audit), qPrintable(back.differences(copy)));
    QCOMPARE(back.rows.value(QStringLiteral("audit_events")),
             copy.rows.value(QStringLiteral("audit_events")) + 1);
    const FileState aside = FileState::of(restored->keptAside);
    QVERIFY2(aside == after, qPrintable(aside.differences(after)));
    Database reopened(QStringLiteral("restored"));
    const Status opened = reopened.open(path);
    QVERIFY_OK(opened);
    FixedClock clock(Now);
    const auto problems = DatabaseCheck(reopened.connectionName(), clock).run();
    QVERIFY_OK(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->value(0).detail));
}

void TestBackupFile::refusesToWriteOverADatabase_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the database") << "desk.sqlite"
                                  << "the database";
    QTest::newRow("the database, spelled otherwise") << "./../%1/desk.sqlite"
                                                     << "the database";
    QTest::newRow("its -wal") << "desk.sqlite-wal"
                              << "write-ahead log";
    QTest::newRow("its -shm") << "desk.sqlite-shm"
                              << "shared-memory index";
    QTest::newRow("its -journal (none yet)") << "desk.sqlite-journal"
                                             << "rollback journal";
    QTest::newRow("another SQLite file") << "other.sqlite"
                                         << "SQLite database";
}

void TestBackupFile::refusesToWriteOverADatabase()
{
    QFETCH(QString, target);
    QFETCH(QString, expected);
    const QString folder = QFileInfo(m_source.path()).absolutePath();
    const QString other = QDir(folder).filePath(QStringLiteral("other.sqlite"));
    if (!QFileInfo::exists(other))
        QVERIFY(BackupFile::write(m_source.connectionName(), other));
    const QString path = QDir(folder).filePath(
        target.contains(QLatin1String("%1")) ? target.arg(QFileInfo(folder).fileName()) : target);
    const FileState source = FileState::of(m_source.path());
    const QByteArray bytes = digestOf(path);

    const auto made = BackupFile::write(m_source.connectionName(), path);
    QVERIFY(!made);
    QVERIFY2(made.error().text().contains(expected), qPrintable(made.error().text()));
    QVERIFY2(made.error().text().contains(QLatin1String("Nothing was written")),
             qPrintable(made.error().text()));
    QCOMPARE(digestOf(path), bytes);
    const FileState now = FileState::of(m_source.path());
    QVERIFY2(now == source, qPrintable(now.differences(source)));
    for (const QString &name : filesIn(folder))
        QVERIFY2(!name.contains(QLatin1String(".partial")), qPrintable(name));
}

void TestBackupFile::inspectRefusesWhatItCannotUse_data()
{
    QTest::addColumn<UnusableFile::Kind>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << UnusableFile::Kind::Empty << "empty";
    QTest::newRow("text") << UnusableFile::Kind::Text << "not an SQLite database";
    QTest::newRow("damaged") << UnusableFile::Kind::Damaged << "damaged";
    QTest::newRow("truncated") << UnusableFile::Kind::Truncated << "damaged";
    QTest::newRow("foreign") << UnusableFile::Kind::Foreign << "not an Admissions Desk database";
    QTest::newRow("newer") << UnusableFile::Kind::Newer
                           << QStringLiteral("schema version %1; this program knows up to %2")
                                  .arg(Database::latestSchemaVersion() + 1)
                                  .arg(Database::latestSchemaVersion());
}

void TestBackupFile::inspectRefusesWhatItCannotUse()
{
    QFETCH(UnusableFile::Kind, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("picked.sqlite"));
    const QString made = UnusableFile::create(path, kind);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QByteArray bytes = digestOf(path);

    const auto inspected = BackupFile::inspect(path);
    QVERIFY(!inspected);
    QVERIFY2(inspected.error().text().contains(expected), qPrintable(inspected.error().text()));
    QVERIFY2(inspected.error().text().contains(QLatin1String("picked.sqlite")),
             qPrintable(inspected.error().text()));
    // Looked at, not touched. (A file in WAL mode, as the newer one is, gets an empty -wal and
    // -shm from the read-only connection that looks at it.)
    QCOMPARE(digestOf(path), bytes);
    QStringList files = filesIn(dir.path());
    if (kind == UnusableFile::Kind::Newer && QFileInfo(path + QStringLiteral("-wal")).size() == 0)
        files = files.filter(QRegularExpression(QStringLiteral("^picked\\.sqlite$")));
    QCOMPARE(files, QStringList{QStringLiteral("picked.sqlite")});

    // Nor is it copied anywhere.
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(!BackupFile::copyFile(path, copy));
    QVERIFY(!filesIn(dir.path()).contains(QStringLiteral("copy.sqlite")));
}

void TestBackupFile::cancelledBackupLeavesNothing()
{
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("cancelled.sqlite"));
    int calls = 0;
    const auto made =
        BackupFile::write(m_source.connectionName(), backup, [&calls](qint64, qint64) {
            ++calls;
            return false;
        });
    QCOMPARE(calls, 1);
    QVERIFY(!made);
    QVERIFY2(made.error().text().contains(QLatin1String("cancelled")),
             qPrintable(made.error().text()));
    QVERIFY2(filesIn(dir.path()).isEmpty(), qPrintable(filesIn(dir.path()).join(' ')));

    // The source connection is usable and not left inside the backup's read transaction.
    QSqlQuery query(QSqlDatabase::database(m_source.connectionName()));
    QVERIFY2(query.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral("COMMIT")), qPrintable(query.lastError().text()));
}

QTEST_GUILESS_MAIN(TestBackupFile)
#include "tst_backupfile.moc"
