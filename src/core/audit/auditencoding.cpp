#include "audit/auditencoding.h"

#include "security/sodium.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace AuditEncoding {

namespace {
void appendLength(QByteArray &out, quint32 length)
{
    char bytes[4];
    qToBigEndian(length, bytes);
    out.append(bytes, 4);
}
} // namespace

QByteArray encode(QByteArrayView label, const QList<Field> &fields)
{
    QByteArray out;
    out.reserve(256);
    appendLength(out, quint32(label.size()));
    out.append(label);
    for (const Field &field : fields) {
        if (!field) {
            appendLength(out, 0xFFFFFFFFu);
            continue;
        }
        appendLength(out, quint32(field->size()));
        out.append(*field);
    }
    return out;
}

QByteArray sha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray chainHash(QByteArrayView previousHash, QByteArrayView encoding)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(encoding);
    return hash.result();
}

QByteArray firstPreviousHash()
{
    return QByteArray(DigestBytes, '\0');
}

QByteArray commitment(QByteArrayView salt, QByteArrayView value)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(value);
    return hash.result();
}

QByteArray newSalt()
{
    if (!Sodium::ready())
        return {};
    QByteArray salt(SaltBytes, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

} // namespace AuditEncoding
