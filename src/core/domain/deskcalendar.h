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

private:
    QTimeZone m_zone;
    const Clock &m_clock;
};
