#pragma once

#include "db/sql.h"
#include "domain/activity.h"
#include "domain/result.h"

#include <QList>

class ActivityRepository
{
public:
    explicit ActivityRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Result<qint64> insert(const Activity &activity);
    // The applicant's activities, newest first.
    Result<QList<Activity>> forApplicant(qint64 applicantId) const;
    // Gives every activity of one applicant to another (a merge); the count moved.
    Result<int> moveToApplicant(qint64 fromApplicantId, qint64 toApplicantId);

private:
    Sql m_sql;
};
