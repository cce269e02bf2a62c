#pragma once

#include "demo/demodice.h"

#include <QList>

// A demo student's weekly 1:1 calls with their mentor, drawn from a stream of their own so that
// the rest of an application's draws stay as they were.
namespace DemoMentorCalls {

// The seed of the calls' stream, from the application's.
quint64 seedOf(quint64 slotSeed);
// The calls (ms) from `from` until `until`: one on a weekday of most calendar weeks (Monday
// first), now and then a week missed, and about one student in thirty has had none for the
// last week or few, so that some students, and their mentors, are behind.
QList<qint64> calls(qint64 from, qint64 until, DemoSlotDice &dice);

} // namespace DemoMentorCalls
