#pragma once

#include "csvexport.h"

// Each cohort's waitlist as CSV, in the order seats are offered (first come, first served by
// qualification time, then application time), with each application's place in line.
class WaitlistExport
{
public:
    explicit WaitlistExport(QString connectionName) : m_connection(std::move(connectionName)) {}

    // The header: stable snake_case names.
    static QStringList columns();
    // The rows of one cohort's waitlist (0: every cohort's), for CsvExport.
    static CsvExport::Source source(qint64 cohortId);

    // cohortId 0: every cohort's waitlist, by track and start date.
    Result<qint64> write(qint64 cohortId, QIODevice *out, CsvWriter::Options options,
                         const CsvExport::Progress &progress = {}) const;
    Result<qint64> writeFile(qint64 cohortId, const QString &path, CsvWriter::Options options,
                             const CsvExport::Progress &progress = {}) const;

private:
    QString m_connection;
};
