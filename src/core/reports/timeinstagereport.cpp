#include "reports/timeinstagereport.h"

#include "db/sql.h"
#include "reports/histogram.h"
#include "reports/reportscope.h"

#include <QHash>

namespace {
// One row of stays or waits: how many, median, 90th percentile in days (null when none).
QVariantList summary(const QString &what, const Histogram &tenths)
{
    if (tenths.total() == 0)
        return {what, 0, QVariant(), QVariant()};
    return {what, tenths.total(), ReportCell::days(tenths.percentile(0.5) / 10.0),
            ReportCell::days(tenths.percentile(0.9) / 10.0)};
}

// Counts of tenths of a day per key, from "SELECT key, tenths, count(*) FROM `table` t …"
// over every row of the summary table, those of one track (kept in the table, v25), or those
// of the filtered applications.
Result<QHash<QString, Histogram>> histograms(const QString &connection, const ReportScope &scope,
                                             const QString &table, const QString &key)
{
    QString sql = QStringLiteral("SELECT %1, tenths, count(*) FROM %2 GROUP BY 1, 2").arg(key, table);
    QVariantList values;
    if (scope.trackAlone() != 0) {
        sql = QStringLiteral("SELECT %1, tenths, count(*) FROM %2 WHERE track_id = ? "
                             "GROUP BY 1, 2")
                  .arg(key, table);
        values << scope.trackAlone();
    } else if (scope.narrows()) {
        sql = QStringLiteral("SELECT t.%1, t.tenths, count(*) FROM %2 JOIN %3 t ON "
                             "t.application_id = a.id WHERE %4 GROUP BY 1, 2")
                  .arg(key, scope.from(), table, scope.where());
        values = scope.values();
    }
    auto rows = Sql(connection).select(sql, values);
    if (!rows)
        return rows.error();
    QHash<QString, Histogram> result;
    for (QSqlQuery &query = rows.value(); query.next();)
        result[query.value(0).toString()].add(query.value(1).toLongLong(),
                                              query.value(2).toLongLong());
    return result;
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
    const auto stays = histograms(context.connection, scope, QStringLiteral("status_stays"),
                                  QStringLiteral("status"));
    if (!stays)
        return stays.error();
    // A stay still running is the application's status now.
    auto current = Sql(context.connection)
                       .select(QStringLiteral("SELECT a.status, count(*) FROM %1 WHERE %2 "
                                              "GROUP BY 1")
                                   .arg(scope.from(), scope.where()),
                               scope.values());
    if (!current)
        return current.error();
    QHash<QString, qint64> there;
    for (QSqlQuery &query = current.value(); query.next();)
        there[query.value(0).toString()] = query.value(1).toLongLong();
    const auto waits = histograms(context.connection, scope, QStringLiteral("decision_waits"),
                                  QStringLiteral("decision"));
    if (!waits)
        return waits.error();

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
        if (!stays->contains(name) && !there.contains(name))
            continue;
        table.rows << (summary(Statuses::displayName(status), stays->value(name))
                       << there.value(name));
    }
    report.tables << table;

    const QString qualified = Statuses::machineName(ApplicationStatus::Qualified);
    const QString notQualified = Statuses::machineName(ApplicationStatus::NotQualified);
    ReportTable decisions{QStringLiteral("decisions"),
                          tr("Applied to a decision"),
                          {{QStringLiteral("decision"), tr("Decision"), ReportValue::Text},
                           {QStringLiteral("applications"), tr("Applications"), ReportValue::Count},
                           {QStringLiteral("median_days"), tr("Median days"), ReportValue::Days},
                           {QStringLiteral("p90_days"), tr("90th percentile days"),
                            ReportValue::Days}},
                          {}};
    decisions.rows << summary(tr("Any decision"),
                              waits->value(qualified) + waits->value(notQualified))
                   << summary(Statuses::displayName(ApplicationStatus::Qualified),
                              waits->value(qualified))
                   << summary(Statuses::displayName(ApplicationStatus::NotQualified),
                              waits->value(notQualified));
    report.tables << decisions;

    report.chart.kind = ReportChart::Kind::Bars;
    report.chart.table = 0;
    report.chart.categoryColumn = 0;
    report.chart.valueColumns = {2, 3};
    report.chart.valueAxisTitle = tr("Days");
    report.notes << tr("A stay runs from entering a status to the application's next move, in "
                       "tenths of a day; percentiles are of the stays that ended. The wait for a "
                       "decision runs from applying to the first qualified or not qualified.");
    return report;
}
