#pragma once

#include "audit/auditedfields.h"
#include "domain/placement.h"

// A placement's facts as the audit trail records them, on the application. The outcome and the
// start date are statistics and kept plainly; the employer, the job title and the salary say
// who the graduate is and what they earn, so they are the graduate's personal values.
namespace PlacementAudit {
const QList<AuditedField<Placement>> &fields();
} // namespace PlacementAudit
