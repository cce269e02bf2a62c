#pragma once

#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/guaranteestanding.h"
#include "domain/result.h"
#include "domain/statusevent.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// The job guarantee after graduation: placements with their facts, the weekly job-search
// check-ins, and who stands where. Each write is one transaction recorded in the audit trail.
class JobGuaranteeService
{
    Q_DECLARE_TR_FUNCTIONS(JobGuaranteeService)

public:
    JobGuaranteeService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // Records the placement's facts and moves the application from job search to placed (through
    // StatusService) in one transaction; refused, nothing is written. Takes the permission to
    // change an application's status.
    Result<QList<StatusEvent>> recordPlacement(qint64 applicationId, const Placement &placement);
    // Logs the graduate's weekly check-in on the application in job search: the job
    // applications they sent that week, on a day of the search up to today (today when invalid).
    // An activity of the applicant, so it takes the permission to edit applicants.
    Result<qint64> logCheckIn(qint64 applicationId, int jobApplications, const QDate &on = {},
                              const QString &summary = {});

    // The application's standing; nothing for an application that never graduated.
    Result<std::optional<GuaranteeStanding>> standing(qint64 applicationId) const;
    // The graduates whose guarantee period ended while they were still in job search, eligible
    // or not: the guarantee decision is due. The earliest end first.
    Result<QList<GuaranteeStanding>> decisionsDue() const;

private:
    Result<GuaranteeStanding> standingOf(const JobSearch &search) const;

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
