#pragma once

#include <QString>

// Who is acting: every write in core is done on behalf of a staff user. userId 0 is the desk
// itself (offer expiry, automatic seat offers).
struct Actor
{
    qint64 userId = 0;
    QString username;

    static Actor desk() { return Actor{0, QStringLiteral("desk")}; }
};
