#include "services/jobguaranteeservice.h"

#include "audit/audittrail.h"
#include "audit/placementaudit.h"
#include "db/transaction.h"
#include "domain/timestamp.h"
#include "repositories/jobguaranteerepository.h"
#include "services/applicantservice.h"
#include "services/authorization.h"
#include "services/desksettingsservice.h"
#include "services/statusservice.h"

namespace {
bool afterGraduation(ApplicationStatus status)
{
    return status == ApplicationStatus::Graduated || status == ApplicationStatus::JobSearch ||
           status == ApplicationStatus::Placed || status == ApplicationStatus::NotSeeking;
}
} // namespace

JobGuaranteeService::JobGuaranteeService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<QList<StatusEvent>> JobGuaranteeService::recordPlacement(qint64 applicationId,
                                                                const Placement &placement)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ChangeStatus);
        !allowed)
        return allowed.error();
    if (const FieldErrors errors = placement.problems(); !errors.isEmpty())
        return Error{tr("The placement of application %1 is not complete: %2")
                         .arg(applicationId)
                         .arg(Validation::describe(errors)),
                     {}};
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    JobGuaranteeRepository guarantee(m_connection);
    auto search = guarantee.jobSearch(applicationId);
    if (!search)
        return search.error();
    if (!search.value())
        return Error{tr("There is no application %1.").arg(applicationId), {}};
    if (search.value()->status != ApplicationStatus::JobSearch)
        return Error{tr("Application %1 is %2: only a graduate in job search is placed.")
                         .arg(applicationId)
                         .arg(Statuses::machineName(search.value()->status)),
                     {}};
    if (Status written = guarantee.setPlacement(applicationId, placement, m_clock.now()); !written)
        return written.error();
    AuditTrail trail(m_connection, m_actor, m_clock);
    for (AuditEntry entry : AuditedFields::changes(
             PlacementAudit::fields(), QStringLiteral("application"), applicationId, Placement{},
             placement, search.value()->applicantId)) {
        entry.action = QStringLiteral("record_placement");
        if (Status recorded = trail.record(entry); !recorded)
            return recorded.error();
    }
    auto events = StatusService(m_connection, m_actor, m_clock)
                      .changeStatusInTransaction(applicationId, ApplicationStatus::Placed, {});
    if (!events)
        return events;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return events;
}

Result<qint64> JobGuaranteeService::logCheckIn(qint64 applicationId, int jobApplications,
                                               const QDate &on, const QString &summary)
{
    auto found = JobGuaranteeRepository(m_connection).jobSearch(applicationId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no application %1.").arg(applicationId), {}};
    const JobSearch &search = *found.value();
    if (search.status != ApplicationStatus::JobSearch)
        return Error{tr("Application %1 is %2: check-ins are logged during the job search.")
                         .arg(applicationId)
                         .arg(Statuses::machineName(search.status)),
                     {}};
    const auto todayNow = DeskSettingsService::today(m_connection, m_clock);
    if (!todayNow)
        return todayNow.error();
    const QDate today = todayNow.value();
    const QDate day = on.isValid() ? on : today;
    if (day < search.startedOn || day > today)
        return Error{tr("The check-in of application %1 is dated %2: a day of the job search, "
                        "from %3 to today (%4).")
                         .arg(applicationId)
                         .arg(Timestamp::formatDate(day), Timestamp::formatDate(search.startedOn),
                              Timestamp::formatDate(today)),
                     {}};
    Activity checkIn;
    checkIn.applicantId = search.applicantId;
    checkIn.applicationId = applicationId;
    checkIn.kind = Activity::Kind::JobSearchCheckIn;
    checkIn.jobApplications = jobApplications;
    // Noon of the day: the same day in every time zone a person reads it in.
    checkIn.at = day == today ? m_clock.now() : QDateTime(day, QTime(12, 0), Qt::UTC);
    checkIn.summary = summary.trimmed().isEmpty()
                          ? tr("Job applications sent this week: %1").arg(jobApplications)
                          : summary;
    return ApplicantService(m_connection, m_actor, m_clock).addActivity(checkIn);
}

Result<std::optional<GuaranteeStanding>> JobGuaranteeService::standing(qint64 applicationId) const
{
    auto search = JobGuaranteeRepository(m_connection).jobSearch(applicationId);
    if (!search)
        return search.error();
    if (!search.value() || !afterGraduation(search.value()->status))
        return std::optional<GuaranteeStanding>();
    auto standing = standingOf(*search.value());
    if (!standing)
        return standing.error();
    return std::optional<GuaranteeStanding>(standing.value());
}

Result<QList<GuaranteeStanding>> JobGuaranteeService::decisionsDue() const
{
    const auto today = DeskSettingsService::today(m_connection, m_clock);
    if (!today)
        return today.error();
    auto searches = JobGuaranteeRepository(m_connection).periodsEndedBy(today.value());
    if (!searches)
        return searches.error();
    QList<GuaranteeStanding> due;
    for (const JobSearch &search : searches.value()) {
        auto standing = standingOf(search);
        if (!standing)
            return standing.error();
        due << standing.value();
    }
    return due;
}

Result<GuaranteeStanding> JobGuaranteeService::standingOf(const JobSearch &search) const
{
    const JobGuaranteeRepository guarantee(m_connection);
    GuaranteeStanding standing;
    standing.search = search;
    auto placement = guarantee.placement(search.applicationId);
    if (!placement)
        return placement.error();
    standing.placement = placement.value();
    if (!search.startedOn.isValid())
        return standing;
    const auto todayNow = DeskSettingsService::today(m_connection, m_clock);
    if (!todayNow)
        return todayNow.error();
    const QDate today = todayNow.value();
    standing.endsOn = GuaranteeEligibility::endsOn(search.terms, search.startedOn);
    standing.ended = today >= standing.endsOn;
    auto checkIns = guarantee.checkIns(search.applicationId);
    if (!checkIns)
        return checkIns.error();
    standing.eligibility =
        GuaranteeEligibility::assess(search.terms, search.startedOn, today, checkIns.value());
    return standing;
}
