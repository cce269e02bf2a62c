#include "database.h"
#include "migrations.h"

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
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "raw");
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QSqlQuery query(raw);
                for (const Migrations::Step &step : Migrations::steps()) {
                    if (step.version > target.version)
                        break;
                    QFile file(step.resourcePath);
                    QVERIFY(file.open(QIODevice::ReadOnly));
                    for (const QString &statement :
                         Migrations::statements(QString::fromUtf8(file.readAll())))
                        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
                }
                QVERIFY(query.exec(QString("PRAGMA user_version = %1").arg(target.version)));
                QVERIFY(
                    query.exec(QString("PRAGMA application_id = %1").arg(Database::ApplicationId)));
                QVERIFY2(query.exec("INSERT INTO applicants (first_name, last_name, email, "
                                    "email_norm, phone_norm, created_at, updated_at) VALUES "
                                    "('Zoë', 'Müller', 'zoe@example.org', 'zoe@example.org', "
                                    "'+491234567', 'x', 'x')"),
                         qPrintable(query.lastError().text()));
                // Application 7 of applicant 1: the search index holds application ids.
                QVERIFY2(query.exec("INSERT INTO tracks (id, code, name) VALUES (1, 'SWE', "
                                    "'Software engineering')") &&
                             query.exec("INSERT INTO applications (id, applicant_id, track_id, "
                                        "status, applied_at, status_changed_at, updated_at) "
                                        "VALUES (7, 1, 1, 'applied', 'x', 'x', 'x')"),
                         qPrintable(query.lastError().text()));
            }
            QSqlDatabase::removeDatabase("raw");

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
        }
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
