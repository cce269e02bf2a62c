#pragma once

#include "db/sql.h"
#include "domain/result.h"
#include "domain/statusevent.h"

#include <QList>

#include <optional>

// The append-only status history: rows are added, never changed.
class StatusEventRepository
{
public:
    explicit StatusEventRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Result<qint64> append(const StatusEvent &event);
    Result<QList<StatusEvent>> history(qint64 applicationId) const;
    // The application's newest event; none for an application without history.
    Result<std::optional<StatusEvent>> latest(qint64 applicationId) const;
    // The first `limit` events after `eventId`, oldest first, of applications now in the cohort
    // that moved from or to one of `statuses`.
    Result<QList<StatusEvent>> eventsAfter(qint64 eventId, qint64 cohortId,
                                           const QList<ApplicationStatus> &statuses,
                                           int limit) const;

private:
    Sql m_sql;
};
