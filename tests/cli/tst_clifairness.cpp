#include "cliprocess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Deferral, the waitlist place and the fairness proof through the program as a script runs it:
// a desk made with the program's own commands, its administrator, an officer and a read-only
// user signing in with tokens. The deferral round trip (refused without --to-cohort, and to a
// cohort that is not later), the queue policy (administrators only, audited), a waitlisted
// application's place in `show`, and `fairness` and `check` on a fair history and after one
// unfair offer written past the desk.
class TestCliFairness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CliProcess::Desk m_desk;
    QString m_db;
    QStringList m_officer;

    CliRun run(const QStringList &arguments)
    {
        return CliProcess::run(QStringLiteral(ADMISSIONS_CLI), m_dir.path(), arguments);
    }

    QStringList as(const QString &who) const
    {
        return who == "boss" ? m_desk.boss : who == "officer" ? m_officer : m_desk.reader;
    }

private Q_SLOTS:
    // SWE-1 (one seat, open) and SWE-2 (later, a draft); Ada, Bea and Cy applied to SWE-1 and
    // qualified in that order: Ada accepted the seat, Bea and Cy wait.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("desk.sqlite");
        m_desk =
            CliProcess::deskWithBossAndReader(QStringLiteral(ADMISSIONS_CLI), m_dir.path(), m_db);
        QVERIFY2(m_desk.failure.isEmpty(), qPrintable(m_desk.failure));
        const QString officerPassword =
            CliProcess::secretFile(m_dir.filePath("officer.pw"), "an officer's password");
        const QString officerToken = m_dir.filePath("officer.token");
        QList<QStringList> steps{
            m_desk.boss + QStringList{"staff", "add", "officer", "--role", "admissions_officer",
                                      "--new-password-file", officerPassword},
            QStringList{"--db", m_db, "--as", "officer", "--password-file", officerPassword,
                        "staff", "token", "officer-script", "-o", officerToken},
            m_desk.boss + QStringList{"track", "add", "SWE", "Software Engineering"},
            m_desk.boss + QStringList{"cohort", "add", "SWE-1", "--track", "SWE", "--starts",
                                      "2027-03-01", "--ends", "2027-09-01", "--capacity", "1"},
            m_desk.boss + QStringList{"cohort", "add", "SWE-2", "--track", "SWE", "--starts",
                                      "2027-06-01", "--ends", "2027-12-01", "--capacity", "1",
                                      "--state", "draft"}};
        for (const QString &name : QStringList{"Ada", "Bea", "Cy", "Dan"})
            steps << m_desk.boss +
                         QStringList{"applicant",   "add", "--first-name", name,
                                     "--last-name", "Doe", "--email",      name + "@example.org",
                                     "--track",     "SWE", "--cohort",     "SWE-1"};
        for (const QString &id : QStringList{"1", "2", "3"}) {
            for (const QString &status :
                 QStringList{"screening", "interview_scheduled", "interviewed", "qualified"})
                steps << m_desk.boss + QStringList{"status", "set", id, status};
        }
        steps << m_desk.boss + QStringList{"status", "set", "1", "accepted"};
        for (const QStringList &step : steps) {
            const CliRun r = run(step);
            QVERIFY2(r.exitCode == 0, qPrintable(step.join(' ') + '\n' + r.describe()));
        }
        m_officer = QStringList{"--db", m_db, "--token-file", officerToken};
    }

    void refusesWhatItMayNot_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        QTest::newRow("deferral without a cohort")
            << "boss" << QStringList{"status", "set", "1", "deferred", "--reason", "later"} << 2
            << "needs --to-cohort";
        QTest::newRow("deferral to a cohort not later")
            << "boss" << QStringList{"status",      "set",   "1",        "deferred",
                                     "--to-cohort", "SWE-1", "--reason", "later"}
            << 1 << "cohort SWE-1 does not start after cohort SWE-1";
        QTest::newRow("deferral to no such cohort")
            << "boss" << QStringList{"status", "set", "1", "deferred", "--to-cohort", "NOPE"} << 1
            << "There is no cohort named NOPE";
        QTest::newRow("a cohort for another move")
            << "boss" << QStringList{"status", "set", "1", "enrolled", "--to-cohort", "SWE-2"} << 2
            << "--to-cohort only goes with deferred";
        QTest::newRow("officer changes the queue policy")
            << "officer" << QStringList{"deferral-queue", "set", "reset"} << 1 << "";
        QTest::newRow("reader changes the queue policy")
            << "reader" << QStringList{"deferral-queue", "set", "reset"} << 1 << "";
        QTest::newRow("no such policy") << "boss" << QStringList{"deferral-queue", "set", "maybe"}
                                        << 2 << "POLICY must be keep or reset";
        QTest::newRow("fairness of no such cohort")
            << "reader" << QStringList{"fairness", "--cohort", "NOPE"} << 1
            << "There is no cohort named NOPE";
    }

    void refusesWhatItMayNot()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString before =
            CliProcess::scalarIn(m_db, "SELECT group_concat(status) FROM applications").toString();
        const CliRun r = run(as(who) + arguments);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
        QCOMPARE(
            CliProcess::scalarIn(m_db, "SELECT group_concat(status) FROM applications").toString(),
            before);
        QCOMPARE(CliProcess::scalarIn(m_db, "SELECT count(*) FROM desk_settings WHERE key = "
                                            "'deferral_keeps_qualification_time'")
                     .toInt(),
                 0);
    }

    // In order after refusesWhatItMayNot: the whole story on one desk.
    void defersReturnsAndProvesFairness()
    {
        CliRun r = run(m_desk.reader + QStringList{"show", "3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Waitlist: place 2 of 2 waiting for cohort SWE-1") &&
                     r.out.contains("qualified earlier") && r.out.contains("Bea Doe"),
                 qPrintable(r.out));

        r = run(m_desk.boss + QStringList{"deferral-queue", "set", "reset"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run(m_desk.reader + QStringList{"deferral-queue", "show"});
        QVERIFY2(r.out.contains("Deferral queue: reset"), qPrintable(r.describe()));
        QCOMPARE(CliProcess::scalarIn(m_db, "SELECT new_value FROM audit_events WHERE field = "
                                            "'deferral_keeps_qualification_time'")
                     .toString(),
                 QString("false"));

        r = run(m_officer + QStringList{"status", "set", "1", "deferred", "--to-cohort", "SWE-2",
                                        "--reason", "The start date does not fit"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("cause: deferred to cohort SWE-2") &&
                     r.out.contains("Application 2: waitlisted -> offered, by desk; cause: seat "
                                    "released by application 1"),
                 qPrintable(r.out));
        r = run(m_desk.reader + QStringList{"show", "1"});
        QVERIFY2(r.out.contains("Deferred to:") && r.out.contains("SWE-2 (starts 2027-06-01"),
                 qPrintable(r.out));

        r = run(m_desk.boss + QStringList{"cohort", "open", "SWE-2"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(
            r.out.contains("Application 1: deferred -> qualified; cause: cohort SWE-2 opened") &&
                r.out.contains("Application 1 offered a seat"),
            qPrintable(r.out));
        QCOMPARE(CliProcess::scalarIn(m_db, "SELECT queue_at > qualified_at FROM applications "
                                            "WHERE id = 1")
                     .toInt(),
                 1); // reset: it queues from its return; qualified_at stays

        r = run(m_desk.reader + QStringList{"fairness"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Cohort SWE-1: offers checked: 2, exceptions: 0") &&
                     r.out.contains("Cohort SWE-2: offers checked: 1, exceptions: 0"),
                 qPrintable(r.out));
        r = run(m_desk.reader + QStringList{"fairness", "--cohort", "SWE-2"});
        QVERIFY2(r.exitCode == 0 && !r.out.contains("SWE-1"), qPrintable(r.describe()));

        // Dan qualifies behind Cy; then an offer to Dan is written past the desk.
        for (const QString &status :
             QStringList{"screening", "interview_scheduled", "interviewed", "qualified"}) {
            r = run(m_desk.boss + QStringList{"status", "set", "4", status});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        QVERIFY(
            CliProcess::scalarIn(m_db, "SELECT status FROM applications WHERE id = 4").toString() ==
            "waitlisted");
        CliProcess::scalarIn(m_db, "INSERT INTO status_events (application_id, from_status, "
                                   "to_status, at, cohort_id) VALUES (4, 'waitlisted', 'offered', "
                                   "'2027-01-01T00:00:00.000Z', 1)");
        const QString event =
            CliProcess::scalarIn(m_db, "SELECT max(id) FROM status_events").toString();
        const QString exception = QString("Status event %1 at 2027-01-01T00:00:00.000Z offered "
                                          "application 4 a seat of cohort SWE-1 while "
                                          "application 3 was first in line")
                                      .arg(event);
        r = run(m_desk.reader + QStringList{"fairness"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Cohort SWE-1: offers checked: 3, exceptions: 1") &&
                     r.out.contains(exception) &&
                     r.out.contains("Offers that passed over the first in line: 1"),
                 qPrintable(r.out));
        r = run({"--db", m_db, "check"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("fairness: " + exception), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliFairness)
#include "tst_clifairness.moc"
