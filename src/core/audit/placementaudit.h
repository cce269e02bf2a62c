#pragma once

#include "audit/auditedfields.h"
#include "domain/placement.h"

// A placement's facts as the audit trail records them, on the application. The outcome, the
// start date and the salary are the job outcome statistics and kept plainly; the employer and
// the job title say who the graduate is, so they are the graduate's personal values, erased
// with them (as an erase blanks them in the application).
namespace PlacementAudit {
const QList<AuditedField<Placement>> &fields();
} // namespace PlacementAudit
