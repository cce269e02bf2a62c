#include "repositories/staffrepository.h"

#include "domain/timestamp.h"

Result<qint64> StaffRepository::insert(const StaffUser &user, const QString &passwordHash,
                                       const QDateTime &at)
{
    return m_sql.insert(
        QStringLiteral("INSERT INTO staff_users (username, display_name, role, password_hash, "
                       "active, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {user.username.trimmed(), user.displayName.trimmed(), StaffRoles::machineName(user.role),
         passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : passwordHash,
         user.active, Timestamp::format(at)});
}

namespace {
const QString Select = QStringLiteral("SELECT id, username, display_name, role, active, "
                                      "password_hash IS NOT NULL FROM staff_users ");

StaffUser staffUserFrom(const QSqlQuery &q)
{
    return StaffUser{q.value(0).toLongLong(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     StaffRoles::fromMachineName(q.value(3).toString()).value_or(StaffRole::ReadOnly),
                     q.value(4).toBool(),
                     q.value(5).toBool()};
}
} // namespace

Result<QList<StaffUser>> StaffRepository::list() const
{
    return m_sql.rows<StaffUser>(Select + QStringLiteral("ORDER BY username"), {}, staffUserFrom);
}

Result<std::optional<StaffUser>> StaffRepository::find(qint64 id) const
{
    return m_sql.row<StaffUser>(Select + QStringLiteral("WHERE id = ?"), {id}, staffUserFrom);
}

Result<std::optional<StaffUser>> StaffRepository::findByUsername(const QString &username) const
{
    return m_sql.row<StaffUser>(Select + QStringLiteral("WHERE username = ?"), {username.trimmed()},
                                staffUserFrom);
}

Result<QString> StaffRepository::passwordHash(qint64 id) const
{
    const auto hash =
        m_sql.scalar(QStringLiteral("SELECT password_hash FROM staff_users WHERE id = ?"), {id});
    if (!hash)
        return hash.error();
    return hash.value().toString();
}

Result<bool> StaffRepository::anyPassword() const
{
    const auto any = m_sql.scalar(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM staff_users WHERE password_hash IS NOT NULL)"));
    if (!any)
        return any.error();
    return any.value().toBool();
}

Result<int> StaffRepository::activeAdministrators() const
{
    const auto count = m_sql.scalar(
        QStringLiteral("SELECT count(*) FROM staff_users WHERE role = 'administrator' "
                       "AND active = 1 AND password_hash IS NOT NULL"));
    if (!count)
        return count.error();
    return count.value().toInt();
}

Status StaffRepository::setPassword(qint64 id, const QString &passwordHash)
{
    const auto changed = m_sql.exec(
        QStringLiteral("UPDATE staff_users SET password_hash = ?, failed_sign_ins = 0, "
                       "next_sign_in_at = NULL WHERE id = ?"),
        {passwordHash, id});
    if (!changed)
        return changed.error();
    return {};
}

Status StaffRepository::setRole(qint64 id, StaffRole role)
{
    return update(QStringLiteral("role = ?"), id, StaffRoles::machineName(role));
}

Status StaffRepository::setActive(qint64 id, bool active)
{
    return update(QStringLiteral("active = ?"), id, active);
}

Status StaffRepository::setDisplayName(qint64 id, const QString &displayName)
{
    return update(QStringLiteral("display_name = ?"), id, displayName.trimmed());
}

Result<StaffRepository::Throttle> StaffRepository::throttle(qint64 id) const
{
    const auto found = m_sql.row<Throttle>(
        QStringLiteral("SELECT failed_sign_ins, next_sign_in_at FROM staff_users WHERE id = ?"),
        {id}, [](const QSqlQuery &q) {
            return Throttle{q.value(0).toInt(), q.value(1).isNull()
                                                    ? QDateTime()
                                                    : Timestamp::parse(q.value(1).toString())};
        });
    if (!found)
        return found.error();
    return found.value().value_or(Throttle{});
}

Status StaffRepository::setThrottle(qint64 id, const Throttle &throttle)
{
    const auto changed = m_sql.exec(
        QStringLiteral("UPDATE staff_users SET failed_sign_ins = ?, next_sign_in_at = ? "
                       "WHERE id = ?"),
        {throttle.failures,
         throttle.nextAttemptAt.isValid() ? QVariant(Timestamp::format(throttle.nextAttemptAt))
                                          : QVariant(QMetaType::fromType<QString>()),
         id});
    if (!changed)
        return changed.error();
    return {};
}

Status StaffRepository::update(const QString &assignment, qint64 id, const QVariant &value)
{
    const auto changed = m_sql.exec(
        QStringLiteral("UPDATE staff_users SET %1 WHERE id = ?").arg(assignment), {value, id});
    if (!changed)
        return changed.error();
    return {};
}
