#include "cliprocess.h"

#include <QDate>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// The mentors' promises on the command line, on a real file through the program as a script
// runs it: enrolment proposes a mentor (none without a free weekly slot), mentor confirm,
// suggest and assign, mentor call log and list on the bootcamp's calendar (Auckland), mentor
// cadence with the students and mentors behind, show, and a move out of the program ending the
// assignment; a read-only user is refused every write.
class TestCliMentoring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_boss;
    QStringList m_reader;
    // The bootcamp's days are Auckland's, whatever this computer's zone.
    const QDate m_today =
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Pacific/Auckland")).date();
    // Monday of the last completed week, and of the two before it.
    const QDate m_lastWeek = m_today.addDays(1 - m_today.dayOfWeek() - 7);
    const QDate m_firstWeek = m_lastWeek.addDays(-14);

    CliRun run(const QStringList &arguments)
    {
        return CliProcess::run(QStringLiteral(ADMISSIONS_CLI), m_dir.path(), arguments);
    }

    CliRun boss(const QStringList &arguments) { return run(m_boss + arguments); }

    QString scalar(const QString &sql) { return CliProcess::scalarIn(m_db, sql).toString(); }

    static QString day(const QDate &date) { return date.toString(Qt::ISODate); }

    void steps(const QList<QStringList> &commands)
    {
        for (const QStringList &command : commands) {
            const CliRun r = boss(command);
            QVERIFY2(r.exitCode == 0, qPrintable(command.join(' ') + '\n' + r.describe()));
        }
    }

private Q_SLOTS:
    // A desk in Auckland with the administrator "boss" and the read-only "reader", the track
    // SWE, its cohort begun three weeks ago, the mentors Grace (London, one weekly slot) and
    // Alan (Tokyo, one weekly slot), and applications 1 to 3 of people in London, accepted.
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_db = m_dir.filePath("desk.sqlite");
        const CliProcess::Desk desk =
            CliProcess::deskWithBossAndReader(QStringLiteral(ADMISSIONS_CLI), m_dir.path(), m_db);
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        m_boss = desk.boss;
        m_reader = desk.reader;
        steps({{"time-zone", "set", "Pacific/Auckland"},
               {"track", "add", "SWE", "Software Engineering"},
               {"cohort", "add", "SWE-1", "--track", "SWE", "--starts", day(m_firstWeek), "--ends",
                day(m_firstWeek.addMonths(6)), "--capacity", "10"},
               {"mentor", "add", "Grace", "--email", "grace@example.org", "--time-zone",
                "Europe/London", "--tracks", "SWE", "--capacity", "3", "--weekly-slots", "1"},
               {"mentor", "add", "Alan", "--email", "alan@example.org", "--time-zone", "Asia/Tokyo",
                "--tracks", "SWE", "--capacity", "1"}});
        for (int id = 1; id <= 3; ++id) {
            const QString n = QString::number(id);
            steps({{"applicant", "add", "--first-name", "Student", "--last-name", n, "--email",
                    "s" + n + "@example.org", "--time-zone", "Europe/London", "--track", "SWE",
                    "--cohort", "SWE-1"},
                   {"status", "set", n, "screening"},
                   {"status", "set", n, "interview_scheduled"},
                   {"status", "set", n, "interviewed"},
                   {"status", "set", n, "qualified"},
                   {"status", "set", n, "accepted"},
                   {"payment", "waive-deposit", n, "--reason", "scholarship"}});
        }
    }

    void enrolmentProposesAndAnOfficerConfirms()
    {
        steps({{"status", "set", "1", "enrolled"},
               {"status", "set", "2", "enrolled"},
               {"status", "set", "3", "enrolled"}});
        QCOMPARE(scalar("SELECT group_concat(application_id || ':' || mentor_id || ':' || state, "
                        "' ') FROM mentor_assignments"),
                 QString("1:1:proposed 2:2:proposed"));
        CliRun r = boss({"show", "1"});
        QVERIFY2(r.out.contains("Mentor:") &&
                     r.out.contains("proposed: 1 (Grace), not yet confirmed"),
                 qPrintable(r.out));
        r = boss({"show", "3"});
        QVERIFY2(r.out.contains("none: no mentor of this track has a free slot"),
                 qPrintable(r.out));
        r = boss({"mentor", "suggest", "3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("no mentor of this track has a free slot"), qPrintable(r.err));
        r = boss({"mentor", "list"});
        QVERIFY2(r.out.contains("1 of 1"), qPrintable(r.out));

        r = run(m_reader + QStringList{"mentor", "confirm", "1"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT state FROM mentor_assignments WHERE application_id = 1"),
                 QString("proposed"));
        r = boss({"mentor", "confirm", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Application 1: mentor 1 (Grace) confirmed."), qPrintable(r.out));
        r = boss({"mentor", "confirm", "3"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Application 3 has no proposed mentor to confirm."),
                 qPrintable(r.err));
        r = boss({"mentor", "assign", "3", "1"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Mentor 1 (Grace) has no free slot: 1 of 1 mentees"),
                 qPrintable(r.err));
        r = boss({"mentor", "assign", "2", "2"}); // the proposed one: confirmed
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT group_concat(state, ' ') FROM mentor_assignments"),
                 QString("active active"));
        QCOMPARE(scalar("SELECT count(*) FROM audit_events WHERE action IN ('propose_mentor', "
                        "'confirm_mentor')"),
                 QString("4"));
    }

    void callsAreLoggedAndTheCadenceFlagsWhoIsBehind()
    {
        steps({{"status", "set", "1", "active"}, {"status", "set", "2", "active"}});
        // Confirmed three weeks ago, as a desk would have been by now.
        CliProcess::scalarIn(m_db, QString("UPDATE mentor_assignments SET started_at = '%1'")
                                       .arg(day(m_firstWeek) + "T00:00:00.000Z"));
        for (int week = 0; week < 3; ++week)
            steps({{"mentor", "call", "log", "1", "--on", day(m_firstWeek.addDays(7 * week + 1))}});
        steps({{"mentor", "call", "log", "2", "--on", day(m_firstWeek.addDays(2)), "--note",
                "career plan"}});

        CliRun r = boss({"mentor", "call", "log", "1", "--on", day(m_today.addDays(1))});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("after today (" + day(m_today) + ")"), qPrintable(r.err));
        r = boss({"mentor", "call", "log", "1", "--on", "last tuesday"});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        r = boss({"mentor", "call", "log", "3"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Application 3 has no mentor"), qPrintable(r.err));
        r = run(m_reader + QStringList{"mentor", "call", "log", "1"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT count(*) FROM activities WHERE kind = 'mentor_call'"),
                 QString("4"));
        r = boss({"mentor", "call"});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("mentor call log, mentor call list"), qPrintable(r.err));

        r = run(m_reader + QStringList{"mentor", "call", "list", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out.count("1:1 call with 1 (Grace)"), 3);
        QVERIFY2(r.out.contains("Cadence: 3 of 3 weeks with a call"), qPrintable(r.out));

        const QString behind = QString("behind: no call in the week of %1; last call %2")
                                   .arg(day(m_lastWeek), day(m_firstWeek.addDays(2)));
        r = run(m_reader + QStringList{"mentor", "cadence"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.out.split('\n');
        QVERIFY2(lines.size() > 6, qPrintable(r.out));
        QVERIFY2(lines[1].contains("Alan") && lines[1].contains("1 of 3") &&
                     lines[1].contains("behind"),
                 qPrintable(r.out));
        QVERIFY2(lines[2].contains("Grace") && lines[2].contains("3 of 3") &&
                     !lines[2].contains("behind"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("Students behind") && r.out.contains(behind), qPrintable(r.out));
        r = run(m_reader + QStringList{"mentor", "cadence", "--behind"});
        QVERIFY2(r.out.contains("Alan") && !r.out.contains("Grace"), qPrintable(r.out));
        r = boss({"show", "2"});
        QVERIFY2(r.out.contains("Mentor calls:") && r.out.contains(behind), qPrintable(r.out));
    }

    // Dropping out ends the assignment: show says so, and the mentor's slot is free.
    void leavingTheProgramEndsTheAssignment()
    {
        steps({{"status", "set", "2", "dropped", "--reason", "moved abroad"}});
        QCOMPARE(scalar("SELECT state || ' ' || end_cause FROM mentor_assignments WHERE "
                        "application_id = 2"),
                 QString("ended dropped"));
        CliRun r = boss({"show", "2"});
        QVERIFY2(r.out.contains("none: 2 (Alan) until " + day(m_today) + " (dropped)"),
                 qPrintable(r.out));
        r = boss({"mentor", "cadence", "--behind"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("Alan"), qPrintable(r.out));
        r = boss({"mentor", "assign", "3", "2"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliMentoring)
#include "tst_climentoring.moc"
