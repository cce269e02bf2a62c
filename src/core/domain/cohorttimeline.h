#pragma once

#include "domain/cohort.h"

#include <QDate>
#include <QString>

#include <optional>

// Where a cohort's dates and seats take its state on a day of the bootcamp: a draft opens on
// its applications-open day, open and full follow the free seats, the start date starts it and
// the end date completes it. One step at a time, so that a desk closed for a month takes a
// cohort through each state in turn and each step is recorded.
namespace CohortTimeline {
struct Step
{
    QString to;
    QString cause; // in English, like every cause in a history
};

// The next state of `seats.cohort` on `today`, or nothing when it stays as it is. Cancelled and
// completed cohorts stay; so does a draft without an applications-open day.
std::optional<Step> nextStep(const CohortSeats &seats, const QDate &today);

// The cause of every enrolled student's move to active when their cohort starts.
inline QString studentsStartCause()
{
    return QStringLiteral("cohort started");
}
} // namespace CohortTimeline
