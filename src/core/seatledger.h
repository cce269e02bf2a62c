#pragma once

#include "actor.h"
#include "application.h"
#include "clock.h"
#include "result.h"

#include <QList>

// The seats of cohorts. Every method runs inside the caller's BEGIN IMMEDIATE transaction,
// so two desks can never hand out the same last seat.
class SeatLedger
{
public:
    SeatLedger(QString connectionName, const Clock &clock);

    Result<int> freeSeats(qint64 cohortId) const;
    // Offers every free seat of the cohort to the waitlist in first-come-first-served order
    // (qualified_at, applied_at, id), recording `cause` on each event. Returns the ids offered.
    Result<QList<qint64>> offerFreeSeats(qint64 cohortId, const QString &cause);
    // Puts an offer on the application (status offered, offer_expires_at from the cohort's hold).
    Result<QDateTime> offerExpiry(qint64 cohortId) const;
    // Whether a seat released from this cohort now goes to the waitlist: not once the refund
    // window of a started cohort is over.
    Result<bool> reoffersReleasedSeats(qint64 cohortId) const;

private:
    QString m_connection;
    const Clock &m_clock;
};
