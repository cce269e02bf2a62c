#include "audit/auditverifier.h"
#include "deposits.h"
#include "repositories/applicationrepository.h"
#include "repositories/statuseventrepository.h"
#include "services/applicantservice.h"
#include "services/seatledger.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

using S = ApplicationStatus;

class TestStatusService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC)};
    Actor m_officer;
    qint64 m_track = 0;
    int m_applicants = 0;

    QString conn() const { return m_db->connectionName(); }

    qint64 apply(const QString &cohort)
    {
        ApplicantService service(conn(), m_officer, m_clock);
        ApplicantService::NewApplication input;
        ++m_applicants;
        input.applicant.firstName = "Ada";
        input.applicant.lastName = QString("Nr%1").arg(m_applicants);
        input.applicant.email = QString("ada%1@example.org").arg(m_applicants);
        input.trackCode = "SWE";
        input.cohortName = cohort;
        auto registered = service.registerApplication(input);
        if (!registered) {
            QTest::qFail(qPrintable(registered.error().text()), __FILE__, __LINE__);
            return 0;
        }
        m_clock.advanceSecs(60);
        return registered.value().applicationId;
    }

    // Moves an application along the given statuses, failing the test on any refusal. The
    // deposit is paid on the way to enrolled, as enrolling asks.
    bool walk(qint64 id, const QList<S> &path, const QString &reason = {})
    {
        StatusService service(conn(), m_officer, m_clock);
        for (S to : path) {
            if (to == S::Enrolled) {
                if (Status paid = payDeposit(conn(), m_officer, id, m_clock); !paid) {
                    QTest::qFail(qPrintable(paid.error().text()), __FILE__, __LINE__);
                    return false;
                }
            }
            auto done = service.changeStatus(id, to, reason);
            if (!done) {
                QTest::qFail(qPrintable(done.error().text()), __FILE__, __LINE__);
                return false;
            }
            m_clock.advanceSecs(60);
        }
        return true;
    }

    bool interview(qint64 id)
    {
        return walk(id, {S::Screening, S::InterviewScheduled, S::Interviewed});
    }

    Application load(qint64 id)
    {
        auto found = ApplicationRepository(conn()).find(id);
        if (!found || !found.value()) {
            QTest::qFail("application not found", __FILE__, __LINE__);
            return {};
        }
        return *found.value();
    }

    S statusOf(qint64 id) { return load(id).status; }

    int eventCount() { return m_db->scalar("SELECT count(*) FROM status_events").toInt(); }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_track = m_db->addTrack("SWE");
        m_officer = Actor{m_db->addStaff("officer"), "officer"};
    }

    void cleanup() { m_db.reset(); }

    void legalMoveWritesAnEvent()
    {
        m_db->addCohort(m_track, "SWE-1", 10);
        const qint64 id = apply("SWE-1");
        auto events = StatusService(conn(), m_officer, m_clock).changeStatus(id, S::Screening);
        QVERIFY_OK(events);
        QCOMPARE(events.value().size(), 1);
        QCOMPARE(statusOf(id), S::Screening);
        QCOMPARE(load(id).statusChangedAt, m_clock.now());

        auto history = StatusEventRepository(conn()).history(id);
        QVERIFY(history);
        QCOMPARE(history.value().size(), 2);
        QVERIFY(!history.value()[0].from.has_value());
        QCOMPARE(history.value()[0].to, S::Applied);
        QCOMPARE(history.value()[1].from, std::optional<S>(S::Applied));
        QCOMPARE(history.value()[1].to, S::Screening);
        QCOMPARE(history.value()[1].byUserId, m_officer.userId);
        QCOMPARE(history.value()[1].byUsername, QString("officer"));
        QCOMPARE(history.value()[1].at, m_clock.now());
    }

    void illegalMoveIsRefusedAndWritesNothing()
    {
        m_db->addCohort(m_track, "SWE-1", 10);
        const qint64 id = apply("SWE-1");
        const int before = eventCount();
        auto events = StatusService(conn(), m_officer, m_clock).changeStatus(id, S::Enrolled);
        QVERIFY(!events);
        QVERIFY2(events.error().message.contains("Applied") &&
                     events.error().message.contains("Enrolled"),
                 qPrintable(events.error().message));
        QCOMPARE(statusOf(id), S::Applied);
        QCOMPARE(eventCount(), before);
    }

    void unknownApplicationIsRefused()
    {
        auto events = StatusService(conn(), m_officer, m_clock).changeStatus(4242, S::Screening);
        QVERIFY(!events);
        QVERIFY(events.error().message.contains("4242"));
    }

    void exitStatusNeedsAReason()
    {
        m_db->addCohort(m_track, "SWE-1", 10);
        const qint64 id = apply("SWE-1");
        StatusService service(conn(), m_officer, m_clock);
        auto refused = service.changeStatus(id, S::Withdrawn, "   ");
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains("reason"));
        QCOMPARE(statusOf(id), S::Applied);
        auto done = service.changeStatus(id, S::Withdrawn, "Took another offer");
        QVERIFY_OK(done);
        QCOMPARE(load(id).decisionReason, QString("Took another offer"));
        QCOMPARE(done.value().first().reason, QString("Took another offer"));
    }

    void qualifiedTakesAFreeSeatAtOnce()
    {
        QVERIFY(m_db->scalar("UPDATE desk_settings SET value = 'UTC' WHERE key = 'time_zone'")
                    .isNull());
        m_db->addCohort(m_track, "SWE-1", 1, QDate(2027, 3, 1), 5);
        const qint64 id = apply("SWE-1");
        QVERIFY(interview(id));
        auto events = StatusService(conn(), m_officer, m_clock).changeStatus(id, S::Qualified);
        QVERIFY_OK(events);
        QCOMPARE(events.value().size(), 2);
        QCOMPARE(events.value()[0].to, S::Qualified);
        QCOMPARE(events.value()[0].byUserId, m_officer.userId);
        QCOMPARE(events.value()[1].to, S::Offered);
        QCOMPARE(events.value()[1].byUserId, 0);
        QVERIFY(!events.value()[1].cause.isEmpty());
        const Application a = load(id);
        QCOMPARE(a.status, S::Offered);
        QCOMPARE(a.qualifiedAt, m_clock.now());
        // Held five days after the day of the offer (1 February), to the end of that day.
        QCOMPARE(a.offerExpiresAt, QDateTime(QDate(2027, 2, 7), QTime(0, 0), Qt::UTC));
    }

    void qualifiedWithoutAFreeSeatIsWaitlisted()
    {
        m_db->addCohort(m_track, "SWE-1", 1);
        const qint64 first = apply("SWE-1");
        const qint64 second = apply("SWE-1");
        QVERIFY(interview(first) && interview(second));
        QVERIFY(walk(first, {S::Qualified}));
        QVERIFY(walk(second, {S::Qualified}));
        QCOMPARE(statusOf(first), S::Offered);
        QCOMPARE(statusOf(second), S::Waitlisted);
        QVERIFY(!load(second).offerExpiresAt.isValid());
    }

    void qualifiedWithoutACohortStaysQualified()
    {
        const qint64 id = apply(QString());
        QVERIFY(interview(id));
        QVERIFY(walk(id, {S::Qualified}));
        QCOMPARE(statusOf(id), S::Qualified);
        auto offer = StatusService(conn(), m_officer, m_clock).changeStatus(id, S::Offered);
        QVERIFY(!offer);
        QVERIFY(offer.error().message.contains("no cohort"));
    }

    void freedSeatGoesToFirstComeFirstServed_data()
    {
        QTest::addColumn<S>("release");
        QTest::addColumn<QString>("reason");
        QTest::newRow("declined") << S::Declined << "Chose another school";
        QTest::newRow("withdrawn") << S::Withdrawn << "Moved abroad";
    }

    void freedSeatGoesToFirstComeFirstServed()
    {
        QFETCH(S, release);
        QFETCH(QString, reason);
        m_db->addCohort(m_track, "SWE-1", 1);
        const qint64 holder = apply("SWE-1");
        const qint64 a = apply("SWE-1"); // applied first,  qualified last
        const qint64 b = apply("SWE-1"); // applied second, qualified first
        const qint64 c = apply("SWE-1"); // applied third,  qualified second
        for (qint64 id : {holder, a, b, c})
            QVERIFY(interview(id));
        QVERIFY(walk(holder, {S::Qualified}));
        QVERIFY(walk(b, {S::Qualified}));
        QVERIFY(walk(c, {S::Qualified}));
        QVERIFY(walk(a, {S::Qualified}));
        for (qint64 id : {a, b, c})
            QCOMPARE(statusOf(id), S::Waitlisted);

        auto events =
            StatusService(conn(), m_officer, m_clock).changeStatus(holder, release, reason);
        QVERIFY_OK(events);
        QCOMPARE(events.value().size(), 2);
        QCOMPARE(events.value()[1].applicationId, b);
        QCOMPARE(events.value()[1].to, S::Offered);
        QCOMPARE(events.value()[1].cause, QString("seat released by application %1").arg(holder));
        QCOMPARE(statusOf(b), S::Offered);
        QCOMPARE(statusOf(a), S::Waitlisted);
        QCOMPARE(statusOf(c), S::Waitlisted);
    }

    void waitlistTiesBreakOnAppliedAtThenId()
    {
        const qint64 cohort = m_db->addCohort(m_track, "SWE-1", 1);
        const qint64 holder = apply("SWE-1");
        const qint64 x = apply("SWE-1");
        const qint64 y = apply("SWE-1");
        const qint64 z = apply("SWE-1");
        QVERIFY(interview(holder));
        QVERIFY(walk(holder, {S::Qualified}));
        // Same qualified_at for all three; y applied earliest; x and z share applied_at.
        m_db->scalar("UPDATE applications SET status = 'waitlisted', "
                     "qualified_at = '2027-01-10T10:00:00.000Z', applied_at = ? WHERE id = ?",
                     {"2027-01-05T10:00:00.000Z", x});
        m_db->scalar("UPDATE applications SET status = 'waitlisted', "
                     "qualified_at = '2027-01-10T10:00:00.000Z', applied_at = ? WHERE id = ?",
                     {"2027-01-01T10:00:00.000Z", y});
        m_db->scalar("UPDATE applications SET status = 'waitlisted', "
                     "qualified_at = '2027-01-10T10:00:00.000Z', applied_at = ? WHERE id = ?",
                     {"2027-01-05T10:00:00.000Z", z});
        QVERIFY(m_db->scalar("SELECT count(*) FROM applications WHERE cohort_id = ?", {cohort})
                    .toInt() == 4);

        QVERIFY(walk(holder, {S::Declined}, "No"));
        QCOMPARE(statusOf(y), S::Offered);
        QVERIFY(walk(y, {S::Declined}, "No"));
        QCOMPARE(statusOf(x), S::Offered); // same applied_at as z, lower id
        QCOMPARE(statusOf(z), S::Waitlisted);
    }

    void manualOfferRespectsTheQueue()
    {
        m_db->addCohort(m_track, "SWE-1", 1);
        const qint64 holder = apply("SWE-1");
        const qint64 first = apply("SWE-1");
        const qint64 second = apply("SWE-1");
        for (qint64 id : {holder, first, second})
            QVERIFY(interview(id));
        QVERIFY(walk(holder, {S::Qualified}));
        QVERIFY(walk(first, {S::Qualified}));
        QVERIFY(walk(second, {S::Qualified}));
        StatusService service(conn(), m_officer, m_clock);
        auto full = service.changeStatus(second, S::Offered);
        QVERIFY(!full);
        // Said with the cohort's name, as people know it, not its internal id.
        QVERIFY2(full.error().message.startsWith("Cohort SWE-1 has no free seat"),
                 qPrintable(full.error().message));

        // A seat added by raising the capacity: still first come, first served.
        m_db->scalar("UPDATE cohorts SET capacity = 2");
        auto jump = service.changeStatus(second, S::Offered);
        QVERIFY(!jump);
        QVERIFY2(jump.error().message.contains(QString::number(first)),
                 qPrintable(jump.error().message));
        QVERIFY2(jump.error().message.contains("cohort SWE-1's next seat"),
                 qPrintable(jump.error().message));
        QVERIFY(walk(first, {S::Offered}));
        QCOMPARE(statusOf(second), S::Waitlisted);
    }

    void deferralFreesTheSeatAndKeepsQualifiedAt()
    {
        m_db->addCohort(m_track, "SWE-1", 1);
        const qint64 later = m_db->addCohort(m_track, "SWE-2", 1, QDate(2027, 9, 1));
        const qint64 student = apply("SWE-1");
        const qint64 next = apply("SWE-1");
        QVERIFY(interview(student) && interview(next));
        QVERIFY(walk(student, {S::Qualified}));
        const QDateTime qualifiedAt = load(student).qualifiedAt;
        QVERIFY(walk(next, {S::Qualified}));
        QVERIFY(walk(student, {S::Accepted, S::Enrolled}));
        // Deferred to the later cohort, open already: the seat goes to the next in line, and the
        // student comes back at once as qualified there, with the same qualified_at, and takes
        // its free seat.
        QVERIFY_OK(StatusService(conn(), m_officer, m_clock).defer(student, later, "family"));
        QCOMPARE(statusOf(next), S::Offered);
        QCOMPARE(load(student).cohortId, later);
        QCOMPARE(load(student).qualifiedAt, qualifiedAt);
        QCOMPARE(statusOf(student), S::Offered);
    }

    void refundInsideTheWindowReoffersTheSeat_data()
    {
        QTest::addColumn<int>("daysAfterStart");
        QTest::addColumn<bool>("reoffered");
        QTest::newRow("day 3") << 3 << true;
        QTest::newRow("day 14") << 14 << true;
        QTest::newRow("day 15") << 15 << false;
    }

    void refundInsideTheWindowReoffersTheSeat()
    {
        QFETCH(int, daysAfterStart);
        QFETCH(bool, reoffered);
        const QDate start(2027, 3, 1);
        const qint64 cohort = m_db->addCohort(m_track, "SWE-1", 1, start);
        const qint64 student = apply("SWE-1");
        const qint64 waiting = apply("SWE-1");
        QVERIFY(interview(student) && interview(waiting));
        QVERIFY(walk(student, {S::Qualified}));
        QVERIFY(walk(waiting, {S::Qualified}));
        QVERIFY(walk(student, {S::Accepted, S::Enrolled}));
        m_db->scalar("UPDATE cohorts SET state = 'started' WHERE id = ?", {cohort});
        m_clock.set(QDateTime(start.addDays(daysAfterStart), QTime(12, 0), Qt::UTC));
        QVERIFY(walk(student, {S::Active, S::RefundRequested}));
        QCOMPARE(statusOf(waiting), S::Waitlisted); // a refund request still holds the seat
        QVERIFY(walk(student, {S::Refunded}, "Changed career plans"));
        QCOMPARE(statusOf(waiting), reoffered ? S::Offered : S::Waitlisted);
    }

    void expiredOffersReleaseTheirSeats()
    {
        m_db->addCohort(m_track, "SWE-1", 1, QDate(2027, 3, 1), 3);
        const qint64 offered = apply("SWE-1");
        const qint64 waiting = apply("SWE-1");
        QVERIFY(interview(offered) && interview(waiting));
        QVERIFY(walk(offered, {S::Qualified}));
        QVERIFY(walk(waiting, {S::Qualified}));
        StatusService service(conn(), Actor::desk(), m_clock);

        m_clock.advanceSecs(2 * 24 * 3600); // still held
        auto none = service.releaseExpiredOffers();
        QVERIFY_OK(none);
        QVERIFY(none.value().isEmpty());
        QCOMPARE(statusOf(offered), S::Offered);

        m_clock.advanceSecs(2 * 24 * 3600);
        auto released = service.releaseExpiredOffers();
        QVERIFY_OK(released);
        QCOMPARE(released.value().size(), 2);
        QCOMPARE(released.value()[0].applicationId, offered);
        QCOMPARE(released.value()[0].to, S::OfferExpired);
        QCOMPARE(released.value()[0].byUserId, 0);
        QVERIFY(released.value()[0].cause.startsWith("offer expired at"));
        QCOMPARE(released.value()[1].applicationId, waiting);
        QCOMPARE(released.value()[1].to, S::Offered);
        QCOMPARE(statusOf(offered), S::OfferExpired);
        QCOMPARE(statusOf(waiting), S::Offered);
        QVERIFY(!load(offered).offerExpiresAt.isValid());

        // The expired applicant can queue again, behind nobody: they qualified first, but the
        // seat is taken now.
        QVERIFY(walk(offered, {S::Waitlisted}));
        QCOMPARE(statusOf(offered), S::Waitlisted);
    }

    void bulkChangeReportsRefusalsAndKeepsTheRest()
    {
        m_db->addCohort(m_track, "SWE-1", 1);
        const qint64 a = apply("SWE-1");
        const qint64 b = apply("SWE-1");
        const qint64 c = apply("SWE-1");
        QVERIFY(walk(c, {S::Screening}));
        const int before = eventCount();
        auto result =
            StatusService(conn(), m_officer, m_clock).changeStatuses({a, c, b, 4242}, S::Screening);
        QVERIFY_OK(result);
        QCOMPARE(result.value().changed, (QList<qint64>{a, b}));
        QCOMPARE(result.value().refused.size(), 2);
        QCOMPARE(result.value().refused[0].applicationId, c);
        QVERIFY2(result.value().refused[0].reason.contains("Screening"),
                 qPrintable(result.value().refused[0].reason));
        QCOMPARE(result.value().refused[1].applicationId, 4242);
        QCOMPARE(eventCount(), before + 2);
        QCOMPARE(statusOf(a), S::Screening);
        QCOMPARE(statusOf(c), S::Screening);
    }

    void bulkChangeReportsProgressAndCanBeCancelled()
    {
        m_db->addCohort(m_track, "SWE-1", 10);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << apply("SWE-1");
        QList<int> seen;
        auto cancelled = StatusService(conn(), m_officer, m_clock)
                             .changeStatuses(ids, S::Screening, {}, [&seen](int done, int total) {
                                 seen << done;
                                 return !(done == 3 && total == 5);
                             });
        QVERIFY(!cancelled);
        QVERIFY(cancelled.error().message.contains("Cancelled"));
        QCOMPARE(seen, (QList<int>{0, 1, 2, 3}));
        for (qint64 id : ids)
            QCOMPARE(statusOf(id), S::Applied); // nothing changed at all
        auto done = StatusService(conn(), m_officer, m_clock)
                        .changeStatuses(ids, S::Screening, {}, [](int, int) { return true; });
        QVERIFY(done);
        QCOMPARE(done.value().changed.size(), 5);
    }

    void bulkDeclineOffersSeatsInQueueOrder()
    {
        m_db->addCohort(m_track, "SWE-1", 2);
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            ids << apply("SWE-1");
            QVERIFY(interview(ids.last()));
        }
        for (qint64 id : ids)
            QVERIFY(walk(id, {S::Qualified}));
        QCOMPARE(statusOf(ids[2]), S::Waitlisted);
        auto result = StatusService(conn(), m_officer, m_clock)
                          .changeStatuses({ids[1], ids[0]}, S::Declined, "Chose another school");
        QVERIFY_OK(result);
        QCOMPARE(result.value().changed.size(), 2);
        QCOMPARE(result.value().events.size(), 4); // two declines, two offers
        QCOMPARE(statusOf(ids[2]), S::Offered);
        QCOMPARE(statusOf(ids[3]), S::Offered);
        auto missingReason =
            StatusService(conn(), m_officer, m_clock).changeStatuses({ids[2]}, S::Declined);
        QVERIFY(missingReason);
        QCOMPARE(missingReason.value().refused.size(), 1);
        QCOMPARE(statusOf(ids[2]), S::Offered);
    }

    void cancelledCohortOffersNothing()
    {
        const qint64 cohort = m_db->addCohort(m_track, "SWE-1", 5);
        m_db->scalar("UPDATE cohorts SET state = 'cancelled' WHERE id = ?", {cohort});
        const qint64 id = apply("SWE-1");
        QVERIFY(interview(id));
        QVERIFY(walk(id, {S::Qualified}));
        QCOMPARE(statusOf(id), S::Waitlisted);
    }

    // The id of the event of the move to `to`, failing the test on a refusal.
    qint64 moveTo(qint64 id, S to, const QString &reason = {})
    {
        auto events = StatusService(conn(), m_officer, m_clock).changeStatus(id, to, reason);
        if (!events) {
            QTest::qFail(qPrintable(events.error().text()), __FILE__, __LINE__);
            return 0;
        }
        m_clock.advanceSecs(60);
        return events.value().first().id;
    }

    void undoOfAPlainMoveWritesAnEventWithItsCause()
    {
        m_db->addCohort(m_track, "SWE-1", 10);
        const qint64 id = apply("SWE-1");
        const qint64 moved = moveTo(id, S::Screening);
        const int before = eventCount();
        const qint64 records = m_db->scalar("SELECT count(*) FROM audit_events").toLongLong();

        StatusService service(conn(), m_officer, m_clock);
        auto refusal = service.undoRefusal(id, moved);
        QVERIFY_OK(refusal);
        QCOMPARE(refusal.value(), QString());
        auto undone = service.undoLastMove(id, moved);
        QVERIFY_OK(undone);
        QCOMPARE(undone.value().size(), 1);
        QCOMPARE(statusOf(id), S::Applied);

        // A new event, the history kept: applied, screening, and back.
        QCOMPARE(eventCount(), before + 1);
        auto history = StatusEventRepository(conn()).history(id);
        QVERIFY_OK(history);
        QCOMPARE(history.value().size(), 3);
        const StatusEvent undo = history.value().last();
        QCOMPARE(undo.id, undone.value().first().id);
        QCOMPARE(undo.from, std::optional<S>(S::Screening));
        QCOMPARE(undo.to, S::Applied);
        QCOMPARE(undo.byUserId, m_officer.userId);
        QVERIFY2(undo.cause.startsWith("undo of the move to screening at ") &&
                     undo.cause.endsWith(QString("(event %1)").arg(moved)),
                 qPrintable(undo.cause));

        // Recorded like every move: one record covering the undo's event, by the officer.
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events").toLongLong(), records + 1);
        QCOMPARE(m_db->scalar("SELECT first_event || '-' || last_event || ' ' || actor_name FROM "
                              "audit_events WHERE action = 'status' ORDER BY id DESC LIMIT 1")
                     .toString(),
                 QString("%1-%1 officer").arg(undo.id));
        auto report = AuditVerifier(conn()).verify({});
        QVERIFY_OK(report);
        QVERIFY(report.value().holds());

        // An undo is not undone again, nor the move twice.
        QVERIFY(!service.undoLastMove(id, moved));
        QVERIFY(!service.undoLastMove(id, undo.id));
        QCOMPARE(statusOf(id), S::Applied);
    }

    void undoOfAnExitClearsItsReason()
    {
        m_db->addCohort(m_track, "SWE-1", 10);
        const qint64 id = apply("SWE-1");
        moveTo(id, S::Screening);
        const qint64 rejected = moveTo(id, S::NotQualified, "no portfolio");
        QCOMPARE(load(id).decisionReason, QString("no portfolio"));
        QVERIFY_OK(StatusService(conn(), m_officer, m_clock).undoLastMove(id, rejected));
        QCOMPARE(statusOf(id), S::Screening);
        QCOMPARE(load(id).decisionReason, QString());
    }

    void undoIsRefusedWhenAnotherEventCameAfter()
    {
        m_db->addCohort(m_track, "SWE-1", 10);
        const qint64 id = apply("SWE-1");
        const qint64 moved = moveTo(id, S::Screening);
        // Someone else moved it on meanwhile.
        const Actor other{m_db->addStaff("other"), "other"};
        QVERIFY_OK(StatusService(conn(), other, m_clock).changeStatus(id, S::InterviewScheduled));
        const int before = eventCount();

        StatusService service(conn(), m_officer, m_clock);
        auto refusal = service.undoRefusal(id, moved);
        QVERIFY_OK(refusal);
        QVERIFY2(refusal.value().contains("moved since"), qPrintable(refusal.value()));
        auto undone = service.undoLastMove(id, moved);
        QVERIFY(!undone);
        QVERIFY2(undone.error().message.contains("moved since"),
                 qPrintable(undone.error().message));
        QCOMPARE(eventCount(), before);
        QCOMPARE(statusOf(id), S::InterviewScheduled);
    }

    void undoOfAnOfferIsRefusedWhenASeatMovedSince()
    {
        const qint64 cohort = m_db->addCohort(m_track, "SWE-1", 1);
        const qint64 holder = apply("SWE-1");
        const qint64 first = apply("SWE-1");
        const qint64 second = apply("SWE-1");
        for (qint64 id : {holder, first, second})
            QVERIFY(interview(id) && walk(id, {S::Qualified}));
        QCOMPARE(statusOf(first), S::Waitlisted);
        m_db->scalar("UPDATE cohorts SET capacity = 3");

        // Offered by hand and taken back at once: the seat is free again, the place kept.
        const qint64 offered = moveTo(first, S::Offered);
        StatusService service(conn(), m_officer, m_clock);
        QVERIFY_OK(service.undoLastMove(first, offered));
        QCOMPARE(statusOf(first), S::Waitlisted);
        QVERIFY(!load(first).offerExpiresAt.isValid());
        auto free = SeatLedger(conn(), m_clock).freeSeats(cohort);
        QVERIFY_OK(free);
        QCOMPARE(free.value(), 2);

        // Offered again, then someone else offers the next seat: the first offer stays.
        const qint64 again = moveTo(first, S::Offered);
        const Actor other{m_db->addStaff("other"), "other"};
        QVERIFY_OK(StatusService(conn(), other, m_clock).changeStatus(second, S::Offered));
        const int before = eventCount();
        auto undone = service.undoLastMove(first, again);
        QVERIFY(!undone);
        QVERIFY2(undone.error().message.contains("seats have moved since") &&
                     undone.error().message.contains(QString("application %1").arg(second)),
                 qPrintable(undone.error().message));
        QCOMPARE(eventCount(), before);
        QCOMPARE(statusOf(first), S::Offered);
    }

    void movesThatPlacedOrFreedASeatAreNotUndoable()
    {
        m_db->addCohort(m_track, "SWE-1", 1);
        const qint64 id = apply("SWE-1");
        const qint64 next = apply("SWE-1");
        QVERIFY(interview(id) && interview(next));
        // Qualified placed it at once: its own event is not the last any more.
        const qint64 qualified = moveTo(id, S::Qualified);
        StatusService service(conn(), m_officer, m_clock);
        QVERIFY(!service.undoLastMove(id, qualified));
        QVERIFY(walk(next, {S::Qualified}));
        const qint64 accepted = moveTo(id, S::Accepted);
        auto refusal = service.undoRefusal(id, accepted);
        QVERIFY_OK(refusal);
        QVERIFY2(refusal.value().contains("hold"), qPrintable(refusal.value()));
        // Withdrawing gave the seat to the waitlist: it cannot come back.
        const qint64 withdrawn = moveTo(id, S::Withdrawn, "moved abroad");
        QCOMPARE(statusOf(next), S::Offered);
        QVERIFY(!service.undoLastMove(id, withdrawn));
        QCOMPARE(statusOf(id), S::Withdrawn);
    }

    void bulkUndoTakesBackTheWholeChange()
    {
        m_db->addCohort(m_track, "SWE-1", 1);
        const qint64 holder = apply("SWE-1");
        const qint64 first = apply("SWE-1");
        const qint64 second = apply("SWE-1");
        const qint64 later = apply("SWE-1");
        for (qint64 id : {holder, first, second})
            QVERIFY(interview(id) && walk(id, {S::Qualified}));
        m_db->scalar("UPDATE cohorts SET capacity = 3");
        StatusService service(conn(), m_officer, m_clock);
        auto bulk = service.changeStatuses({first, second, later}, S::Offered);
        QVERIFY_OK(bulk);
        QCOMPARE(bulk.value().changed, (QList<qint64>{first, second}));
        QCOMPARE(bulk.value().refused.size(), 1);
        QList<StatusService::MadeMove> made;
        for (const StatusEvent &event : bulk.value().events)
            made.prepend({event.applicationId, event.id});
        // Each offer is a seat moved after the other; neither counts, being the same change.
        auto undone = service.undoMoves(made);
        QVERIFY_OK(undone);
        QCOMPARE(undone.value().changed, (QList<qint64>{second, first}));
        QCOMPARE(undone.value().refused.size(), 0);
        QCOMPARE(statusOf(first), S::Waitlisted);
        QCOMPARE(statusOf(second), S::Waitlisted);
    }

    void readOnlyActorCannotUndo()
    {
        m_db->addCohort(m_track, "SWE-1", 10);
        const qint64 id = apply("SWE-1");
        const qint64 moved = moveTo(id, S::Screening);
        const int before = eventCount();
        StatusService service(conn(), m_db->actor(StaffRole::ReadOnly), m_clock);
        QVERIFY(!service.undoLastMove(id, moved));
        QVERIFY(!service.undoMoves({{id, moved}}));
        auto refusal = service.undoRefusal(id, moved);
        QVERIFY_OK(refusal);
        QVERIFY(!refusal.value().isEmpty());
        QCOMPARE(eventCount(), before);
        QCOMPARE(statusOf(id), S::Screening);
    }
};

QTEST_GUILESS_MAIN(TestStatusService)
#include "tst_statusservice.moc"
