#include "audit/placementaudit.h"

#include "domain/timestamp.h"

namespace PlacementAudit {

const QList<AuditedField<Placement>> &fields()
{
    using P = Placement;
    static const QList<AuditedField<Placement>> all{
        {"placement_outcome",
         [](const P &p) { return p.outcome ? Placement::machineName(*p.outcome) : QString(); }},
        {"placement_employer", [](const P &p) { return p.employer.trimmed(); }, true},
        {"placement_job_title", [](const P &p) { return p.jobTitle.trimmed(); }, true},
        {"placement_on", [](const P &p) { return Timestamp::formatDate(p.startsOn); }},
        {"placement_salary",
         [](const P &p) { return p.salary ? QString::number(*p.salary) : QString(); }},
    };
    return all;
}

} // namespace PlacementAudit
