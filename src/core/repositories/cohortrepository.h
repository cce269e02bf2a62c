#pragma once

#include "db/sql.h"
#include "domain/cohort.h"
#include "domain/result.h"

#include <QList>
#include <optional>

class CohortRepository
{
public:
    explicit CohortRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    Result<qint64> insert(const Cohort &cohort);
    Status update(const Cohort &cohort);
    Result<std::optional<Cohort>> find(qint64 id) const;
    Result<std::optional<Cohort>> findByName(const QString &name) const;
    // Every cohort, by track and start date.
    Result<QList<Cohort>> list() const;
    // Every cohort with its seats taken, offers pending and waitlist length, by track and start.
    Result<QList<CohortSeats>> seatSummary() const;

    // Replaces the whole schedule; the caller holds the transaction.
    Status setRefundSchedule(qint64 cohortId, const QList<RefundStep> &steps);
    Result<QList<RefundStep>> refundSchedule(qint64 cohortId) const;

private:
    Sql m_sql;
};
