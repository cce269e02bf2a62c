#include "services/waitlistplace.h"

#include "domain/timestamp.h"
#include "repositories/applicationrepository.h"
#include "repositories/cohortrepository.h"

namespace {
// "SWE-2027-03" or, when the history does not name it, a plain "a deferral".
QString deferralFrom(const QueueEntry &entry)
{
    return entry.deferredFrom.isEmpty()
               ? WaitlistPlace::tr("a deferral")
               : WaitlistPlace::tr("a deferral from %1").arg(entry.deferredFrom);
}
} // namespace

Result<std::optional<WaitlistPlace>> WaitlistPlace::explain(const QString &connectionName,
                                                            qint64 applicationId, int maxNamed)
{
    const ApplicationRepository applications(connectionName);
    auto found = applications.find(applicationId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no application %1.").arg(applicationId), {}};
    const Application &application = *found.value();
    if (application.status != ApplicationStatus::Waitlisted || application.cohortId == 0)
        return std::optional<WaitlistPlace>();
    auto self = applications.queueEntry(applicationId);
    if (!self)
        return self.error();
    auto cohort = CohortRepository(connectionName).find(application.cohortId);
    if (!cohort)
        return cohort.error();
    auto before = applications.waitlistAhead(application, maxNamed);
    if (!before)
        return before.error();
    auto countAhead = applications.waitlistCountAhead(application);
    if (!countAhead)
        return countAhead.error();
    auto waiting = applications.waitlistCount(application.cohortId);
    if (!waiting)
        return waiting.error();

    WaitlistPlace place;
    place.self = self.value().value_or(QueueEntry{});
    place.cohortName =
        cohort.value() ? cohort.value()->name : QString::number(application.cohortId);
    place.position = countAhead.value() + 1;
    place.waiting = waiting.value();
    for (const QueueEntry &entry : before.value())
        place.ahead << Ahead{entry, whyAhead(entry, place.self)};
    place.aheadNotNamed = countAhead.value() - int(place.ahead.size());
    return std::optional<WaitlistPlace>(place);
}

QString WaitlistPlace::whyAhead(const QueueEntry &ahead, const QueueEntry &behind)
{
    if (ahead.queueAt < behind.queueAt) {
        if (!ahead.returnedDeferral)
            return ahead.qualifiedAt < behind.qualifiedAt
                       ? tr("qualified earlier")
                       : tr("qualified before this application returned from its deferral");
        if (ahead.queueAt == ahead.qualifiedAt)
            return tr("%1 kept its qualification time of %2")
                .arg(deferralFrom(ahead), Timestamp::format(ahead.qualifiedAt));
        return tr("%1 joined the queue earlier, at %2")
            .arg(deferralFrom(ahead), Timestamp::format(ahead.queueAt));
    }
    if (ahead.appliedAt < behind.appliedAt)
        return tr("qualified at the same moment and applied earlier");
    return tr("same times, lower number");
}

QString WaitlistPlace::queueTimeSource(const QueueEntry &entry)
{
    if (!entry.returnedDeferral)
        return QString();
    if (entry.queueAt == entry.qualifiedAt)
        return tr("%1: it kept its qualification time").arg(deferralFrom(entry));
    return tr("%1: it queues from its return at %2")
        .arg(deferralFrom(entry), Timestamp::format(entry.queueAt));
}
