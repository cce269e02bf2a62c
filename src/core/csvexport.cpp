#include "csvexport.h"

#include "database.h"
#include "outputtarget.h"
#include "rowstream.h"
#include "sql.h"

#include <QDir>
#include <QSaveFile>

namespace {
constexpr qint64 ProgressEvery = 4096;
}

Result<qint64> CsvExport::write(const Source &source, QIODevice *out, CsvWriter::Options options,
                                const Progress &progress) const
{
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
    if (!csv.finish())
        return Error{tr("Cannot write the export: %1").arg(csv.errorString()), {}};
    if (progress)
        progress(done, total);
    return done;
}

Result<qint64> CsvExport::writeFile(const Source &source, const QString &path,
                                    CsvWriter::Options options, const Progress &progress) const
{
    if (Status allowed = OutputTarget::check(path, Database::fileOf(m_connection)); !allowed)
        return allowed.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OutputTarget::PrivateMode))
        return Error{
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    const auto written = write(source, &file, options, progress);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error{
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    return written;
}
