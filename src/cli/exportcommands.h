#pragma once

#include "applicationfilter.h"
#include "commandspec.h"
#include "result.h"

#include <QCommandLineParser>

// export applications: what the window's applications view shows, as CSV, with its filters as
// options, for reporting jobs and spreadsheets.
class ExportCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static int exportApplications(Invocation &invocation);
    // The filter options as a filter; an error names the option and the value not found. A
    // member, not a free function, so that lupdate sees its messages.
    static Result<ApplicationFilter> filterFrom(const QCommandLineParser &parser,
                                                const QString &connection);
};
