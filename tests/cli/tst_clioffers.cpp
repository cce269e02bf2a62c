#include "cliprocess.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

// offer list and offer sent, and the offer lines of show, on a real file through the program as
// a script runs it: the desk offers a seat at qualification, the administrator sees it on the
// work list and records it sent; the read-only user may look and not record.
class TestCliOffers : public QObject
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

private Q_SLOTS:
    // A desk with the administrator "boss" and the read-only "reader", a cohort with seats, and
    // application 1 qualified (so offered by the desk), application 2 only applied.
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_db = path("desk.sqlite");
        const CliProcess::Desk desk =
            CliProcess::deskWithBossAndReader(QStringLiteral(ADMISSIONS_CLI), m_dir.path(), m_db);
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        m_boss = desk.boss;
        m_reader = desk.reader;
        const QDate start = QDate::currentDate().addMonths(2);
        const QList<QStringList> steps{
            {"track", "add", "SWE", "Software Engineering"},
            {"cohort", "add", "SWE Later", "--track", "SWE", "--starts",
             start.toString(Qt::ISODate), "--ends", start.addMonths(6).toString(Qt::ISODate),
             "--capacity", "10"},
            {"applicant", "add", "--first-name", "Ada", "--last-name", "Lovelace", "--email",
             "ada@example.org", "--track", "SWE", "--cohort", "SWE Later"},
            {"applicant", "add", "--first-name", "Alan", "--last-name", "Turing", "--email",
             "alan@example.org", "--track", "SWE", "--cohort", "SWE Later"},
            {"status", "set", "1", "screening"},
            {"status", "set", "1", "interview_scheduled"},
            {"status", "set", "1", "interviewed"},
            {"status", "set", "1", "qualified"},
        };
        for (const QStringList &step : steps) {
            const CliRun r = run(m_boss + step);
            QVERIFY2(r.exitCode == 0, qPrintable(step.join(' ') + '\n' + r.describe()));
        }
        QCOMPARE(scalar("SELECT status FROM applications WHERE id = 1"), QString("offered"));
    }

    void theDesksOfferWaitsOnTheWorkList()
    {
        const CliRun r = run(m_reader + QStringList{"offer", "list", "--all"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("Ada Lovelace") && r.out.contains("SWE Later"), qPrintable(r.out));
        QVERIFY2(!r.out.contains("Alan Turing"), qPrintable(r.out));
        const CliRun shown = run(m_reader + QStringList{"show", "1"});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        QVERIFY2(shown.out.contains("Not sent to the applicant yet") &&
                     shown.out.contains("left"),
                 qPrintable(shown.out));
    }

    void recordingItSentIsRefusedWhereItShouldBe_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("application");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("read-only user") << "reader" << "1" << 1 << "may not";
        QTest::newRow("no offer held") << "boss" << "2" << 1 << "holds no offer";
        QTest::newRow("not an id") << "boss" << "ada" << 2 << "application id";
    }

    void recordingItSentIsRefusedWhereItShouldBe()
    {
        QFETCH(QString, who);
        QFETCH(QString, application);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun r =
            run((who == "reader" ? m_reader : m_boss) + QStringList{"offer", "sent", application});
        QVERIFY2(r.exitCode == exitCode && r.err.contains(message), qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT count(*) FROM offer_notices"), QString("0"));
    }

    void recordingItSentTakesItOffTheList()
    {
        CliRun r = run(m_boss + QStringList{"offer", "sent", "1"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("recorded as sent"), qPrintable(r.describe()));
        QCOMPARE(scalar("SELECT count(*) FROM offer_notices WHERE application_id = 1"),
                 QString("1"));
        r = run(m_boss + QStringList{"offer", "list", "--all"});
        QVERIFY2(r.exitCode == 0 && !r.out.contains("Ada Lovelace"), qPrintable(r.describe()));
        r = run(m_boss + QStringList{"offer", "sent", "1"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("already sent"), qPrintable(r.describe()));
        r = run(m_reader + QStringList{"show", "1"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Sent ") && r.out.contains("boss"),
                 qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliOffers)
#include "tst_clioffers.moc"
