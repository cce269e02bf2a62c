#pragma once

#include "db/sql.h"
#include "domain/application.h"
#include "domain/cohort.h"
#include "domain/result.h"

#include <QList>
#include <optional>

class ApplicationRepository
{
public:
    explicit ApplicationRepository(QString connectionName) : m_sql(std::move(connectionName)) {}

    // "('offered', 'accepted', …)": the statuses that hold a seat, as an SQL list built from
    // Statuses::holdsSeat, so the rule lives in one place.
    static QString seatHoldingStatusList();
    // The same of Statuses::filledSeat: the statuses that filled a seat of a cohort that started.
    static QString seatFillingStatusList();
    // The same of any rule.
    static QString statusList(bool (*rule)(ApplicationStatus));

    Result<qint64> insert(const Application &application);
    Result<std::optional<Application>> find(qint64 id) const;
    Result<QList<Application>> forApplicant(qint64 applicantId) const;
    // Gives every application of one applicant to another (a merge); the count moved. The
    // caller indexes them again under their new applicant.
    Result<int> moveToApplicant(qint64 fromApplicantId, qint64 toApplicantId, const QDateTime &at);
    // Writes the status and what moves with it: qualified_at, queue_at, offer_expires_at,
    // decision_reason, status_changed_at, cohort_id, deferred_to_cohort_id.
    Status updateStatus(const Application &application);
    Status setOwner(qint64 applicationId, qint64 ownerId, const QDateTime &at);
    Status setCohort(qint64 applicationId, qint64 cohortId, const QDateTime &at);
    // The assessment score, 0 to 100; nothing clears it.
    Status setScore(qint64 applicationId, std::optional<int> score, const QDateTime &at);

    Result<int> seatsTaken(qint64 cohortId) const;
    // The cohort's applications in `status`, lowest id first.
    Result<QList<Application>> inCohort(qint64 cohortId, ApplicationStatus status) const;
    // The first waitlisted application of the cohort in first-come-first-served order:
    // queue_at, then applied_at, then id.
    Result<std::optional<Application>> firstWaitlisted(qint64 cohortId) const;
    // The deferrals waiting for the cohort to open, first in line first.
    Result<QList<Application>> deferredTo(qint64 cohortId) const;
    // First come, first served: the order in which a waitlist gets seats, over applications
    // aliased "a".
    static QString waitlistOrder() { return QStringLiteral("a.queue_at, a.applied_at, a.id"); }
    // One application as a queue entry.
    Result<std::optional<QueueEntry>> queueEntry(qint64 applicationId) const;
    // The first `limit` of those waiting ahead of the waitlisted `application` in its cohort,
    // and how many they are in all.
    Result<QList<QueueEntry>> waitlistAhead(const Application &application, int limit) const;
    Result<int> waitlistCountAhead(const Application &application) const;
    Result<int> waitlistCount(qint64 cohortId) const;
    // The whole waitlist of the cohort, first in line first.
    Result<QList<QueueEntry>> waitlist(qint64 cohortId) const;
    // The cohort's offers still open, the one expiring first first.
    Result<QList<QueueEntry>> pendingOffers(qint64 cohortId) const;
    // Offers whose hold ended before `at`.
    Result<QList<Application>> expiredOffers(const QDateTime &at) const;

private:
    Sql m_sql;
};
