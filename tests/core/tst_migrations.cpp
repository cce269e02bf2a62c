#include "database.h"
#include "migrations.h"
#include "olderschemafile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsAreNumberedInOrder()
    {
        const auto &steps = Migrations::steps();
        QVERIFY(!steps.empty());
        for (size_t i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].version, int(i) + 1);
            QVERIFY2(QFile::exists(steps[i].resourcePath), qPrintable(steps[i].resourcePath));
        }
        QCOMPARE(Migrations::latestVersion(), int(steps.size()));
    }

    // Each version's file, as an older program left it, opens and is upgraded in place.
    void upgradesFromEveryEarlierVersion()
    {
        for (const Migrations::Step &target : Migrations::steps()) {
            if (target.version == Migrations::latestVersion())
                break;
            QTemporaryDir dir;
            const QString path = dir.filePath("old.sqlite");
            const QString made = OlderSchemaFile::create(path, target.version);
            QVERIFY2(made.isEmpty(), qPrintable(made));
            QVERIFY(Database::needsUpgrade(path));

            Database db("upgraded");
            const Status opened = db.open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error().text()));
            QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
            QSqlQuery query(QSqlDatabase::database("upgraded", false));
            QVERIFY(query.exec("SELECT first_name FROM applicants") && query.next());
            QCOMPARE(query.value(0).toString(), QString("Zoë"));
            // The search index covers the applications that were already there.
            QVERIFY(query.exec("SELECT rowid FROM application_search WHERE application_search "
                               "MATCH '\"oe@exam\"'"));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toLongLong(), 7);
            QVERIFY(!query.next());
            QVERIFY(!query.exec("SELECT * FROM applicant_search"));
            // Version 4: short searches find first names through an index.
            QVERIFY(query.exec("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                               "name = 'applicants_first_name'") &&
                    query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(!Database::needsUpgrade(path));
        }
    }

    // Only an older file of ours: open() refuses the others, with its reasons.
    void onlyOlderFilesOfOursNeedAnUpgrade()
    {
        QTemporaryDir dir;
        QVERIFY(!Database::needsUpgrade(dir.filePath("missing.sqlite")));
        QFile text(dir.filePath("notes.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not a database\n") > 0);
        text.close();
        QVERIFY(!Database::needsUpgrade(text.fileName()));
        const QString foreign = dir.filePath("foreign.sqlite");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "foreign");
            raw.setDatabaseName(foreign);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec("CREATE TABLE things (x)"));
            QVERIFY(QSqlQuery(raw).exec("PRAGMA user_version = 1"));
            raw.close();
        }
        QSqlDatabase::removeDatabase("foreign");
        QVERIFY(!Database::needsUpgrade(foreign));
        Database current("current");
        QVERIFY(current.open(dir.filePath("current.sqlite")).ok());
        current.close();
        QVERIFY(!Database::needsUpgrade(dir.filePath("current.sqlite")));
    }

    void splitsStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two statements")
            << "CREATE TABLE a (x);\nCREATE TABLE b (y);\n"
            << QStringList{"CREATE TABLE a (x);", "CREATE TABLE b (y);"};
        QTest::newRow("comments and blank lines")
            << "-- a comment\n\nCREATE TABLE a (\n    x -- inline\n);\n"
            << QStringList{"CREATE TABLE a (\n    x -- inline\n);"};
        QTest::newRow("trigger body is one statement")
            << "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET y = 1;\n  DELETE "
               "FROM c;\nEND;\nCREATE INDEX i ON a(x);\n"
            << QStringList{"CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET y = 1;\n  "
                           "DELETE FROM c;\nEND;",
                           "CREATE INDEX i ON a(x);"};
        QTest::newRow("no final semicolon") << "SELECT 1" << QStringList{"SELECT 1"};
    }

    void splitsStatements()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(Migrations::statements(script), statements);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
