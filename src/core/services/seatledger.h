#pragma once

#include "domain/application.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <optional>

// Reads the seats of a cohort. Callers hold a BEGIN IMMEDIATE transaction from the count to
// the write, so two desks can never hand out the same last seat.
class SeatLedger
{
public:
    SeatLedger(QString connectionName, const Clock &clock);

    // Capacity less the seats held; 0 for a cohort that takes no offers (draft, completed,
    // cancelled).
    Result<int> freeSeats(qint64 cohortId) const;
    // The first of the waitlist in first-come-first-served order (qualified_at, applied_at, id).
    Result<std::optional<Application>> nextInLine(qint64 cohortId) const;
    // When an offer made now expires: at the end of the bootcamp's day that is the cohort's
    // offer hold days after today, so that "held for 7 days" means until a date people can be
    // told, the same on every desk.
    Result<QDateTime> offerExpiry(qint64 cohortId) const;
    // Whether a seat released now goes to the waitlist: not once the refund window of a
    // started cohort is over (nobody joins a program half-way), by the bootcamp's calendar.
    Result<bool> reoffersReleasedSeats(qint64 cohortId) const;

private:
    QString m_connection;
    const Clock &m_clock;
};
