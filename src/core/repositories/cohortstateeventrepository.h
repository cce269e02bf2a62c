#pragma once

#include "db/sql.h"
#include "domain/cohortstateevent.h"
#include "domain/result.h"

#include <QList>

// The append-only history of cohort states: rows are added, never changed.
class CohortStateEventRepository
{
public:
    explicit CohortStateEventRepository(QString connectionName) : m_sql(std::move(connectionName))
    {
    }

    Result<qint64> append(const CohortStateEvent &event);
    // The cohort's state changes, oldest first.
    Result<QList<CohortStateEvent>> history(qint64 cohortId) const;

private:
    Sql m_sql;
};
