#include "services/statusservice.h"

#include "audit/audittrail.h"
#include "db/transaction.h"
#include "domain/statustransitions.h"
#include "domain/timestamp.h"
#include "repositories/applicationrepository.h"
#include "repositories/cohortrepository.h"
#include "repositories/statuseventrepository.h"
#include "services/authorization.h"
#include "services/cohortstateservice.h"
#include "services/desksettingsservice.h"
#include "services/jobguaranteemoves.h"
#include "services/mentormoves.h"
#include "services/paymentservice.h"
#include "services/seatledger.h"

#include <QCoreApplication>

#include <algorithm>

StatusService::StatusService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<QList<StatusEvent>> StatusService::changeStatus(qint64 applicationId, ApplicationStatus to,
                                                       const QString &reason)
{
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto events = changeStatusInTransaction(applicationId, to, reason);
    if (!events)
        return events;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return events;
}

Result<QList<StatusEvent>> StatusService::changeStatusInTransaction(qint64 applicationId,
                                                                    ApplicationStatus to,
                                                                    const QString &reason)
{
    return changeInTransaction(applicationId, to, reason, 0);
}

Result<QList<StatusEvent>> StatusService::defer(qint64 applicationId, qint64 toCohortId,
                                                const QString &reason)
{
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto events =
        changeInTransaction(applicationId, ApplicationStatus::Deferred, reason, toCohortId);
    if (!events)
        return events;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return events;
}

Result<QList<Cohort>> StatusService::deferralCohorts(qint64 applicationId) const
{
    auto found = ApplicationRepository(m_connection).find(applicationId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no application %1.").arg(applicationId), {}};
    auto cohorts = CohortRepository(m_connection).list();
    if (!cohorts)
        return cohorts.error();
    QList<Cohort> eligible;
    for (const Cohort &cohort : cohorts.value()) {
        auto refusal = deferralRefusal(*found.value(), cohort);
        if (!refusal)
            return refusal.error();
        if (refusal.value().isEmpty())
            eligible << cohort;
    }
    std::stable_sort(eligible.begin(), eligible.end(),
                     [](const Cohort &a, const Cohort &b) { return a.startsOn < b.startsOn; });
    return eligible;
}

Result<QString> StatusService::deferralRefusal(const Application &application,
                                               const Cohort &target) const
{
    if (target.trackId != application.trackId)
        return tr("cohort %1 is of another track: application %2 can only be deferred to a "
                  "later cohort of its own track")
            .arg(target.name)
            .arg(application.id);
    if (target.isOver())
        return tr("cohort %1 is %2: it takes nobody any more")
            .arg(target.name, Cohort::stateDisplayName(target.state));
    if (application.cohortId == 0)
        return QString();
    auto current = CohortRepository(m_connection).find(application.cohortId);
    if (!current)
        return current.error();
    if (current.value() && target.startsOn <= current.value()->startsOn)
        return tr("cohort %1 does not start after cohort %2, the application's cohort now")
            .arg(target.name, current.value()->name);
    return QString();
}

Result<QList<StatusEvent>> StatusService::changeInTransaction(qint64 applicationId,
                                                              ApplicationStatus to,
                                                              const QString &reason, qint64 deferTo)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ChangeStatus);
        !allowed)
        return allowed.error();
    auto found = ApplicationRepository(m_connection).find(applicationId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no application %1.").arg(applicationId), {}};
    Application application = *found.value();
    const ApplicationStatus from = application.status;

    if (const QString refusal = StatusTransitions::refusal(from, to); !refusal.isEmpty())
        return Error{refusal, {}};
    if (Statuses::requiresReason(to) && reason.trimmed().isEmpty())
        return Error{tr("Moving application %1 to %2 needs a reason.")
                         .arg(applicationId)
                         .arg(Statuses::displayName(to)),
                     {}};
    const bool needsCohort =
        to == ApplicationStatus::Offered || to == ApplicationStatus::Waitlisted;
    if (needsCohort && application.cohortId == 0)
        return Error{tr("Application %1 has no cohort: choose one before it can be %2.")
                         .arg(applicationId)
                         .arg(Statuses::displayName(to)),
                     {}};
    if (to == ApplicationStatus::Offered) {
        if (auto fair = refuseUnfairOffer(application); !fair)
            return fair.error();
    }
    std::optional<Cohort> deferral;
    if (to == ApplicationStatus::Deferred) {
        if (deferTo == 0)
            return Error{tr("Deferring application %1 needs the later cohort it moves to.")
                             .arg(applicationId),
                         {}};
        auto target = CohortRepository(m_connection).find(deferTo);
        if (!target)
            return target.error();
        if (!target.value())
            return Error{tr("There is no cohort %1.").arg(deferTo), {}};
        auto refusal = deferralRefusal(application, *target.value());
        if (!refusal)
            return refusal.error();
        if (!refusal.value().isEmpty())
            return Error{tr("Application %1 cannot be deferred: %2.")
                             .arg(applicationId)
                             .arg(refusal.value()),
                         {}};
        deferral = target.value();
        application.deferredToCohortId = deferTo;
    }
    if (from == ApplicationStatus::Deferred && to == ApplicationStatus::Qualified &&
        application.deferredToCohortId != 0) {
        auto target = CohortRepository(m_connection).find(application.deferredToCohortId);
        if (!target)
            return target.error();
        return Error{tr("Application %1 is deferred to cohort %2: it returns as qualified by "
                        "itself when that cohort opens.")
                         .arg(applicationId)
                         .arg(target.value() ? target.value()->name
                                             : QString::number(application.deferredToCohortId)),
                     {}};
    }
    PaymentService payments(m_connection, m_actor, m_clock);
    if (to == ApplicationStatus::Enrolled) {
        if (Status paid = payments.requireDepositSettled(application); !paid)
            return paid.error();
    }
    if (to == ApplicationStatus::Active) {
        if (Status started =
                CohortStateService::refuseActiveBeforeStart(m_connection, m_clock, application);
            !started)
            return started.error();
    }

    QList<StatusEvent> events;
    const qint64 fromCohort = application.cohortId;
    const QString cause =
        deferral ? QStringLiteral("deferred to cohort %1").arg(deferral->name) : QString();
    if (auto moved = move(application, to, reason, cause, m_actor, events); !moved)
        return moved.error();
    if (to == ApplicationStatus::Refunded) {
        if (auto refund = payments.payRequestedRefund(application); !refund)
            return refund.error();
    }

    Status followUp;
    if (to == ApplicationStatus::Qualified)
        followUp = placeQualified(application, events);
    else if (to == ApplicationStatus::Waitlisted)
        followUp = offerFreeSeats(
            application.cohortId,
            QStringLiteral("seat free when application %1 joined the waitlist").arg(applicationId),
            events);
    else if (Statuses::holdsSeat(from) && !Statuses::holdsSeat(to))
        followUp = offerFreeSeats(
            fromCohort, QStringLiteral("seat released by application %1").arg(applicationId),
            events);
    if (!followUp)
        return followUp.error();
    // A deferral to a cohort that is open already returns at once.
    if (deferral && deferral->takesOffers()) {
        if (Status returned = returnDeferral(application, *deferral, events); !returned)
            return returned.error();
    }
    return events;
}

Status StatusService::returnDeferrals(const Cohort &cohort, QList<StatusEvent> &events)
{
    auto deferred = ApplicationRepository(m_connection).deferredTo(cohort.id);
    if (!deferred)
        return deferred.error();
    for (Application &application : deferred.value()) {
        if (Status returned = returnDeferral(application, cohort, events); !returned)
            return returned;
    }
    return {};
}

Status StatusService::returnDeferral(Application &application, const Cohort &target,
                                     QList<StatusEvent> &events)
{
    auto keeps =
        DeskSettingsService(m_connection, Actor::desk(), m_clock).deferralKeepsQualificationTime();
    if (!keeps)
        return keeps.error();
    auto before = CohortRepository(m_connection).find(application.cohortId);
    if (!before)
        return before.error();
    const QString cause = QStringLiteral("cohort %1 opened").arg(target.name);
    application.cohortId = target.id;
    // qualified_at stays as it was; the queue time is the policy's, recorded on the event.
    const QDateTime queueAt = keeps.value() && application.qualifiedAt.isValid()
                                  ? application.qualifiedAt
                                  : m_clock.now();
    if (Status moved = move(application, ApplicationStatus::Qualified, {}, cause, Actor::desk(),
                            events, queueAt);
        !moved)
        return moved;
    // The cohort changes with the move, recorded as ApplicationService records a cohort change.
    AuditEntry entry(QStringLiteral("update"), QStringLiteral("application"), application.id);
    entry.field = QStringLiteral("cohort");
    entry.oldValue = AuditValue::plain(before.value() ? before.value()->name : QString());
    entry.newValue = AuditValue::plain(target.name);
    entry.note = cause;
    if (Status recorded = AuditTrail(m_connection, Actor::desk(), m_clock).record(entry); !recorded)
        return recorded;
    return placeQualified(application, events);
}

Result<StatusService::BulkResult> StatusService::changeStatuses(const QList<qint64> &applicationIds,
                                                                ApplicationStatus to,
                                                                const QString &reason,
                                                                const Progress &progress)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ChangeStatus);
        !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    BulkResult result;
    for (qint64 id : applicationIds) {
        // Returning rolls the whole transaction back.
        const int done = int(result.changed.size() + result.refused.size());
        if (progress && !progress(done, int(applicationIds.size())))
            return Error{tr("Cancelled: no status was changed."), {}};
        // A savepoint per application: a refusal takes back only its own writes.
        Savepoint item(m_connection);
        if (!item.isActive())
            return item.error();
        auto events = changeStatusInTransaction(id, to, reason);
        if (auto ended = events ? item.keep() : item.undo(); !ended)
            return ended.error();
        if (!events) {
            result.refused << Refusal{id, events.error().text()};
            continue;
        }
        result.changed << id;
        result.events << events.value();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

Result<QString> StatusService::undoRefusal(qint64 applicationId, qint64 eventId,
                                           const QList<qint64> &sameChange) const
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ChangeStatus);
        !allowed)
        return allowed.error().text();
    auto checked = checkUndo(applicationId, eventId, sameChange);
    if (!checked)
        return checked.error();
    return checked.value().refusal;
}

Result<QList<StatusEvent>> StatusService::undoLastMove(qint64 applicationId, qint64 expectedEventId)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ChangeStatus);
        !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto events = undoInTransaction(applicationId, expectedEventId, {expectedEventId});
    if (!events)
        return events;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return events;
}

Result<StatusService::BulkResult> StatusService::undoMoves(const QList<MadeMove> &moves)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ChangeStatus);
        !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    // The change's own events, and the undos written here, are not seats moved by others.
    QList<qint64> sameChange;
    for (const MadeMove &made : moves)
        sameChange << made.eventId;
    BulkResult result;
    for (const MadeMove &made : moves) {
        Savepoint item(m_connection);
        if (!item.isActive())
            return item.error();
        auto events = undoInTransaction(made.applicationId, made.eventId, sameChange);
        if (auto ended = events ? item.keep() : item.undo(); !ended)
            return ended.error();
        if (!events) {
            result.refused << Refusal{made.applicationId, events.error().text()};
            continue;
        }
        result.changed << made.applicationId;
        result.events << events.value();
        for (const StatusEvent &event : events.value())
            sameChange << event.id;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

Result<StatusService::UndoCheck> StatusService::checkUndo(qint64 applicationId, qint64 eventId,
                                                          const QList<qint64> &sameChange) const
{
    UndoCheck check;
    auto found = ApplicationRepository(m_connection).find(applicationId);
    if (!found)
        return found.error();
    if (!found.value()) {
        check.refusal = tr("there is no application %1").arg(applicationId);
        return check;
    }
    check.application = *found.value();
    const StatusEventRepository history(m_connection);
    auto latest = history.latest(applicationId);
    if (!latest)
        return latest.error();
    if (!latest.value() || latest.value()->id < eventId) {
        check.refusal =
            tr("event %1 is not a move of application %2").arg(eventId).arg(applicationId);
        return check;
    }
    check.event = *latest.value();
    if (check.event.id != eventId) {
        check.refusal = tr("application %1 has moved since (to %2 at %3)")
                            .arg(applicationId)
                            .arg(Statuses::displayName(check.event.to),
                                 check.event.at.toLocalTime().toString(QStringLiteral("HH:mm")));
        return check;
    }
    if (!check.event.from || check.application.status != check.event.to) {
        check.refusal =
            tr("event %1 is not a move of application %2").arg(eventId).arg(applicationId);
        return check;
    }
    const ApplicationStatus from = *check.event.from;
    const ApplicationStatus to = check.event.to;
    check.refusal = StatusTransitions::undoRefusal(from, to);
    if (!check.refusal.isEmpty() || !StatusTransitions::undoMovesSeats(from, to))
        return check;
    // The undo gives a seat back or leaves or rejoins the waitlist (it never takes a seat: no
    // undoable move gave one up). That restores the cohort as it was only if nothing else moved
    // in its seats since.
    QList<ApplicationStatus> seatStatuses;
    for (ApplicationStatus status : Statuses::all()) {
        if (Statuses::holdsSeat(status) || status == ApplicationStatus::Waitlisted)
            seatStatuses << status;
    }
    auto after = history.eventsAfter(eventId, check.application.cohortId, seatStatuses,
                                     int(sameChange.size()) + 1);
    if (!after)
        return after.error();
    for (const StatusEvent &event : after.value()) {
        if (sameChange.contains(event.id))
            continue;
        check.refusal = tr("seats have moved since (application %1 went from %2 to %3 at %4)")
                            .arg(event.applicationId)
                            .arg(event.from ? Statuses::displayName(*event.from) : QString(),
                                 Statuses::displayName(event.to),
                                 event.at.toLocalTime().toString(QStringLiteral("HH:mm")));
        break;
    }
    return check;
}

Result<QList<StatusEvent>> StatusService::undoInTransaction(qint64 applicationId, qint64 eventId,
                                                            const QList<qint64> &sameChange)
{
    auto checked = checkUndo(applicationId, eventId, sameChange);
    if (!checked)
        return checked.error();
    UndoCheck check = checked.value();
    if (!check.refusal.isEmpty())
        return Error{tr("The move of application %1 cannot be undone: %2.")
                         .arg(applicationId)
                         .arg(check.refusal),
                     {}};
    if (Statuses::requiresReason(check.event.to))
        check.application.decisionReason.clear(); // the exit's reason goes with the exit
    const QString cause =
        QStringLiteral("undo of the move to %1 at %2 (event %3)")
            .arg(Statuses::machineName(check.event.to), Timestamp::format(check.event.at))
            .arg(eventId);
    QList<StatusEvent> events;
    if (auto moved = move(check.application, *check.event.from, {}, cause, m_actor, events); !moved)
        return moved.error();
    return events;
}

Result<QList<StatusEvent>> StatusService::history(qint64 applicationId) const
{
    return StatusEventRepository(m_connection).history(applicationId);
}

Result<QList<StatusEvent>> StatusService::releaseExpiredOffers()
{
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto expired = ApplicationRepository(m_connection).expiredOffers(m_clock.now());
    if (!expired)
        return expired.error();
    QList<StatusEvent> events;
    for (Application application : expired.value()) {
        const QString cause = QStringLiteral("offer expired at %1")
                                  .arg(Timestamp::format(application.offerExpiresAt));
        if (auto moved = move(application, ApplicationStatus::OfferExpired, {}, cause,
                              Actor::desk(), events);
            !moved)
            return moved.error();
        if (auto offered = offerFreeSeats(
                application.cohortId,
                QStringLiteral("seat released by application %1").arg(application.id), events);
            !offered)
            return offered.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return events;
}

Status StatusService::moveByDesk(Application &application, ApplicationStatus to,
                                 const QString &cause, QList<StatusEvent> &events)
{
    if (const QString refusal = StatusTransitions::refusal(application.status, to);
        !refusal.isEmpty())
        return Error{refusal, {}};
    return move(application, to, {}, cause, Actor::desk(), events);
}

Status StatusService::move(Application &application, ApplicationStatus to, const QString &reason,
                           const QString &cause, const Actor &by, QList<StatusEvent> &events,
                           const QDateTime &queueAt)
{
    if (Status kept = JobGuaranteeMoves(m_connection, m_clock).beforeMove(application, to); !kept)
        return kept;
    const QDateTime now = m_clock.now();
    StatusEvent event;
    event.applicationId = application.id;
    event.from = application.status;
    event.to = to;
    event.at = now;
    event.byUserId = by.userId;
    event.byUsername = by.username;
    event.reason = reason.trimmed();
    event.cause = cause;
    event.cohortId = application.cohortId;
    event.queueAt = queueAt;
    if (queueAt.isValid())
        application.queueAt = queueAt;
    if (to != ApplicationStatus::Deferred)
        application.deferredToCohortId = 0;

    application.status = to;
    application.statusChangedAt = application.updatedAt = now;
    if (to == ApplicationStatus::Qualified && !application.qualifiedAt.isValid())
        application.qualifiedAt = now; // set once, never moved
    if (!application.queueAt.isValid())
        application.queueAt = application.qualifiedAt; // the place in the queue
    if (Statuses::requiresReason(to))
        application.decisionReason = event.reason;
    if (to == ApplicationStatus::Offered) {
        auto expiry = SeatLedger(m_connection, m_clock).offerExpiry(application.cohortId);
        if (!expiry)
            return expiry.error();
        application.offerExpiresAt = expiry.value();
    } else {
        application.offerExpiresAt = QDateTime();
    }

    if (auto updated = ApplicationRepository(m_connection).updateStatus(application); !updated)
        return updated;
    auto id = StatusEventRepository(m_connection).append(event);
    if (!id)
        return id.error();
    // A trail of its own for each move: a bulk change's savepoint, undone, takes the record back
    // with the move, and a trail kept across moves would chain to it.
    if (Status recorded =
            AuditTrail(m_connection, by, m_clock).coverStatusEvents(id.value(), id.value());
        !recorded)
        return recorded;
    if (Status mentored =
            MentorMoves(m_connection, by, m_clock).afterMove(application, *event.from);
        !mentored)
        return mentored;
    event.id = id.value();
    events << event;
    return {};
}

Status StatusService::refuseUnfairOffer(const Application &application) const
{
    const SeatLedger ledger(m_connection, m_clock);
    auto free = ledger.freeSeats(application.cohortId);
    if (!free)
        return free.error();
    auto first = free.value() == 0 ? Result<std::optional<Application>>(std::nullopt)
                                   : ledger.nextInLine(application.cohortId);
    if (!first)
        return first.error();
    const bool fair = free.value() > 0 && (!first.value() || first.value()->id == application.id);
    if (fair)
        return {};
    // Refused: the message names the cohort as people know it.
    auto cohort = CohortRepository(m_connection).find(application.cohortId);
    if (!cohort)
        return cohort.error();
    const QString name =
        cohort.value() ? cohort.value()->name : QString::number(application.cohortId);
    if (free.value() == 0)
        return Error{tr("Cohort %1 has no free seat: application %2 cannot be offered one.")
                         .arg(name)
                         .arg(application.id),
                     {}};
    return Error{tr("Application %1 is first in line for cohort %2's next seat (first come, "
                    "first served): application %3 cannot be offered it.")
                     .arg(first.value()->id)
                     .arg(name)
                     .arg(application.id),
                 {}};
}

Status StatusService::placeQualified(Application &application, QList<StatusEvent> &events)
{
    if (application.cohortId == 0)
        return {}; // stays qualified until a cohort is chosen
    const SeatLedger ledger(m_connection, m_clock);
    auto free = ledger.freeSeats(application.cohortId);
    if (!free)
        return free.error();
    auto first = ledger.nextInLine(application.cohortId);
    if (!first)
        return first.error();
    if (free.value() > 0 && !first.value())
        return move(application, ApplicationStatus::Offered, {},
                    QStringLiteral("seat free when qualified"), Actor::desk(), events);
    return move(application, ApplicationStatus::Waitlisted, {},
                QStringLiteral("no seat free when qualified"), Actor::desk(), events);
}

Status StatusService::offerFreeSeats(qint64 cohortId, const QString &cause,
                                     QList<StatusEvent> &events)
{
    if (cohortId == 0)
        return {};
    const SeatLedger ledger(m_connection, m_clock);
    auto reoffers = ledger.reoffersReleasedSeats(cohortId);
    if (!reoffers)
        return reoffers.error();
    if (!reoffers.value())
        return {};
    for (;;) {
        auto free = ledger.freeSeats(cohortId);
        if (!free)
            return free.error();
        if (free.value() == 0)
            return {};
        auto next = ledger.nextInLine(cohortId);
        if (!next)
            return next.error();
        if (!next.value())
            return {};
        Application application = *next.value();
        if (auto moved =
                move(application, ApplicationStatus::Offered, {}, cause, Actor::desk(), events);
            !moved)
            return moved;
    }
}
