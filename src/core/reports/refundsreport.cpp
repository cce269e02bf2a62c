#include "reports/refundsreport.h"

#include "db/sql.h"
#include "domain/refundquote.h"
#include "domain/timestamp.h"
#include "reports/reportcohorts.h"

#include <QHash>
#include <QMap>

namespace {
// An application's latest request, as PaymentService::requestedRefund quotes it.
struct Request
{
    qint64 cohortId = 0;
    bool insideWindow = false;
};

struct Refunds
{
    qint64 requests = 0;
    qint64 open = 0;
    qint64 inside = 0;
    qint64 insideCents = 0;
    qint64 after = 0;
    qint64 afterCents = 0;
    qint64 other = 0;
    qint64 otherCents = 0;
};
} // namespace

Result<Report> RefundsReport::compute(const ReportContext &context)
{
    const auto cohorts = ReportCohorts::list(context.connection, context.filter);
    if (!cohorts)
        return cohorts.error();
    QHash<qint64, Cohort> cohortOf;
    for (const ReportCohort &c : cohorts.value())
        cohortOf.insert(c.cohort.id, c.cohort);
    const Sql sql(context.connection);
    // A cohort's currency, for its row before any refund was paid in it.
    QHash<qint64, QString> currencyOf;
    auto fees = sql.select(QStringLiteral("SELECT cohort_id, currency FROM cohort_fees"));
    if (!fees)
        return fees.error();
    for (QSqlQuery &query = fees.value(); query.next();)
        currencyOf.insert(query.value(0).toLongLong(), query.value(1).toString());

    // The latest request of each application that ever asked, in the cohort it was in then.
    auto asked = sql.select(QStringLiteral(
        "SELECT r.application_id, coalesce(e.cohort_id, a.cohort_id), e.at,"
        " a.status = 'refund_requested'"
        " FROM (SELECT application_id, max(id) AS id FROM status_events"
        "  WHERE to_status = 'refund_requested' GROUP BY application_id) r"
        " JOIN status_events e ON e.id = r.id JOIN applications a ON a.id = r.application_id"));
    if (!asked)
        return asked.error();
    QHash<qint64, Request> requests;
    QMap<std::pair<qint64, QString>, Refunds> byCohort; // (cohort, currency)
    for (QSqlQuery &query = asked.value(); query.next();) {
        const qint64 cohortId = query.value(1).toLongLong();
        const auto cohort = cohortOf.constFind(cohortId);
        if (cohort == cohortOf.constEnd()) {
            // Not a cohort asked for: its refund is not another cohort's "other" refund.
            requests.insert(query.value(0).toLongLong(), Request{cohortId, false});
            continue;
        }
        const QDate day = context.calendar.dayOf(Timestamp::parse(query.value(2).toString()));
        const bool inside = RefundQuote::on(*cohort, {}, {}, day).insideWindow;
        requests.insert(query.value(0).toLongLong(), Request{cohort->id, inside});
        Refunds &refunds = byCohort[{cohort->id, currencyOf.value(cohort->id)}];
        ++refunds.requests;
        if (query.value(3).toBool())
            ++refunds.open;
    }

    // The refunds paid, each application's in one sum per currency. Summed before the join, over
    // a plain scan of payments: walking payments_application looked every payment up in the
    // table to read its kind, and joined every refund before grouping.
    auto paid = sql.select(QStringLiteral(
        "SELECT p.application_id, a.cohort_id, p.currency, p.cents"
        " FROM (SELECT application_id, currency, sum(amount_cents) AS cents"
        "  FROM payments NOT INDEXED WHERE kind = 'refund' GROUP BY application_id, currency) p"
        " JOIN applications a ON a.id = p.application_id"));
    if (!paid)
        return paid.error();
    for (QSqlQuery &query = paid.value(); query.next();) {
        const auto request = requests.constFind(query.value(0).toLongLong());
        const qint64 cohortId =
            request != requests.constEnd() ? request->cohortId : query.value(1).toLongLong();
        if (!cohortOf.contains(cohortId))
            continue;
        Refunds &refunds = byCohort[{cohortId, query.value(2).toString()}];
        const qint64 cents = query.value(3).toLongLong();
        if (request == requests.constEnd()) {
            ++refunds.other;
            refunds.otherCents += cents;
        } else if (request->insideWindow) {
            ++refunds.inside;
            refunds.insideCents += cents;
        } else {
            ++refunds.after;
            refunds.afterCents += cents;
        }
    }

    Report report;
    ReportTable table{
        QStringLiteral("refunds"),
        tr("Refunds by cohort"),
        {{QStringLiteral("cohort"), tr("Cohort"), ReportValue::Text},
         {QStringLiteral("track"), tr("Track"), ReportValue::Text},
         {QStringLiteral("starts_on"), tr("Starts on"), ReportValue::Date},
         {QStringLiteral("currency"), tr("Currency"), ReportValue::Text},
         {QStringLiteral("requests"), tr("Requests"), ReportValue::Count},
         {QStringLiteral("requests_open"), tr("Requests open"), ReportValue::Count},
         {QStringLiteral("refunded_inside"), tr("Refunded inside window"), ReportValue::Count},
         {QStringLiteral("refunded_inside_amount"), tr("Amount inside window"),
          ReportValue::Money},
         {QStringLiteral("refunded_after"), tr("Refunded after window"), ReportValue::Count},
         {QStringLiteral("refunded_after_amount"), tr("Amount after window"), ReportValue::Money},
         {QStringLiteral("other_refunds"), tr("Other refunds"), ReportValue::Count},
         {QStringLiteral("other_refunds_amount"), tr("Other refunds amount"),
          ReportValue::Money}},
        {}};
    for (const ReportCohort &c : cohorts.value()) {
        const qint64 id = c.cohort.id;
        // A row per currency refunds were paid in; a cohort without a request or a refund has
        // none, unless it is the cohort asked for, which shows its zeros.
        if (id == context.filter.cohortId && !byCohort.contains({id, currencyOf.value(id)}))
            byCohort.insert({id, currencyOf.value(id)}, Refunds{});
        for (auto it = byCohort.lowerBound({id, QString()});
             it != byCohort.cend() && it.key().first == id; ++it) {
            const Refunds &r = it.value();
            table.rows << QVariantList{c.cohort.name, c.trackCode,  c.cohort.startsOn,
                                       it.key().second, r.requests, r.open,
                                       r.inside,       r.insideCents, r.after,
                                       r.afterCents,   r.other,       r.otherCents};
        }
    }
    report.tables << table;

    report.chart.kind = ReportChart::Kind::Bars;
    report.chart.table = 0;
    report.chart.categoryColumn = 0;
    report.chart.valueColumns = {table.columnOf(QStringLiteral("refunded_inside")),
                                 table.columnOf(QStringLiteral("refunded_after"))};
    report.chart.valueAxisTitle = tr("Applications");
    report.notes
        << tr("Requests: applications that ever asked for a refund, in the cohort they were in "
              "when they last asked; open: still waiting for the decision.")
        << tr("Refunded inside or after the window: applications paid back for a request asked "
              "up to the last day of the cohort's money-back window, or after it (the day asked "
              "decides, as the refund quote does). Amounts are what was paid back, in the "
              "currency shown.")
        << tr("Other refunds: money paid back without a refund request, such as a deposit given "
              "back to an applicant who withdrew before the start, in the application's cohort "
              "now.")
        << tr("Cohorts without a refund request or a refund are left out.");
    return report;
}
