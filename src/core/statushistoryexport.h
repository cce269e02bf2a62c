#pragma once

#include "applicationquery.h"
#include "csvexport.h"

// The status history (every status event, oldest first) of the applications an
// ApplicationQuery selects, as CSV: for fairness disputes and the board's time-in-stage
// figures. Events by the desk itself (expiry, automatic offers) say "desk".
class StatusHistoryExport
{
public:
    explicit StatusHistoryExport(QString connectionName) : m_connection(std::move(connectionName))
    {
    }

    // The header: stable snake_case names.
    static QStringList columns();
    // The rows, for CsvExport.
    static CsvExport::Source source(const ApplicationQuery &query);

    Result<qint64> write(const ApplicationQuery &query, QIODevice *out, CsvWriter::Options options,
                         const CsvExport::Progress &progress = {}) const;
    Result<qint64> writeFile(const ApplicationQuery &query, const QString &path,
                             CsvWriter::Options options,
                             const CsvExport::Progress &progress = {}) const;

private:
    QString m_connection;
};
