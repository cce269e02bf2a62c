#pragma once

#include "audit/auditedfields.h"
#include "domain/applicant.h"

// What the audit trail keeps of an applicant: a record of their creation, and one per field an
// edit or an import changes. Names, contacts, URLs, notes and the like are personal values
// (erased with the person); source, campaign and consent stay plain, like the statistics that
// outlive an erasure.
namespace ApplicantAudit {

const QList<AuditedField<Applicant>> &fields();

// "create": the applicant's non-empty fields as one personal value. applicant.id must be set.
AuditEntry created(const Applicant &applicant);
// "update": one entry per field whose value differs.
QList<AuditEntry> changes(const Applicant &before, const Applicant &after);
// "create" of one of their applications: whose, and to which track and cohort (0: none yet).
AuditEntry applicationCreated(qint64 applicationId, qint64 applicantId, const QString &trackCode,
                              qint64 cohortId);

} // namespace ApplicantAudit
