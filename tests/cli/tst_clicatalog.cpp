#include "cliprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// track, cohort, time-zone and mentor commands on real files, through the program as a script
// runs it: a desk made with the program's own commands, an administrator and a read-only user
// signing in with tokens, and what each command left in the file and its audit trail.
class TestCliCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(CliProcess::environment(m_dir.path()));
        CliProcess::detachFromTerminal(process);
        process.start(QStringLiteral(ADMISSIONS_CLI), arguments);
        return CliProcess::finish(process);
    }

    QString secretFile(const QString &name, const QString &secret)
    {
        return CliProcess::secretFile(path(name), secret);
    }

    // A desk with the tracks SWE and DATA, a cohort and an application of SWE, the
    // administrator "boss" and the read-only "reader"; `boss` and `reader` are the global
    // options that sign each in. `failure` says which step failed (QVERIFY2 it).
    struct Desk
    {
        QString db;
        QStringList boss;
        QStringList reader;
        QString failure;
    };

    Desk makeDesk(const QString &name)
    {
        Desk desk;
        desk.db = path(name + QStringLiteral(".sqlite"));
        const QString bossPassword =
            secretFile(name + QStringLiteral("-boss.pw"), QStringLiteral("correct horse battery"));
        const QString readerPassword =
            secretFile(name + QStringLiteral("-reader.pw"), QStringLiteral("a reader's password"));
        const QString bossToken = path(name + QStringLiteral("-boss.token"));
        const QString readerToken = path(name + QStringLiteral("-reader.token"));
        const QStringList db{QStringLiteral("--db"), desk.db};
        const QStringList asBoss =
            db + QStringList{"--as", "boss", "--password-file", bossPassword};
        const QList<QStringList> steps{
            db + QStringList{"init", "--admin", "boss", "--new-password-file", bossPassword},
            asBoss + QStringList{"staff", "token", "boss-script", "-o", bossToken},
            asBoss + QStringList{"staff", "add", "reader", "--role", "read_only",
                                 "--new-password-file", readerPassword},
            db + QStringList{"--as", "reader", "--password-file", readerPassword, "staff", "token",
                             "reader-script", "-o", readerToken},
            asBoss + QStringList{"track", "add", "SWE", "Software Engineering"},
            asBoss + QStringList{"track", "add", "DATA", "Data Science"},
            asBoss + QStringList{"cohort", "add", "SWE-1", "--track", "SWE", "--starts",
                                 "2027-03-01", "--ends", "2027-09-01", "--capacity", "5"},
            asBoss + QStringList{"applicant", "add", "--first-name", "Ada", "--last-name",
                                 "Lovelace", "--email", "ada@example.org", "--track", "SWE"},
        };
        for (const QStringList &step : steps) {
            const CliRun r = run(step);
            if (r.exitCode != 0) {
                desk.failure = step.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe();
                break;
            }
        }
        desk.boss = db + QStringList{"--token-file", bossToken};
        desk.reader = db + QStringList{"--token-file", readerToken};
        return desk;
    }

    static QString scalar(const Desk &desk, const QString &sql)
    {
        return CliProcess::scalarIn(desk.db, sql).toString();
    }
    // The audit trail's records of tracks and mentors (every sign-in is a record too).
    static int auditRecords(const Desk &desk)
    {
        return CliProcess::scalarIn(desk.db, "SELECT count(*) FROM audit_events WHERE entity IN "
                                             "('track', 'mentor')")
            .toInt();
    }
    // The fields of the entity's "update" records, oldest first.
    static QString updatedFields(const Desk &desk, const QString &entity, qint64 id)
    {
        return scalar(desk, QStringLiteral("SELECT group_concat(field) FROM (SELECT field FROM "
                                           "audit_events WHERE action = 'update' AND entity = "
                                           "'%1' AND entity_id = %2 ORDER BY id)")
                                .arg(entity)
                                .arg(id));
    }
    // Everything the track and mentor commands may change, as one string.
    static QString catalogue(const Desk &desk)
    {
        return scalar(desk,
                      "SELECT (SELECT group_concat(id || ':' || code || ':' || name || ':' || "
                      "active, '|') FROM tracks) || '#' || ifnull((SELECT group_concat(id || ':' "
                      "|| name || ':' || email || ':' || time_zone || ':' || weekly_slots || ':' "
                      "|| max_active_mentees || ':' || active, '|') FROM mentors), '') || '#' || "
                      "ifnull((SELECT group_concat(mentor_id || '-' || track_id) FROM "
                      "mentor_tracks), '')");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        QVERIFY2(QFileInfo(QStringLiteral(ADMISSIONS_CLI)).isExecutable(), ADMISSIONS_CLI);
    }

    // On a fresh file each list is empty, and says on standard error how to fill it.
    void emptyListsSayWhatToDo()
    {
        const QString db = path(QStringLiteral("fresh.sqlite"));
        const QString password =
            secretFile(QStringLiteral("fresh.pw"), QStringLiteral("correct horse battery"));
        CliRun r = run({"--db", db, "init", "--admin", "boss", "--new-password-file", password});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList asBoss{"--db", db, "--as", "boss", "--password-file", password};
        for (const auto &[command, hint] :
             {std::pair{"track", "track add CODE NAME"}, std::pair{"cohort", "cohort add NAME"},
              std::pair{"mentor", "mentor add NAME"}}) {
            r = run(asBoss + QStringList{QLatin1String(command), "list"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QCOMPARE(r.out.trimmed().count(QLatin1Char('\n')), 0); // the header alone
            QVERIFY2(r.err.contains(QLatin1String(hint)), qPrintable(r.describe()));
        }
    }

    void helpListsTheCommands()
    {
        const CliRun r = run({QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // In the order of the groups: the catalogue, then its mentors, then the exports.
        qsizetype at = 0;
        for (const char *command :
             {"track add", "track list", "track edit", "track deactivate", "track activate",
              "cohort set-capacity", "mentor add", "mentor list", "mentor edit",
              "mentor deactivate", "mentor activate", "export applications"}) {
            const qsizetype next = r.out.indexOf(QLatin1String(command), at);
            QVERIFY2(next > at, command);
            at = next;
        }
    }

    void tracksAreListedEditedDeactivatedAndActivated()
    {
        const Desk desk = makeDesk(QStringLiteral("tracks"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        CliRun r = run(desk.boss + QStringList{"track", "list"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains(
                     QRegularExpression("^Id +Code +Name +Cohorts +Applications +State$")),
                 qPrintable(r.out));
        // By code; SWE has the cohort and the application.
        QVERIFY2(lines.at(1).contains(QRegularExpression("^2 +DATA +Data Science +0 +0 +active$")),
                 qPrintable(r.out));
        QVERIFY2(lines.at(2).contains(
                     QRegularExpression("^1 +SWE +Software Engineering +1 +1 +active$")),
                 qPrintable(r.out));

        r = run(desk.boss + QStringList{"track", "edit", "SWE", "--name", "Software Craft"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // The code is found whatever its case.
        r = run(desk.boss + QStringList{"track", "edit", "swe", "--code", "SE"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(scalar(desk, "SELECT code || '/' || name FROM tracks WHERE id = 1"),
                 QStringLiteral("SE/Software Craft"));
        QCOMPARE(scalar(desk, "SELECT old_value || '>' || new_value FROM audit_events WHERE "
                              "action = 'update' AND entity = 'track' AND field = 'code'"),
                 QStringLiteral("SWE>SE"));

        const QString before = catalogue(desk);
        const int records = auditRecords(desk);
        r = run(desk.boss + QStringList{"track", "edit", "SE"});
        QVERIFY2(r.exitCode == 2 && r.err.contains("--code") && r.err.contains("--name"),
                 qPrintable(r.describe()));
        r = run(desk.boss + QStringList{"track", "edit", "SE", "--code", "data"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("already a track DATA"),
                 qPrintable(r.describe()));
        r = run(desk.boss + QStringList{"track", "edit", "NOPE", "--name", "Nope"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("\"NOPE\"") &&
                     r.err.contains("the tracks are DATA, SE"),
                 qPrintable(r.describe()));
        r = run(desk.boss + QStringList{"track", "deactivate", "NOPE"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("\"NOPE\""), qPrintable(r.describe()));
        QCOMPARE(catalogue(desk), before);
        QCOMPARE(auditRecords(desk), records);

        r = run(desk.boss + QStringList{"track", "deactivate", "SE"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Track SE is inactive"),
                 qPrintable(r.describe()));
        QCOMPARE(scalar(desk, "SELECT active FROM tracks WHERE id = 1"), QStringLiteral("0"));
        r = run(desk.boss + QStringList{"track", "list"});
        QVERIFY2(r.out.contains(QRegularExpression("\n1 +SE +Software Craft +1 +1 +inactive\n")),
                 qPrintable(r.describe()));
        // An inactive track takes no new cohort, and no new application.
        r = run(desk.boss + QStringList{"cohort", "add", "SE-2", "--track", "SE", "--starts",
                                        "2027-06-01", "--ends", "2027-12-01", "--capacity", "5"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        r = run(desk.boss + QStringList{"applicant", "add", "--first-name", "Alan", "--last-name",
                                        "Turing", "--email", "alan@example.org", "--track", "SE"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QCOMPARE(scalar(desk, "SELECT count(*) FROM cohorts"), QStringLiteral("1"));
        QCOMPARE(scalar(desk, "SELECT count(*) FROM applications"), QStringLiteral("1"));
        r = run(desk.boss + QStringList{"track", "deactivate", "SE"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("already inactive"), qPrintable(r.describe()));

        r = run(desk.boss + QStringList{"track", "activate", "SE"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Track SE is active again"),
                 qPrintable(r.describe()));
        QCOMPARE(scalar(desk, "SELECT active FROM tracks WHERE id = 1"), QStringLiteral("1"));
        r = run(desk.boss + QStringList{"cohort", "add", "SE-2", "--track", "SE", "--starts",
                                        "2027-06-01", "--ends", "2027-12-01", "--capacity", "5"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // One record a field, none for a deactivation that changed nothing.
        QCOMPARE(updatedFields(desk, "track", 1), QStringLiteral("name,code,active,active"));
        QCOMPARE(updatedFields(desk, "track", 2), QString());
        r = run({"--db", desk.db, "check"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void mentorsAreAddedListedEditedDeactivatedAndActivated()
    {
        const Desk desk = makeDesk(QStringLiteral("mentors"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const QStringList mentor = desk.boss + QStringList{"mentor"};
        CliRun r = run(mentor + QStringList{"add", "Grace Hopper", "--email", "grace@example.org",
                                            "--time-zone", "America/New_York", "--tracks",
                                            "SWE,data", "--capacity", "3", "--weekly-slots", "4"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Mentor 1 (Grace Hopper) added"),
                 qPrintable(r.describe()));
        r = run(mentor + QStringList{"add", "Alan Turing", "--email", "alan@example.org",
                                     "--time-zone", "Europe/London", "--tracks", "DATA",
                                     "--capacity", "2"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(scalar(desk, "SELECT count(*) FROM audit_events WHERE action = 'create' AND "
                              "entity = 'mentor'"),
                 QStringLiteral("2"));

        r = run(mentor + QStringList{"list"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains(QRegularExpression(
                     "^Id +Name +Email +Tracks +Time zone +Weekly slots +Load +State$")),
                 qPrintable(r.out));
        // By name; without --weekly-slots a mentor has a call slot for each mentee.
        QVERIFY2(lines.at(1).contains(QRegularExpression(
                     "^2 +Alan Turing +alan@example.org +DATA +Europe/London +2 +0 of 2 +active$")),
                 qPrintable(r.out));
        QVERIFY2(
            lines.at(2).contains(QRegularExpression("^1 +Grace Hopper +grace@example.org +DATA,SWE "
                                                    "+America/New_York +4 +0 of 3 +active$")),
            qPrintable(r.out));

        // Only what is given changes.
        r = run(mentor + QStringList{"edit", "1", "--capacity", "5", "--tracks", "SWE"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(scalar(desk, "SELECT name || '/' || email || '/' || time_zone || '/' || "
                              "weekly_slots || '/' || max_active_mentees || '/' || active FROM "
                              "mentors WHERE id = 1"),
                 QStringLiteral("Grace Hopper/grace@example.org/America/New_York/4/5/1"));
        QCOMPARE(scalar(desk, "SELECT group_concat(track_id) FROM mentor_tracks WHERE "
                              "mentor_id = 1"),
                 QStringLiteral("1"));
        QCOMPARE(updatedFields(desk, "mentor", 1), QStringLiteral("max_active_mentees,tracks"));
        r = run(mentor + QStringList{"edit", "1", "--name", "Grace B. Hopper", "--time-zone",
                                     "America/Chicago", "--weekly-slots", "2"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(updatedFields(desk, "mentor", 1),
                 QStringLiteral("max_active_mentees,tracks,name,time_zone,weekly_slots"));
        QCOMPARE(scalar(desk, "SELECT old_value || '>' || new_value FROM audit_events WHERE "
                              "entity = 'mentor' AND field = 'name'"),
                 QStringLiteral("Grace Hopper>Grace B. Hopper"));

        r = run(mentor + QStringList{"deactivate", "2"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Mentor 2 (Alan Turing) is inactive"),
                 qPrintable(r.describe()));
        QCOMPARE(scalar(desk, "SELECT active FROM mentors WHERE id = 2"), QStringLiteral("0"));
        r = run(mentor + QStringList{"list"});
        QVERIFY2(r.out.contains(QRegularExpression("\n2 +Alan Turing .* +0 of 2 +inactive\n")),
                 qPrintable(r.describe()));
        r = run(mentor + QStringList{"activate", "2"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("active again"), qPrintable(r.describe()));
        QCOMPARE(scalar(desk, "SELECT active FROM mentors WHERE id = 2"), QStringLiteral("1"));
        QCOMPARE(updatedFields(desk, "mentor", 2), QStringLiteral("active,active"));
        r = run({"--db", desk.db, "check"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    // Wrong input changes nothing and writes no record.
    void wrongMentorInputIsRefused()
    {
        const Desk desk = makeDesk(QStringLiteral("wrong"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        const QStringList mentor = desk.boss + QStringList{"mentor"};
        CliRun r =
            run(mentor + QStringList{"add", "Grace Hopper", "--email", "grace@example.org",
                                     "--time-zone", "UTC", "--tracks", "SWE", "--capacity", "3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run(mentor + QStringList{"add", "Alan Turing", "--email", "alan@example.org",
                                     "--time-zone", "UTC", "--tracks", "DATA", "--capacity", "2"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString before = catalogue(desk);
        const int records = auditRecords(desk);

        const QList<QPair<QStringList, QStringList>> refusals{
            // Usage errors (2), naming what was wrong.
            {{"edit", "1"}, {"exit 2", "--name", "--weekly-slots"}},
            {{"edit", "1", "--capacity", "lots"}, {"exit 2", "--capacity", "lots"}},
            {{"edit", "one", "--name", "X"}, {"exit 2", "'one'"}},
            {{"add", "Eve", "--email", "eve@example.org", "--time-zone", "UTC", "--tracks", "SWE",
              "--capacity", "-1"},
             {"exit 2", "--capacity"}},
            {{"add", "Eve", "--email", "eve@example.org", "--time-zone", "UTC", "--tracks", "SWE",
              "--capacity", "2", "--weekly-slots", "x"},
             {"exit 2", "--weekly-slots"}},
            {{"add", "Eve", "--email", "eve@example.org", "--tracks", "SWE", "--capacity", "2"},
             {"exit 2", "--time-zone"}},
            // Failures (1) once the file is open.
            {{"add", "Eve", "--email", "eve@example.org", "--time-zone", "UTC", "--tracks",
              "SWE,PHP", "--capacity", "2"},
             {"exit 1", "\"PHP\"", "the tracks are DATA, SWE"}},
            {{"edit", "2", "--tracks", "DATA,COBOL"}, {"exit 1", "\"COBOL\""}},
            {{"add", "Grace Again", "--email", " GRACE@Example.org", "--time-zone", "UTC",
              "--tracks", "SWE", "--capacity", "2"},
             {"exit 1", "email: mentor 1 (Grace Hopper) already has the address "
                        "grace@example.org."}},
            {{"edit", "2", "--email", "Grace@example.org", "--name", "Alan M. Turing"},
             {"exit 1", "mentor 1 (Grace Hopper) already has the address"}},
            {{"add", "Eve", "--email", "eve@example.org", "--time-zone", "Mars/Olympus", "--tracks",
              "SWE", "--capacity", "2"},
             {"exit 1", "Mars/Olympus"}},
            {{"edit", "99", "--name", "Nobody"}, {"exit 1", "There is no mentor 99"}},
            {{"deactivate", "99"}, {"exit 1", "There is no mentor 99"}},
        };
        for (const auto &[arguments, expected] : refusals) {
            r = run(mentor + arguments);
            const QString what =
                arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe();
            QVERIFY2(QStringLiteral("exit %1").arg(r.exitCode) == expected.first(),
                     qPrintable(what));
            for (qsizetype i = 1; i < expected.size(); ++i)
                QVERIFY2(r.err.contains(expected.at(i)), qPrintable(what));
            QVERIFY2(!r.err.contains(QLatin1String("UNIQUE")), qPrintable(what));
            QVERIFY2(r.out.isEmpty(), qPrintable(what));
        }
        QCOMPARE(catalogue(desk), before);
        QCOMPARE(auditRecords(desk), records);
    }

    // Core refuses; the command says so with core's words and fails, and nothing changes.
    void aReadOnlyUserIsRefused()
    {
        const Desk desk = makeDesk(QStringLiteral("readonly"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        CliRun r = run(desk.boss + QStringList{"mentor", "add", "Grace Hopper", "--email",
                                               "grace@example.org", "--time-zone", "UTC",
                                               "--tracks", "SWE", "--capacity", "3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString before = catalogue(desk);
        const QList<QStringList> writes{
            {"track", "add", "WEB", "Web"},
            {"track", "edit", "SWE", "--name", "Renamed"},
            {"track", "deactivate", "SWE"},
            {"track", "activate", "SWE"},
            {"mentor", "add", "Eve", "--email", "eve@example.org", "--time-zone", "UTC", "--tracks",
             "DATA", "--capacity", "1"},
            {"mentor", "edit", "1", "--capacity", "9"},
            {"mentor", "deactivate", "1"},
            {"mentor", "activate", "1"},
        };
        for (const QStringList &write : writes) {
            r = run(desk.reader + write);
            QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("reader (Read-only) may not")),
                     qPrintable(write.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe()));
        }
        QCOMPARE(catalogue(desk), before);
        QCOMPARE(scalar(desk, "SELECT count(*) FROM audit_events WHERE action = 'update'"),
                 QStringLiteral("0"));
        // Looking is allowed.
        r = run(desk.reader + QStringList{"track", "list"});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QRegularExpression("\n1 +SWE +")),
                 qPrintable(r.describe()));
        r = run(desk.reader + QStringList{"mentor", "list"});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QRegularExpression("\n1 +Grace Hopper +")),
                 qPrintable(r.describe()));
    }
    // A draft opens by hand, a cohort whose dates have passed follows them at the next command
    // that writes, and the history says each step, who made it and why.
    void cohortsOpenAndFollowTheirDates()
    {
        const Desk desk = makeDesk(QStringLiteral("states"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        CliRun r = run(desk.boss + QStringList{"cohort", "add", "SWE-D", "--track", "SWE",
                                               "--starts", "2099-03-01", "--ends", "2099-09-01",
                                               "--capacity", "5", "--state", "draft"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // Dates long past: opened on its day, started and completed since.
        r = run(desk.boss + QStringList{"cohort", "add", "SWE-OLD", "--track", "SWE", "--starts",
                                        "2020-03-01", "--ends", "2020-09-01", "--capacity", "5",
                                        "--state", "draft", "--opens", "2020-01-15"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        r = run(desk.reader + QStringList{"cohort", "open", "SWE-D"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("manage tracks and cohorts"),
                 qPrintable(r.describe()));
        r = run(desk.boss + QStringList{"cohort", "open", "SWE-D"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Cohort SWE-D is open for applications."),
                 qPrintable(r.describe()));
        r = run(desk.boss + QStringList{"cohort", "open", "SWE-D"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("Cohort SWE-D is not a draft"),
                 qPrintable(r.describe()));
        r = run(desk.boss + QStringList{"cohort", "open", "NOPE"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("There is no cohort named NOPE."),
                 qPrintable(r.describe()));

        r = run(desk.boss + QStringList{"cohort", "list"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QRegularExpression("SWE-D +2099-03-01 +open ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression("SWE-OLD +2020-03-01 +completed +final 0/5")),
                 qPrintable(r.out));

        r = run(desk.reader + QStringList{"cohort", "history", "SWE-OLD"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(0).contains(QRegularExpression("^At +From +To +By +Cause$")),
                 qPrintable(r.out));
        QVERIFY2(lines.at(1).contains(QRegularExpression("— +draft +boss +created$")),
                 qPrintable(r.out));
        QVERIFY2(lines.at(2).contains(
                     QRegularExpression("draft +open +desk +applications open on 2020-01-15$")),
                 qPrintable(r.out));
        QVERIFY2(
            lines.at(3).contains(QRegularExpression("open +started +desk +start date 2020-03-01$")),
            qPrintable(r.out));
        QVERIFY2(lines.at(4).contains(
                     QRegularExpression("started +completed +desk +end date 2020-09-01$")),
                 qPrintable(r.out));
        r = run(desk.boss + QStringList{"cohort", "history", "SWE-D"});
        QVERIFY2(r.out.contains(QRegularExpression("draft +open +boss +opened by hand")),
                 qPrintable(r.out));
        QCOMPARE(scalar(desk, "SELECT count(*) FROM audit_events WHERE entity = 'cohort' AND "
                              "field = 'state'"),
                 QStringLiteral("4"));
        r = run(desk.boss + QStringList{"audit", "verify"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    // Seats taken hold the capacity up, and a student waits for the start to be active.
    void seatsAndTheStartAreKept()
    {
        const Desk desk = makeDesk(QStringLiteral("seats"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        CliRun r =
            run(desk.boss + QStringList{"applicant", "add", "--first-name", "Grace", "--last-name",
                                        "Hopper", "--email", "grace@example.org", "--track", "SWE",
                                        "--cohort", "SWE-1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // Along the road to enrolled, which asks for the deposit.
        const QList<QStringList> road{
            {"status", "set", "2", "screening"},
            {"status", "set", "2", "interview_scheduled"},
            {"status", "set", "2", "interviewed"},
            {"status", "set", "2", "qualified"},
            {"status", "set", "2", "accepted"},
            {"cohort", "set-fees", "SWE-1", "--price", "10000", "--deposit", "1000"},
            {"payment", "record", "2", "--kind", "deposit", "--amount", "1000"},
            {"status", "set", "2", "enrolled"}};
        for (const QStringList &step : road) {
            r = run(desk.boss + step);
            QVERIFY2(r.exitCode == 0, qPrintable(step.join(' ') + '\n' + r.describe()));
        }
        r = run(desk.boss + QStringList{"status", "set", "2", "active"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("Cohort SWE-1 starts on 2027-03-01: "
                                                   "application 2 cannot be active before then."),
                 qPrintable(r.describe()));
        r = run(desk.boss + QStringList{"cohort", "set-capacity", "SWE-1", "0"});
        QVERIFY2(r.exitCode == 1 &&
                     r.err.contains("capacity: cohort SWE-1 cannot have fewer seats than are "
                                    "taken (taken: 1, asked for: 0)."),
                 qPrintable(r.describe()));
        r = run(desk.boss + QStringList{"cohort", "set-capacity", "SWE-1", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // Every seat taken: the next command that writes marks the cohort full.
        r = run(desk.boss + QStringList{"cohort", "list"});
        QVERIFY2(r.out.contains(QRegularExpression("SWE-1 +2027-03-01 +full +1/1")),
                 qPrintable(r.out));
    }

    void theTimeZoneIsShownAndSetByAnAdministrator()
    {
        const Desk desk = makeDesk(QStringLiteral("zone"));
        QVERIFY2(desk.failure.isEmpty(), qPrintable(desk.failure));
        CliRun r = run(desk.reader + QStringList{"time-zone", "show"});
        QVERIFY2(r.exitCode == 0 && r.out.startsWith("Time zone: "), qPrintable(r.describe()));
        r = run(desk.reader + QStringList{"time-zone", "set", "Asia/Tokyo"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("change the bootcamp's time zone"),
                 qPrintable(r.describe()));
        r = run(desk.boss + QStringList{"time-zone", "set", "Mars/Olympus_Mons"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("\"Mars/Olympus_Mons\" is not a time zone"),
                 qPrintable(r.describe()));
        r = run(desk.boss + QStringList{"time-zone", "set", "Asia/Tokyo"});
        QVERIFY2(r.exitCode == 0 && r.out.startsWith("Time zone set: Asia/Tokyo (today there: "),
                 qPrintable(r.describe()));
        r = run(desk.reader + QStringList{"time-zone", "show"});
        QVERIFY2(r.out.startsWith("Time zone: Asia/Tokyo (today there: "), qPrintable(r.out));
        QCOMPARE(scalar(desk, "SELECT new_value FROM audit_events WHERE entity = 'settings' AND "
                              "field = 'time_zone'"),
                 QStringLiteral("Asia/Tokyo"));
    }
};

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_clicatalog.moc"
