#pragma once

// Students and mentors made through the real services, for the tests of mentoring and of what
// happens to applications on their way (offers, seats).

#include "domain/actor.h"
#include "domain/applicationstatus.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <QList>
#include <QString>

// A student as the desk makes one: registered through ApplicantService (person n: Student n,
// s<n>@example.org, living in `timeZone`), then moved along the main road through
// StatusService up to `status` (accepted, enrolled, active …), or to active and then out to
// it (dropped, graduated …); its deposit paid before enrolled.
struct StudentPlan
{
    QString trackCode = QStringLiteral("SWE");
    QString cohortName = QStringLiteral("SWE-1");
    QString timeZone = QStringLiteral("Europe/London");
    ApplicationStatus status = ApplicationStatus::Enrolled;
};

// The new application's id.
Result<qint64> addStudent(const QString &connectionName, const Actor &actor, const Clock &clock,
                          int n, const StudentPlan &plan);

// A mentor as the desk makes one (MentorService::create): `name`, name@mentors.example.org in
// lower case, living in `timeZone`, taking at most `maxMentees` with `weeklySlots` call slots.
struct MentorPlan
{
    QString name;
    QString timeZone = QStringLiteral("Europe/London");
    int maxMentees = 2;
    int weeklySlots = 2;
    QList<qint64> trackIds;
};

// The new mentor's id.
Result<qint64> addMentor(const QString &connectionName, const Actor &actor, const Clock &clock,
                         const MentorPlan &plan);
