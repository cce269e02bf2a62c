#pragma once

#include "commandspec.h"

// applicant add and show: people and their applications.
class ApplicantCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static int add(Invocation &invocation);
    static int show(Invocation &invocation);
};
