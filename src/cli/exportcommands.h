#pragma once

#include "browse/applicationfilter.h"
#include "commandspec.h"
#include "csv/csvexport.h"
#include "domain/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// export applications, history and waitlist: what the window shows, as CSV, with its filters as
// options, for reporting jobs and spreadsheets.
class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)

public:
    static QList<CommandSpec> commands();

private:
    static QList<QCommandLineOption> filterOptions();
    static QList<QCommandLineOption> outputOptions();
    static int exportApplications(Invocation &invocation);
    static int exportHistory(Invocation &invocation);
    static int exportWaitlist(Invocation &invocation);
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
};
