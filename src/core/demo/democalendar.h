#include "domain/timestamp.h"
#pragma once

#include <QDate>
#include <QString>

// The demo data's days and times as plain numbers: days and milliseconds since 1970-01-01 UTC.
// The texts are Timestamp's stored forms, made without a QDateTime per row: ten million rows
// make that count.
namespace DemoCalendar {

constexpr qint64 Second = 1000;
constexpr qint64 Hour = 3600 * Second;
constexpr qint64 Day = 24 * Hour;

struct CivilDate
{
    int year = 1970;
    int month = 1;
    int day = 1;
};

// The proleptic Gregorian date of a day number.
CivilDate civilFromDays(qint64 day);
// The day number of a date.
qint64 dayNumber(const QDate &date);
// The day a time falls on (rounding down, also before 1970).
qint64 dayOf(qint64 ms);
// Cohorts start on Mondays.
qint64 mondayOnOrBefore(qint64 day);
// "YYYY-MM-DD", as Timestamp::formatDate.
QString dateText(qint64 day);
// "YYYY-MM-DDTHH:MM:SS.mmmZ", as Timestamp::format.
QString timestampText(qint64 ms);

} // namespace DemoCalendar
