#include "cliprocess.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// report, as a script runs it on a real file: the read-only user reads every report as tables
// or one table as CSV into a 0600 file; a filter a report cannot apply, an unknown report, table
// or name is refused and writes nothing.
class TestCliReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_reader;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun run(const QStringList &arguments)
    {
        return CliProcess::run(QStringLiteral(ADMISSIONS_CLI), m_dir.path(), arguments);
    }

private Q_SLOTS:
    // Two applications: Ada qualified (and so offered by the desk), Alan only applied.
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_db = path("desk.sqlite");
        const CliProcess::Desk desk =
            CliProcess::deskWithBossAndReader(QStringLiteral(ADMISSIONS_CLI), m_dir.path(), m_db);
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        m_reader = desk.reader;
        const QDate start = QDate::currentDate().addMonths(2);
        const QList<QStringList> steps{
            {"track", "add", "SWE", "Software Engineering"},
            {"cohort", "add", "SWE Later", "--track", "SWE", "--starts",
             start.toString(Qt::ISODate), "--ends", start.addMonths(6).toString(Qt::ISODate),
             "--capacity", "10"},
            {"applicant", "add", "--first-name", "Ada", "--last-name", "Lovelace", "--email",
             "ada@example.org", "--track", "SWE", "--cohort", "SWE Later", "--source", "=cmd"},
            {"applicant", "add", "--first-name", "Alan", "--last-name", "Turing", "--email",
             "alan@example.org", "--track", "SWE", "--cohort", "SWE Later"},
            {"status", "set", "1", "screening"},
            {"status", "set", "1", "interview_scheduled"},
            {"status", "set", "1", "interviewed"},
            {"status", "set", "1", "qualified"},
        };
        for (const QStringList &step : steps) {
            const CliRun r = run(desk.boss + step);
            QVERIFY2(r.exitCode == 0, qPrintable(step.join(' ') + '\n' + r.describe()));
        }
    }

    void theFunnelAsATable()
    {
        const CliRun r = run(m_reader + QStringList{"report", "funnel", "--track", "SWE"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.out.split('\n');
        const auto line = [&lines](const QString &start) {
            for (const QString &l : lines) {
                if (l.startsWith(start))
                    return l.simplified();
            }
            return QString();
        };
        QCOMPARE(line("Applied "), QString("Applied 2 100.0"));
        QCOMPARE(line("Qualified "), QString("Qualified 1 100.0 50.0"));
        QCOMPARE(line("Offered "), QString("Offered 1 100.0 50.0"));
        QCOMPARE(line("Accepted "), QString("Accepted 0 0.0 0.0"));

        const CliRun left = run(m_reader + QStringList{"report", "funnel", "--table", "left"});
        QVERIFY2(left.exitCode == 0, qPrintable(left.describe()));
        QVERIFY2(left.out.startsWith("Why people left\n") && !left.out.contains("Stages"),
                 qPrintable(left.out));
    }

    // A series for the chart is named, not printed, unless asked for by name.
    void aSeriesIsPrintedWhenAskedFor()
    {
        const CliRun all = run(m_reader + QStringList{"report", "cohort-fill"});
        QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
        QVERIFY2(all.out.contains("1 row, a series for the chart: --table daily_fill prints it."),
                 qPrintable(all.out));
        const CliRun daily = run(m_reader + QStringList{"report", "cohort-fill", "--table", "daily_fill"});
        QVERIFY2(daily.exitCode == 0, qPrintable(daily.describe()));
        QVERIFY2(daily.out.contains("SWE Later  " + QDate::currentDate().toString(Qt::ISODate)),
                 qPrintable(daily.out));
    }

    // Every report runs on this small desk, as tables.
    void everyReportRuns_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"funnel", "time-in-stage", "cohort-fill", "sources",
                                 "mentor-load", "refunds", "outcomes"})
            QTest::newRow(kind) << QString(kind);
    }
    void everyReportRuns()
    {
        QFETCH(QString, kind);
        const CliRun r = run(m_reader + QStringList{"report", kind});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.out.trimmed().isEmpty(), qPrintable(r.describe()));
    }

    void oneTableAsCsvIntoAPrivateFile()
    {
        const QString out = path("sources.csv");
        const CliRun r = run(m_reader + QStringList{"report", "sources", "--format", "csv",
                                                     "--table", "campaigns", "-o", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                       QFile::WriteOther),
                 QFile::Permissions());
        const QStringList rows = QString::fromUtf8(file.readAll()).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(rows.value(0), QString("source,campaign,applications,qualified,qualified_percent,"
                                        "students,students_percent"));
        // A source that would be a formula in a spreadsheet is guarded, as in every export.
        QVERIFY2(rows.contains("'=cmd,(none),1,1,100.0,0,0.0"), qPrintable(rows.join('\n')));
        QVERIFY2(rows.contains("(none),(none),1,0,0.0,0,0.0"), qPrintable(rows.join('\n')));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("a filter the report cannot apply")
            << QStringList{"mentor-load", "--source", "LinkedIn"} << 1
            << "The Mentor Load report cannot be narrowed to a source or campaign.";
        QTest::newRow("an unknown report") << QStringList{"pipeline"} << 2
                                           << "There is no report 'pipeline'. The reports are: "
                                              "funnel, time-in-stage, cohort-fill, sources, "
                                              "mentor-load, refunds, outcomes.";
        QTest::newRow("an unknown table")
            << QStringList{"funnel", "--format", "csv", "--table", "nope"} << 2
            << "--table: the Funnel report has no table 'nope'; it has: stages, left.";
        QTest::newRow("a file for a table") << QStringList{"funnel", "-o", "x.csv"} << 2
                                            << "-o applies only with --format csv.";
        QTest::newRow("an unknown group") << QStringList{"funnel", "--by", "colour"} << 2
                                          << "--by must be track, cohort, source or campaign";
        QTest::newRow("an unknown track") << QStringList{"funnel", "--track", "ZZZ"} << 1
                                          << "ZZZ";
        QTest::newRow("an unknown cohort") << QStringList{"refunds", "--cohort", "SWE Never"} << 1
                                           << "--cohort: there is no cohort named SWE Never.";
        QTest::newRow("an unknown owner") << QStringList{"funnel", "--owner", "nobody"} << 1
                                          << "--owner: there is no staff user nobody.";
        QTest::newRow("a range backwards")
            << QStringList{"funnel", "--from", "2027-03-09", "--to", "2027-03-01"} << 1
            << "The date range ends (2027-03-01) before it begins (2027-03-09).";
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun r = run(m_reader + QStringList{"report"} + arguments);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(path("x.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_clireports.moc"
