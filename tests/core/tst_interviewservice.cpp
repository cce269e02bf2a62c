#include "audit/auditverifier.h"
#include "domain/timestamp.h"
#include "services/applicantservice.h"
#include "services/applicationservice.h"
#include "services/interviewservice.h"
#include "services/privacyservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// Scores and interviews through core: what is refused, what is written, the status moves that
// follow, and the audit trail that records each of them.
class TestInterviewService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC)};
    qint64 m_swe = 0;
    Actor m_officer;
    qint64 m_interviewer = 0;

    QString conn() const { return m_db->connectionName(); }

    // The chain holds and covers every status event written.
    void verifyTrail()
    {
        const auto report = AuditVerifier(conn()).verify({});
        QVERIFY_OK(report);
        QVERIFY(report->holds());
    }

    qint64 application(const QString &status, int n)
    {
        ApplicationRow row(m_db->addApplicant("Grace", "Hopper", QString("g%1@example.org").arg(n)),
                           m_swe, status);
        // No status history: the fixture's events would not be covered by the audit trail.
        return m_db->addApplication(row);
    }

    QString status(qint64 applicationId)
    {
        return m_db->scalar("SELECT status FROM applications WHERE id = ?", {applicationId})
            .toString();
    }

    int auditCount(const QString &action, qint64 applicationId)
    {
        return m_db
            ->scalar("SELECT count(*) FROM audit_events WHERE action = ? AND entity = "
                     "'application' AND entity_id = ?",
                     {action, applicationId})
            .toInt();
    }

    InterviewService::Plan plan(int daysAhead = 3)
    {
        InterviewService::Plan p;
        p.startsAt = m_clock.now().addDays(daysAhead);
        p.durationMinutes = 30;
        p.interviewerId = m_interviewer;
        return p;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_swe = m_db->addTrack("SWE");
        m_officer = m_db->actor(StaffRole::Officer);
        m_interviewer = m_db->addStaff("linus");
        m_clock.set(QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC));
    }

    void cleanup() { m_db.reset(); }

    void setsAndClearsTheScoreWithAnAuditRecord()
    {
        const qint64 id = application("screening", 1);
        ApplicationService service(conn(), m_officer, m_clock);
        QVERIFY_OK(service.setScore(id, 87));
        QCOMPARE(m_db->scalar("SELECT score FROM applications WHERE id = ?", {id}).toInt(), 87);
        QCOMPARE(auditCount("update", id), 1);
        QCOMPARE(m_db->scalar("SELECT field FROM audit_events WHERE action = 'update' AND "
                              "entity_id = ?",
                              {id})
                     .toString(),
                 QString("score"));
        QCOMPARE(service.application(id)->value().score, std::optional<int>(87));

        QVERIFY(!service.setScore(id, 101));
        QVERIFY(!service.setScore(id, -1));
        QVERIFY(!service.setScore(4242, 50));
        QVERIFY_OK(service.setScore(id, 87)); // the same: nothing to record
        QCOMPARE(auditCount("update", id), 1);
        QVERIFY_OK(service.setScore(id, std::nullopt));
        QVERIFY(m_db->scalar("SELECT score FROM applications WHERE id = ?", {id}).isNull());
        QCOMPARE(auditCount("update", id), 2);
        verifyTrail();
    }

    void readOnlyStaffCannotScoreOrSchedule()
    {
        const qint64 id = application("screening", 1);
        const Actor reader = m_db->actor(StaffRole::ReadOnly);
        QVERIFY(!ApplicationService(conn(), reader, m_clock).setScore(id, 50));
        const auto scheduled = InterviewService(conn(), reader, m_clock).schedule(id, plan());
        QVERIFY(!scheduled);
        QVERIFY2(scheduled.error().text().contains("change an application's status"),
                 qPrintable(scheduled.error().text()));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM interviews").toInt(), 0);
        QVERIFY(m_db->scalar("SELECT score FROM applications WHERE id = ?", {id}).isNull());
    }

    void schedulingMovesTheApplicationOnInOneTransaction()
    {
        const qint64 id = application("screening", 1);
        InterviewService service(conn(), m_officer, m_clock);
        const auto scheduled = service.schedule(id, plan());
        QVERIFY_OK(scheduled);
        const Interview &i = scheduled->interview;
        QVERIFY(i.id > 0);
        QCOMPARE(i.applicationId, id);
        QCOMPARE(i.startsAt, m_clock.now().addDays(3));
        QCOMPARE(i.durationMinutes, 30);
        QCOMPARE(i.interviewerId, m_interviewer);
        QCOMPARE(i.interviewerUsername, QString("linus"));
        QCOMPARE(i.scheduledById, m_officer.userId);
        QCOMPARE(i.state, Interview::State::Scheduled);
        QCOMPARE(i.applicantName, QString("Grace Hopper"));
        // Stored as UTC text, like every time.
        QCOMPARE(m_db->scalar("SELECT starts_at FROM interviews WHERE id = ?", {i.id}).toString(),
                 QString("2027-02-04T09:00:00.000Z"));
        QCOMPARE(status(id), QString("interview_scheduled"));
        QCOMPARE(scheduled->events.size(), 1);
        QCOMPARE(auditCount("schedule_interview", id), 1);
        // The status event, covered by the trail in the same transaction.
        QCOMPARE(m_db->scalar("SELECT count(*) FROM status_events WHERE application_id = ? AND "
                              "to_status = 'interview_scheduled'",
                              {id})
                     .toInt(),
                 1);
        verifyTrail();

        // One scheduled interview at a time.
        QVERIFY(!service.schedule(id, plan(4)));
        const auto upcoming = service.upcoming();
        QVERIFY_OK(upcoming);
        QCOMPARE(upcoming->size(), 1);
        QCOMPARE(service.scheduledFor(id)->value().id, i.id);
    }

    void anAppliedApplicationGoesThroughScreening()
    {
        const qint64 id = application("applied", 1);
        const auto scheduled = InterviewService(conn(), m_officer, m_clock).schedule(id, plan());
        QVERIFY_OK(scheduled);
        QCOMPARE(scheduled->events.size(), 2);
        QCOMPARE(scheduled->events.at(0).to, ApplicationStatus::Screening);
        QCOMPARE(scheduled->events.at(1).to, ApplicationStatus::InterviewScheduled);
        QCOMPARE(status(id), QString("interview_scheduled"));
    }

    void refusesThePastAnInactiveInterviewerAndDecidedApplications()
    {
        const qint64 id = application("screening", 1);
        InterviewService service(conn(), m_officer, m_clock);
        InterviewService::Plan past = plan();
        past.startsAt = m_clock.now().addSecs(-60);
        auto refused = service.schedule(id, past);
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains("past"), qPrintable(refused.error().text()));

        InterviewService::Plan nobody = plan();
        nobody.interviewerId = 4242;
        QVERIFY(!service.schedule(id, nobody));

        const qint64 gone = m_db->addStaff("gone");
        m_db->scalar("UPDATE staff_users SET active = 0 WHERE id = ?", {gone});
        InterviewService::Plan inactive = plan();
        inactive.interviewerId = gone;
        refused = service.schedule(id, inactive);
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains("no longer active"),
                 qPrintable(refused.error().text()));

        InterviewService::Plan tooLong = plan();
        tooLong.durationMinutes = 600;
        QVERIFY(!service.schedule(id, tooLong));

        const qint64 offered = application("offered", 2);
        refused = service.schedule(offered, plan());
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains("offered"), qPrintable(refused.error().text()));
        QVERIFY(!service.schedule(4242, plan()));

        QCOMPARE(m_db->scalar("SELECT count(*) FROM interviews").toInt(), 0);
        QCOMPARE(status(id), QString("screening"));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE action LIKE "
                              "'%interview%'")
                     .toInt(),
                 0);
    }

    void reschedulesAndCancels()
    {
        const qint64 id = application("screening", 1);
        InterviewService service(conn(), m_officer, m_clock);
        const auto scheduled = service.schedule(id, plan());
        QVERIFY_OK(scheduled);
        const qint64 interviewId = scheduled->interview.id;

        const qint64 other = m_db->addStaff("margaret");
        InterviewService::Plan later = plan(5);
        later.interviewerId = other;
        later.durationMinutes = 60;
        const auto moved = service.reschedule(interviewId, later);
        QVERIFY_OK(moved);
        QCOMPARE(moved->startsAt, m_clock.now().addDays(5));
        QCOMPARE(moved->interviewerUsername, QString("margaret"));
        QCOMPARE(moved->durationMinutes, 60);
        QCOMPARE(auditCount("reschedule_interview", id), 1);
        InterviewService::Plan past = later;
        past.startsAt = m_clock.now().addDays(-1);
        QVERIFY(!service.reschedule(interviewId, past));

        QVERIFY_OK(service.cancel(interviewId, "They asked to move it"));
        QCOMPARE(
            m_db->scalar("SELECT state FROM interviews WHERE id = ?", {interviewId}).toString(),
            QString("cancelled"));
        QCOMPARE(auditCount("cancel_interview", id), 1);
        QVERIFY(!service.cancel(interviewId)); // once
        QVERIFY(!service.reschedule(interviewId, later));
        QVERIFY(service.scheduledFor(id)->value_or(Interview()).id == 0);
        QVERIFY(service.upcoming()->isEmpty());
        // The application keeps its status; another interview can be scheduled.
        QCOMPARE(status(id), QString("interview_scheduled"));
        QVERIFY_OK(service.schedule(id, plan(6)));
        verifyTrail();
    }

    void upcomingListsByTimeAndInterviewer()
    {
        const qint64 other = m_db->addStaff("margaret");
        InterviewService service(conn(), m_officer, m_clock);
        const qint64 a = application("screening", 1);
        const qint64 b = application("screening", 2);
        const qint64 c = application("screening", 3);
        QVERIFY_OK(service.schedule(a, plan(5)));
        InterviewService::Plan hers = plan(2);
        hers.interviewerId = other;
        QVERIFY_OK(service.schedule(b, hers));
        QVERIFY_OK(service.schedule(c, plan(1)));
        auto all = service.upcoming();
        QVERIFY_OK(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).applicationId, c);
        QCOMPARE(all->at(1).applicationId, b);
        QCOMPARE(all->at(2).applicationId, a);
        auto mine = service.upcoming(m_interviewer);
        QVERIFY_OK(mine);
        QCOMPARE(mine->size(), 2);
        // Once over, an interview is no longer upcoming.
        m_clock.advanceSecs(qint64(3) * 24 * 3600);
        all = InterviewService(conn(), m_officer, m_clock).upcoming();
        QVERIFY_OK(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->at(0).applicationId, a);
    }

    // A subject access request lists the person's interviews with their applications.
    void interviewsAreInTheSubjectAccessExport()
    {
        const qint64 id = application("screening", 1);
        QVERIFY_OK(InterviewService(conn(), m_officer, m_clock).schedule(id, plan()));
        const qint64 applicant =
            m_db->scalar("SELECT applicant_id FROM applications WHERE id = ?", {id}).toLongLong();
        const auto data = PrivacyService(conn(), m_db->actor(StaffRole::Administrator), m_clock)
                              .exportData(applicant);
        QVERIFY_OK(data);
        const QJsonArray interviews =
            data->object()["applications"].toArray().at(0).toObject()["interviews"].toArray();
        QCOMPARE(interviews.size(), 1);
        QCOMPARE(interviews.at(0).toObject()["interviewer_username"].toString(), QString("linus"));
        QCOMPARE(interviews.at(0).toObject()["state"].toString(), QString("scheduled"));
    }

    void anInterviewActivityHoldsTheScheduledInterview()
    {
        const qint64 id = application("screening", 1);
        const qint64 applicant =
            m_db->scalar("SELECT applicant_id FROM applications WHERE id = ?", {id}).toLongLong();
        const auto scheduled = InterviewService(conn(), m_officer, m_clock).schedule(id, plan(1));
        QVERIFY_OK(scheduled);
        m_clock.advanceSecs(qint64(2) * 24 * 3600);

        Activity interview;
        interview.applicantId = applicant;
        interview.applicationId = id;
        interview.kind = Activity::Kind::Interview;
        interview.summary = "Strong on algorithms";
        interview.rubricScore = 82;
        interview.at = m_clock.now().addDays(-1); // held yesterday
        ApplicantService people(conn(), m_officer, m_clock);
        const auto added = people.addActivity(interview);
        QVERIFY_OK(added);
        QCOMPARE(m_db->scalar("SELECT at FROM activities WHERE id = ?", {added.value()}).toString(),
                 Timestamp::format(m_clock.now().addDays(-1)));
        QCOMPARE(
            m_db->scalar("SELECT state FROM interviews WHERE id = ?", {scheduled->interview.id})
                .toString(),
            QString("held"));
        QCOMPARE(m_db->scalar("SELECT activity_id FROM interviews WHERE id = ?",
                              {scheduled->interview.id})
                     .toLongLong(),
                 added.value());
        QCOMPARE(status(id), QString("interviewed"));
        QCOMPARE(auditCount("hold_interview", id), 1);
        verifyTrail();

        // A date to come is refused.
        interview.at = m_clock.now().addDays(1);
        QVERIFY(!people.addActivity(interview));
    }
};

QTEST_GUILESS_MAIN(TestInterviewService)
#include "tst_interviewservice.moc"
