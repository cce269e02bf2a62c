#include "applicationexport.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApplicationExport", text);
}

struct Column
{
    const char *name;
    const char *sql; // over ApplicationQuery::joins(): a, p, t, c, u
    bool onScreen;
};

// The header names are an interface: scripts and spreadsheets rely on them. Add, never rename.
constexpr Column Columns[] = {
    {"application_id", "a.id", true},
    {"first_name", "p.first_name", true},
    {"last_name", "p.last_name", true},
    {"email", "p.email", true},
    {"phone", "p.phone", true},
    {"track", "t.code", true},
    {"cohort", "c.name", true},
    {"status", "a.status", true},
    {"owner", "u.username", true},
    {"applied_at", "a.applied_at", true},
    {"status_changed_at", "a.status_changed_at", true},
    {"score", "a.score", true},
    {"applicant_id", "p.id", false},
    {"country", "p.country", false},
    {"time_zone", "p.time_zone", false},
    {"linkedin_url", "p.linkedin_url", false},
    {"github_url", "p.github_url", false},
    {"portfolio_url", "p.portfolio_url", false},
    {"source", "p.source", false},
    {"campaign", "p.campaign", false},
    {"referrer", "p.referrer", false},
    {"consent", "p.consent", false},
    {"notes", "p.notes", false},
    {"applicant_created_at", "p.created_at", false},
    {"qualified_at", "a.qualified_at", false},
    {"decision_reason", "a.decision_reason", false},
    {"offer_expires_at", "a.offer_expires_at", false},
    {"payment_state", "a.payment_state", false},
    {"job_search_started_on", "a.job_search_started_on", false},
    {"placement_outcome", "a.placement_outcome", false},
    {"placement_on", "a.placement_on", false},
    {"updated_at", "a.updated_at", false},
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
    for (const Column &column : Columns) {
        if (column.onScreen)
            names << QLatin1String(column.name);
    }
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
    return CsvExport(m_connection).write(rows.value(), out, options, progress);
}

Result<qint64> ApplicationExport::writeFile(const ApplicationQuery &query,
                                            const QStringList &columns, const QString &path,
                                            CsvWriter::Options options,
                                            const Progress &progress) const
{
    const auto rows = source(query, columns);
    if (!rows)
        return rows.error();
    return CsvExport(m_connection).writeFile(rows.value(), path, options, progress);
}
