#include "audit/auditverifier.h"
#include "domain/cohorttimeline.h"
#include "repositories/applicationrepository.h"
#include "repositories/cohortrepository.h"
#include "repositories/statuseventrepository.h"
#include "services/catalogservice.h"
#include "services/cohortstateservice.h"
#include "services/desksettingsservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using S = ApplicationStatus;

// Cohorts over time on a real file: opening by hand and by date, open and full, the start that
// makes students active, the completion that stamps the final fill, the refusals, and the
// bootcamp's time zone deciding the day.
class TestCohortStateService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC)};
    qint64 m_track = 0;
    int m_people = 0;

    QString conn() const { return m_db->connectionName(); }
    static QDate start() { return QDate(2027, 3, 1); } // TestDatabase::addCohort's default

    // A cohort of the fixture's defaults (starts 2027-03-01, ends six months later) in `state`.
    qint64 cohortIn(const QString &state, int capacity, const QDate &opensOn = {})
    {
        const qint64 id = m_db->addCohort(m_track, QStringLiteral("SWE-%1").arg(state), capacity);
        m_db->scalar(
            "UPDATE cohorts SET state = ?, applications_open_on = ? WHERE id = ?",
            {state, opensOn.isValid() ? QVariant(opensOn.toString(Qt::ISODate)) : QVariant(), id});
        return id;
    }

    qint64 applicationIn(qint64 cohort, const QString &status)
    {
        ++m_people;
        ApplicationRow row(m_db->addApplicant("Ada", QString("Nr%1").arg(m_people),
                                              QString("ada%1@example.org").arg(m_people)),
                           m_track, status);
        row.cohortId = cohort;
        if (status != QLatin1String("applied"))
            row.qualifiedAt = QStringLiteral("2027-01-0%1T09:00:00.000Z").arg(m_people);
        return m_db->addApplication(row);
    }

    Cohort cohort(qint64 id)
    {
        const auto found = CohortRepository(conn()).find(id);
        return found && found.value() ? *found.value() : Cohort();
    }

    S statusOf(qint64 application)
    {
        const auto found = ApplicationRepository(conn()).find(application);
        return found && found.value() ? found.value()->status : S::Applied;
    }

    QStringList statesOf(const QList<CohortStateEvent> &events)
    {
        QStringList states;
        for (const CohortStateEvent &e : events)
            states << e.from + QLatin1String("->") + e.to;
        return states;
    }

    CohortStateService::Changes follow()
    {
        const auto followed = CohortStateService(conn(), Actor::desk(), m_clock).followDates();
        if (!followed)
            QTest::qFail(qPrintable(followed.error().text()), __FILE__, __LINE__);
        return followed ? followed.value() : CohortStateService::Changes();
    }

    void setTimeZone(const QString &zone)
    {
        QVERIFY_OK(DeskSettingsService(conn(), m_db->actor(StaffRole::Administrator), m_clock)
                       .setTimeZone(zone));
    }

    void verifyAudit()
    {
        const auto report = AuditVerifier(conn()).verify({});
        QVERIFY_OK(report);
        QVERIFY(report.value().holds());
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_track = m_db->addTrack("SWE", "Software Engineering");
        m_clock.set(QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC));
        m_people = 0;
        setTimeZone("UTC");
    }

    void cleanup() { m_db.reset(); }

    // The rule alone: where a cohort's dates and seats take it on a day.
    void nextStep_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QDate>("opensOn");
        QTest::addColumn<int>("taken");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("next"); // empty: stays
        const QDate opens(2027, 1, 10);
        const QDate ends = start().addMonths(6);
        QTest::newRow("draft without a day") << "draft" << QDate() << 0 << ends << "";
        QTest::newRow("draft before its day") << "draft" << opens << 0 << opens.addDays(-1) << "";
        QTest::newRow("draft on its day") << "draft" << opens << 0 << opens << "open";
        QTest::newRow("open, a seat free") << "open" << QDate() << 9 << opens << "";
        QTest::newRow("open, no seat free") << "open" << QDate() << 10 << opens << "full";
        QTest::newRow("full, still full") << "full" << QDate() << 10 << opens << "";
        QTest::newRow("full, a seat freed") << "full" << QDate() << 9 << opens << "open";
        QTest::newRow("open, the day before the start")
            << "open" << QDate() << 3 << start().addDays(-1) << "";
        QTest::newRow("open on the start date") << "open" << QDate() << 3 << start() << "started";
        QTest::newRow("full on the start date") << "full" << QDate() << 10 << start() << "started";
        QTest::newRow("started, the day before the end")
            << "started" << QDate() << 10 << ends.addDays(-1) << "";
        QTest::newRow("started on the end date")
            << "started" << QDate() << 10 << ends << "completed";
        QTest::newRow("completed stays") << "completed" << QDate() << 10 << ends.addYears(1) << "";
        QTest::newRow("cancelled stays") << "cancelled" << QDate() << 0 << ends.addYears(1) << "";
    }

    void nextStep()
    {
        QFETCH(QString, state);
        QFETCH(QDate, opensOn);
        QFETCH(int, taken);
        QFETCH(QDate, today);
        QFETCH(QString, next);
        CohortSeats seats;
        seats.cohort.state = state;
        seats.cohort.applicationsOpenOn = opensOn;
        seats.cohort.startsOn = start();
        seats.cohort.endsOn = start().addMonths(6);
        seats.cohort.capacity = 10;
        seats.seatsTaken = taken;
        const auto step = CohortTimeline::nextStep(seats, today);
        QCOMPARE(step ? step->to : QString(), next);
    }

    // The day of an instant is the bootcamp's, whatever the computer's zone.
    void deskCalendarDecidesTheDay_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QDate>("day");
        const QDateTime lateEvening(QDate(2027, 3, 1), QTime(23, 30), Qt::UTC);
        QTest::newRow("UTC") << "UTC" << lateEvening << QDate(2027, 3, 1);
        QTest::newRow("Tokyo is already on the next day")
            << "Asia/Tokyo" << lateEvening << QDate(2027, 3, 2);
        QTest::newRow("Los Angeles is still on the day before")
            << "America/Los_Angeles" << QDateTime(QDate(2027, 3, 2), QTime(5, 0), Qt::UTC)
            << QDate(2027, 3, 1);
    }

    void deskCalendarDecidesTheDay()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, at);
        QFETCH(QDate, day);
        setTimeZone(zone);
        m_clock.set(at);
        const auto calendar = DeskSettingsService(conn(), Actor::desk(), m_clock).calendar();
        QVERIFY_OK(calendar);
        QCOMPARE(calendar.value().timeZone().id(), zone.toUtf8());
        QCOMPARE(calendar.value().today(), day);
        QCOMPARE(calendar.value().dayOf(at), day);
    }

    // 23:30 UTC on the day before the start: started in Tokyo, not yet in UTC.
    void timeZoneDecidesTheStartDay_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("state");
        QTest::newRow("UTC") << "UTC"
                             << "open";
        QTest::newRow("Asia/Tokyo") << "Asia/Tokyo"
                                    << "started";
    }

    void timeZoneDecidesTheStartDay()
    {
        QFETCH(QString, zone);
        QFETCH(QString, state);
        const qint64 id = cohortIn("open", 10);
        setTimeZone(zone);
        m_clock.set(QDateTime(start().addDays(-1), QTime(23, 30), Qt::UTC));
        follow();
        QCOMPARE(cohort(id).state, state);
    }

    void aNewFileKeepsAZone()
    {
        TestDatabase fresh(QStringLiteral("fresh"));
        const auto zone = DeskSettingsService(fresh.connectionName(), Actor::desk()).timeZone();
        QVERIFY_OK(zone);
        QVERIFY(zone.value().isValid());
        QVERIFY(!fresh.scalar("SELECT value FROM desk_settings WHERE key = 'time_zone'")
                     .toString()
                     .isEmpty());
    }

    void onlyAnAdministratorSetsTheTimeZone()
    {
        const Status refused = DeskSettingsService(conn(), m_db->actor(StaffRole::Officer), m_clock)
                                   .setTimeZone("Asia/Tokyo");
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains("time zone"), qPrintable(refused.error().text()));

        const Status unknown =
            DeskSettingsService(conn(), m_db->actor(StaffRole::Administrator), m_clock)
                .setTimeZone("Mars/Olympus_Mons");
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().text().contains("Mars/Olympus_Mons"),
                 qPrintable(unknown.error().text()));

        setTimeZone("Asia/Tokyo");
        QCOMPARE(m_db->scalar("SELECT old_value || ' -> ' || new_value FROM audit_events WHERE "
                              "entity = 'settings' AND field = 'time_zone' ORDER BY id DESC")
                     .toString(),
                 QString("UTC -> Asia/Tokyo"));
        verifyAudit();
    }

    void opensByHand()
    {
        const qint64 id = cohortIn("draft", 1);
        const qint64 waiting = applicationIn(id, "waitlisted");
        const Actor officer = m_db->actor(StaffRole::Officer);

        const auto readOnly = CohortStateService(conn(), m_db->actor(StaffRole::ReadOnly), m_clock)
                                  .openForApplications(id);
        QVERIFY(!readOnly);
        QCOMPARE(cohort(id).state, QString("draft"));

        const auto opened = CohortStateService(conn(), officer, m_clock).openForApplications(id);
        QVERIFY_OK(opened);
        // Its one seat goes to the waitlist at once, which makes it full, as the desk.
        QCOMPARE(statusOf(waiting), S::Offered);
        QCOMPARE(opened->statuses.size(), 1);
        QCOMPARE(cohort(id).state, QString("full"));
        QCOMPARE(statesOf(opened->states), (QStringList{"draft->open", "open->full"}));
        QCOMPARE(opened->states.first().byUserId, officer.userId);
        QCOMPARE(opened->states.first().cause, QString("opened by hand"));
        QCOMPARE(opened->states.last().byUserId, 0);

        const auto again = CohortStateService(conn(), officer, m_clock).openForApplications(id);
        QVERIFY(!again);
        QVERIFY2(again.error().text().contains("SWE-draft"), qPrintable(again.error().text()));

        const auto history = CohortStateService(conn(), officer, m_clock).history(id);
        QVERIFY_OK(history);
        QCOMPARE(history.value().first().byUsername, officer.username);
        verifyAudit();
    }

    void opensOnItsDay_data()
    {
        QTest::addColumn<int>("daysAfterOpening");
        QTest::addColumn<QString>("state");
        QTest::newRow("the day before") << -1 << "draft";
        QTest::newRow("on the day") << 0 << "open";
        QTest::newRow("a week later") << 7 << "open";
    }

    void opensOnItsDay()
    {
        QFETCH(int, daysAfterOpening);
        QFETCH(QString, state);
        const QDate opens(2027, 2, 10);
        const qint64 id = cohortIn("draft", 5, opens);
        m_clock.set(QDateTime(opens.addDays(daysAfterOpening), QTime(0, 5), Qt::UTC));
        const auto changes = follow();
        QCOMPARE(cohort(id).state, state);
        if (state == QLatin1String("open")) {
            QCOMPARE(changes.states.first().byUserId, 0);
            QCOMPARE(changes.states.first().cause, QString("applications open on 2027-02-10"));
        }
    }

    void fullWhileNoSeatIsFreeAndOpenAgain()
    {
        const qint64 id = cohortIn("open", 1);
        const qint64 offered = applicationIn(id, "offered");
        QCOMPARE(statesOf(follow().states), QStringList{"open->full"});
        QCOMPARE(cohort(id).state, QString("full"));
        QVERIFY(follow().states.isEmpty()); // nothing changed, nothing written

        QVERIFY_OK(StatusService(conn(), m_db->actor(), m_clock)
                       .changeStatus(offered, S::Declined, "Took another offer"));
        QCOMPARE(statesOf(follow().states), QStringList{"full->open"});
        QCOMPARE(cohort(id).state, QString("open"));
        verifyAudit();
    }

    void theStartMakesEveryEnrolledStudentActive()
    {
        const qint64 id = cohortIn("open", 5);
        const qint64 first = applicationIn(id, "enrolled");
        const qint64 second = applicationIn(id, "enrolled");
        const qint64 offered = applicationIn(id, "offered");
        m_clock.set(QDateTime(start(), QTime(8, 0), Qt::UTC));

        const auto changes = follow();
        QCOMPARE(statesOf(changes.states), QStringList{"open->started"});
        QCOMPARE(changes.states.first().cause, QString("start date 2027-03-01"));
        QCOMPARE(statusOf(first), S::Active);
        QCOMPARE(statusOf(second), S::Active);
        QCOMPARE(statusOf(offered), S::Offered);
        QCOMPARE(changes.statuses.size(), 2);
        for (qint64 student : {first, second}) {
            const auto history = StatusEventRepository(conn()).history(student);
            QVERIFY_OK(history);
            const StatusEvent &event = history.value().last();
            QCOMPARE(event.to, S::Active);
            QCOMPARE(event.cause, QString("cohort started"));
            QCOMPARE(event.byUserId, 0);
        }
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE entity = 'cohort' AND "
                              "field = 'state' AND new_value = 'started' AND actor_id IS NULL")
                     .toInt(),
                 1);
        verifyAudit();
    }

    void theEndCompletesItWithItsFinalFill()
    {
        const qint64 id = cohortIn("started", 5);
        applicationIn(id, "active");
        applicationIn(id, "active");
        applicationIn(id, "dropped");
        applicationIn(id, "refunded");
        m_clock.set(QDateTime(start().addMonths(6), QTime(12, 0), Qt::UTC));
        QCOMPARE(statesOf(follow().states), QStringList{"started->completed"});
        const Cohort completed = cohort(id);
        QCOMPARE(completed.state, QString("completed"));
        QCOMPARE(completed.finalFill, std::optional<int>(3));
        QCOMPARE(m_db->scalar("SELECT new_value FROM audit_events WHERE field = 'final_fill'")
                     .toString(),
                 QString("3"));

        // The stamp stays what reports show, whatever happens to the applications afterwards.
        m_db->scalar("UPDATE applications SET cohort_id = NULL WHERE cohort_id = ?", {id});
        const auto seats = CohortRepository(conn()).seatsOf(id);
        QVERIFY_OK(seats);
        QCOMPARE(seats.value()->seatsCounted(), 3);
        verifyAudit();
    }

    // A desk closed for months takes a cohort through every state, each step recorded.
    void aLongClosedDeskTakesEveryStep()
    {
        const qint64 id = cohortIn("draft", 5, QDate(2027, 2, 10));
        const qint64 student = applicationIn(id, "enrolled");
        m_clock.set(QDateTime(start().addYears(1), QTime(12, 0), Qt::UTC));
        QCOMPARE(statesOf(follow().states),
                 (QStringList{"draft->open", "open->started", "started->completed"}));
        QCOMPARE(statusOf(student), S::Active);
        const auto history = CohortStateService(conn(), Actor::desk(), m_clock).history(id);
        QVERIFY_OK(history);
        QCOMPARE(statesOf(history.value()),
                 (QStringList{"draft->open", "open->started", "started->completed"}));
        verifyAudit();
    }

    void nothingIsActiveBeforeItsCohortStarts_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("the day before")
            << QDateTime(start().addDays(-1), QTime(12, 0), Qt::UTC) << "UTC" << false;
        QTest::newRow("on the start date")
            << QDateTime(start(), QTime(0, 1), Qt::UTC) << "UTC" << true;
        QTest::newRow("already the start date in Tokyo")
            << QDateTime(start().addDays(-1), QTime(23, 30), Qt::UTC) << "Asia/Tokyo" << true;
    }

    void nothingIsActiveBeforeItsCohortStarts()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, zone);
        QFETCH(bool, allowed);
        const qint64 id = cohortIn("open", 5);
        const qint64 student = applicationIn(id, "enrolled");
        setTimeZone(zone);
        m_clock.set(at);
        const auto moved =
            StatusService(conn(), m_db->actor(), m_clock).changeStatus(student, S::Active);
        QCOMPARE(moved.ok(), allowed);
        QCOMPARE(statusOf(student), allowed ? S::Active : S::Enrolled);
        if (!allowed)
            QCOMPARE(moved.error().text(),
                     QString("Cohort SWE-open starts on 2027-03-01: application %1 cannot be "
                             "active before then.")
                         .arg(student));
    }

    void capacityCannotGoBelowTheSeatsTaken_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("below") << 1 << false;
        QTest::newRow("exactly the seats taken") << 2 << true;
        QTest::newRow("above") << 3 << true;
    }

    void capacityCannotGoBelowTheSeatsTaken()
    {
        QFETCH(int, capacity);
        QFETCH(bool, allowed);
        const qint64 id = cohortIn("open", 5);
        applicationIn(id, "offered");
        applicationIn(id, "enrolled");
        Cohort edited = cohort(id);
        edited.capacity = capacity;
        const auto saved = CatalogService(conn(), m_db->actor(), m_clock).updateCohort(edited);
        QCOMPARE(saved.ok(), allowed);
        QCOMPARE(cohort(id).capacity, allowed ? capacity : 5);
        if (!allowed)
            QCOMPARE(saved.error().text(),
                     QString("capacity: cohort SWE-open cannot have fewer seats than are taken "
                             "(taken: 2, asked for: 1)."));
    }

    // An edit of the state by hand, and a new cohort's first state, are in its history too.
    void editsOfTheStateAreInTheHistory()
    {
        Cohort c;
        c.trackId = m_track;
        c.name = "DATA-1";
        c.startsOn = start();
        c.endsOn = start().addMonths(3);
        c.capacity = 10;
        c.state = "draft";
        const Actor officer = m_db->actor();
        CatalogService catalog(conn(), officer, m_clock);
        const auto id = catalog.addCohort(c);
        QVERIFY_OK(id);
        c.id = id.value();
        c.state = "cancelled";
        QVERIFY_OK(catalog.updateCohort(c));
        const auto history = CohortStateService(conn(), officer, m_clock).history(c.id);
        QVERIFY_OK(history);
        QCOMPARE(statesOf(history.value()), (QStringList{"->draft", "draft->cancelled"}));
        QCOMPARE(history.value().last().byUserId, officer.userId);
    }

    void theHistoryIsAppendOnly()
    {
        const qint64 id = cohortIn("draft", 1);
        QVERIFY_OK(CohortStateService(conn(), m_db->actor(), m_clock).openForApplications(id));
        QSqlQuery query(QSqlDatabase::database(conn()));
        QVERIFY(!query.exec("UPDATE cohort_state_events SET cause = 'rewritten'"));
        QVERIFY(!query.exec("DELETE FROM cohort_state_events"));
    }
};

QTEST_GUILESS_MAIN(TestCohortStateService)
#include "tst_cohortstateservice.moc"
