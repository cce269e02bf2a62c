#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

// The canonical encoding of audit records and status events, byte for byte as ARCHITECTURE.md
// ("The audit trail") writes it down: another program (a PostgreSQL server in team mode) must
// hash exactly the same bytes. Every field is a 4-byte big-endian length and that many bytes, or
// 0xFFFFFFFF alone for NULL; integers are decimal ASCII, text UTF-8, commitments and digests raw.
namespace AuditEncoding {

constexpr int DigestBytes = 32; // SHA-256
constexpr int SaltBytes = 16;

// A field: its bytes, or NULL.
using Field = std::optional<QByteArray>;

// The fields of one record or status event, in their order, with the label first.
QByteArray encode(QByteArrayView label, const QList<Field> &fields);

constexpr const char *RecordLabel = "adk-audit-1";
constexpr const char *StatusEventLabel = "adk-status-1";

QByteArray sha256(QByteArrayView bytes);
// The chain: SHA-256(previous record's hash ‖ this record's encoding); the first record's
// previous hash is 32 zero bytes.
QByteArray chainHash(QByteArrayView previousHash, QByteArrayView encoding);
QByteArray firstPreviousHash();
// SHA-256(salt ‖ UTF-8 value).
QByteArray commitment(QByteArrayView salt, QByteArrayView value);
// 16 random bytes from libsodium; empty when libsodium cannot start.
QByteArray newSalt();

} // namespace AuditEncoding
