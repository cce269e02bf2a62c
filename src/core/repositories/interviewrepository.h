#pragma once

#include "db/sql.h"
#include "domain/interview.h"
#include "domain/result.h"

#include <QList>

#include <optional>

// The interviews table, with the interviewer's names and the applicant's name read beside each
// interview.
class InterviewRepository
{
public:
    explicit InterviewRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Result<qint64> insert(const Interview &interview);
    Result<std::optional<Interview>> find(qint64 id) const;
    // The application's scheduled interview, if it has one.
    Result<std::optional<Interview>> scheduledFor(qint64 applicationId) const;
    // Every interview of the application, newest first.
    Result<QList<Interview>> forApplication(qint64 applicationId) const;
    // Scheduled interviews that end at `from` or later, the earliest first; of one interviewer,
    // or of everyone when `interviewerId` is 0.
    Result<QList<Interview>> upcoming(const QDateTime &from, qint64 interviewerId = 0) const;
    // A new time, length and interviewer of a scheduled interview.
    Status reschedule(const Interview &interview, const QDateTime &at);
    Status setState(qint64 id, Interview::State state, qint64 activityId, const QDateTime &at);

private:
    Sql m_sql;
};
