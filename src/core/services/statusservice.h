#pragma once

#include "domain/actor.h"
#include "domain/application.h"
#include "domain/clock.h"
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
    // The same inside a transaction the caller holds (bulk actions).
    Result<QList<StatusEvent>> changeStatusInTransaction(qint64 applicationId, ApplicationStatus to,
                                                         const QString &reason);

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

    // The application's status history, oldest first.
    Result<QList<StatusEvent>> history(qint64 applicationId) const;

    // Expires offers whose hold has ended and offers the seats to the waitlist; returns the
    // events written. Run at start and on a timer.
    Result<QList<StatusEvent>> releaseExpiredOffers();

    // Offers every free seat of the cohort to its waitlist, first come first served, inside
    // the caller's transaction, appending the events written (seats added to a cohort).
    Status offerFreeSeats(qint64 cohortId, const QString &cause, QList<StatusEvent> &events);

private:
    // Writes one move and its event; `by` is the actor, or the desk for automatic moves.
    Status move(Application &application, ApplicationStatus to, const QString &reason,
                const QString &cause, const Actor &by, QList<StatusEvent> &events);
    Status refuseUnfairOffer(const Application &application) const;
    // A qualified application takes a free seat at once, or joins the waitlist.
    Status placeQualified(Application &application, QList<StatusEvent> &events);

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
