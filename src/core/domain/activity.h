#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// A typed note on an applicant: a call, an email, a meeting, an interview (with a rubric
// score) or a plain note; who wrote it and when.
struct Activity
{
    enum class Kind
    {
        Call,
        Email,
        Meeting,
        Interview,
        Note
    };

    qint64 id = 0;
    qint64 applicantId = 0;
    qint64 applicationId = 0; // 0: about the person, not one application
    Kind kind = Kind::Note;
    QDateTime at;
    qint64 byUserId = 0;
    QString byUsername;
    QString summary;
    std::optional<int> rubricScore; // interviews only, 0..100

    static QString machineName(Kind kind);
    static std::optional<Kind> kindFromMachineName(const QString &name);
    static QString displayName(Kind kind);
};
