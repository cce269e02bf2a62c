#include "domain/permissions.h"

#include "domain/namedvalues.h"

#include <QCoreApplication>

namespace {
struct ActionInfo
{
    Action value;
    StaffRole leastRole; // this role and every stronger one may
    const char *description;
};

// clang-format off
// Officers do the admissions work, the catalogue included (the head of admissions is one); what
// can undo work or expose more than the window shows is the administrator's.
constexpr ActionInfo Infos[] = {
    {Action::RegisterApplications,  StaffRole::Officer,       QT_TRANSLATE_NOOP("Permissions", "register applications")},
    {Action::EditApplicants,        StaffRole::Officer,       QT_TRANSLATE_NOOP("Permissions", "edit applicants")},
    {Action::ChangeStatus,          StaffRole::Officer,       QT_TRANSLATE_NOOP("Permissions", "change an application's status")},
    {Action::AssignOwners,          StaffRole::Officer,       QT_TRANSLATE_NOOP("Permissions", "assign owners")},
    {Action::MoveCohorts,           StaffRole::Officer,       QT_TRANSLATE_NOOP("Permissions", "move applications to another cohort")},
    {Action::ImportApplications,    StaffRole::Officer,       QT_TRANSLATE_NOOP("Permissions", "import applications")},
    {Action::ManageMentors,         StaffRole::Officer,       QT_TRANSLATE_NOOP("Permissions", "manage mentors")},
    {Action::ManageCatalog,         StaffRole::Officer,       QT_TRANSLATE_NOOP("Permissions", "manage tracks and cohorts")},
    {Action::BackUp,                StaffRole::Officer,       QT_TRANSLATE_NOOP("Permissions", "make a backup")},
    {Action::Restore,               StaffRole::Administrator, QT_TRANSLATE_NOOP("Permissions", "restore a backup")},
    {Action::SeedDemoData,          StaffRole::Administrator, QT_TRANSLATE_NOOP("Permissions", "add demo data")},
    {Action::ExportUnguardedCells,  StaffRole::Administrator, QT_TRANSLATE_NOOP("Permissions", "export cells that a spreadsheet may run as formulas")},
    {Action::ManageStaff,           StaffRole::Administrator, QT_TRANSLATE_NOOP("Permissions", "manage staff")},
    {Action::ManageOwnTokens,       StaffRole::ReadOnly,      QT_TRANSLATE_NOOP("Permissions", "manage their own access tokens")},
    {Action::HandlePrivacyRequests, StaffRole::Administrator, QT_TRANSLATE_NOOP("Permissions", "handle privacy requests")},
    {Action::ReadAuditTrail,        StaffRole::Administrator, QT_TRANSLATE_NOOP("Permissions", "read the audit trail")},
    {Action::RecordPayments,        StaffRole::Officer,       QT_TRANSLATE_NOOP("Permissions", "record payments")},
    {Action::WaiveDeposits,         StaffRole::Administrator, QT_TRANSLATE_NOOP("Permissions", "waive a deposit")},
    {Action::ManageDeskSettings,    StaffRole::Administrator, QT_TRANSLATE_NOOP("Permissions", "change the bootcamp's time zone")},
};
// clang-format on

const ActionInfo &info(Action action)
{
    return NamedValues::rowOf(Infos, action);
}
} // namespace

namespace Permissions {

const QList<Action> &allActions()
{
    static const QList<Action> actions = NamedValues::values(Infos);
    return actions;
}

bool allows(StaffRole role, Action action)
{
    return static_cast<int>(role) >= static_cast<int>(info(action).leastRole);
}

QString describe(Action action)
{
    return QCoreApplication::translate("Permissions", info(action).description);
}
} // namespace Permissions
