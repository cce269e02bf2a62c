#pragma once

#include "domain/deskcalendar.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <utility>

// The bootcamp's days of many instants of one span of time, from the zone's offsets in that span
// looked up once: DeskCalendar::dayOf asks the zone for every instant, which was most of what a
// cadence over a few hundred thousand calls spent. Instants outside the span ask the calendar.
class SpanDays
{
public:
    // The span [from, until); an invalid bound gives an empty span.
    SpanDays(const DeskCalendar &calendar, const QDateTime &from, const QDateTime &until);

    // The same day as DeskCalendar::dayOf.
    QDate dayOf(const QDateTime &at) const;

private:
    const DeskCalendar &m_calendar;
    qint64 m_from = 0; // milliseconds since the epoch
    qint64 m_until = 0;
    // From each instant (milliseconds, ascending, the first at m_from) the offset in seconds.
    QList<std::pair<qint64, int>> m_offsets;
};
