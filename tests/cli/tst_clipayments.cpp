#include "cliprocess.h"

#include <QDate>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// cohort set-fees, payment record, list and waive-deposit, refund quote, and the money that
// status set and show deal with, on a real file through the program as a script runs it: an
// administrator and a read-only user signing in with tokens, and what each command left.
class TestCliPayments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_boss;
    QStringList m_reader;
    // The cohort began three days ago: its money-back window is open.
    const QDate m_start = QDate::currentDate().addDays(-3);

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(CliProcess::environment(m_dir.path()));
        CliProcess::detachFromTerminal(process);
        process.start(QStringLiteral(ADMISSIONS_CLI), arguments);
        return CliProcess::finish(process);
    }

    QString scalar(const QString &sql) { return CliProcess::scalarIn(m_db, sql).toString(); }

    // Runs each command as the administrator, failing the test on the first that fails.
    void steps(const QList<QStringList> &commands)
    {
        for (const QStringList &command : commands) {
            const CliRun r = run(m_boss + command);
            QVERIFY2(r.exitCode == 0, qPrintable(command.join(' ') + '\n' + r.describe()));
        }
    }

private Q_SLOTS:
    // A desk with the administrator "boss", the read-only "reader", the track SWE, the cohort
    // "SWE March" and application 1 of Ada Lovelace in it, accepted.
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_db = path("desk.sqlite");
        const QString bossPassword =
            CliProcess::secretFile(path("boss.pw"), QStringLiteral("correct horse battery"));
        const QString readerPassword =
            CliProcess::secretFile(path("reader.pw"), QStringLiteral("a reader's password"));
        const QStringList db{"--db", m_db};
        const QStringList asBoss =
            db + QStringList{"--as", "boss", "--password-file", bossPassword};
        const QList<QStringList> setup{
            db + QStringList{"init", "--admin", "boss", "--new-password-file", bossPassword},
            asBoss + QStringList{"staff", "token", "boss-script", "-o", path("boss.token")},
            asBoss + QStringList{"staff", "add", "reader", "--role", "read_only",
                                 "--new-password-file", readerPassword},
            db + QStringList{"--as", "reader", "--password-file", readerPassword, "staff", "token",
                             "reader-script", "-o", path("reader.token")},
        };
        for (const QStringList &step : setup) {
            const CliRun r = run(step);
            QVERIFY2(r.exitCode == 0, qPrintable(step.join(' ') + '\n' + r.describe()));
        }
        m_boss = db + QStringList{"--token-file", path("boss.token")};
        m_reader = db + QStringList{"--token-file", path("reader.token")};
        steps({{"track", "add", "SWE", "Software Engineering"},
               {"cohort", "add", "SWE March", "--track", "SWE", "--starts",
                m_start.toString(Qt::ISODate), "--ends", m_start.addMonths(6).toString(Qt::ISODate),
                "--capacity", "10"},
               {"applicant", "add", "--first-name", "Ada", "--last-name", "Lovelace", "--email",
                "ada@example.org", "--track", "SWE", "--cohort", "SWE March"},
               {"status", "set", "1", "screening"},
               {"status", "set", "1", "interview_scheduled"},
               {"status", "set", "1", "interviewed"},
               {"status", "set", "1", "qualified"},
               {"status", "set", "1", "accepted"}});
    }

    void aCohortIsPricedBeforeItTakesMoney()
    {
        CliRun r = run(m_boss + QStringList{"payment", "record", "1", "--kind", "deposit",
                                            "--amount", "1500"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("no price set"), qPrintable(r.describe()));

        // Usage errors say what and which option: exit 2, nothing written.
        for (const QStringList &wrong :
             {QStringList{"--price", "lots", "--deposit", "1500"},
              QStringList{"--price", "15000", "--deposit", "1500", "--currency", "dollars"},
              QStringList{"--price", "15000", "--deposit", "16000"}}) {
            r = run(m_boss + QStringList{"cohort", "set-fees", "SWE March"} + wrong);
            QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        }
        r = run(m_reader + QStringList{"cohort", "set-fees", "SWE March", "--price", "15000",
                                       "--deposit", "1500"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT count(*) FROM cohort_fees"), QString("0"));

        r = run(m_boss + QStringList{"cohort", "set-fees", "SWE March", "--price", "15000",
                                     "--deposit", "1500", "--currency", "eur"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("15000.00 EUR") && r.out.contains("1500.00 EUR"),
                 qPrintable(r.out));
        QCOMPARE(scalar("SELECT price_cents || ' ' || deposit_cents || ' ' || currency FROM "
                        "cohort_fees"),
                 QString("1500000 150000 EUR"));
    }

    void enrollingAsksForTheDeposit()
    {
        CliRun r = run(m_boss + QStringList{"status", "set", "1", "enrolled"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("deposit"), qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT status FROM applications WHERE id = 1"), QString("accepted"));

        for (const QStringList &wrong :
             {QStringList{"--kind", "gift", "--amount", "1500"},
              QStringList{"--kind", "deposit", "--amount", "-5"},
              QStringList{"--kind", "deposit", "--amount", "1500", "--method", "cheque"},
              QStringList{"--kind", "deposit", "--amount", "1500", "--on", "yesterday"}}) {
            r = run(m_boss + QStringList{"payment", "record", "1"} + wrong);
            QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        }
        r = run(m_reader +
                QStringList{"payment", "record", "1", "--kind", "deposit", "--amount", "1500"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("record payments"), qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT count(*) FROM payments"), QString("0"));

        r = run(m_boss + QStringList{"payment", "record", "1", "--kind", "deposit", "--amount",
                                     "1500", "--method", "card", "--reference", "PSP-4411"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("deposit of 1500.00 EUR"), qPrintable(r.out));
        QCOMPARE(scalar("SELECT payment_state FROM applications WHERE id = 1"),
                 QString("deposit_paid"));

        r = run(m_reader + QStringList{"payment", "list", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("PSP-4411") && r.out.contains("1500.00"), qPrintable(r.out));
        QVERIFY2(r.err.contains("deposit paid"), qPrintable(r.err)); // the totals, apart

        r = run(m_boss + QStringList{"status", "set", "1", "enrolled"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void anActiveStudentSeesTheRefundClockAndARefundIsPaid()
    {
        steps({{"payment", "record", "1", "--kind", "instalment", "--amount", "13500"}});
        QCOMPARE(scalar("SELECT payment_state FROM applications WHERE id = 1"),
                 QString("paid_in_full"));
        if (scalar("SELECT status FROM applications WHERE id = 1") == QLatin1String("enrolled"))
            steps({{"status", "set", "1", "active"}});

        // Day 4 of the program, 14 days of money back: 11 days left after today, in full.
        CliRun r = run(m_reader + QStringList{"show", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("days left: 11") && r.out.contains("100%") &&
                     r.out.contains("15,000.00 EUR"),
                 qPrintable(r.out));
        r = run(m_reader + QStringList{"refund", "quote", "1", "--on",
                                       m_start.addDays(20).toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("closed") && r.out.contains("Amount: 0.00 EUR"),
                 qPrintable(r.out)); // no schedule after the window: nothing

        steps({{"status", "set", "1", "refund_requested"}});
        r = run(m_boss + QStringList{"status", "set", "1", "refunded", "--reason", "moved abroad"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("15000.00 EUR"), qPrintable(r.out));
        QCOMPARE(scalar("SELECT sum(amount_cents) FROM payments WHERE kind = 'refund'"),
                 QString("1500000"));
        QCOMPARE(scalar("SELECT payment_state FROM applications WHERE id = 1"),
                 QString("refunded"));
        QCOMPARE(scalar("SELECT count(*) FROM audit_events WHERE action = 'payment'"),
                 QString("3"));
        r = run(m_boss + QStringList{"audit", "verify"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void onlyAnAdministratorWaivesADeposit()
    {
        steps({{"applicant", "add", "--first-name", "Bo", "--last-name", "Peep", "--email",
                "bo@example.org", "--track", "SWE", "--cohort", "SWE March"}});
        CliRun r = run(m_boss + QStringList{"payment", "waive-deposit", "2"});
        QVERIFY2(r.exitCode == 2 && r.err.contains("--reason"), qPrintable(r.describe()));
        r = run(m_reader + QStringList{"payment", "waive-deposit", "2", "--reason", "grant"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("waive a deposit"), qPrintable(r.describe()));
        r = run(m_boss + QStringList{"payment", "waive-deposit", "2", "--reason", "full grant"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run(m_reader + QStringList{"show", "2"});
        QVERIFY2(r.out.contains("waived by boss: full grant"), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliPayments)
#include "tst_clipayments.moc"
