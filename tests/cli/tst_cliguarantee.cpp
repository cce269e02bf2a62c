#include "cliprocess.h"

#include <QDate>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

// The job guarantee on the command line: a cohort's terms, the search's start, placement record
// (and status set placed refused), checkin log, guarantee due, export outcomes and what show
// prints, on a real file through the program as a script runs it.
class TestCliGuarantee : public QObject
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

    static QString today() { return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate); }

    // Application `id` as a graduate, however the program got there: the lifecycle up to
    // graduation (deposits, the cohort's start) is not what these tests are about.
    void graduate(int id)
    {
        CliProcess::scalarIn(
            m_db, QString("UPDATE applications SET status = 'graduated' WHERE id = %1").arg(id));
        CliProcess::scalarIn(m_db, QString("INSERT INTO status_events (application_id, "
                                           "from_status, to_status, at) VALUES (%1, 'active', "
                                           "'graduated', '2026-06-30T12:00:00.000Z')")
                                       .arg(id));
        QCOMPARE(scalar(QString("SELECT status FROM applications WHERE id = %1").arg(id)),
                 QString("graduated"));
    }

private Q_SLOTS:
    // A desk with the administrator "boss", the read-only "reader", the track SWE, the cohort
    // SWE-2026-01 (a 30-day guarantee, 2 job applications a week) and applications 1 and 2.
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
            {"cohort", "add", "SWE-2026-01", "--track", "SWE", "--starts", "2026-01-12", "--ends",
             "2026-06-30", "--capacity", "20", "--guarantee-days", "30", "--min-applications", "2"},
            {"applicant", "add", "--first-name", "Ada", "--last-name", "Lovelace", "--email",
             "ada@example.org", "--track", "SWE", "--cohort", "SWE-2026-01"},
            {"applicant", "add", "--first-name", "Alan", "--last-name", "Turing", "--email",
             "alan@example.org", "--track", "SWE", "--cohort", "SWE-2026-01"},
        };
        for (const QStringList &step : steps) {
            const CliRun r = run(m_boss + step);
            QVERIFY2(r.exitCode == 0, qPrintable(step.join(' ') + '\n' + r.describe()));
        }
        graduate(1);
        graduate(2);
    }

    void cohortTermsSetAndShown()
    {
        QCOMPARE(scalar("SELECT guarantee_days || ',' || guarantee_weekly_check_in || ',' || "
                        "guarantee_min_applications FROM cohorts"),
                 QString("30,1,2"));
        CliRun r = run(m_boss + QStringList{"cohort", "set-guarantee", "SWE-2026-01"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("30 days; check-in: weekly; job applications a week: at least 2"),
                 qPrintable(r.out));
        for (const QStringList &wrong :
             {QStringList{"--guarantee-days", "0"}, QStringList{"--check-in", "daily"},
              QStringList{"--min-applications", "-3"}}) {
            r = run(m_boss + QStringList{"cohort", "set-guarantee", "SWE-2026-01"} + wrong);
            QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        }
        r = run(m_reader +
                QStringList{"cohort", "set-guarantee", "SWE-2026-01", "--guarantee-days", "90"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        r = run(m_boss + QStringList{"cohort", "set-guarantee", "SWE-2026-01", "--guarantee-days",
                                     "45", "--check-in", "none"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT guarantee_days || ',' || guarantee_weekly_check_in || ',' || "
                        "guarantee_min_applications FROM cohorts"),
                 QString("45,0,2"));
        QCOMPARE(scalar("SELECT count(*) FROM audit_events WHERE entity = 'cohort' AND field IN "
                        "('guarantee_days', 'guarantee_weekly_check_in')"),
                 QString("2"));
        r = run(m_boss + QStringList{"cohort", "set-guarantee", "SWE-2026-01", "--guarantee-days",
                                     "30", "--check-in", "weekly"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void jobSearchIsStampedAndShown()
    {
        CliRun r = run(m_boss + QStringList{"status", "set", "1", "job_search"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT job_search_started_on FROM applications WHERE id = 1"), today());
        r = run(m_boss + QStringList{"show", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString ends =
            QDateTime::currentDateTimeUtc().date().addDays(30).toString(Qt::ISODate);
        QVERIFY2(
            r.out.contains(QString("since %1; the guarantee (30 days) ends %2").arg(today(), ends)),
            qPrintable(r.out));
        QVERIFY2(r.out.contains("eligible (weeks kept: 0)"), qPrintable(r.out));
    }

    void checkInsLogged()
    {
        CliRun r = run(m_boss + QStringList{"checkin", "log", "1", "--applications", "3",
                                            "--summary", "Two interviews"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("check-in logged"), qPrintable(r.out));
        QVERIFY2(r.out.contains("Eligibility: eligible"), qPrintable(r.out));
        QCOMPARE(scalar("SELECT job_applications || ' ' || summary FROM activities WHERE kind = "
                        "'job_search_check_in'"),
                 QString("3 Two interviews"));

        const QString tomorrow =
            QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
        r = run(m_boss +
                QStringList{"checkin", "log", "1", "--applications", "3", "--on", tomorrow});
        QVERIFY2(r.exitCode == 1 && r.err.contains(tomorrow), qPrintable(r.describe()));
        r = run(m_boss + QStringList{"checkin", "log", "1", "--applications", "-1"});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        r = run(m_boss + QStringList{"checkin", "log", "1"});
        QVERIFY2(r.exitCode == 2 && r.err.contains("--applications"), qPrintable(r.describe()));
        r = run(m_boss + QStringList{"checkin", "log", "2", "--applications", "3"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("graduated"), qPrintable(r.describe()));
        r = run(m_reader + QStringList{"checkin", "log", "1", "--applications", "3"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT count(*) FROM activities"), QString("1"));
    }

    // When the period is over, the graduate still searching is due, with the weeks that lacked.
    void decisionsDue()
    {
        CliRun r = run(m_boss + QStringList{"guarantee", "due"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("No guarantee decision is due"), qPrintable(r.describe()));

        // As if the search had begun 40 days ago, with today's check-in its only one.
        const QDate began = QDateTime::currentDateTimeUtc().date().addDays(-40);
        CliProcess::scalarIn(m_db, QString("UPDATE applications SET job_search_started_on = '%1' "
                                           "WHERE id = 1")
                                       .arg(began.toString(Qt::ISODate)));
        r = run(m_reader + QStringList{"guarantee", "due"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Ada Lovelace"), qPrintable(r.out));
        QVERIFY2(r.out.contains("SWE-2026-01"), qPrintable(r.out));
        QVERIFY2(r.out.contains(began.addDays(30).toString(Qt::ISODate)), qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     QString("not eligible: week 1 (%1 to %2): no check-in")
                         .arg(began.toString(Qt::ISODate), began.addDays(6).toString(Qt::ISODate))),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("week 4"), qPrintable(r.out));
        QVERIFY2(!r.out.contains("week 5"), qPrintable(r.out)); // days 28 and 29 make no week
    }

    void placedOnlyWithTheFacts()
    {
        CliRun r = run(m_boss + QStringList{"status", "set", "1", "placed"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("employer") && r.err.contains("job title"),
                 qPrintable(r.describe()));
        r = run(m_boss + QStringList{"placement", "record", "1", "--outcome", "in_field_full_time",
                                     "--employer", "Initech"});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("job_title") && r.err.contains("starts_on"),
                 qPrintable(r.describe()));
        r = run(m_boss + QStringList{"placement", "record", "1", "--outcome", "hired", "--employer",
                                     "Initech", "--title", "Developer", "--starts-on",
                                     "2027-03-01"});
        QVERIFY2(r.exitCode == 2 && r.err.contains("in_field_full_time"), qPrintable(r.describe()));
        r = run(m_reader + QStringList{"placement", "record", "1", "--outcome",
                                       "in_field_full_time", "--employer", "Initech", "--title",
                                       "Developer", "--starts-on", "2027-03-01"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT status FROM applications WHERE id = 1"), QString("job_search"));

        r = run(m_boss + QStringList{"placement", "record", "1", "--outcome",
                                     "in_field_part_time_contract", "--employer", "Initech",
                                     "--title", "Developer", "--starts-on", "2027-03-01",
                                     "--salary", "61000"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("placed (in_field_part_time_contract) as Developer at Initech"),
                 qPrintable(r.out));
        QCOMPARE(scalar("SELECT status || ',' || placement_outcome || ',' || placement_employer "
                        "|| ',' || placement_job_title || ',' || placement_on || ',' || "
                        "placement_salary FROM applications WHERE id = 1"),
                 QString("placed,in_field_part_time_contract,Initech,Developer,2027-03-01,61000"));
        r = run(m_boss + QStringList{"show", "1"});
        QVERIFY2(r.out.contains("In field, part-time or contract: Developer at Initech from "
                                "2027-03-01, salary 61000"),
                 qPrintable(r.out));
        r = run(m_boss + QStringList{"guarantee", "due"});
        QVERIFY2(!r.out.contains("Ada Lovelace"), qPrintable(r.out));
    }

    void notSeekingNeedsAReason()
    {
        CliRun r = run(m_boss + QStringList{"status", "set", "2", "job_search"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run(m_boss + QStringList{"status", "set", "2", "not_seeking"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("reason"), qPrintable(r.describe()));
        r = run(m_boss + QStringList{"status", "set", "2", "not_seeking", "--reason",
                                     "Started a master's degree"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void outcomesExported()
    {
        CliRun r = run(m_reader + QStringList{"export", "outcomes", "--cohort", "SWE-2026-01"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.out.split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith("track,cohort,application_id,first_name,last_name,"
                                        "graduated_on,job_search_started_on,guarantee_ends_on,"
                                        "outcome,"),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith("SWE,SWE-2026-01,1,Ada,Lovelace,2026-06-30,"),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).endsWith(",in_field_part_time_contract,Initech,Developer,"
                                      "2027-03-01,61000,244"),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(",2,Alan,Turing,2026-06-30,") &&
                     lines.at(2).contains(",not_seeking,,,,,"),
                 qPrintable(lines.at(2)));
        r = run(m_boss + QStringList{"export", "outcomes", "--cohort", "nope"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("nope"), qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT count(*) FROM audit_events WHERE action = 'export'"), QString("1"));
    }
};

QTEST_GUILESS_MAIN(TestCliGuarantee)
#include "tst_cliguarantee.moc"
