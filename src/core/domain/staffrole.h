#pragma once

#include <QList>
#include <QString>

#include <optional>

// What a staff user may do at the desk (Permissions says exactly what). Three roles, as the
// product needs: the head of admissions or IT (administrator), the admissions officers who do
// the work, and people who only look (a mentors' coordinator, an auditor, a finance clerk).
enum class StaffRole
{
    ReadOnly,
    Officer,
    Administrator,
};

namespace StaffRoles {
const QList<StaffRole> &all();
// The names stored in staff_users.role and typed on the command line: read_only,
// admissions_officer, administrator.
QString machineName(StaffRole role);
// A machine name, or the short forms "officer" and "read-only".
std::optional<StaffRole> fromMachineName(const QString &name);
QString displayName(StaffRole role);
// The machine names, comma-separated, for help texts and error messages.
QString machineNameList();
} // namespace StaffRoles
