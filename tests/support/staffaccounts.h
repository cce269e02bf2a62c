#pragma once

#include "domain/actor.h"
#include "domain/staffrole.h"

#include <QString>

// Staff accounts as the desk makes them, through core: the first administrator of a desk
// without passwords (SignIn), the others added by an administrator (StaffService), each with a
// password, and personal access tokens. A failure fails the test and returns an Actor with
// userId 0 (or an empty token): QVERIFY what comes back.
namespace StaffAccounts {
// The password every account made here gets (long enough for PasswordHash).
inline const QString Password = QStringLiteral("correct horse battery");

Actor firstAdministrator(const QString &connectionName,
                         const QString &username = QStringLiteral("admin"));
Actor add(const QString &connectionName, const Actor &administrator, const QString &username,
          StaffRole role);
// A token of `owner`, made by them.
QString token(const QString &connectionName, const Actor &owner);
} // namespace StaffAccounts
