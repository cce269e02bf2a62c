#pragma once

#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/mentor.h"
#include "domain/result.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QList>

// Mentors and matching: an enrolled student gets a mentor of the same track with free
// capacity, preferring close time zones.
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

    // Mentors of the application's track with free capacity, nearest time zone first, then
    // the lightest load, then name.
    Result<QList<Suggestion>> suggestions(qint64 applicationId) const;
    // Ends any current assignment and makes this mentor the active one.
    Status assign(qint64 applicationId, qint64 mentorId);

private:
    // Refused when a mentor other than `mentor` has its address; inside the write's transaction.
    Status addressFree(const Mentor &mentor) const;

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
