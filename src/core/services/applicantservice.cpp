#include "services/applicantservice.h"

#include "audit/applicantaudit.h"
#include "audit/auditlog.h"
#include "audit/audittrail.h"
#include "db/transaction.h"
#include "domain/application.h"
#include "domain/timestamp.h"
#include "repositories/activityrepository.h"
#include "repositories/applicantrepository.h"
#include "repositories/applicationrepository.h"
#include "repositories/cohortrepository.h"
#include "repositories/statuseventrepository.h"
#include "repositories/trackrepository.h"
#include "services/authorization.h"
#include "services/interviewservice.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
Error invalid(const FieldErrors &errors)
{
    return Error{QCoreApplication::translate("ApplicantService", "The applicant is not valid: %1")
                     .arg(Validation::describe(errors)),
                 {}};
}
} // namespace

ApplicantService::ApplicantService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

FieldErrors ApplicantService::validate(const Applicant &a)
{
    using TextKind = Validation::TextKind;
    using Max = Validation::MaxLength;
    struct Text
    {
        const char *field;
        QString label;
        const QString *value;
        int maxLength;
        TextKind kind;
    };
    // Every text first: too long, control characters, bidirectional controls in names and
    // emails. A field with such a problem is checked no further, so no message repeats it.
    const Text texts[] = {
        {"first_name", tr("First name"), &a.firstName, Max::Name, TextKind::Identifier},
        {"last_name", tr("Last name"), &a.lastName, Max::Name, TextKind::Identifier},
        {"email", tr("Email"), &a.email, Max::Email, TextKind::Identifier},
        {"phone", tr("Phone"), &a.phone, Max::Phone, TextKind::Line},
        {"country", tr("Country"), &a.country, Max::ShortText, TextKind::Line},
        {"time_zone", tr("Time zone"), &a.timeZone, Max::ShortText, TextKind::Line},
        {"linkedin_url", tr("LinkedIn"), &a.linkedinUrl, Max::Url, TextKind::Line},
        {"github_url", tr("GitHub"), &a.githubUrl, Max::Url, TextKind::Line},
        {"portfolio_url", tr("Portfolio"), &a.portfolioUrl, Max::Url, TextKind::Line},
        {"source", tr("Source"), &a.source, Max::ShortText, TextKind::Line},
        {"campaign", tr("Campaign"), &a.campaign, Max::ShortText, TextKind::Line},
        {"referrer", tr("Referrer"), &a.referrer, Max::ShortText, TextKind::Line},
        {"notes", tr("Notes"), &a.notes, Max::Notes, TextKind::Lines}};
    FieldErrors errors;
    QStringList bad;
    for (const Text &text : texts) {
        const QString problem =
            Validation::textProblem(text.label, *text.value, text.maxLength, text.kind);
        if (!problem.isEmpty()) {
            errors << FieldError{QString::fromLatin1(text.field), problem};
            bad << QString::fromLatin1(text.field);
        }
    }
    const auto checks = [&bad](const char *field) { return !bad.contains(QLatin1String(field)); };

    if (a.firstName.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("first_name"), tr("First name is required.")};
    if (a.lastName.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("last_name"), tr("Last name is required.")};
    if (a.email.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("email"), tr("Email is required.")};
    else if (checks("email") && !Validation::isEmail(a.email))
        errors << FieldError{
            QStringLiteral("email"),
            tr("\"%1\" is not an email address.").arg(Validation::quoted(a.email.trimmed()))};
    if (checks("phone") && !Validation::isPhone(a.phone))
        errors << FieldError{QStringLiteral("phone"),
                             tr("\"%1\" is not a phone number (6 to 15 digits, may start with +).")
                                 .arg(Validation::quoted(a.phone.trimmed()))};
    if (checks("time_zone") && !Validation::isTimeZone(a.timeZone.trimmed()))
        errors << FieldError{QStringLiteral("time_zone"),
                             tr("\"%1\" is not a known time zone (use a name such as "
                                "Europe/Berlin).")
                                 .arg(Validation::quoted(a.timeZone.trimmed()))};
    const std::pair<const char *, const QString *> urls[] = {{"linkedin_url", &a.linkedinUrl},
                                                             {"github_url", &a.githubUrl},
                                                             {"portfolio_url", &a.portfolioUrl}};
    for (const auto &[field, value] : urls) {
        if (checks(field) && !Validation::isHttpUrl(*value))
            errors << FieldError{QString::fromLatin1(field),
                                 tr("\"%1\" is not a web address (http:// or https://).")
                                     .arg(Validation::quoted(value->trimmed()))};
    }
    return errors;
}

Result<QList<Applicant>> ApplicantService::duplicatesOf(const Applicant &applicant) const
{
    return ApplicantRepository(m_connection)
        .findDuplicates(applicant.email, applicant.phone, applicant.id);
}

Result<std::optional<Applicant>> ApplicantService::applicant(qint64 id) const
{
    return ApplicantRepository(m_connection).find(id);
}

Result<QList<Activity>> ApplicantService::activities(qint64 applicantId) const
{
    return ActivityRepository(m_connection).forApplicant(applicantId);
}

Result<QList<ApplicantService::HistoryEntry>> ApplicantService::history(qint64 applicantId) const
{
    QList<HistoryEntry> entries;
    const auto changes = AuditLog(m_connection).aboutApplicant(applicantId);
    if (!changes)
        return changes.error();
    for (const AuditRecord &record : changes.value())
        entries << HistoryEntry{record.at, std::nullopt, record};
    const auto applications = ApplicationRepository(m_connection).forApplicant(applicantId);
    if (!applications)
        return applications.error();
    const StatusEventRepository statusEvents(m_connection);
    for (const Application &application : applications.value()) {
        const auto events = statusEvents.history(application.id);
        if (!events)
            return events.error();
        for (const StatusEvent &event : events.value())
            entries << HistoryEntry{event.at, event, std::nullopt};
    }
    // Stable: in one moment, the changes (an application created) before the statuses they
    // led to (applied).
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.at < b.at; });
    return entries;
}

Result<ApplicantService::Registered>
ApplicantService::registerApplication(const NewApplication &input)
{
    if (Status allowed =
            Authorization::require(m_connection, m_actor, Action::RegisterApplications);
        !allowed)
        return allowed.error();
    if (const FieldErrors errors = validate(input.applicant); !errors.isEmpty())
        return invalid(errors);

    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    // Looked up inside the transaction, so two desks cannot both register the same person.
    auto duplicates = duplicatesOf(input.applicant);
    if (!duplicates)
        return duplicates.error();
    const QString emailKey = ApplicantRepository::normalizedEmail(input.applicant.email);
    for (const Applicant &known : duplicates.value()) {
        const bool sameEmail = ApplicantRepository::normalizedEmail(known.email) == emailKey;
        if (sameEmail || !input.allowSamePhone)
            return Error{tr("A possible duplicate: applicant %1 (%2, %3) has the same %4. Add a "
                            "new application to that applicant instead.")
                             .arg(known.id)
                             .arg(known.fullName(), known.email,
                                  sameEmail ? tr("email") : tr("phone number")),
                         {}};
    }

    Applicant applicant = input.applicant;
    applicant.createdAt = applicant.updatedAt = m_clock.now();
    auto applicantId = ApplicantRepository(m_connection).insert(applicant);
    if (!applicantId)
        return applicantId.error();
    applicant.id = applicantId.value();
    AuditEntry created = ApplicantAudit::created(applicant);
    created.at = applicant.createdAt;
    if (Status recorded = AuditTrail(m_connection, m_actor, m_clock).record(created); !recorded)
        return recorded.error();
    auto applicationId =
        insertApplication(applicantId.value(), input.trackCode, input.cohortName, input.appliedAt);
    if (!applicationId)
        return applicationId.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Registered{applicantId.value(), applicationId.value()};
}

Result<qint64> ApplicantService::addApplication(qint64 applicantId, const QString &trackCode,
                                                const QString &cohortName,
                                                const QDateTime &appliedAt)
{
    if (Status allowed =
            Authorization::require(m_connection, m_actor, Action::RegisterApplications);
        !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    if (const auto applicant = changeable(applicantId); !applicant)
        return applicant.error();
    auto id = insertApplication(applicantId, trackCode, cohortName, appliedAt);
    if (!id)
        return id;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<Applicant> ApplicantService::changeable(qint64 applicantId) const
{
    const auto applicant = ApplicantRepository(m_connection).find(applicantId);
    if (!applicant)
        return applicant.error();
    if (!applicant.value())
        return Error{tr("There is no applicant %1.").arg(applicantId), {}};
    if (applicant.value()->isErased())
        return Error{tr("Applicant %1 was erased on %2 at a privacy request: nothing more is "
                        "kept about them.")
                         .arg(QString::number(applicantId),
                              Timestamp::formatDate(applicant.value()->erasedAt.date())),
                     {}};
    if (applicant.value()->isMerged()) {
        const qint64 survivorId = applicant.value()->mergedInto;
        const auto survivor = ApplicantRepository(m_connection).find(survivorId);
        if (!survivor)
            return survivor.error();
        const QString name = survivor.value() ? survivor.value()->fullName() : QString();
        return Error{tr("Applicant %1 was merged into %2 (applicant %3): change applicant %3 "
                        "instead.")
                         .arg(QString::number(applicantId), name, QString::number(survivorId)),
                     {}};
    }
    return *applicant.value();
}

Status ApplicantService::updateApplicant(const Applicant &input)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::EditApplicants);
        !allowed)
        return allowed;
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    const auto before = changeable(input.id);
    if (!before)
        return before.error();
    // Another window or program saved since this was read: saving now would undo its change.
    if (input.updatedAt != before->updatedAt)
        return Error{tr("Applicant %1 was changed elsewhere since it was read (at %2). Nothing "
                        "was saved: read them again.")
                         .arg(QString::number(input.id), Timestamp::format(before->updatedAt)),
                     {}};
    if (const FieldErrors errors = validate(input); !errors.isEmpty())
        return invalid(errors);
    auto duplicates = duplicatesOf(input);
    if (!duplicates)
        return duplicates.error();
    const QString emailKey = ApplicantRepository::normalizedEmail(input.email);
    for (const Applicant &known : duplicates.value()) {
        if (ApplicantRepository::normalizedEmail(known.email) == emailKey)
            return Error{tr("Applicant %1 (%2) already has the email %3.")
                             .arg(known.id)
                             .arg(known.fullName(), known.email),
                         {}};
    }
    Applicant applicant = input;
    // updated_at is what the next save checks: it moves forward with every save, even two in
    // the same millisecond.
    applicant.updatedAt = std::max(m_clock.now(), before->updatedAt.addMSecs(1));
    if (auto updated = ApplicantRepository(m_connection).update(applicant); !updated)
        return updated;
    AuditTrail trail(m_connection, m_actor, m_clock);
    for (const AuditEntry &change : ApplicantAudit::changes(before.value(), applicant)) {
        if (Status recorded = trail.record(change); !recorded)
            return recorded;
    }
    return transaction.commit();
}

Result<qint64> ApplicantService::addActivity(const Activity &input)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::EditApplicants);
        !allowed)
        return allowed.error();
    if (input.summary.trimmed().isEmpty())
        return Error{tr("summary: say what happened."), {}};
    if (input.rubricScore && input.kind != Activity::Kind::Interview)
        return Error{tr("rubric_score: only an interview has a rubric score."), {}};
    if (input.rubricScore && (*input.rubricScore < 0 || *input.rubricScore > 100))
        return Error{tr("rubric_score: %1 is not a score from 0 to 100.").arg(*input.rubricScore),
                     {}};
    if (Status counted = checkJobApplications(input); !counted)
        return counted.error();
    const QDateTime now = m_clock.now();
    if (input.at.isValid() && input.at > now)
        return Error{tr("at: the activity is dated %1, in the future; log it once it happened.")
                         .arg(Timestamp::format(input.at)),
                     {}};
    Activity activity = input;
    activity.at = input.at.isValid() ? input.at.toUTC() : now;
    activity.byUserId = m_actor.userId;
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    if (const auto applicant = changeable(activity.applicantId); !applicant)
        return applicant.error();
    auto id = ActivityRepository(m_connection).insert(activity);
    if (!id)
        return id;
    AuditEntry entry(QStringLiteral("add_activity"), QStringLiteral("applicant"),
                     activity.applicantId);
    entry.field = Activity::machineName(activity.kind);
    entry.newValue = AuditValue::personal(activity.summary, activity.applicantId);
    entry.note = QStringLiteral("activity %1").arg(id.value());
    if (Status recorded = AuditTrail(m_connection, m_actor, m_clock).record(entry); !recorded)
        return recorded.error();
    // An interview logged for an application holds its scheduled interview.
    if (activity.kind == Activity::Kind::Interview && activity.applicationId != 0) {
        if (auto held = InterviewService(m_connection, m_actor, m_clock)
                            .markHeldInTransaction(activity.applicationId, id.value());
            !held)
            return held.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

// A check-in says how many job applications were sent that week; nothing else does.
Status ApplicantService::checkJobApplications(const Activity &activity)
{
    const bool checkIn = activity.kind == Activity::Kind::JobSearchCheckIn;
    if (activity.jobApplications && !checkIn)
        return Error{tr("job_applications: only a job-search check-in counts job applications."),
                     {}};
    if (checkIn && (!activity.jobApplications || *activity.jobApplications < 0))
        return Error{tr("job_applications: a job-search check-in says how many job applications "
                        "were sent that week (0 or more)."),
                     {}};
    if (checkIn && activity.applicationId == 0)
        return Error{tr("application: a job-search check-in belongs to the application in job "
                        "search."),
                     {}};
    return {};
}

// Inside the caller's transaction: the application and its first status event.
Result<qint64> ApplicantService::insertApplication(qint64 applicantId, const QString &trackCode,
                                                   const QString &cohortName,
                                                   const QDateTime &appliedAt)
{
    if (trackCode.trimmed().isEmpty())
        return Error{tr("track: the career track is required."), {}};
    auto track = TrackRepository(m_connection).findByCode(trackCode);
    if (!track)
        return track.error();
    if (!track.value())
        return Error{tr("track: there is no career track \"%1\".").arg(trackCode.trimmed()), {}};
    if (!track.value()->active)
        return Error{
            tr("track: the career track \"%1\" takes no applications.").arg(track.value()->code),
            {}};

    const QDateTime now = m_clock.now();
    Application application;
    application.applicantId = applicantId;
    application.trackId = track.value()->id;
    if (!cohortName.trimmed().isEmpty()) {
        auto cohort = CohortRepository(m_connection).findByName(cohortName);
        if (!cohort)
            return cohort.error();
        if (!cohort.value())
            return Error{tr("cohort: there is no cohort \"%1\".").arg(cohortName.trimmed()), {}};
        if (cohort.value()->trackId != application.trackId)
            return Error{tr("cohort: cohort \"%1\" belongs to another track than %2.")
                             .arg(cohort.value()->name, track.value()->code),
                         {}};
        application.cohortId = cohort.value()->id;
    }
    if (appliedAt.isValid() && appliedAt > now)
        return Error{tr("applied_at: the application date %1 is in the future.")
                         .arg(Timestamp::format(appliedAt)),
                     {}};
    application.appliedAt = appliedAt.isValid() ? appliedAt : now;
    application.status = ApplicationStatus::Applied;
    application.statusChangedAt = application.updatedAt = now;
    application.ownerId = m_actor.userId;

    auto id = ApplicationRepository(m_connection).insert(application);
    if (!id)
        return id;
    StatusEvent event;
    event.applicationId = id.value();
    event.to = ApplicationStatus::Applied;
    event.at = now;
    event.byUserId = m_actor.userId;
    auto appended = StatusEventRepository(m_connection).append(event);
    if (!appended)
        return appended.error();
    AuditTrail trail(m_connection, m_actor, m_clock);
    AuditEntry entry = ApplicantAudit::applicationCreated(
        id.value(), applicantId, track.value()->code, application.cohortId);
    entry.at = now;
    if (Status recorded = trail.record(entry); !recorded)
        return recorded.error();
    if (Status covered = trail.coverStatusEvents(appended.value(), appended.value()); !covered)
        return covered.error();
    return id;
}
