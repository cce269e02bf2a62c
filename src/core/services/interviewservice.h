#pragma once

#include "domain/actor.h"
#include "domain/applicationstatus.h"
#include "domain/clock.h"
#include "domain/interview.h"
#include "domain/result.h"
#include "domain/staffuser.h"
#include "domain/statusevent.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Interviews of applications: scheduling one (which moves the application on to
// interview_scheduled), moving it, cancelling it, and marking it held when its interview
// activity is logged. Each write is one transaction, recorded in the audit trail, and takes the
// permission to change an application's status: an interview is a step of the decision.
class InterviewService
{
    Q_DECLARE_TR_FUNCTIONS(InterviewService)

public:
    InterviewService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // When, for how long and with whom.
    struct Plan
    {
        QDateTime startsAt;
        int durationMinutes = Interview::DefaultMinutes;
        qint64 interviewerId = 0;
    };
    struct Scheduled
    {
        Interview interview;
        QList<StatusEvent> events; // the status moves it made, in order
    };

    // Whether an application in this status can have an interview scheduled: while it is being
    // assessed (applied to interviewed), never after the decision.
    static bool takesInterviews(ApplicationStatus status);

    // Schedules an interview of the application: in the future, with an active staff user, at
    // most one scheduled at a time. An application that is applied or in screening moves on to
    // interview_scheduled through the moves of the transition table, in the same transaction.
    Result<Scheduled> schedule(qint64 applicationId, const Plan &plan);
    // A scheduled interview at another time, of another length or with another interviewer.
    Result<Interview> reschedule(qint64 interviewId, const Plan &plan);
    // Cancels a scheduled interview. The application keeps its status: another interview can be
    // scheduled, or the application moved on by hand.
    Status cancel(qint64 interviewId, const QString &reason = {});

    // Inside the caller's transaction, after the interview activity `activityId` of the
    // application was written: its scheduled interview is held, and an application still
    // interview_scheduled moves on to interviewed (when the actor may change statuses). Returns
    // the interview marked, 0 when it had none scheduled.
    Result<qint64> markHeldInTransaction(qint64 applicationId, qint64 activityId);

    Result<std::optional<Interview>> find(qint64 interviewId) const;
    Result<std::optional<Interview>> scheduledFor(qint64 applicationId) const;
    // Scheduled interviews not yet over, the earliest first; of one interviewer, or of everyone
    // when `interviewerId` is 0.
    Result<QList<Interview>> upcoming(qint64 interviewerId = 0) const;
    // Who can interview: the active staff users.
    Result<QList<StaffUser>> interviewers() const;

private:
    // The plan's problems: a time not in the future, a length out of range, an interviewer who
    // is not an active staff user. Returns the interviewer.
    Result<StaffUser> check(const Plan &plan) const;
    // The interview, while it is still scheduled; otherwise `refusal` ("Interview %1 was %2 and
    // cannot be …", with its id and state) says why it cannot change.
    Result<Interview> stillScheduled(qint64 interviewId, const QString &refusal) const;

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
