#pragma once

#include "db/sql.h"
#include "domain/result.h"
#include "domain/statusevent.h"

#include <QList>

// The append-only status history: rows are added, never changed.
class StatusEventRepository
{
public:
    explicit StatusEventRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Result<qint64> append(const StatusEvent &event);
    Result<QList<StatusEvent>> history(qint64 applicationId) const;

private:
    Sql m_sql;
};
