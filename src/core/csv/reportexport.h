#pragma once

#include "csv/csvwriter.h"
#include "domain/result.h"
#include "reports/report.h"

#include <QCoreApplication>

class QIODevice;

// One table of a report as CSV: the columns' stable keys as the header, then the cells as the
// command line prints them (ReportTable::text). Through the exports' writer, with formulas
// guarded, into a 0600 file put in place whole or not at all. Not recorded in the audit trail
// like the exports of applications: a report holds counts and sums, no applicant's data.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    static Status write(const ReportTable &table, QIODevice *out, char delimiter = ',',
                        bool byteOrderMark = false);
    // Into `path`, never the database `databasePath` or a file beside it.
    static Status writeFile(const ReportTable &table, const QString &path,
                            const QString &databasePath, char delimiter = ',',
                            bool byteOrderMark = false);

private:
    static Result<qint64> writeTo(const ReportTable &table, QIODevice *out,
                                  CsvWriter::Options options, const QString &path,
                                  QString *deviceFailure);
};
