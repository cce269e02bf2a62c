#pragma once

#include "commandspec.h"

#include <QCoreApplication>
// applicant add and show: people and their applications.
class ApplicantCommands
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantCommands)

public:
    static QList<CommandSpec> commands();

private:
    static int add(Invocation &invocation);
    static int show(Invocation &invocation);
};
