#pragma once

#include "domain/staffrole.h"

#include <QString>

struct StaffUser
{
    qint64 id = 0;
    QString username;
    QString displayName;
    StaffRole role = StaffRole::Officer;
    bool active = true;
    // Without a password a staff user cannot sign in: users from before logins wait for an
    // administrator to give them one.
    bool hasPassword = false;

    bool canSignIn() const { return active && hasPassword; }
};
