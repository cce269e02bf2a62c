#pragma once

#include "commandspec.h"

// cohort list: the seat situation of every cohort.
class CohortCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static int list(Invocation &invocation);
};
