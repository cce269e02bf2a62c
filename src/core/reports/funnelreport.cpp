#include "reports/funnelreport.h"

#include "db/sql.h"
#include "reports/funnelstages.h"
#include "reports/reportscope.h"

#include <QMap>

#include <array>

namespace {
using Reached = std::array<qint64, FunnelStages::Count>;

// The counts of applications by status and furthest stage, and by group when broken down. The
// groups are counted by id and named once each; without one, the counts stream from the index
// applications_status (status, furthest_stage) alone.
QString countsSql(ReportFilter::Breakdown by, const ReportScope &scope)
{
    QString key;
    QString name = QStringLiteral("g");
    switch (by) {
    case ReportFilter::Breakdown::None:
        return QStringLiteral("SELECT '', a.status, a.furthest_stage, count(*) FROM %1 WHERE %2 "
                              "GROUP BY a.status, a.furthest_stage")
            .arg(scope.from(), scope.where());
    case ReportFilter::Breakdown::Track:
        key = QStringLiteral("a.track_id");
        name = QStringLiteral("(SELECT t.name FROM tracks t WHERE t.id = g)");
        break;
    case ReportFilter::Breakdown::Cohort:
        key = QStringLiteral("a.cohort_id");
        name = QStringLiteral("(SELECT c.name FROM cohorts c WHERE c.id = g)");
        break;
    case ReportFilter::Breakdown::Source:
        key = QStringLiteral("a.applicant_source");
        break;
    case ReportFilter::Breakdown::Campaign:
        key = QStringLiteral("a.applicant_campaign");
        break;
    }
    return QStringLiteral("SELECT %1, s, r, n FROM (SELECT %2 AS g, a.status AS s,"
                          " a.furthest_stage AS r, count(*) AS n FROM %3 WHERE %4"
                          " GROUP BY 1, 2, 3)")
        .arg(name, key, scope.from(), scope.where());
}

// Applications that reached each stage, from the numbers whose furthest stage is each.
Reached cumulative(const Reached &furthest)
{
    Reached reached{};
    qint64 running = 0;
    for (int stage = FunnelStages::Count - 1; stage >= 0; --stage) {
        running += furthest[stage];
        reached[stage] = running;
    }
    return reached;
}
} // namespace

QString FunnelReport::groupTitle(ReportFilter::Breakdown by)
{
    switch (by) {
    case ReportFilter::Breakdown::Track:
        return tr("By track");
    case ReportFilter::Breakdown::Cohort:
        return tr("By cohort");
    case ReportFilter::Breakdown::Source:
        return tr("By source");
    case ReportFilter::Breakdown::Campaign:
        return tr("By campaign");
    case ReportFilter::Breakdown::None:
        break;
    }
    return {};
}

QString FunnelReport::groupColumnTitle(ReportFilter::Breakdown by)
{
    switch (by) {
    case ReportFilter::Breakdown::Track:
        return tr("Track");
    case ReportFilter::Breakdown::Cohort:
        return tr("Cohort");
    case ReportFilter::Breakdown::Source:
        return tr("Source");
    case ReportFilter::Breakdown::Campaign:
        return tr("Campaign");
    case ReportFilter::Breakdown::None:
        break;
    }
    return {};
}

Result<Report> FunnelReport::compute(const ReportContext &context)
{
    const ReportScope scope(context.filter, context.calendar);
    auto rows = Sql(context.connection).select(countsSql(context.filter.by, scope), scope.values());
    if (!rows)
        return rows.error();
    Reached furthest{};
    QMap<QString, Reached> furthestByGroup;
    QMap<ApplicationStatus, qint64> left;
    QSqlQuery &query = rows.value();
    while (query.next()) {
        const int stage = qBound(0, query.value(2).toInt(), FunnelStages::Count - 1);
        const qint64 count = query.value(3).toLongLong();
        furthest[stage] += count;
        if (context.filter.by != ReportFilter::Breakdown::None) {
            const QString group = query.value(0).toString();
            furthestByGroup[group.isEmpty() ? tr("(none)") : group][stage] += count;
        }
        if (const auto status = Statuses::fromMachineName(query.value(1).toString());
            status && FunnelStages::exits().contains(*status))
            left[*status] += count;
    }

    const Reached reached = cumulative(furthest);
    Report report;
    ReportTable stages{QStringLiteral("stages"),
                       tr("Stages"),
                       {{QStringLiteral("stage"), tr("Stage"), ReportValue::Text},
                        {QStringLiteral("reached"), tr("Reached"), ReportValue::Count},
                        {QStringLiteral("of_previous_percent"), tr("% of previous"),
                         ReportValue::Percent},
                        {QStringLiteral("of_applied_percent"), tr("% of applied"),
                         ReportValue::Percent}},
                       {}};
    for (int stage = 0; stage < FunnelStages::Count; ++stage) {
        stages.rows << QVariantList{
            FunnelStages::title(FunnelStages::Stage(stage)), reached[stage],
            stage == 0 ? QVariant() : ReportCell::percent(reached[stage], reached[stage - 1]),
            ReportCell::percent(reached[stage], reached[0])};
    }
    report.tables << stages;

    ReportTable exits{QStringLiteral("left"),
                      tr("Why people left"),
                      {{QStringLiteral("status_now"), tr("Status now"), ReportValue::Text},
                       {QStringLiteral("applications"), tr("Applications"), ReportValue::Count},
                       {QStringLiteral("of_applied_percent"), tr("% of applied"),
                        ReportValue::Percent}},
                      {}};
    for (ApplicationStatus status : FunnelStages::exits()) {
        exits.rows << QVariantList{Statuses::displayName(status), left.value(status),
                                   ReportCell::percent(left.value(status), reached[0])};
    }
    report.tables << exits;

    if (context.filter.by != ReportFilter::Breakdown::None) {
        ReportTable groups{QStringLiteral("by_group"), groupTitle(context.filter.by), {}, {}};
        groups.columns << ReportColumn{QStringLiteral("group"), groupColumnTitle(context.filter.by),
                                       ReportValue::Text};
        for (int stage = 0; stage < FunnelStages::Count; ++stage) {
            const ApplicationStatus status = FunnelStages::statusOf(FunnelStages::Stage(stage));
            groups.columns << ReportColumn{Statuses::machineName(status),
                                           FunnelStages::title(FunnelStages::Stage(stage)),
                                           ReportValue::Count};
        }
        groups.columns << ReportColumn{QStringLiteral("applied_to_enrolled_percent"),
                                       tr("Applied → enrolled %"), ReportValue::Percent};
        for (auto it = furthestByGroup.cbegin(); it != furthestByGroup.cend(); ++it) {
            const Reached groupReached = cumulative(it.value());
            QVariantList row{it.key()};
            for (qint64 count : groupReached)
                row << count;
            row << ReportCell::percent(groupReached[FunnelStages::Enrolled], groupReached[0]);
            groups.rows << row;
        }
        report.tables << groups;
    }

    report.chart.kind = ReportChart::Kind::Bars;
    report.chart.table = 0;
    report.chart.categoryColumn = 0;
    report.chart.valueColumns = {1};
    report.chart.valueAxisTitle = tr("Applications");
    report.notes << tr("An application reached a stage when its history entered that stage or "
                       "a later one.");
    return report;
}
