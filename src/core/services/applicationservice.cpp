#include "services/applicationservice.h"

#include "audit/audittrail.h"
#include "db/transaction.h"
#include "repositories/applicationrepository.h"
#include "repositories/cohortrepository.h"
#include "repositories/staffrepository.h"
#include "services/authorization.h"

#include <QCoreApplication>
#include <QHash>

namespace {
// Each item's name by its id, for naming old and new values in the audit trail.
template <typename T, typename Name>
QHash<qint64, QString> namesById(const QList<T> &items, Name name)
{
    QHash<qint64, QString> names;
    for (const T &item : items)
        names.insert(item.id, name(item));
    return names;
}

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

// An application's field, from one plain value to another (owners by username, cohorts by name:
// staff and cohorts are not personal data of applicants).
AuditEntry change(qint64 applicationId, const QString &field, const QString &from,
                  const QString &to)
{
    AuditEntry entry(QStringLiteral("update"), QStringLiteral("application"), applicationId);
    entry.field = field;
    entry.oldValue = AuditValue::plain(from);
    entry.newValue = AuditValue::plain(to);
    return entry;
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
    StaffRepository staff(m_connection);
    if (ownerId != 0) {
        auto owner = staff.find(ownerId);
        if (!owner)
            return owner.error();
        if (!owner.value() || !owner.value()->active)
            return Error{tr("There is no active staff user %1 to own applications.").arg(ownerId),
                         {}};
    }
    auto everyone = staff.list();
    if (!everyone)
        return everyone.error();
    const QHash<qint64, QString> usernames =
        namesById(everyone.value(), [](const StaffUser &user) { return user.username; });
    BulkResult result;
    ApplicationRepository applications(m_connection);
    AuditTrail trail(m_connection, m_actor, m_clock);
    const QDateTime now = m_clock.now();
    for (qint64 id : applicationIds) {
        auto found = applications.find(id);
        if (!found)
            return found.error();
        if (!found.value()) {
            result.refused << Refusal{id, tr("There is no application %1.").arg(id)};
            continue;
        }
        if (Status done = applications.setOwner(id, ownerId, now); !done) {
            result.refused << Refusal{id, done.error().text()};
            continue;
        }
        if (Status recorded = trail.record(change(id, QStringLiteral("owner"),
                                                  usernames.value(found.value()->ownerId),
                                                  usernames.value(ownerId)));
            !recorded)
            return recorded.error();
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
    auto cohorts = CohortRepository(m_connection).list();
    if (!cohorts)
        return cohorts.error();
    const QHash<qint64, QString> cohortNames =
        namesById(cohorts.value(), [](const Cohort &c) { return c.name; });
    BulkResult result;
    ApplicationRepository applications(m_connection);
    AuditTrail trail(m_connection, m_actor, m_clock);
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
                        .arg(Statuses::displayName(a.status))};
            continue;
        }
        if (Status done = applications.setCohort(id, cohortId, now); !done)
            return done.error();
        if (Status recorded = trail.record(change(
                id, QStringLiteral("cohort"), cohortNames.value(a.cohortId), cohort.value()->name));
            !recorded)
            return recorded.error();
        result.changed << id;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

Status ApplicationService::setScore(qint64 applicationId, std::optional<int> score)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ChangeStatus);
        !allowed)
        return allowed.error();
    if (score && (*score < MinScore || *score > MaxScore))
        return Error{
            tr("score: %1 is not a score from %2 to %3.").arg(*score).arg(MinScore).arg(MaxScore),
            {}};
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    ApplicationRepository applications(m_connection);
    auto found = applications.find(applicationId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no application %1.").arg(applicationId), {}};
    const std::optional<int> before = found.value()->score;
    if (before == score)
        return {}; // nothing changes, nothing to record
    const auto text = [](std::optional<int> value) {
        return value ? QString::number(*value) : QString();
    };
    if (Status done = applications.setScore(applicationId, score, m_clock.now()); !done)
        return done;
    if (Status recorded =
            AuditTrail(m_connection, m_actor, m_clock)
                .record(change(applicationId, QStringLiteral("score"), text(before), text(score)));
        !recorded)
        return recorded;
    return transaction.commit();
}

Result<std::optional<Application>> ApplicationService::application(qint64 id) const
{
    return ApplicationRepository(m_connection).find(id);
}

Result<QList<StaffUser>> ApplicationService::owners() const
{
    return StaffRepository(m_connection).list();
}
