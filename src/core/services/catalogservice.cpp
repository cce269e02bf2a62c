#include "services/catalogservice.h"

#include "audit/audittrail.h"
#include "audit/catalogaudit.h"
#include "db/transaction.h"
#include "domain/timestamp.h"
#include "repositories/applicationrepository.h"
#include "repositories/cohortrepository.h"
#include "repositories/trackrepository.h"
#include "services/authorization.h"
#include "services/cohortstateservice.h"
#include "services/statusservice.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {
Error invalid(const QString &what, const FieldErrors &errors)
{
    return Error{QCoreApplication::translate("CatalogService", "The %1 is not valid: %2")
                     .arg(what, Validation::describe(errors)),
                 {}};
}

// A refund schedule as the audit trail keeps it: "day:percent" steps, e.g. "0:100,15:50".
QString describe(const QList<RefundStep> &schedule)
{
    QStringList steps;
    for (const RefundStep &step : schedule)
        steps << QStringLiteral("%1:%2").arg(step.fromDay).arg(step.refundPercent);
    return steps.join(QLatin1Char(','));
}
} // namespace

CatalogService::CatalogService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

FieldErrors CatalogService::validate(const Track &track)
{
    FieldErrors errors;
    // Codes are typed on command lines and written into CSV: short, no spaces.
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$"));
    if (!code.match(track.code.trimmed()).hasMatch())
        errors << FieldError{QStringLiteral("code"),
                             tr("\"%1\" is not a track code: 1 to 16 letters, digits, - or _.")
                                 .arg(track.code.trimmed())};
    if (track.name.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("name"), tr("The track needs a name.")};
    return errors;
}

FieldErrors CatalogService::validate(const Cohort &c)
{
    FieldErrors errors;
    if (c.name.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("name"), tr("The cohort needs a name.")};
    if (!c.startsOn.isValid())
        errors << FieldError{QStringLiteral("starts_on"),
                             tr("The start (orientation) date is required (YYYY-MM-DD).")};
    if (!c.endsOn.isValid())
        errors << FieldError{QStringLiteral("ends_on"),
                             tr("The end date is required (YYYY-MM-DD).")};
    else if (c.startsOn.isValid() && c.endsOn < c.startsOn)
        errors << FieldError{
            QStringLiteral("ends_on"),
            tr("The cohort ends (%1) before it starts (%2).")
                .arg(Timestamp::formatDate(c.endsOn), Timestamp::formatDate(c.startsOn))};
    if (c.applicationsOpenOn.isValid() && c.startsOn.isValid() && c.applicationsOpenOn > c.startsOn)
        errors << FieldError{QStringLiteral("applications_open_on"),
                             tr("Applications open (%1) after the cohort starts (%2).")
                                 .arg(Timestamp::formatDate(c.applicationsOpenOn),
                                      Timestamp::formatDate(c.startsOn))};
    if (c.capacity < 0)
        errors << FieldError{QStringLiteral("capacity"), tr("The capacity cannot be negative.")};
    if (c.offerHoldDays < 1)
        errors << FieldError{QStringLiteral("offer_hold_days"),
                             tr("An offer is held for at least one day.")};
    if (c.refundWindowDays < 0)
        errors << FieldError{QStringLiteral("refund_window_days"),
                             tr("The refund window cannot be negative.")};
    if (c.guarantee.periodDays < 1 || c.guarantee.periodDays > GuaranteeTerms::MaxPeriodDays)
        errors << FieldError{QStringLiteral("guarantee_days"),
                             tr("The job guarantee covers 1 to %1 days, not %2.")
                                 .arg(GuaranteeTerms::MaxPeriodDays)
                                 .arg(c.guarantee.periodDays)};
    if (c.guarantee.minApplicationsPerWeek < 0 ||
        c.guarantee.minApplicationsPerWeek > GuaranteeTerms::MaxApplicationsPerWeek)
        errors << FieldError{QStringLiteral("guarantee_min_applications"),
                             tr("The job applications a week are 0 to %1, not %2.")
                                 .arg(GuaranteeTerms::MaxApplicationsPerWeek)
                                 .arg(c.guarantee.minApplicationsPerWeek)};
    if (!Cohort::states().contains(c.state))
        errors << FieldError{QStringLiteral("state"),
                             tr("\"%1\" is not a cohort state (%2).")
                                 .arg(c.state, Cohort::states().join(QStringLiteral(", ")))};
    return errors;
}

FieldErrors CatalogService::validate(const QList<RefundStep> &schedule)
{
    FieldErrors errors;
    QList<RefundStep> sorted = schedule;
    std::sort(sorted.begin(), sorted.end(),
              [](const RefundStep &a, const RefundStep &b) { return a.fromDay < b.fromDay; });
    for (int i = 0; i < sorted.size(); ++i) {
        const RefundStep &step = sorted.at(i);
        if (step.fromDay < 0 || step.refundPercent < 0 || step.refundPercent > 100)
            errors << FieldError{QStringLiteral("refund_schedule"),
                                 tr("Day %1: %2 % is not a refund from day 0 on of 0 to 100 %.")
                                     .arg(step.fromDay)
                                     .arg(step.refundPercent)};
        if (i > 0 && sorted.at(i - 1).fromDay == step.fromDay)
            errors << FieldError{QStringLiteral("refund_schedule"),
                                 tr("Day %1 appears twice.").arg(step.fromDay)};
        else if (i > 0 && sorted.at(i - 1).refundPercent < step.refundPercent)
            errors << FieldError{QStringLiteral("refund_schedule"),
                                 tr("The refund rises from %1 % to %2 % on day %3; it may only "
                                    "fall as the program goes on.")
                                     .arg(sorted.at(i - 1).refundPercent)
                                     .arg(step.refundPercent)
                                     .arg(step.fromDay)};
    }
    return errors;
}

Result<qint64> CatalogService::addTrack(const Track &track)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageCatalog);
        !allowed)
        return allowed.error();
    if (const FieldErrors errors = validate(track); !errors.isEmpty())
        return invalid(tr("track"), errors);
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    TrackRepository tracks(m_connection);
    auto known = tracks.findByCode(track.code);
    if (!known)
        return known.error();
    if (known.value())
        return Error{tr("code: there is already a track %1 (%2).")
                         .arg(known.value()->code, known.value()->name),
                     {}};
    auto id = tracks.insert(track);
    if (!id)
        return id;
    if (Status recorded =
            AuditTrail(m_connection, m_actor, m_clock)
                .record(AuditedFields::created(CatalogAudit::trackFields(), QStringLiteral("track"),
                                               id.value(), track));
        !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status CatalogService::updateTrack(const Track &track)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageCatalog);
        !allowed)
        return allowed;
    if (const FieldErrors errors = validate(track); !errors.isEmpty())
        return invalid(tr("track"), errors);
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    TrackRepository tracks(m_connection);
    auto before = tracks.find(track.id);
    if (!before)
        return before.error();
    if (!before.value())
        return Error{tr("There is no track %1.").arg(track.id), {}};
    auto known = tracks.findByCode(track.code);
    if (!known)
        return known.error();
    if (known.value() && known.value()->id != track.id)
        return Error{tr("code: there is already a track %1 (%2).")
                         .arg(known.value()->code, known.value()->name),
                     {}};
    if (Status updated = tracks.update(track); !updated)
        return updated;
    AuditTrail trail(m_connection, m_actor, m_clock);
    for (const AuditEntry &change :
         AuditedFields::changes(CatalogAudit::trackFields(), QStringLiteral("track"), track.id,
                                *before.value(), track)) {
        if (Status recorded = trail.record(change); !recorded)
            return recorded;
    }
    return transaction.commit();
}

Result<qint64> CatalogService::addCohort(const Cohort &cohort,
                                         const QList<RefundStep> &refundSchedule)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageCatalog);
        !allowed)
        return allowed.error();
    FieldErrors errors = validate(cohort);
    errors << validate(refundSchedule);
    if (!errors.isEmpty())
        return invalid(tr("cohort"), errors);
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    auto track = TrackRepository(m_connection).find(cohort.trackId);
    if (!track)
        return track.error();
    if (!track.value())
        return Error{tr("track: there is no track %1.").arg(cohort.trackId), {}};
    if (!track.value()->active)
        return Error{tr("track: the career track %1 is inactive and takes no new cohorts.")
                         .arg(track.value()->code),
                     {}};
    CohortRepository cohorts(m_connection);
    auto known = cohorts.findByName(cohort.name);
    if (!known)
        return known.error();
    if (known.value())
        return Error{tr("name: there is already a cohort named %1.").arg(cohort.name.trimmed()),
                     {}};
    auto id = cohorts.insert(cohort);
    if (!id)
        return id;
    if (auto scheduled = cohorts.setRefundSchedule(id.value(), refundSchedule); !scheduled)
        return scheduled.error();
    if (Status recorded = CohortStateService::recordEdit(m_connection, m_actor, m_clock, id.value(),
                                                         {}, cohort.state);
        !recorded)
        return recorded.error();
    AuditTrail trail(m_connection, m_actor, m_clock);
    AuditEntry created = AuditedFields::created(CatalogAudit::cohortFields(),
                                                QStringLiteral("cohort"), id.value(), cohort);
    created.note = QStringLiteral("refund schedule: %1").arg(describe(refundSchedule));
    if (Status recorded = trail.record(created); !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<StatusEvent>>
CatalogService::updateCohort(const Cohort &cohort, const std::optional<QList<RefundStep>> &schedule)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageCatalog);
        !allowed)
        return allowed.error();
    FieldErrors errors = validate(cohort);
    if (schedule)
        errors << validate(*schedule);
    if (!errors.isEmpty())
        return invalid(tr("cohort"), errors);
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    CohortRepository cohorts(m_connection);
    auto before = cohorts.find(cohort.id);
    if (!before)
        return before.error();
    if (!before.value())
        return Error{tr("There is no cohort %1.").arg(cohort.id), {}};
    if (cohort.capacity != before.value()->capacity) {
        auto taken = ApplicationRepository(m_connection).seatsTaken(cohort.id);
        if (!taken)
            return taken.error();
        if (cohort.capacity < taken.value())
            return Error{tr("capacity: cohort %1 cannot have fewer seats than are taken (taken: "
                            "%2, asked for: %3).")
                             .arg(before.value()->name)
                             .arg(taken.value())
                             .arg(cohort.capacity),
                         {}};
    }
    if (auto updated = cohorts.update(cohort); !updated)
        return updated.error();
    if (cohort.state != before.value()->state) {
        if (Status recorded = CohortStateService::recordEdit(
                m_connection, m_actor, m_clock, cohort.id, before.value()->state, cohort.state);
            !recorded)
            return recorded.error();
    }
    QList<AuditEntry> changes = AuditedFields::changes(
        CatalogAudit::cohortFields(), QStringLiteral("cohort"), cohort.id, *before.value(), cohort);
    if (schedule) {
        auto earlier = cohorts.refundSchedule(cohort.id);
        if (!earlier)
            return earlier.error();
        if (auto scheduled = cohorts.setRefundSchedule(cohort.id, *schedule); !scheduled)
            return scheduled.error();
        if (describe(earlier.value()) != describe(*schedule)) {
            AuditEntry entry(QStringLiteral("update"), QStringLiteral("cohort"), cohort.id);
            entry.field = QStringLiteral("refund_schedule");
            entry.oldValue = AuditValue::plain(describe(earlier.value()));
            entry.newValue = AuditValue::plain(describe(*schedule));
            changes << entry;
        }
    }
    AuditTrail trail(m_connection, m_actor, m_clock);
    for (const AuditEntry &change : changes) {
        if (Status recorded = trail.record(change); !recorded)
            return recorded.error();
    }
    QList<StatusEvent> events;
    StatusService statuses(m_connection, m_actor, m_clock);
    // Opened by an edit rather than Open for Applications: its deferrals come back all the same,
    // before its waitlist gets the seats.
    if (cohort.takesOffers() && !before.value()->takesOffers()) {
        if (Status returned = statuses.returnDeferrals(cohort, events); !returned)
            return returned.error();
    }
    if (auto offered =
            statuses.offerFreeSeats(cohort.id,
                                    QStringLiteral("seats added to cohort %1 (capacity %2 to %3)")
                                        .arg(cohort.name.trimmed())
                                        .arg(before.value()->capacity)
                                        .arg(cohort.capacity),
                                    events);
        !offered)
        return offered.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return events;
}

Result<QList<Track>> CatalogService::tracks() const
{
    return TrackRepository(m_connection).list();
}

Result<std::optional<Track>> CatalogService::track(qint64 id) const
{
    return TrackRepository(m_connection).find(id);
}

Result<QList<Cohort>> CatalogService::cohorts() const
{
    return CohortRepository(m_connection).list();
}

Result<QList<Cohort>> CatalogService::cohortsOfTrack(qint64 trackId) const
{
    return CohortRepository(m_connection).listOfTrack(trackId);
}

Result<std::optional<Cohort>> CatalogService::cohort(qint64 id) const
{
    return CohortRepository(m_connection).find(id);
}

Result<QList<RefundStep>> CatalogService::refundSchedule(qint64 cohortId) const
{
    return CohortRepository(m_connection).refundSchedule(cohortId);
}

Result<QList<CohortSeats>> CatalogService::seatSummary() const
{
    return CohortRepository(m_connection).seatSummary();
}

Result<QList<QueueEntry>> CatalogService::pendingOffers(qint64 cohortId) const
{
    return ApplicationRepository(m_connection).pendingOffers(cohortId);
}

Result<QList<QueueEntry>> CatalogService::waitlist(qint64 cohortId) const
{
    return ApplicationRepository(m_connection).waitlist(cohortId);
}
