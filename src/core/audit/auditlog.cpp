#include "audit/auditlog.h"

#include "db/sql.h"
#include "domain/timestamp.h"

#include <QSqlQuery>

namespace {
// Each slot: the plain value, whether a commitment exists, and the kept personal value.
const QString Select = QStringLiteral(
    "SELECT e.id, e.at, e.actor_id, e.actor_name, e.action, e.entity, e.entity_id, e.field, "
    "e.old_value, e.old_commit IS NOT NULL, o.value, "
    "e.new_value, e.new_commit IS NOT NULL, n.value, "
    "e.reason_value, e.reason_commit IS NOT NULL, r.value, "
    "e.note, e.first_event, e.last_event FROM audit_events e "
    "LEFT JOIN audit_values o ON o.event_id = e.id AND o.slot = 'old' "
    "LEFT JOIN audit_values n ON n.event_id = e.id AND n.slot = 'new' "
    "LEFT JOIN audit_values r ON r.event_id = e.id AND r.slot = 'reason' ");

AuditRecord::Value valueAt(const QSqlQuery &q, int column)
{
    AuditRecord::Value value;
    if (!q.value(column).isNull())
        value.text = q.value(column).toString();
    else if (q.value(column + 1).toBool()) {
        if (q.value(column + 2).isNull())
            value.erased = true;
        else
            value.text = q.value(column + 2).toString();
    }
    return value;
}

AuditRecord recordAt(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.at = Timestamp::parse(q.value(1).toString());
    r.actorId = q.value(2).toLongLong();
    r.actorName = q.value(3).toString();
    r.action = q.value(4).toString();
    r.entity = q.value(5).toString();
    r.entityId = q.value(6).toLongLong();
    r.field = q.value(7).toString();
    r.oldValue = valueAt(q, 8);
    r.newValue = valueAt(q, 11);
    r.reason = valueAt(q, 14);
    r.note = q.value(17).toString();
    r.firstEvent = q.value(18).toLongLong();
    r.lastEvent = q.value(19).toLongLong();
    return r;
}
} // namespace

AuditLog::AuditLog(QString connectionName) : m_connection(std::move(connectionName)) {}

Status AuditLog::read(const Filter &filter,
                      const std::function<bool(const AuditRecord &)> &each) const
{
    QStringList where;
    QVariantList values;
    if (!filter.entity.isEmpty()) {
        where << QStringLiteral("e.entity = ?");
        values << filter.entity;
        if (filter.entityId > 0) {
            where << QStringLiteral("e.entity_id = ?");
            values << filter.entityId;
        }
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("e.at >= ?");
        values << Timestamp::format(filter.since);
    }
    auto query = Sql(m_connection)
                     .select(Select +
                                 (where.isEmpty() ? QString()
                                                  : QStringLiteral("WHERE ") +
                                                        where.join(QStringLiteral(" AND "))) +
                                 QStringLiteral(" ORDER BY e.id"),
                             values);
    if (!query)
        return query.error();
    while (query.value().next()) {
        if (!each(recordAt(query.value())))
            break;
    }
    return {};
}

Result<QList<AuditRecord>> AuditLog::aboutApplicant(qint64 applicantId) const
{
    return Sql(m_connection)
        .rows<AuditRecord>(
            Select + QStringLiteral(
                         "WHERE (e.entity = 'applicant' AND (e.entity_id = ? OR e.entity_id IN "
                         "(SELECT id FROM applicants WHERE merged_into = ?))) OR "
                         "(e.entity = 'application' AND e.entity_id IN "
                         "(SELECT id FROM applications WHERE applicant_id = ?)) ORDER BY e.id"),
            {applicantId, applicantId, applicantId}, recordAt);
}

Result<QStringList> AuditLog::entities() const
{
    return Sql(m_connection)
        .rows<QString>(QStringLiteral("SELECT DISTINCT entity FROM audit_events ORDER BY entity"),
                       {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}
