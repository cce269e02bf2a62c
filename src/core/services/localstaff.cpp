#include "services/localstaff.h"

#include "repositories/staffrepository.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

QString LocalStaff::loginName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // Services, cron jobs and containers often run without USER or LOGNAME set.
    if (const passwd *account = getpwuid(geteuid()))
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return {};
}

Result<Actor> LocalStaff::actor(const QString &connectionName, const QString &username,
                                const Clock &clock)
{
    const QString name = username.trimmed();
    if (name.isEmpty())
        return Error{tr("Cannot tell which staff user is acting: the login name is unknown. "
                        "Name one with --as USERNAME."),
                     {}};
    StaffRepository staff(connectionName);
    const auto found = staff.findByUsername(name);
    if (!found)
        return found.error();
    if (const std::optional<StaffUser> &user = found.value()) {
        if (!user->active)
            return Error{tr("The staff user %1 is deactivated.").arg(name), {}};
        return Actor{user->id, user->username};
    }
    if (name.compare(loginName(), Qt::CaseInsensitive) != 0)
        return Error{tr("There is no staff user named %1.").arg(name), {}};

    StaffUser user;
    user.username = name;
    user.displayName = name;
    user.role = QStringLiteral("administrator");
    const auto id = staff.insert(user, clock.now());
    if (!id)
        return id.error();
    return Actor{id.value(), name};
}
