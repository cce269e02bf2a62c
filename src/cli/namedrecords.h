#pragma once

#include "domain/cohort.h"
#include "domain/result.h"
#include "domain/staffuser.h"

#include <QCoreApplication>
#include <QString>

// Cohorts and staff users as the command line names them: the one place that turns a name a
// person typed into a record, and says plainly when there is none.
class NamedRecords
{
    Q_DECLARE_TR_FUNCTIONS(NamedRecords)

public:
    // The cohort called `name`, or an Error saying there is none; `option` (e.g. "--cohort")
    // names where the name was typed, when it was an option's value.
    static Result<Cohort> cohort(const QString &connectionName, const QString &name,
                                 const QString &option = {});
    // The staff user with this username, typed as `option`'s value, or an Error saying there
    // is none.
    static Result<StaffUser> staffUser(const QString &connectionName, const QString &username,
                                       const QString &option);
};
