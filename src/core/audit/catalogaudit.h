#pragma once

#include "audit/auditedfields.h"
#include "domain/cohort.h"
#include "domain/mentor.h"
#include "domain/track.h"

// The fields of tracks, cohorts and mentors as the audit trail records them. None is an
// applicant's personal data, so all are kept plainly (a mentor is staff of the bootcamp).
namespace CatalogAudit {
const QList<AuditedField<Track>> &trackFields();
const QList<AuditedField<Cohort>> &cohortFields();
const QList<AuditedField<Mentor>> &mentorFields();
} // namespace CatalogAudit
