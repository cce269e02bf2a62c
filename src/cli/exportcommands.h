#pragma once

#include "commandspec.h"

// export applications: what the window's applications view shows, as CSV, with its filters as
// options, for reporting jobs and spreadsheets.
class ExportCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static int exportApplications(Invocation &invocation);
};
