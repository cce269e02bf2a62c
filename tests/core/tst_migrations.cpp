#include "backup/backupfile.h"
#include "backup/backupfolder.h"
#include "db/database.h"
#include "db/migrations.h"
#include "filestate.h"
#include "olderschemafile.h"
#include "services/interviewservice.h"
#include "verifyok.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

class TestMigrations : public QObject
{
    Q_OBJECT

    // A file of `version` in `dir`, as an older program left it, opened (and so upgraded) by
    // `db`; why not, or nothing.
    static QString openOlder(const QTemporaryDir &dir, int version, Database &db)
    {
        const QString path = dir.filePath("old.sqlite");
        if (const QString made = OlderSchemaFile::create(path, version); !made.isEmpty())
            return made;
        const Status opened = db.open(path);
        return opened ? QString() : opened.error().text();
    }

    // A file of `version` at `path`, as an older program left it, with `statements` run on it
    // through a connection of its own; why not, or nothing.
    static QString olderFileWith(const QString &path, int version,
                                 const QList<const char *> &statements)
    {
        if (const QString made = OlderSchemaFile::create(path, version); !made.isEmpty())
            return made;
        QString failure;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "older-file");
            raw.setDatabaseName(path);
            if (!raw.open())
                return raw.lastError().text();
            QSqlQuery query(raw);
            for (const char *statement : statements) {
                if (failure.isEmpty() && !query.exec(statement))
                    failure = query.lastError().text();
            }
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase("older-file");
        return failure;
    }

    // Applications 8 of applicant 2 and 9 of applicant 1, who are the older file's.
    static constexpr const char *ApplicationsEightAndNine =
        "INSERT INTO applications (id, applicant_id, track_id, status, applied_at, "
        "status_changed_at, updated_at) VALUES "
        "(8, 2, 1, 'applied', '2026-01-06T10:00:00.000Z', '2026-01-06T10:00:00.000Z', "
        "'2026-01-06T10:00:00.000Z'), "
        "(9, 1, 1, 'applied', '2026-01-07T10:00:00.000Z', '2026-01-07T10:00:00.000Z', "
        "'2026-01-07T10:00:00.000Z')";

    // The `columns` of application `id` as text, or the error.
    static QStringList applicationValues(QSqlQuery &query, const QString &columns, qint64 id)
    {
        if (!query.exec(QStringLiteral("SELECT %1 FROM applications WHERE id = %2")
                            .arg(columns)
                            .arg(id)) ||
            !query.next())
            return {query.lastError().text()};
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << query.value(i).toString();
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The backup folder may come from the settings: a test folder, never the user's.
        QStandardPaths::setTestModeEnabled(true);
    }

    // In order from 1, each number once, none missing.
    void stepsAreNumberedInOrder()
    {
        const auto &steps = Migrations::steps();
        QVERIFY(!steps.empty());
        QCOMPARE(steps.front().version, 1);
        for (size_t i = 0; i < steps.size(); ++i) {
            if (i > 0)
                QCOMPARE(steps[i].version, steps[i - 1].version + 1);
            QVERIFY2(QFile::exists(steps[i].resourcePath), qPrintable(steps[i].resourcePath));
        }
        QCOMPARE(Migrations::latestVersion(), 27);
    }

    // Each version's file, as an older program left it, opens and is upgraded in place.
    void upgradesFromEveryEarlierVersion()
    {
        for (const Migrations::Step &target : Migrations::steps()) {
            if (target.version == Migrations::latestVersion())
                break;
            QTemporaryDir dir;
            const QString path = dir.filePath("old.sqlite");
            const QString made = OlderSchemaFile::create(path, target.version);
            QVERIFY2(made.isEmpty(), qPrintable(made));
            QVERIFY(Database::needsUpgrade(path));

            Database db("upgraded");
            const Status opened = db.open(path);
            QVERIFY_OK(opened);
            QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
            QSqlQuery query(QSqlDatabase::database("upgraded", false));
            QVERIFY(query.exec("SELECT first_name FROM applicants") && query.next());
            QCOMPARE(query.value(0).toString(), QString("Zoë"));
            // The search index covers the applications that were already there.
            QVERIFY(query.exec("SELECT rowid FROM application_search WHERE application_search "
                               "MATCH '\"oe@exam\"'"));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toLongLong(), 7);
            QVERIFY(!query.next());
            QVERIFY(!query.exec("SELECT * FROM applicant_search"));
            // Version 4: short searches find first names through an index.
            QVERIFY(query.exec("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                               "name = 'applicants_first_name'") &&
                    query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(!Database::needsUpgrade(path));
        }
    }

    // Version 9: a file of version 8 gets the interviews table, keeps its applications, and
    // takes interviews at once.
    void upgradesVersion8ToInterviews()
    {
        QVERIFY(Migrations::latestVersion() >= 9);
        QTemporaryDir dir;
        Database db("upgraded-to-9");
        const QString failure = openOlder(dir, 8, db);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-9", false));
        QVERIFY(query.exec("SELECT name FROM pragma_table_info('interviews') ORDER BY cid"));
        QStringList columns;
        while (query.next())
            columns << query.value(0).toString();
        QCOMPARE(columns, (QStringList{"id", "application_id", "starts_at", "duration_minutes",
                                       "interviewer_id", "scheduled_by", "state", "activity_id",
                                       "created_at", "updated_at"}));
        QVERIFY(query.exec("SELECT status FROM applications WHERE id = 7") && query.next());
        QCOMPARE(query.value(0).toString(), QString("applied"));
        query.finish();
        QVERIFY(query.exec("INSERT INTO staff_users (id, username, display_name, role, "
                           "created_at) VALUES (5, 'ada', 'Ada L.', 'admissions_officer', "
                           "'2026-01-05T10:00:00.000Z')"));

        InterviewService service("upgraded-to-9", Actor{5, "ada"});
        InterviewService::Plan plan;
        plan.startsAt = QDateTime::currentDateTimeUtc().addDays(2);
        plan.interviewerId = 5;
        const auto scheduled = service.schedule(7, plan);
        QVERIFY_OK(scheduled);
        QCOMPARE(scheduled->interview.interviewerName, QString("Ada L."));
        QVERIFY(query.exec("SELECT status FROM applications WHERE id = 7") && query.next());
        QCOMPARE(query.value(0).toString(), QString("interview_scheduled"));
        query.finish();
        // One scheduled interview per application, whoever writes it.
        QVERIFY(!query.exec("INSERT INTO interviews (application_id, starts_at, interviewer_id, "
                            "created_at, updated_at) VALUES (7, '2030-01-01T10:00:00.000Z', 5, "
                            "'2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')"));
    }

    // Version 14: an assignment left current by a student who already left the program ends,
    // the student's status its cause; a current student's stays.
    void upgradesMentorAssignmentsToEndWithTheStudent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        QVERIFY(OlderSchemaFile::create(path, 13).isEmpty());
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "before-14");
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            for (const char *statement :
                 {"UPDATE applications SET status = 'dropped' WHERE id = 7",
                  "INSERT INTO applications (id, applicant_id, track_id, status, applied_at, "
                  "status_changed_at, updated_at) VALUES (8, 1, 1, 'active', "
                  "'2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z', "
                  "'2026-01-05T10:00:00.000Z')",
                  "INSERT INTO mentors (id, name, email, email_norm, max_active_mentees) VALUES "
                  "(1, 'Grace', 'grace@example.org', 'grace@example.org', 4)",
                  "INSERT INTO mentor_assignments (application_id, mentor_id, state, created_at, "
                  "started_at) VALUES (7, 1, 'active', '2026-01-06T10:00:00.000Z', "
                  "'2026-01-06T10:00:00.000Z')",
                  "INSERT INTO mentor_assignments (application_id, mentor_id, state, created_at, "
                  "started_at) VALUES (8, 1, 'active', '2026-01-06T10:00:00.000Z', "
                  "'2026-01-06T10:00:00.000Z')"})
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase("before-14");

        Database db("upgraded-to-14");
        QVERIFY_OK(db.open(path));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-14", false));
        QVERIFY(query.exec("SELECT application_id, state, end_cause, ended_at IS NOT NULL, "
                           "confirmed_by_user_id IS NULL FROM mentor_assignments ORDER BY id"));
        QStringList rows;
        while (query.next())
            rows << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString(),
                             query.value(4).toString());
        QCOMPARE(rows, (QStringList{"7 ended dropped 1 1", "8 active  0 1"}));
    }

    // Version 13 makes the activities table again for its new kinds: a file of the version
    // before keeps every activity, the interview that refers to one, and its cohorts, which get
    // the default guarantee.
    void upgradesActivitiesToJobGuarantee()
    {
        const auto &steps = Migrations::steps();
        const auto step13 = std::find_if(steps.begin(), steps.end(),
                                         [](const Migrations::Step &s) { return s.version == 13; });
        QVERIFY(step13 != steps.end() && step13 != steps.begin());
        const int previous = std::prev(step13)->version;
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString failure = olderFileWith(
            path, previous,
            {"INSERT INTO staff_users (id, username, display_name, role, created_at) VALUES "
             "(5, 'ada', 'Ada L.', 'admissions_officer', '2026-01-05T10:00:00.000Z')",
             "INSERT INTO cohorts (id, track_id, name, starts_on, ends_on, capacity) VALUES "
             "(2, 1, 'SWE-2026-01', '2026-01-10', '2026-06-30', 20)",
             "INSERT INTO activities (id, applicant_id, application_id, kind, at, "
             "by_user_id, summary, rubric_score) VALUES (3, 1, 7, 'interview', "
             "'2026-01-06T10:00:00.000Z', 5, 'Strong on data structures', 82)",
             "INSERT INTO activities (id, applicant_id, kind, at, summary) VALUES "
             "(4, 1, 'note', '2026-01-07T10:00:00.000Z', 'Prefers mornings')",
             "INSERT INTO interviews (application_id, starts_at, interviewer_id, state, "
             "activity_id, created_at, updated_at) VALUES (7, '2026-01-06T09:00:00.000Z', "
             "5, 'held', 3, '2026-01-05T10:00:00.000Z', '2026-01-06T10:00:00.000Z')"});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Database db("upgraded-to-13");
        const Status opened = db.open(path);
        QVERIFY_OK(opened);
        QSqlQuery query(QSqlDatabase::database("upgraded-to-13", false));
        QVERIFY(query.exec("SELECT id, application_id, kind, by_user_id, summary, rubric_score, "
                           "job_applications, mentor_id FROM activities ORDER BY id"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 3);
        QCOMPARE(query.value(1).toInt(), 7);
        QCOMPARE(query.value(2).toString(), QString("interview"));
        QCOMPARE(query.value(3).toInt(), 5);
        QCOMPARE(query.value(4).toString(), QString("Strong on data structures"));
        QCOMPARE(query.value(5).toInt(), 82);
        QVERIFY(query.value(6).isNull() && query.value(7).isNull());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 4);
        QVERIFY(query.value(1).isNull());
        QVERIFY(!query.next());
        QVERIFY(query.exec("SELECT activity_id FROM interviews") && query.next());
        QCOMPARE(query.value(0).toInt(), 3);
        QVERIFY(query.exec("PRAGMA foreign_key_check"));
        QVERIFY(!query.next());
        // The indexes are back, and nothing is left of the copy.
        QVERIFY(query.exec("SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                           "tbl_name = 'activities' ORDER BY name"));
        QStringList indexes;
        while (query.next())
            indexes << query.value(0).toString();
        // (v22 adds the check-ins' own.)
        QCOMPARE(indexes, (QStringList{"activities_applicant", "activities_application_kind",
                                       "activities_check_ins"}));
        QVERIFY(query.exec("SELECT count(*) FROM sqlite_temp_schema") && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec("SELECT guarantee_days, guarantee_weekly_check_in, "
                           "guarantee_min_applications FROM cohorts WHERE id = 2") &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 180);
        QCOMPARE(query.value(1).toInt(), 1);
        QCOMPARE(query.value(2).toInt(), 0);
        // The new kinds and their columns; the old kinds' check still holds.
        QVERIFY2(query.exec("INSERT INTO activities (applicant_id, application_id, kind, at, "
                            "job_applications) VALUES (1, 7, 'job_search_check_in', "
                            "'2026-02-06T10:00:00.000Z', 4)"),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec("INSERT INTO activities (applicant_id, kind, at) VALUES "
                            "(1, 'mentor_call', '2026-02-06T10:00:00.000Z')"),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec("INSERT INTO activities (applicant_id, kind, at) VALUES "
                            "(1, 'lunch', '2026-02-06T10:00:00.000Z')"));
        QVERIFY(!query.exec("INSERT INTO activities (applicant_id, kind, at, mentor_id) VALUES "
                            "(1, 'mentor_call', '2026-02-06T10:00:00.000Z', 99)"));
        // An interview still cannot refer to an activity that is not there.
        QVERIFY(!query.exec("UPDATE interviews SET activity_id = 99"));
    }

    // Version 15: a file of the version before gets the deferral and queue columns; a qualified
    // application's queue time is its qualification time, and the waitlist's first in line is
    // still found by walking an index.
    void upgradesToDeferralsAndQueueTimes()
    {
        const auto &steps = Migrations::steps();
        const auto step15 = std::find_if(steps.begin(), steps.end(),
                                         [](const Migrations::Step &s) { return s.version == 15; });
        QVERIFY(step15 != steps.end() && step15 != steps.begin());
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString failure = olderFileWith(
            path, std::prev(step15)->version,
            {"INSERT INTO cohorts (id, track_id, name, starts_on, ends_on, capacity) VALUES "
             "(2, 1, 'SWE-2026-01', '2026-01-10', '2026-06-30', 20)",
             "UPDATE applications SET cohort_id = 2, status = 'waitlisted', "
             "qualified_at = '2026-01-06T10:00:00.000Z' WHERE id = 7"});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Database db("upgraded-to-15");
        QVERIFY_OK(db.open(path));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-15", false));
        QVERIFY(
            query.exec("SELECT queue_at, deferred_to_cohort_id FROM applications WHERE id = 7") &&
            query.next());
        QCOMPARE(query.value(0).toString(), QString("2026-01-06T10:00:00.000Z"));
        QVERIFY(query.value(1).isNull());
        QVERIFY(query.exec("SELECT count(*) FROM pragma_table_info('status_events') WHERE name IN "
                           "('cohort_id', 'queue_at')") &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QVERIFY(query.exec("EXPLAIN QUERY PLAN SELECT id FROM applications WHERE cohort_id = 2 "
                           "AND status = 'waitlisted' ORDER BY queue_at, applied_at, id LIMIT 1"));
        QStringList plan;
        while (query.next())
            plan << query.value(3).toString();
        QVERIFY2(plan.join(' ').contains("USING COVERING INDEX applications_cohort_queue") &&
                     !plan.join(' ').contains("TEMP B-TREE"),
                 qPrintable(plan.join(" | ")));
    }

    // Version 17: a file of the version before gets each application's furthest stage from
    // the history it has, and from then on every new status event moves it on.
    void upgradesToFurthestStages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString failure = olderFileWith(
            path, 16,
            {"INSERT INTO status_events (application_id, from_status, to_status, at) VALUES "
             "(7, 'applied', 'screening', '2026-01-02T10:00:00.000Z'), "
             "(7, 'screening', 'interview_scheduled', '2026-01-03T10:00:00.000Z'), "
             "(7, 'interview_scheduled', 'interviewed', '2026-01-04T10:00:00.000Z'), "
             "(7, 'interviewed', 'not_qualified', '2026-01-05T10:00:00.000Z')",
             "UPDATE applications SET status = 'not_qualified' WHERE id = 7"});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Database db("upgraded-to-17");
        QVERIFY_OK(db.open(path));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-17", false));
        QVERIFY(query.exec("SELECT furthest_stage FROM applications WHERE id = 7") && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // interviewed; not qualified shows no more
        QVERIFY(query.exec("INSERT INTO status_events (application_id, from_status, to_status, at)"
                           " VALUES (7, 'not_qualified', 'qualified', '2026-01-06T10:00:00.000Z')"));
        QVERIFY(query.exec("SELECT furthest_stage FROM applications WHERE id = 7") && query.next());
        QCOMPARE(query.value(0).toInt(), 3);
        // A move back does not take a stage away: the funnel counts what was ever reached.
        QVERIFY(query.exec("INSERT INTO status_events (application_id, from_status, to_status, at)"
                           " VALUES (7, 'qualified', 'withdrawn', '2026-01-07T10:00:00.000Z')"));
        QVERIFY(query.exec("SELECT furthest_stage FROM applications WHERE id = 7") && query.next());
        QCOMPARE(query.value(0).toInt(), 3);
    }

    // Version 19: the seat moves of the history as it was, then kept by each new event and by
    // each move of the application to another cohort (its events record none here).
    void upgradesToSeatMoves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString failure = olderFileWith(
            path, 18,
            {"INSERT INTO cohorts (id, track_id, name, starts_on, ends_on, capacity) VALUES "
             "(3, 1, 'SWE-1', '2026-03-01', '2026-09-01', 10), "
             "(4, 1, 'SWE-2', '2026-06-01', '2026-12-01', 10)",
             "UPDATE applications SET cohort_id = 3, status = 'accepted' WHERE id = 7",
             "INSERT INTO status_events (application_id, from_status, to_status, at) VALUES "
             "(7, 'applied', 'qualified', '2026-01-06T10:00:00.000Z'), "
             "(7, 'qualified', 'offered', '2026-01-07T10:00:00.000Z'), "
             "(7, 'offered', 'accepted', '2026-01-08T10:00:00.000Z')"});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Database db("upgraded-to-19");
        QVERIFY_OK(db.open(path));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-19", false));
        const auto moves = [&query] {
            QStringList found;
            if (!query.exec("SELECT cohort_id, change, at FROM seat_moves ORDER BY event_id, change"))
                return QStringList{query.lastError().text()};
            while (query.next())
                found << QStringLiteral("%1 %2 %3").arg(query.value(0).toString(),
                                                        query.value(1).toString(),
                                                        query.value(2).toString().left(10));
            return found;
        };
        // Offered takes the seat; accepted keeps it in the same cohort, no move.
        QCOMPARE(moves(), QStringList{"3 1 2026-01-07"});
        QVERIFY(query.exec("UPDATE applications SET cohort_id = 4 WHERE id = 7"));
        QCOMPARE(moves(), QStringList{"4 1 2026-01-07"});
        QVERIFY(query.exec("INSERT INTO status_events (application_id, from_status, to_status, "
                           "at, cohort_id) VALUES (7, 'accepted', 'enrolled', "
                           "'2026-01-09T10:00:00.000Z', 3)"));
        QCOMPARE(moves(), (QStringList{"4 1 2026-01-07", "4 -1 2026-01-09", "3 1 2026-01-09"}));
        QVERIFY(query.exec("INSERT INTO status_events (application_id, from_status, to_status, "
                           "at) VALUES (7, 'enrolled', 'withdrawn', '2026-01-10T10:00:00.000Z')"));
        QCOMPARE(moves(), (QStringList{"4 1 2026-01-07", "4 -1 2026-01-09", "3 1 2026-01-09",
                                       "3 -1 2026-01-10"}));
    }

    // Version 20: the totals by status of the applications there were, then kept by every
    // insert, status change and delete.
    void upgradesToStatusTotals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString failure = olderFileWith(
            path, 19,
            {"INSERT INTO applications (id, applicant_id, track_id, status, applied_at, "
             "status_changed_at, updated_at) VALUES "
             "(8, 1, 1, 'screening', '2026-01-06T10:00:00.000Z', '2026-01-06T10:00:00.000Z', "
             "'2026-01-06T10:00:00.000Z'), "
             "(9, 1, 1, 'screening', '2026-01-07T10:00:00.000Z', '2026-01-07T10:00:00.000Z', "
             "'2026-01-07T10:00:00.000Z')"});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Database db("upgraded-to-20");
        QVERIFY_OK(db.open(path));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-20", false));
        const auto totals = [&query] {
            QStringList found;
            if (!query.exec("SELECT status, applications FROM status_totals ORDER BY status"))
                return QStringList{query.lastError().text()};
            while (query.next())
                found << query.value(0).toString() + ' ' + query.value(1).toString();
            return found;
        };
        QCOMPARE(totals(), (QStringList{"applied 1", "screening 2"}));
        QVERIFY(query.exec("UPDATE applications SET status = 'interviewed' WHERE id = 9"));
        QCOMPARE(totals(), (QStringList{"applied 1", "interviewed 1", "screening 1"}));
        QVERIFY(query.exec("UPDATE applications SET score = 70 WHERE id = 8"));
        QVERIFY(query.exec("DELETE FROM applications WHERE id = 8"));
        QCOMPARE(totals(), (QStringList{"applied 1", "interviewed 1", "screening 0"}));
    }

    // Version 21: the sort keys of the applications already there, then kept by every change
    // of the cohort's name, the owner's username, the applicant's phone and the status.
    void upgradesToSortKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString failure = olderFileWith(
            path, 19,
            {"INSERT INTO cohorts (id, track_id, name, starts_on, ends_on, capacity) VALUES "
             "(3, 1, 'SWE-1', '2026-03-01', '2026-09-01', 10), "
             "(4, 1, 'SWE-2', '2026-06-01', '2026-12-01', 10)",
             "INSERT INTO staff_users (id, username, display_name, role, created_at) VALUES "
             "(5, 'Maria', 'Maria', 'admissions_officer', '2026-01-01T00:00:00.000Z')",
             "UPDATE applicants SET phone = '+49 30 1', phone_norm = '+49301' WHERE id = 1",
             "UPDATE applications SET cohort_id = 3, owner_id = 5, status = 'interviewed', "
             "score = 70 WHERE id = 7"});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Database db("upgraded-to-21");
        QVERIFY_OK(db.open(path));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-21", false));
        const auto keys = [&query] {
            if (!query.exec("SELECT status_rank, cohort_name, owner_username, applicant_phone "
                            "FROM applications WHERE id = 7") ||
                !query.next())
                return QStringList{query.lastError().text()};
            return QStringList{query.value(0).toString(), query.value(1).toString(),
                               query.value(2).toString(), query.value(3).toString()};
        };
        QCOMPARE(keys(), (QStringList{"3", "SWE-1", "Maria", "+49301"}));
        QVERIFY(query.exec("UPDATE cohorts SET name = 'SWE-1b' WHERE id = 3"));
        QVERIFY(query.exec("UPDATE staff_users SET username = 'maria.k' WHERE id = 5"));
        QVERIFY(query.exec("UPDATE applicants SET phone_norm = '' WHERE id = 1"));
        QVERIFY(query.exec("UPDATE applications SET status = 'qualified' WHERE id = 7"));
        QCOMPARE(keys(), (QStringList{"4", "SWE-1b", "maria.k", ""}));
        QVERIFY(query.exec("UPDATE applications SET cohort_id = 4, owner_id = NULL WHERE id = 7"));
        QCOMPARE(keys(), (QStringList{"4", "SWE-2", "", ""}));
        QVERIFY(query.exec("SELECT owner_username IS NULL FROM applications WHERE id = 7") &&
                query.next());
        QVERIFY(query.value(0).toBool());
        // Every sort key has its index.
        QVERIFY(query.exec("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                           "('applications_status_rank', 'applications_cohort_name', "
                           "'applications_owner_username', 'applications_applicant_phone', "
                           "'applications_score', 'applications_status_changed_at')") &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 6);
    }

    // Version 23: the trigger that fills the sort keys of a new application writes only when a
    // copy is missing or wrong; the keys of the applications there were stay as they were.
    void upgradesToSortKeysWrittenWithTheRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString failure = olderFileWith(
            path, 22,
            {"INSERT INTO cohorts (id, track_id, name, starts_on, ends_on, capacity) VALUES "
             "(3, 1, 'SWE-1', '2026-03-01', '2026-09-01', 10)",
             "INSERT INTO staff_users (id, username, display_name, role, created_at) VALUES "
             "(5, 'Maria', 'Maria', 'admissions_officer', '2026-01-01T00:00:00.000Z')",
             "UPDATE applications SET cohort_id = 3, owner_id = 5 WHERE id = 7"});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Database db("upgraded-to-23");
        QVERIFY_OK(db.open(path));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-23", false));
        const auto keys = [&query](int id) {
            if (!query.exec(QStringLiteral("SELECT cohort_name, owner_username, applicant_phone "
                                           "FROM applications WHERE id = %1")
                                .arg(id)) ||
                !query.next())
                return QStringList{query.lastError().text()};
            return QStringList{query.value(0).toString(), query.value(1).toString(),
                               query.value(2).toString()};
        };
        QCOMPARE(keys(7), (QStringList{"SWE-1", "Maria", "+491234567"}));
        // Another program's insert without the keys, and one with wrong keys.
        QVERIFY2(query.exec("INSERT INTO applications (id, applicant_id, track_id, cohort_id, "
                            "owner_id, status, applied_at, status_changed_at, updated_at) VALUES "
                            "(8, 1, 1, 3, 5, 'applied', '2026-01-06T10:00:00.000Z', "
                            "'2026-01-06T10:00:00.000Z', '2026-01-06T10:00:00.000Z')"),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec("INSERT INTO applications (id, applicant_id, track_id, cohort_id, "
                            "owner_id, status, applied_at, status_changed_at, updated_at, "
                            "cohort_name, owner_username, applicant_phone) VALUES "
                            "(9, 1, 1, NULL, 5, 'applied', '2026-01-06T10:00:00.000Z', "
                            "'2026-01-06T10:00:00.000Z', '2026-01-06T10:00:00.000Z', 'SWE-1', "
                            "'maria', '+49')"),
                 qPrintable(query.lastError().text()));
        QCOMPARE(keys(8), (QStringList{"SWE-1", "Maria", "+491234567"}));
        QCOMPARE(keys(9), (QStringList{"", "Maria", "+491234567"}));
        QVERIFY(query.exec("SELECT cohort_name IS NULL FROM applications WHERE id = 9") &&
                query.next());
        QVERIFY(query.value(0).toBool());
    }

    // Version 24: the applicant's last and first name and email copied onto each of their
    // applications there were, then kept by every change of the applicant, a move to another
    // applicant and another program's insert; the name and email sorts walk their own indexes.
    void upgradesToNameAndEmailKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString failure = olderFileWith(
            path, 23,
            {"INSERT INTO applicants (id, first_name, last_name, email, email_norm, phone_norm, "
             "created_at, updated_at) VALUES (2, 'ann', 'de Vries', 'Ann@Example.org', "
             "'ann@example.org', '', '2026-01-06T10:00:00.000Z', '2026-01-06T10:00:00.000Z')",
             ApplicationsEightAndNine});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Database db("upgraded-to-24");
        QVERIFY_OK(db.open(path));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-24", false));
        const auto keys = [&query](int id) {
            if (!query.exec(QStringLiteral("SELECT applicant_last_name, applicant_first_name, "
                                           "applicant_email, applicant_phone FROM applications "
                                           "WHERE id = %1")
                                .arg(id)) ||
                !query.next())
                return QStringList{query.lastError().text()};
            return QStringList{query.value(0).toString(), query.value(1).toString(),
                               query.value(2).toString(), query.value(3).toString()};
        };
        const QStringList zoe{"Müller", "Zoë", "zoe@example.org", "+491234567"};
        const QStringList ann{"de Vries", "ann", "ann@example.org", ""};
        QCOMPARE(keys(7), zoe);
        QCOMPARE(keys(8), ann);
        QCOMPARE(keys(9), zoe);

        // An edit of the applicant: every application of theirs, and no one else's.
        QVERIFY(query.exec("UPDATE applicants SET last_name = 'Müller-Lang', "
                           "email_norm = 'zoe.ml@example.org' WHERE id = 1"));
        const QStringList renamed{"Müller-Lang", "Zoë", "zoe.ml@example.org", "+491234567"};
        QCOMPARE(keys(7), renamed);
        QCOMPARE(keys(9), renamed);
        QCOMPARE(keys(8), ann);
        // A change of case alone is copied: the copy is the name.
        QVERIFY(query.exec("UPDATE applicants SET first_name = 'Ann' WHERE id = 2"));
        QCOMPARE(keys(8), (QStringList{"de Vries", "Ann", "ann@example.org", ""}));
        // A merge moves an application to another applicant.
        QVERIFY(query.exec("UPDATE applications SET applicant_id = 2 WHERE id = 9"));
        QCOMPARE(keys(9), (QStringList{"de Vries", "Ann", "ann@example.org", ""}));
        // Another program's insert, without the keys and with a name of another case.
        QVERIFY2(query.exec("INSERT INTO applications (id, applicant_id, track_id, status, "
                            "applied_at, status_changed_at, updated_at, applicant_last_name, "
                            "applicant_first_name, applicant_email, applicant_phone) VALUES "
                            "(10, 1, 1, 'applied', '2026-01-08T10:00:00.000Z', "
                            "'2026-01-08T10:00:00.000Z', '2026-01-08T10:00:00.000Z', "
                            "'MÜLLER-LANG', 'Zoë', 'zoe.ml@example.org', '+491234567'), "
                            "(11, 2, 1, 'applied', '2026-01-08T10:00:00.000Z', "
                            "'2026-01-08T10:00:00.000Z', '2026-01-08T10:00:00.000Z', NULL, NULL, "
                            "NULL, NULL)"),
                 qPrintable(query.lastError().text()));
        QCOMPARE(keys(10), renamed);
        QCOMPARE(keys(11), (QStringList{"de Vries", "Ann", "ann@example.org", ""}));

        // Sorted by name and by email, both ways, the first page walks an index of applications
        // alone: no sort, no applicant read.
        for (const char *order : {"applicant_last_name, applicant_first_name, id",
                                  "applicant_last_name DESC, applicant_first_name DESC, id DESC",
                                  "applicant_email, id", "applicant_email DESC, id DESC"}) {
            QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM applications "
                                              "ORDER BY %1 LIMIT 10")
                                   .arg(order)));
            QStringList plan;
            while (query.next())
                plan << query.value(3).toString();
            const QString walked = plan.join(" / ");
            QVERIFY2(!walked.contains("TEMP B-TREE"), qPrintable(walked));
            QVERIFY2(walked.contains("applications_applicant_"), qPrintable(walked));
        }
    }

    // Version 22: the reports' covering indexes hold the rows a plain read of the tables finds,
    // for the rows there were and for those written after.
    void upgradesToReportIndexes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString failure = olderFileWith(
            path, 21,
            {"INSERT INTO cohorts (id, track_id, name, starts_on, ends_on, capacity) VALUES "
             "(3, 1, 'SWE-1', '2025-03-01', '2025-09-01', 10)",
             "UPDATE applications SET cohort_id = 3, status = 'placed', "
             "placement_outcome = 'in_field_full_time', placement_on = '2025-10-01' WHERE id = 7",
             "INSERT INTO applications (id, applicant_id, track_id, cohort_id, status, applied_at, "
             "status_changed_at, updated_at, job_search_started_on) VALUES "
             "(8, 1, 1, 3, 'job_search', '2025-01-06T10:00:00.000Z', '2025-09-02T10:00:00.000Z', "
             "'2025-09-02T10:00:00.000Z', '2025-09-02')",
             "INSERT INTO activities (applicant_id, application_id, kind, at, job_applications) "
             "VALUES (1, 8, 'job_search_check_in', '2025-09-08T10:00:00.000Z', 4), "
             "(1, 8, 'note', '2025-09-09T10:00:00.000Z', NULL)"});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Database db("upgraded-to-22");
        QVERIFY_OK(db.open(path));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-22", false));
        // The same SELECT through the index and through the table alone.
        const auto rows = [&query](const QString &table, const QString &how,
                                   const QString &rest) {
            QStringList found;
            if (!query.exec(QStringLiteral("SELECT * FROM %1 %2 %3").arg(table, how, rest)))
                return QStringList{query.lastError().text()};
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << query.value(i).toString();
                found << values.join('|');
            }
            return found;
        };
        const QString graduates =
            "WHERE status IN ('graduated', 'job_search', 'placed', 'not_seeking') ORDER BY id";
        const QString checkIns = "WHERE kind = 'job_search_check_in' ORDER BY id";
        const auto agree = [&] {
            const QStringList plain = rows("applications", "NOT INDEXED", graduates);
            const QStringList plainTrack = rows("applications", "NOT INDEXED", "ORDER BY id");
            const QStringList plainCheckIns = rows("activities", "NOT INDEXED", checkIns);
            return plain == rows("applications", "INDEXED BY applications_graduates", graduates) &&
                   plainTrack == rows("applications", "INDEXED BY applications_track_stages",
                                      "WHERE track_id > 0 ORDER BY id") &&
                   plainCheckIns == rows("activities", "INDEXED BY activities_check_ins", checkIns);
        };
        QCOMPARE(rows("applications", "NOT INDEXED", graduates).size(), 2);
        QCOMPARE(rows("activities", "NOT INDEXED", checkIns).size(), 1);
        QVERIFY(agree());
        QVERIFY(query.exec("UPDATE applications SET status = 'not_seeking' WHERE id = 8"));
        QVERIFY(query.exec("INSERT INTO activities (applicant_id, application_id, kind, at, "
                           "job_applications) VALUES (1, 8, 'job_search_check_in', "
                           "'2025-09-15T10:00:00.000Z', 2)"));
        QCOMPARE(rows("activities", "NOT INDEXED", checkIns).size(), 2);
        QVERIFY(agree());
    }

    // Version 25: each application's day of graduation, the latest graduation's UTC day from
    // the history it had, and from then on from each new move to graduated; the graduates'
    // index holds it. And the track of every stay and wait.
    void upgradesToGraduationDaysAndStayTracks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString failure = olderFileWith(
            path, 23,
            {"INSERT INTO cohorts (id, track_id, name, starts_on, ends_on, capacity) VALUES "
             "(3, 1, 'SWE-1', '2025-03-01', '2025-09-01', 10)",
             "INSERT INTO applications (id, applicant_id, track_id, cohort_id, status, applied_at, "
             "status_changed_at, updated_at) VALUES (8, 1, 1, 3, 'active', "
             "'2025-01-06T10:00:00.000Z', '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z')",
             // Application 7 graduated twice, the later graduation written first (another
             // tool's clock), the day a UTC day.
             "INSERT INTO status_events (application_id, from_status, to_status, at) VALUES "
             "(7, 'applied', 'graduated', '2025-09-02T23:30:00.000Z'), "
             "(7, 'graduated', 'active', '2025-09-03T10:00:00.000Z'), "
             "(7, 'active', 'graduated', '2025-08-30T10:00:00.000Z'), "
             "(8, NULL, 'active', '2025-03-01T10:00:00.000Z')",
             "UPDATE applications SET cohort_id = 3, status = 'placed', "
             "placement_outcome = 'in_field_full_time', placement_on = '2025-10-01' WHERE id = 7"});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Database db("upgraded-to-25");
        QVERIFY_OK(db.open(path));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-25", false));
        const auto days = [&query](const QString &how) {
            QStringList found;
            if (!query.exec(QStringLiteral("SELECT id, graduated_on FROM applications %1 WHERE "
                                           "status IN ('graduated', 'job_search', 'placed', "
                                           "'not_seeking', 'active') ORDER BY id")
                                .arg(how)))
                return QStringList{query.lastError().text()};
            while (query.next())
                found << query.value(0).toString() + '|' + query.value(1).toString();
            return found;
        };
        QCOMPARE(days("NOT INDEXED"), (QStringList{"7|2025-09-02", "8|"}));
        QVERIFY(query.exec("INSERT INTO status_events (application_id, from_status, to_status, at)"
                           " VALUES (8, 'active', 'graduated', '2025-09-01T10:00:00.000Z')"));
        QVERIFY(query.exec("UPDATE applications SET status = 'graduated' WHERE id = 8"));
        QVERIFY(query.exec("INSERT INTO status_events (application_id, from_status, to_status, at)"
                           " VALUES (7, 'placed', 'graduated', '2025-08-01T10:00:00.000Z')"));
        QCOMPARE(days("NOT INDEXED"), (QStringList{"7|2025-09-02", "8|2025-09-01"}));
        // The graduates' index holds the same days.
        QVERIFY(query.exec("SELECT id, graduated_on FROM applications INDEXED BY "
                           "applications_graduates WHERE status IN ('graduated', 'job_search', "
                           "'placed', 'not_seeking') ORDER BY id"));
        QStringList indexed;
        while (query.next())
            indexed << query.value(0).toString() + '|' + query.value(1).toString();
        QCOMPARE(indexed, (QStringList{"7|2025-09-02", "8|2025-09-01"}));

        // Each stay and wait for a decision has its application's track, those of the history
        // there was and those written after, and goes with the application to another track.
        const auto tracks = [&query](const QString &table) {
            QStringList found;
            if (!query.exec(QStringLiteral("SELECT application_id, track_id, count(*) FROM %1 "
                                           "GROUP BY 1, 2 ORDER BY 1, 2")
                                .arg(table)))
                return QStringList{query.lastError().text()};
            while (query.next())
                found << QStringList{query.value(0).toString(), query.value(1).toString(),
                                     query.value(2).toString()}
                             .join('|');
            return found;
        };
        QCOMPARE(tracks("status_stays"), (QStringList{"7|1|4", "8|1|1"}));
        QVERIFY(query.exec("INSERT INTO tracks (id, code, name) VALUES (2, 'DA', 'Data')"));
        QVERIFY(query.exec("UPDATE applications SET track_id = 2 WHERE id = 8"));
        QVERIFY(query.exec("INSERT INTO status_events (application_id, from_status, to_status, at)"
                           " VALUES (8, 'graduated', 'job_search', '2025-09-05T10:00:00.000Z')"));
        QCOMPARE(tracks("status_stays"), (QStringList{"7|1|4", "8|2|2"}));
        QVERIFY(query.exec("INSERT INTO applications (id, applicant_id, track_id, status, "
                           "applied_at, status_changed_at, updated_at) VALUES (9, 1, 2, "
                           "'qualified', '2025-01-06T10:00:00.000Z', '2025-01-09T10:00:00.000Z', "
                           "'2025-01-09T10:00:00.000Z')"));
        QVERIFY(query.exec("INSERT INTO status_events (application_id, from_status, to_status, at)"
                           " VALUES (9, NULL, 'applied', '2025-01-06T10:00:00.000Z'), "
                           "(9, 'applied', 'qualified', '2025-01-09T10:00:00.000Z')"));
        QCOMPARE(tracks("decision_waits"), (QStringList{"9|2|1"}));
        QVERIFY(query.exec("UPDATE applications SET track_id = 1 WHERE id = 9"));
        QCOMPARE(tracks("decision_waits"), (QStringList{"9|1|1"}));
        QCOMPARE(tracks("status_stays"), (QStringList{"7|1|4", "8|2|2", "9|1|1"}));
    }

    // Version 26: a file of version 25 gets the table of form entries, empty, keeps its
    // applications, and the table holds an application's entry once and a (source, id) once.
    void upgradesToFormEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString failure = olderFileWith(
            path, 25,
            {"INSERT INTO applications (id, applicant_id, track_id, status, applied_at, "
             "status_changed_at, updated_at) VALUES (8, 1, 1, 'applied', "
             "'2026-01-06T10:00:00.000Z', '2026-01-06T10:00:00.000Z', "
             "'2026-01-06T10:00:00.000Z')"});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Database db("upgraded-to-26");
        QVERIFY_OK(db.open(path));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-26", false));
        QVERIFY(query.exec("SELECT group_concat(id) FROM (SELECT id FROM applications ORDER BY "
                           "id)") &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("7,8"));
        QVERIFY(query.exec("SELECT count(*) FROM form_entries") && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY2(query.exec("INSERT INTO form_entries (application_id, source, entry_id) VALUES "
                            "(7, 'Gravity Forms', '101'), (8, 'Typeform', '101')"),
                 qPrintable(query.lastError().text()));
        // One entry of one source once; one entry per application; only applications there are.
        QVERIFY(!query.exec("INSERT INTO form_entries (application_id, source, entry_id) VALUES "
                            "(8, 'Gravity Forms', '101')"));
        QVERIFY(!query.exec("INSERT INTO form_entries (application_id, source, entry_id) VALUES "
                            "(7, 'Gravity Forms', '102')"));
        QVERIFY(!query.exec("INSERT INTO form_entries (application_id, source, entry_id) VALUES "
                            "(99, 'Gravity Forms', '103')"));
        QVERIFY(query.exec("SELECT group_concat(application_id || ':' || source || ':' || "
                           "entry_id, ' ') FROM (SELECT * FROM form_entries ORDER BY "
                           "application_id)") &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("7:Gravity Forms:101 8:Typeform:101"));
    }

    // Version 27: the applicant's source and campaign copied onto each of their applications
    // there were, from a file of v24 and of v25, then kept by every change of the applicant, a
    // move to another applicant and another program's insert; the sources report, unfiltered,
    // reads the index of the copies alone.
    void upgradesToSourceAndCampaignKeys_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v24") << 24;
        QTest::newRow("v25") << 25;
    }

    void upgradesToSourceAndCampaignKeys()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString failure = olderFileWith(
            path, version,
            {"UPDATE applicants SET source = 'google', campaign = 'swe-spring' WHERE id = 1",
             "INSERT INTO applicants (id, first_name, last_name, email, email_norm, phone_norm, "
             "source, created_at, updated_at) VALUES (2, 'Ann', 'de Vries', 'ann@example.org', "
             "'ann@example.org', '', 'referral', '2026-01-06T10:00:00.000Z', "
             "'2026-01-06T10:00:00.000Z')",
             ApplicationsEightAndNine});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        Database db("upgraded-to-27");
        QVERIFY_OK(db.open(path));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-27", false));
        const auto copies = [&query](int id) {
            return applicationValues(query, "applicant_source, applicant_campaign", id);
        };
        const QStringList zoe{"google", "swe-spring"};
        const QStringList ann{"referral", ""};
        QCOMPARE(copies(7), zoe);
        QCOMPARE(copies(8), ann);
        QCOMPARE(copies(9), zoe);

        // An edit of the applicant: every application of theirs, and no one else's; the
        // source alone, then the campaign alone.
        QVERIFY(query.exec("UPDATE applicants SET source = 'meetup' WHERE id = 1"));
        QCOMPARE(copies(7), (QStringList{"meetup", "swe-spring"}));
        QCOMPARE(copies(9), (QStringList{"meetup", "swe-spring"}));
        QCOMPARE(copies(8), ann);
        QVERIFY(query.exec("UPDATE applicants SET campaign = 'fair' WHERE id = 2"));
        const QStringList annNow{"referral", "fair"};
        QCOMPARE(copies(8), annNow);
        QCOMPARE(copies(7), (QStringList{"meetup", "swe-spring"}));
        // A merge moves an application to another applicant.
        QVERIFY(query.exec("UPDATE applications SET applicant_id = 2 WHERE id = 9"));
        QCOMPARE(copies(9), annNow);
        // Another program's insert: the copies wrong by case, missing, and every other copy
        // right.
        QVERIFY2(query.exec("INSERT INTO applications (id, applicant_id, track_id, status, "
                            "applied_at, status_changed_at, updated_at, applicant_last_name, "
                            "applicant_first_name, applicant_email, applicant_phone, "
                            "applicant_source, applicant_campaign) VALUES "
                            "(10, 1, 1, 'applied', '2026-01-08T10:00:00.000Z', "
                            "'2026-01-08T10:00:00.000Z', '2026-01-08T10:00:00.000Z', "
                            "'Müller', 'Zoë', 'zoe@example.org', '+491234567', 'MEETUP', "
                            "'swe-spring'), "
                            "(11, 2, 1, 'applied', '2026-01-08T10:00:00.000Z', "
                            "'2026-01-08T10:00:00.000Z', '2026-01-08T10:00:00.000Z', NULL, NULL, "
                            "NULL, NULL, NULL, NULL)"),
                 qPrintable(query.lastError().text()));
        QCOMPARE(copies(10), (QStringList{"meetup", "swe-spring"}));
        QCOMPARE(copies(11), annNow);
        QVERIFY(query.exec("SELECT count(*) FROM applications a JOIN applicants p "
                           "ON p.id = a.applicant_id WHERE a.applicant_source IS NOT p.source "
                           "OR a.applicant_campaign IS NOT p.campaign") &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);

        // The sources report's read, unfiltered, walks the copies' index alone.
        QVERIFY(query.exec("EXPLAIN QUERY PLAN SELECT a.applicant_source, a.applicant_campaign, "
                           "count(*), sum(a.furthest_stage >= 3), sum(a.furthest_stage >= 6) "
                           "FROM applications a WHERE 1 GROUP BY 1, 2"));
        QStringList plan;
        while (query.next())
            plan << query.value(3).toString();
        const QString walked = plan.join(" / ");
        QVERIFY2(walked.contains("COVERING INDEX applications_sources"), qPrintable(walked));
        QVERIFY2(!walked.contains("TEMP B-TREE"), qPrintable(walked));
    }

    // Version 12: a file of version 10 gets the cohort calendar: the two new cohort columns,
    // the append-only cohort state history and the bootcamp's time zone.
    void upgradesVersion10ToTheCohortCalendar()
    {
        QTemporaryDir dir;
        Database db("upgraded-to-12");
        const QString failure = openOlder(dir, 10, db);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QSqlQuery query(QSqlDatabase::database("upgraded-to-12", false));
        QVERIFY(query.exec("SELECT count(*) FROM pragma_table_info('cohorts') WHERE name IN "
                           "('applications_open_on', 'final_fill')") &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QVERIFY(query.exec("SELECT value FROM desk_settings WHERE key = 'time_zone'") &&
                query.next());
        QVERIFY(QTimeZone::isTimeZoneIdAvailable(query.value(0).toString().toUtf8()));
        query.finish();
        QVERIFY(query.exec("INSERT INTO cohorts (id, track_id, name, starts_on, ends_on, capacity) "
                           "VALUES (3, 1, 'SWE-1', '2027-03-01', '2027-09-01', 10)"));
        QVERIFY(query.exec("INSERT INTO cohort_state_events (cohort_id, to_state, at) "
                           "VALUES (3, 'open', '2027-01-01T00:00:00.000Z')"));
        QVERIFY(!query.exec("DELETE FROM cohort_state_events"));
    }

    void backsUpBeforeUpgrading_data()
    {
        QTest::addColumn<int>("version");
        for (const Migrations::Step &step : Migrations::steps())
            if (step.version < Migrations::latestVersion())
                QTest::addRow("from version %d", step.version) << step.version;
    }

    // The file as the older program left it is kept in backups/ beside it before any change.
    void backsUpBeforeUpgrading()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        const QString made = OlderSchemaFile::create(path, version);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const FileState before = FileState::of(path);
        QCOMPARE(before.userVersion, version);

        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        {
            Database db("upgraded");
            const Status opened = db.open(path);
            QVERIFY_OK(opened);
            QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        }
        const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);

        const BackupFolder folder(path);
        QCOMPARE(folder.path(), dir.filePath("backups"));
        QCOMPARE(QFileInfo(folder.path()).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
        const QList<BackupFolder::Entry> backups = folder.list();
        QCOMPARE(backups.size(), qsizetype(1));
        const BackupFolder::Entry &backup = backups.first();
        QCOMPARE(backup.reason, QStringLiteral("before-upgrade-v%1").arg(version));
        QVERIFY2(QRegularExpression("^old-\\d{8}-\\d{6}-before-upgrade-v\\d+\\.sqlite$")
                     .match(QFileInfo(backup.path).fileName())
                     .hasMatch(),
                 qPrintable(backup.path));
        QVERIFY2(backup.madeAt >= start && backup.madeAt <= end,
                 qPrintable(backup.madeAt.toString(Qt::ISODate)));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size(), qsizetype(1));
        QCOMPARE(QFileInfo(backup.path).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());

        // The backup is the file before the upgrade: its schema and every row.
        const auto inspected = BackupFile::inspect(backup.path);
        QVERIFY_OK(inspected);
        QCOMPARE(inspected->schemaVersion, version);
        const FileState copy = FileState::of(backup.path);
        QVERIFY2(copy == before, qPrintable(copy.differences(before)));
        QCOMPARE(FileState::of(path).userVersion, Migrations::latestVersion());

        // Opened again, the file needs no upgrade and gets no second backup.
        {
            Database db("again");
            QVERIFY(db.open(path).ok());
        }
        QCOMPARE(folder.list().size(), qsizetype(1));
    }

    // A new file has nothing to keep: no backup, no folder.
    void newFilesAreNotBackedUp()
    {
        QTemporaryDir dir;
        Database db("new");
        QVERIFY(db.open(dir.filePath("new.sqlite")).ok());
        QVERIFY(!QFileInfo::exists(dir.filePath("backups")));
    }

    // No backup, no upgrade: the file is left as the older program left it.
    void noBackupNoUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        QVERIFY(OlderSchemaFile::create(path, 1).isEmpty());
        // A file where the backup folder would be.
        QFile blocker(dir.filePath("backups"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const FileState before = FileState::of(path);

        Database db("blocked");
        const Status opened = db.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().text().contains("no backup could be made"),
                 qPrintable(opened.error().text()));
        QVERIFY2(opened.error().text().contains("old.sqlite"), qPrintable(opened.error().text()));
        QVERIFY(!db.isOpen());
        const FileState after = FileState::of(path);
        QVERIFY2(after == before, qPrintable(after.differences(before)));
        QCOMPARE(after.userVersion, 1);
    }

    // Only an older file of ours: open() refuses the others, with its reasons.
    void onlyOlderFilesOfOursNeedAnUpgrade()
    {
        QTemporaryDir dir;
        QVERIFY(!Database::needsUpgrade(dir.filePath("missing.sqlite")));
        QFile text(dir.filePath("notes.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not a database\n") > 0);
        text.close();
        QVERIFY(!Database::needsUpgrade(text.fileName()));
        const QString foreign = dir.filePath("foreign.sqlite");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "foreign");
            raw.setDatabaseName(foreign);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec("CREATE TABLE things (x)"));
            QVERIFY(QSqlQuery(raw).exec("PRAGMA user_version = 1"));
            raw.close();
        }
        QSqlDatabase::removeDatabase("foreign");
        QVERIFY(!Database::needsUpgrade(foreign));
        Database current("current");
        QVERIFY(current.open(dir.filePath("current.sqlite")).ok());
        current.close();
        QVERIFY(!Database::needsUpgrade(dir.filePath("current.sqlite")));
    }

    void splitsStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two statements")
            << "CREATE TABLE a (x);\nCREATE TABLE b (y);\n"
            << QStringList{"CREATE TABLE a (x);", "CREATE TABLE b (y);"};
        QTest::newRow("comments and blank lines")
            << "-- a comment\n\nCREATE TABLE a (\n    x -- inline\n);\n"
            << QStringList{"CREATE TABLE a (\n    x -- inline\n);"};
        QTest::newRow("trigger body is one statement")
            << "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET y = 1;\n  DELETE "
               "FROM c;\nEND;\nCREATE INDEX i ON a(x);\n"
            << QStringList{"CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET y = 1;\n  "
                           "DELETE FROM c;\nEND;",
                           "CREATE INDEX i ON a(x);"};
        QTest::newRow("no final semicolon") << "SELECT 1" << QStringList{"SELECT 1"};
    }

    void splitsStatements()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(Migrations::statements(script), statements);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
