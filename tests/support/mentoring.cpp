#include "mentoring.h"

#include "deposits.h"
#include "services/applicantservice.h"
#include "services/mentorservice.h"
#include "services/statusservice.h"

#include <QList>

Result<qint64> addStudent(const QString &connectionName, const Actor &actor, const Clock &clock,
                          int n, const StudentPlan &plan)
{
    using S = ApplicationStatus;
    ApplicantService::NewApplication input;
    input.applicant.firstName = QStringLiteral("Student");
    input.applicant.lastName = QString::number(n);
    input.applicant.email = QStringLiteral("s%1@example.org").arg(n);
    input.applicant.timeZone = plan.timeZone;
    input.trackCode = plan.trackCode;
    input.cohortName = plan.cohortName;
    auto registered = ApplicantService(connectionName, actor, clock).registerApplication(input);
    if (!registered)
        return registered.error();
    const qint64 id = registered->applicationId;
    // The main road (qualified moves on to offered by itself), cut at the status asked for, or
    // walked whole to active and then to it.
    QList<S> path{S::Screening, S::InterviewScheduled, S::Interviewed, S::Qualified,
                  S::Accepted,  S::Enrolled,           S::Active};
    if (const qsizetype at = path.indexOf(plan.status); at >= 0)
        path = path.first(at + 1);
    else
        path << plan.status;
    StatusService statuses(connectionName, actor, clock);
    for (S to : path) {
        if (to == S::Enrolled) {
            if (Status paid = payDeposit(connectionName, actor, id, clock); !paid)
                return paid.error();
        }
        if (auto moved = statuses.changeStatus(id, to, QStringLiteral("test")); !moved)
            return moved.error();
    }
    return id;
}

Result<qint64> addMentor(const QString &connectionName, const Actor &actor, const Clock &clock,
                         const MentorPlan &plan)
{
    Mentor mentor;
    mentor.name = plan.name;
    mentor.email = plan.name.toLower() + QStringLiteral("@mentors.example.org");
    mentor.timeZone = plan.timeZone;
    mentor.maxActiveMentees = plan.maxMentees;
    mentor.weeklySlots = plan.weeklySlots;
    mentor.trackIds = plan.trackIds;
    return MentorService(connectionName, actor, clock).create(mentor);
}
