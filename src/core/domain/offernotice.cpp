#include "domain/offernotice.h"

#include <QLocale>

QDate OfferText::lastDay(const QDateTime &expiresAt, const QTimeZone &zone)
{
    return expiresAt.addMSecs(-1).toTimeZone(zone).date();
}

QString OfferText::hold(const QDateTime &expiresAt, const DeskCalendar &calendar)
{
    const QDate last = lastDay(expiresAt, calendar.timeZone());
    const QString shown = QLocale().toString(last, QLocale::ShortFormat);
    const qint64 left = calendar.today().daysTo(last);
    if (left < 0)
        return tr("expired on %1").arg(shown);
    if (left == 0)
        return tr("held until the end of today");
    return tr("held until %1, %n day(s) left", nullptr, int(left)).arg(shown);
}

QString OfferText::describe(const CurrentOffer &offer, const DeskCalendar &calendar)
{
    const QLocale locale;
    const QString day = locale.toString(calendar.dayOf(offer.offeredAt), QLocale::ShortFormat);
    const QString made = offer.madeByDesk()
                             ? tr("Offered by the desk on %1 (%2)").arg(day, offer.cause)
                             : tr("Offered on %1").arg(day);
    const QString sent =
        offer.sent ? tr("Sent %1 by %2.")
                         .arg(locale.toString(offer.sent->sentAt.toTimeZone(calendar.timeZone()),
                                              QLocale::ShortFormat),
                              offer.sent->byName)
                   : tr("Not sent to the applicant yet.");
    return tr("%1: %2. %3").arg(made, hold(offer.expiresAt, calendar), sent);
}
