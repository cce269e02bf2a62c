#include "csv/reportexport.h"

#include "files/privatefile.h"

namespace {
CsvWriter::Options optionsFor(char delimiter, bool byteOrderMark)
{
    CsvWriter::Options options;
    options.delimiter = delimiter;
    options.byteOrderMark = byteOrderMark;
    return options; // formulas guarded: a source or campaign is typed by applicants
}
} // namespace

Result<qint64> ReportExport::writeTo(const ReportTable &table, QIODevice *out,
                                     CsvWriter::Options options, const QString &path,
                                     QString *deviceFailure)
{
    CsvWriter csv(out, options);
    for (const ReportColumn &column : table.columns)
        csv.addField(column.key);
    csv.endRecord();
    for (int row = 0; row < table.rows.size(); ++row) {
        for (int column = 0; column < table.columns.size(); ++column)
            csv.addField(table.text(row, column));
        csv.endRecord();
    }
    if (!csv.finish()) {
        *deviceFailure = PrivateFile::whyWriteFailed(*out, csv.systemError(), path);
        return Error{*deviceFailure, {}};
    }
    return qint64(table.rows.size());
}

Status ReportExport::write(const ReportTable &table, QIODevice *out, char delimiter,
                           bool byteOrderMark)
{
    QString deviceFailure;
    const auto written = writeTo(table, out, optionsFor(delimiter, byteOrderMark), {},
                                 &deviceFailure);
    if (!written)
        return Error{tr("Cannot write the report: %1.").arg(written.error().text()), {}};
    return {};
}

Status ReportExport::writeFile(const ReportTable &table, const QString &path,
                               const QString &databasePath, char delimiter, bool byteOrderMark)
{
    const auto written = PrivateFile::stream(
        path, databasePath,
        [&](QIODevice *file, QString *deviceFailure) {
            return writeTo(table, file, optionsFor(delimiter, byteOrderMark), path,
                           deviceFailure);
        },
        [] { return Status(); });
    if (!written)
        return written.error();
    return {};
}
