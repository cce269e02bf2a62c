#include "audit/auditverifier.h"
#include "deposits.h"
#include "mentoring.h"
#include "repositories/mentorrepository.h"
#include "services/cohortstateservice.h"
#include "services/desksettingsservice.h"
#include "services/mentorcallservice.h"
#include "services/mentorservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

using S = ApplicationStatus;

// What the desk promises about mentors, through the real services on a real file: enrolment
// proposes one, an officer confirms it, weekly slots cap a mentor's mentees, assignments end
// with the student, and the weekly 1:1 calls are logged on the bootcamp's calendar.
class TestMentorPromises : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    // Before the cohort starts on Monday 2 November 2026; tests move it on.
    FixedClock m_clock{QDateTime(QDate(2026, 10, 20), QTime(9, 0), Qt::UTC)};
    Actor m_officer;
    qint64 m_swe = 0;
    qint64 m_cohort = 0;
    int m_people = 0;

    QString conn() const { return m_db->connectionName(); }
    MentorService mentors(const Actor &actor) { return MentorService(conn(), actor, m_clock); }
    MentorService mentors() { return mentors(m_officer); }

    qint64 mentor(const QString &name, const QString &zone, int max, int slots)
    {
        auto id =
            addMentor(conn(), m_officer, m_clock, MentorPlan{name, zone, max, slots, {m_swe}});
        if (!id)
            QTest::qFail(qPrintable(id.error().text()), __FILE__, __LINE__);
        return id ? id.value() : 0;
    }

    qint64 student(S status = S::Enrolled, const QString &zone = "Europe/London")
    {
        StudentPlan plan;
        plan.status = status;
        plan.timeZone = zone;
        auto id = addStudent(conn(), m_officer, m_clock, ++m_people, plan);
        if (!id)
            QTest::qFail(qPrintable(id.error().text()), __FILE__, __LINE__);
        return id ? id.value() : 0;
    }

    std::optional<MentorAssignment> current(qint64 applicationId)
    {
        auto found = MentorRepository(conn()).currentAssignment(applicationId);
        if (!found)
            QTest::qFail(qPrintable(found.error().text()), __FILE__, __LINE__);
        return found ? found.value() : std::nullopt;
    }

    MentorLoad load(qint64 mentorId)
    {
        const auto loads = mentors().loads();
        if (!loads)
            QTest::qFail(qPrintable(loads.error().text()), __FILE__, __LINE__);
        for (const MentorLoad &l : loads ? loads.value() : QList<MentorLoad>()) {
            if (l.mentor.id == mentorId)
                return l;
        }
        return {};
    }

    int audited(const QString &action, qint64 applicationId)
    {
        return m_db
            ->scalar("SELECT count(*) FROM audit_events WHERE action = ? AND entity_id = ?",
                     {action, applicationId})
            .toInt();
    }

    void startCohort() { m_clock.set(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_swe = m_db->addTrack("SWE");
        m_cohort = m_db->addCohort(m_swe, "SWE-1", 50, QDate(2026, 11, 2));
        m_officer = Actor{m_db->addStaff("coordinator"), "coordinator"};
        m_clock.set(QDateTime(QDate(2026, 10, 20), QTime(9, 0), Qt::UTC));
        m_people = 0;
    }

    void cleanup() { m_db.reset(); }

    // Enrolment proposes the best suggestion: the nearest time zone.
    void enrolmentProposesTheBestSuggestion()
    {
        mentor("Tokyo", "Asia/Tokyo", 4, 4);
        const qint64 london = mentor("London", "Europe/London", 4, 4);
        const qint64 id = student();
        const auto proposed = current(id);
        QVERIFY(proposed);
        QCOMPARE(proposed->mentorId, london);
        QCOMPARE(proposed->state, MentorAssignment::State::Proposed);
        QVERIFY(!proposed->startedAt.isValid());
        QCOMPARE(audited("propose_mentor", id), 1);
        QCOMPARE(load(london).proposedMentees, 1);
        QCOMPARE(load(london).activeMentees, 0);
        // Before enrolment nothing is proposed.
        QVERIFY(!current(student(S::Accepted)));
    }

    // A mentor takes no more current mentees (proposed ones count) than the smaller of their
    // maximum and their weekly call slots.
    void weeklySlotsCapMentees_data()
    {
        QTest::addColumn<int>("maxMentees");
        QTest::addColumn<int>("weeklySlots");
        QTest::addColumn<int>("students");
        QTest::addColumn<int>("proposed");
        QTest::newRow("fewer slots than mentees") << 3 << 1 << 2 << 1;
        QTest::newRow("fewer mentees than slots") << 1 << 3 << 2 << 1;
        QTest::newRow("room for all") << 3 << 3 << 3 << 3;
        QTest::newRow("no slot at all") << 5 << 0 << 1 << 0;
    }

    void weeklySlotsCapMentees()
    {
        QFETCH(int, maxMentees);
        QFETCH(int, weeklySlots);
        QFETCH(int, students);
        QFETCH(int, proposed);
        const qint64 only = mentor("Grace", "Europe/London", maxMentees, weeklySlots);
        QList<qint64> ids;
        for (int i = 0; i < students; ++i)
            ids << student();
        int withMentor = 0;
        for (qint64 id : ids)
            withMentor += current(id) ? 1 : 0;
        QCOMPARE(withMentor, proposed);
        QCOMPARE(load(only).takenSlots(), proposed);
        if (proposed == students)
            return;
        // The one left without a mentor cannot be given this one either.
        QVERIFY(!current(ids.last()));
        auto suggestions = mentors().suggestions(ids.last());
        QVERIFY_OK(suggestions);
        QVERIFY(suggestions->isEmpty());
        const Status refused = mentors().assign(ids.last(), only);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message,
                 QString("Mentor %1 (Grace) has no free slot: %2 of %3 mentees (at most %4 "
                         "mentees, %5 weekly call slots).")
                     .arg(only)
                     .arg(proposed)
                     .arg(std::min(maxMentees, weeklySlots))
                     .arg(maxMentees)
                     .arg(weeklySlots));
    }

    // A bulk enrolment proposes for each student in its one transaction, slots taken as it goes.
    void bulkEnrolmentProposes()
    {
        const qint64 grace = mentor("Grace", "Europe/London", 2, 2);
        const QList<qint64> ids{student(S::Accepted), student(S::Accepted), student(S::Accepted)};
        for (qint64 id : ids)
            QVERIFY_OK(payDeposit(conn(), m_officer, id, m_clock));
        auto bulk = StatusService(conn(), m_officer, m_clock).changeStatuses(ids, S::Enrolled);
        QVERIFY_OK(bulk);
        QCOMPARE(bulk->changed.size(), 3);
        QCOMPARE(current(ids[0])->mentorId, grace);
        QCOMPARE(current(ids[1])->mentorId, grace);
        QVERIFY(!current(ids[2]));
    }

    void confirmMakesTheProposalActive()
    {
        const qint64 grace = mentor("Grace", "Europe/London", 2, 2);
        const qint64 id = student();
        const Actor reader = m_db->actor(StaffRole::ReadOnly);
        const Status notAllowed = mentors(reader).confirm(id);
        QVERIFY(!notAllowed.ok());
        QCOMPARE(current(id)->state, MentorAssignment::State::Proposed);

        m_clock.advanceSecs(3600);
        QVERIFY_OK(mentors().confirm(id));
        const auto confirmed = current(id);
        QCOMPARE(confirmed->state, MentorAssignment::State::Active);
        QCOMPARE(confirmed->startedAt, m_clock.now());
        QCOMPARE(m_db->scalar("SELECT confirmed_by_user_id FROM mentor_assignments WHERE id = ?",
                              {confirmed->id})
                     .toLongLong(),
                 m_officer.userId);
        QCOMPARE(audited("confirm_mentor", id), 1);
        QCOMPARE(load(grace).activeMentees, 1);
        QCOMPARE(load(grace).proposedMentees, 0);

        const Status again = mentors().confirm(id);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().message,
                 QString("Application %1 has no proposed mentor to confirm.").arg(id));
    }

    // Another mentor instead of the proposed one: the proposal ends, "reassigned".
    void assigningAnotherReplacesTheProposal()
    {
        const qint64 grace = mentor("Grace", "Europe/London", 2, 2);
        const qint64 alan = mentor("Alan", "Asia/Tokyo", 2, 2);
        const qint64 id = student();
        QCOMPARE(current(id)->mentorId, grace);
        QVERIFY_OK(mentors().assign(id, alan));
        QCOMPARE(current(id)->mentorId, alan);
        QCOMPARE(current(id)->state, MentorAssignment::State::Active);
        QCOMPARE(
            m_db->scalar("SELECT end_cause FROM mentor_assignments WHERE mentor_id = ?", {grace})
                .toString(),
            QString("reassigned"));
        QCOMPARE(load(grace).takenSlots(), 0);
    }

    // Leaving the program ends the current assignment, the new status its cause, in the move's
    // transaction; refund_requested does not (the student is still in the program).
    void assignmentEndsWithTheStudent_data()
    {
        QTest::addColumn<QList<S>>("moves");
        QTest::addColumn<QString>("cause");
        QTest::newRow("withdrawn") << QList<S>{S::Withdrawn} << "withdrawn";
        QTest::newRow("deferred") << QList<S>{S::Deferred} << "deferred";
        QTest::newRow("dropped") << QList<S>{S::Active, S::Dropped} << "dropped";
        QTest::newRow("refunded") << QList<S>{S::Active, S::RefundRequested, S::Refunded}
                                  << "refunded";
        QTest::newRow("graduated") << QList<S>{S::Active, S::Graduated} << "graduated";
        QTest::newRow("refund requested") << QList<S>{S::Active, S::RefundRequested} << "";
        QTest::newRow("active") << QList<S>{S::Active} << "";
    }

    void assignmentEndsWithTheStudent()
    {
        QFETCH(QList<S>, moves);
        QFETCH(QString, cause);
        const qint64 grace = mentor("Grace", "Europe/London", 2, 2);
        const qint64 id = student();
        QVERIFY_OK(mentors().confirm(id));
        startCohort();
        StatusService statuses(conn(), m_officer, m_clock);
        for (S to : moves) {
            if (to == S::Deferred) // a deferral names the later cohort it moves to
                QVERIFY_OK(statuses.defer(id, m_db->addCohort(m_swe, "SWE-2", 50, QDate(2027, 6, 1)),
                                          "the student's reason"));
            else
                QVERIFY_OK(statuses.changeStatus(id, to, "the student's reason"));
        }

        if (cause.isEmpty()) {
            QVERIFY(current(id));
            QCOMPARE(load(grace).activeMentees, 1);
            return;
        }
        QVERIFY(!current(id));
        QCOMPARE(load(grace).activeMentees, 0);
        const auto ended = MentorRepository(conn()).latestAssignment(id);
        QVERIFY_OK(ended);
        QCOMPARE(ended.value()->state, MentorAssignment::State::Ended);
        QCOMPARE(ended.value()->endCause, cause);
        QCOMPARE(ended.value()->endedAt, m_clock.now());
        QCOMPARE(m_db->scalar("SELECT note FROM audit_events WHERE action = 'end_mentor' AND "
                              "entity_id = ?",
                              {id})
                     .toString(),
                 cause);
        const auto report = AuditVerifier(conn()).verify({});
        QVERIFY_OK(report);
        QVERIFY(report.value().holds());
    }

    // The end of the program: a cohort completed ends the assignments of the students still
    // in it, and the mentor's slots are free again.
    void cohortCompletedEndsAssignments()
    {
        const qint64 grace = mentor("Grace", "Europe/London", 3, 3);
        const qint64 stays = student();
        const qint64 proposedOnly = student();
        QVERIFY_OK(mentors().confirm(stays));
        m_clock.set(QDateTime(QDate(2027, 5, 10), QTime(9, 0), Qt::UTC));
        QVERIFY_OK(CohortStateService(conn(), Actor::desk(), m_clock).followDates());
        QCOMPARE(m_db->scalar("SELECT state FROM cohorts WHERE id = ?", {m_cohort}).toString(),
                 QString("completed"));
        for (qint64 id : {stays, proposedOnly}) {
            QVERIFY(!current(id));
            QCOMPARE(MentorRepository(conn()).latestAssignment(id).value()->endCause,
                     QString("cohort completed"));
        }
        QCOMPARE(load(grace).takenSlots(), 0);
    }

    // Calls are dated by the bootcamp's calendar: Auckland's Monday is Los Angeles' Sunday.
    void callsAreLoggedOnTheBootcampsDays()
    {
        const qint64 grace = mentor("Grace", "Pacific/Auckland", 2, 2);
        const qint64 id = student();
        QVERIFY_OK(mentors().confirm(id));
        QVERIFY_OK(DeskSettingsService(conn(), m_db->actor(StaffRole::Administrator), m_clock)
                       .setTimeZone("Pacific/Auckland"));
        // Monday 7 December 20:00 UTC is Tuesday 8 December in Auckland.
        m_clock.set(QDateTime(QDate(2026, 12, 7), QTime(20, 0), Qt::UTC));
        MentorCallService calls(conn(), m_officer, m_clock);
        QVERIFY_OK(calls.logCall(id, QDate(2026, 11, 30), 0, "portfolio review"));
        QVERIFY_OK(calls.logCall(id));
        const auto logged = calls.calls(id);
        QVERIFY_OK(logged);
        QCOMPARE(logged->size(), 2);
        QCOMPARE(logged->at(0).on, QDate(2026, 12, 8));
        QCOMPARE(logged->at(1).on, QDate(2026, 11, 30));
        QCOMPARE(logged->at(1).at, QDateTime(QDate(2026, 11, 29), QTime(23, 0), Qt::UTC));
        QCOMPARE(logged->at(1).mentorId, grace);
        QCOMPARE(logged->at(1).note, QString("portfolio review"));
        QCOMPARE(logged->at(0).note, QString("1:1 call with %1 (Grace)").arg(grace));

        const auto future = calls.logCall(id, QDate(2026, 12, 9));
        QVERIFY(!future);
        QVERIFY2(future.error().message.contains("after today (2026-12-08)"),
                 qPrintable(future.error().message));
        const auto noSuchMentor = calls.logCall(id, {}, 999);
        QVERIFY(!noSuchMentor);
        QCOMPARE(noSuchMentor.error().message, QString("mentor: there is no mentor 999."));
        const auto reader =
            MentorCallService(conn(), m_db->actor(StaffRole::ReadOnly), m_clock).logCall(id);
        QVERIFY(!reader);
        const auto notStudent = calls.logCall(student(S::Accepted));
        QVERIFY(!notStudent);
        QVERIFY(notStudent.error().message.contains("Accepted"));
    }

    // The desk's evidence: the student whose last completed week had no call is behind, and
    // so is their mentor; calls held of promised over the last four weeks.
    void cadenceFlagsStudentsAndMentors()
    {
        const qint64 grace = mentor("Grace", "Europe/London", 3, 3);
        const qint64 keeps = student();
        const qint64 lapses = student();
        for (qint64 id : {keeps, lapses})
            QVERIFY_OK(mentors().confirm(id));
        startCohort();
        StatusService statuses(conn(), m_officer, m_clock);
        for (qint64 id : {keeps, lapses})
            QVERIFY_OK(statuses.changeStatus(id, S::Active));
        // Wednesday 9 December: the weeks of 2, 9, 16, 23 and 30 November are due.
        m_clock.set(QDateTime(QDate(2026, 12, 9), QTime(12, 0), Qt::UTC));
        MentorCallService calls(conn(), m_officer, m_clock);
        for (const QDate &day : {QDate(2026, 11, 3), QDate(2026, 11, 10), QDate(2026, 11, 17),
                                 QDate(2026, 11, 24), QDate(2026, 12, 1)})
            QVERIFY_OK(calls.logCall(keeps, day));
        for (const QDate &day : {QDate(2026, 11, 4), QDate(2026, 11, 18)})
            QVERIFY_OK(calls.logCall(lapses, day));

        const auto kept = calls.menteeCadence(keeps);
        QVERIFY_OK(kept);
        QCOMPARE(kept.value()->weeksDue, 5);
        QCOMPARE(kept.value()->weeksHeld, 5);
        QVERIFY(!kept.value()->behind);
        const auto lapsed = calls.menteeCadence(lapses);
        QVERIFY_OK(lapsed);
        QVERIFY(lapsed.value()->behind);
        QCOMPARE(lapsed.value()->describe(),
                 QString("behind: no call in the week of 2026-11-30; last call 2026-11-18"));

        const auto byMentor = calls.mentorCadences();
        QVERIFY_OK(byMentor);
        QCOMPARE(byMentor->size(), 1);
        QCOMPARE(byMentor->first().mentorId, grace);
        QCOMPARE(byMentor->first().weeksDue, 8);  // 4 weeks each
        QCOMPARE(byMentor->first().weeksHeld, 5); // 4 + the week of 16 November
        QVERIFY(byMentor->first().behind());
        QCOMPARE(byMentor->first().behindMentees.size(), 1);
        QCOMPARE(byMentor->first().behindMentees.first().applicationId, lapses);
        QCOMPARE(byMentor->first().behindMentees.first().studentName, QString("Student 2"));
    }
};

QTEST_GUILESS_MAIN(TestMentorPromises)
#include "tst_mentorpromises.moc"
