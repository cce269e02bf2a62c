#include "services/jobguaranteemoves.h"

#include "repositories/jobguaranteerepository.h"
#include "services/desksettingsservice.h"

Status JobGuaranteeMoves::beforeMove(const Application &application, ApplicationStatus to) const
{
    JobGuaranteeRepository guarantee(m_connection);
    if (to == ApplicationStatus::Placed) {
        auto facts = guarantee.placement(application.id);
        if (!facts)
            return facts.error();
        if (!facts.value())
            return Error{tr("Application %1 cannot be placed without the placement's facts: the "
                            "outcome, the employer, the job title and the start date (the "
                            "salary is optional). Record the placement instead of moving the "
                            "status.")
                             .arg(application.id),
                         {}};
        return {};
    }
    if (application.status == ApplicationStatus::Graduated && to == ApplicationStatus::JobSearch) {
        const auto today = DeskSettingsService::today(m_connection, m_clock);
        if (!today)
            return today.error();
        return guarantee.setSearchStarted(application.id, today.value(), m_clock.now());
    }
    if (application.status == ApplicationStatus::Placed)
        return guarantee.setPlacement(application.id, std::nullopt, m_clock.now());
    return {};
}
