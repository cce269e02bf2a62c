#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <utility>

// Reading the values of an imported cell that are not plain text. Each returns nothing when the
// text cannot be read, for the caller to name the cell.
namespace ImportValues {

// Which of the first two numbers of a numeric date with slashes is the day. Both orders are
// common (11/24/2026 in the US, 24/11/2026 in Britain) and the text alone rarely tells:
// DateOrderScan decides it from a whole column.
enum class DateOrder
{
    Undecided,
    DayFirst,
    MonthFirst
};

// The first two numbers of a date written with slashes ("12/04/2026 13:45": 12 and 4); nothing
// for any other text.
std::optional<std::pair<int, int>> slashDateParts(const QString &text);

// A point in time, as web forms and spreadsheets write it:
//   ISO 8601: 2026-11-24T09:30:00Z, 2026-11-24T09:30:00.123+01:00, 2026-11-24 09:30[:00];
//   numeric with slashes, in `slashOrder` (none when Undecided): 11/24/2026 9:30:00,
//   11/24/2026 9:30, 11/24/2026, 24/11/2026 2:02 PM;
//   German: 24.11.2026 09:30:00, 24.11.2026 09:30, 24.11.2026;
//   the month in English words: Nov 30, 2026; November 30, 2026 2:02 pm; 30 Nov 2026 14:02.
// A time without a zone or offset is local time (the web form's time zone is the desk's);
// a date without a time is its local midnight.
std::optional<QDateTime> timestamp(const QString &text, const QTimeZone &local,
                                   DateOrder slashOrder);

// yes/no in the usual spellings (yes, no, y, n, true, false, 1, 0, x, ja, nein); empty is no.
std::optional<bool> yesNo(const QString &text);

struct Name
{
    QString first;
    QString last;
};
// "Ada Lovelace" → Ada / Lovelace; "Ludwig van Beethoven" → Ludwig / van Beethoven (particles
// go with the last name); "Mary Ann Smith" → Mary Ann / Smith. One word has no last name.
std::optional<Name> splitFullName(const QString &text);

} // namespace ImportValues
