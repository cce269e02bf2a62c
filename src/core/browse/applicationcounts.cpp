#include "browse/applicationcounts.h"

#include "db/sql.h"

#include <QCoreApplication>
#include <QMap>

ApplicationCounts::ApplicationCounts(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

Result<QList<QPair<ApplicationStatus, qint64>>> ApplicationCounts::byStatus() const
{
    // Kept by the applications' triggers (schema v20): a few rows instead of a million.
    auto query = Sql(m_connection)
                     .select(QStringLiteral(
                         "SELECT status, applications FROM status_totals WHERE applications > 0"));
    if (!query)
        return query.error();
    QMap<ApplicationStatus, qint64> counts;
    while (query.value().next()) {
        const QString name = query.value().value(0).toString();
        const auto status = Statuses::fromMachineName(name);
        if (!status) {
            query.value().finish();
            return Error{QCoreApplication::translate("ApplicationCounts",
                                                     "The database holds an unknown status \"%1\"")
                             .arg(name),
                         {}};
        }
        counts.insert(*status, query.value().value(1).toLongLong());
    }
    QList<QPair<ApplicationStatus, qint64>> result;
    for (ApplicationStatus status : Statuses::all()) {
        if (counts.contains(status))
            result.append({status, counts.value(status)});
    }
    return result;
}
