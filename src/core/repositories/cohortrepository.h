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
    // The cohorts of one track, by start date.
    Result<QList<Cohort>> listOfTrack(qint64 trackId) const;
    // Every cohort with its seats taken, offers pending and waitlist length, by track and start.
    Result<QList<CohortSeats>> seatSummary() const;
    // The same for the cohorts of one track.
    Result<QList<CohortSeats>> seatSummaryOfTrack(qint64 trackId) const;
    // The same of one cohort; nothing when there is no such cohort.
    Result<std::optional<CohortSeats>> seatsOf(qint64 cohortId) const;
    // Every cohort that is not over (completed or cancelled), by track id and start date as
    // list() orders them, with only the seats taken counted, and only where the state follows
    // them: of open and full cohorts (CohortTimeline). Every other count is 0. One pass, for
    // CohortStateService::followDates to find the cohorts that have a step to take.
    Result<QList<CohortSeats>> inProgress() const;
    // The state alone, as the cohort's dates or a person opening it move it.
    Status setState(qint64 cohortId, const QString &state);
    // Keeps the seats its students filled, once it completed (Cohort::finalFill).
    Status stampFinalFill(qint64 cohortId, int seatsFilled);

    // Replaces the whole schedule; the caller holds the transaction.
    Status setRefundSchedule(qint64 cohortId, const QList<RefundStep> &steps);
    Result<QList<RefundStep>> refundSchedule(qint64 cohortId) const;

private:
    // The seat summary's SELECT, with `where` ("WHERE …" and a space, or empty) over cohorts "c".
    static QString seatsSelect(const QString &where);
    static CohortSeats seatsFrom(const QSqlQuery &q);

    Sql m_sql;
};
