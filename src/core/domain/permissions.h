#pragma once

#include "domain/staffrole.h"

#include <QList>
#include <QString>

// Everything a role may be allowed or refused. Reads of the ordinary columns (the table, the
// panel, exports that guard formulas) are open to every signed-in staff user and are not listed.
enum class Action
{
    RegisterApplications, // new applicants and applications, by hand
    EditApplicants,       // an applicant's fields, notes and activities
    ChangeStatus,
    AssignOwners,
    MoveCohorts,
    ImportApplications,
    ManageMentors, // mentors, their tracks and slots, and assigning them to students
    ManageCatalog, // tracks, cohorts and their seats
    BackUp,
    Restore,
    SeedDemoData,
    ExportUnguardedCells,  // --raw: cells a spreadsheet may run as formulas
    ManageStaff,           // accounts, roles, passwords and everyone's tokens
    ManageOwnTokens,       // a script's personal access tokens
    HandlePrivacyRequests, // a subject access request: everything about a person
    ReadAuditTrail,        // every record of the audit trail, personal values included
    RecordPayments,        // deposits, instalments and refunds on an application's ledger
    WaiveDeposits,         // let an application enrol without its deposit
    ManageDeskSettings,    // the bootcamp's settings kept in the file: its time zone
};

// The one table of role × action that every service asks before it writes.
namespace Permissions {
const QList<Action> &allActions();
bool allows(StaffRole role, Action action);
// What the action does, for "… may not …" messages: "change an application's status".
QString describe(Action action);
} // namespace Permissions
