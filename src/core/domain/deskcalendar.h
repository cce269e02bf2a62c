#pragma once

#include "domain/clock.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// The bootcamp's days: where one ends is decided by the one time zone the desk keeps for the
// whole bootcamp (DeskSettingsService::calendar), not by the zone of the computer a desk runs
// on, so that every desk agrees on the day a cohort starts or a refund was asked for.
class DeskCalendar
{
public:
    DeskCalendar(QTimeZone zone, const Clock &clock) : m_zone(std::move(zone)), m_clock(clock) {}

    const QTimeZone &timeZone() const { return m_zone; }
    // The bootcamp's date now, by the clock.
    QDate today() const { return dayOf(m_clock.now()); }
    // The bootcamp's date at an instant (23:30 UTC is already the next day in Asia/Tokyo).
    QDate dayOf(const QDateTime &at) const { return at.toTimeZone(m_zone).date(); }
    // A time a person typed: as given when it names its offset (Z, +01:00), else a wall-clock
    // time of the bootcamp's zone, whatever the zone of the computer reading it.
    QDateTime read(const QDateTime &typed) const
    {
        return typed.timeSpec() == Qt::LocalTime ? QDateTime(typed.date(), typed.time(), m_zone)
                                                 : typed;
    }
    // ISO 8601 in the bootcamp's zone with its offset: "2026-12-10T14:30:00+01:00".
    QString isoText(const QDateTime &at) const
    {
        return at.toTimeZone(m_zone).toString(Qt::ISODate);
    }
    // The instant the bootcamp's day begins (a day's end is the next one's beginning).
    QDateTime startOf(const QDate &day) const { return QDateTime(day, QTime(0, 0), m_zone); }

private:
    QTimeZone m_zone;
    const Clock &m_clock;
};
