#include "services/applicationservice.h"

#include "db/transaction.h"
#include "repositories/applicationrepository.h"
#include "repositories/cohortrepository.h"
#include "repositories/staffrepository.h"
#include "services/authorization.h"

#include <QCoreApplication>

namespace {
bool movesFreely(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Applied:
    case ApplicationStatus::Screening:
    case ApplicationStatus::InterviewScheduled:
    case ApplicationStatus::Interviewed:
    case ApplicationStatus::Deferred:
        return true;
    default:
        return false;
    }
}
} // namespace

ApplicationService::ApplicationService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<ApplicationService::BulkResult>
ApplicationService::assignOwner(const QList<qint64> &applicationIds, qint64 ownerId)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::AssignOwners);
        !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    if (ownerId != 0) {
        auto owner = StaffRepository(m_connection).find(ownerId);
        if (!owner)
            return owner.error();
        if (!owner.value() || !owner.value()->active)
            return Error{tr("There is no active staff user %1 to own applications.").arg(ownerId),
                         {}};
    }
    BulkResult result;
    ApplicationRepository applications(m_connection);
    const QDateTime now = m_clock.now();
    for (qint64 id : applicationIds) {
        if (Status done = applications.setOwner(id, ownerId, now); !done)
            result.refused << Refusal{id, done.error().text()};
        else
            result.changed << id;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

Result<ApplicationService::BulkResult>
ApplicationService::moveToCohort(const QList<qint64> &applicationIds, qint64 cohortId)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::MoveCohorts);
        !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto cohort = CohortRepository(m_connection).find(cohortId);
    if (!cohort)
        return cohort.error();
    if (!cohort.value())
        return Error{tr("There is no cohort %1.").arg(cohortId), {}};
    BulkResult result;
    ApplicationRepository applications(m_connection);
    const QDateTime now = m_clock.now();
    for (qint64 id : applicationIds) {
        auto found = applications.find(id);
        if (!found)
            return found.error();
        if (!found.value()) {
            result.refused << Refusal{id, tr("There is no application %1.").arg(id)};
            continue;
        }
        const Application &a = *found.value();
        if (a.trackId != cohort.value()->trackId) {
            result.refused << Refusal{
                id, tr("Cohort %1 belongs to another track.").arg(cohort.value()->name)};
            continue;
        }
        if (!movesFreely(a.status)) {
            result.refused << Refusal{
                id, tr("Application %1 is %2 and keeps its place in its cohort's queue; move it "
                       "through a deferral.")
                        .arg(id)
                        .arg(Statuses::machineName(a.status))};
            continue;
        }
        if (Status done = applications.setCohort(id, cohortId, now); !done)
            return done.error();
        result.changed << id;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

Result<std::optional<Application>> ApplicationService::application(qint64 id) const
{
    return ApplicationRepository(m_connection).find(id);
}

Result<QList<StaffUser>> ApplicationService::owners() const
{
    return StaffRepository(m_connection).list();
}
