#include "commandgroups.h"

#include "console.h"
#include "csv/applicationimport.h"
#include "domain/validation.h"
#include "invocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>

namespace {
const QString DryRunOption = QStringLiteral("dry-run");
const QString OnDuplicateOption = QStringLiteral("on-duplicate");
const QString MappingOption = QStringLiteral("mapping");
const QString SkipBadRowsOption = QStringLiteral("skip-bad-rows");
const QString DelimiterOption = QStringLiteral("delimiter");
const QString Windows1252Option = QStringLiteral("windows-1252");
const QString RawOption = QStringLiteral("raw");
const QString DateOrderOption = QStringLiteral("date-order");
const QString OlderEntriesOption = QStringLiteral("older-entries");

// Copies `in` (read once) into `copy`, left open at its start.
bool spool(QFile &in, QTemporaryFile &copy)
{
    if (!copy.open())
        return false;
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (copy.write(chunk) != chunk.size())
            return false;
    }
    return in.error() == QFile::NoError && copy.flush() && copy.seek(0);
}

// The group's table and what runs each command: static members, for the tr() context.
struct ImportCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler importApplications;
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
};
} // namespace

QList<CommandSpec> ImportCommands::commands()
{
    return {
        CommandSpec(
            {QStringLiteral("import")}, &ImportCommands::importApplications,
            tr("Import applications from a CSV file (- for standard input)."),
            tr("Reads applications from CSV: the web application form's export, or our own "
               "export. Each row is one application of one applicant and starts in status "
               "applied. Columns are recognised by their header (first_name or \"First Name\", "
               "email or \"Email Address\" or \"E-mail\", phone or \"Phone Number\", track or "
               "\"Career Track\" or \"Program\", \"Full Name\", applied_at or \"Timestamp\" or "
               "\"Submitted At\", and the other columns of our export). The exports of Gravity "
               "Forms, "
               "WPForms, Contact Form 7 (Flamingo), Ninja Forms, Google Forms, Microsoft Forms, "
               "Typeform, Jotform, HubSpot and Tally are recognised by their own columns (the "
               "command says which tool it recognised). A column no field takes (a question of the "
               "form such as \"Why do you want to join?\") is kept in the notes, each answer "
               "under its question. --mapping corrects the mapping. "
               "Required: a name, an email and a career track (its code or name).\n"
               "The file is UTF-8 (with or without a byte order mark) or UTF-16 with a byte "
               "order mark; its delimiter (comma, semicolon or tab) is detected. Times without a "
               "zone are in the form's time zone (form-time-zone; the bootcamp's unless set), or "
               "in "
               "UTC for the form builders that write UTC. Dates are read as the tools write them "
               "(ISO 8601 with or without an "
               "offset, \"2026-11-30 14:02:11\", \"Nov 30, 2026\", \"30 Nov 2026 2:02 PM\", "
               "24.11.2026, and numbers with slashes); whether numbers with slashes are day "
               "first or month first is decided from the whole column (a first number over 12 is "
               "a day), and a file whose every date could be either is refused unless "
               "--date-order says.\n"
               "All or nothing: one bad row means nothing is written, unless --skip-bad-rows. "
               "Every problem is listed as FILE:LINE: COLUMN: reason. Importing the same file "
               "again changes nothing.\n"
               "Exit status: 0 when the rows were written (or a dry run found no problem), 1 "
               "when nothing was written because of problems, 2 for a wrong command line."))
            .takes(QStringLiteral("FILE"), 1)
            .with({
                QCommandLineOption(DryRunOption, tr("Check every row and write nothing.")),
                QCommandLineOption(OnDuplicateOption,
                                   tr("An applicant already in the database (same email or "
                                      "phone): skip the row (default), update the applicant from "
                                      "the row's non-empty cells and add the application, or "
                                      "count the row as an error."),
                                   QStringLiteral("skip|update|error"), QStringLiteral("skip")),
                QCommandLineOption(MappingOption,
                                   tr("A JSON object from the file's column names to fields, over "
                                      "the automatic mapping, e.g. {\"Vorname\": \"first_name\", "
                                      "\"Internal ID\": \"\"}. The fields are: %1.")
                                       .arg(ImportMapping::fields().join(QStringLiteral(", "))),
                                   QStringLiteral("FILE")),
                QCommandLineOption(SkipBadRowsOption, tr("Write the good rows and list the bad "
                                                         "ones that were left out.")),
                QCommandLineOption(DelimiterOption,
                                   tr("comma, semicolon or tab, instead of detecting it."),
                                   QStringLiteral("NAME")),
                QCommandLineOption(RawOption,
                                   tr("Take cells exactly as written, for a file exported with "
                                      "--raw. Without it, a cell our export neutralised with an "
                                      "apostrophe ('=…) is read back without it.")),
                QCommandLineOption(OlderEntriesOption,
                                   tr("Also import the form's entries older than the last one "
                                      "imported from the same form builder that the desk does "
                                      "not have. By default only the entries since then are "
                                      "imported (the weekly routine).")),
                QCommandLineOption(DateOrderOption,
                                   tr("Numeric dates with slashes are day first (dmy: 30/11/2026) "
                                      "or month first (mdy: 11/30/2026), instead of deciding it "
                                      "from the file."),
                                   QStringLiteral("dmy|mdy")),
                QCommandLineOption(Windows1252Option,
                                   tr("Read a file that is not valid UTF-8 as Windows-1252 (as "
                                      "older Excel versions save CSV) instead of refusing it.")),
            }),
    };
}

int ImportCommands::importApplications(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    ApplicationImport::Options options;
    const QString policy = parser.value(OnDuplicateOption);
    if (policy == QLatin1String("skip"))
        options.onDuplicate = ApplicationImport::OnDuplicate::Skip;
    else if (policy == QLatin1String("update"))
        options.onDuplicate = ApplicationImport::OnDuplicate::Update;
    else if (policy == QLatin1String("error"))
        options.onDuplicate = ApplicationImport::OnDuplicate::Error;
    else
        return console.usage(
            tr("--on-duplicate must be skip, update or error, not '%1'.").arg(policy));
    if (parser.isSet(DelimiterOption)) {
        const auto delimiter = Console::delimiterNamed(parser.value(DelimiterOption));
        if (!delimiter)
            return console.usage(tr("--delimiter must be comma, semicolon or tab, not '%1'.")
                                     .arg(parser.value(DelimiterOption)));
        options.csv.delimiter = QLatin1Char(*delimiter);
    }
    if (parser.isSet(DateOrderOption)) {
        const QString order = parser.value(DateOrderOption);
        if (order == QLatin1String("dmy"))
            options.dateOrder = ImportValues::DateOrder::DayFirst;
        else if (order == QLatin1String("mdy"))
            options.dateOrder = ImportValues::DateOrder::MonthFirst;
        else
            return console.usage(tr("--date-order must be dmy or mdy, not '%1'.").arg(order));
    }
    options.csv.windows1252Fallback = parser.isSet(Windows1252Option);
    options.dryRun = parser.isSet(DryRunOption);
    options.cellsAsWritten = parser.isSet(RawOption);
    options.skipBadRows = parser.isSet(SkipBadRowsOption);
    options.olderEntries = parser.isSet(OlderEntriesOption);
    if (parser.isSet(MappingOption)) {
        QFile mapping(parser.value(MappingOption));
        if (!mapping.open(QIODevice::ReadOnly))
            return console.fail(
                tr("Cannot read the mapping %1: %2")
                    .arg(QDir::toNativeSeparators(mapping.fileName()), mapping.errorString()));
        options.mappingJson = mapping.readAll();
        options.mappingSource = QDir::toNativeSeparators(mapping.fileName());
    }

    const QString path = invocation.arguments().at(0);
    const bool fromStdin = path == QLatin1String("-");
    QFile file;
    // Standard input is kept in a file of its own: the order of its dates is decided from
    // the whole column before the rows are read.
    QTemporaryFile spooled;
    const bool opened =
        fromStdin ? file.open(stdin, QIODevice::ReadOnly) && spool(file, spooled) : [&file, &path] {
            file.setFileName(path);
            return file.open(QIODevice::ReadOnly);
        }();
    if (!opened)
        return console.fail(tr("Cannot read %1: %2")
                                .arg(QDir::toNativeSeparators(path),
                                     spooled.error() != QFile::NoError ? spooled.errorString()
                                                                       : file.errorString()));
    QIODevice &in = fromStdin ? static_cast<QIODevice &>(spooled) : file;
    const QString shownName = fromStdin ? tr("standard input") : QDir::toNativeSeparators(path);
    options.fileName = fromStdin ? shownName : QFileInfo(path).fileName();

    const auto actor = invocation.openAsActor();
    if (!actor)
        return Console::Failed;

    QTextStream &out = console.out();
    const auto sink = [&out, &shownName](const ImportIssue &issue) {
        out << shownName << ':' << issue.line << ": ";
        if (issue.kind == ImportIssue::Kind::Duplicate)
            out << tr("duplicate") << ": ";
        else if (!issue.column.isEmpty())
            out << Validation::printable(issue.column) << ": ";
        out << Validation::printable(issue.reason) << '\n'; // both may echo the file
    };
    Console::catchInterrupts(); // Ctrl+C rolls the import back
    int nextReport = 10;        // every ten percent
    const auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (done == 0 && total == 0)
            console.err() << tr("Every row is read; writing the history and the search index…")
                          << Qt::endl;
        else if (total > 0 && percent >= nextReport) {
            nextReport = (percent / 10 + 1) * 10;
            console.err() << tr("Importing: %1%").arg(percent) << Qt::endl;
        }
        return !Console::interrupted();
    };
    const ApplicationImport importer(invocation.database().connectionName(), actor.value());
    const auto report = importer.run(&in, options, sink, progress);
    out.flush();
    if (!report)
        return console.fail(report.error().text());
    const ApplicationImport::Report &r = report.value();
    if (r.undecidedDates) {
        sink(*r.undecidedDates);
        out.flush();
        return console.fail(tr("Nothing was written: give --date-order dmy (day first) or mdy "
                               "(month first)."));
    }
    if (r.encoding == CsvReader::Encoding::Windows1252)
        console.err() << tr("%1 is not UTF-8: it was read as Windows-1252.").arg(shownName)
                      << Qt::endl;
    if (!r.mapping.form().isEmpty())
        out << r.mapping.recognition() << '\n';
    if (options.dryRun) {
        QStringList columns;
        for (int i = 0; i < r.mapping.header().size(); ++i) {
            const QString field = r.mapping.field(i);
            columns << QStringLiteral("%1 → %2").arg(
                r.mapping.header().at(i), field.isEmpty() ? tr("(not imported)") : field);
        }
        out << tr("Columns: %1").arg(columns.join(QStringLiteral(", "))) << '\n';
        if (r.dateOrderLine > 0)
            out << DateOrderScan::describe(r.dateOrder, r.dateOrderLine) << '\n';
    }
    // A label and its number a line, the numbers right-aligned: no count needs a plural.
    const auto counts = r.counts();
    qsizetype labelWidth = 0;
    for (const auto &count : counts)
        labelWidth = std::max(labelWidth, count.label.size());
    for (const auto &count : counts)
        out << count.label.leftJustified(labelWidth)
            << QString::number(count.value).rightJustified(8) << '\n';
    if (options.dryRun) {
        out << (r.badRows == 0 ? tr("Dry run: nothing was written; the import would succeed.")
                               : tr("Dry run: nothing was written; the bad rows would stop the "
                                    "import (or be left out with --skip-bad-rows)."))
            << Qt::endl;
        return r.badRows == 0 ? Console::Done : Console::Failed;
    }
    if (!r.written) {
        out.flush();
        return console.fail(tr("Nothing was written: fix the bad rows listed above, or import "
                               "the other rows with --skip-bad-rows."));
    }
    out << (r.badRows == 0 ? tr("Imported.")
                           : tr("Imported; the bad rows listed above were left out."))
        << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::imports()
{
    return ImportCommands::commands();
}
