#include "damageablefile.h"
#include "db/bulkwritecache.h"
#include "db/checkedbycaller.h"
#include "db/memorytempstore.h"
#include "db/database.h"
#include "db/statementinterrupter.h"
#include "filefacts.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
using FileFacts::digestOf;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Makes an SQLite file with a raw connection: `statements` decide what kind of file it is.
void makeSqliteFile(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "maker");
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase("maker");
}

QVariant pragma(const QString &connection, const QString &name)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (!query.exec("PRAGMA " + name) || !query.next())
        return {};
    return query.value(0);
}
} // namespace

class TestDatabase_ : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A second connection of this process opening and closing the file (the window's check on
    // a worker, an upgrade probe, an export's target check) leaves the first connection's locks:
    // another program that writes and exits never takes the file for unused, so the first
    // connection goes on seeing every commit. Reading the header with a descriptor of our own
    // dropped those locks: the first program to exit deleted the write-ahead log, and the window
    // read a stale file from then on.
    void otherConnectionsKeepTheFirstOnesView()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("shared.sqlite");
        Database window("window");
        QVERIFY_OK(window.open(path));
        QVERIFY_OK(Database::verify(path));
        QVERIFY(!Database::needsUpgrade(path));
        for (int round = 1; round <= 3; ++round) {
            const qint64 before = Database::dataVersion("window").value();
            const int exit = QProcess::execute(
                QStringLiteral("sqlite3"),
                {path, QStringLiteral("PRAGMA busy_timeout = 5000; INSERT INTO tracks (code, name) "
                                      "VALUES ('T%1', 'Track %1')")
                           .arg(round)});
            QCOMPARE(exit, 0);
            QVERIFY2(Database::dataVersion("window").value() != before, qPrintable(QString::number(round)));
            QCOMPARE(pragma("window", "user_version").toInt(), Database::latestSchemaVersion());
            QSqlQuery count(QSqlDatabase::database("window", false));
            QVERIFY(count.exec("SELECT count(*) FROM tracks") && count.next());
            QCOMPARE(count.value(0).toInt(), round);
            // The log stays: the window's connection still has the file open.
            QVERIFY(QFile::exists(path + "-wal"));
        }
    }

    void createsANewPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("sub/folder/new.sqlite");
        Database db("new");
        const Status opened = db.open(path);
        QVERIFY_OK(opened);
        QVERIFY(QFile::exists(path));
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        // The write-ahead log inherits the mode.
        QCOMPARE(::stat(QFile::encodeName(path + "-wal").constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
    }

    void configuresTheConnection()
    {
        TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.openError()));
        const QString c = t.connectionName();
        QCOMPARE(pragma(c, "foreign_keys").toInt(), 1);
        QCOMPARE(pragma(c, "journal_mode").toString(), QString("wal"));
        QCOMPARE(pragma(c, "synchronous").toInt(), 2); // FULL
        QVERIFY(pragma(c, "busy_timeout").toInt() >= 1000);
        QCOMPARE(pragma(c, "application_id").toInt(), Database::ApplicationId);
        QCOMPARE(pragma(c, "user_version").toInt(), Database::latestSchemaVersion());
    }

    // A bulk write's pragmas hold while it lasts and are put back after it.
    void bulkWritePragmasAreScoped()
    {
        TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.openError()));
        const QString c = t.connectionName();
        const int cacheBefore = pragma(c, "cache_size").toInt();
        {
            const BulkWriteCache cache(c);
            const CheckedByCaller checked(c);
            const MemoryTempStore journals(c);
            QCOMPARE(pragma(c, "cache_size").toInt(), -BulkWriteCache::SizeKiB);
            QCOMPARE(pragma(c, "ignore_check_constraints").toInt(), 1);
            QCOMPARE(pragma(c, "temp_store").toInt(), MemoryTempStore::Memory);
        }
        QCOMPARE(pragma(c, "cache_size").toInt(), cacheBefore);
        QCOMPARE(pragma(c, "ignore_check_constraints").toInt(), 0);
        QCOMPARE(pragma(c, "temp_store").toInt(), 0);
    }

    void foreignKeysAreEnforced()
    {
        TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.openError()));
        QSqlQuery query(QSqlDatabase::database(t.connectionName(), false));
        QVERIFY(!query.exec("INSERT INTO cohorts (track_id, name, starts_on, ends_on, capacity) "
                            "VALUES (999, 'x', '2027-01-01', '2027-06-01', 10)"));
        QVERIFY(query.lastError().text().contains("FOREIGN KEY", Qt::CaseInsensitive));
    }

    void hasTheWholeDomain()
    {
        TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.openError()));
        for (const char *table :
             {"tracks", "cohorts", "refund_schedule", "applicants", "applications", "status_events",
              "mentors", "mentor_tracks", "mentor_assignments", "activities", "staff_users"})
            QVERIFY2(t.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                              "name = ?",
                              {QString::fromLatin1(table)})
                             .toInt() == 1,
                     table);
        for (const char *index :
             {"applications_status", "applications_track", "applications_cohort_queue",
              "applications_owner", "applications_applied_at", "applicants_last_name",
              "applicants_first_name"})
            QVERIFY2(t.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                              "name = ?",
                              {QString::fromLatin1(index)})
                             .toInt() == 1,
                     index);
    }

    void reopensItsOwnFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("again.sqlite");
        {
            Database db("first");
            QVERIFY(db.open(path).ok());
            QSqlQuery query(QSqlDatabase::database("first", false));
            QVERIFY(query.exec("INSERT INTO tracks (code, name) VALUES ('SWE', 'Software')"));
        }
        Database db("second");
        const Status opened = db.open(path);
        QVERIFY_OK(opened);
        QSqlQuery query(QSqlDatabase::database("second", false));
        QVERIFY(query.exec("SELECT name FROM tracks") && query.next());
        QCOMPARE(query.value(0).toString(), QString("Software"));
    }

    void zeroByteFileBecomesANewDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("empty.sqlite");
        writeFile(path, {});
        Database db("empty");
        const Status opened = db.open(path);
        QVERIFY_OK(opened);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void migratesAnEmptySqliteFileFromVersionZero()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("v0.sqlite");
        makeSqliteFile(path, {"PRAGMA user_version = 0"});
        Database db("v0");
        const Status opened = db.open(path);
        QVERIFY_OK(opened);
        QCOMPARE(pragma("v0", "user_version").toInt(), Database::latestSchemaVersion());
        QCOMPARE(pragma("v0", "application_id").toInt(), Database::ApplicationId);
    }

    // Only the programs' "make a database" paths create one: any other use of a missing or
    // empty file is refused, and leaves no file, folder, -wal or -shm behind.
    void theModeDecidesWhatIsCreated_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("file");    // missing, empty or folder
        QTest::addColumn<QString>("refusal"); // empty: opened
        for (const char *mode : {"Existing", "ReadOnly"}) {
            QTest::addRow("missing, %s", mode) << mode << "missing"
                                               << "there is no such file. Nothing was created.";
            QTest::addRow("empty, %s", mode) << mode << "empty"
                                             << "the file is empty (0 bytes)";
            QTest::addRow("folder, %s", mode) << mode << "folder"
                                              << "it is a folder";
        }
        QTest::newRow("missing, CreateIfMissing") << "CreateIfMissing"
                                                  << "missing"
                                                  << "";
        QTest::newRow("empty, CreateIfMissing") << "CreateIfMissing"
                                                << "empty"
                                                << "";
        QTest::newRow("folder, CreateIfMissing") << "CreateIfMissing"
                                                 << "folder"
                                                 << "it is a folder";
    }

    void theModeDecidesWhatIsCreated()
    {
        QFETCH(QString, mode);
        QFETCH(QString, file);
        QFETCH(QString, refusal);
        QTemporaryDir dir;
        QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
        const QString path = file == "missing" ? dir.filePath("missing/folder/desk.sqlite")
                                               : dir.filePath("desk.sqlite");
        if (file == "empty")
            writeFile(path, {});
        else if (file == "folder")
            QVERIFY(QDir(dir.path()).mkdir("desk.sqlite"));
        const QStringList before =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

        Database db("mode");
        const Status opened = db.open(path, Database::Check::OnOpen,
                                      mode == "CreateIfMissing" ? Database::Mode::CreateIfMissing
                                      : mode == "Existing"      ? Database::Mode::Existing
                                                                : Database::Mode::ReadOnly);
        if (refusal.isEmpty()) {
            QVERIFY_OK(opened);
            QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
            struct stat info
            {
            };
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
            // A file it makes is for its owner alone; an empty one keeps the mode it was given.
            if (file == "missing")
                QCOMPARE(info.st_mode & 0777, mode_t(0600));
            return;
        }
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(refusal), qPrintable(opened.error().text()));
        QVERIFY2(opened.error().message.contains("desk.sqlite"), qPrintable(opened.error().text()));
        QVERIFY(!db.isOpen());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
        if (file == "empty")
            QCOMPARE(QFileInfo(path).size(), 0);
    }

    // A reader cannot write, even where the file would let it; the file is left as it was.
    void readOnlyModeWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("reader.sqlite");
        {
            Database maker("maker");
            const Status made = maker.open(path);
            QVERIFY_OK(made);
        }
        const QByteArray before = digestOf(path);
        {
            Database reader("reader");
            const Status opened =
                reader.open(path, Database::Check::OnOpen, Database::Mode::ReadOnly);
            QVERIFY_OK(opened);
            QCOMPARE(Database::fileOf("reader"), QFileInfo(path).canonicalFilePath());
            QSqlQuery query(QSqlDatabase::database("reader", false));
            QVERIFY2(query.exec("SELECT count(*) FROM tracks") && query.next(),
                     qPrintable(query.lastError().text()));
            QVERIFY(!query.exec("INSERT INTO tracks (code, name) VALUES ('SWE', 'Software')"));
            QVERIFY2(query.lastError().text().contains("readonly", Qt::CaseInsensitive),
                     qPrintable(query.lastError().text()));
        }
        QCOMPARE(digestOf(path), before);
        QVERIFY(Database::fileOf("reader").isEmpty());
    }

    void verifyFindsDamageThatOpeningLaterLeftUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("later.sqlite");
        const QString made = DamageableFile::create(path);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QVERIFY2(Database::verify(path).ok(), "a sound file fails verification");
        QVERIFY(DamageableFile::overwritePages(path, 3, 2));
        Database db("later");
        const Status opened = db.open(path, Database::Check::Later);
        QVERIFY_OK(opened);
        // The check runs on a connection of its own while the program has the file open.
        const Status verified = Database::verify(path);
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().message.contains("damaged"), qPrintable(verified.error().text()));
        QVERIFY(verified.error().message.contains("later.sqlite"));
    }

    // A window that closes before its check has ended stops the check instead of waiting for
    // it: a stopped check says so, and neither passes nor condemns the file.
    void aStoppedVerificationSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("stopped.sqlite");
        const QString made = DamageableFile::create(path);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        StatementInterrupter stopper;
        stopper.cancel();
        const Status verified = Database::verify(path, stopper);
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().message.contains("stopped"), qPrintable(verified.error().text()));
        QVERIFY(!verified.error().message.contains("damaged"));
        QVERIFY_OK(Database::verify(path));
    }

    void refusesBadFilesUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("random bytes") << "random"
                                      << "not an SQLite file";
        QTest::newRow("text file") << "text"
                                   << "not an SQLite file";
        QTest::newRow("truncated database") << "truncated"
                                            << "damaged";
        QTest::newRow("corrupted pages") << "corrupted"
                                         << "damaged";
        QTest::newRow("another program's database") << "foreign"
                                                    << "another program";
        QTest::newRow("newer schema") << "newer"
                                      << "schema version 99";
    }

    void refusesBadFilesUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.sqlite");
        if (kind == "random") {
            QByteArray bytes;
            quint32 x = 12345;
            for (int i = 0; i < 8192; ++i) {
                x = x * 1664525u + 1013904223u;
                bytes.append(char(x >> 24));
            }
            writeFile(path, bytes);
        } else if (kind == "text") {
            writeFile(path, "first_name,last_name\nAda,Lovelace\n");
        } else if (kind == "foreign") {
            makeSqliteFile(path, {"CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"});
        } else if (kind == "newer") {
            makeSqliteFile(path,
                           {QString("PRAGMA application_id = %1").arg(Database::ApplicationId),
                            "PRAGMA user_version = 99", "CREATE TABLE future (x)"});
        } else {
            // A real database of ours with data, then cut short or overwritten in the middle.
            const QString made = DamageableFile::create(path);
            QVERIFY2(made.isEmpty(), qPrintable(made));
            QVERIFY(kind == "truncated" ? DamageableFile::truncate(path)
                                        : DamageableFile::overwritePages(path, 2, 3));
        }
        const QByteArray before = digestOf(path);
        QVERIFY(!before.isEmpty());

        Database db("bad");
        const Status opened = db.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(expected), qPrintable(opened.error().text()));
        QVERIFY2(opened.error().message.contains("bad.sqlite"), qPrintable(opened.error().text()));
        QVERIFY(!db.isOpen());
        QCOMPARE(digestOf(path), before);
        if (kind == "newer")
            QVERIFY2(opened.error().message.contains(
                         QString("up to %1").arg(Database::latestSchemaVersion())),
                     qPrintable(opened.error().text()));
    }
};

QTEST_GUILESS_MAIN(TestDatabase_)
#include "tst_database.moc"
