#include "demo/demomentorcalls.h"

#include "demo/democalendar.h"

#include <algorithm>

namespace DemoMentorCalls {

namespace {
constexpr qint64 Week = 7 * DemoCalendar::Day;
} // namespace

quint64 seedOf(quint64 slotSeed)
{
    return slotSeed ^ 0x6d656e746f72636cULL; // "mentorcl"
}

QList<qint64> calls(qint64 from, qint64 until, DemoSlotDice &dice)
{
    if (dice.chance(1.0 / 30))
        until -= dice.between(1, 3) * Week; // lapsed lately
    if (from >= until)
        return {};
    // Calendar weeks from Monday (1970-01-05 was one), a call on a weekday of each.
    constexpr qint64 FirstMonday = 4 * DemoCalendar::Day;
    const qint64 firstWeek = from - (from - FirstMonday) % Week;
    QList<qint64> found;
    for (qint64 week = firstWeek; week < until; week += Week) {
        if (dice.chance(0.02))
            continue; // a week missed
        const qint64 at = week + dice.between(0, 4) * DemoCalendar::Day +
                          dice.between(9, 17) * DemoCalendar::Hour;
        found << std::clamp(at, from, until);
    }
    return found;
}

} // namespace DemoMentorCalls
