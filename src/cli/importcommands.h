#pragma once

#include "commandspec.h"

#include <QCoreApplication>
// import: applications from CSV (the web form's export, or our own), with a dry run, a
// duplicate policy and a column mapping, all or nothing.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    static QList<CommandSpec> commands();

private:
    static int importApplications(Invocation &invocation);
};
