#include "csv/outcomeexport.h"

QStringList OutcomeExport::columns()
{
    // An interface, like the other exports' columns: add, never rename.
    return {QStringLiteral("track"),
            QStringLiteral("cohort"),
            QStringLiteral("application_id"),
            QStringLiteral("first_name"),
            QStringLiteral("last_name"),
            QStringLiteral("graduated_on"),
            QStringLiteral("job_search_started_on"),
            QStringLiteral("guarantee_ends_on"),
            QStringLiteral("outcome"),
            QStringLiteral("employer"),
            QStringLiteral("job_title"),
            QStringLiteral("job_starts_on"),
            QStringLiteral("annual_salary"),
            QStringLiteral("days_to_job")};
}

CsvExport::Source OutcomeExport::source(qint64 cohortId)
{
    const QString graduates =
        QStringLiteral("a.status IN ('graduated', 'job_search', 'placed', 'not_seeking')");
    const QString where = cohortId > 0 ? QStringLiteral("a.cohort_id = ? AND ") + graduates
                                       : QStringLiteral("a.cohort_id IS NOT NULL AND ") + graduates;
    // The day of the move to graduated (its last, should it have been undone and made again).
    const QString graduatedOn =
        QStringLiteral("(SELECT substr(max(e.at), 1, 10) FROM status_events e "
                       "WHERE e.application_id = a.id AND e.to_status = 'graduated')");
    const QString sql =
        QStringLiteral(
            "SELECT t.code, c.name, a.id, p.first_name, p.last_name, %1, "
            "a.job_search_started_on, "
            "date(a.job_search_started_on, '+' || c.guarantee_days || ' days'), "
            "CASE a.status WHEN 'placed' THEN a.placement_outcome "
            "WHEN 'job_search' THEN 'still_seeking' WHEN 'not_seeking' THEN 'not_seeking' "
            "ELSE 'not_reporting' END, "
            "CASE a.status WHEN 'placed' THEN a.placement_employer END, "
            "CASE a.status WHEN 'placed' THEN a.placement_job_title END, "
            "CASE a.status WHEN 'placed' THEN a.placement_on END, "
            "CASE a.status WHEN 'placed' THEN a.placement_salary END, "
            "CASE a.status WHEN 'placed' THEN "
            "CAST(julianday(a.placement_on) - julianday(%1) AS INTEGER) END "
            "FROM applications a "
            "JOIN applicants p ON p.id = a.applicant_id "
            "JOIN cohorts c ON c.id = a.cohort_id "
            "JOIN tracks t ON t.id = c.track_id "
            "WHERE %2 ORDER BY t.code, c.starts_on, c.name, p.last_name, p.first_name, a.id")
            .arg(graduatedOn, where);
    const QVariantList values = cohortId > 0 ? QVariantList{cohortId} : QVariantList{};
    return {columns(), sql, values,
            QStringLiteral("SELECT count(*) FROM applications a WHERE ") + where};
}
