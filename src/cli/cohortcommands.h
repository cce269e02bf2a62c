#pragma once

#include "commandspec.h"

#include <QCoreApplication>
// track add, cohort add, cohort list, cohort set-capacity: the catalogue a fresh file needs
// before it takes applications, and the seat situation of every cohort.
class CohortCommands
{
    Q_DECLARE_TR_FUNCTIONS(CohortCommands)

public:
    static QList<CommandSpec> commands();

private:
    static int addTrack(Invocation &invocation);
    static int addCohort(Invocation &invocation);
    static int list(Invocation &invocation);
    static int setCapacity(Invocation &invocation);
};
