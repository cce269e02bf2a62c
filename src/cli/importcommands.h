#pragma once

#include "commandspec.h"

// import: applications from CSV (the web form's export, or our own), with a dry run, a
// duplicate policy and a column mapping, all or nothing.
class ImportCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static int importApplications(Invocation &invocation);
};
