#include "reports/cohortfillreport.h"

#include "db/sql.h"
#include "domain/timestamp.h"
#include "reports/calendardaysql.h"
#include "reports/reportcohorts.h"
#include "repositories/cohortrepository.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <algorithm>

namespace {
using SeatChanges = QHash<qint64, QMap<QDate, qint64>>; // cohort -> day -> seats taken - freed

// Each cohort's seats taken and freed, by the bootcamp's day, from the seat moves schema v19
// keeps (seat_moves: where the cohort an application holds a seat in after an event differs
// from the one before it; its view seat_moves_in_history says how they follow the history).
// Summed by cohort and day in SQL from the index by cohort, so that only a row per cohort and
// day comes back.
Result<SeatChanges> seatChanges(const ReportContext &context, const QList<qint64> &cohortIds)
{
    const Sql sql(context.connection);
    // Every event is at or after its application's day of applying: the calendar's days are
    // needed from the first of those on (one index lookup).
    auto firstApplied = sql.scalar(QStringLiteral("SELECT min(applied_at) FROM applications"));
    if (!firstApplied)
        return firstApplied.error();
    const QDate today = context.calendar.today();
    const QDateTime until = context.calendar.startOf(today.addDays(1));
    const QDateTime since = firstApplied.value().isNull()
                                ? context.calendar.startOf(today)
                                : Timestamp::parse(firstApplied.value().toString());
    QVariantList values;
    QStringList marks;
    for (qint64 id : cohortIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    const QString ofCohorts = QStringLiteral(" WHERE cohort_id IN (%1)")
                                  .arg(marks.isEmpty() ? QStringLiteral("NULL") : marks.join(u','));
    auto rows = sql.select(
        QStringLiteral("SELECT cohort_id, %1 AS day, sum(change) FROM seat_moves%2"
                       " GROUP BY cohort_id, day")
            .arg(CalendarDaySql::of(QStringLiteral("at"), context.calendar.timeZone(), since,
                                    until),
                 ofCohorts),
        values);
    if (!rows)
        return rows.error();
    SeatChanges changes;
    for (QSqlQuery &query = rows.value(); query.next();) {
        changes[query.value(0).toLongLong()][Timestamp::parseDate(query.value(1).toString())] =
            query.value(2).toLongLong();
    }
    return changes;
}

// The seats of the cohorts the filter can select: counting every cohort's for one would read
// a million applications' index instead of a cohort's.
Result<QList<CohortSeats>> seatsOfSelectable(const ReportContext &context)
{
    const CohortRepository cohorts(context.connection);
    if (context.filter.cohortId != 0) {
        auto seats = cohorts.seatsOf(context.filter.cohortId);
        if (!seats)
            return seats.error();
        return seats.value() ? QList<CohortSeats>{*seats.value()} : QList<CohortSeats>{};
    }
    if (context.filter.trackId != 0)
        return cohorts.seatSummaryOfTrack(context.filter.trackId);
    return cohorts.seatSummary();
}

QVariantList cohortRow(const CohortSeats &seats)
{
    const Cohort &c = seats.cohort;
    return {c.name,
            seats.trackCode,
            c.startsOn,
            Cohort::stateDisplayName(c.state),
            c.capacity,
            seats.seatsCounted(),
            seats.offersPending,
            seats.waitlisted,
            ReportCell::percent(seats.seatsCounted(), c.capacity)};
}

// The seats held at the end of each day, from the first seat taken or the day applications
// opened, whichever came first, up to the start or today, at most MaxDays of them.
void addDailyRows(ReportTable &table, const Cohort &cohort, const QMap<QDate, qint64> &changes,
                  const QDate &today)
{
    QDate first = changes.isEmpty() ? QDate() : changes.firstKey();
    if (cohort.applicationsOpenOn.isValid() &&
        (!first.isValid() || cohort.applicationsOpenOn < first))
        first = cohort.applicationsOpenOn;
    const QDate last = std::min(cohort.startsOn, today);
    if (!first.isValid() || first > last)
        return;
    first = std::max(first, last.addDays(1 - CohortFillReport::MaxDays));
    qint64 held = 0;
    auto change = changes.cbegin();
    for (; change != changes.cend() && change.key() < first; ++change)
        held += change.value();
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (change != changes.cend() && change.key() == day)
            held += (change++).value();
        table.rows << QVariantList{cohort.name, day, held};
    }
}
} // namespace

Result<Report> CohortFillReport::compute(const ReportContext &context)
{
    const auto summary = seatsOfSelectable(context);
    if (!summary)
        return summary.error();
    // Every selected cohort has a row; the filling day by day is drawn for the cohorts still
    // to start (the question is which will fill) and for the one cohort asked for by name.
    const QDate today = context.calendar.today();
    QList<CohortSeats> cohorts;
    QList<qint64> drawnIds;
    for (const CohortSeats &seats : summary.value()) {
        if (ReportCohorts::selects(context.filter, seats.cohort)) {
            cohorts << seats;
            if (seats.cohort.startsOn > today || seats.cohort.id == context.filter.cohortId)
                drawnIds << seats.cohort.id;
        }
    }
    std::stable_sort(cohorts.begin(), cohorts.end(), [](const CohortSeats &a, const CohortSeats &b) {
        return ReportCohorts::startsBefore(a.cohort, b.cohort);
    });
    const auto changes = seatChanges(context, drawnIds);
    if (!changes)
        return changes.error();

    Report report;
    ReportTable table{QStringLiteral("cohorts"),
                      tr("Cohorts"),
                      {{QStringLiteral("cohort"), tr("Cohort"), ReportValue::Text},
                       {QStringLiteral("track"), tr("Track"), ReportValue::Text},
                       {QStringLiteral("starts_on"), tr("Starts on"), ReportValue::Date},
                       {QStringLiteral("state"), tr("State"), ReportValue::Text},
                       {QStringLiteral("capacity"), tr("Capacity"), ReportValue::Count},
                       {QStringLiteral("seats_taken"), tr("Seats taken"), ReportValue::Count},
                       {QStringLiteral("offers_pending"), tr("Offers pending"),
                        ReportValue::Count},
                       {QStringLiteral("waitlisted"), tr("Waitlisted"), ReportValue::Count},
                       {QStringLiteral("fill_percent"), tr("Fill %"), ReportValue::Percent}},
                      {}};
    ReportTable daily{QStringLiteral("daily_fill"),
                      tr("Seats held day by day"),
                      {{QStringLiteral("cohort"), tr("Cohort"), ReportValue::Text},
                       {QStringLiteral("day"), tr("Day"), ReportValue::Date},
                       {QStringLiteral("seats_held"), tr("Seats held"), ReportValue::Count}},
                      {},
                      true};
    for (const CohortSeats &seats : cohorts) {
        table.rows << cohortRow(seats);
        if (drawnIds.contains(seats.cohort.id))
            addDailyRows(daily, seats.cohort, changes.value().value(seats.cohort.id), today);
    }
    report.tables << table << daily;

    report.chart.kind = ReportChart::Kind::Lines;
    report.chart.table = 1;
    report.chart.categoryColumn = 1;
    report.chart.valueColumns = {2};
    report.chart.seriesColumn = 0;
    report.chart.valueAxisTitle = tr("Seats held");
    report.notes
        << tr("Seats taken: before the start, the offers and students holding a seat now; from "
              "the start on, the seats its students filled (those who graduated, dropped out or "
              "moved on included); for a completed cohort, the fill kept when it completed.")
        << tr("Seats held day by day, for the cohorts still to start (or the cohort chosen): "
              "offers and students holding a seat at the end of each day, rebuilt from the "
              "status history, from the first seat taken (or the day applications opened) up to "
              "the start or today, at most the last %1 days.")
               .arg(MaxDays)
        << tr("A move counts in the cohort its status event records. Events from before schema "
              "version 15, an import or the demo data record none, and count in the "
              "application's cohort now.");
    return report;
}
