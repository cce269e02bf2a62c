#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// The bootcamp's day of a stored time as SQL, for reports that count by day in the database
// rather than bring every time back: SQLite knows no time zones, so the time is shifted by the
// zone's offset in force then, one CASE arm for each of the zone's transitions between `since`
// and `until` (newest first, where most times fall). Times before `since` take its offset.
namespace CalendarDaySql {
// "date(column, CASE WHEN column >= '…' THEN '-240 minutes' … ELSE '-300 minutes' END)": a
// 'YYYY-MM-DD' text. `column` is one of the caller's own names, never user text.
QString of(const QString &column, const QTimeZone &zone, const QDateTime &since,
           const QDateTime &until);
} // namespace CalendarDaySql
