#include "backup/backupfile.h"
#include "backup/databaserestore.h"
#include "db/database.h"
#include "db/databasecheck.h"
#include "filefacts.h"
#include "filestate.h"
#include "olderschemafile.h"
#include "testdatabase.h"
#include "uncheckpointedwrite.h"
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
// What a restore adds to the restored file: the record of the restore.
const QStringList AuditTables{QStringLiteral("audit_events"), QStringLiteral("audit_values")};

using FileFacts::digestOf;
using FileFacts::filesIn;
using FileFacts::modeOf;

const QDateTime Now(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC);
const QString KeptAsideSuffix = QStringLiteral(".before-restore-20270201-090000");

// A database in `dir` (desk.sqlite) and a backup of it (backup.sqlite) with a track, a cohort,
// an officer and two applications; then the database moves on: a third application and a
// track the backup does not have.
struct Scene
{
    QString database;
    QString backup;
    FileState atBackup;
    FileState now;
    Actor administrator; // in the database and in the backup
};

Scene makeScene(const QString &dir)
{
    Scene scene;
    TestDatabase db(QStringLiteral("scene"));
    if (!db.isOpen())
        qFatal("%s", qPrintable(db.openError()));
    const qint64 track = db.addTrack(QStringLiteral("SWE"));
    db.addCohort(track, QStringLiteral("SWE-1"), 10);
    db.addStaff(QStringLiteral("officer"));
    scene.administrator = db.actor(StaffRole::Administrator);
    int phone = 100;
    const auto addPerson = [&db, &phone, track](const QString &name) {
        db.addApplication(db.addApplicant(name, QStringLiteral("Tester"),
                                          name.toLower() + QStringLiteral("@example.org"),
                                          QStringLiteral("+1 555 0%1").arg(++phone)),
                          track);
    };
    addPerson(QStringLiteral("Ada"));
    addPerson(QStringLiteral("Grace"));
    scene.backup = QDir(dir).filePath(QStringLiteral("backup.sqlite"));
    if (const auto made = BackupFile::write(db.connectionName(), scene.backup); !made)
        qFatal("%s", qPrintable(made.error().text()));
    addPerson(QStringLiteral("Katherine"));
    db.addTrack(QStringLiteral("DATA"));
    const QString from = db.path();
    db.database().close();
    scene.database = QDir(dir).filePath(QStringLiteral("desk.sqlite"));
    if (!QFile::copy(from, scene.database))
        qFatal("cannot copy %s", qPrintable(from));
    scene.atBackup = FileState::of(scene.backup);
    scene.now = FileState::of(scene.database);
    return scene;
}
} // namespace

// Putting a backup in the place of the database: refused whole or done whole.
class TestDatabaseRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesWhileAnotherConnectionHasItOpen_data();
    void refusesWhileAnotherConnectionHasItOpen();
    void refusesBackupsItCannotUse_data();
    void refusesBackupsItCannotUse();
    void refusesAMissingDatabase();
    void restoresAndKeepsTheOldFileAside();
    void restoresAnOlderBackup();
    void restoresTwiceInOneSecond();
};

void TestDatabaseRestore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabaseRestore::refusesWhileAnotherConnectionHasItOpen_data()
{
    QTest::addColumn<QString>("doing");
    QTest::newRow("open, idle") << "idle";
    QTest::newRow("reading") << "reading";
    QTest::newRow("writing") << "writing";
}

void TestDatabaseRestore::refusesWhileAnotherConnectionHasItOpen()
{
    QFETCH(QString, doing);
    QTemporaryDir dir;
    const Scene scene = makeScene(dir.path());
    const QStringList files = filesIn(dir.path());
    {
        Database other(QStringLiteral("other"));
        const Status opened = other.open(scene.database);
        QVERIFY_OK(opened);
        QSqlQuery query(QSqlDatabase::database(other.connectionName()));
        if (doing == QLatin1String("reading")) {
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM applications")));
            QVERIFY(query.next());
        } else if (doing == QLatin1String("writing")) {
            QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM tracks WHERE code = 'DATA'")));
        }

        const auto restored = DatabaseRestore::run(scene.database, scene.backup, Now, scene.administrator);
        QVERIFY(!restored);
        QVERIFY2(restored.error().text().contains(QLatin1String("another program")),
                 qPrintable(restored.error().text()));
        QVERIFY2(restored.error().text().contains(QLatin1String("Nothing was changed")),
                 qPrintable(restored.error().text()));
        // No copy of the backup, no file kept aside.
        for (const QString &name : filesIn(dir.path()))
            QVERIFY2(!name.contains(QLatin1String(".restoring")) &&
                         !name.contains(QLatin1String(".before-restore")) &&
                         !name.contains(QLatin1String(".partial")),
                     qPrintable(name));

        // The other connection goes on as before.
        if (doing != QLatin1String("idle"))
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO tracks (code, name) VALUES ('UX', 'UX')")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("DELETE FROM tracks WHERE code = 'UX'")),
                 qPrintable(query.lastError().text()));
    }
    const FileState after = FileState::of(scene.database);
    QVERIFY2(after == scene.now, qPrintable(after.differences(scene.now)));
    QCOMPARE(filesIn(dir.path()), files);
}

void TestDatabaseRestore::refusesBackupsItCannotUse_data()
{
    QTest::addColumn<UnusableFile::Kind>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << UnusableFile::Kind::Empty << "empty";
    QTest::newRow("text") << UnusableFile::Kind::Text << "not an SQLite database";
    QTest::newRow("damaged") << UnusableFile::Kind::Damaged << "damaged";
    QTest::newRow("truncated") << UnusableFile::Kind::Truncated << "damaged";
    QTest::newRow("foreign") << UnusableFile::Kind::Foreign << "not an Admissions Desk database";
    QTest::newRow("newer") << UnusableFile::Kind::Newer << "newer Admissions Desk";
}

void TestDatabaseRestore::refusesBackupsItCannotUse()
{
    QFETCH(UnusableFile::Kind, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const Scene scene = makeScene(dir.path());
    const QString picked = dir.filePath(QStringLiteral("picked.sqlite"));
    const QString made = UnusableFile::create(picked, kind);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QStringList files = filesIn(dir.path());
    const QByteArray bytes = digestOf(scene.database);

    const auto restored = DatabaseRestore::run(scene.database, picked, Now, scene.administrator);
    QVERIFY(!restored);
    QVERIFY2(restored.error().text().contains(expected), qPrintable(restored.error().text()));
    QVERIFY2(restored.error().text().contains(QLatin1String("Nothing was changed")),
             qPrintable(restored.error().text()));
    QCOMPARE(digestOf(scene.database), bytes);
    // (A picked file in WAL mode, as the newer one is, gets an empty -wal and -shm from the
    // read-only connection that looks at it.)
    QStringList now = filesIn(dir.path());
    if (kind == UnusableFile::Kind::Newer && QFileInfo(picked + QStringLiteral("-wal")).size() == 0)
        now = now.filter(QRegularExpression(QStringLiteral("^(?!picked\\.sqlite-)")));
    QCOMPARE(now, files);
}

void TestDatabaseRestore::refusesAMissingDatabase()
{
    QTemporaryDir dir;
    const Scene scene = makeScene(dir.path());
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const auto restored = DatabaseRestore::run(missing, scene.backup, Now, scene.administrator);
    QVERIFY(!restored);
    QVERIFY2(restored.error().text().contains(QLatin1String("no such database")),
             qPrintable(restored.error().text()));
    QVERIFY(!QFileInfo::exists(missing));

    const auto noBackup =
        DatabaseRestore::run(scene.database, dir.filePath(QStringLiteral("nowhere.sqlite")), Now, scene.administrator);
    QVERIFY(!noBackup);
    QVERIFY2(noBackup.error().text().contains(QLatin1String("no such file")),
             qPrintable(noBackup.error().text()));
}

// The old file, with its latest change still only in its -wal, is kept aside whole; nothing of
// that -wal reaches the restored file.
void TestDatabaseRestore::restoresAndKeepsTheOldFileAside()
{
    QTemporaryDir dir;
    const Scene scene = makeScene(dir.path());
    QVERIFY(QFile::setPermissions(scene.database, QFile::ReadOwner | QFile::WriteOwner));
    const QStringList inWal{
        QStringLiteral("INSERT INTO tracks (code, name) VALUES ('WAL', 'Only in the log')"),
        QStringLiteral("UPDATE applicants SET first_name = 'Changed' WHERE id = 1")};
    // The database as it is with that change: the same change on a copy, checkpointed.
    const QString expectedPath = dir.filePath(QStringLiteral("expected.sqlite"));
    QVERIFY(QFile::copy(scene.database, expectedPath));
    QString failed = UncheckpointedWrite::run(scene.database, inWal);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(QFileInfo(scene.database + QStringLiteral("-wal")).size() > 0);
    failed = UncheckpointedWrite::run(expectedPath, inWal);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const FileState expectedOld = FileState::of(expectedPath);
    QVERIFY(QFile::remove(expectedPath));
    QVERIFY(expectedOld != scene.now);

    const auto restored = DatabaseRestore::run(scene.database, scene.backup, Now, scene.administrator);
    QVERIFY_OK(restored);
    QCOMPARE(restored->keptAside, QFileInfo(scene.database).absoluteFilePath() + KeptAsideSuffix);
    QCOMPARE(restored->restored.rows, BackupFile::inspect(scene.backup)->rows);
    QCOMPARE(restored->restored.applications(), qint64(2));

    // Nothing else is left: no copy under a temporary name, no log of the old file.
    QCOMPARE(filesIn(dir.path()),
             (QStringList{QStringLiteral("backup.sqlite"), QStringLiteral("desk.sqlite"),
                          QStringLiteral("desk.sqlite") + KeptAsideSuffix}));
    QCOMPARE(modeOf(scene.database), 0600);

    // The backup's rows, and one more record in its audit trail: the restore itself.
    const FileState restoredState = FileState::of(scene.database);
    QCOMPARE(restoredState.integrity, QStringLiteral("ok"));
    QVERIFY2(restoredState.without(AuditTables) == scene.atBackup.without(AuditTables),
             qPrintable(restoredState.differences(scene.atBackup)));
    QCOMPARE(restoredState.rows.value(QStringLiteral("audit_events")),
             scene.atBackup.rows.value(QStringLiteral("audit_events")) + 1);
    const FileState aside = FileState::of(restored->keptAside);
    QCOMPARE(aside.integrity, QStringLiteral("ok"));
    QVERIFY2(aside == expectedOld, qPrintable(aside.differences(expectedOld)));
    QCOMPARE(filesIn(dir.path()).size(), qsizetype(3));

    // The program opens the restored file, finds it sound, and works on it.
    Database reopened(QStringLiteral("restored"));
    const Status opened = reopened.open(scene.database);
    QVERIFY_OK(opened);
    FixedClock clock(Now);
    const auto problems = DatabaseCheck(reopened.connectionName(), clock).run();
    QVERIFY_OK(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->value(0).detail));
    QSqlQuery query(QSqlDatabase::database(reopened.connectionName()));
    QVERIFY(
        query.exec(QStringLiteral("SELECT count(*) FROM tracks WHERE code IN ('WAL', 'DATA')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // The restored trail's newest record is the restore, by the administrator who ran it.
    QVERIFY(query.exec(QStringLiteral(
        "SELECT action, actor_name FROM audit_events ORDER BY id DESC LIMIT 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("restore"));
    QCOMPARE(query.value(1).toString(), scene.administrator.username);
    query.finish();
    // The backup itself is untouched, and can be restored again.
    QVERIFY(BackupFile::inspect(scene.backup));
}

void TestDatabaseRestore::restoresAnOlderBackup()
{
    QTemporaryDir dir;
    const Scene scene = makeScene(dir.path());
    const QString older = dir.filePath(QStringLiteral("older.sqlite"));
    const QString made = OlderSchemaFile::create(older, 2);
    QVERIFY2(made.isEmpty(), qPrintable(made));

    const auto restored = DatabaseRestore::run(scene.database, older, Now, scene.administrator);
    QVERIFY_OK(restored);
    QCOMPARE(restored->restored.schemaVersion, 2);
    QCOMPARE(FileState::of(scene.database).userVersion, 2);
    // Opening it upgrades it, after a backup of its own.
    Database reopened(QStringLiteral("older"));
    const Status opened = reopened.open(scene.database);
    QVERIFY_OK(opened);
    QCOMPARE(reopened.schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabaseRestore::restoresTwiceInOneSecond()
{
    QTemporaryDir dir;
    const Scene scene = makeScene(dir.path());
    const auto first = DatabaseRestore::run(scene.database, scene.backup, Now, scene.administrator);
    QVERIFY_OK(first);
    const auto second = DatabaseRestore::run(scene.database, scene.backup, Now, scene.administrator);
    QVERIFY_OK(second);
    QVERIFY(second->keptAside != first->keptAside);
    // Both old files are still there: the one before the first restore has the newer rows.
    const FileState beforeFirst = FileState::of(first->keptAside);
    QVERIFY2(beforeFirst == scene.now, qPrintable(beforeFirst.differences(scene.now)));
    const FileState beforeSecond = FileState::of(second->keptAside);
    QVERIFY2(beforeSecond.without(AuditTables) == scene.atBackup.without(AuditTables),
             qPrintable(beforeSecond.differences(scene.atBackup)));
}

QTEST_GUILESS_MAIN(TestDatabaseRestore)
#include "tst_databaserestore.moc"
