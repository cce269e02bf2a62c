#include "csv/statushistoryexport.h"

QStringList StatusHistoryExport::columns()
{
    // An interface, like the applications export's columns: add, never rename.
    return {QStringLiteral("event_id"),   QStringLiteral("application_id"),
            QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("email"),      QStringLiteral("track"),
            QStringLiteral("cohort"),     QStringLiteral("from_status"),
            QStringLiteral("to_status"),  QStringLiteral("changed_at"),
            QStringLiteral("changed_by"), QStringLiteral("reason"),
            QStringLiteral("cause")};
}

CsvExport::Source StatusHistoryExport::source(const ApplicationQuery &query)
{
    const QString selected =
        QStringLiteral("e.application_id IN (") + query.selectSql(QStringLiteral("a.id")) + ')';
    const QString sql =
        QStringLiteral(
            "SELECT e.id, e.application_id, p.first_name, p.last_name, p.email, t.code, c.name, "
            "e.from_status, e.to_status, e.at, coalesce(s.username, 'desk'), e.reason, e.cause "
            "FROM status_events e "
            "JOIN applications a ON a.id = e.application_id "
            "JOIN applicants p ON p.id = a.applicant_id "
            "JOIN tracks t ON t.id = a.track_id "
            "LEFT JOIN cohorts c ON c.id = a.cohort_id "
            "LEFT JOIN staff_users s ON s.id = e.by_user_id "
            "WHERE %1 ORDER BY e.application_id, e.id")
            .arg(selected);
    return {columns(), sql, query.values(),
            QStringLiteral("SELECT count(*) FROM status_events e WHERE ") + selected};
}
