#include "services/interviewservice.h"

#include "audit/audittrail.h"
#include "db/transaction.h"
#include "domain/permissions.h"
#include "domain/statustransitions.h"
#include "domain/timestamp.h"
#include "repositories/applicationrepository.h"
#include "repositories/interviewrepository.h"
#include "repositories/staffrepository.h"
#include "services/authorization.h"
#include "services/statusservice.h"

namespace {
// One record of an interview, on its application. Times are stored text; the note names the
// interview, its length and its interviewer (staff are not personal data of applicants).
AuditEntry interviewEntry(const QString &action, const Interview &interview, const QString &field)
{
    AuditEntry entry(action, QStringLiteral("application"), interview.applicationId);
    entry.field = field;
    entry.note = QStringLiteral("interview %1, %2 min, with %3")
                     .arg(interview.id)
                     .arg(interview.durationMinutes)
                     .arg(interview.interviewerUsername);
    return entry;
}

// A fresh trail for each record: a status move between two records writes records of its own.
Status record(const QString &connection, const Actor &actor, const Clock &clock,
              const AuditEntry &entry)
{
    return AuditTrail(connection, actor, clock).record(entry);
}
} // namespace

InterviewService::InterviewService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

bool InterviewService::takesInterviews(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Applied:
    case ApplicationStatus::Screening:
    case ApplicationStatus::InterviewScheduled:
    case ApplicationStatus::Interviewed:
        return true;
    default:
        return false;
    }
}

Result<StaffUser> InterviewService::check(const Plan &plan) const
{
    if (!plan.startsAt.isValid())
        return Error{tr("The interview needs a date and a time."), {}};
    if (plan.startsAt <= m_clock.now())
        return Error{tr("The interview time %1 is in the past: choose a time to come.")
                         .arg(Timestamp::format(plan.startsAt)),
                     {}};
    if (plan.durationMinutes < Interview::MinMinutes ||
        plan.durationMinutes > Interview::MaxMinutes)
        return Error{tr("An interview lasts from %1 to %2 minutes, not %3.")
                         .arg(Interview::MinMinutes)
                         .arg(Interview::MaxMinutes)
                         .arg(plan.durationMinutes),
                     {}};
    auto interviewer = StaffRepository(m_connection).find(plan.interviewerId);
    if (!interviewer)
        return interviewer.error();
    if (!interviewer.value())
        return Error{tr("There is no staff user %1 to interview.").arg(plan.interviewerId), {}};
    if (!interviewer.value()->active)
        return Error{
            tr("%1 is no longer active and cannot interview.").arg(interviewer.value()->username),
            {}};
    return *interviewer.value();
}

Result<InterviewService::Scheduled> InterviewService::schedule(qint64 applicationId,
                                                               const Plan &plan)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ChangeStatus);
        !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto interviewer = check(plan);
    if (!interviewer)
        return interviewer.error();
    auto found = ApplicationRepository(m_connection).find(applicationId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no application %1.").arg(applicationId), {}};
    const ApplicationStatus status = found.value()->status;
    if (!takesInterviews(status))
        return Error{tr("Application %1 is %2: an interview is only scheduled while an "
                        "application is assessed (applied to interviewed).")
                         .arg(applicationId)
                         .arg(Statuses::machineName(status)),
                     {}};
    InterviewRepository interviews(m_connection);
    auto already = interviews.scheduledFor(applicationId);
    if (!already)
        return already.error();
    if (already.value())
        return Error{tr("Application %1 already has interview %2 scheduled at %3: move or cancel "
                        "that one.")
                         .arg(applicationId)
                         .arg(already.value()->id)
                         .arg(Timestamp::format(already.value()->startsAt)),
                     {}};

    const QDateTime now = m_clock.now();
    Interview interview;
    interview.applicationId = applicationId;
    interview.startsAt = plan.startsAt.toUTC();
    interview.durationMinutes = plan.durationMinutes;
    interview.interviewerId = interviewer.value().id;
    interview.interviewerUsername = interviewer.value().username;
    interview.scheduledById = m_actor.userId;
    interview.createdAt = interview.updatedAt = now;
    auto id = interviews.insert(interview);
    if (!id)
        return id.error();
    interview.id = id.value();
    AuditEntry entry = interviewEntry(QStringLiteral("schedule_interview"), interview,
                                      QStringLiteral("interview"));
    entry.newValue = AuditValue::plain(Timestamp::format(interview.startsAt));
    if (Status recorded = record(m_connection, m_actor, m_clock, entry); !recorded)
        return recorded.error();

    // On to interview_scheduled by the table's own moves: applied goes through screening.
    Scheduled result;
    StatusService statuses(m_connection, m_actor, m_clock);
    ApplicationStatus current = status;
    for (ApplicationStatus next :
         {ApplicationStatus::Screening, ApplicationStatus::InterviewScheduled}) {
        if (!StatusTransitions::isAllowed(current, next))
            continue;
        auto moved = statuses.changeStatusInTransaction(applicationId, next, {});
        if (!moved)
            return moved.error();
        result.events << moved.value();
        current = next;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    auto stored = interviews.find(interview.id);
    if (!stored)
        return stored.error();
    result.interview = stored.value().value_or(interview);
    return result;
}

Result<Interview> InterviewService::reschedule(qint64 interviewId, const Plan &plan)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ChangeStatus);
        !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    const auto scheduled =
        stillScheduled(interviewId, tr("Interview %1 was %2 and cannot be moved."));
    if (!scheduled)
        return scheduled.error();
    const Interview &before = scheduled.value();
    InterviewRepository interviews(m_connection);
    auto interviewer = check(plan);
    if (!interviewer)
        return interviewer.error();
    Interview after = before;
    after.startsAt = plan.startsAt.toUTC();
    after.durationMinutes = plan.durationMinutes;
    after.interviewerId = interviewer.value().id;
    after.interviewerUsername = interviewer.value().username;
    if (Status done = interviews.reschedule(after, m_clock.now()); !done)
        return done.error();
    AuditEntry entry =
        interviewEntry(QStringLiteral("reschedule_interview"), after, QStringLiteral("interview"));
    entry.oldValue = AuditValue::plain(Timestamp::format(before.startsAt));
    entry.newValue = AuditValue::plain(Timestamp::format(after.startsAt));
    if (before.interviewerId != after.interviewerId ||
        before.durationMinutes != after.durationMinutes)
        entry.note += QStringLiteral(" (was %1 min with %2)")
                          .arg(before.durationMinutes)
                          .arg(before.interviewerUsername);
    if (Status recorded = record(m_connection, m_actor, m_clock, entry); !recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    auto stored = interviews.find(interviewId);
    if (!stored)
        return stored.error();
    return stored.value().value_or(after);
}

Status InterviewService::cancel(qint64 interviewId, const QString &reason)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ChangeStatus);
        !allowed)
        return allowed;
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    const auto scheduled =
        stillScheduled(interviewId, tr("Interview %1 was %2 and cannot be cancelled."));
    if (!scheduled)
        return scheduled.error();
    const Interview &interview = scheduled.value();
    InterviewRepository interviews(m_connection);
    if (Status done =
            interviews.setState(interviewId, Interview::State::Cancelled, 0, m_clock.now());
        !done)
        return done;
    AuditEntry entry = interviewEntry(QStringLiteral("cancel_interview"), interview,
                                      QStringLiteral("interview_state"));
    entry.oldValue = AuditValue::plain(Interview::machineName(Interview::State::Scheduled));
    entry.newValue = AuditValue::plain(Interview::machineName(Interview::State::Cancelled));
    // Why may say something about the person: kept as their personal value.
    if (!reason.trimmed().isEmpty())
        entry.reason = AuditValue::personal(reason.trimmed(), interview.applicantId);
    if (Status recorded = record(m_connection, m_actor, m_clock, entry); !recorded)
        return recorded;
    return transaction.commit();
}

Result<Interview> InterviewService::stillScheduled(qint64 interviewId, const QString &refusal) const
{
    auto found = InterviewRepository(m_connection).find(interviewId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no interview %1.").arg(interviewId), {}};
    if (found.value()->state != Interview::State::Scheduled)
        return Error{refusal.arg(interviewId).arg(Interview::machineName(found.value()->state)),
                     {}};
    return *found.value();
}

Result<qint64> InterviewService::markHeldInTransaction(qint64 applicationId, qint64 activityId)
{
    InterviewRepository interviews(m_connection);
    auto scheduled = interviews.scheduledFor(applicationId);
    if (!scheduled)
        return scheduled.error();
    if (!scheduled.value())
        return qint64(0);
    const Interview &interview = *scheduled.value();
    if (Status done =
            interviews.setState(interview.id, Interview::State::Held, activityId, m_clock.now());
        !done)
        return done.error();
    AuditEntry entry = interviewEntry(QStringLiteral("hold_interview"), interview,
                                      QStringLiteral("interview_state"));
    entry.oldValue = AuditValue::plain(Interview::machineName(Interview::State::Scheduled));
    entry.newValue = AuditValue::plain(Interview::machineName(Interview::State::Held));
    entry.note += QStringLiteral(", activity %1").arg(activityId);
    if (Status recorded = record(m_connection, m_actor, m_clock, entry); !recorded)
        return recorded.error();

    auto application = ApplicationRepository(m_connection).find(applicationId);
    if (!application)
        return application.error();
    const auto role = Authorization::roleOf(m_connection, m_actor);
    if (application.value() &&
        application.value()->status == ApplicationStatus::InterviewScheduled && role &&
        Permissions::allows(role.value(), Action::ChangeStatus)) {
        auto moved =
            StatusService(m_connection, m_actor, m_clock)
                .changeStatusInTransaction(applicationId, ApplicationStatus::Interviewed, {});
        if (!moved)
            return moved.error();
    }
    return interview.id;
}

Result<std::optional<Interview>> InterviewService::find(qint64 interviewId) const
{
    return InterviewRepository(m_connection).find(interviewId);
}

Result<std::optional<Interview>> InterviewService::scheduledFor(qint64 applicationId) const
{
    return InterviewRepository(m_connection).scheduledFor(applicationId);
}

Result<QList<Interview>> InterviewService::upcoming(qint64 interviewerId) const
{
    return InterviewRepository(m_connection).upcoming(m_clock.now(), interviewerId);
}

Result<QList<StaffUser>> InterviewService::interviewers() const
{
    auto everyone = StaffRepository(m_connection).list();
    if (!everyone)
        return everyone;
    QList<StaffUser> active;
    for (const StaffUser &user : everyone.value()) {
        if (user.active)
            active << user;
    }
    return active;
}
