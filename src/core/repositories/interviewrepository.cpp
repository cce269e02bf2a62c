#include "repositories/interviewrepository.h"

#include "domain/timestamp.h"

namespace {
const QString Select = QStringLiteral(
    "SELECT i.id, i.application_id, i.starts_at, i.duration_minutes, i.interviewer_id, "
    "coalesce(u.username, ''), coalesce(nullif(trim(u.display_name), ''), u.username, ''), "
    "i.scheduled_by, i.state, i.activity_id, i.created_at, i.updated_at, a.applicant_id, "
    "coalesce(p.first_name || ' ' || p.last_name, '') "
    "FROM interviews i LEFT JOIN staff_users u ON u.id = i.interviewer_id "
    "LEFT JOIN applications a ON a.id = i.application_id "
    "LEFT JOIN applicants p ON p.id = a.applicant_id ");

Interview interviewFrom(const QSqlQuery &q)
{
    Interview i;
    i.id = q.value(0).toLongLong();
    i.applicationId = q.value(1).toLongLong();
    i.startsAt = Timestamp::parse(q.value(2).toString());
    i.durationMinutes = q.value(3).toInt();
    i.interviewerId = q.value(4).toLongLong();
    i.interviewerUsername = q.value(5).toString();
    i.interviewerName = q.value(6).toString();
    i.scheduledById = q.value(7).toLongLong();
    i.state = Interview::stateFromMachineName(q.value(8).toString())
                  .value_or(Interview::State::Scheduled);
    i.activityId = q.value(9).toLongLong();
    i.createdAt = Timestamp::parse(q.value(10).toString());
    i.updatedAt = Timestamp::parse(q.value(11).toString());
    i.applicantId = q.value(12).toLongLong();
    i.applicantName = q.value(13).toString();
    return i;
}
} // namespace

Result<qint64> InterviewRepository::insert(const Interview &interview)
{
    return m_sql.insert(
        QStringLiteral("INSERT INTO interviews (application_id, starts_at, duration_minutes, "
                       "interviewer_id, scheduled_by, state, activity_id, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {interview.applicationId, Timestamp::format(interview.startsAt), interview.durationMinutes,
         interview.interviewerId, Sql::idOrNull(interview.scheduledById),
         Interview::machineName(interview.state), Sql::idOrNull(interview.activityId),
         Timestamp::format(interview.createdAt), Timestamp::format(interview.updatedAt)});
}

Result<std::optional<Interview>> InterviewRepository::find(qint64 id) const
{
    return m_sql.row<Interview>(Select + QStringLiteral("WHERE i.id = ?"), {id}, interviewFrom);
}

Result<std::optional<Interview>> InterviewRepository::scheduledFor(qint64 applicationId) const
{
    return m_sql.row<Interview>(
        Select + QStringLiteral("WHERE i.application_id = ? AND i.state = 'scheduled'"),
        {applicationId}, interviewFrom);
}

Result<QList<Interview>> InterviewRepository::forApplication(qint64 applicationId) const
{
    return m_sql.rows<Interview>(
        Select + QStringLiteral("WHERE i.application_id = ? ORDER BY i.id DESC"), {applicationId},
        interviewFrom);
}

Result<QList<Interview>> InterviewRepository::upcoming(const QDateTime &from,
                                                       qint64 interviewerId) const
{
    // An interview is upcoming until it ends; the longest ends MaxMinutes after its start, so
    // the index narrows the rows by start and the end is checked on the few left.
    const QDateTime earliestStart = from.addSecs(-qint64(Interview::MaxMinutes) * 60);
    auto rows = m_sql.rows<Interview>(
        Select + QStringLiteral("WHERE i.state = 'scheduled' AND i.starts_at >= ? "
                                "AND (? = 0 OR i.interviewer_id = ?) "
                                "ORDER BY i.starts_at, i.id"),
        {Timestamp::format(earliestStart), interviewerId, interviewerId}, interviewFrom);
    if (!rows)
        return rows;
    QList<Interview> result;
    for (const Interview &interview : rows.value()) {
        if (interview.endsAt() >= from)
            result << interview;
    }
    return result;
}

Status InterviewRepository::reschedule(const Interview &interview, const QDateTime &at)
{
    auto done = m_sql.exec(
        QStringLiteral("UPDATE interviews SET starts_at = ?, duration_minutes = ?, "
                       "interviewer_id = ?, updated_at = ? WHERE id = ? AND state = 'scheduled'"),
        {Timestamp::format(interview.startsAt), interview.durationMinutes, interview.interviewerId,
         Timestamp::format(at), interview.id});
    if (!done)
        return done.error();
    if (done.value() != 1)
        return Error{QStringLiteral("Interview %1 is not scheduled").arg(interview.id), {}};
    return {};
}

Status InterviewRepository::setState(qint64 id, Interview::State state, qint64 activityId,
                                     const QDateTime &at)
{
    auto done = m_sql.exec(
        QStringLiteral("UPDATE interviews SET state = ?, activity_id = coalesce(?, activity_id), "
                       "updated_at = ? WHERE id = ?"),
        {Interview::machineName(state), Sql::idOrNull(activityId), Timestamp::format(at), id});
    if (!done)
        return done.error();
    if (done.value() != 1)
        return Error{QStringLiteral("Interview %1 does not exist").arg(id), {}};
    return {};
}
