#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// A typed note on an applicant: a call, an email, a meeting, an interview (with a rubric
// score), a plain note, a graduate's weekly job-search check-in (with the job applications sent
// that week) or a 1:1 call with a mentor; who wrote it and when.
struct Activity
{
    enum class Kind
    {
        Call,
        Email,
        Meeting,
        Interview,
        Note,
        JobSearchCheckIn,
        MentorCall
    };

    qint64 id = 0;
    qint64 applicantId = 0;
    qint64 applicationId = 0; // 0: about the person, not one application
    Kind kind = Kind::Note;
    QDateTime at;
    qint64 byUserId = 0;
    QString byUsername;
    QString summary;
    std::optional<int> rubricScore;     // interviews only, 0..100
    std::optional<int> jobApplications; // job-search check-ins only: sent that week
    qint64 mentorId = 0;                // mentor calls only

    static QString machineName(Kind kind);
    static std::optional<Kind> kindFromMachineName(const QString &name);
    static QString displayName(Kind kind);
};
