#pragma once

#include "audit/auditentry.h"
#include "db/preparedstatement.h"
#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Appends records to the audit trail, inside the caller's transaction, each chained to the one
// before it. One AuditTrail per transaction: it reads the chain's head once and keeps it, so an
// import can record a million rows without reading it back each time (no other connection can
// append while the caller's BEGIN IMMEDIATE holds the write lock).
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    AuditTrail(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    Status record(const AuditEntry &entry);
    // One record in a transaction of its own, for an event that changes nothing else (a
    // sign-in, a lock, a backup, an export). When `connectionName` only reads (an export's or a
    // backup's connection), the record goes through a connection of its own to the same file.
    // Only a file nobody may write (a read-only copy) records nothing: nothing in it can change
    // either.
    static Status recordAlone(const QString &connectionName, const Actor &actor,
                              const AuditEntry &entry, const Clock &clock = Clock::system());
    // Covers status events first..last, written in this transaction, with one record of action
    // 'status' that holds the digest of their encodings: the status history stays where the
    // seat ledger reads it, and the chain vouches for every row of it.
    Status coverStatusEvents(qint64 first, qint64 last, const QString &note = {});

private:
    Status prepare();
    Status append(const AuditEntry &entry, qint64 firstEvent, qint64 lastEvent,
                  const QByteArray &eventsDigest);
    Status storeValue(qint64 recordId, const char *slot, const AuditValue &value,
                      const QByteArray &salt);

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
    PreparedStatement m_insert;
    PreparedStatement m_insertValue;
    bool m_prepared = false;
    qint64 m_headId = 0;
    QByteArray m_headHash;
};
