#include "repositories/cohortstateeventrepository.h"

#include "domain/timestamp.h"

Result<qint64> CohortStateEventRepository::append(const CohortStateEvent &e)
{
    return m_sql.insert(
        QStringLiteral("INSERT INTO cohort_state_events (cohort_id, from_state, to_state, at, "
                       "by_user_id, cause) VALUES (?, ?, ?, ?, ?, ?)"),
        {e.cohortId, e.from.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.from),
         e.to, Timestamp::format(e.at), Sql::idOrNull(e.byUserId), e.cause});
}

Result<QList<CohortStateEvent>> CohortStateEventRepository::history(qint64 cohortId) const
{
    return m_sql.rows<CohortStateEvent>(
        QStringLiteral("SELECT e.id, e.cohort_id, coalesce(e.from_state, ''), e.to_state, e.at, "
                       "e.by_user_id, coalesce(u.username, ''), e.cause "
                       "FROM cohort_state_events e LEFT JOIN staff_users u ON u.id = e.by_user_id "
                       "WHERE e.cohort_id = ? ORDER BY e.id"),
        {cohortId}, [](const QSqlQuery &q) {
            CohortStateEvent e;
            e.id = q.value(0).toLongLong();
            e.cohortId = q.value(1).toLongLong();
            e.from = q.value(2).toString();
            e.to = q.value(3).toString();
            e.at = Timestamp::parse(q.value(4).toString());
            e.byUserId = q.value(5).toLongLong();
            e.byUsername = q.value(6).toString();
            e.cause = q.value(7).toString();
            return e;
        });
}
