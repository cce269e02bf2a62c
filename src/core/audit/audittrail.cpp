#include "audit/audittrail.h"

#include "audit/auditchain.h"
#include "audit/auditencoding.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "domain/timestamp.h"
#include "files/fileaccess.h"

#include <QFileInfo>

namespace {
using AuditEncoding::Field;

Field textField(const QString &text)
{
    return text.toUtf8();
}

Field idField(qint64 id)
{
    return id > 0 ? Field(QByteArray::number(id)) : std::nullopt;
}

// A value's two columns: the plain text, and the commitment of a personal one.
struct StoredValue
{
    Field plain;
    Field commit;
    QByteArray salt;
};

StoredValue stored(const AuditValue &value)
{
    switch (value.kind) {
    case AuditValue::Kind::None:
        return {};
    case AuditValue::Kind::Plain:
        return {textField(value.text), std::nullopt, {}};
    case AuditValue::Kind::Personal: {
        const QByteArray salt = AuditEncoding::newSalt();
        return {std::nullopt, AuditEncoding::commitment(salt, value.text.toUtf8()), salt};
    }
    }
    return {};
}

void bindField(PreparedStatement &statement, int index, const Field &field, bool blob)
{
    if (!field)
        statement.bindNull(index);
    else if (blob)
        statement.bindBlob(index, *field);
    else
        statement.bind(index, QString::fromUtf8(*field));
}
} // namespace

AuditTrail::AuditTrail(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock),
      m_insert(m_connection), m_insertValue(m_connection)
{
}

Status AuditTrail::prepare()
{
    if (m_prepared)
        return {};
    auto head = AuditChain::head(m_connection);
    if (!head)
        return head.error();
    m_headId = head.value().id;
    m_headHash = head.value().id > 0 ? head.value().hash : AuditEncoding::firstPreviousHash();
    if (Status ready = m_insert.prepare(QStringLiteral("INSERT INTO audit_events (%1) VALUES "
                                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                       "?, ?, ?, ?, ?, ?)")
                                            .arg(AuditChain::recordColumns()));
        !ready)
        return ready;
    if (Status ready = m_insertValue.prepare(
            QStringLiteral("INSERT INTO audit_values (event_id, slot, applicant_id, salt, value) "
                           "VALUES (?, ?, ?, ?, ?)"));
        !ready)
        return ready;
    m_prepared = true;
    return {};
}

Status AuditTrail::record(const AuditEntry &entry)
{
    return append(entry, 0, 0, {});
}

namespace {
Status recordIn(const QString &connectionName, const Actor &actor, const AuditEntry &entry,
                const Clock &clock)
{
    Transaction transaction(connectionName);
    if (!transaction.isActive())
        return transaction.error();
    if (Status recorded = AuditTrail(connectionName, actor, clock).record(entry); !recorded)
        return recorded;
    return transaction.commit();
}

bool isReadOnly(const Error &error)
{
    return SqlFailure::codeOf(error.sqlError) == SqlFailure::ReadOnly;
}
} // namespace

Status AuditTrail::recordAlone(const QString &connectionName, const Actor &actor,
                               const AuditEntry &entry, const Clock &clock)
{
    Status recorded = recordIn(connectionName, actor, entry, clock);
    if (recorded || !isReadOnly(recorded.error()))
        return recorded;
    const QString path = Database::fileOf(connectionName);
    if (!FileAccess::canWrite(QFileInfo(path)))
        return {};
    Database writable(Database::uniqueConnectionName(QStringLiteral("audit")));
    if (Status opened = writable.open(path, Database::Check::Later, Database::Mode::Existing);
        !opened)
        return opened;
    recorded = recordIn(writable.connectionName(), actor, entry, clock);
    return recorded || isReadOnly(recorded.error()) ? Status() : recorded;
}

Status AuditTrail::coverStatusEvents(qint64 first, qint64 last, const QString &note)
{
    if (first <= 0 || last < first)
        return {};
    auto digest = AuditChain::statusEventsDigest(m_connection, first, last);
    if (!digest)
        return digest.error();
    AuditEntry entry(QStringLiteral("status"), QStringLiteral("status_events"));
    entry.note = note;
    return append(entry, first, last, digest.value());
}

Status AuditTrail::append(const AuditEntry &entry, qint64 firstEvent, qint64 lastEvent,
                          const QByteArray &eventsDigest)
{
    if (Status ready = prepare(); !ready)
        return ready;
    const qint64 id = m_headId + 1;
    // The record's three values, in the order of their columns and of audit_values' slots.
    struct Slot
    {
        const char *name;
        const AuditValue &value;
        StoredValue stored;
    };
    const Slot slots[] = {{"old", entry.oldValue, stored(entry.oldValue)},
                          {"new", entry.newValue, stored(entry.newValue)},
                          {"reason", entry.reason, stored(entry.reason)}};
    for (const Slot &slot : slots) {
        if (slot.stored.commit && slot.stored.salt.isEmpty())
            return Error{tr("Cannot record the change: the random number generator is not "
                            "available. Nothing was changed."),
                         {}};
    }
    const QList<Field> fields{
        idField(id),
        textField(Timestamp::format(entry.at.isValid() ? entry.at : m_clock.now())),
        idField(m_actor.userId),
        textField(m_actor.username),
        textField(entry.action),
        textField(entry.entity),
        idField(entry.entityId),
        textField(entry.field),
        slots[0].stored.plain,
        slots[0].stored.commit,
        slots[1].stored.plain,
        slots[1].stored.commit,
        slots[2].stored.plain,
        slots[2].stored.commit,
        textField(entry.note),
        idField(firstEvent),
        idField(lastEvent),
        eventsDigest.isNull() ? Field() : Field(eventsDigest),
    };
    const QByteArray hash = AuditEncoding::chainHash(
        m_headHash, AuditEncoding::encode(AuditEncoding::RecordLabel, fields));

    // Commitments and digests are blobs; every other column is text or an integer.
    static constexpr int BlobColumns[] = {9, 11, 13, 17};
    for (int i = 0; i < fields.size(); ++i) {
        const bool blob =
            std::find(std::begin(BlobColumns), std::end(BlobColumns), i) != std::end(BlobColumns);
        bindField(m_insert, i + 1, fields.at(i), blob);
    }
    m_insert.bindBlob(int(fields.size()) + 1, hash);
    if (Status inserted = m_insert.exec(); !inserted)
        return inserted;
    for (const Slot &slot : slots) {
        if (slot.value.kind != AuditValue::Kind::Personal)
            continue;
        if (Status kept = storeValue(id, slot.name, slot.value, slot.stored.salt); !kept)
            return kept;
    }
    m_headId = id;
    m_headHash = hash;
    return {};
}

Status AuditTrail::storeValue(qint64 recordId, const char *slot, const AuditValue &value,
                              const QByteArray &salt)
{
    m_insertValue.bind(1, recordId);
    m_insertValue.bind(2, QString::fromLatin1(slot));
    if (value.applicantId > 0)
        m_insertValue.bind(3, value.applicantId);
    else
        m_insertValue.bindNull(3);
    m_insertValue.bindBlob(4, salt);
    m_insertValue.bind(5, value.text);
    return m_insertValue.exec();
}
