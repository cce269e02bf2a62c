#pragma once

#include "domain/clock.h"

#include <QDate>

// The desk's day: where "today" comes from for the dates the desk keeps (guarantee periods,
// their weeks). The UTC date until the bootcamp's own time zone is kept in the database.
namespace DeskCalendar {
inline QDate today(const Clock &clock)
{
    return clock.now().toUTC().date();
}
} // namespace DeskCalendar
