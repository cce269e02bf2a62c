#pragma once

#include "domain/deskcalendar.h"
#include "domain/mentor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// A mentor given to a student: proposed at enrolment, active once an officer confirms it,
// ended with the student (or by a reassignment), with why.
struct MentorAssignment
{
    Q_DECLARE_TR_FUNCTIONS(MentorAssignment)

public:
    enum class State
    {
        Proposed,
        Active,
        Ended
    };

    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 mentorId = 0;
    QString mentorName;
    State state = State::Proposed;
    QDateTime createdAt;
    QDateTime startedAt; // confirmed (or assigned directly)
    QDateTime endedAt;
    QString
        endCause; // "dropped", "graduated", "cohort completed", "reassigned"; empty while current

    bool isCurrent() const { return state != State::Ended; }
    // "2 (Grace Hopper), since 2026-11-02", "proposed: 2 (Grace Hopper), not yet confirmed" or
    // "none: 2 (Grace Hopper) until 2026-12-01 (dropped)", days on the bootcamp's calendar.
    QString describe(const DeskCalendar &calendar) const;
};
