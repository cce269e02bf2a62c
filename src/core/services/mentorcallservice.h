#pragma once

#include "domain/actor.h"
#include "domain/callcadence.h"
#include "domain/clock.h"
#include "domain/mentorcall.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// The promised weekly 1:1 calls: logging them (activities of the application, through
// ApplicantService like the job-search check-ins) and the cadence they keep on the bootcamp's
// calendar (CallCadence), the desk's evidence when a guarantee is disputed.
class MentorCallService
{
    Q_DECLARE_TR_FUNCTIONS(MentorCallService)

public:
    MentorCallService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // Logs a call of the student with a mentor (their current one unless `mentorId` names
    // another) on a day of the bootcamp up to today (today when invalid). An activity of the
    // applicant, so it takes the permission to edit applicants.
    Result<qint64> logCall(qint64 applicationId, const QDate &on = {}, qint64 mentorId = 0,
                           const QString &note = {});
    // The application's calls, newest first, with their days on the bootcamp's calendar.
    Result<QList<MentorCall>> calls(qint64 applicationId) const;
    // The student's cadence since their mentor was confirmed; nothing unless they are an
    // active student with a confirmed mentor.
    Result<std::optional<MenteeCadence>> menteeCadence(qint64 applicationId) const;
    // Each mentor with current active mentees, over the last CallCadence::RecentWeeks
    // completed weeks.
    Result<QList<MentorCadence>> mentorCadences() const;
    // What is told of the mentees behind: each with their name and latest call, or only how
    // many they are (their MenteeCadence has neither), which reads far less.
    enum class BehindMentees
    {
        Described,
        Counted
    };
    // The same on a calendar already read, for the reports, which read it once.
    static Result<QList<MentorCadence>> recentCadences(const QString &connectionName,
                                                       const DeskCalendar &calendar,
                                                       BehindMentees behind);

private:
    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
