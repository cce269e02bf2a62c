#pragma once

#include "db/sql.h"
#include "domain/result.h"

#include <QList>
#include <QVariantMap>

#include <optional>

// Everything stored about one applicant, every column by its name, with the names of the
// tracks, cohorts, staff and mentors its ids point to: for a subject access request
// (PrivacyService). SELECT * on purpose: a column added later is exported with no change here.
class PersonalDataRepository
{
public:
    using Row = QVariantMap;

    explicit PersonalDataRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Result<std::optional<Row>> applicant(qint64 applicantId) const;
    // Each with track_code, cohort_name and owner_username; by id.
    Result<QList<Row>> applications(qint64 applicantId) const;
    // The status history of all their applications, each with by_username; in order.
    Result<QList<Row>> statusEvents(qint64 applicantId) const;
    // Each with by_username; in time order.
    Result<QList<Row>> activities(qint64 applicantId) const;
    // Each with mentor_name and by_username; by id.
    Result<QList<Row>> mentorAssignments(qint64 applicantId) const;
    // The interviews of their applications, with the interviewer's username.
    Result<QList<Row>> interviews(qint64 applicantId) const;

private:
    Result<QList<Row>> rows(const QString &sql, qint64 applicantId) const;

    Sql m_sql;
};
