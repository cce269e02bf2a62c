#pragma once

#include "domain/staffrole.h"

#include <QString>

// Who is acting: every write in core is done on behalf of a signed-in staff user, whose role
// core reads again at each write (a role taken away takes effect at once). userId 0 is the desk
// itself (offer expiry, automatic seat offers), which no permission check lets write.
struct Actor
{
    qint64 userId = 0;
    QString username;
    // A personal access token may act with less than its owner's role, never more.
    StaffRole roleLimit = StaffRole::Administrator;

    static Actor desk() { return Actor{0, QStringLiteral("desk"), StaffRole::ReadOnly}; }
};
