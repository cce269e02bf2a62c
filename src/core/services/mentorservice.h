#pragma once

#include "domain/actor.h"
#include "domain/application.h"
#include "domain/clock.h"
#include "domain/mentor.h"
#include "domain/mentorassignment.h"
#include "domain/result.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Mentors and matching: an enrolled student gets a mentor of the same track with a free slot,
// preferring close time zones. Enrolment proposes one (MentorMoves); an officer confirms it or
// assigns another.
class MentorService
{
    Q_DECLARE_TR_FUNCTIONS(MentorService)

public:
    MentorService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    struct Suggestion
    {
        MentorLoad load;
        int timeZoneDistanceMinutes = 0; // between mentor and student, now
    };

    static FieldErrors validate(const Mentor &mentor);
    // A mentor's address is theirs alone (compared trimmed, whatever the case): another
    // mentor's is refused, naming who has it.
    Result<qint64> create(const Mentor &mentor);
    Status update(const Mentor &mentor);
    Result<QList<MentorLoad>> loads() const;

    // Mentors of the application's track with a free slot, nearest time zone first, then the
    // lightest load, then name.
    Result<QList<Suggestion>> suggestions(qint64 applicationId) const;
    // Ends any current assignment ("reassigned") and makes this mentor the active one; the
    // mentor already proposed is confirmed instead.
    Status assign(qint64 applicationId, qint64 mentorId);
    // Makes the proposed mentor of the application its active one, by this actor, now.
    Status confirm(qint64 applicationId);
    // The application's latest assignment, current or ended; nothing when it never had one.
    Result<std::optional<MentorAssignment>> assignment(qint64 applicationId) const;

    // Why no mentor was proposed, for the panel and show.
    static QString noFreeSlot();
    // The application, when it is an enrolled or active student; else refused, `refusal`
    // saying why with the application (%1) and its status (%2).
    static Result<Application> student(const QString &connectionName, qint64 applicationId,
                                       const QString &refusal);

private:
    // Refused when a mentor other than `mentor` has its address; inside the write's transaction.
    Status addressFree(const Mentor &mentor) const;
    // Refused when the mentor cannot take one more mentee, naming their numbers.
    static Status refuseFull(const MentorLoad &load);
    // Proposed -> active inside the caller's transaction, audited.
    Status confirmProposed(const MentorAssignment &proposed);
    Status recordAssignment(const QString &action, qint64 applicationId, qint64 mentorId,
                            const QString &mentorName) const;

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
