#include "repositories/accesstokenrepository.h"

#include "domain/timestamp.h"

Result<qint64> AccessTokenRepository::insert(const AccessTokenInfo &token, const QString &digest)
{
    return m_sql.insert(
        QStringLiteral("INSERT INTO access_tokens (staff_user_id, name, digest, role_limit, "
                       "created_at) VALUES (?, ?, ?, ?, ?)"),
        {token.ownerId, token.name.trimmed(), digest,
         token.roleLimit ? QVariant(StaffRoles::machineName(*token.roleLimit))
                         : QVariant(QMetaType::fromType<QString>()),
         Timestamp::format(token.createdAt)});
}

namespace {
const QString Select = QStringLiteral(
    "SELECT t.id, t.staff_user_id, u.username, t.name, t.role_limit, t.created_at, t.revoked_at "
    "FROM access_tokens t JOIN staff_users u ON u.id = t.staff_user_id ");

AccessTokenInfo tokenFrom(const QSqlQuery &q)
{
    AccessTokenInfo token;
    token.id = q.value(0).toLongLong();
    token.ownerId = q.value(1).toLongLong();
    token.ownerUsername = q.value(2).toString();
    token.name = q.value(3).toString();
    if (!q.value(4).isNull())
        token.roleLimit = StaffRoles::fromMachineName(q.value(4).toString());
    token.createdAt = Timestamp::parse(q.value(5).toString());
    if (!q.value(6).isNull())
        token.revokedAt = Timestamp::parse(q.value(6).toString());
    return token;
}
} // namespace

Result<QList<AccessTokenInfo>> AccessTokenRepository::list(qint64 ownerId) const
{
    return m_sql.rows<AccessTokenInfo>(
        Select + QStringLiteral("WHERE ? = 0 OR t.staff_user_id = ? ORDER BY t.id DESC"),
        {ownerId, ownerId}, tokenFrom);
}

Result<std::optional<AccessTokenInfo>> AccessTokenRepository::find(qint64 id) const
{
    return m_sql.row<AccessTokenInfo>(Select + QStringLiteral("WHERE t.id = ?"), {id}, tokenFrom);
}

Result<std::optional<AccessTokenInfo>>
AccessTokenRepository::findByDigest(const QString &digest) const
{
    return m_sql.row<AccessTokenInfo>(Select + QStringLiteral("WHERE t.digest = ?"), {digest},
                                      tokenFrom);
}

Status AccessTokenRepository::revoke(qint64 id, const QDateTime &at)
{
    const auto changed = m_sql.exec(
        QStringLiteral("UPDATE access_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
        {Timestamp::format(at), id});
    if (!changed)
        return changed.error();
    return {};
}
