#include "db/databasecheck.h"
#include "testdatabase.h"

#include "domain/clock.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestDatabaseCheck)
#include "tst_databasecheck.moc"
