#include "domain/mentorassignment.h"

#include "domain/timestamp.h"

QString MentorAssignment::describe(const DeskCalendar &calendar) const
{
    const QString mentor = Mentor::named(mentorId, mentorName);
    switch (state) {
    case State::Proposed:
        return tr("proposed: %1, not yet confirmed").arg(mentor);
    case State::Active:
        return tr("%1, since %2").arg(mentor, Timestamp::formatDate(calendar.dayOf(startedAt)));
    case State::Ended:
        break;
    }
    return tr("none: %1 until %2 (%3)")
        .arg(mentor, Timestamp::formatDate(calendar.dayOf(endedAt)), endCause);
}
