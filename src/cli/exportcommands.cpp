#include "commandgroups.h"

#include "browse/applicationfilter.h"
#include "browse/applicationsearchindex.h"
#include "console.h"
#include "csv/applicationexport.h"
#include "csv/csvexport.h"
#include "csv/outcomeexport.h"
#include "csv/statushistoryexport.h"
#include "csv/waitlistexport.h"
#include "domain/result.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "invocation.h"
#include "namedrecords.h"
#include "repositories/trackrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <functional>

namespace {
const QString StatusOption = QStringLiteral("status");
const QString TrackOption = QStringLiteral("track");
const QString CohortOption = QStringLiteral("cohort");
const QString OwnerOption = QStringLiteral("owner");
const QString FromOption = QStringLiteral("applied-from");
const QString ToOption = QStringLiteral("applied-to");
const QString SearchOption = QStringLiteral("search");
const QString ColumnsOption = QStringLiteral("columns");
const QString DelimiterOption = QStringLiteral("delimiter");
const QString BomOption = QStringLiteral("bom");
const QString RawOption = QStringLiteral("raw");
const QString OutputOption = QStringLiteral("o");

QStringList listValues(const QStringList &values)
{
    QStringList items;
    for (const QString &value : values) {
        for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items << item.trimmed();
    }
    return items;
}

// The group's table and what runs each command: static members, for the tr() context.
struct ExportCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler exportApplications, exportHistory, exportWaitlist, exportOutcomes;

    static QList<QCommandLineOption> filterOptions();
    static QList<QCommandLineOption> outputOptions();
    // Opens the file, checks the output options and writes the CSV of `rows` (made once the
    // file is open) to -o FILE, with progress and Ctrl+C, or to standard output.
    static int writeCsv(Invocation &invocation, const QString &rowsNoun,
                        const std::function<Result<CsvExport::Source>(const QString &)> &rows);
    // Why --search cannot be searched for (empty, or one character, which would match nearly
    // everything), or an empty string: wrong usage, never a silently wider export.
    static QString searchProblem(const QCommandLineParser &parser);
    // The filter options as a filter; an error names the option and the value not found. A
    // member, not a free function, so that lupdate sees its messages.
    static Result<ApplicationFilter> filterFrom(const QCommandLineParser &parser,
                                                const QString &connection);
    // The id of the cohort --cohort names; an error names the value when there is none.
    // The cohort named by --cohort, 0 (every cohort) without it.
    static Result<qint64> optionalCohort(const Invocation &invocation, const QString &connection);
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
};
} // namespace

QList<QCommandLineOption> ExportCommands::filterOptions()
{
    return {QCommandLineOption(StatusOption,
                               tr("Only these statuses (machine names, comma-separated; may be "
                                  "repeated)."),
                               QStringLiteral("STATUS")),
            QCommandLineOption(TrackOption, tr("Only this career track."), QStringLiteral("CODE")),
            QCommandLineOption(CohortOption, tr("Only this cohort."), QStringLiteral("NAME")),
            QCommandLineOption(OwnerOption, tr("Only applications this staff user owns."),
                               QStringLiteral("USERNAME")),
            QCommandLineOption(FromOption, tr("Applied on or after this day (UTC)."),
                               QStringLiteral("DATE")),
            QCommandLineOption(ToOption, tr("Applied on or before this day (UTC)."),
                               QStringLiteral("DATE")),
            QCommandLineOption(SearchOption,
                               tr("Only applicants whose name, email or phone contains TEXT (3 "
                                  "characters or more), or whose first name, last name or email "
                                  "starts with it (2 characters); digits are also an application "
                                  "id, listed first."),
                               QStringLiteral("TEXT"))};
}

QList<QCommandLineOption> ExportCommands::outputOptions()
{
    return {QCommandLineOption(DelimiterOption, tr("comma (default), semicolon or tab."),
                               QStringLiteral("NAME"), QStringLiteral("comma")),
            QCommandLineOption(BomOption,
                               tr("Start with a UTF-8 byte-order mark, for Microsoft Excel.")),
            QCommandLineOption(RawOption, tr("Write cells exactly as stored, formulas included "
                                             "(administrators only).")),
            QCommandLineOption(OutputOption,
                               tr("Write to FILE (replaced only once the export is complete)."),
                               QStringLiteral("FILE"))};
}

QList<CommandSpec> ExportCommands::commands()
{
    const QString common =
        tr("CSV (RFC 4180, UTF-8, CRLF line ends) with a header of column names. Cells that a "
           "spreadsheet would run as a formula (beginning with = + - @, tab or CR) get a "
           "leading apostrophe, which our own import takes off again. Without -o, the CSV goes "
           "to standard output.");
    // Reports of the file as it is, without a minute-long check of a large file first: each
    // command ReadsAsIs.
    return {
        CommandSpec({QStringLiteral("export"), QStringLiteral("applications")},
                    &ExportCommands::exportApplications, tr("Export applications as CSV."),
                    tr("Writes the applications in application id order; with no filter, every "
                       "application.\nThe columns are: %1.")
                            .arg(ApplicationExport::allColumns().join(QStringLiteral(", "))) +
                        QLatin1Char('\n') + common)
            .with(filterOptions())
            .with({QCommandLineOption(ColumnsOption,
                                      tr("The columns, comma-separated, or 'all' "
                                         "(default: the window's columns)."),
                                      QStringLiteral("LIST"))})
            .with(outputOptions())
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec(
            {QStringLiteral("export"), QStringLiteral("history")}, &ExportCommands::exportHistory,
            tr("Export the status history of applications as CSV."),
            tr("Writes every status change of the applications the filters select (with no "
               "filter, of every application), by application, oldest first. changed_by is the "
               "staff user, or 'desk' for the desk's own moves (expired offers, seats offered "
               "from the waitlist).\nThe columns are: %1.")
                    .arg(StatusHistoryExport::columns().join(QStringLiteral(", "))) +
                QLatin1Char('\n') + common)
            .with(filterOptions())
            .with(outputOptions())
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec(
            {QStringLiteral("export"), QStringLiteral("waitlist")}, &ExportCommands::exportWaitlist,
            tr("Export the cohorts' waitlists as CSV."),
            tr("Writes each cohort's waitlist in the order seats are offered: first come, first "
               "served by qualification time, then application time. position is the place in "
               "line.\nThe columns are: %1.")
                    .arg(WaitlistExport::columns().join(QStringLiteral(", "))) +
                QLatin1Char('\n') + common)
            .with({QCommandLineOption(CohortOption,
                                      tr("Only this cohort's waitlist (default: every "
                                         "cohort's)."),
                                      QStringLiteral("NAME"))})
            .with(outputOptions())
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec(
            {QStringLiteral("export"), QStringLiteral("outcomes")}, &ExportCommands::exportOutcomes,
            tr("Export the cohorts' job outcomes as CSV (CIRR)."),
            tr("Writes one row per graduate, by cohort and name, with their outcome in the "
               "manner of the CIRR standard: in_field_full_time, in_field_part_time_contract or "
               "out_of_field when placed (with the employer, the job title, the start date, the "
               "annual salary and the days from graduation to the start), still_seeking in job "
               "search, not_seeking, and not_reporting for a graduate who never began a job "
               "search.\nThe columns are: %1.")
                    .arg(OutcomeExport::columns().join(QStringLiteral(", "))) +
                QLatin1Char('\n') + common)
            .with({QCommandLineOption(CohortOption,
                                      tr("Only this cohort's graduates (default: every "
                                         "cohort's)."),
                                      QStringLiteral("NAME"))})
            .with(outputOptions())
            .withAccess(CommandSpec::Access::ReadsAsIs),
    };
}

int ExportCommands::exportApplications(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    if (const QString problem = searchProblem(parser); !problem.isEmpty())
        return console.usage(problem);
    QStringList columns = ApplicationExport::screenColumns();
    if (parser.isSet(ColumnsOption)) {
        const QString list = parser.value(ColumnsOption).trimmed();
        columns =
            list == QLatin1String("all") ? ApplicationExport::allColumns() : listValues({list});
        if (const QStringList unknown = ApplicationExport::unknownColumns(columns);
            !unknown.isEmpty() || columns.isEmpty())
            return console.usage(
                tr("--columns: unknown columns %1. The columns are: %2.")
                    .arg(unknown.join(QStringLiteral(", ")),
                         ApplicationExport::allColumns().join(QStringLiteral(", "))));
    }
    return writeCsv(invocation, tr("applications"), [&](const QString &connection) {
        const auto filter = filterFrom(invocation.parser(), connection);
        if (!filter)
            return Result<CsvExport::Source>(filter.error());
        return ApplicationExport::source(ApplicationQuery(filter.value()), columns);
    });
}

int ExportCommands::exportHistory(Invocation &invocation)
{
    if (const QString problem = searchProblem(invocation.parser()); !problem.isEmpty())
        return invocation.console().usage(problem);
    return writeCsv(invocation, tr("status changes"), [&](const QString &connection) {
        const auto filter = filterFrom(invocation.parser(), connection);
        if (!filter)
            return Result<CsvExport::Source>(filter.error());
        return Result<CsvExport::Source>(
            StatusHistoryExport::source(ApplicationQuery(filter.value())));
    });
}

int ExportCommands::exportWaitlist(Invocation &invocation)
{
    return writeCsv(invocation, tr("waitlisted applications"), [&](const QString &connection) {
        const auto cohortId = optionalCohort(invocation, connection);
        if (!cohortId)
            return Result<CsvExport::Source>(cohortId.error());
        return Result<CsvExport::Source>(WaitlistExport::source(cohortId.value()));
    });
}

int ExportCommands::exportOutcomes(Invocation &invocation)
{
    return writeCsv(invocation, tr("graduates"), [&](const QString &connection) {
        const auto cohortId = optionalCohort(invocation, connection);
        if (!cohortId)
            return Result<CsvExport::Source>(cohortId.error());
        return Result<CsvExport::Source>(OutcomeExport::source(cohortId.value()));
    });
}

int ExportCommands::writeCsv(Invocation &invocation, const QString &rowsNoun,
                             const std::function<Result<CsvExport::Source>(const QString &)> &rows)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    const auto delimiter = Console::delimiterNamed(parser.value(DelimiterOption));
    if (!delimiter)
        return console.usage(tr("--delimiter must be comma, semicolon or tab, not '%1'.")
                                 .arg(parser.value(DelimiterOption)));
    if (parser.isSet(OutputOption) && !invocation.outputAllowed(parser.value(OutputOption)))
        return Console::Failed;
    // Any signed-in staff user may export; core refuses --raw to all but administrators.
    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const auto source = rows(connection);
    if (!source)
        return console.fail(source.error().text());

    CsvWriter::Options options;
    options.delimiter = *delimiter;
    options.byteOrderMark = parser.isSet(BomOption);
    options.guardFormulas = !parser.isSet(RawOption);
    const CsvExport exporter(connection, actor.value());
    if (!parser.isSet(OutputOption))
        return console.writeToStandardOutput([&](QIODevice *out) {
            const auto written = exporter.write(source.value(), out, options);
            return written ? Status() : Status(written.error());
        });

    const QString path = parser.value(OutputOption);
    // Ctrl+C: the file being written is thrown away, the old one stays.
    const auto progress = console.interruptibleProgress([&rowsNoun](int percent, qint64 done,
                                                                    qint64 total) {
        return tr("Exporting: %1% (%2 of %3 %4)").arg(percent).arg(done).arg(total).arg(rowsNoun);
    });
    const auto written = exporter.writeFile(source.value(), path, options, progress);
    if (!written)
        return console.fail(written.error().text());
    console.err() << tr("%1 %2 written to %3.")
                         .arg(written.value())
                         .arg(rowsNoun, QDir::toNativeSeparators(path))
                  << Qt::endl;
    return Console::Done;
}

QString ExportCommands::searchProblem(const QCommandLineParser &parser)
{
    if (!parser.isSet(SearchOption))
        return {};
    const QString term = parser.value(SearchOption);
    if (term.simplified().isEmpty())
        return tr("--search: the text is empty; leave --search out to export every "
                  "application.");
    if (!ApplicationSearchIndex::isSearchable(term))
        return tr("--search: '%1' is too short; a search needs at least %2 characters (the "
                  "start of a name or email, or an application id).")
            .arg(Validation::quoted(term))
            .arg(ApplicationSearchIndex::MinimumTermLength);
    return {};
}

Result<ApplicationFilter> ExportCommands::filterFrom(const QCommandLineParser &parser,
                                                     const QString &connection)
{
    ApplicationFilter filter;
    for (const QString &name : listValues(parser.values(StatusOption))) {
        const auto status = Statuses::fromMachineName(name);
        if (!status)
            return Error{tr("--status: unknown status '%1'. The statuses are: %2.")
                             .arg(name, Statuses::machineNameList()),
                         {}};
        filter.statuses << *status;
    }
    if (parser.isSet(TrackOption)) {
        const auto track = TrackRepository(connection).findByCode(parser.value(TrackOption));
        if (!track)
            return track.error();
        if (!track.value())
            return Error{tr("--track: there is no track %1.").arg(parser.value(TrackOption)), {}};
        filter.trackId = track.value()->id;
    }
    if (parser.isSet(CohortOption)) {
        const auto cohort = NamedRecords::cohort(connection, parser.value(CohortOption),
                                                 QStringLiteral("--cohort"));
        if (!cohort)
            return cohort.error();
        filter.cohortId = cohort->id;
    }
    if (parser.isSet(OwnerOption)) {
        const auto owner = NamedRecords::staffUser(connection, parser.value(OwnerOption),
                                                   QStringLiteral("--owner"));
        if (!owner)
            return owner.error();
        filter.ownerId = owner->id;
    }
    for (const auto &[option, date] :
         {std::pair{FromOption, &filter.appliedFrom}, std::pair{ToOption, &filter.appliedTo}}) {
        if (!parser.isSet(option))
            continue;
        *date = Timestamp::parseDate(parser.value(option));
        if (!date->isValid())
            return Error{
                tr("--%1: '%2' is not a date (YYYY-MM-DD).").arg(option, parser.value(option)), {}};
    }
    filter.search = parser.value(SearchOption);
    return filter;
}

Result<qint64> ExportCommands::optionalCohort(const Invocation &invocation,
                                              const QString &connection)
{
    if (!invocation.parser().isSet(CohortOption))
        return qint64(0);
    const auto cohort = NamedRecords::cohort(connection, invocation.parser().value(CohortOption),
                                             QStringLiteral("--cohort"));
    if (!cohort)
        return cohort.error();
    return cohort->id;
}

QList<CommandSpec> CommandGroups::exports()
{
    return ExportCommands::commands();
}
