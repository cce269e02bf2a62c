#include "repositories/erasurerepository.h"

#include "domain/timestamp.h"

namespace {
ErasureRepository::Entry entryFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), Timestamp::parse(q.value(2).toString()),
            q.value(3).toLongLong()};
}

const QString LogColumns =
    QStringLiteral("SELECT applicant_id, coalesce(applicant_created_at, ''), at, "
                   "coalesce(by_user_id, 0) FROM erasures ");
} // namespace

QString ErasureRepository::erasedFirstName()
{
    return QStringLiteral("Erased");
}

QString ErasureRepository::erasedLastName(qint64 applicantId)
{
    return QStringLiteral("applicant %1").arg(applicantId);
}

Result<std::optional<ErasureRepository::Entry>> ErasureRepository::find(qint64 applicantId) const
{
    return m_sql.row<Entry>(LogColumns + QStringLiteral("WHERE applicant_id = ?"), {applicantId},
                            entryFrom);
}

Result<std::optional<QString>> ErasureRepository::storedCreatedAt(qint64 applicantId) const
{
    return m_sql.row<QString>(QStringLiteral("SELECT created_at FROM applicants WHERE id = ?"),
                              {applicantId},
                              [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<QList<ErasureRepository::Entry>> ErasureRepository::log() const
{
    return m_sql.rows<Entry>(LogColumns + QStringLiteral("ORDER BY applicant_id"), {}, entryFrom);
}

Status ErasureRepository::logErasure(qint64 applicantId, const QDateTime &at, qint64 byUserId)
{
    if (auto logged = m_sql.exec(
            QStringLiteral("INSERT INTO erasures (applicant_id, applicant_created_at, at, "
                           "by_user_id) SELECT id, created_at, ?, ? FROM applicants WHERE id = ?"),
            {Timestamp::format(at), Sql::idOrNull(byUserId), applicantId});
        !logged)
        return logged.error();
    return {};
}

Result<ErasureRepository::Removed> ErasureRepository::removePersonalValues(qint64 applicantId,
                                                                           const QDateTime &at)
{
    // email_norm stays unique and can never be an address: it has no '@'.
    if (auto erased = m_sql.exec(
            QStringLiteral("UPDATE applicants SET first_name = ?, last_name = ?, email = '', "
                           "email_norm = 'erased:' || id, phone = '', phone_norm = '', "
                           "time_zone = '', linkedin_url = '', github_url = '', "
                           "portfolio_url = '', referrer = '', notes = '', updated_at = ? "
                           "WHERE id = ?"),
            {erasedFirstName(), erasedLastName(applicantId), Timestamp::format(at), applicantId});
        !erased)
        return erased.error();
    Removed removed;
    auto activities = m_sql.exec(
        QStringLiteral(
            "UPDATE activities SET summary = '' WHERE applicant_id = ? AND summary <> ''"),
        {applicantId});
    if (!activities)
        return activities.error();
    removed.activityTexts = activities.value();
    // Where they work says who they are; the outcome, the start and the salary stay for the
    // job outcome statistics.
    if (auto jobs =
            m_sql.exec(QStringLiteral("UPDATE applications SET placement_employer = '', "
                                      "placement_job_title = '' WHERE applicant_id = ? "
                                      "AND placement_employer || placement_job_title <> ''"),
                       {applicantId});
        !jobs)
        return jobs.error();
    auto values = m_sql.exec(QStringLiteral("DELETE FROM audit_values WHERE applicant_id = ?"),
                             {applicantId});
    if (!values)
        return values.error();
    removed.auditValues = values.value();
    return removed;
}

Status ErasureRepository::addErasedPlaceholder(qint64 applicantId, const QString &createdAt)
{
    if (auto added = m_sql.exec(
            QStringLiteral("INSERT INTO applicants (id, first_name, last_name, email, email_norm, "
                           "created_at, updated_at) VALUES (?, ?, ?, '', 'erased:' || ?, ?, ?)"),
            {applicantId, erasedFirstName(), erasedLastName(applicantId), applicantId, createdAt,
             createdAt});
        !added)
        return added.error();
    return {};
}
