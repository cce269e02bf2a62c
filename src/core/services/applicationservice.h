#pragma once

#include "domain/actor.h"
#include "domain/application.h"
#include "domain/clock.h"
#include "domain/refusal.h"
#include "domain/result.h"
#include "domain/staffuser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Owner and cohort of applications, one application or a selection at once. Each call is one
// transaction; an application that cannot change is left as it was and listed with why.
class ApplicationService
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationService)

public:
    ApplicationService(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // The scale of an application's score.
    static constexpr int MinScore = 0;
    static constexpr int MaxScore = 100;

    struct BulkResult
    {
        QList<qint64> changed;
        QList<Refusal> refused;
    };

    // ownerId 0 leaves the applications without an owner.
    Result<BulkResult> assignOwner(const QList<qint64> &applicationIds, qint64 ownerId);
    // Only applications without a place in a seat queue move: while they are being assessed
    // (applied to interviewed) or deferred. A qualified, waitlisted or seat-holding application
    // keeps its place; its cohort changes through deferral.
    Result<BulkResult> moveToCohort(const QList<qint64> &applicationIds, qint64 cohortId);

    // The application's assessment score, 0 to 100 (nothing clears it), recorded in the audit
    // trail. Scoring is part of deciding about the application, so it takes the permission to
    // change its status.
    Status setScore(qint64 applicationId, std::optional<int> score);

    Result<std::optional<Application>> application(qint64 id) const;
    // Who can own applications: every staff user, by username.
    Result<QList<StaffUser>> owners() const;

private:
    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
