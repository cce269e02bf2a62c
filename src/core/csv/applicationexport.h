#pragma once

#include "browse/applicationquery.h"
#include "csv/csvexport.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

// Applications as CSV: the rows of an ApplicationQuery (its filters and order), with columns
// chosen by their stable snake_case machine names. Dates are ISO 8601 as stored (UTC),
// statuses by their machine names.
class ApplicationExport
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationExport)

public:
    using Progress = CsvExport::Progress;

    ApplicationExport(QString connectionName, Actor actor)
        : m_connection(std::move(connectionName)), m_actor(std::move(actor))
    {
    }

    // The applications view's columns in its order, as ApplicationTableModel names them.
    static QStringList screenColumns();
    // Every applicant and application field.
    static QStringList allColumns();
    // The names among `columns` that are not columns, for a clear refusal.
    static QStringList unknownColumns(const QStringList &columns);

    // The rows, for CsvExport; an error names unknown columns.
    static Result<CsvExport::Source> source(const ApplicationQuery &query,
                                            const QStringList &columns);

    // Writes the header and every row; returns the number of rows. Cancelled, it returns an
    // error and the caller throws the output away.
    Result<qint64> write(const ApplicationQuery &query, const QStringList &columns, QIODevice *out,
                         CsvWriter::Options options, const Progress &progress = {}) const;

    // write() into the file at `path`, replaced only by a complete export (CsvExport).
    Result<qint64> writeFile(const ApplicationQuery &query, const QStringList &columns,
                             const QString &path, CsvWriter::Options options,
                             const Progress &progress = {}) const;

private:
    QString m_connection;
    Actor m_actor;
};
