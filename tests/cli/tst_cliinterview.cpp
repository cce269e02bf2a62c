#include "cliprocess.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

// score set, interview schedule, reschedule, cancel and list, and what show prints of them, on
// a real file through the program as a script runs it: an administrator and a read-only user
// signing in with tokens, and what each command left in the file.
class TestCliInterview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_boss;
    QStringList m_reader;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun run(const QStringList &arguments)
    {
        return CliProcess::run(QStringLiteral(ADMISSIONS_CLI), m_dir.path(), arguments);
    }

    QString scalar(const QString &sql) { return CliProcess::scalarIn(m_db, sql).toString(); }

    static QString inDays(int days)
    {
        return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODate);
    }

private Q_SLOTS:
    // A desk with the administrator "boss", the read-only "reader", the track SWE and
    // application 1 of Ada Lovelace, applied.
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_db = path("desk.sqlite");
        const CliProcess::Desk desk =
            CliProcess::deskWithBossAndReader(QStringLiteral(ADMISSIONS_CLI), m_dir.path(), m_db);
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        m_boss = desk.boss;
        m_reader = desk.reader;
        const QList<QStringList> steps{
            {"track", "add", "SWE", "Software Engineering"},
            {"applicant", "add", "--first-name", "Ada", "--last-name", "Lovelace", "--email",
             "ada@example.org", "--track", "SWE"},
        };
        for (const QStringList &step : steps) {
            const CliRun r = run(m_boss + step);
            QVERIFY2(r.exitCode == 0, qPrintable(step.join(' ') + '\n' + r.describe()));
        }
    }

    void scoreSetAndShown()
    {
        CliRun r = run(m_boss + QStringList{"score", "set", "1", "87"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("score 87 of 100"), qPrintable(r.out));
        QCOMPARE(scalar("SELECT score FROM applications WHERE id = 1"), QString("87"));
        QCOMPARE(scalar("SELECT count(*) FROM audit_events WHERE action = 'update' AND entity = "
                        "'application' AND field = 'score'"),
                 QString("1"));
        r = run(m_boss + QStringList{"show", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("87 of 100"), qPrintable(r.out));

        for (const char *wrong : {"101", "-1", "lots"}) {
            r = run(m_boss + QStringList{"score", "set", "1", wrong});
            QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        }
        r = run(m_reader + QStringList{"score", "set", "1", "20"});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT score FROM applications WHERE id = 1"), QString("87"));

        r = run(m_boss + QStringList{"score", "set", "1", "none"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(CliProcess::scalarIn(m_db, "SELECT score FROM applications WHERE id = 1").isNull());
    }

    void scheduleListAndCancel()
    {
        // Refused: a time gone by, an interviewer who is nobody, a read-only user.
        CliRun r = run(m_boss + QStringList{"interview", "schedule", "1", "--at", inDays(-1),
                                            "--interviewer", "boss"});
        QVERIFY2(r.exitCode != 0 && r.err.contains("past"), qPrintable(r.describe()));
        r = run(m_boss + QStringList{"interview", "schedule", "1", "--at", inDays(2),
                                     "--interviewer", "nobody"});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        r = run(m_reader + QStringList{"interview", "schedule", "1", "--at", inDays(2),
                                       "--interviewer", "boss"});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        r = run(m_boss + QStringList{"interview", "schedule", "1", "--at", "tomorrow",
                                     "--interviewer", "boss"});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT count(*) FROM interviews"), QString("0"));

        r = run(m_boss + QStringList{"interview", "schedule", "1", "--at", inDays(2),
                                     "--interviewer", "boss", "--minutes", "30"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Interview 1 of application 1"), qPrintable(r.out));
        QVERIFY2(r.out.contains("applied -> screening"), qPrintable(r.out));
        QVERIFY2(r.out.contains("screening -> interview_scheduled"), qPrintable(r.out));
        QCOMPARE(scalar("SELECT status FROM applications WHERE id = 1"),
                 QString("interview_scheduled"));
        QCOMPARE(scalar("SELECT duration_minutes || ' ' || state FROM interviews WHERE id = 1"),
                 QString("30 scheduled"));

        r = run(m_boss + QStringList{"interview", "list"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Ada Lovelace") && r.out.contains("boss"), qPrintable(r.out));
        r = run(m_reader + QStringList{"interview", "list", "--interviewer", "reader"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.out.contains("Ada Lovelace"), qPrintable(r.out));
        QVERIFY2(r.err.contains("interview schedule APPLICATION"), qPrintable(r.err)); // the way on
        r = run(m_reader + QStringList{"interview", "list", "--interviewer", "boss"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Ada Lovelace"), qPrintable(r.describe()));
        r = run(m_boss + QStringList{"show", "1"});
        QVERIFY2(r.out.contains("Interview:") && r.out.contains("30 min"), qPrintable(r.out));

        r = run(m_boss + QStringList{"interview", "reschedule", "1", "--at", inDays(3)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("30 min"), qPrintable(r.out));

        r = run(m_reader + QStringList{"interview", "cancel", "1"});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        r = run(m_boss + QStringList{"interview", "cancel", "1", "--reason", "Asked to move it"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT state FROM interviews WHERE id = 1"), QString("cancelled"));
        r = run(m_boss + QStringList{"interview", "list"});
        QVERIFY2(r.exitCode == 0 && !r.out.contains("Ada Lovelace"), qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT group_concat(action) FROM (SELECT action FROM audit_events WHERE "
                        "action LIKE '%interview' ORDER BY id)"),
                 QString("schedule_interview,reschedule_interview,cancel_interview"));
    }
};

QTEST_GUILESS_MAIN(TestCliInterview)
#include "tst_cliinterview.moc"
