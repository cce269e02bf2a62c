#include "csv/waitlistexport.h"

#include "repositories/applicationrepository.h"

QStringList WaitlistExport::columns()
{
    // An interface, like the applications export's columns: add, never rename.
    return {QStringLiteral("track"),        QStringLiteral("cohort"),
            QStringLiteral("position"),     QStringLiteral("application_id"),
            QStringLiteral("first_name"),   QStringLiteral("last_name"),
            QStringLiteral("email"),        QStringLiteral("phone"),
            QStringLiteral("qualified_at"), QStringLiteral("applied_at"),
            QStringLiteral("queue_at")};
}

CsvExport::Source WaitlistExport::source(qint64 cohortId)
{
    const QString where = cohortId > 0
                              ? QStringLiteral("a.status = 'waitlisted' AND a.cohort_id = ?")
                              : QStringLiteral("a.status = 'waitlisted'");
    const QString order = ApplicationRepository::waitlistOrder();
    const QString sql =
        QStringLiteral("SELECT t.code, c.name, row_number() OVER (PARTITION BY a.cohort_id "
                       "ORDER BY %1), a.id, p.first_name, p.last_name, p.email, p.phone, "
                       "a.qualified_at, a.applied_at, a.queue_at "
                       "FROM applications a "
                       "JOIN applicants p ON p.id = a.applicant_id "
                       "JOIN cohorts c ON c.id = a.cohort_id "
                       "JOIN tracks t ON t.id = c.track_id "
                       "WHERE %2 ORDER BY t.code, c.starts_on, c.name, %1")
            .arg(order, where);
    const QVariantList values = cohortId > 0 ? QVariantList{cohortId} : QVariantList{};
    return {columns(), sql, values,
            QStringLiteral("SELECT count(*) FROM applications a WHERE ") + where};
}
