#pragma once

#include "db/sql.h"
#include "domain/result.h"
#include "domain/staffuser.h"

#include <QList>

#include <optional>

class StaffRepository
{
public:
    explicit StaffRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Result<qint64> insert(const StaffUser &user, const QDateTime &at);
    // Every staff user, by username.
    Result<QList<StaffUser>> list() const;
    Result<std::optional<StaffUser>> find(qint64 id) const;
    Result<std::optional<StaffUser>> findByUsername(const QString &username) const;

private:
    Sql m_sql;
};
