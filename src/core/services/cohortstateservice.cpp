#include "services/cohortstateservice.h"

#include "audit/audittrail.h"
#include "db/transaction.h"
#include "domain/cohorttimeline.h"
#include "domain/timestamp.h"
#include "repositories/applicationrepository.h"
#include "repositories/cohortrepository.h"
#include "repositories/cohortstateeventrepository.h"
#include "services/authorization.h"
#include "services/desksettingsservice.h"
#include "services/mentormoves.h"
#include "services/statusservice.h"

namespace {
const QString Open = QStringLiteral("open");

// The cohort's history row, written as it happened.
Result<CohortStateEvent> append(const QString &connection, const Actor &by, const Clock &clock,
                                qint64 cohortId, const QString &from, const QString &to,
                                const QString &cause)
{
    CohortStateEvent event{0, cohortId, from, to, clock.now(), by.userId, by.username, cause};
    auto id = CohortStateEventRepository(connection).append(event);
    if (!id)
        return id.error();
    event.id = id.value();
    return event;
}

Result<CohortSeats> seatsOf(const QString &connection, qint64 cohortId)
{
    auto seats = CohortRepository(connection).seatsOf(cohortId);
    if (!seats)
        return seats.error();
    if (!seats.value())
        return Error{CohortStateService::tr("There is no cohort %1.").arg(cohortId), {}};
    return *seats.value();
}
} // namespace

CohortStateService::CohortStateService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<CohortStateService::Changes> CohortStateService::openForApplications(qint64 cohortId)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageCatalog);
        !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto seats = seatsOf(m_connection, cohortId);
    if (!seats)
        return seats.error();
    const Cohort &cohort = seats.value().cohort;
    if (cohort.state != QLatin1String("draft"))
        return Error{tr("Cohort %1 is not a draft (its state: %2): only a draft cohort opens for "
                        "applications.")
                         .arg(cohort.name, Cohort::stateDisplayName(cohort.state)),
                     {}};
    Changes changes;
    if (Status moved =
            move(seats.value(), Open, QStringLiteral("opened by hand"), m_actor, changes);
        !moved)
        return moved.error();
    // What follows at once, as the desk: an opening whose offers took every seat makes the
    // cohort full, and one past its start date starts it.
    auto calendar = DeskSettingsService(m_connection, Actor::desk(), m_clock).calendar();
    if (!calendar)
        return calendar.error();
    if (Status followed = follow(cohortId, calendar.value().today(), changes); !followed)
        return followed.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return changes;
}

Result<CohortStateService::Changes> CohortStateService::followDates()
{
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto calendar = DeskSettingsService(m_connection, Actor::desk(), m_clock).calendar();
    if (!calendar)
        return calendar.error();
    const QDate today = calendar.value().today();
    // One pass finds the cohorts with a step to take; each step reads its cohort's seats again.
    // A cohort's steps move seats in that cohort alone, so the pass stays true for the others.
    auto cohorts = CohortRepository(m_connection).inProgress();
    if (!cohorts)
        return cohorts.error();
    Changes changes;
    for (const CohortSeats &seats : cohorts.value()) {
        if (!CohortTimeline::nextStep(seats, today))
            continue;
        if (Status followed = follow(seats.cohort.id, today, changes); !followed)
            return followed.error();
    }
    if (changes.states.isEmpty())
        return changes; // nothing written: the transaction ends unchanged
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return changes;
}

Status CohortStateService::follow(qint64 cohortId, const QDate &today, Changes &changes)
{
    // A step at a time: each reads the seats the step before it left (offers an opening made).
    for (;;) {
        auto seats = seatsOf(m_connection, cohortId);
        if (!seats)
            return seats.error();
        const auto step = CohortTimeline::nextStep(seats.value(), today);
        if (!step)
            return {};
        if (Status moved = move(seats.value(), step->to, step->cause, Actor::desk(), changes);
            !moved)
            return moved;
    }
}

Status CohortStateService::move(const CohortSeats &seats, const QString &to, const QString &cause,
                                const Actor &by, Changes &changes)
{
    const Cohort &cohort = seats.cohort;
    const qint64 cohortId = cohort.id;
    if (Status set = CohortRepository(m_connection).setState(cohortId, to); !set)
        return set;
    auto event = append(m_connection, by, m_clock, cohortId, cohort.state, to, cause);
    if (!event)
        return event.error();
    changes.states << event.value();
    AuditEntry entry(QStringLiteral("update"), QStringLiteral("cohort"), cohortId);
    entry.field = QStringLiteral("state");
    entry.oldValue = AuditValue::plain(cohort.state);
    entry.newValue = AuditValue::plain(to);
    entry.note = cause;
    entry.at = event.value().at;
    // A trail of its own for each record: status moves in between append to the chain too.
    if (Status recorded = AuditTrail(m_connection, by, m_clock).record(entry); !recorded)
        return recorded;

    StatusService statuses(m_connection, by, m_clock);
    if (to == Open) {
        // Deferrals come back first, so that they queue with the waitlist for its seats.
        if (Status returned = statuses.returnDeferrals(cohort, changes.statuses); !returned)
            return returned;
        return statuses.offerFreeSeats(
            cohortId, QStringLiteral("seat free when cohort %1 opened").arg(cohort.name),
            changes.statuses);
    }
    if (to == QLatin1String("started")) {
        auto enrolled =
            ApplicationRepository(m_connection).inCohort(cohortId, ApplicationStatus::Enrolled);
        if (!enrolled)
            return enrolled.error();
        for (Application &student : enrolled.value()) {
            if (Status activated =
                    statuses.moveByDesk(student, ApplicationStatus::Active,
                                        CohortTimeline::studentsStartCause(), changes.statuses);
                !activated)
                return activated;
        }
        return {};
    }
    if (to == QLatin1String("completed")) {
        const int filled = seats.seatsFilled;
        if (Status stamped = CohortRepository(m_connection).stampFinalFill(cohortId, filled);
            !stamped)
            return stamped;
        AuditEntry fill(QStringLiteral("update"), QStringLiteral("cohort"), cohortId);
        fill.field = QStringLiteral("final_fill");
        fill.newValue = AuditValue::plain(QString::number(filled));
        fill.note = cause;
        fill.at = event.value().at;
        if (Status recorded = AuditTrail(m_connection, by, m_clock).record(fill); !recorded)
            return recorded;
        return MentorMoves(m_connection, by, m_clock).endForCohort(cohortId);
    }
    return {};
}

Result<QList<CohortStateEvent>> CohortStateService::history(qint64 cohortId) const
{
    return CohortStateEventRepository(m_connection).history(cohortId);
}

Status CohortStateService::refuseActiveBeforeStart(const QString &connectionName,
                                                   const Clock &clock,
                                                   const Application &application)
{
    if (application.cohortId == 0)
        return {};
    auto cohort = CohortRepository(connectionName).find(application.cohortId);
    if (!cohort)
        return cohort.error();
    auto calendar = DeskSettingsService(connectionName, Actor::desk(), clock).calendar();
    if (!calendar)
        return calendar.error();
    if (!cohort.value() || calendar.value().today() >= cohort.value()->startsOn)
        return {};
    return Error{tr("Cohort %1 starts on %2: application %3 cannot be active before then.")
                     .arg(cohort.value()->name, Timestamp::formatDate(cohort.value()->startsOn))
                     .arg(application.id),
                 {}};
}

Status CohortStateService::recordEdit(const QString &connectionName, const Actor &actor,
                                      const Clock &clock, qint64 cohortId, const QString &from,
                                      const QString &to)
{
    const QString cause = from.isEmpty() ? QStringLiteral("created") : QStringLiteral("edited");
    auto event = append(connectionName, actor, clock, cohortId, from, to, cause);
    if (!event)
        return event.error();
    return {};
}
