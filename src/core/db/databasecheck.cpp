#include "db/databasecheck.h"

#include "audit/auditanchor.h"
#include "audit/auditverifier.h"
#include "audit/fairnessreplay.h"
#include "db/sql.h"
#include "domain/applicationstatus.h"
#include "domain/cohort.h"
#include "domain/timestamp.h"
#include "repositories/applicationrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace {
// Runs a query whose rows are problems: names the first few, counts the rest.
template <typename Describe>
Status collect(const QString &connection, const QString &check, const QString &sql,
               const QVariantList &values, QList<DatabaseCheck::Problem> &problems,
               Describe describe)
{
    auto query = Sql(connection).select(sql, values);
    if (!query)
        return Error{DatabaseCheck::tr("The check could not run"), query.error().sqlError};
    int found = 0;
    while (query.value().next()) {
        if (found++ < DatabaseCheck::MaxExamples)
            problems << DatabaseCheck::Problem{check, describe(query.value())};
    }
    if (found > DatabaseCheck::MaxExamples)
        problems << DatabaseCheck::Problem{check,
                                           DatabaseCheck::tr("… and %n more like this", nullptr,
                                                             found - DatabaseCheck::MaxExamples)};
    return {};
}

// The triggers that keep a summary current, each named when it is gone (dropped with another
// tool): the summary then stops following the writes it should.
Status missingTriggers(const QString &connection, const QString &check, const QStringList &names,
                       const QString &whatStopsFollowing, QList<DatabaseCheck::Problem> &problems)
{
    QStringList marks;
    QVariantList values;
    for (const QString &name : names) {
        marks << QStringLiteral("(?)");
        values << name;
    }
    return collect(connection, check,
                   QStringLiteral("WITH kept(name) AS (VALUES %1) SELECT name FROM kept WHERE "
                                  "name NOT IN (SELECT name FROM sqlite_master WHERE type = "
                                  "'trigger') ORDER BY name")
                       .arg(marks.join(QLatin1Char(','))),
                   values, problems, [&whatStopsFollowing](const QSqlQuery &q) {
                       return DatabaseCheck::tr("%1: the trigger %2 is missing (removed with "
                                                "another tool)")
                           .arg(whatStopsFollowing, q.value(0).toString());
                   });
}
} // namespace

DatabaseCheck::DatabaseCheck(QString connectionName, const Clock &clock)
    : m_connection(std::move(connectionName)), m_clock(clock)
{
}

Result<QList<DatabaseCheck::Problem>> DatabaseCheck::run() const
{
    QList<Problem> problems;
    for (auto step :
         {&DatabaseCheck::integrity, &DatabaseCheck::foreignKeys, &DatabaseCheck::seats,
          &DatabaseCheck::waitlist, &DatabaseCheck::history, &DatabaseCheck::historyGuards,
          &DatabaseCheck::reportSummaries, &DatabaseCheck::statusTotals,
          &DatabaseCheck::sortKeys,
          &DatabaseCheck::dates, &DatabaseCheck::erasures, &DatabaseCheck::auditTrail,
          &DatabaseCheck::fairness}) {
        if (Status done = (this->*step)(problems); !done)
            return done.error();
    }
    return problems;
}

Status DatabaseCheck::integrity(QList<Problem> &problems) const
{
    // A pragma argument cannot be bound; this one is a constant.
    auto query = Sql(m_connection).select(QStringLiteral("PRAGMA integrity_check(100)"));
    if (!query)
        return Error{tr("The integrity check could not run"), query.error().sqlError};
    while (query.value().next()) {
        const QString line = query.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems << Problem{QStringLiteral("integrity"), line};
    }
    return {};
}

Status DatabaseCheck::foreignKeys(QList<Problem> &problems) const
{
    return collect(
        m_connection, QStringLiteral("foreign_key"), QStringLiteral("PRAGMA foreign_key_check"), {},
        problems, [](const QSqlQuery &q) {
            return tr("%1 row %2 refers to a %3 row that does not exist")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        });
}

Status DatabaseCheck::seats(QList<Problem> &problems) const
{
    return collect(m_connection, QStringLiteral("seats"),
                   QStringLiteral("SELECT c.name, c.capacity, count(*) FROM cohorts c "
                                  "JOIN applications a ON a.cohort_id = c.id "
                                  "WHERE a.status IN %1 GROUP BY c.id HAVING count(*) > c.capacity "
                                  "ORDER BY c.id")
                       .arg(ApplicationRepository::seatHoldingStatusList()),
                   {}, problems, [](const QSqlQuery &q) {
                       return tr("Cohort %1 has %2 seats taken but only %3 seats")
                           .arg(q.value(0).toString(), q.value(2).toString(),
                                q.value(1).toString());
                   });
}

// A freed seat goes to the waitlist at once, so a waitlist next to a free seat means a seat
// was not offered. Started cohorts stop offering released seats once the refund window is
// over (SeatLedger::reoffersReleasedSeats); draft, completed and cancelled ones offer none.
Status DatabaseCheck::waitlist(QList<Problem> &problems) const
{
    QVariantList values = {Statuses::machineName(ApplicationStatus::Waitlisted),
                           Timestamp::formatDate(m_clock.now().date())};
    QStringList stateMarks;
    for (const QString &state : Cohort::offeringStates()) {
        stateMarks << QStringLiteral("?");
        values << state;
    }
    return collect(
        m_connection, QStringLiteral("waitlist"),
        QStringLiteral(
            "SELECT name, capacity, taken, waiting FROM ("
            " SELECT c.id, c.name, c.capacity, c.state, c.starts_on, c.refund_window_days,"
            "  (SELECT count(*) FROM applications a WHERE a.cohort_id = c.id"
            "    AND a.status IN %1) AS taken,"
            "  (SELECT count(*) FROM applications a WHERE a.cohort_id = c.id"
            "    AND a.status = ?) AS waiting,"
            "  julianday(?) - julianday(c.starts_on) AS days_since_start"
            " FROM cohorts c) "
            "WHERE waiting > 0 AND taken < capacity AND state IN (%2) "
            "AND days_since_start <= refund_window_days ORDER BY id")
            .arg(ApplicationRepository::seatHoldingStatusList(),
                 stateMarks.join(QStringLiteral(", "))),
        values, problems, [](const QSqlQuery &q) {
            return tr("Cohort %1 has %2 of %3 seats taken and %4 applications waiting")
                .arg(q.value(0).toString(), q.value(2).toString(), q.value(1).toString(),
                     q.value(3).toString());
        });
}

Status DatabaseCheck::history(QList<Problem> &problems) const
{
    if (Status done = collect(
            m_connection, QStringLiteral("history"),
            QStringLiteral("SELECT a.id, a.status, e.to_status FROM applications a "
                           "LEFT JOIN status_events e ON e.id = (SELECT max(id) FROM status_events"
                           " WHERE application_id = a.id) "
                           "WHERE e.id IS NULL OR e.to_status <> a.status ORDER BY a.id"),
            {}, problems,
            [](const QSqlQuery &q) {
                if (q.value(2).isNull())
                    return tr("Application %1 (%2) has no status history")
                        .arg(q.value(0).toString(), q.value(1).toString());
                return tr("Application %1 is %2 but its last status event says %3")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            });
        !done)
        return done;
    // Each event starts where the one before it ended.
    return collect(
        m_connection, QStringLiteral("history"),
        QStringLiteral("SELECT application_id, id, from_status, previous FROM ("
                       " SELECT application_id, id, from_status, lag(to_status) OVER"
                       "  (PARTITION BY application_id ORDER BY id) AS previous"
                       " FROM status_events) "
                       "WHERE from_status IS NOT previous ORDER BY application_id, id"),
        {}, problems, [](const QSqlQuery &q) {
            const QString none = tr("nothing");
            return tr("Application %1: status event %2 starts from %3, but the event before it "
                      "ended at %4")
                .arg(q.value(0).toString(), q.value(1).toString(),
                     q.value(2).isNull() ? none : q.value(2).toString(),
                     q.value(3).isNull() ? none : q.value(3).toString());
        });
}

Status DatabaseCheck::historyGuards(QList<Problem> &problems) const
{
    // The triggers of schema v6, v7 and v12: without them anyone with the sqlite3 shell rewrites
    // history quietly (the audit chain still shows it, but only after the fact).
    return collect(
        m_connection, QStringLiteral("append-only"),
        QStringLiteral("WITH guard(name, tbl) AS (VALUES "
                       "('status_events_no_update', 'status_events'), "
                       "('status_events_no_delete', 'status_events'), "
                       "('audit_events_no_update', 'audit_events'), "
                       "('audit_events_no_delete', 'audit_events'), "
                       "('audit_values_no_update', 'audit_values'), "
                       "('audit_values_no_delete', 'audit_values'), "
                       "('erasures_no_update', 'erasures'), "
                       "('erasures_no_delete', 'erasures'), "
                       "('cohort_state_events_no_update', 'cohort_state_events'), "
                       "('cohort_state_events_no_delete', 'cohort_state_events')) "
                       "SELECT name, tbl FROM guard WHERE name NOT IN (SELECT name FROM "
                       "sqlite_master WHERE type = 'trigger' AND tbl_name = guard.tbl) "
                       "ORDER BY name"),
        {}, problems, [](const QSqlQuery &q) {
            return tr("The table %2 can be rewritten: its guard %1 is missing (removed with "
                      "another tool)")
                .arg(q.value(0).toString(), q.value(1).toString());
        });
}

Status DatabaseCheck::sortKeys(QList<Problem> &problems) const
{
    // Without one of them a rename or a move leaves its rows sorted under the old name.
    return missingTriggers(
        m_connection, QStringLiteral("sort keys"),
        {QStringLiteral("applicants_sort_phone"), QStringLiteral("applications_sort_applicant"),
         QStringLiteral("applications_sort_cohort"), QStringLiteral("applications_sort_keys_new"),
         QStringLiteral("applications_sort_owner"), QStringLiteral("cohorts_sort_name"),
         QStringLiteral("staff_users_sort_username")},
        tr("The applications list may sort some rows under an old name"), problems);
}

Status DatabaseCheck::reportSummaries(QList<Problem> &problems) const
{
    // Schema v17's, v18's and v19's triggers keep what the reports count by; a file whose
    // trigger was dropped, or whose history was written around it, reports wrong numbers.
    if (Status done = missingTriggers(
            m_connection, QStringLiteral("reports"),
            {QStringLiteral("applications_seat_moves"), QStringLiteral("status_events_furthest_stage"),
             QStringLiteral("status_events_seat_moves"), QStringLiteral("status_events_stays")},
            tr("The reports no longer follow the history"), problems);
        !done)
        return done;
    if (Status done = collect(
            m_connection, QStringLiteral("reports"),
            QStringLiteral("SELECT a.id, a.furthest_stage, coalesce(h.stage, 0) FROM applications a "
                           "LEFT JOIN (SELECT e.application_id, max(f.stage) AS stage "
                           " FROM status_events e JOIN funnel_stages f ON f.status = e.to_status"
                           " GROUP BY e.application_id) h ON h.application_id = a.id "
                           "WHERE a.furthest_stage <> coalesce(h.stage, 0) ORDER BY a.id"),
            {}, problems,
            [](const QSqlQuery &q) {
                return tr("Application %1 counts in the reports as far as stage %2, but its "
                          "history reached stage %3")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            });
        !done)
        return done;
    // Every event after an application's first ends one stay.
    if (Status done = collect(
        m_connection, QStringLiteral("reports"),
        QStringLiteral("SELECT e.application_id, e.events - 1, coalesce(s.stays, 0) FROM "
                       "(SELECT application_id, count(*) AS events FROM status_events"
                       " GROUP BY application_id) e "
                       "LEFT JOIN (SELECT application_id, count(*) AS stays FROM status_stays"
                       " GROUP BY application_id) s ON s.application_id = e.application_id "
                       "WHERE e.events - 1 <> coalesce(s.stays, 0) ORDER BY e.application_id"),
        {}, problems, [](const QSqlQuery &q) {
            return tr("Application %1 has %2 ended stays in its history, but the time-in-stage "
                      "report counts %3")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        });
        !done)
        return done;
    // The seat moves kept (v19) against those its view reads from the history, both ways.
    const QString kept =
        QStringLiteral("SELECT application_id, event_id, change, cohort_id, at FROM seat_moves");
    const QString shown = QStringLiteral("SELECT application_id, event_id, change, cohort_id, at "
                                         "FROM seat_moves_in_history");
    return collect(
        m_connection, QStringLiteral("reports"),
        QStringLiteral("SELECT application_id, count(*) FROM ("
                       " SELECT application_id FROM (%1 EXCEPT %2)"
                       " UNION ALL SELECT application_id FROM (%2 EXCEPT %1))"
                       " GROUP BY application_id ORDER BY application_id")
            .arg(shown, kept),
        {}, problems, [](const QSqlQuery &q) {
            return tr("Application %1's seats in the cohort fill report differ from its history "
                      "in %2 seat moves")
                .arg(q.value(0).toString(), q.value(1).toString());
        });
}

Status DatabaseCheck::statusTotals(QList<Problem> &problems) const
{
    if (Status done = missingTriggers(
            m_connection, QStringLiteral("status_totals"),
            {QStringLiteral("applications_status_totals_delete"),
             QStringLiteral("applications_status_totals_insert"),
             QStringLiteral("applications_status_totals_update")},
            tr("The list's totals by status no longer follow the applications"), problems);
        !done)
        return done;
    // Both ways: a status the applications hold that the totals miss, and a total left where
    // no application holds the status any more.
    return collect(
        m_connection, QStringLiteral("status_totals"),
        QStringLiteral("SELECT status, sum(counted), sum(kept) FROM ("
                       " SELECT status, count(*) AS counted, 0 AS kept FROM applications"
                       " GROUP BY status"
                       " UNION ALL SELECT status, 0, applications FROM status_totals)"
                       " GROUP BY status HAVING sum(counted) <> sum(kept) ORDER BY status"),
        {}, problems, [](const QSqlQuery &q) {
            return tr("%1 applications have the status %2, but the list's totals say %3")
                .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
        });
}

Status DatabaseCheck::auditTrail(QList<Problem> &problems) const
{
    auto report = AuditVerifier(m_connection).verify(AuditAnchor::known(m_connection));
    if (!report)
        return Error{tr("The audit trail could not be checked: %1").arg(report.error().text()),
                     report.error().sqlError};
    for (const AuditVerifier::Problem &problem : report.value().problems)
        problems << Problem{QStringLiteral("audit"), problem.detail};
    if (report.value().moreProblems > 0)
        problems << Problem{QStringLiteral("audit"), tr("… and %n more like this", nullptr,
                                                        int(report.value().moreProblems))};
    return {};
}

Status DatabaseCheck::dates(QList<Problem> &problems) const
{
    return collect(m_connection, QStringLiteral("dates"),
                   QStringLiteral("SELECT id, applied_at, qualified_at FROM applications "
                                  "WHERE qualified_at < applied_at ORDER BY id"),
                   {}, problems, [](const QSqlQuery &q) {
                       return tr("Application %1 was qualified (%3) before it was made (%2)")
                           .arg(q.value(0).toString(), q.value(1).toString(),
                                q.value(2).toString());
                   });
}

Status DatabaseCheck::erasures(QList<Problem> &problems) const
{
    // The columns an erase empties (ErasureRepository::removePersonalValues), the texts of the
    // person's activities, and their values in the audit trail.
    return collect(
        m_connection, QStringLiteral("erasures"),
        QStringLiteral(
            "SELECT e.applicant_id FROM erasures e JOIN applicants p ON p.id = e.applicant_id "
            "WHERE p.email <> '' OR p.phone <> '' OR p.time_zone <> '' OR p.linkedin_url <> '' "
            "OR p.github_url <> '' OR p.portfolio_url <> '' OR p.referrer <> '' OR p.notes <> '' "
            "OR EXISTS (SELECT 1 FROM activities v WHERE v.applicant_id = e.applicant_id "
            "AND v.summary <> '') "
            "OR EXISTS (SELECT 1 FROM audit_values v WHERE v.applicant_id = e.applicant_id) "
            "ORDER BY e.applicant_id"),
        {}, problems, [](const QSqlQuery &q) {
            return tr("Applicant %1 was erased on request, but personal values of theirs are in "
                      "the file again")
                .arg(q.value(0).toString());
        });
}

Status DatabaseCheck::fairness(QList<Problem> &problems) const
{
    auto report = FairnessReplay(m_connection).run();
    if (!report)
        return Error{tr("The fairness replay could not run: %1").arg(report.error().text()),
                     report.error().sqlError};
    int found = 0;
    for (const FairnessReplay::CohortResult &cohort : report.value().cohorts) {
        for (const FairnessReplay::Exception &e : cohort.exceptions) {
            if (found++ < MaxExamples)
                problems << Problem{QStringLiteral("fairness"), describe(e)};
        }
    }
    if (found > MaxExamples)
        problems << Problem{QStringLiteral("fairness"),
                            tr("… and %n more like this", nullptr, found - MaxExamples)};
    return {};
}

QString DatabaseCheck::describe(const FairnessReplay::Exception &e)
{
    return tr("Status event %1 at %2 offered application %3 a seat of cohort %4 while "
              "application %5 was first in line")
        .arg(QString::number(e.eventId), Timestamp::format(e.at), QString::number(e.offered),
             e.cohortName, QString::number(e.passedOver));
}
