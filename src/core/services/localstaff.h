#pragma once

#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

// Until staff log in, the person at the keyboard acts as the staff user named after their
// operating-system login: made an administrator the first time they use the desk.
class LocalStaff
{
    Q_DECLARE_TR_FUNCTIONS(LocalStaff)

public:
    // The login name from the environment ($USER, $LOGNAME or %USERNAME%); empty if unknown.
    static QString loginName();

    // The actor for `username`. A user named like the login is created on first use; any
    // other name must already be a staff user.
    static Result<Actor> actor(const QString &connectionName, const QString &username,
                               const Clock &clock = Clock::system());
};
