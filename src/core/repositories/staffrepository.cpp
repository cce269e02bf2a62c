#include "repositories/staffrepository.h"

#include "domain/timestamp.h"

Result<qint64> StaffRepository::insert(const StaffUser &user, const QDateTime &at)
{
    return m_sql.insert(
        QStringLiteral("INSERT INTO staff_users (username, display_name, role, "
                       "active, created_at) VALUES (?, ?, ?, ?, ?)"),
        {user.username.trimmed(), user.displayName, user.role, user.active, Timestamp::format(at)});
}

namespace {
const QString Select =
    QStringLiteral("SELECT id, username, display_name, role, active FROM staff_users ");

StaffUser staffUserFrom(const QSqlQuery &q)
{
    return StaffUser{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toBool()};
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
