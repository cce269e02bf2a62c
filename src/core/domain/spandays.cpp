#include "domain/spandays.h"

#include <algorithm>

namespace {
constexpr qint64 MsecsPerDay = 24 * 60 * 60 * 1000;
} // namespace

SpanDays::SpanDays(const DeskCalendar &calendar, const QDateTime &from, const QDateTime &until)
    : m_calendar(calendar)
{
    if (!from.isValid() || !until.isValid() || from >= until)
        return;
    m_from = from.toMSecsSinceEpoch();
    m_until = until.toMSecsSinceEpoch();
    const QTimeZone &zone = calendar.timeZone();
    m_offsets << std::pair{m_from, zone.offsetFromUtc(from)};
    for (const QTimeZone::OffsetData &transition : zone.transitions(from, until)) {
        const qint64 at = transition.atUtc.toMSecsSinceEpoch();
        if (at <= m_from)
            m_offsets.first().second = transition.offsetFromUtc;
        else if (at < m_until)
            m_offsets << std::pair{at, transition.offsetFromUtc};
    }
}

QDate SpanDays::dayOf(const QDateTime &at) const
{
    const qint64 msecs = at.toMSecsSinceEpoch();
    if (!at.isValid() || m_offsets.isEmpty() || msecs < m_from || msecs >= m_until)
        return m_calendar.dayOf(at);
    const auto next = std::upper_bound(
        m_offsets.cbegin(), m_offsets.cend(), msecs,
        [](qint64 value, const std::pair<qint64, int> &offset) { return value < offset.first; });
    const qint64 local = msecs + qint64(std::prev(next)->second) * 1000;
    // Floor division: days before 1970 count down from -1.
    const qint64 days = local >= 0 ? local / MsecsPerDay : -((-local - 1) / MsecsPerDay) - 1;
    return QDate(1970, 1, 1).addDays(days);
}
