#include "commandgroups.h"

#include "console.h"
#include "invocation.h"
#include "namedrecords.h"
#include "trackcodes.h"

#include "csv/reportexport.h"
#include "db/database.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "reports/reportrunner.h"

#include <QCoreApplication>
#include <QDir>

namespace {
const QString FromOption = QStringLiteral("from");
const QString ToOption = QStringLiteral("to");
const QString TrackOption = QStringLiteral("track");
const QString CohortOption = QStringLiteral("cohort");
const QString SourceOption = QStringLiteral("source");
const QString CampaignOption = QStringLiteral("campaign");
const QString OwnerOption = QStringLiteral("owner");
const QString ByOption = QStringLiteral("by");
const QString FormatOption = QStringLiteral("format");
const QString TableOption = QStringLiteral("table");
const QString DelimiterOption = QStringLiteral("delimiter");
const QString BomOption = QStringLiteral("bom");
const QString OutputOption = QStringLiteral("o");

// The group's table and what runs each command: static members, for the tr() context.
struct ReportCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler report;
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

    // The filter the options give, before any name is looked up: dates, the breakdown, the
    // source and campaign; nothing once the usage error is on stderr.
    static std::optional<ReportFilter> parsedFilter(Invocation &invocation);
    // The track, cohort and owner named, looked up in the file; false once the failure is on
    // stderr.
    static bool resolveNames(Invocation &invocation, ReportFilter &filter);
    // The tables as columns of text, a series by name only unless it is the one asked for.
    static void printTables(Console &console, const Report &report, int only);
};
} // namespace

QList<CommandSpec> ReportCommands::commands()
{
    return {
        CommandSpec({QStringLiteral("report")}, &ReportCommands::report,
                    tr("Print a report: funnel, time in stage, cohort fill, sources, mentor "
                       "load, refunds or job outcomes."),
                    tr("Prints report KIND (%1) as tables, or one of its tables as CSV. Each "
                       "report takes the filters that make sense for it and refuses the others: "
                       "the funnel, time in stage and sources take every filter, their dates "
                       "being the days applications applied; cohort fill, refunds and job "
                       "outcomes take dates (the cohorts' start), a track and a cohort; mentor "
                       "load takes a track. The window's Reports page shows the same numbers.")
                        .arg(ReportKindInfo::machineNameList()))
            .takes(QStringLiteral("KIND"), 1)
            .with({QCommandLineOption(FromOption, tr("From this day on (YYYY-MM-DD, the "
                                                     "bootcamp's calendar)."),
                                      QStringLiteral("DATE")),
                   QCommandLineOption(ToOption, tr("Up to and including this day."),
                                      QStringLiteral("DATE")),
                   QCommandLineOption(TrackOption, tr("Only this career track."),
                                      QStringLiteral("CODE")),
                   QCommandLineOption(CohortOption, tr("Only this cohort."), QStringLiteral("NAME")),
                   QCommandLineOption(SourceOption, tr("Only applicants from this source."),
                                      QStringLiteral("SOURCE")),
                   QCommandLineOption(CampaignOption, tr("Only applicants of this campaign."),
                                      QStringLiteral("CAMPAIGN")),
                   QCommandLineOption(OwnerOption, tr("Only applications this staff user owns."),
                                      QStringLiteral("USERNAME")),
                   QCommandLineOption(ByOption, tr("The funnel per track, cohort, source or "
                                                   "campaign."),
                                      QStringLiteral("GROUP")),
                   QCommandLineOption(FormatOption, tr("table (default) or csv."),
                                      QStringLiteral("FORMAT"), QStringLiteral("table")),
                   QCommandLineOption(TableOption, tr("Only this one of the report's tables (CSV: "
                                                      "the first by default)."),
                                      QStringLiteral("NAME")),
                   QCommandLineOption(DelimiterOption, tr("comma (default), semicolon or tab."),
                                      QStringLiteral("NAME"), QStringLiteral("comma")),
                   QCommandLineOption(BomOption, tr("Begin the CSV with a byte order mark, for "
                                                    "Excel.")),
                   QCommandLineOption(OutputOption, tr("Write to FILE (0600) instead of standard "
                                                       "output."),
                                      QStringLiteral("FILE"))})
            .withAccess(CommandSpec::Access::ReadsAsIs),
    };
}

std::optional<ReportFilter> ReportCommands::parsedFilter(Invocation &invocation)
{
    const QCommandLineParser &parser = invocation.parser();
    ReportFilter filter;
    const auto from = invocation.date(FromOption);
    const auto to = invocation.date(ToOption);
    if (!from || !to)
        return std::nullopt;
    filter.from = *from;
    filter.to = *to;
    filter.source = parser.value(SourceOption);
    filter.campaign = parser.value(CampaignOption);
    if (parser.isSet(ByOption)) {
        static const QMap<QString, ReportFilter::Breakdown> groups{
            {QStringLiteral("track"), ReportFilter::Breakdown::Track},
            {QStringLiteral("cohort"), ReportFilter::Breakdown::Cohort},
            {QStringLiteral("source"), ReportFilter::Breakdown::Source},
            {QStringLiteral("campaign"), ReportFilter::Breakdown::Campaign}};
        const QString by = parser.value(ByOption);
        if (!groups.contains(by)) {
            invocation.console().usage(
                tr("--by must be track, cohort, source or campaign, not '%1'.")
                    .arg(Validation::quoted(by)));
            return std::nullopt;
        }
        filter.by = groups.value(by);
    }
    return filter;
}

bool ReportCommands::resolveNames(Invocation &invocation, ReportFilter &filter)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    const QString connection = invocation.database().connectionName();
    if (parser.isSet(TrackOption)) {
        const auto tracks = TrackCodes::load(connection, console);
        if (!tracks)
            return false;
        const auto track = tracks->find(parser.value(TrackOption), console);
        if (!track)
            return false;
        filter.trackId = track->id;
    }
    if (parser.isSet(CohortOption)) {
        const auto cohort = NamedRecords::cohort(connection, parser.value(CohortOption),
                                                 QStringLiteral("--cohort"));
        if (!cohort) {
            console.fail(cohort.error().text());
            return false;
        }
        filter.cohortId = cohort->id;
    }
    if (parser.isSet(OwnerOption)) {
        const auto owner = NamedRecords::staffUser(connection, parser.value(OwnerOption),
                                                   QStringLiteral("--owner"));
        if (!owner) {
            console.fail(owner.error().text());
            return false;
        }
        filter.ownerId = owner->id;
    }
    return true;
}

void ReportCommands::printTables(Console &console, const Report &report, int only)
{
    bool first = true;
    for (int index = 0; index < report.tables.size(); ++index) {
        const ReportTable &table = report.tables.at(index);
        if (only >= 0 && index != only)
            continue;
        if (!first)
            console.out() << '\n';
        first = false;
        console.out() << table.title << '\n';
        if (table.series && only < 0) {
            console.out() << tr("%n rows, a series for the chart: --table %1 prints them.", nullptr,
                                int(table.rows.size()))
                                 .arg(table.key)
                          << '\n';
            continue;
        }
        QStringList headers;
        for (const ReportColumn &column : table.columns)
            headers << column.title;
        QList<QStringList> rows;
        for (int row = 0; row < table.rows.size(); ++row) {
            QStringList cells;
            for (int column = 0; column < table.columns.size(); ++column)
                cells << Validation::printable(table.text(row, column));
            rows << cells;
        }
        console.table(headers, rows, tr("Nothing to report in %1.").arg(table.title));
    }
    for (const QString &note : report.notes)
        console.out() << '\n' << note;
    console.out() << Qt::endl;
}

int ReportCommands::report(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    const auto kind = ReportKindInfo::fromMachineName(invocation.arguments().value(0));
    if (!kind)
        return console.usage(tr("There is no report '%1'. The reports are: %2.")
                                 .arg(Validation::quoted(invocation.arguments().value(0)),
                                      ReportKindInfo::machineNameList()));
    const QString format = parser.value(FormatOption);
    if (format != QLatin1String("table") && format != QLatin1String("csv"))
        return console.usage(
            tr("--format must be table or csv, not '%1'.").arg(Validation::quoted(format)));
    const auto delimiter = Console::delimiterNamed(parser.value(DelimiterOption));
    if (!delimiter)
        return console.usage(tr("--delimiter must be comma, semicolon or tab, not '%1'.")
                                 .arg(Validation::quoted(parser.value(DelimiterOption))));
    if (format == QLatin1String("table")) {
        for (const QString &csvOnly : {DelimiterOption, BomOption, OutputOption}) {
            if (parser.isSet(csvOnly))
                return console.usage(tr("%1 applies only with --format csv.")
                                         .arg(csvOnly.size() == 1 ? QStringLiteral("-") + csvOnly
                                                                  : QStringLiteral("--") + csvOnly));
        }
    }
    auto filter = parsedFilter(invocation);
    if (!filter)
        return Console::Usage;
    if (parser.isSet(OutputOption) && !invocation.outputAllowed(parser.value(OutputOption)))
        return Console::Failed;
    const auto actor = invocation.openAsActor();
    if (!actor || !resolveNames(invocation, *filter))
        return Console::Failed;
    const QString connection = invocation.database().connectionName();
    const auto report = ReportRunner(connection, actor.value()).run(*kind, *filter);
    if (!report)
        return console.fail(report.error().text());

    int tableIndex = -1; // every table
    if (parser.isSet(TableOption)) {
        QStringList names;
        for (int i = 0; i < report->tables.size(); ++i) {
            names << report->tables.at(i).key;
            if (report->tables.at(i).key == parser.value(TableOption))
                tableIndex = i;
        }
        if (tableIndex < 0)
            return console.usage(tr("--table: the %1 report has no table '%2'; it has: %3.")
                                     .arg(ReportKindInfo::title(*kind),
                                          Validation::quoted(parser.value(TableOption)),
                                          names.join(QStringLiteral(", "))));
    }
    if (format == QLatin1String("table")) {
        printTables(console, report.value(), tableIndex);
        return Console::Done;
    }
    const ReportTable &table = report->tables.at(qMax(0, tableIndex));
    if (!parser.isSet(OutputOption))
        return console.writeToStandardOutput([&](QIODevice *out) {
            return ReportExport::write(table, out, *delimiter, parser.isSet(BomOption));
        });
    const QString path = parser.value(OutputOption);
    if (Status written = ReportExport::writeFile(table, path, invocation.database().path(),
                                                 *delimiter, parser.isSet(BomOption));
        !written)
        return console.fail(written.error().text());
    console.err() << tr("%1 rows written to %2.")
                         .arg(table.rows.size())
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::reports()
{
    return ReportCommands::commands();
}
