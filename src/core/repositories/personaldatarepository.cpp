#include "repositories/personaldatarepository.h"

#include <QSqlRecord>

namespace {
PersonalDataRepository::Row rowFrom(const QSqlQuery &q)
{
    PersonalDataRepository::Row row;
    const QSqlRecord record = q.record();
    // SQL NULL stays null (JSON null), not the empty text the driver's QVariant would become.
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), q.isNull(i) ? QVariant::fromValue(nullptr) : q.value(i));
    return row;
}
} // namespace

Result<QList<PersonalDataRepository::Row>> PersonalDataRepository::rows(const QString &sql,
                                                                        qint64 applicantId) const
{
    return m_sql.rows<Row>(sql, {applicantId}, rowFrom);
}

Result<std::optional<PersonalDataRepository::Row>>
PersonalDataRepository::applicant(qint64 applicantId) const
{
    return m_sql.row<Row>(QStringLiteral("SELECT * FROM applicants WHERE id = ?"), {applicantId},
                          rowFrom);
}

Result<QList<PersonalDataRepository::Row>>
PersonalDataRepository::applications(qint64 applicantId) const
{
    return rows(QStringLiteral("SELECT a.*, t.code AS track_code, c.name AS cohort_name, "
                               "u.username AS owner_username FROM applications a "
                               "JOIN tracks t ON t.id = a.track_id "
                               "LEFT JOIN cohorts c ON c.id = a.cohort_id "
                               "LEFT JOIN staff_users u ON u.id = a.owner_id "
                               "WHERE a.applicant_id = ? ORDER BY a.id"),
                applicantId);
}

Result<QList<PersonalDataRepository::Row>>
PersonalDataRepository::statusEvents(qint64 applicantId) const
{
    return rows(QStringLiteral("SELECT e.*, u.username AS by_username FROM status_events e "
                               "JOIN applications a ON a.id = e.application_id "
                               "LEFT JOIN staff_users u ON u.id = e.by_user_id "
                               "WHERE a.applicant_id = ? ORDER BY e.application_id, e.id"),
                applicantId);
}

Result<QList<PersonalDataRepository::Row>>
PersonalDataRepository::activities(qint64 applicantId) const
{
    return rows(QStringLiteral("SELECT v.*, u.username AS by_username FROM activities v "
                               "LEFT JOIN staff_users u ON u.id = v.by_user_id "
                               "WHERE v.applicant_id = ? ORDER BY v.at, v.id"),
                applicantId);
}

Result<QList<PersonalDataRepository::Row>>
PersonalDataRepository::interviews(qint64 applicantId) const
{
    return rows(QStringLiteral("SELECT i.*, u.username AS interviewer_username "
                               "FROM interviews i "
                               "JOIN applications a ON a.id = i.application_id "
                               "LEFT JOIN staff_users u ON u.id = i.interviewer_id "
                               "WHERE a.applicant_id = ? ORDER BY i.id"),
                applicantId);
}

Result<QList<PersonalDataRepository::Row>>
PersonalDataRepository::mentorAssignments(qint64 applicantId) const
{
    return rows(QStringLiteral("SELECT m.*, n.name AS mentor_name, u.username AS by_username "
                               "FROM mentor_assignments m "
                               "JOIN applications a ON a.id = m.application_id "
                               "JOIN mentors n ON n.id = m.mentor_id "
                               "LEFT JOIN staff_users u ON u.id = m.by_user_id "
                               "WHERE a.applicant_id = ? ORDER BY m.id"),
                applicantId);
}
