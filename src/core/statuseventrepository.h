#pragma once

#include "result.h"
#include "sql.h"
#include "statusevent.h"

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
