#include "repositories/cohortrepository.h"

#include "domain/timestamp.h"
#include "repositories/applicationrepository.h"

namespace {
// The columns cohortFrom reads, of cohorts aliased "c".
const QString Columns =
    QStringLiteral("c.id, c.track_id, c.name, c.starts_on, c.ends_on, c.capacity, "
                   "c.offer_hold_days, c.refund_window_days, c.state, c.applications_open_on, "
                   "c.final_fill, c.guarantee_days, c.guarantee_weekly_check_in, "
                   "c.guarantee_min_applications");
constexpr int ColumnCount = 14;
const QString Select = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM cohorts c ");

Cohort cohortFrom(const QSqlQuery &q, int first = 0)
{
    Cohort c;
    c.id = q.value(first).toLongLong();
    c.trackId = q.value(first + 1).toLongLong();
    c.name = q.value(first + 2).toString();
    c.startsOn = Timestamp::parseDate(q.value(first + 3).toString());
    c.endsOn = Timestamp::parseDate(q.value(first + 4).toString());
    c.capacity = q.value(first + 5).toInt();
    c.offerHoldDays = q.value(first + 6).toInt();
    c.refundWindowDays = q.value(first + 7).toInt();
    c.state = q.value(first + 8).toString();
    c.applicationsOpenOn = Timestamp::parseDate(q.value(first + 9).toString());
    if (!q.value(first + 10).isNull())
        c.finalFill = q.value(first + 10).toInt();
    c.guarantee.periodDays = q.value(first + 11).toInt();
    c.guarantee.weeklyCheckIn = q.value(first + 12).toBool();
    c.guarantee.minApplicationsPerWeek = q.value(first + 13).toInt();
    return c;
}

QVariantList valuesOf(const Cohort &c)
{
    return {c.trackId,
            c.name.trimmed(),
            Timestamp::formatDate(c.startsOn),
            Timestamp::formatDate(c.endsOn),
            c.capacity,
            c.offerHoldDays,
            c.refundWindowDays,
            c.state,
            c.applicationsOpenOn.isValid() ? QVariant(Timestamp::formatDate(c.applicationsOpenOn))
                                           : QVariant(QMetaType::fromType<QString>()),
            c.guarantee.periodDays,
            int(c.guarantee.weeklyCheckIn),
            c.guarantee.minApplicationsPerWeek};
}
} // namespace

Result<qint64> CohortRepository::insert(const Cohort &cohort)
{
    return m_sql.insert(QStringLiteral("INSERT INTO cohorts (track_id, name, starts_on, ends_on, "
                                       "capacity, offer_hold_days, refund_window_days, state, "
                                       "applications_open_on, guarantee_days, "
                                       "guarantee_weekly_check_in, guarantee_min_applications) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        valuesOf(cohort));
}

Status CohortRepository::update(const Cohort &cohort)
{
    QVariantList values = valuesOf(cohort);
    values << cohort.id;
    auto done = m_sql.exec(QStringLiteral("UPDATE cohorts SET track_id = ?, name = ?, "
                                          "starts_on = ?, ends_on = ?, capacity = ?, "
                                          "offer_hold_days = ?, refund_window_days = ?, state = ?, "
                                          "applications_open_on = ?, guarantee_days = ?, "
                                          "guarantee_weekly_check_in = ?, "
                                          "guarantee_min_applications = ? WHERE id = ?"),
                           values);
    if (!done)
        return done.error();
    return {};
}

Result<std::optional<Cohort>> CohortRepository::find(qint64 id) const
{
    return m_sql.row<Cohort>(Select + QStringLiteral("WHERE c.id = ?"), {id},
                             [](const QSqlQuery &q) { return cohortFrom(q); });
}

Result<std::optional<Cohort>> CohortRepository::findByName(const QString &name) const
{
    return m_sql.row<Cohort>(Select + QStringLiteral("WHERE c.name = ?"), {name.trimmed()},
                             [](const QSqlQuery &q) { return cohortFrom(q); });
}

Result<QList<Cohort>> CohortRepository::list() const
{
    return m_sql.rows<Cohort>(Select + QStringLiteral("ORDER BY c.track_id, c.starts_on, c.name"),
                              {}, [](const QSqlQuery &q) { return cohortFrom(q); });
}

Result<QList<Cohort>> CohortRepository::listOfTrack(qint64 trackId) const
{
    return m_sql.rows<Cohort>(
        Select + QStringLiteral("WHERE c.track_id = ? ORDER BY c.starts_on, c.name"), {trackId},
        [](const QSqlQuery &q) { return cohortFrom(q); });
}

Result<QList<CohortSeats>> CohortRepository::seatSummary() const
{
    return m_sql.rows<CohortSeats>(seatsSelect(QString()), {}, seatsFrom);
}

Result<QList<CohortSeats>> CohortRepository::seatSummaryOfTrack(qint64 trackId) const
{
    return m_sql.rows<CohortSeats>(seatsSelect(QStringLiteral("WHERE c.track_id = ? ")), {trackId},
                                   seatsFrom);
}

Result<std::optional<CohortSeats>> CohortRepository::seatsOf(qint64 cohortId) const
{
    return m_sql.row<CohortSeats>(seatsSelect(QStringLiteral("WHERE c.id = ? ")), {cohortId},
                                  seatsFrom);
}

Result<QList<CohortSeats>> CohortRepository::inProgress() const
{
    // A correlated count per open or full cohort: a join would search the index for every
    // cohort, and counting a started cohort's students would read most of their entries.
    return m_sql.rows<CohortSeats>(
        QStringLiteral("SELECT %1, t.code, CASE WHEN c.state IN ('open', 'full') THEN "
                       "(SELECT count(*) FROM applications a WHERE a.cohort_id = c.id "
                       "AND a.status IN %2) ELSE 0 END, 0, 0, 0 "
                       "FROM cohorts c JOIN tracks t ON t.id = c.track_id "
                       "WHERE c.state NOT IN ('completed', 'cancelled') "
                       "ORDER BY c.track_id, c.starts_on, c.name")
            .arg(Columns, ApplicationRepository::seatHoldingStatusList()),
        {}, seatsFrom);
}

QString CohortRepository::seatsSelect(const QString &where)
{
    // One grouped pass: for each cohort, a range of the (cohort_id, status, ...) index per
    // status counted (the join names them), so neither the applications outside a queue or a
    // seat nor the table itself are read.
    const auto counted = [](ApplicationStatus status) {
        return Statuses::filledSeat(status) || status == ApplicationStatus::Waitlisted;
    };
    return QStringLiteral("SELECT %1, t.code, "
                          "count(*) FILTER (WHERE a.status IN %2), "
                          "count(*) FILTER (WHERE a.status = 'offered'), "
                          "count(*) FILTER (WHERE a.status = 'waitlisted'), "
                          "count(*) FILTER (WHERE a.status IN %3) "
                          "FROM cohorts c JOIN tracks t ON t.id = c.track_id "
                          "LEFT JOIN applications a ON a.cohort_id = c.id AND a.status IN %4 "
                          "%5GROUP BY c.id "
                          "ORDER BY t.code, c.starts_on, c.name")
        .arg(Columns, ApplicationRepository::seatHoldingStatusList(),
             ApplicationRepository::seatFillingStatusList(),
             ApplicationRepository::statusList(counted), where);
}

CohortSeats CohortRepository::seatsFrom(const QSqlQuery &q)
{
    CohortSeats seats{cohortFrom(q), q.value(ColumnCount).toString(),
                      q.value(ColumnCount + 1).toInt(), q.value(ColumnCount + 2).toInt(),
                      q.value(ColumnCount + 3).toInt()};
    seats.seatsFilled = q.value(ColumnCount + 4).toInt();
    return seats;
}

Status CohortRepository::setState(qint64 cohortId, const QString &state)
{
    auto done =
        m_sql.exec(QStringLiteral("UPDATE cohorts SET state = ? WHERE id = ?"), {state, cohortId});
    if (!done)
        return done.error();
    return {};
}

Status CohortRepository::stampFinalFill(qint64 cohortId, int seatsFilled)
{
    auto done = m_sql.exec(QStringLiteral("UPDATE cohorts SET final_fill = ? WHERE id = ?"),
                           {seatsFilled, cohortId});
    if (!done)
        return done.error();
    return {};
}

Status CohortRepository::setRefundSchedule(qint64 cohortId, const QList<RefundStep> &steps)
{
    if (auto cleared = m_sql.exec(QStringLiteral("DELETE FROM refund_schedule WHERE cohort_id = ?"),
                                  {cohortId});
        !cleared)
        return cleared.error();
    for (const RefundStep &step : steps) {
        auto added = m_sql.exec(QStringLiteral("INSERT INTO refund_schedule (cohort_id, from_day, "
                                               "refund_percent) VALUES (?, ?, ?)"),
                                {cohortId, step.fromDay, step.refundPercent});
        if (!added)
            return added.error();
    }
    return {};
}

Result<QList<RefundStep>> CohortRepository::refundSchedule(qint64 cohortId) const
{
    return m_sql.rows<RefundStep>(
        QStringLiteral("SELECT from_day, refund_percent FROM refund_schedule WHERE cohort_id = ? "
                       "ORDER BY from_day"),
        {cohortId}, [](const QSqlQuery &q) {
            return RefundStep{q.value(0).toInt(), q.value(1).toInt()};
        });
}
