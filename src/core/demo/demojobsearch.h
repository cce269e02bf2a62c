#pragma once

#include "demo/demodice.h"

#include <QList>
#include <QString>

// A graduate's job search in the demo: the job a placed one found, and the weekly check-ins,
// drawn from a stream of its own so that the rest of an application's draws stay as they were.
namespace DemoJobSearch {

struct Job
{
    QString employer;
    QString title;
    qint64 salary = 0;   // a year; 0: the graduate did not tell
    qint64 startsAt = 0; // ms, a few days to weeks after the offer
};

struct CheckIn
{
    qint64 at = 0; // ms
    int applications = 0;
};

// The seed of the search's stream, from the application's.
quint64 seedOf(quint64 slotSeed);
// The job of a graduate of track `track` placed at `placedAt` (ms).
Job job(int track, qint64 placedAt, DemoSlotDice &dice);
// A check-in in most weeks from `searchAt` until `until` (ms), the job applications of the week
// with it: mostly enough, now and then a week missed or a thin one.
QList<CheckIn> checkIns(qint64 searchAt, qint64 until, DemoSlotDice &dice);

} // namespace DemoJobSearch
