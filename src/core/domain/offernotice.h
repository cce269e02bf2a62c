#pragma once

#include "domain/deskcalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

// An application's current offer as the person who tells the applicant sees it: the event that
// made it (its time and cause), how long the seat is held, and whether it was sent.
struct CurrentOffer
{
    qint64 applicationId = 0;
    QString applicantName;
    QString cohortName;
    qint64 ownerId = 0; // 0: nobody owns the application
    QString ownerName;  // display name; empty without an owner
    qint64 offerEventId = 0;
    QDateTime offeredAt;
    QString cause;      // the event's cause: empty when a person made the offer
    QDateTime expiresAt;

    struct Notice
    {
        QDateTime sentAt;
        QString byName; // display name; empty for a user since gone from the table
    };
    std::optional<Notice> sent;

    bool madeByDesk() const { return !cause.isEmpty(); }
};

// An offer in words, the same in the window's panel, its work list and `show`. An offer is held
// to the end of its last day in the bootcamp's time zone (SeatLedger::offerExpiry).
class OfferText
{
    Q_DECLARE_TR_FUNCTIONS(OfferText)

public:
    // The last day the seat is held: the day of the last moment before the expiry.
    static QDate lastDay(const QDateTime &expiresAt, const QTimeZone &zone);
    // "held until 12/14/26, 7 day(s) left", "held until the end of today", "expired on 12/14/26".
    static QString hold(const QDateTime &expiresAt, const DeskCalendar &calendar);
    // "Offered by the desk on 12/7/26 (seat released by application 812): held until 12/14/26,
    // 7 days left. Not sent to the applicant yet."
    static QString describe(const CurrentOffer &offer, const DeskCalendar &calendar);
};
