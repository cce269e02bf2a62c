#include "reports/outcomesreport.h"

#include "db/sql.h"
#include "domain/guaranteeeligibility.h"
#include "domain/placement.h"
#include "reports/graduateoutcomes.h"
#include "reports/histogram.h"
#include "reports/reportcohorts.h"
#include "repositories/jobguaranteerepository.h"

#include <QHash>

namespace {
const QString StillSeeking = QStringLiteral("still_seeking");
const QString NotSeeking = QStringLiteral("not_seeking");
const QString NotReporting = QStringLiteral("not_reporting");

struct CohortOutcomes
{
    qint64 graduates = 0;
    QHash<QString, qint64> byCategory;
    Histogram daysToJob; // whole days, placed graduates
    qint64 decisionsDue = 0;
    qint64 eligible = 0;
};

QString categoryTitle(const QString &category)
{
    if (const auto placed = Placement::outcomeNamed(category))
        return Placement::displayName(*placed);
    if (category == StillSeeking)
        return OutcomesReport::tr("Still seeking");
    if (category == NotSeeking)
        return OutcomesReport::tr("Not seeking");
    return OutcomesReport::tr("Not reporting");
}
} // namespace

const QStringList &OutcomesReport::categories()
{
    static const QStringList names = [] {
        QStringList all;
        for (PlacementOutcome outcome : Placement::outcomes())
            all << Placement::machineName(outcome);
        return all << StillSeeking << NotSeeking << NotReporting;
    }();
    return names;
}

Result<Report> OutcomesReport::compute(const ReportContext &context)
{
    const auto cohorts = ReportCohorts::list(context.connection, context.filter);
    if (!cohorts)
        return cohorts.error();
    QHash<qint64, CohortOutcomes> outcomes;
    QHash<QString, qint64> cohortNamed;
    for (const ReportCohort &c : cohorts.value()) {
        outcomes.insert(c.cohort.id, {});
        cohortNamed.insert(c.cohort.name, c.cohort.id);
    }

    auto rows = Sql(context.connection)
                    .select(QStringLiteral("SELECT cohort, outcome, days, count(*) FROM ("
                                           " SELECT a.cohort_id AS cohort, %1 AS outcome,"
                                           "  %2 AS days FROM applications a"
                                           " WHERE a.cohort_id IS NOT NULL AND %3)"
                                           " GROUP BY cohort, outcome, days")
                                .arg(GraduateOutcomes::outcomeSql(),
                                     GraduateOutcomes::daysToJobSql(),
                                     GraduateOutcomes::graduatesSql()));
    if (!rows)
        return rows.error();
    for (QSqlQuery &query = rows.value(); query.next();) {
        const auto cohort = outcomes.find(query.value(0).toLongLong());
        if (cohort == outcomes.end())
            continue;
        const qint64 count = query.value(3).toLongLong();
        QString category = query.value(1).toString();
        // A placement stored without its outcome (before the job guarantee asked for one)
        // reports none.
        if (!categories().contains(category))
            category = NotReporting;
        cohort->graduates += count;
        cohort->byCategory[category] += count;
        if (!query.value(2).isNull())
            cohort->daysToJob.add(query.value(2).toLongLong(), count);
    }

    const QDate today = context.calendar.today();
    const JobGuaranteeRepository guarantee(context.connection);
    const auto due = guarantee.periodsEndedBy(today);
    if (!due)
        return due.error();
    const auto checkIns = guarantee.checkInsOfPeriodsEndedBy(today);
    if (!checkIns)
        return checkIns.error();
    for (const JobSearch &search : due.value()) {
        const auto cohort = outcomes.find(cohortNamed.value(search.cohortName));
        if (cohort == outcomes.end())
            continue;
        ++cohort->decisionsDue;
        if (GuaranteeEligibility::assess(search.terms, search.startedOn, today,
                                         checkIns.value().value(search.applicationId))
                .isEligible())
            ++cohort->eligible;
    }

    Report report;
    ReportTable table{QStringLiteral("outcomes"), tr("Job outcomes by cohort"), {}, {}};
    table.columns << ReportColumn{QStringLiteral("cohort"), tr("Cohort"), ReportValue::Text}
                  << ReportColumn{QStringLiteral("track"), tr("Track"), ReportValue::Text}
                  << ReportColumn{QStringLiteral("graduates"), tr("Graduates"),
                                  ReportValue::Count};
    for (const QString &category : categories())
        table.columns << ReportColumn{category, categoryTitle(category), ReportValue::Count};
    table.columns << ReportColumn{QStringLiteral("placed_in_field_percent"),
                                  tr("% placed in field"), ReportValue::Percent}
                  << ReportColumn{QStringLiteral("median_days_to_job"),
                                  tr("Median days to job"), ReportValue::Days}
                  << ReportColumn{QStringLiteral("guarantee_decisions_due"),
                                  tr("Guarantee decisions due"), ReportValue::Count}
                  << ReportColumn{QStringLiteral("guarantee_eligible"),
                                  tr("Of them eligible"), ReportValue::Count};
    const QString inField = Placement::machineName(PlacementOutcome::InFieldFullTime);
    const QString inFieldPart = Placement::machineName(PlacementOutcome::InFieldPartTimeOrContract);
    for (const ReportCohort &c : cohorts.value()) {
        CohortOutcomes &cohort = outcomes[c.cohort.id];
        if (cohort.graduates == 0)
            continue;
        QVariantList row{c.cohort.name, c.trackCode, cohort.graduates};
        for (const QString &category : categories())
            row << cohort.byCategory.value(category);
        row << ReportCell::percent(cohort.byCategory.value(inField) +
                                       cohort.byCategory.value(inFieldPart),
                                   cohort.graduates)
            << (cohort.daysToJob.total() == 0
                    ? QVariant()
                    : ReportCell::days(double(cohort.daysToJob.percentile(0.5))))
            << cohort.decisionsDue << cohort.eligible;
        table.rows << row;
    }
    report.tables << table;

    report.chart.kind = ReportChart::Kind::Bars;
    report.chart.table = 0;
    report.chart.categoryColumn = 0;
    for (const QString &category : categories())
        report.chart.valueColumns << table.columnOf(category);
    report.chart.valueAxisTitle = tr("Graduates");
    report.notes
        << tr("Graduates of each cohort in the categories of the outcomes export: the "
              "placement's outcome once placed, still seeking in job search, not seeking, and "
              "not reporting for a graduate who never began a job search.")
        << tr("Placed in field: in field full-time or part-time/contract, of all graduates. "
              "Median days to job: from graduation to the job's first day, of those placed "
              "(nearest rank).")
        << tr("Guarantee decisions due: graduates still in job search whose guarantee period "
              "has ended; of them eligible: those who kept the cohort's weekly terms.");
    return report;
}
