#include "db/database.h"
#include "files/outputtarget.h"
#include "verifyok.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// Where an output may go: never over the database, its companions or any other SQLite file,
// however the path is spelled. The files are real: a database of ours, links and a backup.
class TestOutputTarget : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    static bool touch(const QString &path, const QByteArray &bytes = {})
    {
        QFile out(path);
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        QVERIFY(QDir(m_dir.path()).mkpath("sub"));
        m_database = file("desk.sqlite");
        {
            Database database("outputtarget");
            const Status opened = database.open(m_database);
            QVERIFY_OK(opened);
        }
        // Closed: its -wal and -shm are gone, so only their names can be compared.
        QVERIFY(!QFile::exists(m_database + "-wal"));
        QVERIFY(!QFile::exists(m_database + "-shm"));
        QVERIFY(QFile::copy(m_database, file("backup.sqlite")));
        QVERIFY(QFile::link(m_database, file("link.sqlite")));
        QVERIFY(QFile::link(file("backup.sqlite"), file("backup-link.csv")));
        QVERIFY2(::link(QFile::encodeName(m_database).constData(),
                        QFile::encodeName(file("hard.csv")).constData()) == 0,
                 "cannot make a hard link");
        // A link to a -wal that is not there (yet): writing through it would make the -wal.
        QVERIFY(QFile::link(m_database + "-wal", file("wal-link.csv")));
        QVERIFY(touch(file("old.csv"), "id\r\n1\r\n"));
        QVERIFY(touch(file("empty.csv")));
    }

    void check_data()
    {
        QTest::addColumn<QString>("output");    // relative to the test's folder
        QTest::addColumn<QString>("companion"); // made beside the database first, if any
        QTest::addColumn<QString>("refusal");   // empty: allowed

        QTest::newRow("the database") << "desk.sqlite"
                                      << ""
                                      << "is the database";
        QTest::newRow("another spelling") << "sub/../desk.sqlite"
                                          << ""
                                          << "is the database";
        QTest::newRow("doubled slashes") << "sub//..//./desk.sqlite"
                                         << ""
                                         << "is the database";
        QTest::newRow("a symbolic link to it") << "link.sqlite"
                                               << ""
                                               << "is the database";
        QTest::newRow("a hard link to it") << "hard.csv"
                                           << ""
                                           << "is the database";
        QTest::newRow("-wal, not there") << "desk.sqlite-wal"
                                         << ""
                                         << "write-ahead log";
        QTest::newRow("-wal, there") << "desk.sqlite-wal"
                                     << "-wal"
                                     << "write-ahead log";
        QTest::newRow("-wal, another spelling") << "sub/../desk.sqlite-wal"
                                                << ""
                                                << "write-ahead log";
        QTest::newRow("-wal, through a symbolic link") << "wal-link.csv"
                                                       << ""
                                                       << "write-ahead log";
        QTest::newRow("-shm, not there") << "desk.sqlite-shm"
                                         << ""
                                         << "shared-memory index";
        QTest::newRow("-shm, there") << "desk.sqlite-shm"
                                     << "-shm"
                                     << "shared-memory index";
        QTest::newRow("-journal") << "desk.sqlite-journal"
                                  << ""
                                  << "rollback journal";
        QTest::newRow("a backup copy") << "backup.sqlite"
                                       << ""
                                       << "is an SQLite database";
        QTest::newRow("a link to a backup") << "backup-link.csv"
                                            << ""
                                            << "is an SQLite database";
        QTest::newRow("a new file") << "applications.csv"
                                    << ""
                                    << "";
        QTest::newRow("a new file named after the database") << "desk.sqlite.csv"
                                                             << ""
                                                             << "";
        QTest::newRow("a new file in the subfolder") << "sub/desk.sqlite"
                                                     << ""
                                                     << "";
        QTest::newRow("an older export") << "old.csv"
                                         << ""
                                         << "";
        QTest::newRow("an empty file") << "empty.csv"
                                       << ""
                                       << "";
    }

    void check()
    {
        QFETCH(QString, output);
        QFETCH(QString, companion);
        QFETCH(QString, refusal);
        if (!companion.isEmpty())
            QVERIFY(touch(m_database + companion));
        const auto removeCompanion = qScopeGuard([&] {
            if (!companion.isEmpty())
                QFile::remove(m_database + companion);
        });

        // Absolute, and relative to the working folder (as a shell passes it).
        const QString absolute = file(output);
        const QString relative = QDir::current().relativeFilePath(absolute);
        QVERIFY(QDir::isRelativePath(relative));
        for (const QString &path : {absolute, relative}) {
            const Status allowed = OutputTarget::check(path, m_database);
            if (refusal.isEmpty()) {
                QVERIFY2(allowed.ok(), qPrintable(path + ": " + allowed.error().text()));
                continue;
            }
            QVERIFY2(!allowed.ok(), qPrintable(path + " was allowed"));
            const QString message = allowed.error().text();
            QVERIFY2(message.startsWith("Will not write " + QDir::toNativeSeparators(path)),
                     qPrintable(message));
            QVERIFY2(message.contains(refusal), qPrintable(message));
            QVERIFY2(message.contains("Nothing was written"), qPrintable(message));
        }
        // The database spelled the other way round: relative, and through a link.
        const QString relativeDatabase = QDir::current().relativeFilePath(m_database);
        QCOMPARE(OutputTarget::check(absolute, relativeDatabase).ok(), refusal.isEmpty());
    }

    // Without a database (nothing open), any SQLite file is still refused.
    void withoutADatabase()
    {
        QVERIFY(!OutputTarget::check(m_database, {}).ok());
        QVERIFY(!OutputTarget::check(file("backup.sqlite"), {}).ok());
        QVERIFY(OutputTarget::check(file("old.csv"), {}).ok());
        QVERIFY(OutputTarget::check(file("new.csv"), {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestOutputTarget)
#include "tst_outputtarget.moc"
