#include "migrations.h"

#include <QFile>
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
