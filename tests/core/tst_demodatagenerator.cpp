#include "audit/auditlog.h"
#include "db/databasecheck.h"
#include "demo/demodatagenerator.h"
#include "services/cohortstateservice.h"
#include "services/mentorcallservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include "domain/applicationstatus.h"
#include "domain/clock.h"
#include "domain/statustransitions.h"
#include "domain/timestamp.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {
constexpr qint64 Applicants = 3000;
const QDate Today(2026, 3, 16);

DemoDataGenerator::Options options(quint64 seed)
{
    DemoDataGenerator::Options o;
    o.applicants = Applicants;
    o.seed = seed;
    o.today = Today;
    return o;
}

// Every row of every table the generator writes, in key order.
QByteArray digest(const QString &connection)
{
    static const char *const Tables[] = {
        "tracks ORDER BY id",        "staff_users ORDER BY id",
        "cohorts ORDER BY id",       "refund_schedule ORDER BY cohort_id, from_day",
        "mentors ORDER BY id",       "mentor_tracks ORDER BY mentor_id, track_id",
        "applicants ORDER BY id",    "applications ORDER BY id",
        "status_events ORDER BY id", "mentor_assignments ORDER BY id",
        "activities ORDER BY id"};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : Tables) {
        QSqlQuery q(QSqlDatabase::database(connection, false));
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table)))
            return q.lastError().text().toUtf8();
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8().append('\x1f'));
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result().toHex();
}
} // namespace

class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStatusOfTheLifecycle();
    void statusesFitTheirCohort();
    void seatsAndWaitlist();
    void offersExpireInTheFuture();
    void qualifiedAtFromQualificationOn();
    void historyEndsAtTheStatus();
    void mentorsWithinCapacity();
    void mentoringEndsAndCallsWeekly();
    void jobSearchesWithTheirFacts();
    void namesAndEmails();
    void timestampsInTheStoredForm();
    void checkFindsNothing();
    void sortKeysWrittenWithTheRows();
    void oneRecordInTheAuditTrail();
    void sameSeedSameRows();
    void refusesASecondSeed();
    void refusesBadNumbers();
    void cohortStatesFitTheirDates();

private:
    qint64 count(const QString &sql, const QVariantList &values = {});

    TestDatabase m_db{QStringLiteral("demo")};
    QList<QPair<qint64, qint64>> m_progress;
};

void TestDemoDataGenerator::initTestCase()
{
    QVERIFY2(m_db.isOpen(), qPrintable(m_db.openError()));
    // Without the trigger that would fill the list's sort keys: the seed writes them itself
    // (sortKeysWrittenWithTheRows).
    Result<DemoDataGenerator::Summary> summary = Error{};
    QCOMPARE(m_db.withoutGuards({QStringLiteral("applications_sort_keys_new")},
                                [&] {
                                    summary =
                                        DemoDataGenerator(m_db.connectionName(),
                                                          m_db.actor(StaffRole::Administrator))
                                            .generate(options(1),
                                                      [this](qint64 done, qint64 total) {
                                                          m_progress.append({done, total});
                                                      });
                                    return summary ? QString() : summary.error().text();
                                }),
             QString());
    QCOMPARE(summary->applicants, Applicants);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applicants")), Applicants);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applications")), summary->applications);
    QVERIFY(summary->applications > Applicants); // some applied again
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM status_events")), summary->statusEvents);
    QVERIFY(!m_progress.isEmpty());
    QCOMPARE(m_progress.last().first, summary->applications);
    QCOMPARE(m_progress.last().second, summary->applications);
}

qint64 TestDemoDataGenerator::count(const QString &sql, const QVariantList &values)
{
    return m_db.scalar(sql, values).toLongLong();
}

void TestDemoDataGenerator::everyStatusOfTheLifecycle()
{
    for (ApplicationStatus status : Statuses::all()) {
        const QString name = Statuses::machineName(status);
        QVERIFY2(
            count(QStringLiteral("SELECT count(*) FROM applications WHERE status = ?"), {name}) > 0,
            qPrintable(name));
    }
    for (const char *state : {"completed", "started", "open", "full", "draft", "cancelled"})
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM cohorts WHERE state = ?"),
                       {QString::fromLatin1(state)}) > 0,
                 state);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM tracks")) >= 6);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cohorts c WHERE NOT EXISTS "
                                  "(SELECT 1 FROM refund_schedule r WHERE r.cohort_id = c.id)")),
             0);
}

void TestDemoDataGenerator::statusesFitTheirCohort()
{
    const QString misplaced =
        QStringLiteral("SELECT count(*) FROM applications a JOIN cohorts c ON c.id = a.cohort_id "
                       "WHERE c.state = ? AND a.status NOT IN (SELECT value FROM json_each(?))");
    const QPair<const char *, const char *> allowed[] = {
        {"completed", R"(["graduated","job_search","placed","not_seeking","dropped","refunded",
                         "not_qualified","withdrawn","declined"])"},
        {"started", R"(["active","refund_requested","dropped","refunded","not_qualified",
                       "withdrawn","declined","deferred"])"},
        {"open", R"(["applied","screening","interview_scheduled","interviewed","not_qualified",
                    "offered","offer_expired","accepted","declined","enrolled","deferred",
                    "withdrawn"])"},
        {"full", R"(["applied","screening","interview_scheduled","interviewed","not_qualified",
                    "offered","waitlisted","offer_expired","accepted","declined","enrolled",
                    "deferred","withdrawn"])"},
        {"draft", "[]"},
        {"cancelled", "[]"}};
    for (const auto &[state, statuses] : allowed)
        QVERIFY2(count(misplaced, {QString::fromLatin1(state), QString::fromLatin1(statuses)}) == 0,
                 state);
    // A deferral waits for a later draft cohort of its track, named; never an earlier one.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM applications WHERE status = 'deferred' "
                                 "AND deferred_to_cohort_id IS NOT NULL")) > 0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM applications a JOIN cohorts own ON own.id = a.cohort_id "
                 "JOIN cohorts later ON later.id = a.deferred_to_cohort_id "
                 "WHERE later.track_id <> own.track_id OR later.starts_on <= own.starts_on "
                 "OR later.state <> 'draft'")),
             0);
    // Qualified applications rest only where no cohort was chosen yet.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applications WHERE status = 'qualified' "
                                  "AND cohort_id IS NOT NULL")),
             0);
}

void TestDemoDataGenerator::seatsAndWaitlist()
{
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM cohorts c WHERE capacity < (SELECT count(*) FROM "
                 "applications a WHERE a.cohort_id = c.id AND a.status IN ('offered', "
                 "'accepted', 'enrolled', 'active', 'refund_requested'))")),
             0);
    // Waitlists only in full cohorts, and full cohorts are exactly full.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applications a JOIN cohorts c ON c.id = "
                                  "a.cohort_id WHERE a.status = 'waitlisted' AND c.state <> "
                                  "'full'")),
             0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM cohorts c WHERE state = 'full' AND capacity <> (SELECT "
                 "count(*) FROM applications a WHERE a.cohort_id = c.id AND a.status IN "
                 "('offered', 'accepted', 'enrolled'))")),
             0);
    // First come, first served: every waitlisted qualified after every seat holder, except
    // those waiting again after their offer expired, who rejoined the line after the last
    // offer was made from it.
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM applications w JOIN applications s ON s.cohort_id = "
                 "w.cohort_id WHERE w.status = 'waitlisted' AND s.status IN ('offered', "
                 "'accepted', 'enrolled') AND s.qualified_at > w.qualified_at AND NOT EXISTS "
                 "(SELECT 1 FROM status_events e WHERE e.application_id = w.id AND e.to_status "
                 "= 'offer_expired')")),
             0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM applications w JOIN applications s ON s.cohort_id = "
                 "w.cohort_id WHERE w.status = 'waitlisted' AND s.status = 'offered' AND "
                 "s.status_changed_at >= w.status_changed_at AND EXISTS (SELECT 1 FROM "
                 "status_events e WHERE e.application_id = w.id AND e.to_status = "
                 "'offer_expired')")),
             0);
}

void TestDemoDataGenerator::offersExpireInTheFuture()
{
    const QString now = Timestamp::format(QDateTime(Today.addDays(1), QTime(0, 0), Qt::UTC));
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM applications WHERE status = 'offered'")) >
            0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applications WHERE status = 'offered' "
                                  "AND (offer_expires_at IS NULL OR offer_expires_at < ?)"),
                   {now}),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applications WHERE status <> 'offered' "
                                  "AND offer_expires_at IS NOT NULL")),
             0);
    // Most current offers were sent, a few still wait on their owner's work list; a notice
    // belongs to the application's last move to offered.
    const qint64 offered =
        count(QStringLiteral("SELECT count(*) FROM applications WHERE status = 'offered'"));
    const qint64 sent = count(QStringLiteral(
        "SELECT count(*) FROM offer_notices n JOIN applications a ON a.id = n.application_id "
        "WHERE a.status = 'offered' AND n.offer_event_id = (SELECT max(id) FROM status_events "
        "WHERE application_id = a.id AND to_status = 'offered')"));
    QVERIFY2(sent > 0 && sent < offered, qPrintable(QString("%1 of %2").arg(sent).arg(offered)));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM offer_notices")), sent);
    // Nothing happened after the day the data is relative to.
    const QString today = Timestamp::format(QDateTime(Today, QTime(0, 0), Qt::UTC));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM status_events WHERE at >= ?"), {today}), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activities WHERE at >= ?"), {today}), 0);
}

// Every placement has the facts placed needs; every search its start, and check-ins inside it,
// each with the job applications of its week.
void TestDemoDataGenerator::jobSearchesWithTheirFacts()
{
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM applications WHERE status = 'placed'")) > 0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM applications WHERE status = 'placed' AND "
                 "(placement_outcome NOT IN ('in_field_full_time', 'in_field_part_time_contract', "
                 "'out_of_field') OR placement_employer = '' OR placement_job_title = '' OR "
                 "placement_on IS NULL)")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applications WHERE status IN "
                                  "('job_search', 'placed', 'not_seeking') AND "
                                  "job_search_started_on IS NULL")),
             0);
    QVERIFY(count(QStringLiteral(
                "SELECT count(*) FROM activities WHERE kind = 'job_search_check_in'")) > 0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM activities v JOIN applications a ON a.id = "
                 "v.application_id WHERE v.kind = 'job_search_check_in' AND "
                 "(v.job_applications IS NULL OR substr(v.at, 1, 10) < a.job_search_started_on "
                 "OR a.status NOT IN ('job_search', 'placed', 'not_seeking'))")),
             0);
}

void TestDemoDataGenerator::qualifiedAtFromQualificationOn()
{
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM applications WHERE qualified_at IS NULL AND status IN "
                 "('qualified', 'offered', 'waitlisted', 'offer_expired', 'accepted', "
                 "'declined', 'enrolled', 'deferred', 'active', 'refund_requested', 'refunded', "
                 "'dropped', 'graduated', 'job_search', 'placed', 'not_seeking')")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applications WHERE qualified_at IS NOT "
                                  "NULL AND status IN ('applied', 'screening', "
                                  "'interview_scheduled', 'interviewed')")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applications WHERE status IN "
                                  "('not_qualified', 'withdrawn', 'declined', 'dropped', "
                                  "'refunded') AND decision_reason = ''")),
             0);
}

void TestDemoDataGenerator::historyEndsAtTheStatus()
{
    // One event per step: the first from nothing to applied, each next from where it ended.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applications a WHERE (SELECT to_status "
                                  "FROM status_events WHERE application_id = a.id ORDER BY id "
                                  "DESC LIMIT 1) IS NOT a.status")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applications a WHERE (SELECT to_status "
                                  "FROM status_events WHERE application_id = a.id ORDER BY id "
                                  "LIMIT 1) IS NOT 'applied'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM status_events e JOIN applications a ON "
                                  "a.id = e.application_id WHERE e.at < a.applied_at")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM status_events e JOIN status_events p ON "
                                  "p.application_id = e.application_id AND p.id = (SELECT "
                                  "max(id) FROM status_events WHERE application_id = "
                                  "e.application_id AND id < e.id) WHERE p.at > e.at")),
             0);
    // Every step is a move of the lifecycle.
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName(), false));
    QVERIFY2(q.exec(QStringLiteral("SELECT DISTINCT from_status, to_status FROM status_events "
                                   "WHERE from_status IS NOT NULL")),
             qPrintable(q.lastError().text()));
    int moves = 0;
    while (q.next()) {
        const auto from = Statuses::fromMachineName(q.value(0).toString());
        const auto to = Statuses::fromMachineName(q.value(1).toString());
        QVERIFY(from && to);
        QVERIFY2(StatusTransitions::isAllowed(*from, *to),
                 qPrintable(StatusTransitions::refusal(*from, *to)));
        ++moves;
    }
    QVERIFY(moves > 25);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM status_events WHERE from_status = "
                                 "'offer_expired' AND to_status = 'waitlisted'")) > 0);
    // Staff take the steps; the desk makes the automatic offers and waitlistings.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM status_events WHERE by_user_id IS NOT "
                                 "NULL")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM status_events WHERE by_user_id IS NULL "
                                  "AND to_status NOT IN ('offered', 'waitlisted', "
                                  "'offer_expired', 'applied')")),
             0);
}

void TestDemoDataGenerator::mentorsWithinCapacity()
{
    const QString load = QStringLiteral(
        "SELECT count(*) FROM mentors m WHERE max_active_mentees %1 (SELECT count(*) FROM "
        "mentor_assignments a WHERE a.mentor_id = m.id AND a.state = 'active')");
    QCOMPARE(count(load.arg(QLatin1Char('<'))), 0);
    QVERIFY(count(load.arg(QLatin1Char('='))) > 0); // some are at capacity
    QVERIFY(count(load.arg(QLatin1Char('>'))) > 0); // some have room
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM mentor_assignments a JOIN applications p "
                                 "ON p.id = a.application_id WHERE a.state = 'active' AND "
                                 "p.status = 'active'")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mentor_assignments a JOIN applications p "
                                  "ON p.id = a.application_id WHERE a.state = 'active' AND "
                                  "p.status NOT IN ('active', 'refund_requested')")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mentor_assignments a JOIN applications p "
                                  "ON p.id = a.application_id WHERE NOT EXISTS (SELECT 1 FROM "
                                  "mentor_tracks t WHERE t.mentor_id = a.mentor_id AND "
                                  "t.track_id = p.track_id)")),
             0);
}

// Assignments end with the student, and say why; proposals wait for enrolled students; calls
// go with a confirmed mentor, mostly weekly, some students (and so mentors) behind.
void TestDemoDataGenerator::mentoringEndsAndCallsWeekly()
{
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mentor_assignments WHERE (state = "
                                  "'ended') <> (end_cause <> '')")),
             0);
    for (const char *cause : {"graduated", "dropped", "refunded", "withdrawn", "reassigned"})
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM mentor_assignments WHERE end_cause "
                                      "= ?"),
                       {QString::fromLatin1(cause)}) > 0,
                 cause);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mentor_assignments a JOIN applications p "
                                  "ON p.id = a.application_id WHERE a.state = 'proposed' AND "
                                  "p.status <> 'enrolled'")),
             0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM mentor_assignments WHERE state = "
                                 "'proposed'")) > 0);
    // Every call falls in a confirmed assignment of its mentor.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM activities WHERE kind = 'mentor_call'")) >
            0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM activities v WHERE v.kind = 'mentor_call' AND NOT EXISTS "
                 "(SELECT 1 FROM mentor_assignments a WHERE a.application_id = v.application_id "
                 "AND a.mentor_id = v.mentor_id AND v.at >= a.started_at AND (a.ended_at IS "
                 "NULL OR v.at <= a.ended_at))")),
             0);
    // Read on the day the data is relative to, by the desk (a staff user would be a row more).
    const FixedClock today(QDateTime(Today, QTime(12, 0), Qt::UTC));
    const auto cadences =
        MentorCallService(m_db.connectionName(), Actor::desk(), today).mentorCadences();
    QVERIFY_OK(cadences);
    qint64 behind = 0;
    qint64 held = 0;
    qint64 due = 0;
    for (const MentorCadence &mentor : cadences.value()) {
        behind += mentor.behind() ? 1 : 0;
        held += mentor.weeksHeld;
        due += mentor.weeksDue;
    }
    QVERIFY(behind > 0 && behind < cadences->size());
    QVERIFY2(held * 10 > due * 9, qPrintable(QString("%1 of %2").arg(held).arg(due)));
}

void TestDemoDataGenerator::namesAndEmails()
{
    // Names in many scripts; emails plain ASCII, lower case and unique.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM applicants WHERE first_name || last_name "
                                 "GLOB '*[^ -~]*'")) > Applicants / 10);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applicants WHERE email GLOB "
                                  "'*[^a-z0-9.@-]*' OR email <> email_norm")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT email_norm) FROM applicants")),
             Applicants);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT time_zone) FROM applicants")) > 10);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT country) FROM applicants")) > 10);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM applicants WHERE last_name = "
                                 "'O''Brien'")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applicants WHERE phone <> '' AND "
                                  "phone_norm NOT GLOB '+[0-9]*'")),
             0);
}

void TestDemoDataGenerator::timestampsInTheStoredForm()
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName(), false));
    QVERIFY2(q.exec(QStringLiteral("SELECT min(applied_at), max(applied_at), min(qualified_at), "
                                   "max(offer_expires_at) FROM applications UNION ALL "
                                   "SELECT min(at), max(at), min(at), max(at) FROM "
                                   "status_events")),
             qPrintable(q.lastError().text()));
    while (q.next()) {
        for (int i = 0; i < 4; ++i) {
            const QString text = q.value(i).toString();
            QCOMPARE(Timestamp::format(Timestamp::parse(text)), text);
        }
    }
    QCOMPARE(Timestamp::formatDate(Timestamp::parseDate(
                 m_db.scalar(QStringLiteral("SELECT min(starts_on) FROM cohorts")).toString())),
             m_db.scalar(QStringLiteral("SELECT min(starts_on) FROM cohorts")).toString());
}

void TestDemoDataGenerator::checkFindsNothing()
{
    const FixedClock clock(QDateTime(Today, QTime(9, 0), Qt::UTC));
    const auto problems = DatabaseCheck(m_db.connectionName(), clock).run();
    QVERIFY_OK(problems);
    QStringList found;
    for (const DatabaseCheck::Problem &p : problems.value())
        found << p.check + QStringLiteral(": ") + p.detail;
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// Every application's cohort, owner and phone keys, second applications' too, as a join finds
// them.
void TestDemoDataGenerator::sortKeysWrittenWithTheRows()
{
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM applications WHERE cohort_name IS NOT "
                                 "NULL AND owner_username IS NOT NULL AND applicant_phone <> ''")) >
            0);
    QCOMPARE(m_db.staleSortKeys(), 0);
}

// The seed is one record (made-up people get no record each), and one more covers its whole
// status history.
void TestDemoDataGenerator::oneRecordInTheAuditTrail()
{
    QList<AuditRecord> records;
    QVERIFY_OK(AuditLog(m_db.connectionName()).read({}, [&records](const AuditRecord &r) {
        records << r;
        return true;
    }));
    QCOMPARE(records.size(), 2);
    const AuditRecord &covered = records.at(0);
    QCOMPARE(covered.action, QStringLiteral("status"));
    QCOMPARE(covered.firstEvent, 1);
    QCOMPARE(covered.lastEvent, count(QStringLiteral("SELECT max(id) FROM status_events")));
    QCOMPARE(covered.lastEvent, count(QStringLiteral("SELECT count(*) FROM status_events")));
    const AuditRecord &seed = records.at(1);
    QCOMPARE(seed.action, QStringLiteral("seed_demo"));
    QCOMPARE(seed.entity, QStringLiteral("database"));
    QCOMPARE(seed.actorName, m_db.actor(StaffRole::Administrator).username);
    const QString counts =
        QStringLiteral("demo data, seed 1, relative to 2026-03-16; tracks: 8, cohorts: %1, "
                       "staff users: %2, mentors: %3, applicants: 3000, applications: %4, status "
                       "events: %5, mentor assignments: %6, activities: %7")
            .arg(count(QStringLiteral("SELECT count(*) FROM cohorts")))
            .arg(count(QStringLiteral("SELECT count(*) FROM staff_users")) - 1) // the actor
            .arg(count(QStringLiteral("SELECT count(*) FROM mentors")))
            .arg(count(QStringLiteral("SELECT count(*) FROM applications")))
            .arg(covered.lastEvent)
            .arg(count(QStringLiteral("SELECT count(*) FROM mentor_assignments")))
            .arg(count(QStringLiteral("SELECT count(*) FROM activities")));
    QCOMPARE(seed.note, counts);
}

void TestDemoDataGenerator::sameSeedSameRows()
{
    TestDatabase same(QStringLiteral("demo-same"));
    TestDatabase other(QStringLiteral("demo-other"));
    QVERIFY2(same.isOpen(), qPrintable(same.openError()));
    QVERIFY2(other.isOpen(), qPrintable(other.openError()));
    const auto a = DemoDataGenerator(same.connectionName(), same.actor(StaffRole::Administrator))
                       .generate(options(1));
    QVERIFY_OK(a);
    const auto b = DemoDataGenerator(other.connectionName(), other.actor(StaffRole::Administrator))
                       .generate(options(2));
    QVERIFY_OK(b);

    const QByteArray first = digest(m_db.connectionName());
    QCOMPARE(first.size(), 64);
    QCOMPARE(digest(same.connectionName()), first);
    QVERIFY(digest(other.connectionName()) != first);
}

void TestDemoDataGenerator::refusesASecondSeed()
{
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM applications"));
    const auto again =
        DemoDataGenerator(m_db.connectionName(), m_db.actor(StaffRole::Administrator))
            .generate(options(7));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QLatin1String("already")),
             qPrintable(again.error().text()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM applications")), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tracks")), 8);
}

void TestDemoDataGenerator::refusesBadNumbers()
{
    TestDatabase empty(QStringLiteral("demo-empty"));
    QVERIFY2(empty.isOpen(), qPrintable(empty.openError()));
    DemoDataGenerator::Options o = options(1);
    for (qint64 n : {qint64(0), qint64(-5), DemoDataGenerator::MaxApplicants + 1}) {
        o.applicants = n;
        QVERIFY(!DemoDataGenerator(empty.connectionName(), empty.actor(StaffRole::Administrator))
                     .generate(o)
                     .ok());
    }
    QCOMPARE(empty.scalar(QStringLiteral("SELECT count(*) FROM cohorts")).toInt(), 0);
    // The smallest demo still works.
    o.applicants = 1;
    const auto one =
        DemoDataGenerator(empty.connectionName(), empty.actor(StaffRole::Administrator))
            .generate(o);
    QVERIFY_OK(one);
    QCOMPARE(empty.scalar(QStringLiteral("SELECT count(*) FROM applicants")).toInt(), 1);
}

// The desk following the cohorts' dates on the seed's day changes nothing: every cohort is in
// the state its dates and seats give it. A completed cohort keeps its final fill, the seats its
// students filled; no other cohort has one.
void TestDemoDataGenerator::cohortStatesFitTheirDates()
{
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM cohorts c WHERE final_fill IS NOT (CASE WHEN state = "
                 "'completed' THEN (SELECT count(*) FROM applications a WHERE a.cohort_id = c.id "
                 "AND a.status IN ('offered', 'accepted', 'enrolled', 'active', "
                 "'refund_requested', 'graduated', 'job_search', 'placed', 'not_seeking', "
                 "'dropped')) END)")),
             0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM cohorts WHERE final_fill > 0")) > 0);
    const FixedClock noon(QDateTime(Today, QTime(12, 0), Qt::UTC));
    const auto followed =
        CohortStateService(m_db.connectionName(), Actor::desk(), noon).followDates();
    QVERIFY_OK(followed);
    QVERIFY(followed->states.isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
