#include "domain/staffrole.h"

#include "domain/namedvalues.h"

#include <QCoreApplication>

namespace {
struct RoleInfo
{
    StaffRole value;
    const char *machineName;
    const char *shortName;
    const char *displayName;
};

// clang-format off
constexpr RoleInfo Infos[] = {
    {StaffRole::ReadOnly,      "read_only",          "read-only", QT_TRANSLATE_NOOP("StaffRole", "Read-only")},
    {StaffRole::Officer,       "admissions_officer", "officer",   QT_TRANSLATE_NOOP("StaffRole", "Admissions officer")},
    {StaffRole::Administrator, "administrator",      "admin",     QT_TRANSLATE_NOOP("StaffRole", "Administrator")},
};
// clang-format on

const RoleInfo &info(StaffRole role)
{
    return NamedValues::rowOf(Infos, role);
}
} // namespace

namespace StaffRoles {

const QList<StaffRole> &all()
{
    static const QList<StaffRole> roles = NamedValues::values(Infos);
    return roles;
}

QString machineName(StaffRole role)
{
    return QString::fromLatin1(info(role).machineName);
}

std::optional<StaffRole> fromMachineName(const QString &name)
{
    const QString wanted = name.trimmed();
    if (const auto role = NamedValues::named(Infos, wanted, Qt::CaseInsensitive))
        return role;
    for (const RoleInfo &i : Infos) {
        if (wanted.compare(QLatin1String(i.shortName), Qt::CaseInsensitive) == 0)
            return i.value;
    }
    return std::nullopt;
}

QString displayName(StaffRole role)
{
    return QCoreApplication::translate("StaffRole", info(role).displayName);
}

QString machineNameList()
{
    return NamedValues::machineNameList(Infos);
}
} // namespace StaffRoles
