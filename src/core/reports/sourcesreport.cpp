#include "reports/sourcesreport.h"

#include "db/sql.h"
#include "reports/funnelstages.h"
#include "reports/reportscope.h"

#include <QMap>

namespace {
struct Reach
{
    qint64 applications = 0;
    qint64 qualified = 0;
    qint64 students = 0;

    Reach &operator+=(const Reach &other)
    {
        applications += other.applications;
        qualified += other.qualified;
        students += other.students;
        return *this;
    }
};

QVariantList reachCells(const Reach &reach)
{
    return {reach.applications, reach.qualified, ReportCell::percent(reach.qualified, reach.applications),
            reach.students, ReportCell::percent(reach.students, reach.applications)};
}

QList<ReportColumn> reachColumns()
{
    return {{QStringLiteral("applications"), SourcesReport::tr("Applications"), ReportValue::Count},
            {QStringLiteral("qualified"), SourcesReport::tr("Qualified"), ReportValue::Count},
            {QStringLiteral("qualified_percent"), SourcesReport::tr("% qualified"),
             ReportValue::Percent},
            {QStringLiteral("students"), SourcesReport::tr("Students"), ReportValue::Count},
            {QStringLiteral("students_percent"), SourcesReport::tr("% students"),
             ReportValue::Percent}};
}
} // namespace

Result<Report> SourcesReport::compute(const ReportContext &context)
{
    // The applicant's copies (schema v27): the unfiltered report walks the index
    // applications_sources alone.
    const ReportScope scope(context.filter, context.calendar);
    auto rows = Sql(context.connection)
                          .select(QStringLiteral("SELECT a.applicant_source, a.applicant_campaign,"
                                                 " count(*),"
                                                 " sum(a.furthest_stage >= %1),"
                                                 " sum(a.furthest_stage >= %2)"
                                                 " FROM %3 WHERE %4 GROUP BY 1, 2")
                                      .arg(int(FunnelStages::Qualified))
                                      .arg(int(FunnelStages::Enrolled))
                                      .arg(scope.from(), scope.where()),
                                  scope.values());
    if (!rows)
        return rows.error();
    const QString none = tr("(none)");
    QMap<QString, Reach> bySource;
    QMap<std::pair<QString, QString>, Reach> byCampaign;
    QSqlQuery &query = rows.value();
    while (query.next()) {
        const QString source = query.value(0).toString().isEmpty() ? none : query.value(0).toString();
        const QString campaign =
            query.value(1).toString().isEmpty() ? none : query.value(1).toString();
        const Reach reach{query.value(2).toLongLong(), query.value(3).toLongLong(),
                          query.value(4).toLongLong()};
        bySource[source] += reach;
        byCampaign[{source, campaign}] += reach;
    }

    Report report;
    ReportTable sources{QStringLiteral("sources"), tr("By source"), {}, {}};
    sources.columns << ReportColumn{QStringLiteral("source"), tr("Source"), ReportValue::Text}
                    << reachColumns();
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        sources.rows << (QVariantList{it.key()} << reachCells(it.value()));
    report.tables << sources;

    ReportTable campaigns{QStringLiteral("campaigns"), tr("By source and campaign"), {}, {}};
    campaigns.columns << ReportColumn{QStringLiteral("source"), tr("Source"), ReportValue::Text}
                      << ReportColumn{QStringLiteral("campaign"), tr("Campaign"),
                                      ReportValue::Text}
                      << reachColumns();
    for (auto it = byCampaign.cbegin(); it != byCampaign.cend(); ++it)
        campaigns.rows << (QVariantList{it.key().first, it.key().second} << reachCells(it.value()));
    report.tables << campaigns;

    report.chart.kind = ReportChart::Kind::Bars;
    report.chart.table = 0;
    report.chart.categoryColumn = 0;
    report.chart.valueColumns = {1, 2, 4};
    report.chart.valueAxisTitle = tr("Applications");
    report.notes << tr("Qualified: reached qualified or a later stage. Students: reached enrolled "
                       "or a later stage.");
    return report;
}
