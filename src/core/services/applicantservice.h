#pragma once

#include "audit/auditrecord.h"
#include "domain/activity.h"
#include "domain/actor.h"
#include "domain/applicant.h"
#include "domain/clock.h"
#include "domain/result.h"
#include "domain/statusevent.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Registers applicants and their applications: validation, duplicate detection by normalized
// email or phone, and the first status event.
class ApplicantService
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantService)

public:
    ApplicantService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    struct NewApplication
    {
        Applicant applicant;
        QString trackCode;   // required: the web form's Career Track
        QString cohortName;  // optional; must belong to the track
        QDateTime appliedAt; // when they applied; now when empty
        // Phone matches are often family members sharing a phone: allowed when set.
        bool allowSamePhone = false;
    };

    struct Registered
    {
        qint64 applicantId = 0;
        qint64 applicationId = 0;
    };

    // Problems with the applicant's fields: lengths (Validation::MaxLength), control
    // characters (tab and line breaks only in notes), bidirectional controls in names and
    // emails, required fields, email syntax, phone, URLs, time zone. The one check of an
    // applicant: the panel, the new application dialog, `applicant add` and the import use it.
    static FieldErrors validate(const Applicant &applicant);

    Result<QList<Applicant>> duplicatesOf(const Applicant &applicant) const;
    Result<std::optional<Applicant>> applicant(qint64 id) const;
    // The applicant's activities, newest first.
    Result<QList<Activity>> activities(qint64 applicantId) const;

    // One moment of a person's story: a status change of one of their applications, or a
    // change recorded in the audit trail (a field, an owner, a cohort, an activity, an export).
    struct HistoryEntry
    {
        QDateTime at;
        std::optional<StatusEvent> status;
        std::optional<AuditRecord> change;
    };
    // The whole story of the person and all their applications, oldest first.
    Result<QList<HistoryEntry>> history(qint64 applicantId) const;

    // Validates, refuses duplicates, then writes applicant, application and the first status
    // event in one transaction.
    Result<Registered> registerApplication(const NewApplication &input);
    // A new application of a known applicant (a person applying again).
    Result<qint64> addApplication(qint64 applicantId, const QString &trackCode,
                                  const QString &cohortName, const QDateTime &appliedAt = {});
    // Saves the applicant's fields, when they are as `applicant` was read (its updatedAt): a
    // change saved elsewhere in between is refused, never overwritten.
    Status updateApplicant(const Applicant &applicant);
    // Records a call, email, meeting, interview (with its rubric score) or note, as the actor,
    // at the activity's time (when it happened, never in the future), now when it has none. A
    // summary is required; a rubric score only for interviews, from 0 to 100. An interview of
    // an application with a scheduled interview marks that one held (InterviewService).
    // A job-search check-in, of an application, also needs the number of job applications
    // sent that week (JobGuaranteeService logs them).
    Result<qint64> addActivity(const Activity &activity);

private:
    static Status checkJobApplications(const Activity &activity);
    // The stored applicant, when they exist and are not erased: an erased person's record takes
    // no more edits, activities or applications.
    Result<Applicant> changeable(qint64 applicantId) const;
    Result<qint64> insertApplication(qint64 applicantId, const QString &trackCode,
                                     const QString &cohortName, const QDateTime &appliedAt);

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
