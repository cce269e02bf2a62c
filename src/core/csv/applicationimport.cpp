#include "csv/applicationimport.h"

#include "browse/applicationsearchindex.h"
#include "csv/csvwriter.h"
#include "csv/digestingdevice.h"
#include "csv/importrun.h"
#include "csv/importvalues.h"
#include "db/bulkwritecache.h"
#include "db/checkedbycaller.h"
#include "db/memorytempstore.h"
#include "db/preparedstatement.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "domain/validation.h"
#include "repositories/applicantrepository.h"
#include "repositories/cohortrepository.h"
#include "repositories/trackrepository.h"
#include "services/applicantservice.h"
#include "services/authorization.h"
#include "services/desksettingsservice.h"

#include <QElapsedTimer>
#include <QHash>
#include <QIODevice>
#include <QLoggingCategory>

#include <algorithm>
#include <vector>

namespace {
constexpr qint64 ProgressEvery = 4096;
} // namespace

QList<ApplicationImport::Report::Count> ApplicationImport::Report::counts() const
{
    return {{"rows", tr("Rows read:"), rows},
            {"applicationsAdded", tr("New applications:"), applicationsAdded},
            {"applicantsAdded", tr("New applicants:"), applicantsAdded},
            {"applicantsUpdated", tr("Applicants updated:"), applicantsUpdated},
            {"alreadyThere", tr("Already in the database:"), alreadyThere},
            {"newEntries", tr("Entries since the last import:"), newEntries},
            {"olderEntriesSkipped", tr("Older entries left out:"), olderEntriesSkipped},
            {"duplicatesSkipped", tr("Duplicates skipped:"), duplicatesSkipped},
            {"badRows", tr("Bad rows:"), badRows}};
}

ApplicationImport::ApplicationImport(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

Status ApplicationImport::checkHeader(const CsvReader::Record &header)
{
    if (auto checked = ImportMapping::checkHeader(header.fields); !checked)
        return Error{tr("line %1: %2").arg(QString::number(header.line), checked.error().message),
                     {}};
    return {};
}

Result<ImportMapping> ApplicationImport::mappingFor(const QStringList &header,
                                                    const Options &options)
{
    const ImportMapping automatic = ImportMapping::automatic(header);
    if (!options.mappingJson)
        return automatic;
    return automatic.overriddenBy(*options.mappingJson, options.mappingSource);
}

void ApplicationImport::scanDates(CsvReader &reader, int column, DateOrderScan &scan)
{
    CsvReader::Record record;
    while (column >= 0 && !scan.settled() && reader.next(record))
        scan.add(record.fields.value(column), record.line);
}

DateOrderScan ApplicationImport::scanDates(QIODevice *in, const Options &options)
{
    DateOrderScan scan;
    const qint64 start = in->pos();
    {
        // A file the scan cannot read is refused by the import proper, with its reasons.
        CsvReader reader(in, options.csv);
        CsvReader::Record header;
        if (reader.next(header)) {
            if (const auto mapping = mappingFor(header.fields, options))
                scanDates(reader, mapping->column(QStringLiteral("applied_at")), scan);
        }
    }
    in->seek(start);
    return scan;
}

Result<QTimeZone> ApplicationImport::localTimeZone(const Options &options,
                                                   const ImportMapping &mapping) const
{
    if (options.localTimeZone)
        return *options.localTimeZone;
    return DeskSettingsService(m_connection, m_actor, m_clock).formTimeZone(mapping.entrySource());
}

Result<ApplicationImport::Preview> ApplicationImport::preview(QIODevice *in, const Options &options,
                                                              int rowCount)
{
    CsvReader reader(in, options.csv);
    CsvReader::Record header;
    if (!reader.next(header)) {
        if (reader.hasError())
            return reader.error();
        return Error{tr("The file is empty: it has no header row."), {}};
    }
    if (auto checked = checkHeader(header); !checked)
        return checked.error();
    auto mapping = mappingFor(header.fields, options);
    if (!mapping)
        return mapping.error();
    Preview preview;
    preview.header = header.fields;
    preview.mapping = mapping.value();
    const int dateColumn = preview.mapping.column(QStringLiteral("applied_at"));
    CsvReader::Record record;
    while (preview.rows.size() < rowCount && reader.next(record)) {
        preview.rows << record;
        preview.dates.add(record.fields.value(dateColumn), record.line);
    }
    scanDates(reader, dateColumn, preview.dates);
    if (reader.hasError())
        return reader.error();
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    return preview;
}

Result<ApplicationImport::Report> ApplicationImport::run(QIODevice *in, const Options &options,
                                                         const IssueSink &sink,
                                                         const Progress &progress) const
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ImportApplications);
        !allowed)
        return allowed.error();
    // Read before the file is hashed, from the same position: the digest covers the import's
    // own reading. A file read once (standard input) cannot be scanned; its numeric dates then
    // need the order given.
    const DateOrderScan dates =
        options.dateOrder != ImportValues::DateOrder::Undecided || in->isSequential()
            ? DateOrderScan()
            : scanDates(in, options);
    // The file is hashed as the reader reads it, for the import's record in the audit trail.
    DigestingDevice file(in);
    CsvReader reader(&file, options.csv);
    const auto located = [&options](const QString &message) {
        return options.fileName.isEmpty() ? message
                                          : options.fileName + QStringLiteral(": ") + message;
    };
    CsvReader::Record record;
    if (!reader.next(record)) {
        if (reader.hasError())
            return Error{located(reader.error().message), {}};
        return Error{located(tr("the file is empty: it has no header row")), {}};
    }
    if (auto checked = checkHeader(record); !checked)
        return Error{located(checked.error().message), {}};
    auto mapping = mappingFor(record.fields, options);
    if (!mapping)
        return mapping.error();
    Report report;
    report.encoding = reader.encoding();
    report.mapping = mapping.value();
    if (const QStringList problems = report.mapping.problems(); !problems.isEmpty())
        return Error{located(problems.join(QLatin1Char(' '))), {}};
    const auto zone = localTimeZone(options, report.mapping);
    if (!zone)
        return zone.error();
    report.dateOrder = options.dateOrder;
    if (dates.settled()) {
        report.dateOrder = dates.order();
        report.dateOrderLine = dates.settlingLine();
    } else if (dates.ambiguous()) {
        report.undecidedDates = ImportIssue{
            ImportIssue::Kind::Problem, dates.firstLine(),
            report.mapping.header().value(report.mapping.column(QStringLiteral("applied_at"))),
            tr("\"%1\" could be day first or month first, and no date of the column tells "
               "which (none has a number over 12): say which order the file uses.")
                .arg(Validation::quoted(dates.firstText()))};
        return report;
    }

    QElapsedTimer timer; // phases in the log, to tell where an import's time goes
    timer.start();
    const BulkWriteCache cache(m_connection);
    const MemoryTempStore journals(m_connection);
    // Every cell is validated before it is written; the rest are constants ('applied').
    const CheckedByCaller checked(m_connection);
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    {
        ImportRun run(m_connection, m_actor, m_clock, options, zone.value(), report, sink);
        if (auto prepared = run.prepare(); !prepared)
            return prepared.error();
        while (reader.next(record)) {
            if (auto imported = run.importRecord(record); !imported)
                return imported.error();
            if (progress && report.rows % ProgressEvery == 0 &&
                !progress(in->pos(), in->isSequential() ? 0 : in->size()))
                return Error{tr("The import was cancelled; nothing was written."), {}};
        }
        if (reader.hasError())
            return Error{located(reader.error().message), {}};
        if (auto completed = run.complete(); !completed)
            return completed.error();
        qCInfo(lcImport) << report.rows << "rows read and checked:" << timer.restart() << "ms";
        const bool write = !options.dryRun && (report.badRows == 0 || options.skipBadRows);
        if (!write)
            return report; // the transaction rolls back
        if (progress && !progress(0, 0))
            return Error{tr("The import was cancelled; nothing was written."), {}};
        if (auto finished = run.finish(file.sha256Hex()); !finished)
            return finished.error();
        timer.restart();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcImport) << "commit:" << timer.elapsed() << "ms";
    report.written = true;
    return report;
}
