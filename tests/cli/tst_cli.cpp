#include "cliprocess.h"
#include "db/database.h"
#include "domain/validation.h"
#include "services/signin.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Run = CliRun;

// The real program on temporary files, without a display, as a script would run it.
using CliProcess::scalarIn;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelpWithoutDisplay();
    void wrongUsage_data();
    void wrongUsage();
    void initCreatesAPrivateFile();
    void seedCheckAndCohortList();
    void applicantAddAndDuplicates();
    void applicantMerge();
    void statusSet();
    void automaticOfferIsPrinted();
    void showPrintsHistory();
    void catalogueOnAFreshFile();
    void actingUser();
    void actsAsTheAccountWithoutLoginVariables();
    void damagedFileIsLeftAlone();
    void checkReportsProblems();
    void exportApplications();
    void exportHistoryAndWaitlists();
    void importFromAFile();
    void importFromStandardInput();
    void importAsksTheOrderOfAmbiguousDates();
    void importTheWeeklyExport();
    void importReadsTimesInTheFormsTimeZone();
    void junkIsRefused();
    void storedJunkIsPrintedEscaped();
    void shortSearchesNarrow();

private:
    // withLoginName: USER is set to "tester" (which names nobody: the desk takes the account from
    // the system); otherwise no login variable is set at all.
    Run run(const QStringList &arguments, bool withLoginName = true);
    QString db(const QString &name) const { return m_dir.filePath(name); }
    // A seeded database with tracks and cohorts, made once.
    QString seeded();

    QTemporaryDir m_dir;
    QString m_seeded;
};

void TestCli::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(QFileInfo(QStringLiteral(ADMISSIONS_CLI)).isExecutable(), ADMISSIONS_CLI);
}

Run TestCli::run(const QStringList &arguments, bool withLoginName)
{
    QProcess process;
    QProcessEnvironment env = CliProcess::environment(m_dir.path());
    if (!withLoginName)
        env.remove(QStringLiteral("USER"));
    process.setProcessEnvironment(env);
    CliProcess::detachFromTerminal(process);
    process.start(QStringLiteral(ADMISSIONS_CLI), arguments);
    return CliProcess::finish(process);
}

QString TestCli::seeded()
{
    if (m_seeded.isEmpty()) {
        const QString path = db(QStringLiteral("seeded.sqlite"));
        const Run r = run({QStringLiteral("--db"), path, QStringLiteral("seed-demo"),
                           QStringLiteral("--applicants"), QStringLiteral("1500")});
        if (r.exitCode == 0)
            m_seeded = path;
        else
            qWarning("%s", qPrintable(r.describe()));
    }
    return m_seeded;
}

void TestCli::versionAndHelpWithoutDisplay()
{
    Run r = run({QStringLiteral("--version")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.trimmed(), QStringLiteral("admissions-desk-cli " ADMISSIONS_VERSION));

    r = run({QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const char *command : {"init", "seed-demo", "applicant add", "status set", "show",
                                "cohort list", "check", "--db", "--as"})
        QVERIFY2(r.out.contains(QLatin1String(command)), command);
    QVERIFY(r.err.isEmpty());

    r = run({QStringLiteral("status"), QStringLiteral("set"), QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(QLatin1String("--reason")));
    QVERIFY(r.out.contains(QLatin1String("interview_scheduled")));

    r = run({QStringLiteral("applicant"), QStringLiteral("add"), QStringLiteral("-h")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(QLatin1String("--allow-same-phone")));
    // Help never creates the default database.
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("data"))));
}

void TestCli::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("--db=") + db(QStringLiteral("usage.sqlite"));
    QTest::newRow("no command") << QStringList{file} << "No command";
    QTest::newRow("unknown command") << QStringList{file, "frobnicate"} << "frobnicate";
    QTest::newRow("group without command") << QStringList{file, "status"} << "status set";
    QTest::newRow("unknown option") << QStringList{file, "init", "--bogus"} << "bogus";
    QTest::newRow("--db without a value") << QStringList{"init", "--db"} << "db";
    QTest::newRow("seed without count") << QStringList{file, "seed-demo"} << "--applicants";
    QTest::newRow("seed, bad count")
        << QStringList{file, "seed-demo", "--applicants", "lots"} << "lots";
    QTest::newRow("seed, zero") << QStringList{file, "seed-demo", "--applicants", "0"}
                                << "--applicants";
    QTest::newRow("seed, bad seed")
        << QStringList{file, "seed-demo", "--applicants", "5", "--seed", "-1"} << "--seed";
    QTest::newRow("show without id") << QStringList{file, "show"} << "APPLICATION";
    QTest::newRow("show, not a number") << QStringList{file, "show", "x1"} << "x1";
    QTest::newRow("show, two ids") << QStringList{file, "show", "1", "2"} << "'2'";
    QTest::newRow("status set, one argument")
        << QStringList{file, "status", "set", "1"} << "STATUS";
    QTest::newRow("status set, unknown status")
        << QStringList{file, "status", "set", "1", "hired"} << "interview_scheduled";
    QTest::newRow("applicant add without email")
        << QStringList{file,          "applicant", "add",     "--first-name", "A",
                       "--last-name", "B",         "--track", "SWE"}
        << "--email";
    QTest::newRow("init with an argument") << QStringList{file, "init", "now"} << "now";
}

void TestCli::wrongUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.startsWith(QLatin1String("admissions-desk-cli: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // A wrong command line changes nothing, not even by creating the file.
    QVERIFY(!QFileInfo::exists(db(QStringLiteral("usage.sqlite"))));
}

void TestCli::initCreatesAPrivateFile()
{
    const QString path = m_dir.filePath(QStringLiteral("new/folder/desk.sqlite"));
    Run r = run({QStringLiteral("init"), QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(path), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QStringLiteral("Schema version: %1").arg(Database::latestSchemaVersion())),
        qPrintable(r.out));
    const QFile::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(permissions.testFlag(QFile::ReadOwner) && permissions.testFlag(QFile::WriteOwner));
    QVERIFY(!(permissions &
              (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    // Again: nothing to do, same answer.
    r = run({QStringLiteral("--db"), path, QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    // Without --db: the default file in the user's data folder.
    r = run({QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(m_dir.filePath(QStringLiteral("data"))), qPrintable(r.out));
}

void TestCli::seedCheckAndCohortList()
{
    const QString path = seeded();
    QVERIFY(!path.isEmpty());
    Run r = run({QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(QLatin1String("No problems")));

    r = run({QStringLiteral("--db"), path, QStringLiteral("cohort"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 20, qPrintable(r.out));
    QVERIFY(lines.first().startsWith(QLatin1String("Track")));
    for (const char *state : {"completed", "started", "open", "full", "draft"})
        QVERIFY2(r.out.contains(QLatin1String(state)), state);
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\bSWE-\\d{4}-\\d\\d-A\\b"))),
             qPrintable(r.out));
    // A completed cohort shows how full it ended ("final 68/70"), not the 0 seats it holds now.
    int completed = 0;
    int completedWithStudents = 0;
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cells.size() < 6 || cells[3] != QLatin1String("completed"))
            continue;
        ++completed;
        QCOMPARE(cells[4], QStringLiteral("final"));
        if (cells[5].section(QLatin1Char('/'), 0, 0).toInt() > 0)
            ++completedWithStudents;
    }
    QVERIFY2(completed > 0 && completedWithStudents == completed, qPrintable(r.out));

    // Seeding again is refused, and the file keeps its data.
    r = run({QStringLiteral("--db"), path, QStringLiteral("seed-demo"),
             QStringLiteral("--applicants"), QStringLiteral("10")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(r.err.contains(QLatin1String("already")));

    // Progress on stderr, the summary on stdout.
    const QString other = db(QStringLiteral("other.sqlite"));
    r = run({QStringLiteral("--db"), other, QStringLiteral("seed-demo"),
             QStringLiteral("--applicants"), QStringLiteral("200"), QStringLiteral("--seed"),
             QStringLiteral("9")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("100%")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Applicants:\\s+200\\n"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("seed 9")), qPrintable(r.out));
}

void TestCli::applicantAddAndDuplicates()
{
    const QString path = seeded();
    QVERIFY(!path.isEmpty());
    const QStringList base = {QStringLiteral("--db"),         path,
                              QStringLiteral("applicant"),    QStringLiteral("add"),
                              QStringLiteral("--first-name"), QStringLiteral("Søren"),
                              QStringLiteral("--last-name"),  QStringLiteral("Ødegård"),
                              QStringLiteral("--track"),      QStringLiteral("SWE"),
                              QStringLiteral("--phone"),      QStringLiteral("+47 912 34 567"),
                              QStringLiteral("--time-zone"),  QStringLiteral("Europe/Oslo")};
    Run r = run(base + QStringList{QStringLiteral("--email"), QStringLiteral("soren@example.no")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^Applicant: \\d+\\nApplication: "
                                                              "\\d+\\n$"))),
             qPrintable(r.out));

    // The same email, written differently.
    r = run(base + QStringList{QStringLiteral("--email"), QStringLiteral(" SOREN@example.NO ")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("duplicate")) && r.err.contains(QLatin1String("email")),
             qPrintable(r.err));

    // Another email, the same phone: refused unless allowed.
    r = run(base + QStringList{QStringLiteral("--email"), QStringLiteral("sister@example.no")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("phone")), qPrintable(r.err));
    r = run(base + QStringList{QStringLiteral("--email"), QStringLiteral("sister@example.no"),
                               QStringLiteral("--allow-same-phone")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    // Validation names the field.
    r = run(base + QStringList{QStringLiteral("--email"), QStringLiteral("not-an-email"),
                               QStringLiteral("--allow-same-phone")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("email")), qPrintable(r.err));
    r = run(base + QStringList{QStringLiteral("--email"), QStringLiteral("tz@example.no"),
                               QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus"),
                               QStringLiteral("--allow-same-phone")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("time_zone")), qPrintable(r.err));
    // An unknown track.
    r = run({QStringLiteral("--db"), path, QStringLiteral("applicant"), QStringLiteral("add"),
             QStringLiteral("--first-name"), QStringLiteral("A"), QStringLiteral("--last-name"),
             QStringLiteral("B"), QStringLiteral("--email"), QStringLiteral("ab@example.org"),
             QStringLiteral("--track"), QStringLiteral("NOPE")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("NOPE")), qPrintable(r.err));
}

void TestCli::applicantMerge()
{
    const QString path = seeded();
    QVERIFY(!path.isEmpty());
    const auto add = [&](const QString &email, const QString &lastName) -> qint64 {
        const Run r =
            run({QStringLiteral("--db"), path, QStringLiteral("applicant"), QStringLiteral("add"),
                 QStringLiteral("--first-name"), QStringLiteral("Lin"),
                 QStringLiteral("--last-name"), lastName, QStringLiteral("--email"), email,
                 QStringLiteral("--track"), QStringLiteral("SWE")});
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Applicant: (\\d+)")).match(r.out);
        if (r.exitCode != 0 || !m.hasMatch())
            qWarning("%s", qPrintable(r.describe()));
        return m.hasMatch() ? m.captured(1).toLongLong() : 0;
    };
    const qint64 survivor = add(QStringLiteral("lin.chen@old.example"), QStringLiteral("Chen"));
    const qint64 duplicate = add(QStringLiteral("lin.chen@new.example"), QStringLiteral("Chén"));
    QVERIFY(survivor > 0 && duplicate > 0);
    const QStringList merge = {QStringLiteral("--db"),      path,
                               QStringLiteral("applicant"), QStringLiteral("merge"),
                               QString::number(survivor),   QString::number(duplicate)};
    const QString mergedInto =
        QStringLiteral("SELECT coalesce(merged_into, 0) FROM applicants WHERE id = %1")
            .arg(duplicate);

    // The plan, field by field, and nothing changed.
    Run r = run(merge + QStringList{QStringLiteral("--from-duplicate"), QStringLiteral("email"),
                                    QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(
                 "email\\s+lin.chen@old.example\\s+lin.chen@new.example\\s+duplicate"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Lin Chén (applicant %1)").arg(duplicate)),
             qPrintable(r.out));
    QCOMPARE(scalarIn(path, mergedInto).toLongLong(), 0);

    // Refusals name the applicants, and change nothing.
    r = run({QStringLiteral("--db"), path, QStringLiteral("applicant"), QStringLiteral("merge"),
             QString::number(survivor), QString::number(survivor)});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("Lin Chen (applicant %1)").arg(survivor)) &&
                 r.err.contains(QLatin1String("itself")),
             qPrintable(r.err));
    r = run(merge + QStringList{QStringLiteral("--from-duplicate"), QStringLiteral("shoe-size")});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("shoe_size")), qPrintable(r.err));
    QCOMPARE(scalarIn(path, mergedInto).toLongLong(), 0);

    // The merge: the survivor takes the duplicate's email and its application.
    r = run(merge + QStringList{QStringLiteral("--from-duplicate"), QStringLiteral("email")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("Merged")) &&
                 r.out.contains(QLatin1String("moved applications 1, activities 0")),
             qPrintable(r.out));
    QCOMPARE(scalarIn(path, mergedInto).toLongLong(), survivor);
    QCOMPARE(
        scalarIn(path, QStringLiteral("SELECT email FROM applicants WHERE id = %1").arg(survivor))
            .toString(),
        QStringLiteral("lin.chen@new.example"));
    QCOMPARE(scalarIn(path, QStringLiteral("SELECT count(*) FROM applications WHERE "
                                           "applicant_id = %1")
                                .arg(survivor))
                 .toInt(),
             2);
    // Merged once is merged: the second time is refused, naming the survivor.
    r = run(merge);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("(applicant %1)").arg(survivor)), qPrintable(r.err));
    // The audit trail still verifies.
    r = run({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

namespace {
qint64 applicationId(const QString &addOutput)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Application: (\\d+)")).match(addOutput);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}
} // namespace

void TestCli::statusSet()
{
    const QString path = seeded();
    QVERIFY(!path.isEmpty());
    Run r = run({QStringLiteral("--db"), path, QStringLiteral("applicant"), QStringLiteral("add"),
                 QStringLiteral("--first-name"), QStringLiteral("Łukasz"),
                 QStringLiteral("--last-name"), QStringLiteral("Nowak"), QStringLiteral("--email"),
                 QStringLiteral("lukasz.nowak@example.pl"), QStringLiteral("--track"),
                 QStringLiteral("DA")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString id = QString::number(applicationId(r.out));
    auto set = [&](const QStringList &more) {
        return run(QStringList{QStringLiteral("--db"), path, QStringLiteral("status"),
                               QStringLiteral("set"), id} +
                   more);
    };

    r = set({QStringLiteral("screening")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, QStringLiteral("Application %1: applied -> screening, by %2\n")
                        .arg(id, SignIn::systemAccountName()));

    // Not a move of the lifecycle: refused with the service's reason, nothing written.
    r = set({QStringLiteral("placed")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("cannot move from Screening to Placed")),
             qPrintable(r.err));

    // An exit needs a reason.
    r = set({QStringLiteral("not_qualified")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("reason")), qPrintable(r.err));

    r = set({QStringLiteral("hired")});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));

    r = set({QStringLiteral("not_qualified"), QStringLiteral("--reason"),
             QStringLiteral("Did not finish the assessment")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("screening -> not_qualified")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Did not finish the assessment")), qPrintable(r.out));

    // An application that does not exist.
    r = run({QStringLiteral("--db"), path, QStringLiteral("status"), QStringLiteral("set"),
             QStringLiteral("99999999"), QStringLiteral("screening")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("99999999")), qPrintable(r.err));

    r = run({QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCli::automaticOfferIsPrinted()
{
    // A new database with one open cohort.
    const QString path = db(QStringLiteral("offer.sqlite"));
    Run r = run({QStringLiteral("--db"), path, QStringLiteral("seed-demo"),
                 QStringLiteral("--applicants"), QStringLiteral("1000")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({QStringLiteral("--db"), path, QStringLiteral("cohort"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QString cohort;
    for (const QString &line : r.out.split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cells.size() == 7 && cells[3] == QLatin1String("open")) {
            const QStringList seats = cells[4].split(QLatin1Char('/'));
            if (seats[0].toInt() < seats[1].toInt()) {
                cohort = cells[1];
                break;
            }
        }
    }
    QVERIFY2(!cohort.isEmpty(), qPrintable(r.out));
    const QString track = cohort.section(QLatin1Char('-'), 0, 0);
    r = run({QStringLiteral("--db"), path, QStringLiteral("applicant"), QStringLiteral("add"),
             QStringLiteral("--first-name"), QStringLiteral("山田"), QStringLiteral("--last-name"),
             QStringLiteral("美咲"), QStringLiteral("--email"), QStringLiteral("misaki@example.jp"),
             QStringLiteral("--track"), track, QStringLiteral("--cohort"), cohort});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString id = QString::number(applicationId(r.out));
    for (const char *status : {"screening", "interview_scheduled", "interviewed"}) {
        r = run({QStringLiteral("--db"), path, QStringLiteral("status"), QStringLiteral("set"), id,
                 QString::fromLatin1(status)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    r = run({QStringLiteral("--db"), path, QStringLiteral("status"), QStringLiteral("set"), id,
             QStringLiteral("qualified")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(QLatin1String("interviewed -> qualified, by ") +
                               SignIn::systemAccountName()),
             qPrintable(r.out));
    QVERIFY2(lines[1].contains(QLatin1String("qualified -> offered, by desk")), qPrintable(r.out));

    r = run({QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCli::showPrintsHistory()
{
    const QString path = seeded();
    QVERIFY(!path.isEmpty());
    Run r =
        run({QStringLiteral("--db"), path, QStringLiteral("applicant"), QStringLiteral("add"),
             QStringLiteral("--first-name"), QStringLiteral("Olúwaseun"),
             QStringLiteral("--last-name"), QStringLiteral("Adébáyọ̀"), QStringLiteral("--email"),
             QStringLiteral("seun@example.ng"), QStringLiteral("--country"),
             QStringLiteral("Nigeria"), QStringLiteral("--track"), QStringLiteral("UX")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString id = QString::number(applicationId(r.out));
    r = run({QStringLiteral("--db"), path, QStringLiteral("status"), QStringLiteral("set"), id,
             QStringLiteral("withdrawn"), QStringLiteral("--reason"),
             QStringLiteral("Moved away")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    r = run({QStringLiteral("--db"), path, QStringLiteral("show"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const char *text : {"Olúwaseun Adébáyọ̀", "seun@example.ng", "Nigeria", "UX",
                             "withdrawn (Withdrawn)", "History", "applied -> withdrawn",
                             qPrintable(SignIn::systemAccountName()), "reason: Moved away"})
        QVERIFY2(r.out.contains(QString::fromUtf8(text)),
                 qPrintable(text + (QLatin1Char('\n') + r.out)));

    // A seeded application shows its whole road.
    r = run({QStringLiteral("--db"), path, QStringLiteral("show"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("Application 1")), qPrintable(r.out));

    r = run({QStringLiteral("--db"), path, QStringLiteral("show"), QStringLiteral("99999999")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("no application 99999999")), qPrintable(r.err));
}

void TestCli::actingUser()
{
    const QString path = seeded();
    QVERIFY(!path.isEmpty());
    const QStringList add = {QStringLiteral("--db"),         path,
                             QStringLiteral("applicant"),    QStringLiteral("add"),
                             QStringLiteral("--first-name"), QStringLiteral("İlkay"),
                             QStringLiteral("--last-name"),  QStringLiteral("Çelik"),
                             QStringLiteral("--track"),      QStringLiteral("CYB")};
    // --as names a staff user, who must prove it: with no terminal to ask for a password, and
    // no token, the command is refused, whatever $USER says.
    for (const QString &as : {QStringLiteral("nobody"), QStringLiteral("tester")}) {
        const Run r =
            run(QStringList{QStringLiteral("--as"), as} + add +
                QStringList{QStringLiteral("--email"), QStringLiteral("ilkay@example.tr")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(as) && r.err.contains(QLatin1String("password")),
                 qPrintable(r.describe()));
    }
    // A desk with no passwords yet acts as the operating-system account.
    const Run r =
        run(add + QStringList{QStringLiteral("--email"), QStringLiteral("ilkay@example.tr")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(scalarIn(path, "SELECT count(*) FROM staff_users WHERE username IN ('nobody', "
                            "'tester')")
                 .toInt(),
             0);
}

// From an empty file to a first offer with nothing but the command line.
void TestCli::catalogueOnAFreshFile()
{
    const QString path = db(QStringLiteral("catalogue.sqlite"));
    auto cli = [&](QStringList arguments) {
        return run(QStringList{QStringLiteral("--db"), path} + arguments);
    };
    Run r = cli({"init"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli({"track", "add", "SWE", "Software Engineering"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli({"track", "add", "swe", "Again"});
    QVERIFY2(r.exitCode == 1 && r.err.contains("already a track"), qPrintable(r.describe()));
    r = cli({"cohort", "add", "SWE 2027-03", "--track", "SWE", "--starts", "2027-03-01", "--ends",
             "2027-09-01", "--capacity", "1"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli({"cohort", "add", "Backwards", "--track", "SWE", "--starts", "2027-03-01", "--ends",
             "2026-09-01", "--capacity", "1"});
    QVERIFY2(r.exitCode == 1 && r.err.contains("ends_on"), qPrintable(r.describe()));
    r = cli({"cohort", "add", "No seats", "--track", "SWE", "--starts", "2027-03-01", "--ends",
             "2027-09-01"});
    QVERIFY2(r.exitCode == 2 && r.err.contains("--capacity"), qPrintable(r.describe()));
    r = cli({"cohort", "add", "Many", "--track", "SWE", "--starts", "2027-03-01", "--ends",
             "2027-09-01", "--capacity", "lots"});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));

    for (const char *who : {"ada", "grace"}) {
        r = cli({"applicant", "add", "--first-name", who, "--last-name", "Test", "--email",
                 QString::fromLatin1(who) + "@example.org", "--track", "SWE", "--cohort",
                 "SWE 2027-03"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    for (const char *id : {"1", "2"}) {
        for (const char *status :
             {"screening", "interview_scheduled", "interviewed", "qualified"}) {
            r = cli({"status", "set", id, status});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
    }
    // Every seat taken: the cohort is full (CohortStateService, as a writing command starts).
    r = cli({"cohort", "list"});
    QVERIFY2(r.out.contains(QRegularExpression("SWE 2027-03 +2027-03-01 +full +1/1 +1 +1")),
             qPrintable(r.describe()));
    r = cli({"cohort", "set-capacity", "SWE 2027-03", "2"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Application 2 offered a seat"),
             qPrintable(r.describe()));
    r = cli({"cohort", "list"});
    QVERIFY2(r.out.contains(QRegularExpression("SWE 2027-03 +2027-03-01 +full +2/2 +2 +0")),
             qPrintable(r.describe()));
    r = cli({"show", "1"});
    QVERIFY2(r.out.contains(QRegularExpression("Owner: +" + SignIn::systemAccountName())),
             qPrintable(r.describe()));
    r = cli({"check"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

// Cron jobs and services often run with no USER or LOGNAME: the account's own name is used.
void TestCli::actsAsTheAccountWithoutLoginVariables()
{
    const QString path = db(QStringLiteral("account.sqlite"));
    const QStringList add = {QStringLiteral("--db"),         path,
                             QStringLiteral("applicant"),    QStringLiteral("add"),
                             QStringLiteral("--first-name"), QStringLiteral("Søren"),
                             QStringLiteral("--last-name"),  QStringLiteral("Ødegård"),
                             QStringLiteral("--email"),      QStringLiteral("soren@example.dk"),
                             QStringLiteral("--track"),      QStringLiteral("SWE")};
    QVERIFY2(run({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0, "init");
    // A fresh file has no tracks: the refusal names the track, not the acting user.
    const Run r = run(add, false);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("SWE")), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(QLatin1String("--as")), qPrintable(r.describe()));
}

void TestCli::damagedFileIsLeftAlone()
{
    const QString path = db(QStringLiteral("random.sqlite"));
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &byte : bytes)
        byte = static_cast<char>(generator.bounded(256));
    {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    for (const QStringList &command :
         {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("cohort"), QStringLiteral("list")},
          QStringList{QStringLiteral("seed-demo"), QStringLiteral("--applicants"),
                      QStringLiteral("5")}}) {
        const Run r = run(QStringList{QStringLiteral("--db"), path} + command);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.startsWith(QLatin1String("admissions-desk-cli: Cannot open")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestCli::checkReportsProblems()
{
    const QString path = db(QStringLiteral("broken.sqlite"));
    Run r = run({QStringLiteral("--db"), path, QStringLiteral("seed-demo"),
                 QStringLiteral("--applicants"), QStringLiteral("1000")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    {
        // Another program changes a status behind the desk's back: no event for it.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QSqlQuery q(raw);
        QVERIFY2(q.exec(QStringLiteral("UPDATE applications SET status = 'screening' WHERE id = "
                                       "(SELECT min(id) FROM applications WHERE status = "
                                       "'applied')")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    r = run({QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.out.startsWith(QLatin1String("history: Application ")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("has problems")), qPrintable(r.err));
}

void TestCli::exportApplications()
{
    const QString path = seeded();
    QVERIFY(!path.isEmpty());
    auto cli = [&](QStringList arguments) {
        return run(QStringList{QStringLiteral("--db"), path} + arguments);
    };
    Run r = cli({"export", "applications", "--track", "CYB", "--status", "waitlisted,offered",
                 "--columns", "application_id,track,status"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QStringList lines = r.out.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeFirst(), QStringLiteral("application_id,track,status"));
    QCOMPARE(lines.takeLast(), QString()); // the last record ends in CRLF too
    const int expected = scalarIn(path, "SELECT count(*) FROM applications a JOIN tracks t ON "
                                        "t.id = a.track_id WHERE t.code = 'CYB' AND a.status IN "
                                        "('waitlisted', 'offered')")
                             .toInt();
    QVERIFY(expected > 0);
    QCOMPARE(lines.size(), expected);
    for (const QString &line : std::as_const(lines))
        QVERIFY2(line.endsWith(",CYB,waitlisted") || line.endsWith(",CYB,offered"),
                 qPrintable(line));

    const QString file = db(QStringLiteral("export.csv"));
    r = cli({"export", "applications", "--columns", "all", "--delimiter", "semicolon", "--bom",
             "-o", file});
    QVERIFY2(r.exitCode == 0 && r.out.isEmpty(), qPrintable(r.describe()));
    const int all = scalarIn(path, "SELECT count(*) FROM applications").toInt();
    QVERIFY2(r.err.contains(QStringLiteral("%1 applications written").arg(all)), qPrintable(r.err));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readLine().startsWith("\xEF\xBB\xBF"
                                          "application_id;first_name;"));

    r = cli({"export", "applications", "--delimiter", "pipe"});
    QVERIFY2(r.exitCode == 2 && r.err.contains("--delimiter"), qPrintable(r.describe()));
    r = cli({"export", "applications", "--applied-from", "yesterday"});
    QVERIFY2(r.exitCode == 1 && r.err.contains("--applied-from"), qPrintable(r.describe()));
    // Cells as stored are for administrators; the account running the desk was made one on first
    // use. An officer would have to sign in with a password, and could not use --raw anyway.
    const QString officer =
        scalarIn(path, "SELECT username FROM staff_users WHERE role = 'admissions_officer' "
                       "AND active = 1 LIMIT 1")
            .toString();
    QVERIFY(!officer.isEmpty());
    r = run({"--db", path, "--as", officer, "export", "applications", "--raw"});
    QVERIFY2(r.exitCode == 1 && r.err.contains(officer) && r.out.isEmpty(),
             qPrintable(r.describe()));
    r = cli({"export", "applications", "--raw", "--columns", "phone"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("\r\n+"), qPrintable(r.describe().left(500)));
}

void TestCli::exportHistoryAndWaitlists()
{
    const QString path = seeded();
    QVERIFY(!path.isEmpty());
    Run r = run({"--db", path, "export", "history", "--track", "CYB"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe().left(500)));
    QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.takeFirst(), QStringLiteral("event_id,application_id,first_name,last_name,"
                                               "email,track,cohort,from_status,to_status,"
                                               "changed_at,changed_by,reason,cause"));
    const int events = scalarIn(path, "SELECT count(*) FROM status_events e JOIN applications a "
                                      "ON a.id = e.application_id JOIN tracks t ON t.id = "
                                      "a.track_id WHERE t.code = 'CYB'")
                           .toInt();
    QVERIFY(events > 0);
    // Notes may span lines; none do in the demo data's history.
    QCOMPARE(lines.size(), events);

    const QString cohort = scalarIn(path, "SELECT c.name FROM applications a JOIN cohorts c ON "
                                          "c.id = a.cohort_id WHERE a.status = 'waitlisted' "
                                          "GROUP BY c.id ORDER BY count(*) DESC LIMIT 1")
                               .toString();
    QVERIFY(!cohort.isEmpty());
    r = run({"--db", path, "export", "waitlist", "--cohort", cohort, "--columns", "x"});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe())); // no --columns here
    r = run({"--db", path, "export", "waitlist", "--cohort", cohort});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    lines.removeFirst();
    // First come, first served: the order in which seats are offered.
    const QString expected =
        scalarIn(path, QStringLiteral("SELECT group_concat(id, ' ') FROM (SELECT a.id FROM "
                                      "applications a JOIN cohorts c ON c.id = a.cohort_id "
                                      "WHERE c.name = '%1' AND a.status = 'waitlisted' ORDER "
                                      "BY a.qualified_at, a.applied_at, a.id)")
                           .arg(cohort))
            .toString();
    QStringList ids;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        QCOMPARE(cells.at(1), cohort);
        QCOMPARE(cells.at(2), QString::number(i + 1)); // the place in line
        ids << cells.at(3);
    }
    QCOMPARE(ids.join(QLatin1Char(' ')), expected);
    r = run({"--db", path, "export", "waitlist", "--cohort", "No such cohort"});
    QVERIFY2(r.exitCode == 1 && r.err.contains("--cohort"), qPrintable(r.describe()));
}

void TestCli::importFromAFile()
{
    const QString path = db(QStringLiteral("import.sqlite"));
    Run r = run({"--db", path, "init"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"--db", path, "track", "add", "SWE", "Software Engineering"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString csv = db(QStringLiteral("form.csv"));
    auto write = [&csv](const QByteArray &bytes) {
        QFile file(csv);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write("Timestamp;First Name;Last Name;Email Address;Career Track\n"
                  "11/20/2026 9:30:00;Ana;Silva;ana@example.org;Software Engineering\n"
                  "11/20/2026 9:31:00;Bo;Diaz;bo@;SWE\n"
                  "11/20/2026 9:32:00;Cy;Young;cy@example.org;Pottery\n"));

    r = run({"--db", path, "import", csv, "--dry-run"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("form.csv:3: Email Address: \"bo@\" is not an email address."),
             qPrintable(r.describe()));
    QVERIFY2(r.out.contains("form.csv:4: Career Track: There is no career track \"Pottery\""),
             qPrintable(r.describe()));
    QVERIFY2(r.out.contains("Timestamp → applied_at"), qPrintable(r.describe()));
    // "Timestamp" first is how Google Forms writes its export.
    QVERIFY2(r.out.contains("Recognised: a Google Forms export.\n"), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Bad rows:\\s+2\\n"))),
             qPrintable(r.describe()));

    r = run({"--db", path, "import", csv});
    QVERIFY2(r.exitCode == 1 && r.err.contains("Nothing was written"), qPrintable(r.describe()));
    QCOMPARE(scalarIn(path, "SELECT count(*) FROM applicants").toInt(), 0);

    r = run({"--db", path, "import", csv, "--skip-bad-rows"});
    QVERIFY2(r.exitCode == 0 &&
                 r.out.contains(QRegularExpression(QStringLiteral("New applications:\\s+1\\n"))),
             qPrintable(r.describe()));
    QCOMPARE(scalarIn(path, "SELECT count(*) FROM applicants").toInt(), 1);
    r = run({"--db", path, "import", csv, "--skip-bad-rows"});
    QVERIFY2(
        r.exitCode == 0 &&
            r.out.contains(QRegularExpression(QStringLiteral("New applications:\\s+0\\n"))) &&
            r.out.contains(QRegularExpression(QStringLiteral("Already in the database:\\s+1\\n"))),
        qPrintable(r.describe()));

    // A mapping file corrects the automatic mapping; its mistakes are named.
    QVERIFY(write("Vorname,Nachname,Mail,Kurs\nDee,Park,dee@example.org,SWE\n"));
    const QString mapping = db(QStringLiteral("mapping.json"));
    QFile map(mapping);
    QVERIFY(map.open(QIODevice::WriteOnly));
    map.write("{\"Kurs\": \"trak\"}");
    map.close();
    r = run({"--db", path, "import", csv, "--mapping", mapping});
    QVERIFY2(r.exitCode == 1 && r.err.contains("\"trak\", which is not a field"),
             qPrintable(r.describe()));
    QVERIFY(map.open(QIODevice::WriteOnly));
    map.write("{\"Kurs\": \"track\"}");
    map.close();
    r = run({"--db", path, "import", csv, "--mapping", mapping});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(scalarIn(path, "SELECT count(*) FROM applicants").toInt(), 2);

    // A header that names a column twice is refused, naming the file, the line and both columns.
    QVERIFY(
        write("Vorname,Nachname,Mail,Kurs,Mail\nEve,Roe,eve@example.org,SWE,eve@example.com\n"));
    r = run({"--db", path, "import", csv, "--mapping", mapping});
    QVERIFY2(r.exitCode == 1 &&
                 r.err.contains("form.csv: line 1: the header names two columns \"Mail\" "
                                "(columns 3 and 5)"),
             qPrintable(r.describe()));
    QCOMPARE(scalarIn(path, "SELECT count(*) FROM applicants").toInt(), 2);

    r = run({"--db", path, "import", csv, "--on-duplicate", "merge"});
    QVERIFY2(r.exitCode == 2 && r.err.contains("--on-duplicate"), qPrintable(r.describe()));
    r = run({"--db", path, "import", db(QStringLiteral("missing.csv"))});
    QVERIFY2(r.exitCode == 1 && r.err.contains("missing.csv"), qPrintable(r.describe()));
}

void TestCli::importAsksTheOrderOfAmbiguousDates()
{
    const QString path = db(QStringLiteral("dates.sqlite"));
    Run r = run({"--db", path, "init"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"--db", path, "track", "add", "SWE", "Software Engineering"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString csv = db(QStringLiteral("weekly.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Timestamp,First Name,Last Name,Email Address,Career Track\n"
               "11/04/2026 13:45,Ana,Silva,ana@example.org,SWE\n"
               "01/02/2026 9:00,Bo,Diaz,bo@example.org,SWE\n");
    file.close();

    // Never guessed: 11 April or 4 November?
    r = run({"--db", path, "import", csv});
    QVERIFY2(r.exitCode == 1 &&
                 r.out.contains("weekly.csv:2: Timestamp: \"11/04/2026 13:45\" could be day first "
                                "or month first") &&
                 r.err.contains("--date-order dmy (day first) or mdy (month first)"),
             qPrintable(r.describe()));
    QCOMPARE(scalarIn(path, "SELECT count(*) FROM applicants").toInt(), 0);
    r = run({"--db", path, "import", csv, "--date-order", "ymd"});
    QVERIFY2(r.exitCode == 2 && r.err.contains("--date-order"), qPrintable(r.describe()));

    r = run({"--db", path, "import", csv, "--date-order", "dmy"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(scalarIn(path, "SELECT group_concat(substr(applied_at, 1, 7), ' ') FROM (SELECT "
                            "applied_at FROM applications ORDER BY id)")
                 .toString(),
             QStringLiteral("2026-04 2026-02"));
}

void TestCli::importTheWeeklyExport()
{
    const QString path = db(QStringLiteral("weekly.sqlite"));
    Run r = run({"--db", path, "init"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"--db", path, "track", "add", "SWE", "Software Engineering"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString csv = db(QStringLiteral("entries.csv"));
    const auto write = [&csv](const QByteArray &rows) {
        QFile file(csv);
        return file.open(QIODevice::WriteOnly) &&
               file.write("Submission ID,Respondent ID,Submitted at,First name,Last name,Email,"
                          "Career Track\n" +
                          rows) > 0;
    };
    QVERIFY(write("t101,r1,2026-11-20 10:00:00,Ana,Silva,ana@example.org,SWE\n"));
    r = run({"--db", path, "import", csv});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Recognised: a Tally export."),
             qPrintable(r.describe()));

    // A week later: one entry older than the last import (left out last week), one imported,
    // one new, whose person has not applied before.
    QVERIFY(write("t100,r0,2026-11-19 10:00:00,Zoe,Ng,zoe@example.org,SWE\n"
                  "t101,r1,2026-11-20 10:00:00,Ana,Silva,ana.silva@example.org,SWE\n"
                  "t102,r2,2026-11-22 10:00:00,Bo,Diaz,bo@example.org,SWE\n"));
    r = run({"--db", path, "import", csv, "--dry-run"});
    const auto counted = [&r](const char *label, int value) {
        return r.out.contains(
            QRegularExpression(QStringLiteral("%1\\s+%2\\n").arg(QLatin1String(label)).arg(value)));
    };
    QVERIFY2(r.exitCode == 0 && counted("Entries since the last import:", 1) &&
                 counted("Already in the database:", 1) && counted("Older entries left out:", 1),
             qPrintable(r.describe()));
    r = run({"--db", path, "import", csv});
    QVERIFY2(r.exitCode == 0 && counted("New applications:", 1), qPrintable(r.describe()));
    QCOMPARE(scalarIn(path, "SELECT group_concat(email, ' ') FROM (SELECT email FROM applicants "
                            "ORDER BY id)")
                 .toString(),
             QStringLiteral("ana@example.org bo@example.org"));
    r = run({"--db", path, "import", csv, "--older-entries"});
    QVERIFY2(r.exitCode == 0 && counted("New applications:", 1), qPrintable(r.describe()));
    QCOMPARE(scalarIn(path, "SELECT count(*) FROM form_entries WHERE source = 'Tally'").toInt(), 3);
}

void TestCli::importReadsTimesInTheFormsTimeZone()
{
    const QString path = db(QStringLiteral("formzone.sqlite"));
    Run r = run({"--db", path, "init"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"--db", path, "track", "add", "SWE", "Software Engineering"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"--db", path, "form-time-zone", "set", "web form", "Mars/Olympus"});
    QVERIFY2(r.exitCode == 1 && r.err.contains("Mars/Olympus"), qPrintable(r.describe()));
    r = run({"--db", path, "form-time-zone", "set", "web form", "Asia/Tokyo"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Time zone of web form set: Asia/Tokyo"),
             qPrintable(r.describe()));
    r = run({"--db", path, "form-time-zone", "show", "web form"});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Time zone of web form: Asia/Tokyo"),
             qPrintable(r.describe()));
    const QString csv = db(QStringLiteral("plain.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name,Email,Career Track,Date Applied\n"
               "Ana,Silva,ana@example.org,SWE,2026-11-20 09:30\n");
    file.close();
    r = run({"--db", path, "import", csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // Tokyo is UTC+9.
    QCOMPARE(scalarIn(path, "SELECT applied_at FROM applications").toString(),
             QStringLiteral("2026-11-20T00:30:00.000Z"));
}

void TestCli::importFromStandardInput()
{
    const QString path = db(QStringLiteral("stdin.sqlite"));
    Run r = run({"--db", path, "init"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"--db", path, "track", "add", "DATA", "Data Analytics"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    process.setProcessEnvironment(env);
    CliProcess::detachFromTerminal(process);
    process.start(QStringLiteral(ADMISSIONS_CLI), {"--db", path, "import", "-"});
    QVERIFY(process.waitForStarted());
    process.write("email,full_name,track\r\nli@example.org,Li Wei,DATA\r\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(scalarIn(path, "SELECT first_name || '/' || last_name FROM applicants").toString(),
             QStringLiteral("Li/Wei"));
    QCOMPARE(scalarIn(path, "SELECT cause FROM status_events").toString(),
             QStringLiteral("imported from standard input"));
}

namespace {
// What a terminal would act on: C0 (but line breaks), DEL, C1, and bidirectional controls.
bool hasTerminalControls(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\n') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
            (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}
} // namespace

// applicant add refuses control characters, bidirectional controls and overlong names, says
// which field, echoes nothing raw and writes nothing.
void TestCli::junkIsRefused()
{
    const QString path = db(QStringLiteral("junk.sqlite"));
    Run r = run({"--db", path, "init"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({"--db", path, "track", "add", "SWE", "Software engineering"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList add = {"--db", path, "applicant", "add", "--track", "SWE"};
    const struct
    {
        QStringList arguments;
        const char *field;
    } cases[] = {
        {{"--first-name", "Zoe\x1b[2J\x1b[31m", "--last-name", "M", "--email", "z@example.org"},
         "first_name"},
        {{"--first-name", "Zoe", "--last-name", QStringLiteral("Ann") + QChar(0x202e) + "am",
          "--email", "z@example.org"},
         "last_name"},
        {{"--first-name", "Zoe", "--last-name", "M", "--email", "z\a@example.org"}, "email"},
        {{"--first-name", QString(5000, QLatin1Char('x')), "--last-name", "M", "--email",
          "z@example.org"},
         "first_name"},
        {{"--first-name", "Zoe", "--last-name", "M", "--email", "z@example.org", "--country",
          "DE\x1b]0;owned\x07"},
         "country"},
    };
    for (const auto &c : cases) {
        r = run(add + c.arguments);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QLatin1String(c.field)), qPrintable(r.describe()));
        QVERIFY2(!hasTerminalControls(r.out + r.err), qPrintable(Validation::printable(r.err)));
        QVERIFY2(r.err.size() < 1000, qPrintable(r.err.left(1000)));
    }
    QCOMPARE(scalarIn(path, "SELECT count(*) FROM applicants").toInt(), 0);
}

// Text stored before it was refused (or by another program) is printed with its control
// characters escaped by show, status set, cohort list and the import's problems.
void TestCli::storedJunkIsPrintedEscaped()
{
    TestDatabase file;
    QVERIFY2(file.isOpen(), qPrintable(file.openError()));
    const QString path = file.path();
    const QString esc = QStringLiteral("\x1b[2J\x1b[31m");
    const QString rlo = QString(QChar(0x202e));
    const qint64 track = file.addTrack("SWE" + esc);
    file.addCohort(track, "March" + esc + rlo, 10);
    const qint64 applicant = file.addApplicant("Zoë" + esc, "Mül" + rlo + "ler",
                                               "zoe\x07@example.org", "+49 30 1234567");
    const qint64 application = file.addApplication(applicant, track, "Typed\x1b]0;owned\x07");

    Run r = run({"--db", path, "show", QString::number(application)});
    QVERIFY2(r.exitCode == 0, qPrintable(Validation::printable(r.describe())));
    QVERIFY2(!hasTerminalControls(r.out + r.err), qPrintable(Validation::printable(r.out)));
    for (const char *shown : {"Zoë\\x1b[2J\\x1b[31m Mül\\u202eler", "zoe\\x07@example.org",
                              "SWE\\x1b[2J", "reason: Typed\\x1b]0;owned\\x07"})
        QVERIFY2(r.out.contains(QString::fromUtf8(shown)), qPrintable(shown + ("\n" + r.out)));

    r = run({"--db", path, "cohort", "list"});
    QVERIFY2(r.exitCode == 0, qPrintable(Validation::printable(r.describe())));
    QVERIFY2(!hasTerminalControls(r.out + r.err), qPrintable(Validation::printable(r.out)));
    QVERIFY2(r.out.contains(QLatin1String("March\\x1b[2J\\x1b[31m\\u202e")), qPrintable(r.out));

    r = run({"--db", path, "status", "set", QString::number(application), "withdrawn", "--reason",
             "Moved"});
    QVERIFY2(r.exitCode == 0, qPrintable(Validation::printable(r.describe())));
    QVERIFY2(!hasTerminalControls(r.out + r.err), qPrintable(Validation::printable(r.out)));

    // A file's cells come back in the import's problems, escaped too.
    const QString csv = m_dir.filePath(QStringLiteral("junk.csv"));
    QFile out(csv);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("First Name,Last Name,Email Address,Career Track\r\n"
              "Ana\x1b[31m,Silva,ana@example.org,Basket\x1b[2J\r\n");
    out.close();
    r = run({"--db", path, "import", csv, "--dry-run"});
    QVERIFY2(r.exitCode != 0, qPrintable(Validation::printable(r.describe())));
    QVERIFY2(!hasTerminalControls(r.out + r.err), qPrintable(Validation::printable(r.out + r.err)));
    QVERIFY2(r.out.contains(QLatin1String("junk.csv:2: First Name: First name contains the "
                                          "control character U+001B")),
             qPrintable(Validation::printable(r.out)));
    QVERIFY2(r.out.contains(QLatin1String("Basket\\x1b[2J")), qPrintable(r.out));
}

// Two characters narrow the export to names and emails that start with them; a number is an
// application id first; one character is wrong usage, not an export of everything.
void TestCli::shortSearchesNarrow()
{
    const QString path = seeded();
    QVERIFY(!path.isEmpty());
    const auto exported = [&](const QString &term, const QString &columns) {
        const Run r =
            run({"--db", path, "export", "applications", "--search", term, "--columns", columns});
        if (r.exitCode != 0)
            return QStringList{r.describe()};
        QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        lines.removeFirst(); // the header
        return lines;
    };
    const int all = scalarIn(path, "SELECT count(*) FROM applications").toInt();
    const QStringList li = exported("Li", "application_id,first_name,last_name,email");
    const int expected =
        scalarIn(path, "SELECT count(*) FROM applications a JOIN applicants p ON p.id = "
                       "a.applicant_id WHERE lower(substr(p.first_name, 1, 2)) = 'li' OR "
                       "lower(substr(p.last_name, 1, 2)) = 'li' OR "
                       "lower(substr(p.email, 1, 2)) = 'li'")
            .toInt();
    QVERIFY(expected > 0 && expected < all);
    QCOMPARE(li.size(), expected);
    for (const QString &line : li) {
        const QStringList cells = line.split(QLatin1Char(','));
        QVERIFY2(cells.size() == 4 && (cells.at(1).startsWith("li", Qt::CaseInsensitive) ||
                                       cells.at(2).startsWith("li", Qt::CaseInsensitive) ||
                                       cells.at(3).startsWith("li", Qt::CaseInsensitive)),
                 qPrintable(line));
    }

    // Application 812 first, then those whose phone holds 812.
    const QStringList number = exported("812", "application_id,first_name,last_name,email,phone");
    QVERIFY2(number.size() > 1, qPrintable(number.join('\n')));
    QVERIFY2(number.first().startsWith("812,"), qPrintable(number.first()));
    for (const QString &line : number.mid(1)) // a phone typed with spaces holds it as digits
        QVERIFY2(line.section(',', 1).remove(QRegularExpression("[ ()./-]")).contains("812"),
                 qPrintable(line));

    // One digit is an application's number, however short.
    QCOMPARE(exported("7", "application_id"), QStringList{QStringLiteral("7")});

    for (const QString &command : {QStringLiteral("applications"), QStringLiteral("history")}) {
        for (const QString &term : {QStringLiteral("L"), QStringLiteral(" ")}) {
            const Run r = run({"--db", path, "export", command, "--search", term});
            QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("--search")) &&
                         r.out.isEmpty(),
                     qPrintable(r.describe().left(500)));
        }
    }
    const Run help = run({"export", "applications", "--help"});
    QVERIFY2(help.out.contains(QLatin1String("2 characters")), qPrintable(help.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
