#include "audit/auditchain.h"

#include "audit/statuseventwalk.h"
#include "db/rowstream.h"
#include "db/sql.h"

const QString &AuditChain::recordColumns()
{
    static const QString columns = QStringLiteral(
        "id, at, actor_id, actor_name, action, entity, entity_id, field, old_value, old_commit, "
        "new_value, new_commit, reason_value, reason_commit, note, first_event, last_event, "
        "events_digest, hash");
    return columns;
}

const QString &AuditChain::statusEventColumns()
{
    static const QString columns =
        QStringLiteral("id, application_id, from_status, to_status, at, by_user_id, reason, cause");
    return columns;
}

namespace {
QList<AuditEncoding::Field> fieldsFrom(const RowStream &stream, int from, int count)
{
    QList<AuditEncoding::Field> fields;
    fields.reserve(count);
    for (int i = from; i < from + count; ++i) {
        if (stream.isNull(i))
            fields << std::nullopt;
        else
            fields << stream.column(i).toByteArray();
    }
    return fields;
}
} // namespace

QList<AuditEncoding::Field> AuditChain::fieldsOf(const RowStream &stream, int from)
{
    return fieldsFrom(stream, from, EncodedColumns);
}

QByteArray AuditChain::encodeStatusEvent(const RowStream &stream, int from)
{
    return AuditEncoding::encode(AuditEncoding::StatusEventLabel, fieldsFrom(stream, from, 8));
}

Result<AuditChain::Head> AuditChain::head(const QString &connectionName)
{
    auto query =
        Sql(connectionName)
            .select(QStringLiteral("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1"));
    if (!query)
        return Error{tr("Cannot read the audit trail"), query.error().sqlError};
    Head head;
    if (query.value().next()) {
        head.id = query.value().value(0).toLongLong();
        head.hash = query.value().value(1).toByteArray();
    }
    return head;
}

Result<QByteArray> AuditChain::statusEventsDigest(const QString &connectionName, qint64 first,
                                                  qint64 last)
{
    StatusEventWalk events(connectionName);
    if (Status started = events.start(first, last); !started)
        return started.error();
    const std::optional<QByteArray> digest = events.digest(first, last);
    if (events.error())
        return *events.error();
    if (!digest)
        return Error{tr("A status event from %1 to %2 is missing.").arg(first).arg(last), {}};
    return *digest;
}
