#include "csv/csvexport.h"

#include "audit/audittrail.h"
#include "db/database.h"
#include "db/rowstream.h"
#include "db/sql.h"
#include "files/outputtarget.h"
#include "services/authorization.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>

namespace {
constexpr qint64 ProgressEvery = 4096;
// Less room than this left on a disk after a failed write: it is full.
constexpr qint64 MinimumFree = 64 * 1024;
} // namespace

QString CsvExport::whyWriteFailed(const QIODevice &device, int systemError, const QString &path)
{
    if (systemError == ENOSPC || systemError == EDQUOT)
        return tr("the disk is full");
    if (!path.isEmpty()) {
        // QSaveFile::commit() loses errno on its way out: ask the disk.
        const QStorageInfo disk(QFileInfo(path).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() < MinimumFree)
            return tr("the disk is full");
    }
    const QString reported = device.errorString();
    if (!reported.isEmpty() && reported != QLatin1String("Unknown error"))
        return reported;
    if (systemError != 0)
        return qt_error_string(systemError);
    return tr("the system gave no reason");
}

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
    entry.note = QStringLiteral("%1 rows to %2; columns: %3; filter values: %4")
                     .arg(rows)
                     .arg(destination, source.header.join(QStringLiteral(", ")),
                          filters.isEmpty() ? QStringLiteral("none")
                                            : filters.join(QStringLiteral(", ")));
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
        *deviceFailure = whyWriteFailed(*out, csv.systemError(), path);
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
    if (Status allowed = OutputTarget::check(path, Database::fileOf(m_connection)); !allowed)
        return allowed.error();
    const QString name = QDir::toNativeSeparators(path);
    const auto failed = [&name](const QString &why) {
        return Error{tr("Cannot write %1: %2. Nothing was written; a file that was there before "
                        "is left as it was.")
                         .arg(name, why),
                     {}};
    };
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return failed(whyWriteFailed(file, errno, path));
    if (!file.setPermissions(OutputTarget::PrivateMode))
        return failed(file.errorString());
    QString deviceFailure;
    const auto written = writeTo(source, &file, options, progress, path, &deviceFailure);
    if (!written) {
        file.cancelWriting();
        if (!deviceFailure.isEmpty())
            return failed(deviceFailure);
        return written;
    }
    // Qt 6.4's QSaveFile::commit() does not look at the error of its own last flush: a disk
    // that filled up under the last buffered bytes got a cut-off file renamed over the old one,
    // and the export said it had written every row. Flush first, and keep the old file.
    errno = 0;
    if (!file.flush()) {
        const QString why = whyWriteFailed(file, errno, path);
        file.cancelWriting();
        return failed(why);
    }
    // Recorded before the file takes its name: an export that cannot be recorded is not made.
    if (Status recorded = record(source, written.value(), name); !recorded) {
        file.cancelWriting();
        return recorded.error();
    }
    errno = 0;
    if (!file.commit())
        return failed(whyWriteFailed(file, errno, path));
    return written;
}
