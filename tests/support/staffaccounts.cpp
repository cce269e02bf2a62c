#include "staffaccounts.h"

#include "domain/staffuser.h"
#include "services/signin.h"
#include "services/staffservice.h"

#include <QTest>

namespace {
void fail(const QString &what, const Error &error)
{
    QTest::qFail(qPrintable(what + QStringLiteral(": ") + error.text()), __FILE__, __LINE__);
}
} // namespace

namespace StaffAccounts {

Actor firstAdministrator(const QString &connectionName, const QString &username)
{
    const auto made =
        SignIn(connectionName)
            .createFirstAdministrator(username, QStringLiteral("Ada Admin"), Password);
    if (!made) {
        fail(QStringLiteral("the first administrator"), made.error());
        return {};
    }
    return made->actor;
}

Actor add(const QString &connectionName, const Actor &administrator, const QString &username,
          StaffRole role)
{
    StaffUser user;
    user.username = username;
    user.displayName = username.at(0).toUpper() + username.mid(1) + QStringLiteral(" Example");
    user.role = role;
    const auto added = StaffService(connectionName, administrator).add(user, Password);
    if (!added) {
        fail(QStringLiteral("staff user %1").arg(username), added.error());
        return {};
    }
    return Actor{added.value(), username};
}

QString token(const QString &connectionName, const Actor &owner)
{
    const auto made =
        StaffService(connectionName, owner).createToken(0, QStringLiteral("tests"), std::nullopt);
    if (!made) {
        fail(QStringLiteral("a token of %1").arg(owner.username), made.error());
        return {};
    }
    return made->token;
}
} // namespace StaffAccounts
