#include "demo/demojobsearch.h"

#include "demo/democalendar.h"
#include "demo/demotrack.h"

#include <algorithm>
#include <iterator>

namespace DemoJobSearch {

namespace {
constexpr const char *Employers[] = {
    "Initech",          "Globex",          "Umbrella Health", "Northwind Traders",
    "Contoso",          "Fabrikam",        "Tailspin Travel", "Wide World Importers",
    "Litware",          "Adventure Works", "Blue Yonder",     "Proseware",
    "Lamna Healthcare", "Woodgrove Bank",  "Fourth Coffee"};

// One title per track (DemoTracks' order), for the jobs in field.
constexpr const char *Titles[] = {"Junior Software Engineer",  "Smart Contract Developer",
                                  "Security Analyst",          "Data Analyst",
                                  "Product Designer",          "DevOps Engineer",
                                  "Machine Learning Engineer", "QA Engineer"};
static_assert(std::size(Titles) == std::size(DemoTracks));

constexpr qint64 Week = 7 * DemoCalendar::Day;
} // namespace

quint64 seedOf(quint64 slotSeed)
{
    return slotSeed ^ 0x6a6f627365617263ULL; // "jobsearc"
}

Job job(int track, qint64 placedAt, DemoSlotDice &dice)
{
    Job found;
    found.employer =
        QString::fromLatin1(Employers[dice.below(static_cast<qint64>(std::size(Employers)))]);
    found.title = QString::fromLatin1(Titles[track]);
    found.salary = dice.chance(0.7) ? dice.between(42, 96) * 1000 : 0;
    found.startsAt = placedAt + dice.between(7, 35) * DemoCalendar::Day;
    return found;
}

QList<CheckIn> checkIns(qint64 searchAt, qint64 until, DemoSlotDice &dice)
{
    QList<CheckIn> found;
    for (qint64 week = searchAt; week + DemoCalendar::Day <= until; week += Week) {
        if (dice.chance(0.08))
            continue; // a week missed
        const qint64 at = std::min(until, week + dice.between(1, 6) * DemoCalendar::Day +
                                              dice.between(9, 17) * DemoCalendar::Hour);
        found << CheckIn{
            at, static_cast<int>(dice.chance(0.1) ? dice.between(0, 2) : dice.between(3, 12))};
    }
    return found;
}

} // namespace DemoJobSearch
