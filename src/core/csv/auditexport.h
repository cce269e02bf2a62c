#pragma once

#include "audit/auditlog.h"
#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

// The audit trail for an administrator: every record a filter selects, who did what and when,
// the old and the new value, as CSV or JSON. The trail keeps personal values, so only
// administrators may read it (Action::ReadAuditTrail), an export is itself recorded in the trail
// (action 'export', entity 'audit', the filters in its note), and a file is written readable by
// its owner alone. A personal value erased with its person shows as erased.
class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)

public:
    enum class Format
    {
        Csv,
        Json
    };

    struct Request
    {
        AuditLog::Filter filter;
        Format format = Format::Csv;
    };

    // What a CSV cell of an erased value holds; the `erased` column names the cells.
    static constexpr const char *ErasedMark = "(erased)";

    AuditExport(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // The columns, in order (CSV header, JSON keys).
    static const QStringList &columns();
    // "csv" or "json".
    static std::optional<Format> formatNamed(const QString &name);
    // An entity filter as "ENTITY" or "ENTITY:ID" (applicant:12): the entity's machine name and,
    // optionally, a record id. An error says why the text is neither, never a wider filter.
    static Result<AuditLog::Filter> entityFilter(const QString &text);

    // Records the export, then writes it to `out`: data that leaves is recorded first. Returns
    // the number of records written.
    Result<qint64> write(const Request &request, QIODevice *out) const;
    // Writes the export to `path` (readable by you alone, never over the database or another
    // SQLite file) under a temporary name, records it, and only then puts the file in place.
    Result<qint64> writeFile(const Request &request, const QString &path) const;

private:
    // Who may, and a filter that names an entity the trail knows.
    Status mayExport(const Request &request) const;
    Status record(const Request &request) const;
    // The records; when the device refused them, why in `deviceFailure` (the file at `path`,
    // if any, is asked whether its disk is full).
    Result<qint64> writeRecords(const Request &request, QIODevice *out, const QString &path,
                                QString *deviceFailure) const;

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
