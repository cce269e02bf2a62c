#include "db/databasecheck.h"
#include "demo/demodatagenerator.h"
#include "testdatabase.h"
#include "verifyok.h"

#include "domain/clock.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <map>
#include <thread>

namespace {
// The day the checks run: cohorts starting 2027-03-01 are upcoming.
const QDateTime Now(QDate(2027, 1, 15), QTime(10, 0), Qt::UTC);
} // namespace

class TestDatabaseCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void healthyFileHasNoProblems();
    void seatsOverCapacity();
    void waitlistNextToAFreeSeat_data();
    void waitlistNextToAFreeSeat();
    void statusWithoutItsEvent();
    void applicationWithoutHistory();
    void historyThatSkipsAStep();
    void historyIsAppendOnly();
    void aMissingGuardIsReported();
    void reportMissingSortKeyTriggers();
    void reportStagesThatLeftTheHistory();
    void qualifiedBeforeApplying();
    void missingForeignRow();
    void damagedIndex();
    void manyProblemsAreCounted();
    void partsSideBySideFindWhatEachFindsAlone();
    void historyAndSummariesAgreeWithThePlainSql();
    void aCancelledCheckReportsNothing_data();
    void aCancelledCheckReportsNothing();

private:
    // The details of the problems of `check`; another check's are listed as unexpected, except
    // the audit trail's when `audit` takes them (a history rewritten past the desk is both).
    QStringList problems(const QString &check, QStringList *audit = nullptr);
    bool exec(const QString &sql, const QVariantList &values = {});
    // An application with its status events along path; the status is the path's end.
    qint64 addApplication(qint64 cohortId, const QStringList &path,
                          const QString &appliedAt = QStringLiteral("2027-01-02T10:00:00.000Z"),
                          const QString &qualifiedAt = {});

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{Now};
    qint64 m_track = 0;
    qint64 m_staff = 0;
    int m_applicants = 0;
    QString m_error;
};

void TestDatabaseCheck::init()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("check"));
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    m_track = m_db->addTrack(QStringLiteral("SWE"));
    m_staff = m_db->addStaff(QStringLiteral("officer"));
}

void TestDatabaseCheck::cleanup()
{
    m_db.reset();
}

bool TestDatabaseCheck::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_db->connectionName(), false));
    if (!q.prepare(sql)) {
        m_error = q.lastError().text() + QStringLiteral(" in ") + sql;
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        m_error = q.lastError().text() + QStringLiteral(" in ") + sql;
        return false;
    }
    return true;
}

qint64 TestDatabaseCheck::addApplication(qint64 cohortId, const QStringList &path,
                                         const QString &appliedAt, const QString &qualifiedAt)
{
    ++m_applicants;
    ApplicantRow applicant;
    applicant.firstName = QStringLiteral("Zoë");
    applicant.lastName = QStringLiteral("Müller");
    applicant.email = QStringLiteral("person%1@example.org").arg(m_applicants);
    applicant.createdAt = appliedAt;
    ApplicationRow application(m_db->addApplicant(applicant), m_track, path.last());
    application.cohortId = cohortId;
    application.appliedAt = appliedAt;
    application.qualifiedAt = qualifiedAt.isEmpty() && path.contains(QLatin1String("qualified"))
                                  ? appliedAt
                                  : qualifiedAt;
    application.history = path;
    application.historyBy = m_staff;
    return m_db->addApplication(application);
}

QStringList TestDatabaseCheck::problems(const QString &check, QStringList *audit)
{
    const auto found = DatabaseCheck(m_db->connectionName(), m_clock).run();
    if (!found)
        return {QStringLiteral("the check failed: ") + found.error().text()};
    QStringList details;
    for (const DatabaseCheck::Problem &p : found.value()) {
        if (check.isEmpty() || p.check == check)
            details << p.detail;
        else if (audit && p.check == QLatin1String("audit"))
            *audit << p.detail;
        else
            details << p.check + QStringLiteral(" (unexpected): ") + p.detail;
    }
    return details;
}

namespace {
const QStringList Offered = {QStringLiteral("applied"),
                             QStringLiteral("screening"),
                             QStringLiteral("interview_scheduled"),
                             QStringLiteral("interviewed"),
                             QStringLiteral("qualified"),
                             QStringLiteral("offered")};
QStringList waitlisted()
{
    QStringList path = Offered.mid(0, 5);
    path << QStringLiteral("waitlisted");
    return path;
}
} // namespace

void TestDatabaseCheck::healthyFileHasNoProblems()
{
    const qint64 cohort = m_db->addCohort(m_track, QStringLiteral("SWE-2027-03-A"), 2);
    QVERIFY2(addApplication(cohort, Offered), qPrintable(m_error));
    QVERIFY2(addApplication(cohort, Offered), qPrintable(m_error));
    QVERIFY2(addApplication(cohort, waitlisted()), qPrintable(m_error));
    QVERIFY2(addApplication(0, {QStringLiteral("applied")}), qPrintable(m_error));
    const QStringList found = problems({});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestDatabaseCheck::seatsOverCapacity()
{
    const qint64 cohort = m_db->addCohort(m_track, QStringLiteral("SWE-2027-03-A"), 2);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(addApplication(cohort, Offered), qPrintable(m_error));
    const QStringList found = problems(QStringLiteral("seats"));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("SWE-2027-03-A")), qPrintable(found.first()));
    QVERIFY2(found.first().contains(QLatin1String("3")), qPrintable(found.first()));
}

void TestDatabaseCheck::waitlistNextToAFreeSeat_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QDate>("startsOn");
    QTest::addColumn<bool>("reported");
    QTest::newRow("open, upcoming") << "open" << QDate(2027, 3, 1) << true;
    QTest::newRow("started, inside the refund window") << "started" << QDate(2027, 1, 11) << true;
    // Seats released after the refund window are not offered again.
    QTest::newRow("started, window over") << "started" << QDate(2026, 12, 1) << false;
    QTest::newRow("completed") << "completed" << QDate(2026, 6, 1) << false;
    // A draft or cancelled cohort offers no seat: qualifying into it waitlists (SeatLedger).
    QTest::newRow("draft") << "draft" << QDate(2027, 6, 1) << false;
    QTest::newRow("cancelled") << "cancelled" << QDate(2027, 3, 1) << false;
}

void TestDatabaseCheck::waitlistNextToAFreeSeat()
{
    QFETCH(QString, state);
    QFETCH(QDate, startsOn);
    QFETCH(bool, reported);
    const qint64 cohort = m_db->addCohort(m_track, QStringLiteral("SWE-A"), 2, startsOn);
    QVERIFY2(exec(QStringLiteral("UPDATE cohorts SET state = ? WHERE id = ?"), {state, cohort}),
             qPrintable(m_error));
    QVERIFY2(addApplication(cohort, Offered), qPrintable(m_error));
    QVERIFY2(addApplication(cohort, waitlisted()), qPrintable(m_error));
    const QStringList found = problems(QStringLiteral("waitlist"));
    if (!reported) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("SWE-A")), qPrintable(found.first()));
}

void TestDatabaseCheck::statusWithoutItsEvent()
{
    const qint64 id = addApplication(0, {QStringLiteral("applied")});
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY2(
        exec(QStringLiteral("UPDATE applications SET status = 'screening' WHERE id = ?"), {id}),
        qPrintable(m_error));
    const QStringList found = problems(QStringLiteral("history"));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("screening")), qPrintable(found.first()));
}

void TestDatabaseCheck::applicationWithoutHistory()
{
    const qint64 id = addApplication(0, {QStringLiteral("applied")});
    QVERIFY2(id, qPrintable(m_error));
    // As someone with the sqlite3 shell would: the guards go, the history changes, the guards
    // come back so that nothing looks amiss.
    const qint64 event = m_db->scalar(QStringLiteral("SELECT id FROM status_events WHERE "
                                                     "application_id = ?"),
                                      {id})
                             .toLongLong();
    const QString rewritten = m_db->rewriteHistory(
        {QStringLiteral("DELETE FROM status_events WHERE application_id = ?")}, {id});
    QVERIFY2(rewritten.isEmpty(), qPrintable(rewritten));
    QStringList audit;
    const QStringList found = problems(QStringLiteral("history"), &audit);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("no status history")), qPrintable(found.first()));
    // The audit trail vouched for the event that is gone.
    QCOMPARE(audit.size(), 1);
    QVERIFY2(audit.first().contains(QStringLiteral("Status event %1 ").arg(event)),
             qPrintable(audit.first()));
}

void TestDatabaseCheck::historyThatSkipsAStep()
{
    const qint64 id = addApplication(0, {QStringLiteral("applied"), QStringLiteral("screening")});
    QVERIFY2(id, qPrintable(m_error));
    // The last event still ends at the status, but starts from a status the one before never
    // reached.
    const QString rewritten =
        m_db->rewriteHistory({QStringLiteral("UPDATE status_events SET from_status = 'interviewed' "
                                             "WHERE application_id = ? AND to_status = 'screening'")},
                             {id});
    QVERIFY2(rewritten.isEmpty(), qPrintable(rewritten));
    QStringList audit;
    const QStringList found = problems(QStringLiteral("history"), &audit);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("interviewed")), qPrintable(found.first()));
    QCOMPARE(audit.size(), 1);
    QVERIFY2(audit.first().contains(QLatin1String("was changed or deleted")),
             qPrintable(audit.first()));
}

// The file itself refuses to change or delete a status event, whoever asks.
void TestDatabaseCheck::historyIsAppendOnly()
{
    const qint64 id = addApplication(0, {QStringLiteral("applied"), QStringLiteral("screening")});
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(!exec(QStringLiteral("UPDATE status_events SET to_status = 'qualified' "
                                 "WHERE application_id = ?"),
                  {id}));
    QVERIFY2(m_error.contains(QLatin1String("append-only")), qPrintable(m_error));
    QVERIFY(!exec(QStringLiteral("DELETE FROM status_events WHERE application_id = ?"), {id}));
    QVERIFY2(m_error.contains(QLatin1String("never deleted")), qPrintable(m_error));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT group_concat(to_status) FROM status_events "
                                         "WHERE application_id = ?"),
                          {id})
                 .toString(),
             QStringLiteral("applied,screening"));
    QCOMPARE(problems(QStringLiteral("append-only")), QStringList());
}

void TestDatabaseCheck::aMissingGuardIsReported()
{
    QVERIFY2(exec(QStringLiteral("DROP TRIGGER status_events_no_update")), qPrintable(m_error));
    const QStringList found = problems(QStringLiteral("append-only"));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("status_events_no_update")),
             qPrintable(found.first()));
}

// The list's sort keys (schema v21) follow renames through triggers: one dropped is reported.
void TestDatabaseCheck::reportMissingSortKeyTriggers()
{
    QCOMPARE(problems(QStringLiteral("sort keys")), QStringList());
    QVERIFY2(exec(QStringLiteral("DROP TRIGGER cohorts_sort_name")), qPrintable(m_error));
    const QStringList found = problems(QStringLiteral("sort keys"));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("cohorts_sort_name is missing")),
             qPrintable(found.first()));
}

// The reports count by applications.furthest_stage (schema v17): one changed past its trigger,
// or the trigger dropped, is reported.
void TestDatabaseCheck::reportStagesThatLeftTheHistory()
{
    const qint64 id = addApplication(0, Offered.mid(0, 5));
    QVERIFY2(id, qPrintable(m_error));
    QCOMPARE(problems(QStringLiteral("reports")), QStringList());
    QVERIFY2(exec(QStringLiteral("UPDATE applications SET furthest_stage = 9 WHERE id = ?"), {id}),
             qPrintable(m_error));
    QStringList found = problems(QStringLiteral("reports"));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QStringLiteral("Application %1 counts in the reports as far as "
                                                   "stage 9, but its history reached stage 3")
                                        .arg(id)),
             qPrintable(found.first()));
    QVERIFY2(exec(QStringLiteral("DROP TRIGGER status_events_furthest_stage")), qPrintable(m_error));
    found = problems(QStringLiteral("reports"));
    QCOMPARE(found.size(), 2);
    QVERIFY2(found.first().contains(QLatin1String("status_events_furthest_stage is missing")),
             qPrintable(found.first()));
    // A stay deleted past the history: the time in stage would count one fewer.
    QVERIFY2(exec(QStringLiteral("DELETE FROM status_stays WHERE application_id = ? AND "
                                 "status = 'screening'"),
                  {id}),
             qPrintable(m_error));
    found = problems(QStringLiteral("reports"));
    QCOMPARE(found.size(), 3);
    QVERIFY2(found.last().contains(QStringLiteral("Application %1 has 4 ended stays in its "
                                                  "history, but the time-in-stage report counts 3")
                                       .arg(id)),
             qPrintable(found.last()));
    // A seat move its history does not show: the cohort fill would count a seat too many.
    QVERIFY2(exec(QStringLiteral("INSERT INTO seat_moves (application_id, event_id, change, "
                                 "cohort_id, at) SELECT application_id, max(id), 1, 99, max(at) "
                                 "FROM status_events WHERE application_id = ?"),
                  {id}),
             qPrintable(m_error));
    found = problems(QStringLiteral("reports"));
    QCOMPARE(found.size(), 4);
    QVERIFY2(found.last().contains(QStringLiteral("Application %1's seats in the cohort fill "
                                                  "report differ from its history in 1 seat "
                                                  "moves")
                                       .arg(id)),
             qPrintable(found.last()));
}

void TestDatabaseCheck::qualifiedBeforeApplying()
{
    const qint64 id =
        addApplication(0, Offered.mid(0, 5), QStringLiteral("2027-01-05T10:00:00.000Z"),
                       QStringLiteral("2027-01-04T10:00:00.000Z"));
    QVERIFY2(id, qPrintable(m_error));
    const QStringList found = problems(QStringLiteral("dates"));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QString::number(id)), qPrintable(found.first()));
}

void TestDatabaseCheck::missingForeignRow()
{
    QVERIFY2(exec(QStringLiteral("PRAGMA foreign_keys = OFF")), qPrintable(m_error));
    QVERIFY2(exec(QStringLiteral("INSERT INTO activities (applicant_id, kind, at) "
                                 "VALUES (4242, 'call', '2027-01-02T10:00:00.000Z')")),
             qPrintable(m_error));
    QVERIFY2(exec(QStringLiteral("PRAGMA foreign_keys = ON")), qPrintable(m_error));
    const QStringList found = problems(QStringLiteral("foreign_key"));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("activities")), qPrintable(found.first()));
}

void TestDatabaseCheck::damagedIndex()
{
    QVERIFY2(addApplication(0, {QStringLiteral("applied")}), qPrintable(m_error));
    // Make the schema describe an index its pages do not hold.
    QVERIFY2(exec(QStringLiteral("PRAGMA writable_schema = ON")), qPrintable(m_error));
    QVERIFY2(exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE INDEX "
                                 "applicants_last_name ON applicants(email)' WHERE name = "
                                 "'applicants_last_name'")),
             qPrintable(m_error));
    QVERIFY2(exec(QStringLiteral("PRAGMA writable_schema = RESET")), qPrintable(m_error));
    const QStringList found = problems(QStringLiteral("integrity"));
    QVERIFY(!found.isEmpty());
    QVERIFY2(found.first().contains(QLatin1String("applicants_last_name")),
             qPrintable(found.first()));
}

void TestDatabaseCheck::manyProblemsAreCounted()
{
    for (int i = 0; i < DatabaseCheck::MaxExamples + 5; ++i)
        QVERIFY2(addApplication(0, Offered.mid(0, 5), QStringLiteral("2027-01-05T10:00:00.000Z"),
                                QStringLiteral("2027-01-04T10:00:00.000Z")),
                 qPrintable(m_error));
    const QStringList found = problems(QStringLiteral("dates"));
    QCOMPARE(found.size(), DatabaseCheck::MaxExamples + 1);
    QVERIFY2(found.last().contains(QLatin1String("5 more")), qPrintable(found.last()));
}

// Every kind of problem the tests above plant, at once: the parts that run side by side on
// connections of their own find what each finds alone on the caller's, in the same order.
void TestDatabaseCheck::partsSideBySideFindWhatEachFindsAlone()
{
    const qint64 cohort = m_db->addCohort(m_track, QStringLiteral("SWE-2027-03-A"), 2);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(addApplication(cohort, Offered), qPrintable(m_error));
    const qint64 open = m_db->addCohort(m_track, QStringLiteral("SWE-B"), 2);
    QVERIFY2(addApplication(open, waitlisted()), qPrintable(m_error));
    const qint64 moved = addApplication(0, {QStringLiteral("applied")});
    QVERIFY2(exec(QStringLiteral("UPDATE applications SET status = 'screening', "
                                 "furthest_stage = 9 WHERE id = ?"),
                  {moved}),
             qPrintable(m_error));
    const qint64 skipped =
        addApplication(0, {QStringLiteral("applied"), QStringLiteral("screening")});
    const QString rewritten = m_db->rewriteHistory(
        {QStringLiteral("UPDATE status_events SET from_status = 'interviewed' WHERE "
                        "application_id = ? AND to_status = 'screening'")},
        {skipped});
    QVERIFY2(rewritten.isEmpty(), qPrintable(rewritten));
    QVERIFY2(addApplication(0, Offered.mid(0, 5), QStringLiteral("2027-01-05T10:00:00.000Z"),
                            QStringLiteral("2027-01-04T10:00:00.000Z")),
             qPrintable(m_error));
    QVERIFY2(exec(QStringLiteral("DROP TRIGGER cohorts_sort_name")), qPrintable(m_error));
    QVERIFY2(exec(QStringLiteral("DROP TRIGGER erasures_no_delete")), qPrintable(m_error));
    QVERIFY2(exec(QStringLiteral("UPDATE status_totals SET applications = applications + 1")),
             qPrintable(m_error));
    QVERIFY2(exec(QStringLiteral("PRAGMA foreign_keys = OFF")), qPrintable(m_error));
    QVERIFY2(exec(QStringLiteral("INSERT INTO activities (applicant_id, kind, at) "
                                 "VALUES (4242, 'call', '2027-01-02T10:00:00.000Z')")),
             qPrintable(m_error));
    QVERIFY2(exec(QStringLiteral("PRAGMA foreign_keys = ON")), qPrintable(m_error));

    const DatabaseCheck check(m_db->connectionName(), m_clock);
    QList<DatabaseCheck::Problem> alone;
    for (DatabaseCheck::Part part : DatabaseCheck::parts()) {
        const auto found = check.run(part);
        QVERIFY_OK(found);
        alone << found.value();
    }
    QList<DatabaseCheck::Step> steps;
    const auto together =
        DatabaseCheck(m_db->connectionName(), m_clock).run([&steps](const DatabaseCheck::Step &step) {
            steps << step;
        });
    QVERIFY_OK(together);
    QStringList expected;
    for (const DatabaseCheck::Problem &p : alone)
        expected << p.check + QStringLiteral(": ") + p.detail;
    QStringList found;
    QSet<QString> kinds;
    for (const DatabaseCheck::Problem &p : together.value()) {
        found << p.check + QStringLiteral(": ") + p.detail;
        kinds << p.check;
    }
    QCOMPARE(found, expected);
    for (const char *kind : {"seats", "waitlist", "history", "reports", "dates", "append-only",
                             "sort keys", "status_totals", "foreign_key", "audit"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    // Each part started once and ended once, after it started.
    QCOMPARE(steps.size(), 2 * DatabaseCheck::parts().size());
    for (DatabaseCheck::Part part : DatabaseCheck::parts()) {
        const auto started = std::find_if(steps.cbegin(), steps.cend(), [part](const auto &s) {
            return s.part == part && !s.ended;
        });
        const auto ended = std::find_if(steps.cbegin(), steps.cend(), [part](const auto &s) {
            return s.part == part && s.ended;
        });
        QVERIFY(started != steps.cend() && ended != steps.cend() && started < ended);
    }
}

namespace {
// The rows of a plain query, each row's values joined by '|'.
QStringList rowsOf(const QString &connection, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    QStringList rows;
    if (!q.exec(sql))
        return {QStringLiteral("the query failed: ") + q.lastError().text()};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

// The first MaxExamples, then how many more.
QStringList capped(QStringList details)
{
    const qsizetype more = details.size() - DatabaseCheck::MaxExamples;
    if (more <= 0)
        return details;
    details.resize(DatabaseCheck::MaxExamples);
    details << (more == 1 ? QStringLiteral("… and 1 more like this")
                          : QStringLiteral("… and %1 more like this").arg(more));
    return details;
}
} // namespace

// The history and the reports' summaries are read in one walk over the status history
// (HistoryWalk); each disagreement of a demo desk's file, planted as another tool could, is found
// as the plain SQL over the history finds it.
void TestDatabaseCheck::historyAndSummariesAgreeWithThePlainSql()
{
    TestDatabase desk(QStringLiteral("walk"));
    QVERIFY2(desk.isOpen(), qPrintable(desk.openError()));
    DemoDataGenerator::Options options;
    options.applicants = 400;
    options.seed = 7;
    options.today = Now.date();
    QVERIFY_OK(DemoDataGenerator(desk.connectionName(), desk.actor(StaffRole::Administrator))
                   .generate(options));
    const QString c = desk.connectionName();
    const auto ids = [&c](const QString &sql) {
        QList<qint64> found;
        for (const QString &row : rowsOf(c, sql))
            found << row.toLongLong();
        return found;
    };
    // Applications with a seat move each, and others with four events or more.
    const QList<qint64> seated = ids(QStringLiteral(
        "SELECT DISTINCT application_id FROM seat_moves ORDER BY application_id LIMIT 4"));
    const QList<qint64> longer = ids(QStringLiteral(
        "SELECT application_id FROM status_events GROUP BY application_id HAVING count(*) >= 4 "
        "ORDER BY application_id DESC LIMIT 16"));
    QCOMPARE(seated.size(), 4);
    QCOMPARE(longer.size(), 16);

    const QStringList planted = {
        // Foreign keys off, as another tool may have them: a history can go with its summaries
        // left behind, and events can name an application that does not exist.
        QStringLiteral("PRAGMA foreign_keys = OFF"),
        // reports: a stage, stays gone and made up, seat moves gone, changed and made up
        QStringLiteral("UPDATE applications SET furthest_stage = 9 WHERE id = %1").arg(longer[0]),
        // a stay and a wait for a decision counted on another track
        QStringLiteral("UPDATE status_stays SET track_id = track_id + 1 WHERE application_id = "
                       "%1 AND event_id = (SELECT min(event_id) FROM status_stays WHERE "
                       "application_id = %1)")
            .arg(longer[7]),
        QStringLiteral("UPDATE decision_waits SET track_id = NULL WHERE application_id = "
                       "(SELECT max(application_id) FROM decision_waits)"),
        // a day of graduation changed, one made up, one gone
        QStringLiteral("UPDATE applications SET graduated_on = '2020-01-01' WHERE id = "
                       "(SELECT min(id) FROM applications WHERE graduated_on IS NOT NULL)"),
        QStringLiteral("UPDATE applications SET graduated_on = '2020-01-02' WHERE id = "
                       "(SELECT min(id) FROM applications WHERE graduated_on IS NULL)"),
        QStringLiteral("UPDATE applications SET graduated_on = NULL WHERE id = "
                       "(SELECT max(id) FROM applications WHERE graduated_on IS NOT NULL)"),
        QStringLiteral("DELETE FROM status_stays WHERE application_id = %1 AND event_id = "
                       "(SELECT max(event_id) FROM status_stays WHERE application_id = %1)")
            .arg(longer[1]),
        QStringLiteral("INSERT INTO status_stays (application_id, event_id, status, tenths) "
                       "VALUES (%1, 1, 'applied', 5)")
            .arg(longer[2]),
        QStringLiteral("DELETE FROM seat_moves WHERE application_id = %1").arg(seated[0]),
        QStringLiteral("UPDATE seat_moves SET cohort_id = cohort_id + 1000 WHERE "
                       "application_id = %1")
            .arg(seated[1]),
        QStringLiteral("UPDATE seat_moves SET at = '2020-01-01T00:00:00.000Z' WHERE "
                       "application_id = %1")
            .arg(seated[2]),
        QStringLiteral("INSERT INTO seat_moves (application_id, event_id, change, cohort_id, at) "
                       "SELECT application_id, min(id), 1, 77, min(at) FROM status_events "
                       "WHERE application_id = %1")
            .arg(longer[3]),
        // history: a status its events do not end at, a whole history gone, an event that
        // starts from nothing, and more broken steps than are named
        QStringLiteral("UPDATE applications SET status = 'withdrawn' WHERE id = %1").arg(longer[4]),
        QStringLiteral("DELETE FROM status_events WHERE application_id = %1").arg(longer[5]),
        QStringLiteral("UPDATE status_events SET from_status = NULL WHERE id = (SELECT max(id) "
                       "FROM status_events WHERE application_id = %1)")
            .arg(longer[6]),
        QStringLiteral("UPDATE status_events SET from_status = 'placed' WHERE application_id "
                       "IN (SELECT application_id FROM status_events GROUP BY application_id "
                       "HAVING count(*) >= 3 ORDER BY application_id LIMIT 12) AND id IN "
                       "(SELECT max(id) FROM status_events GROUP BY application_id)"),
        // events of an application that does not exist
        QStringLiteral("INSERT INTO status_events (application_id, from_status, to_status, at) "
                       "VALUES (999999, NULL, 'applied', '2027-01-02T10:00:00.000Z'), "
                       "(999999, 'screening', 'interviewed', '2027-01-03T10:00:00.000Z')"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    const QString changed = desk.rewriteHistory(planted);
    QVERIFY2(changed.isEmpty(), qPrintable(changed));

    // The plain SQL over the history, as `check` ran it before the walk.
    QStringList history;
    for (const QString &row : rowsOf(
             c, QStringLiteral("SELECT a.id, a.status, e.to_status FROM applications a "
                               "LEFT JOIN status_events e ON e.id = (SELECT max(id) FROM "
                               "status_events WHERE application_id = a.id) WHERE e.id IS NULL "
                               "OR e.to_status <> a.status ORDER BY a.id"))) {
        const QStringList v = row.split(QLatin1Char('|'));
        history << (v[2] == QLatin1String("NULL")
                        ? QStringLiteral("Application %1 (%2) has no status history").arg(v[0], v[1])
                        : QStringLiteral("Application %1 is %2 but its last status event says %3")
                              .arg(v[0], v[1], v[2]));
    }
    history = capped(history);
    QStringList steps;
    for (const QString &row : rowsOf(
             c, QStringLiteral("SELECT application_id, id, from_status, previous FROM (SELECT "
                               "application_id, id, from_status, lag(to_status) OVER (PARTITION "
                               "BY application_id ORDER BY id) AS previous FROM status_events) "
                               "WHERE from_status IS NOT previous ORDER BY application_id, id"))) {
        QStringList v = row.split(QLatin1Char('|'));
        v.replaceInStrings(QStringLiteral("NULL"), QStringLiteral("nothing"));
        steps << QStringLiteral("Application %1: status event %2 starts from %3, but the event "
                                "before it ended at %4")
                     .arg(v[0], v[1], v[2], v[3]);
    }
    QVERIFY(steps.size() > DatabaseCheck::MaxExamples);
    history << capped(steps);

    QStringList reports;
    for (const QString &row : rowsOf(
             c, QStringLiteral("SELECT a.id, a.furthest_stage, coalesce(h.stage, 0) FROM "
                               "applications a LEFT JOIN (SELECT e.application_id, max(f.stage) "
                               "AS stage FROM status_events e JOIN funnel_stages f ON f.status = "
                               "e.to_status GROUP BY e.application_id) h ON h.application_id = "
                               "a.id WHERE a.furthest_stage <> coalesce(h.stage, 0) ORDER BY "
                               "a.id"))) {
        const QStringList v = row.split(QLatin1Char('|'));
        reports << QStringLiteral("Application %1 counts in the reports as far as stage %2, but "
                                  "its history reached stage %3")
                       .arg(v[0], v[1], v[2]);
    }
    reports = capped(reports);
    QStringList graduations;
    for (const QString &row : rowsOf(
             c, QStringLiteral("SELECT a.id, coalesce(a.graduated_on, 'none'), coalesce(h.day, "
                               "'none') FROM applications a LEFT JOIN (SELECT application_id, "
                               "substr(max(at), 1, 10) AS day FROM status_events WHERE "
                               "to_status = 'graduated' GROUP BY application_id) h ON "
                               "h.application_id = a.id WHERE a.graduated_on IS NOT h.day "
                               "ORDER BY a.id"))) {
        const QStringList v = row.split(QLatin1Char('|'));
        graduations << QStringLiteral("Application %1 counts in the job outcomes as graduated "
                                      "on %2, but its history says %3")
                           .arg(v[0], v[1], v[2]);
    }
    QVERIFY(graduations.size() >= 3);
    reports << capped(graduations);
    // Stays by application: their number, then their tracks and the wait's (v25).
    std::map<std::pair<qint64, int>, QString> byApplication;
    for (const QString &row : rowsOf(
             c, QStringLiteral("SELECT e.application_id, e.events - 1, coalesce(s.stays, 0) FROM "
                               "(SELECT application_id, count(*) AS events FROM status_events "
                               "GROUP BY application_id) e LEFT JOIN (SELECT application_id, "
                               "count(*) AS stays FROM status_stays GROUP BY application_id) s "
                               "ON s.application_id = e.application_id WHERE e.events - 1 <> "
                               "coalesce(s.stays, 0) ORDER BY e.application_id"))) {
        const QStringList v = row.split(QLatin1Char('|'));
        byApplication[{v[0].toLongLong(), 0}] =
            QStringLiteral("Application %1 has %2 ended stays in its history, but the "
                           "time-in-stage report counts %3")
                .arg(v[0], v[1], v[2]);
    }
    for (const QString &row : rowsOf(
             c, QStringLiteral("SELECT a.id, a.track_id FROM applications a WHERE EXISTS (SELECT "
                               "1 FROM status_stays s WHERE s.application_id = a.id AND "
                               "s.track_id IS NOT a.track_id) OR EXISTS (SELECT 1 FROM "
                               "decision_waits w WHERE w.application_id = a.id AND w.track_id "
                               "IS NOT a.track_id)"))) {
        const QStringList v = row.split(QLatin1Char('|'));
        byApplication[{v[0].toLongLong(), 1}] =
            QStringLiteral("Application %1 is on track %2, but the time-in-stage report counts "
                           "some of its stays or its wait for a decision on another")
                .arg(v[0], v[1]);
    }
    QStringList stays;
    for (const auto &[key, detail] : byApplication)
        stays << detail;
    QVERIFY(stays.filter(QStringLiteral("on another")).size() >= 2);
    reports << capped(stays);
    const QString kept =
        QStringLiteral("SELECT application_id, event_id, change, cohort_id, at FROM seat_moves");
    const QString shown = QStringLiteral("SELECT application_id, event_id, change, cohort_id, at "
                                         "FROM seat_moves_in_history");
    QStringList seats;
    for (const QString &row :
         rowsOf(c, QStringLiteral("SELECT application_id, count(*) FROM (SELECT application_id "
                                  "FROM (%1 EXCEPT %2) UNION ALL SELECT application_id FROM (%2 "
                                  "EXCEPT %1)) GROUP BY application_id ORDER BY application_id")
                       .arg(shown, kept))) {
        const QStringList v = row.split(QLatin1Char('|'));
        seats << QStringLiteral("Application %1's seats in the cohort fill report differ from "
                                "its history in %2 seat moves")
                     .arg(v[0], v[1]);
    }
    for (qint64 id : {seated[0], seated[1], seated[2], longer[3]})
        QVERIFY2(seats.filter(QStringLiteral("Application %1's").arg(id)).size() == 1,
                 qPrintable(seats.join(QLatin1Char('\n'))));
    reports << capped(seats);

    QStringList foundHistory;
    QStringList foundReports;
    const auto found = DatabaseCheck(c, m_clock).run();
    QVERIFY_OK(found);
    for (const DatabaseCheck::Problem &p : found.value()) {
        if (p.check == QLatin1String("history"))
            foundHistory << p.detail;
        else if (p.check == QLatin1String("reports"))
            foundReports << p.detail;
    }
    QCOMPARE(foundHistory, history);
    QCOMPARE(foundReports, reports);
}

void TestDatabaseCheck::aCancelledCheckReportsNothing_data()
{
    QTest::addColumn<bool>("fromAnotherThread");
    QTest::newRow("asked to stop, after the first part") << false;
    QTest::newRow("cancelled from another thread, as a closing window") << true;
}

// Stopped after its first part, the check answers that it was cancelled, never that the file is
// healthy, on a sound file as on a damaged one.
void TestDatabaseCheck::aCancelledCheckReportsNothing()
{
    QFETCH(bool, fromAnotherThread);
    QVERIFY2(addApplication(0, {QStringLiteral("applied")}), qPrintable(m_error));
    QVERIFY2(exec(QStringLiteral("UPDATE applications SET qualified_at = '2000-01-01'")),
             qPrintable(m_error));
    const DatabaseCheck check(m_db->connectionName(), m_clock);
    bool partEnded = false;
    const auto progress = [&](const DatabaseCheck::Step &step) {
        if (!step.ended || partEnded)
            return;
        partEnded = true;
        if (fromAnotherThread)
            std::thread([&check] { check.cancel(); }).join();
    };
    const auto found = check.run(progress, [&] { return fromAnotherThread || !partEnded; });
    QVERIFY(partEnded);
    QVERIFY2(!found, "a cancelled check reported its findings");
    QVERIFY2(DatabaseCheck::isCancellation(found.error()), qPrintable(found.error().text()));
    // Once cancelled, it stays cancelled.
    const auto again = check.run();
    QVERIFY(!again && DatabaseCheck::isCancellation(again.error()));
    // A new check finds what is there.
    QCOMPARE(problems(QStringLiteral("dates")).size(), 1);
}

QTEST_GUILESS_MAIN(TestDatabaseCheck)
#include "tst_databasecheck.moc"
