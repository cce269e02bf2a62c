#pragma once

#include "demo/democohort.h"
#include "demo/demodice.h"

#include <vector>

// The cohorts of a demo and how many applications of each status each gets: per track, some
// completed, some started, several upcoming (every third full, with a waitlist), a draft and now
// and then a cancelled one, with dates relative to the anchor day. Seat-holding applications
// never exceed a cohort's capacity and only full cohorts have a waitlist. Together the cohorts
// take at most 96% of the applicants (a small demo a few more, to show every status): the rest
// have not been placed in a cohort yet.
class DemoCohortPlan
{
public:
    // Ordered by track, then state; named CODE-YYYY-MM-A with sections lettered in start order
    // within a month.
    static std::vector<DemoCohort> make(qint64 applicants, qint64 anchorDay, DemoMainDice &dice);

    // "A" to "Z", then "AA", "AB", …
    static QString sectionLetters(int index);
};
