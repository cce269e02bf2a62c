#include "csv/csvexport.h"

#include "audit/audittrail.h"
#include "db/database.h"
#include "db/rowstream.h"
#include "db/sql.h"
#include "files/privatefile.h"
#include "services/authorization.h"

#include <QDir>

namespace {
constexpr qint64 ProgressEvery = 4096;
} // namespace

Result<qint64> CsvExport::write(const Source &source, QIODevice *out, CsvWriter::Options options,
                                const Progress &progress) const
{
    QString deviceFailure;
    auto written = writeTo(source, out, options, progress, {}, &deviceFailure);
    if (!written && !deviceFailure.isEmpty())
        return Error{tr("Cannot write the export: %1.").arg(deviceFailure), {}};
    if (written) {
        if (Status recorded = record(source, written.value(), QStringLiteral("a stream"));
            !recorded)
            return recorded.error();
    }
    return written;
}

// Exports carry personal data out of the desk: who took what, with which filters, is recorded.
Status CsvExport::record(const Source &source, qint64 rows, const QString &destination) const
{
    QStringList filters;
    for (const QVariant &value : source.values)
        filters << value.toString();
    AuditEntry entry(QStringLiteral("export"), QStringLiteral("database"));
    entry.field = QStringLiteral("csv");
    entry.note =
        QStringLiteral("%1 rows to %2; columns: %3; filter values: %4")
            .arg(rows)
            .arg(destination, source.header.join(QStringLiteral(", ")),
                 filters.isEmpty() ? QStringLiteral("none") : filters.join(QStringLiteral(", ")));
    return AuditTrail::recordAlone(m_connection, m_actor, entry);
}

Result<qint64> CsvExport::writeTo(const Source &source, QIODevice *out, CsvWriter::Options options,
                                  const Progress &progress, const QString &path,
                                  QString *deviceFailure) const
{
    if (Status allowed = mayExport(options); !allowed)
        return allowed.error();
    qint64 total = 0;
    if (progress && !source.countSql.isEmpty()) {
        const auto counted = Sql(m_connection).scalar(source.countSql, source.values);
        if (!counted)
            return counted.error();
        total = counted.value().toLongLong();
    }
    RowStream rows(m_connection);
    if (Status started = rows.start(source.sql, source.values); !started)
        return started.error();

    CsvWriter csv(out, options);
    for (const QString &name : source.header)
        csv.addField(QByteArrayView(name.toUtf8()));
    csv.endRecord();
    qint64 done = 0;
    while (rows.next()) {
        for (int i = 0; i < rows.columnCount(); ++i)
            csv.addField(rows.column(i));
        csv.endRecord();
        if (++done % ProgressEvery == 0 && progress && !progress(done, total))
            return Error{tr("The export was cancelled."), {}};
    }
    if (rows.error())
        return *rows.error();
    if (!csv.finish()) {
        *deviceFailure = PrivateFile::whyWriteFailed(*out, csv.systemError(), path);
        return Error{*deviceFailure, {}};
    }
    if (progress)
        progress(done, total);
    return done;
}

Status CsvExport::mayExport(const CsvWriter::Options &options) const
{
    if (!options.guardFormulas)
        return Authorization::require(m_connection, m_actor, Action::ExportUnguardedCells);
    if (const auto role = Authorization::roleOf(m_connection, m_actor); !role)
        return role.error();
    return {};
}

Result<qint64> CsvExport::writeFile(const Source &source, const QString &path,
                                    CsvWriter::Options options, const Progress &progress) const
{
    qint64 rows = 0;
    return PrivateFile::stream(
        path, Database::fileOf(m_connection),
        [&](QIODevice *file, QString *deviceFailure) {
            auto written = writeTo(source, file, options, progress, path, deviceFailure);
            rows = written ? written.value() : 0;
            return written;
        },
        // Recorded before the file takes its name: an export that cannot be recorded is not made.
        [&] { return record(source, rows, QDir::toNativeSeparators(path)); });
}
