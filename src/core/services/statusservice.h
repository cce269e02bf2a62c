#pragma once

#include "domain/actor.h"
#include "domain/application.h"
#include "domain/clock.h"
#include "domain/cohort.h"
#include "domain/refusal.h"
#include "domain/result.h"
#include "domain/statusevent.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

// Moves applications through the lifecycle: the transition table, reasons for exits, the
// status history, and the seat rules (qualified becomes offered or waitlisted at once; a freed
// seat goes to the first of the waitlist in the same transaction).
class StatusService
{
    Q_DECLARE_TR_FUNCTIONS(StatusService)

public:
    StatusService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // Every event the change wrote, the requested one first, then what followed from it
    // (an automatic offer or waitlisting, seats offered to the waitlist).
    Result<QList<StatusEvent>> changeStatus(qint64 applicationId, ApplicationStatus to,
                                            const QString &reason = {});
    // The same inside a transaction the caller holds (bulk actions). A move to deferred is
    // refused here: it needs its cohort (defer()).
    Result<QList<StatusEvent>> changeStatusInTransaction(qint64 applicationId, ApplicationStatus to,
                                                         const QString &reason);

    // Defers the application to `toCohortId`, a later cohort of its track that is neither
    // completed nor cancelled. It returns there as qualified when that cohort opens, or at once
    // (in this transaction) when it is open already.
    Result<QList<StatusEvent>> defer(qint64 applicationId, qint64 toCohortId,
                                     const QString &reason);
    // The cohorts the application may be deferred to, soonest first.
    Result<QList<Cohort>> deferralCohorts(qint64 applicationId) const;
    // Every application deferred to the cohort comes back as qualified there, as the desk, and
    // takes a seat or joins its waitlist; inside the caller's transaction (the cohort opened).
    Status returnDeferrals(const Cohort &cohort, QList<StatusEvent> &events);

    struct BulkResult
    {
        QList<qint64> changed;
        QList<StatusEvent> events;
        QList<Refusal> refused;
    };
    // Told how many of how many are done; returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // Moves every application to `to` in one transaction. A move that is refused changes
    // nothing of its application and is listed with why; the others go through. Cancelled
    // through `progress`, nothing changes at all.
    Result<BulkResult> changeStatuses(const QList<qint64> &applicationIds, ApplicationStatus to,
                                      const QString &reason = {}, const Progress &progress = {});

    // A move made through this service, to take back: the application and the event of the move.
    struct MadeMove
    {
        qint64 applicationId = 0;
        qint64 eventId = 0;
    };

    // Why the move of event `eventId` cannot be undone now, for a person to read; empty when it
    // can (StatusTransitions::isUndoable, still the application's last event, and no seat of
    // its cohort moved since, events of `sameChange` excepted). Writes nothing.
    Result<QString> undoRefusal(qint64 applicationId, qint64 eventId,
                                const QList<qint64> &sameChange = {}) const;
    // Takes the move of event `expectedEventId` back, if it is still the application's last
    // event and undoRefusal() has no objection: a new event back to the status it came from,
    // with "undo of …" as its cause, recorded in the audit trail like any move. The history
    // keeps both. Returns the event written.
    Result<QList<StatusEvent>> undoLastMove(qint64 applicationId, qint64 expectedEventId);
    // The moves of one change (a bulk move), newest first, in one transaction: each is checked
    // on its own (the change's own events do not count as seats moved since); a refused one is
    // listed with why and the others go through.
    Result<BulkResult> undoMoves(const QList<MadeMove> &moves);

    // The application's status history, oldest first.
    Result<QList<StatusEvent>> history(qint64 applicationId) const;

    // Expires offers whose hold has ended and offers the seats to the waitlist; returns the
    // events written. Run at start and on a timer.
    Result<QList<StatusEvent>> releaseExpiredOffers();

    // Moves the application as the desk itself, for a rule of the calendar rather than a person
    // (its cohort started), inside the caller's transaction; the transition table still decides.
    Status moveByDesk(Application &application, ApplicationStatus to, const QString &cause,
                      QList<StatusEvent> &events);

    // Offers every free seat of the cohort to its waitlist, first come first served, inside
    // the caller's transaction, appending the events written (seats added to a cohort).
    Status offerFreeSeats(qint64 cohortId, const QString &cause, QList<StatusEvent> &events);

private:
    // Writes one move and its event; `by` is the actor, or the desk for automatic moves.
    // `queueAt`: the queue time a returning deferral takes, kept on its event too.
    Status move(Application &application, ApplicationStatus to, const QString &reason,
                const QString &cause, const Actor &by, QList<StatusEvent> &events,
                const QDateTime &queueAt = {});
    Status refuseUnfairOffer(const Application &application) const;
    Result<QList<StatusEvent>> changeInTransaction(qint64 applicationId, ApplicationStatus to,
                                                   const QString &reason, qint64 deferTo);
    // Why the application cannot be deferred to `target`; empty when it can.
    Result<QString> deferralRefusal(const Application &application, const Cohort &target) const;
    // Deferred → qualified in `target`, with the queue time the desk's policy gives.
    Status returnDeferral(Application &application, const Cohort &target,
                          QList<StatusEvent> &events);
    struct UndoCheck
    {
        Application application;
        StatusEvent event;
        QString refusal; // empty: the move can be undone
    };
    Result<UndoCheck> checkUndo(qint64 applicationId, qint64 eventId,
                                const QList<qint64> &sameChange) const;
    Result<QList<StatusEvent>> undoInTransaction(qint64 applicationId, qint64 eventId,
                                                 const QList<qint64> &sameChange);
    // A qualified application takes a free seat at once, or joins the waitlist.
    Status placeQualified(Application &application, QList<StatusEvent> &events);

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
