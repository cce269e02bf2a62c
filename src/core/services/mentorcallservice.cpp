#include "services/mentorcallservice.h"

#include "domain/activity.h"
#include "domain/timestamp.h"
#include "repositories/mentorcallrepository.h"
#include "repositories/mentorrepository.h"
#include "services/applicantservice.h"
#include "services/authorization.h"
#include "services/desksettingsservice.h"
#include "services/mentorservice.h"

MentorCallService::MentorCallService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<qint64> MentorCallService::logCall(qint64 applicationId, const QDate &on, qint64 mentorId,
                                          const QString &note)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::EditApplicants);
        !allowed)
        return allowed.error();
    const auto application = MentorService::student(
        m_connection, applicationId,
        tr("Application %1 is %2: mentor calls are logged for enrolled and active students."));
    if (!application)
        return application.error();
    MentorRepository mentors(m_connection);
    if (mentorId == 0) {
        auto current = mentors.currentAssignment(applicationId);
        if (!current)
            return current.error();
        if (!current.value())
            return Error{
                tr("Application %1 has no mentor: name the mentor of the call.").arg(applicationId),
                {}};
        mentorId = current.value()->mentorId;
    }
    auto mentor = mentors.find(mentorId);
    if (!mentor)
        return mentor.error();
    if (!mentor.value())
        return Error{tr("mentor: there is no mentor %1.").arg(mentorId), {}};

    auto calendar = DeskSettingsService(m_connection, m_actor, m_clock).calendar();
    if (!calendar)
        return calendar.error();
    const QDate today = calendar->today();
    const QDate day = on.isValid() ? on : today;
    if (day > today)
        return Error{tr("The call of application %1 is dated %2, after today (%3): log it once "
                        "it happened.")
                         .arg(applicationId)
                         .arg(Timestamp::formatDate(day), Timestamp::formatDate(today)),
                     {}};
    Activity call;
    call.applicantId = application->applicantId;
    call.applicationId = applicationId;
    call.kind = Activity::Kind::MentorCall;
    call.mentorId = mentorId;
    // Noon of the bootcamp's day: that day wherever the desk's calendar reads it back.
    call.at =
        day == today ? m_clock.now() : QDateTime(day, QTime(12, 0), calendar->timeZone()).toUTC();
    call.summary = note.trimmed().isEmpty()
                       ? tr("1:1 call with %1").arg(Mentor::named(mentorId, mentor.value()->name))
                       : note;
    return ApplicantService(m_connection, m_actor, m_clock).addActivity(call);
}

Result<QList<MentorCall>> MentorCallService::calls(qint64 applicationId) const
{
    auto calendar = DeskSettingsService(m_connection, m_actor, m_clock).calendar();
    if (!calendar)
        return calendar.error();
    auto calls = MentorCallRepository(m_connection).calls(applicationId);
    if (!calls)
        return calls.error();
    for (MentorCall &call : calls.value())
        call.on = calendar->dayOf(call.at);
    return calls;
}

Result<std::optional<MenteeCadence>> MentorCallService::menteeCadence(qint64 applicationId) const
{
    auto calendar = DeskSettingsService(m_connection, m_actor, m_clock).calendar();
    if (!calendar)
        return calendar.error();
    auto mentee = MentorCallRepository(m_connection).menteeCallsOf(applicationId);
    if (!mentee)
        return mentee.error();
    if (mentee.value().isEmpty())
        return std::optional<MenteeCadence>();
    return std::optional<MenteeCadence>(
        CallCadence(calendar.value()).ofMentee(mentee.value().constFirst(), 0));
}

Result<QList<MentorCadence>> MentorCallService::mentorCadences() const
{
    auto calendar = DeskSettingsService(m_connection, m_actor, m_clock).calendar();
    if (!calendar)
        return calendar.error();
    return recentCadences(m_connection, calendar.value(), BehindMentees::Described);
}

Result<QList<MentorCadence>> MentorCallService::recentCadences(const QString &connectionName,
                                                               const DeskCalendar &calendar,
                                                               BehindMentees behind)
{
    const CallCadence cadence(calendar);
    const QDateTime since(cadence.windowStart(CallCadence::RecentWeeks), QTime(0, 0),
                          calendar.timeZone());
    auto mentees =
        MentorCallRepository(connectionName)
            .menteeCalls(since.toUTC(), behind == BehindMentees::Described
                                            ? MentorCallRepository::MenteeDetail::NameAndLastCall
                                            : MentorCallRepository::MenteeDetail::None);
    if (!mentees)
        return mentees.error();
    return cadence.ofMentors(mentees.value(), CallCadence::RecentWeeks);
}
