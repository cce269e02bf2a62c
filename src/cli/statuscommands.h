#pragma once

#include "commandspec.h"

// status set: moves an application through the lifecycle.
class StatusCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static int set(Invocation &invocation);
};
