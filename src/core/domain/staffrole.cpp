#include "domain/staffrole.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
struct RoleInfo
{
    StaffRole role;
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
    return Infos[static_cast<int>(role)];
}
} // namespace

namespace StaffRoles {

const QList<StaffRole> &all()
{
    static const QList<StaffRole> roles{StaffRole::ReadOnly, StaffRole::Officer,
                                        StaffRole::Administrator};
    return roles;
}

QString machineName(StaffRole role)
{
    return QString::fromLatin1(info(role).machineName);
}

std::optional<StaffRole> fromMachineName(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const RoleInfo &i : Infos) {
        if (wanted.compare(QLatin1String(i.machineName), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QLatin1String(i.shortName), Qt::CaseInsensitive) == 0)
            return i.role;
    }
    return std::nullopt;
}

QString displayName(StaffRole role)
{
    return QCoreApplication::translate("StaffRole", info(role).displayName);
}

QString machineNameList()
{
    QStringList names;
    for (const RoleInfo &i : Infos)
        names << QString::fromLatin1(i.machineName);
    return names.join(QStringLiteral(", "));
}
} // namespace StaffRoles
