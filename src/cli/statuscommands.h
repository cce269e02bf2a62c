#pragma once

#include "commandspec.h"

#include <QCoreApplication>
// status set: moves an application through the lifecycle.
class StatusCommands
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommands)

public:
    static QList<CommandSpec> commands();

private:
    static int set(Invocation &invocation);
};
