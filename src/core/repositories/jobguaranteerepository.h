#pragma once

#include "db/sql.h"
#include "domain/guaranteeeligibility.h"
#include "domain/jobsearch.h"
#include "domain/placement.h"
#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

// The job guarantee's columns of applications (the search's start, the placement's facts) and
// the job-search check-ins among the activities.
class JobGuaranteeRepository
{
public:
    explicit JobGuaranteeRepository(QString connectionName)
        : m_connection(connectionName), m_sql(std::move(connectionName))
    {
    }

    Status setSearchStarted(qint64 applicationId, const QDate &on, const QDateTime &at);
    // Writes the facts, or clears them all (nullopt).
    Status setPlacement(qint64 applicationId, const std::optional<Placement> &placement,
                        const QDateTime &at);
    // The facts recorded, when there is an outcome of a placement.
    Result<std::optional<Placement>> placement(qint64 applicationId) const;

    Result<std::optional<JobSearch>> jobSearch(qint64 applicationId) const;
    // The applications in job search whose guarantee period ended on or before `day`, the
    // earliest end first.
    Result<QList<JobSearch>> periodsEndedBy(const QDate &day) const;
    // The check-ins of each of those searches, oldest first, in one query for them all.
    Result<QHash<qint64, QList<CheckIn>>> checkInsOfPeriodsEndedBy(const QDate &day) const;
    // The application's check-ins, oldest first.
    Result<QList<CheckIn>> checkIns(qint64 applicationId) const;

private:
    QString m_connection;
    Sql m_sql;
};
