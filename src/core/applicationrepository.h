#pragma once

#include "application.h"
#include "result.h"
#include "sql.h"

#include <QList>
#include <optional>

class ApplicationRepository
{
public:
    explicit ApplicationRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    // "('offered', 'accepted', …)": the statuses that hold a seat, as an SQL list built from
    // Statuses::holdsSeat, so the rule lives in one place.
    static QString seatHoldingStatusList();

    Result<qint64> insert(const Application &application);
    Result<std::optional<Application>> find(qint64 id) const;
    Result<QList<Application>> forApplicant(qint64 applicantId) const;
    // Writes the status and what moves with it: qualified_at, offer_expires_at,
    // decision_reason, status_changed_at, cohort_id.
    Status updateStatus(const Application &application);

    Result<int> seatsTaken(qint64 cohortId) const;
    // The first waitlisted application of the cohort in first-come-first-served order:
    // qualified_at, then applied_at, then id.
    Result<std::optional<Application>> firstWaitlisted(qint64 cohortId) const;
    // Offers whose hold ended before `at`.
    Result<QList<Application>> expiredOffers(const QDateTime &at) const;

private:
    Sql m_sql;
};
