#pragma once

#include "csv/csvreader.h"
#include "csv/importmapping.h"
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
        // Write the good rows and list the bad ones, instead of writing nothing.
        bool skipBadRows = false;
        // Times without a zone in the file are in this one.
        QTimeZone localTimeZone = QTimeZone::systemTimeZone();
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
        qint64 duplicatesSkipped = 0;
        qint64 badRows = 0;
        // How the file was read.
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
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

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
