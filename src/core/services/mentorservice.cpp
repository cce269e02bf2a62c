#include "services/mentorservice.h"

#include "audit/audittrail.h"
#include "audit/catalogaudit.h"
#include "db/transaction.h"
#include "repositories/applicantrepository.h"
#include "repositories/applicationrepository.h"
#include "repositories/mentorrepository.h"
#include "services/authorization.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace {
// Minutes between two zones' clocks now, around the clock: UTC+12 and UTC-11 are an hour apart
// for arranging a call.
int timeZoneDistance(const QString &a, const QString &b, const QDateTime &at)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const QTimeZone za(a.toUtf8());
    const QTimeZone zb(b.toUtf8());
    if (!za.isValid() || !zb.isValid())
        return 0;
    const int minutes = std::abs(za.offsetFromUtc(at) - zb.offsetFromUtc(at)) / 60;
    return std::min(minutes, 24 * 60 - minutes);
}
} // namespace

MentorService::MentorService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

FieldErrors MentorService::validate(const Mentor &m)
{
    FieldErrors errors;
    if (m.name.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("name"), tr("Name is required.")};
    if (!Validation::isEmail(m.email))
        errors << FieldError{QStringLiteral("email"),
                             tr("\"%1\" is not an email address.").arg(m.email.trimmed())};
    if (!Validation::isTimeZone(m.timeZone.trimmed()))
        errors << FieldError{QStringLiteral("time_zone"),
                             tr("\"%1\" is not a known time zone.").arg(m.timeZone.trimmed())};
    if (m.maxActiveMentees < 0)
        errors << FieldError{QStringLiteral("max_active_mentees"),
                             tr("The maximum number of mentees cannot be negative.")};
    if (m.weeklySlots < 0)
        errors << FieldError{QStringLiteral("weekly_slots"),
                             tr("Weekly slots cannot be negative.")};
    if (m.trackIds.isEmpty())
        errors << FieldError{QStringLiteral("tracks"), tr("A mentor mentors at least one track.")};
    return errors;
}

Result<qint64> MentorService::create(const Mentor &mentor)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageMentors);
        !allowed)
        return allowed.error();
    if (const FieldErrors errors = validate(mentor); !errors.isEmpty())
        return Error{tr("The mentor is not valid: %1").arg(Validation::describe(errors)), {}};
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    if (Status free = addressFree(mentor); !free)
        return free.error();
    auto id = MentorRepository(m_connection).insert(mentor);
    if (!id)
        return id;
    if (Status recorded =
            AuditTrail(m_connection, m_actor, m_clock)
                .record(AuditedFields::created(CatalogAudit::mentorFields(),
                                               QStringLiteral("mentor"), id.value(), mentor));
        !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status MentorService::update(const Mentor &mentor)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageMentors);
        !allowed)
        return allowed;
    if (const FieldErrors errors = validate(mentor); !errors.isEmpty())
        return Error{tr("The mentor is not valid: %1").arg(Validation::describe(errors)), {}};
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    MentorRepository mentors(m_connection);
    auto before = mentors.find(mentor.id);
    if (!before)
        return before.error();
    if (!before.value())
        return Error{tr("There is no mentor %1.").arg(mentor.id), {}};
    if (Status free = addressFree(mentor); !free)
        return free;
    if (auto updated = mentors.update(mentor); !updated)
        return updated;
    AuditTrail trail(m_connection, m_actor, m_clock);
    for (const AuditEntry &change :
         AuditedFields::changes(CatalogAudit::mentorFields(), QStringLiteral("mentor"), mentor.id,
                                *before.value(), mentor)) {
        if (Status recorded = trail.record(change); !recorded)
            return recorded;
    }
    return transaction.commit();
}

Status MentorService::addressFree(const Mentor &mentor) const
{
    auto holder = MentorRepository(m_connection).findByEmail(mentor.email);
    if (!holder)
        return holder.error();
    if (holder.value() && holder.value()->id != mentor.id)
        return Error{tr("email: mentor %1 (%2) already has the address %3.")
                         .arg(QString::number(holder.value()->id), holder.value()->name,
                              holder.value()->email),
                     {}};
    return {};
}

Result<QList<MentorLoad>> MentorService::loads() const
{
    return MentorRepository(m_connection).loads();
}

Result<QList<MentorService::Suggestion>> MentorService::suggestions(qint64 applicationId) const
{
    auto application = ApplicationRepository(m_connection).find(applicationId);
    if (!application)
        return application.error();
    if (!application.value())
        return Error{tr("There is no application %1.").arg(applicationId), {}};
    auto applicant = ApplicantRepository(m_connection).find(application.value()->applicantId);
    if (!applicant)
        return applicant.error();
    const QString studentZone = applicant.value() ? applicant.value()->timeZone : QString();

    auto loads = MentorRepository(m_connection).loadsForTrack(application.value()->trackId);
    if (!loads)
        return loads.error();
    const QDateTime now = m_clock.now();
    QList<Suggestion> suggestions;
    for (const MentorLoad &load : loads.value()) {
        if (load.freeCapacity() > 0)
            suggestions << Suggestion{load,
                                      timeZoneDistance(studentZone, load.mentor.timeZone, now)};
    }
    std::stable_sort(suggestions.begin(), suggestions.end(),
                     [](const Suggestion &a, const Suggestion &b) {
                         if (a.timeZoneDistanceMinutes != b.timeZoneDistanceMinutes)
                             return a.timeZoneDistanceMinutes < b.timeZoneDistanceMinutes;
                         return a.load.takenSlots() * b.load.capacity() <
                                b.load.takenSlots() * a.load.capacity();
                     });
    return suggestions;
}

QString MentorService::noFreeSlot()
{
    return tr("no mentor of this track has a free slot");
}

Result<Application> MentorService::student(const QString &connectionName, qint64 applicationId,
                                           const QString &refusal)
{
    auto application = ApplicationRepository(connectionName).find(applicationId);
    if (!application)
        return application.error();
    if (!application.value())
        return Error{tr("There is no application %1.").arg(applicationId), {}};
    if (!Statuses::isStudent(application.value()->status))
        return Error{
            refusal.arg(applicationId).arg(Statuses::displayName(application.value()->status)), {}};
    return *application.value();
}

Status MentorService::refuseFull(const MentorLoad &load)
{
    if (load.freeCapacity() > 0)
        return {};
    return Error{tr("Mentor %1 has no free slot: %2 of %3 mentees (at most %4 mentees, %5 "
                    "weekly call slots).")
                     .arg(Mentor::named(load.mentor.id, load.mentor.name))
                     .arg(load.takenSlots())
                     .arg(load.capacity())
                     .arg(load.mentor.maxActiveMentees)
                     .arg(load.mentor.weeklySlots),
                 {}};
}

Status MentorService::recordAssignment(const QString &action, qint64 applicationId, qint64 mentorId,
                                       const QString &mentorName) const
{
    AuditEntry entry(action, QStringLiteral("application"), applicationId);
    entry.field = QStringLiteral("mentor");
    entry.newValue = AuditValue::plain(Mentor::named(mentorId, mentorName));
    return AuditTrail(m_connection, m_actor, m_clock).record(entry);
}

Status MentorService::assign(qint64 applicationId, qint64 mentorId)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageMentors);
        !allowed)
        return allowed;
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    const auto application =
        student(m_connection, applicationId,
                tr("Application %1 is %2: only enrolled and active students get a mentor."));
    if (!application)
        return application.error();
    MentorRepository mentors(m_connection);
    auto current = mentors.currentAssignment(applicationId);
    if (!current)
        return current.error();
    if (current.value() && current.value()->mentorId == mentorId) {
        if (current.value()->state == MentorAssignment::State::Active)
            return Error{tr("Mentor %1 is already the mentor of application %2.")
                             .arg(Mentor::named(mentorId, current.value()->mentorName))
                             .arg(applicationId),
                         {}};
        if (Status confirmed = confirmProposed(*current.value()); !confirmed)
            return confirmed;
        return transaction.commit();
    }
    auto loads = mentors.loadsForTrack(application->trackId);
    if (!loads)
        return loads.error();
    const auto it = std::find_if(loads.value().cbegin(), loads.value().cend(),
                                 [&](const MentorLoad &l) { return l.mentor.id == mentorId; });
    if (it == loads.value().cend())
        return Error{
            tr("Mentor %1 is not an active mentor of this application's track.").arg(mentorId), {}};
    if (Status free = refuseFull(*it); !free)
        return free;
    const QDateTime now = m_clock.now();
    if (auto ended = mentors.endCurrentAssignment(applicationId, now, QStringLiteral("reassigned"));
        !ended)
        return ended;
    if (auto added = mentors.insertAssignment(applicationId, mentorId,
                                              MentorAssignment::State::Active, m_actor.userId, now);
        !added)
        return added.error();
    if (Status recorded = recordAssignment(QStringLiteral("assign_mentor"), applicationId, mentorId,
                                           it->mentor.name);
        !recorded)
        return recorded;
    return transaction.commit();
}

Status MentorService::confirm(qint64 applicationId)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageMentors);
        !allowed)
        return allowed;
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    MentorRepository mentors(m_connection);
    auto current = mentors.currentAssignment(applicationId);
    if (!current)
        return current.error();
    if (!current.value() || current.value()->state != MentorAssignment::State::Proposed)
        return Error{tr("Application %1 has no proposed mentor to confirm.").arg(applicationId),
                     {}};
    if (Status confirmed = confirmProposed(*current.value()); !confirmed)
        return confirmed;
    return transaction.commit();
}

Status MentorService::confirmProposed(const MentorAssignment &proposed)
{
    MentorRepository mentors(m_connection);
    auto loads = mentors.loads();
    if (!loads)
        return loads.error();
    for (MentorLoad load : loads.value()) {
        if (load.mentor.id != proposed.mentorId)
            continue;
        // The proposal already holds one of the mentor's slots: refused only when the mentor
        // has fewer slots now than their mentees take.
        --load.proposedMentees;
        if (Status free = refuseFull(load); !free)
            return free;
    }
    if (Status confirmed = mentors.confirmAssignment(proposed.id, m_actor.userId, m_clock.now());
        !confirmed)
        return confirmed;
    return recordAssignment(QStringLiteral("confirm_mentor"), proposed.applicationId,
                            proposed.mentorId, proposed.mentorName);
}

Result<std::optional<MentorAssignment>> MentorService::assignment(qint64 applicationId) const
{
    return MentorRepository(m_connection).latestAssignment(applicationId);
}
