#include "services/mentormoves.h"

#include "audit/audittrail.h"
#include "repositories/mentorrepository.h"
#include "services/mentorservice.h"

Status MentorMoves::afterMove(const Application &application, ApplicationStatus from) const
{
    const ApplicationStatus to = application.status;
    const bool enrols = to == ApplicationStatus::Enrolled;
    const bool leaves = Statuses::isStudent(from) && !Statuses::isStudent(to);
    if (!enrols && !leaves)
        return {};
    auto current = MentorRepository(m_connection).currentAssignment(application.id);
    if (!current)
        return current.error();
    if (leaves)
        return current.value() ? end(*current.value(), Statuses::machineName(to)) : Status();
    // Back to enrolled (a start taken back) keeps the mentor the student has.
    return current.value() ? Status() : propose(application);
}

Status MentorMoves::propose(const Application &application) const
{
    auto suggestions = MentorService(m_connection, m_by, m_clock).suggestions(application.id);
    if (!suggestions)
        return suggestions.error();
    if (suggestions.value().isEmpty())
        return {};
    const Mentor &best = suggestions.value().constFirst().load.mentor;
    if (auto added =
            MentorRepository(m_connection)
                .insertAssignment(application.id, best.id, MentorAssignment::State::Proposed,
                                  m_by.userId, m_clock.now());
        !added)
        return added.error();
    AuditEntry entry(QStringLiteral("propose_mentor"), QStringLiteral("application"),
                     application.id);
    entry.field = QStringLiteral("mentor");
    entry.newValue = AuditValue::plain(Mentor::named(best.id, best.name));
    return AuditTrail(m_connection, m_by, m_clock).record(entry);
}

Status MentorMoves::endForCohort(qint64 cohortId) const
{
    auto current = MentorRepository(m_connection).currentInCohort(cohortId);
    if (!current)
        return current.error();
    for (const MentorAssignment &assignment : current.value()) {
        if (Status ended = end(assignment, cohortCompletedCause()); !ended)
            return ended;
    }
    return {};
}

Status MentorMoves::end(const MentorAssignment &assignment, const QString &cause) const
{
    if (Status ended = MentorRepository(m_connection)
                           .endCurrentAssignment(assignment.applicationId, m_clock.now(), cause);
        !ended)
        return ended;
    AuditEntry entry(QStringLiteral("end_mentor"), QStringLiteral("application"),
                     assignment.applicationId);
    entry.field = QStringLiteral("mentor");
    entry.oldValue = AuditValue::plain(Mentor::named(assignment.mentorId, assignment.mentorName));
    entry.note = cause;
    return AuditTrail(m_connection, m_by, m_clock).record(entry);
}
