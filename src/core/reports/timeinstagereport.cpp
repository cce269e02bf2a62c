#include "reports/timeinstagereport.h"

#include "db/sql.h"
#include "reports/percentile.h"
#include "reports/reportscope.h"

#include <QHash>

namespace {
// One row of stays or waits: how many, median, 90th percentile (null when none).
QVariantList summary(const QString &what, QList<double> values)
{
    const qint64 count = values.size();
    if (count == 0)
        return {what, 0, QVariant(), QVariant()};
    const double median = nearestRankPercentile(values, 0.5);
    const double p90 = nearestRankPercentile(values, 0.9);
    return {what, count, ReportCell::days(median), ReportCell::days(p90)};
}
} // namespace

const QList<ApplicationStatus> &TimeInStageReport::stayStatuses()
{
    using S = ApplicationStatus;
    static const QList<S> statuses{
        S::Applied,  S::Screening, S::InterviewScheduled, S::Interviewed,     S::Qualified,
        S::Waitlisted, S::Offered, S::OfferExpired,       S::Accepted,        S::Deferred,
        S::Enrolled, S::Active,    S::RefundRequested,    S::Graduated,       S::JobSearch};
    return statuses;
}

Result<Report> TimeInStageReport::compute(const ReportContext &context)
{
    const ReportScope scope(context.filter, context.calendar);
    const Sql sql(context.connection);
    auto stays = sql.select(
        QStringLiteral("SELECT e.to_status,"
                       " julianday(lead(e.at) OVER (PARTITION BY e.application_id ORDER BY e.id))"
                       " - julianday(e.at)"
                       " FROM %1 JOIN status_events e ON e.application_id = a.id WHERE %2")
            .arg(scope.from(), scope.where()),
        scope.values());
    if (!stays)
        return stays.error();
    QHash<QString, QList<double>> ended;
    QHash<QString, qint64> running;
    for (QSqlQuery &query = stays.value(); query.next();) {
        const QString status = query.value(0).toString();
        if (query.value(1).isNull())
            ++running[status];
        else
            ended[status] << query.value(1).toDouble();
    }

    auto waits = sql.select(
        QStringLiteral("SELECT q IS NOT NULL AND (n IS NULL OR q <= n),"
                       " julianday(coalesce(min(q, n), q, n)) - julianday(applied) FROM ("
                       " SELECT min(CASE WHEN e.to_status = 'applied' THEN e.at END) AS applied,"
                       "  min(CASE WHEN e.to_status = 'qualified' THEN e.at END) AS q,"
                       "  min(CASE WHEN e.to_status = 'not_qualified' THEN e.at END) AS n"
                       " FROM %1 JOIN status_events e ON e.application_id = a.id WHERE %2"
                       " GROUP BY a.id)"
                       " WHERE applied IS NOT NULL AND (q IS NOT NULL OR n IS NOT NULL)")
            .arg(scope.from(), scope.where()),
        scope.values());
    if (!waits)
        return waits.error();
    QList<double> toQualified, toNotQualified, toDecision;
    for (QSqlQuery &query = waits.value(); query.next();) {
        const double wait = query.value(1).toDouble();
        toDecision << wait;
        (query.value(0).toBool() ? toQualified : toNotQualified) << wait;
    }

    Report report;
    ReportTable table{QStringLiteral("stays"),
                      tr("Days in each status"),
                      {{QStringLiteral("status"), tr("Status"), ReportValue::Text},
                       {QStringLiteral("stays_ended"), tr("Stays ended"), ReportValue::Count},
                       {QStringLiteral("median_days"), tr("Median days"), ReportValue::Days},
                       {QStringLiteral("p90_days"), tr("90th percentile days"), ReportValue::Days},
                       {QStringLiteral("there_now"), tr("There now"), ReportValue::Count}},
                      {}};
    for (ApplicationStatus status : stayStatuses()) {
        const QString name = Statuses::machineName(status);
        if (!ended.contains(name) && !running.contains(name))
            continue;
        table.rows << (summary(Statuses::displayName(status), ended.value(name))
                       << running.value(name));
    }
    report.tables << table;

    ReportTable decisions{QStringLiteral("decisions"),
                          tr("Applied to a decision"),
                          {{QStringLiteral("decision"), tr("Decision"), ReportValue::Text},
                           {QStringLiteral("applications"), tr("Applications"), ReportValue::Count},
                           {QStringLiteral("median_days"), tr("Median days"), ReportValue::Days},
                           {QStringLiteral("p90_days"), tr("90th percentile days"),
                            ReportValue::Days}},
                          {}};
    decisions.rows << summary(tr("Any decision"), toDecision)
                   << summary(Statuses::displayName(ApplicationStatus::Qualified), toQualified)
                   << summary(Statuses::displayName(ApplicationStatus::NotQualified),
                              toNotQualified);
    report.tables << decisions;

    report.chart.kind = ReportChart::Kind::Bars;
    report.chart.table = 0;
    report.chart.categoryColumn = 0;
    report.chart.valueColumns = {2, 3};
    report.chart.valueAxisTitle = tr("Days");
    report.notes << tr("A stay runs from entering a status to the application's next move; "
                       "percentiles are of the stays that ended.");
    return report;
}
