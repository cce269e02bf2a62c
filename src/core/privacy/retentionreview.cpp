#include "privacy/retentionreview.h"

#include "domain/statustransitions.h"
#include "domain/timestamp.h"

Result<int> RetentionReview::keepDays() const
{
    const auto days = m_sql.scalar(QStringLiteral("SELECT keep_days FROM retention_policy"));
    if (!days)
        return days.error();
    return days.value().toInt();
}

Status RetentionReview::setKeepDays(int days)
{
    if (days < MinimumDays || days > MaximumDays)
        return Error{tr("keep_days: %1 is not a number of days from %2 to %3.")
                         .arg(days)
                         .arg(MinimumDays)
                         .arg(MaximumDays),
                     {}};
    if (auto set = m_sql.exec(QStringLiteral("UPDATE retention_policy SET keep_days = ?"), {days});
        !set)
        return set.error();
    return {};
}

Result<QList<RetentionReview::Due>> RetentionReview::due(const QDateTime &now) const
{
    const auto days = keepDays();
    if (!days)
        return days.error();
    QVariantList values;
    QStringList placeholders;
    for (ApplicationStatus status : Statuses::all()) {
        if (StatusTransitions::nextStatuses(status).isEmpty()) {
            values << Statuses::machineName(status);
            placeholders << QStringLiteral("?");
        }
    }
    values << Timestamp::format(now.addDays(-days.value()));
    // One pass over the applications by applicant (applications_applicant).
    return m_sql.rows<Due>(
        QStringLiteral("SELECT p.id, p.first_name || ' ' || p.last_name, "
                       "max(a.status_changed_at) AS closed_at "
                       "FROM applicants p JOIN applications a ON a.applicant_id = p.id "
                       "WHERE p.consent = 0 AND p.id NOT IN (SELECT applicant_id FROM erasures) "
                       "GROUP BY p.id "
                       "HAVING max(a.status NOT IN (%1)) = 0 AND closed_at < ? "
                       "ORDER BY closed_at, p.id")
            .arg(placeholders.join(QStringLiteral(", "))),
        values, [](const QSqlQuery &q) {
            return Due{q.value(0).toLongLong(), q.value(1).toString(),
                       Timestamp::parse(q.value(2).toString())};
        });
}
