#include "services/authorization.h"

#include "repositories/staffrepository.h"

#include <algorithm>

Result<StaffRole> Authorization::roleOf(const QString &connectionName, const Actor &actor)
{
    if (actor.userId <= 0)
        return Error{tr("Sign in as a staff user first."), {}};
    const auto user = StaffRepository(connectionName).find(actor.userId);
    if (!user)
        return user.error();
    if (!user.value())
        return Error{tr("There is no staff user %1 any more.").arg(actor.username), {}};
    if (!user.value()->active)
        return Error{tr("The staff user %1 is deactivated.").arg(user.value()->username), {}};
    return std::min(user.value()->role, actor.roleLimit);
}

Status Authorization::require(const QString &connectionName, const Actor &actor, Action action)
{
    const auto role = roleOf(connectionName, actor);
    if (!role)
        return role.error();
    if (Permissions::allows(role.value(), action))
        return {};
    return Error{tr("%1 (%2) may not %3.")
                     .arg(actor.username, StaffRoles::displayName(role.value()),
                          Permissions::describe(action)),
                 {}};
}
