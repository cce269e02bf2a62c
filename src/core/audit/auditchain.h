#pragma once

#include "audit/auditencoding.h"
#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class RowStream;

// Reading the chain as stored: its head, a record's fields in encoding order, and the digest of
// a range of status events. Shared by the writer (AuditTrail) and the verifier (AuditVerifier),
// so that both hash the same bytes.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    struct Head
    {
        qint64 id = 0; // 0: the chain is empty
        QByteArray hash;
    };

    static Result<Head> head(const QString &connectionName);

    // The SELECT list of a record's encoded columns, in encoding order, then `hash`.
    static const QString &recordColumns();
    static constexpr int EncodedColumns = 18;
    // The encoded fields of the record `stream` stands on, its columns starting at `from`.
    static QList<AuditEncoding::Field> fieldsOf(const RowStream &stream, int from = 0);

    // SHA-256 of the encodings of status events first..last, in id order; an error when one of
    // them is missing.
    static Result<QByteArray> statusEventsDigest(const QString &connectionName, qint64 first,
                                                 qint64 last);
    // The SELECT list of a status event's encoded columns, in encoding order.
    static const QString &statusEventColumns();
    static QByteArray encodeStatusEvent(const RowStream &stream, int from = 0);
};
