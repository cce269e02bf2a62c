#pragma once

#include "db/sql.h"
#include "domain/result.h"
#include "domain/staffuser.h"

#include <QDateTime>
#include <QList>

#include <optional>

// staff_users: accounts, their password hashes and the sign-in delay.
class StaffRepository
{
public:
    explicit StaffRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    // passwordHash may be empty: a user who cannot sign in yet (demo data, tests).
    Result<qint64> insert(const StaffUser &user, const QString &passwordHash, const QDateTime &at);
    // Every staff user, by username.
    Result<QList<StaffUser>> list() const;
    Result<std::optional<StaffUser>> find(qint64 id) const;
    Result<std::optional<StaffUser>> findByUsername(const QString &username) const;
    // Empty when the user has none.
    Result<QString> passwordHash(qint64 id) const;
    // Whether any staff user has a password: a file from before sign-in has none.
    Result<bool> anyPassword() const;
    // Active administrators who can sign in.
    Result<int> activeAdministrators() const;

    // Also clears the sign-in delay: a new password starts afresh.
    Status setPassword(qint64 id, const QString &passwordHash);
    Status setRole(qint64 id, StaffRole role);
    Status setActive(qint64 id, bool active);
    Status setDisplayName(qint64 id, const QString &displayName);

    struct Throttle
    {
        int failures = 0;
        QDateTime nextAttemptAt; // invalid: no wait
    };
    Result<Throttle> throttle(qint64 id) const;
    Status setThrottle(qint64 id, const Throttle &throttle);

private:
    Status update(const QString &assignment, qint64 id, const QVariant &value);

    Sql m_sql;
};
