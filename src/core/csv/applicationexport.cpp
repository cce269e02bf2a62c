#include "csv/applicationexport.h"

#include "browse/applicationtablemodel.h"

#include <QCoreApplication>

namespace {
struct Column
{
    const char *name;
    const char *sql; // over ApplicationQuery::joins(): a, p, t, c, u
};

// The header names are an interface: scripts and spreadsheets rely on them. Add, never rename.
constexpr Column Columns[] = {
    {"application_id", "a.id"},
    {"first_name", "p.first_name"},
    {"last_name", "p.last_name"},
    {"email", "p.email"},
    {"phone", "p.phone"},
    {"track", "t.code"},
    {"cohort", "c.name"},
    {"status", "a.status"},
    {"owner", "u.username"},
    {"applied_at", "a.applied_at"},
    {"status_changed_at", "a.status_changed_at"},
    {"score", "a.score"},
    {"applicant_id", "p.id"},
    {"country", "p.country"},
    {"time_zone", "p.time_zone"},
    {"linkedin_url", "p.linkedin_url"},
    {"github_url", "p.github_url"},
    {"portfolio_url", "p.portfolio_url"},
    {"source", "p.source"},
    {"campaign", "p.campaign"},
    {"referrer", "p.referrer"},
    {"consent", "p.consent"},
    {"notes", "p.notes"},
    {"applicant_created_at", "p.created_at"},
    {"qualified_at", "a.qualified_at"},
    {"decision_reason", "a.decision_reason"},
    {"offer_expires_at", "a.offer_expires_at"},
    {"payment_state", "a.payment_state"},
    {"job_search_started_on", "a.job_search_started_on"},
    {"placement_outcome", "a.placement_outcome"},
    {"placement_on", "a.placement_on"},
    // The last day of an active student's money-back window (Cohort::refundWindowLastDay).
    {"refund_window_ends_on", "CASE WHEN a.status = 'active' THEN date(c.starts_on, '+' || "
                              "c.refund_window_days || ' days') END"},
    {"updated_at", "a.updated_at"},
};

const Column *find(const QString &name)
{
    for (const Column &column : Columns) {
        if (name == QLatin1String(column.name))
            return &column;
    }
    return nullptr;
}
} // namespace

QStringList ApplicationExport::screenColumns()
{
    QStringList names;
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column)
        names << ApplicationTableModel::exportColumnsOf(ApplicationTableModel::Column(column));
    return names;
}

QStringList ApplicationExport::allColumns()
{
    QStringList names;
    for (const Column &column : Columns)
        names << QLatin1String(column.name);
    return names;
}

QStringList ApplicationExport::unknownColumns(const QStringList &columns)
{
    QStringList unknown;
    for (const QString &name : columns) {
        if (!find(name))
            unknown << name;
    }
    return unknown;
}

Result<CsvExport::Source> ApplicationExport::source(const ApplicationQuery &query,
                                                    const QStringList &columns)
{
    if (columns.isEmpty())
        return Error{tr("Choose at least one column."), {}};
    if (const QStringList unknown = unknownColumns(columns); !unknown.isEmpty())
        return Error{
            tr("Unknown columns: %1. The columns are: %2.")
                .arg(unknown.join(QStringLiteral(", ")), allColumns().join(QStringLiteral(", "))),
            {}};
    QStringList select;
    for (const QString &name : columns)
        select << QLatin1String(find(name)->sql);
    return CsvExport::Source{columns, query.selectSql(select.join(QStringLiteral(", "))),
                             query.values(), query.countSql()};
}

Result<qint64> ApplicationExport::write(const ApplicationQuery &query, const QStringList &columns,
                                        QIODevice *out, CsvWriter::Options options,
                                        const Progress &progress) const
{
    const auto rows = source(query, columns);
    if (!rows)
        return rows.error();
    return CsvExport(m_connection, m_actor).write(rows.value(), out, options, progress);
}

Result<qint64> ApplicationExport::writeFile(const ApplicationQuery &query,
                                            const QStringList &columns, const QString &path,
                                            CsvWriter::Options options,
                                            const Progress &progress) const
{
    const auto rows = source(query, columns);
    if (!rows)
        return rows.error();
    return CsvExport(m_connection, m_actor).writeFile(rows.value(), path, options, progress);
}
