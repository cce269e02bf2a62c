#include "damageablefile.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "services/applicantservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// What a person is told when SQLite refuses a statement: two real connections on one real file
// for a writer that holds the lock, a read-only connection for a file that cannot be written.
class TestSqlFailure : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    }
    void cleanup() { m_db.reset(); }

    void anotherWriterIsNamedWithTheWait_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("waited");
        QTest::newRow("1 s") << 1000 << "gave up after waiting 1 second.";
        QTest::newRow("2 s") << 2000 << "gave up after waiting 2 seconds.";
    }

    void anotherWriterIsNamedWithTheWait()
    {
        QFETCH(int, timeoutMs);
        QFETCH(QString, waited);
        Database other(QStringLiteral("other"));
        const Status opened = other.open(m_db->path());
        QVERIFY_OK(opened);
        QVERIFY(Sql(other.connectionName())
                    .scalar(QStringLiteral("PRAGMA busy_timeout = %1").arg(timeoutMs)));

        Transaction holder(m_db->connectionName()); // a long import, say
        QVERIFY2(holder.isActive(), qPrintable(holder.error().text()));
        QElapsedTimer clock;
        clock.start();
        Transaction waiter(other.connectionName());
        QVERIFY(!waiter.isActive());
        QVERIFY(clock.elapsed() >= timeoutMs - 50);
        const QString said = waiter.error().text();
        QCOMPARE(SqlFailure::codeOf(waiter.error().sqlError), int(SqlFailure::Busy));
        QVERIFY2(said.startsWith(
                     QStringLiteral("Cannot write to %1: another program is writing to the file; ")
                         .arg(QDir::toNativeSeparators(m_db->path()))),
                 qPrintable(said));
        QVERIFY2(said.contains(waited), qPrintable(said));
        QVERIFY2(said.endsWith(QStringLiteral("Nothing was changed; try again.")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("BEGIN")) &&
                     !said.contains(QStringLiteral("locked")),
                 qPrintable(said));
    }

    // A service passes the sentence on as it is.
    void aServiceSaysItToo()
    {
        const qint64 track = m_db->addTrack(QStringLiteral("SWE"));
        m_db->addCohort(track, QStringLiteral("SWE-1"), 10);
        const Actor officer{m_db->addStaff(QStringLiteral("officer")), QStringLiteral("officer")};
        ApplicantService::NewApplication input;
        input.applicant.firstName = QStringLiteral("Ada");
        input.applicant.lastName = QStringLiteral("Lovelace");
        input.applicant.email = QStringLiteral("ada@example.org");
        input.trackCode = QStringLiteral("SWE");
        const auto registered =
            ApplicantService(m_db->connectionName(), officer).registerApplication(input);
        QVERIFY_OK(registered);

        Database other(QStringLiteral("other"));
        QVERIFY(other.open(m_db->path()));
        QVERIFY(Sql(other.connectionName()).scalar(QStringLiteral("PRAGMA busy_timeout = 1000")));
        Transaction holder(m_db->connectionName());
        QVERIFY(holder.isActive());
        const auto moved =
            StatusService(other.connectionName(), officer)
                .changeStatus(registered->applicationId, ApplicationStatus::Screening);
        QVERIFY(!moved);
        QVERIFY2(moved.error().text().contains(
                     QStringLiteral("another program is writing to the file; gave up")),
                 qPrintable(moved.error().text()));
    }

    void aReadOnlyFileIsNamed()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "read-only");
            db.setDatabaseName(m_db->path());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            const auto done = Sql(QStringLiteral("read-only"))
                                  .exec(QStringLiteral("INSERT INTO tracks (code, name) VALUES "
                                                       "('X', 'x')"));
            QVERIFY(!done);
            const QString said = done.error().text();
            QCOMPARE(said,
                     QStringLiteral("Cannot write to %1: the file is read-only (or its folder "
                                    "is). Nothing was changed.")
                         .arg(QDir::toNativeSeparators(m_db->path())));
            db.close();
        }
        QSqlDatabase::removeDatabase("read-only");
    }

    // A message that wraps the error gives its plain reason, not SQLite's words.
    void aWrappedErrorGivesThePlainReason()
    {
        const Error plain =
            SqlFailure::explain(SqlFailure::Full, QStringLiteral("/data/a.sqlite"), 0, QString(),
                                QSqlError(QStringLiteral("Unable to fetch row"),
                                          QStringLiteral("database or disk is full"),
                                          QSqlError::StatementError, QStringLiteral("13")));
        QCOMPARE(plain.text(), QStringLiteral("Cannot write to /data/a.sqlite: the disk is full. "
                                              "Nothing was changed; make room on the disk and try "
                                              "again."));
        const Error wrapped{QStringLiteral("Cannot open it: the upgrade failed"), plain.sqlError};
        QCOMPARE(wrapped.text(),
                 QStringLiteral("Cannot open it: the upgrade failed (the disk is full)"));
        QCOMPARE(wrapped.sqlError.nativeErrorCode(), QStringLiteral("13"));
    }

    // Files are not read whole on opening: a damaged page met after the first row ends the
    // rows just as their end would. rows(), row() and scalar() tell the two apart, so that
    // nobody takes a short list, or "none", for the answer.
    void aDamagedPageAfterTheFirstRowIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        const QString made = DamageableFile::create(path);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        Database db(QStringLiteral("damaged"));
        QVERIFY_OK(db.open(path, Database::Check::Later));
        const Sql sql(db.connectionName());
        // A leaf of staff_users in the middle of its rows (dbstat: SQLite's page map).
        const auto leaf =
            sql.scalar(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'staff_users' "
                                      "AND pagetype = 'leaf' ORDER BY path LIMIT 1 OFFSET 3"));
        QVERIFY_OK(leaf);
        QVERIFY(leaf.value().toInt() > 1);
        db.close();
        QVERIFY(DamageableFile::overwritePages(path, leaf.value().toInt() - 1, 1));
        QVERIFY_OK(db.open(path, Database::Check::Later));

        const QString all = QStringLiteral("SELECT id FROM staff_users ORDER BY id");
        // What the driver alone does: the rows stop early, and only lastError() says why.
        int seen = 0;
        {
            QSqlQuery raw(QSqlDatabase::database(db.connectionName(), false));
            raw.setForwardOnly(true);
            QVERIFY2(raw.exec(all), qPrintable(raw.lastError().text()));
            while (raw.next())
                ++seen;
            QVERIFY(raw.lastError().type() != QSqlError::NoError);
        }
        QVERIFY(seen > 0 && seen < 300);

        const auto expectDamaged = [](const Error &error) {
            QCOMPARE(SqlFailure::codeOf(error.sqlError), int(SqlFailure::Corrupt));
            QVERIFY2(error.text().contains(QStringLiteral("damaged")), qPrintable(error.text()));
        };
        const auto rows =
            sql.rows<qint64>(all, {}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
        QVERIFY(!rows);
        expectDamaged(rows.error());
        const QString nobody =
            QStringLiteral("SELECT id FROM staff_users WHERE display_name = 'nobody'");
        const auto row =
            sql.row<qint64>(nobody, {}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
        QVERIFY(!row);
        expectDamaged(row.error());
        const auto scalar = sql.scalar(nobody);
        QVERIFY(!scalar);
        expectDamaged(scalar.error());
    }
};

QTEST_GUILESS_MAIN(TestSqlFailure)
#include "tst_sqlfailure.moc"
