#include "repositories/activityrepository.h"

#include "domain/timestamp.h"

namespace {
QVariant numberOrNull(const std::optional<int> &number)
{
    return number ? QVariant(*number) : QVariant(QMetaType::fromType<int>());
}
} // namespace

Result<qint64> ActivityRepository::insert(const Activity &a)
{
    return m_sql.insert(
        QStringLiteral("INSERT INTO activities (applicant_id, application_id, kind, at, "
                       "by_user_id, summary, rubric_score, job_applications, mentor_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.applicantId, Sql::idOrNull(a.applicationId), Activity::machineName(a.kind),
         Timestamp::format(a.at), Sql::idOrNull(a.byUserId), a.summary.trimmed(),
         numberOrNull(a.rubricScore), numberOrNull(a.jobApplications), Sql::idOrNull(a.mentorId)});
}

Result<QList<Activity>> ActivityRepository::forApplicant(qint64 applicantId) const
{
    return m_sql.rows<Activity>(
        QStringLiteral("SELECT v.id, v.applicant_id, v.application_id, v.kind, v.at, "
                       "v.by_user_id, coalesce(u.username, ''), v.summary, v.rubric_score, "
                       "v.job_applications, v.mentor_id "
                       "FROM activities v LEFT JOIN staff_users u ON u.id = v.by_user_id "
                       "WHERE v.applicant_id = ? ORDER BY v.at DESC, v.id DESC"),
        {applicantId}, [](const QSqlQuery &q) {
            Activity a;
            a.id = q.value(0).toLongLong();
            a.applicantId = q.value(1).toLongLong();
            a.applicationId = q.value(2).toLongLong();
            a.kind =
                Activity::kindFromMachineName(q.value(3).toString()).value_or(Activity::Kind::Note);
            a.at = Timestamp::parse(q.value(4).toString());
            a.byUserId = q.value(5).toLongLong();
            a.byUsername = q.value(6).toString();
            a.summary = q.value(7).toString();
            if (!q.value(8).isNull())
                a.rubricScore = q.value(8).toInt();
            if (!q.value(9).isNull())
                a.jobApplications = q.value(9).toInt();
            a.mentorId = q.value(10).toLongLong();
            return a;
        });
}

Result<int> ActivityRepository::moveToApplicant(qint64 fromApplicantId, qint64 toApplicantId)
{
    return m_sql.exec(
        QStringLiteral("UPDATE activities SET applicant_id = ? WHERE applicant_id = ?"),
        {toApplicantId, fromApplicantId});
}
