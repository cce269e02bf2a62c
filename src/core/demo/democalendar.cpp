#include "demo/democalendar.h"

namespace DemoCalendar {

namespace {

void putNumber(char *at, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

void putDate(char *text, qint64 day)
{
    const CivilDate date = civilFromDays(day);
    putNumber(text, date.year, 4);
    text[4] = '-';
    putNumber(text + 5, date.month, 2);
    text[7] = '-';
    putNumber(text + 8, date.day, 2);
}

} // namespace

CivilDate civilFromDays(qint64 day)
{
    // Howard Hinnant's days_from_civil inverse, exact for the proleptic Gregorian calendar.
    day += 719468;
    const qint64 era = (day >= 0 ? day : day - 146096) / 146097;
    const qint64 doe = day - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    CivilDate date;
    date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    date.year = static_cast<int>(yoe + era * 400 + (date.month <= 2 ? 1 : 0));
    return date;
}

qint64 dayNumber(const QDate &date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

qint64 dayOf(qint64 ms)
{
    return ms >= 0 ? ms / Day : (ms - Day + 1) / Day;
}

qint64 mondayOnOrBefore(qint64 day)
{
    // 1970-01-01 was a Thursday.
    return day - ((day + 3) % 7 + 7) % 7;
}

QString dateText(qint64 day)
{
    char text[10];
    putDate(text, day);
    return QString::fromLatin1(text, 10);
}

QString timestampText(qint64 ms)
{
    const qint64 day = dayOf(ms);
    const qint64 rest = ms - day * Day;
    char text[24];
    putDate(text, day);
    text[10] = 'T';
    putNumber(text + 11, rest / Hour, 2);
    text[13] = ':';
    putNumber(text + 14, rest / 60000 % 60, 2);
    text[16] = ':';
    putNumber(text + 17, rest / 1000 % 60, 2);
    text[19] = '.';
    putNumber(text + 20, rest % 1000, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

} // namespace DemoCalendar
