#pragma once

#include "commandspec.h"

#include <QCoreApplication>
// init, seed-demo and check: the database file itself.
class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)

public:
    static QList<CommandSpec> commands();

private:
    static int init(Invocation &invocation);
    static int seedDemo(Invocation &invocation);
    static int check(Invocation &invocation);
};
