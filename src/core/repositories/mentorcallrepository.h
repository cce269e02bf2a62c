#pragma once

#include "db/sql.h"
#include "domain/callcadence.h"
#include "domain/mentorcall.h"
#include "domain/result.h"

#include <QList>

// The 1:1 calls with mentors among the activities, and what the call cadence reads of them:
// the active students with a confirmed mentor and their calls, in one query per view.
class MentorCallRepository
{
public:
    explicit MentorCallRepository(QString connectionName)
        : m_connection(connectionName), m_sql(std::move(connectionName))
    {
    }

    // What is read of each student besides the calls: the name and the latest call ever, which
    // only a list of the students behind shows, or nothing (a count of them needs neither).
    enum class MenteeDetail
    {
        NameAndLastCall,
        None
    };

    // The application's calls, newest first (`on` is left for the caller's calendar).
    Result<QList<MentorCall>> calls(qint64 applicationId) const;
    // Every active student with a confirmed mentor, with their calls at or after `since`.
    Result<QList<MenteeCalls>>
    menteeCalls(const QDateTime &since, MenteeDetail detail = MenteeDetail::NameAndLastCall) const;
    // The application's, with all its calls, when it is such a student.
    Result<QList<MenteeCalls>> menteeCallsOf(qint64 applicationId) const;

private:
    Result<QList<MenteeCalls>> selectMenteeCalls(const QString &where, const QVariantList &values,
                                                 const QDateTime &since, MenteeDetail detail) const;

    QString m_connection;
    Sql m_sql;
};
