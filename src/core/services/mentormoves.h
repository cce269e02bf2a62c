#pragma once

#include "domain/actor.h"
#include "domain/application.h"
#include "domain/clock.h"
#include "domain/mentorassignment.h"
#include "domain/result.h"

#include <QCoreApplication>

// What a student's moves do to their mentor, inside the mover's transaction and audited as the
// mover: enrolling proposes the best suggestion (MentorService::suggestions; none when no mentor
// of the track has a free slot), and leaving the student statuses (withdrawn, deferred,
// dropped, refunded, graduated, or a move taken back) ends the current assignment, the new
// status its cause. The end of the program ends them too: a cohort completed ends those of the
// students still in it.
class MentorMoves
{
    Q_DECLARE_TR_FUNCTIONS(MentorMoves)

public:
    MentorMoves(QString connectionName, Actor by, const Clock &clock)
        : m_connection(std::move(connectionName)), m_by(std::move(by)), m_clock(clock)
    {
    }

    // After `application` was moved from `from` to its status.
    Status afterMove(const Application &application, ApplicationStatus from) const;
    // The cohort completed: its current assignments end, "cohort completed".
    Status endForCohort(qint64 cohortId) const;

    static QString cohortCompletedCause() { return QStringLiteral("cohort completed"); }

private:
    Status propose(const Application &application) const;
    Status end(const MentorAssignment &assignment, const QString &cause) const;

    QString m_connection;
    Actor m_by;
    const Clock &m_clock;
};
