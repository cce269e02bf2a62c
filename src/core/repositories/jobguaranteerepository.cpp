#include "repositories/jobguaranteerepository.h"

#include "db/rowstream.h"
#include "domain/activity.h"
#include "domain/timestamp.h"

namespace {
const QString SelectJobSearch = QStringLiteral(
    "SELECT a.id, a.applicant_id, p.first_name || ' ' || p.last_name, coalesce(c.name, ''), "
    "a.status, a.job_search_started_on, coalesce(c.guarantee_days, 180), "
    "coalesce(c.guarantee_weekly_check_in, 1), coalesce(c.guarantee_min_applications, 0) "
    "FROM applications a JOIN applicants p ON p.id = a.applicant_id "
    "LEFT JOIN cohorts c ON c.id = a.cohort_id ");

JobSearch jobSearchFrom(const QSqlQuery &q)
{
    JobSearch search;
    search.applicationId = q.value(0).toLongLong();
    search.applicantId = q.value(1).toLongLong();
    search.applicantName = q.value(2).toString();
    search.cohortName = q.value(3).toString();
    search.status = Statuses::fromMachineName(q.value(4).toString()).value_or(search.status);
    search.startedOn = Timestamp::parseDate(q.value(5).toString());
    search.terms.periodDays = q.value(6).toInt();
    search.terms.weeklyCheckIn = q.value(7).toBool();
    search.terms.minApplicationsPerWeek = q.value(8).toInt();
    return search;
}

// The searches under way whose guarantee period ended on or before a day (bound), over
// applications "a" left-joined to their cohorts "c". The partial index on job_search_started_on
// holds exactly the searches under way.
const QString PeriodEndedBy = QStringLiteral(
    "a.status = 'job_search' AND a.job_search_started_on IS NOT NULL "
    "AND date(a.job_search_started_on, '+' || coalesce(c.guarantee_days, 180) || ' days') <= ? ");

// A check-in from its activity's UTC day, SQL's date() of its time (a day is parsed far
// faster than a time, and a report reads hundreds of thousands), and job applications, at
// columns `first` and next.
CheckIn checkInFrom(const QSqlQuery &q, int first)
{
    return CheckIn{Timestamp::parseDate(q.value(first).toString()), q.value(first + 1).toInt()};
}

QString checkInKind()
{
    return Activity::machineName(Activity::Kind::JobSearchCheckIn);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(Timestamp::formatDate(date))
                          : QVariant(QMetaType::fromType<QString>());
}
} // namespace

Status JobGuaranteeRepository::setSearchStarted(qint64 applicationId, const QDate &on,
                                                const QDateTime &at)
{
    auto done = m_sql.exec(QStringLiteral("UPDATE applications SET job_search_started_on = ?, "
                                          "updated_at = ? WHERE id = ?"),
                           {dateOrNull(on), Timestamp::format(at), applicationId});
    if (!done)
        return done.error();
    return {};
}

Status JobGuaranteeRepository::setPlacement(qint64 applicationId,
                                            const std::optional<Placement> &placement,
                                            const QDateTime &at)
{
    const Placement facts = placement.value_or(Placement{});
    auto done = m_sql.exec(
        QStringLiteral("UPDATE applications SET placement_outcome = ?, placement_employer = ?, "
                       "placement_job_title = ?, placement_on = ?, placement_salary = ?, "
                       "updated_at = ? WHERE id = ?"),
        {facts.outcome ? QVariant(Placement::machineName(*facts.outcome))
                       : QVariant(QMetaType::fromType<QString>()),
         facts.employer.trimmed(), facts.jobTitle.trimmed(), dateOrNull(facts.startsOn),
         facts.salary ? QVariant(*facts.salary) : QVariant(QMetaType::fromType<qint64>()),
         Timestamp::format(at), applicationId});
    if (!done)
        return done.error();
    return {};
}

Result<std::optional<Placement>> JobGuaranteeRepository::placement(qint64 applicationId) const
{
    auto found = m_sql.row<Placement>(
        QStringLiteral("SELECT placement_outcome, placement_employer, placement_job_title, "
                       "placement_on, placement_salary FROM applications WHERE id = ?"),
        {applicationId}, [](const QSqlQuery &q) {
            Placement facts;
            facts.outcome = Placement::outcomeNamed(q.value(0).toString());
            facts.employer = q.value(1).toString();
            facts.jobTitle = q.value(2).toString();
            facts.startsOn = Timestamp::parseDate(q.value(3).toString());
            if (!q.value(4).isNull())
                facts.salary = q.value(4).toLongLong();
            return facts;
        });
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->outcome)
        return std::optional<Placement>();
    return found.value();
}

Result<std::optional<JobSearch>> JobGuaranteeRepository::jobSearch(qint64 applicationId) const
{
    return m_sql.row<JobSearch>(SelectJobSearch + QStringLiteral("WHERE a.id = ?"), {applicationId},
                                jobSearchFrom);
}

Result<QList<JobSearch>> JobGuaranteeRepository::periodsEndedBy(const QDate &day) const
{
    return m_sql.rows<JobSearch>(
        SelectJobSearch + QStringLiteral("WHERE ") + PeriodEndedBy +
            QStringLiteral("ORDER BY date(a.job_search_started_on, '+' || "
                           "coalesce(c.guarantee_days, 180) || ' days'), a.id"),
        {Timestamp::formatDate(day)}, jobSearchFrom);
}

Result<QHash<qint64, QList<CheckIn>>>
JobGuaranteeRepository::checkInsOfPeriodsEndedBy(const QDate &day) const
{
    // Hundreds of thousands of rows for a report: read through RowStream, without a QVariant
    // per value. The kind is written out, not bound: only a literal lets SQLite read the
    // check-ins from their own covering index (activities_check_ins, schema v22).
    RowStream rows(m_connection);
    if (Status started = rows.start(
            QStringLiteral("SELECT v.application_id, date(v.at), coalesce(v.job_applications, 0) "
                           "FROM applications a LEFT JOIN cohorts c ON c.id = a.cohort_id "
                           "JOIN activities v ON v.application_id = a.id AND v.kind = '%1' WHERE ")
                    .arg(checkInKind()) +
                PeriodEndedBy + QStringLiteral("ORDER BY v.application_id, v.at, v.id"),
            {Timestamp::formatDate(day)});
        !started)
        return started.error();
    QHash<qint64, QList<CheckIn>> checkIns;
    qint64 current = 0;
    QList<CheckIn> *ofCurrent = nullptr;
    while (rows.next()) {
        // The rows come by application: one hash lookup for each of them.
        const qint64 applicationId = rows.column(0).toLongLong();
        if (!ofCurrent || applicationId != current) {
            current = applicationId;
            ofCurrent = &checkIns[applicationId];
        }
        *ofCurrent << CheckIn{Timestamp::parseDate(rows.column(1)),
                              int(rows.column(2).toLongLong())};
    }
    if (rows.error())
        return *rows.error();
    return checkIns;
}

Result<QList<CheckIn>> JobGuaranteeRepository::checkIns(qint64 applicationId) const
{
    return m_sql.rows<CheckIn>(
        QStringLiteral("SELECT date(at), coalesce(job_applications, 0) FROM activities "
                       "WHERE application_id = ? AND kind = ? ORDER BY at, id"),
        {applicationId, checkInKind()}, [](const QSqlQuery &q) { return checkInFrom(q, 0); });
}
