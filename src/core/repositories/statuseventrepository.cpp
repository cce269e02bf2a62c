#include "repositories/statuseventrepository.h"

#include "domain/timestamp.h"

#include <QStringList>

namespace {
// The columns every read selects, in the order fromRow reads them.
const QString Columns =
    QStringLiteral("SELECT e.id, e.application_id, e.from_status, e.to_status, e.at, e.by_user_id, "
                   "coalesce(u.username, ''), e.reason, e.cause, e.cohort_id, e.queue_at "
                   "FROM status_events e "
                   "LEFT JOIN staff_users u ON u.id = e.by_user_id ");

StatusEvent fromRow(const QSqlQuery &q)
{
    StatusEvent e;
    e.id = q.value(0).toLongLong();
    e.applicationId = q.value(1).toLongLong();
    e.from = Statuses::fromMachineName(q.value(2).toString());
    e.to = Statuses::fromMachineName(q.value(3).toString()).value_or(ApplicationStatus::Applied);
    e.at = Timestamp::parse(q.value(4).toString());
    e.byUserId = q.value(5).toLongLong();
    e.byUsername = q.value(6).toString();
    e.reason = q.value(7).toString();
    e.cause = q.value(8).toString();
    e.cohortId = q.value(9).toLongLong();
    e.queueAt = Timestamp::parse(q.value(10).toString());
    return e;
}
} // namespace

Result<qint64> StatusEventRepository::append(const StatusEvent &e)
{
    return m_sql.insert(
        QStringLiteral("INSERT INTO status_events (application_id, from_status, to_status, at, "
                       "by_user_id, reason, cause, cohort_id, queue_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.applicationId,
         e.from ? QVariant(Statuses::machineName(*e.from))
                : QVariant(QMetaType::fromType<QString>()),
         Statuses::machineName(e.to), Timestamp::format(e.at), Sql::idOrNull(e.byUserId), e.reason,
         e.cause, Sql::idOrNull(e.cohortId),
         e.queueAt.isValid() ? QVariant(Timestamp::format(e.queueAt))
                             : QVariant(QMetaType::fromType<QString>())});
}

Result<QList<StatusEvent>> StatusEventRepository::history(qint64 applicationId) const
{
    return m_sql.rows<StatusEvent>(Columns +
                                       QStringLiteral("WHERE e.application_id = ? ORDER BY e.id"),
                                   {applicationId}, fromRow);
}

Result<std::optional<StatusEvent>> StatusEventRepository::latest(qint64 applicationId) const
{
    auto rows = m_sql.rows<StatusEvent>(
        Columns + QStringLiteral("WHERE e.application_id = ? ORDER BY e.id DESC LIMIT 1"),
        {applicationId}, fromRow);
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<StatusEvent>();
    return std::optional<StatusEvent>(rows.value().first());
}

Result<QList<StatusEvent>>
StatusEventRepository::eventsAfter(qint64 eventId, qint64 cohortId,
                                   const QList<ApplicationStatus> &statuses, int limit) const
{
    if (statuses.isEmpty())
        return QList<StatusEvent>();
    QStringList marks;
    QVariantList values{eventId, cohortId};
    QVariantList names;
    for (ApplicationStatus status : statuses) {
        marks << QStringLiteral("?");
        names << Statuses::machineName(status);
    }
    values << names << names << limit;
    const QString in = marks.join(QLatin1Char(','));
    return m_sql.rows<StatusEvent>(
        Columns + QStringLiteral("JOIN applications a ON a.id = e.application_id "
                                 "WHERE e.id > ? AND a.cohort_id = ? "
                                 "AND (e.from_status IN (%1) OR e.to_status IN (%1)) "
                                 "ORDER BY e.id LIMIT ?")
                      .arg(in),
        values, fromRow);
}
