#pragma once

#include "domain/actor.h"
#include "domain/permissions.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

// Asks the permission table for the acting staff user, as stored now: a role changed or an
// account deactivated in another window or program takes effect at the next write.
class Authorization
{
    Q_DECLARE_TR_FUNCTIONS(Authorization)

public:
    // The role the actor acts with: their stored role, capped by their token's limit. An error
    // when the actor is not an active staff user.
    static Result<StaffRole> roleOf(const QString &connectionName, const Actor &actor);
    // An error saying who may not do what, unless the table allows it.
    static Status require(const QString &connectionName, const Actor &actor, Action action);
};
