#pragma once

#include "csv/csvreader.h"
#include "csv/dateorderscan.h"
#include "csv/importmapping.h"
#include "csv/importvalues.h"
#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

class QIODevice;

// One thing an import has to say about one row: a problem that keeps the row out, or a
// duplicate it skipped on purpose.
struct ImportIssue
{
    enum class Kind
    {
        Problem,  // the row is bad: nothing is written unless bad rows are skipped
        Duplicate // the row's applicant is already known: skipped, by the duplicate policy
    };
    Kind kind = Kind::Problem;
    qint64 line = 0; // where the row starts in the file; 0 for the file as a whole
    QString column;  // the file's header name of the column at fault; empty for the whole row
    QString reason;
};

// Imports applications from CSV (the web form's export, or our own): each row is one
// application of one applicant, new in status applied. All or nothing, in one transaction:
// a bad row means nothing is written unless the caller chose to skip bad rows.
//
// Duplicates are found by normalized email or phone. A row whose applicant is already in the
// database follows the duplicate policy: skip it, update the applicant from the row's non-empty
// cells (adding the application if the applicant has none to that track at that time), or call
// it a problem. Within the file, a later row with an earlier row's email is another application
// of the same person, unless it is the same application again or names the person differently
// (both problems). Importing the same file again changes nothing.
//
// Fast on a million rows: rows are written through prepared statements; the first status
// events and the search index of the new applications are written after the rows, each by one
// statement.
//
// In the audit trail, in the same transaction: each new applicant, each field an update
// changed, each new application, one record covering the new status events, and the import
// itself, naming the file by the SHA-256 of its bytes, with its counts.
class ApplicationImport
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationImport)

public:
    enum class OnDuplicate
    {
        Skip,
        Update,
        Error
    };

    struct Options
    {
        // How the file is read (delimiter, Windows-1252); the reader detects the rest.
        CsvReader::Options csv;
        // Applied over the automatic mapping of the file's header; none: automatic only.
        std::optional<QByteArray> mappingJson;
        QString mappingSource; // where mappingJson came from, for its errors
        OnDuplicate onDuplicate = OnDuplicate::Skip;
        // Cells exactly as they are, for a file exported with --raw. By default a cell our
        // export neutralised ('=…) gets its apostrophe taken off again (FormulaGuard).
        bool cellsAsWritten = false;
        // Check everything, write nothing.
        bool dryRun = false;
        // Also the form's entries older than the last one imported from the same source that
        // the desk does not have (left out as bad rows before, say). By default an import is
        // the weekly routine: only the entries since the last import.
        bool olderEntries = false;
        // Write the good rows and list the bad ones, instead of writing nothing.
        bool skipBadRows = false;
        // Times without a zone in the file are in this one; nothing: the form's, as set for its
        // source (DeskSettingsService::formTimeZone), else the bootcamp's. A form builder that
        // writes its times in UTC (FormPreset) overrides both.
        std::optional<QTimeZone> localTimeZone;
        // The order of day and month of numeric dates with slashes (12/04/2026). Undecided:
        // decided from the whole applied-at column, and a column that cannot tell stops the
        // import before any row (Report::undecidedDates). Never guessed.
        ImportValues::DateOrder dateOrder = ImportValues::DateOrder::Undecided;
        // Names the file in status event causes ("imported from applicants.csv").
        QString fileName;
    };

    struct Report
    {
        ImportMapping mapping;
        qint64 rows = 0; // data rows read
        qint64 applicantsAdded = 0;
        qint64 applicationsAdded = 0;
        qint64 applicantsUpdated = 0;
        qint64 alreadyThere = 0; // rows whose application the database already has
        // Rows with a form entry id: entries since the last one imported from the same
        // source (all of them, for a source never imported), and older ones left out.
        qint64 newEntries = 0;
        qint64 olderEntriesSkipped = 0;
        qint64 duplicatesSkipped = 0;
        qint64 badRows = 0;
        // How the file was read.
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        // The order the numeric dates were read in, and the line of the date that settled it
        // (0 when the caller gave it, or no date needed it).
        ImportValues::DateOrder dateOrder = ImportValues::DateOrder::Undecided;
        qint64 dateOrderLine = 0;
        // When the order was neither given nor told by any date of the column: the first date
        // it matters for. No row was imported then (written is false, rows 0).
        std::optional<ImportIssue> undecidedDates;
        // Whether the rows were written: false for a dry run, and when bad rows stopped it.
        bool written = false;
        // The first MaxIssuesKept issues (the sink sees all of them).
        QList<ImportIssue> issues;
        qint64 issueCount = 0;

        // The counts above, in the order a person reads them, each named after its member
        // and labelled ("New applications:") so that a count never needs a plural.
        struct Count
        {
            const char *name;
            QString label;
            qint64 value;
        };
        QList<Count> counts() const;
    };
    static constexpr qsizetype MaxIssuesKept = 10'000;

    // Every issue, as it is found.
    using IssueSink = std::function<void(const ImportIssue &)>;
    // Bytes of the file read so far, of its size (0 when unknown). Returning false cancels.
    // Once every row is in, (0, 0): the history and the search index are being written, which
    // takes a while on a large file and has no fraction to show.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ApplicationImport(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // The header and the first rows of a file as the reader sees them, for a person choosing
    // the mapping; also the mapping the import would use.
    struct Preview
    {
        QStringList header;
        QList<CsvReader::Record> rows;
        ImportMapping mapping;
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        QChar delimiter;
        // The order of the numeric dates of the applied-at column, from the whole file.
        DateOrderScan dates;
    };
    static Result<Preview> preview(QIODevice *in, const Options &options, int rowCount);

    // Reads and imports the whole file. An error is the file as a whole: it cannot be read,
    // its CSV is broken at a line, the mapping is unusable, or the import was cancelled;
    // nothing is written then. Bad rows are not errors: they are in the report.
    Result<Report> run(QIODevice *in, const Options &options, const IssueSink &sink = {},
                       const Progress &progress = {}) const;

private:
    // ImportMapping::checkHeader(), naming the header's line.
    static Status checkHeader(const CsvReader::Record &header);
    // The automatic mapping of the header, with options.mappingJson over it.
    static Result<ImportMapping> mappingFor(const QStringList &header, const Options &options);
    // Reads the rest of the file until the order of its numeric dates in `column` is settled.
    static void scanDates(CsvReader &reader, int column, DateOrderScan &scan);
    // The order of a file's numeric dates, read from `in`'s position, which is then restored.
    static DateOrderScan scanDates(QIODevice *in, const Options &options);
    // The zone of the file's times without an offset: the caller's, or the form's.
    Result<QTimeZone> localTimeZone(const Options &options, const ImportMapping &mapping) const;

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
