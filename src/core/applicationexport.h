#pragma once

#include "applicationquery.h"
#include "csvwriter.h"
#include "result.h"

#include <QStringList>

#include <functional>

class QIODevice;

// Applications as CSV: the rows of an ApplicationQuery (its filters and order), with columns
// chosen by their stable snake_case machine names. Dates are ISO 8601 as stored (UTC),
// statuses by their machine names.
class ApplicationExport
{
public:
    // Called every few thousand rows; returning false cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ApplicationExport(QString connectionName) : m_connection(std::move(connectionName)) {}

    // The applications view's columns, in its order.
    static QStringList screenColumns();
    // Every applicant and application field.
    static QStringList allColumns();
    // The names among `columns` that are not columns, for a clear refusal.
    static QStringList unknownColumns(const QStringList &columns);

    // Writes the header and every row; returns the number of rows. Cancelled, it returns an
    // error and the caller throws the output away.
    Result<qint64> write(const ApplicationQuery &query, const QStringList &columns, QIODevice *out,
                         CsvWriter::Options options, const Progress &progress = {}) const;

    // write() into the file at `path` through QSaveFile: the file is replaced only by a
    // complete export; a cancelled or failed one leaves the old file (or none) and no
    // half-written one.
    Result<qint64> writeFile(const ApplicationQuery &query, const QStringList &columns,
                             const QString &path, CsvWriter::Options options,
                             const Progress &progress = {}) const;

private:
    QString m_connection;
};
