#pragma once

#include <QDate>
#include <QString>

struct Cohort
{
    qint64 id = 0;
    qint64 trackId = 0;
    QString name;
    QDate startsOn; // orientation: the refund clock starts here
    QDate endsOn;
    int capacity = 0;
    int offerHoldDays = 7;
    int refundWindowDays = 14;
    QString state = QStringLiteral("open"); // draft, open, full, started, completed, cancelled

    // Whether seats of this cohort are offered at all: not in a draft, a completed or a
    // cancelled cohort.
    bool takesOffers() const
    {
        return state == QLatin1String("open") || state == QLatin1String("full") ||
               state == QLatin1String("started");
    }
};

// A cohort with its seat situation, as the cohort list shows it.
struct CohortSeats
{
    Cohort cohort;
    QString trackCode;
    int seatsTaken = 0;    // offered + accepted + enrolled + active + refund_requested
    int offersPending = 0; // of which offered
    int waitlisted = 0;

    int seatsFree() const
    {
        return cohort.capacity > seatsTaken ? cohort.capacity - seatsTaken : 0;
    }
};

// From day fromDay after the start, refundPercent of the fee is refunded.
struct RefundStep
{
    int fromDay = 0;
    int refundPercent = 0;
};
