#pragma once

#include "domain/guaranteeterms.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

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
    GuaranteeTerms guarantee;
    QDate applicationsOpenOn; // a draft opens by itself on this day; invalid: only by hand
    // The seats its students filled, stamped when it completed (CohortSeats::seatsFilled then).
    std::optional<int> finalFill;

    // The states in which seats are offered at all: not draft, completed or cancelled.
    static QStringList offeringStates()
    {
        return {QStringLiteral("open"), QStringLiteral("full"), QStringLiteral("started")};
    }
    bool takesOffers() const { return offeringStates().contains(state); }

    // Every state's machine name, in the order a cohort goes through them.
    static QStringList states();
    // A state as people read it, translated ("Open", "Completed"); an unknown one as it is.
    static QString stateDisplayName(const QString &state);
    // The last day of the money-back window: refundWindowDays after the start, the start day
    // being day 0. A refund asked for up to then is in full, and its seat goes to the waitlist.
    QDate refundWindowLastDay() const { return startsOn.addDays(refundWindowDays); }
    // Started or completed: its seats are filled by students, not only held by offers.
    bool hasStarted() const;
    // Completed or cancelled: it will take nobody any more.
    bool isOver() const;
};

// A cohort with its seat situation, as the cohort list shows it.
struct CohortSeats
{
    Cohort cohort;
    QString trackCode;
    int seatsTaken = 0;    // offered + accepted + enrolled + active + refund_requested
    int offersPending = 0; // of which offered
    int waitlisted = 0;
    // seatsTaken + those who sat in the program and moved on (Statuses::filledSeat): how full
    // a cohort that started is, or ended.
    int seatsFilled = 0;

    int seatsFree() const
    {
        return cohort.capacity > seatsTaken ? cohort.capacity - seatsTaken : 0;
    }
    // The seats to show: before the start those held (offers and students); from the start on
    // those its students filled, and once completed the fill stamped then, so that it shows
    // how full it ended.
    int seatsCounted() const
    {
        if (cohort.finalFill)
            return *cohort.finalFill;
        return cohort.hasStarted() ? seatsFilled : seatsTaken;
    }
};

// From day fromDay after the start, refundPercent of the fee is refunded.
struct RefundStep
{
    int fromDay = 0;
    int refundPercent = 0;
};

// One application in a cohort's queue: an offer pending, or a place on the waitlist.
struct QueueEntry
{
    qint64 applicationId = 0;
    QString applicantName;
    QString email;
    QDateTime qualifiedAt;
    QDateTime appliedAt;
    QDateTime offerExpiresAt; // offers only
    QDateTime queueAt;        // the place in the queue (Application::queueAt)
    // A deferral that returned to this cohort: the cohort it was deferred from ("" when the
    // history does not say), and whether it came back at all.
    bool returnedDeferral = false;
    QString deferredFrom;
};
