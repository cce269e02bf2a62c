#include "csv/outcomeexport.h"

#include "reports/graduateoutcomes.h"

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
    const QString graduates = GraduateOutcomes::graduatesSql();
    const QString where = cohortId > 0 ? QStringLiteral("a.cohort_id = ? AND ") + graduates
                                       : QStringLiteral("a.cohort_id IS NOT NULL AND ") + graduates;
    const QString sql =
        QStringLiteral(
            "SELECT t.code, c.name, a.id, p.first_name, p.last_name, %1, "
            "a.job_search_started_on, "
            "date(a.job_search_started_on, '+' || c.guarantee_days || ' days'), %2, "
            "CASE a.status WHEN 'placed' THEN a.placement_employer END, "
            "CASE a.status WHEN 'placed' THEN a.placement_job_title END, "
            "CASE a.status WHEN 'placed' THEN a.placement_on END, "
            "CASE a.status WHEN 'placed' THEN a.placement_salary END, %3 "
            "FROM applications a "
            "JOIN applicants p ON p.id = a.applicant_id "
            "JOIN cohorts c ON c.id = a.cohort_id "
            "JOIN tracks t ON t.id = c.track_id "
            "WHERE %4 ORDER BY t.code, c.starts_on, c.name, p.last_name, p.first_name, a.id")
            .arg(GraduateOutcomes::graduatedOnSql(), GraduateOutcomes::outcomeSql(),
                 GraduateOutcomes::daysToJobSql(), where);
    const QVariantList values = cohortId > 0 ? QVariantList{cohortId} : QVariantList{};
    return {columns(), sql, values,
            QStringLiteral("SELECT count(*) FROM applications a WHERE ") + where};
}
