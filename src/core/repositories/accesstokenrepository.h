#pragma once

#include "db/sql.h"
#include "domain/accesstokeninfo.h"
#include "domain/result.h"

#include <QList>

#include <optional>

// access_tokens: the digests of personal access tokens.
class AccessTokenRepository
{
public:
    explicit AccessTokenRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Result<qint64> insert(const AccessTokenInfo &token, const QString &digest);
    // The tokens of one owner (0: everyone's), newest first, revoked ones included.
    Result<QList<AccessTokenInfo>> list(qint64 ownerId) const;
    Result<std::optional<AccessTokenInfo>> find(qint64 id) const;
    Result<std::optional<AccessTokenInfo>> findByDigest(const QString &digest) const;
    Status revoke(qint64 id, const QDateTime &at);

private:
    Sql m_sql;
};
