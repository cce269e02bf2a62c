#pragma once

#include "audit/auditentry.h"
#include "domain/applicant.h"

#include <QList>

// What the audit trail keeps of an applicant: a record of their creation, and one per field an
// edit or an import changes. Names, contacts, URLs, notes and the like are personal values
// (erased with the person); source, campaign and consent stay plain, like the statistics that
// outlive an erasure.
namespace ApplicantAudit {

// One field of an applicant as the audit trail names it.
struct Field
{
    const char *name; // the column's machine name: first_name, email, …
    QString (*value)(const Applicant &);
    bool personal;
};
const QList<Field> &fields();

// "create": the applicant's non-empty fields as one personal value (name=value lines).
AuditEntry created(const Applicant &applicant);
// "update": one entry per field whose value differs.
QList<AuditEntry> changes(const Applicant &before, const Applicant &after);

} // namespace ApplicantAudit
