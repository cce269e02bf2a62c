#pragma once

#include <QDateTime>
#include <QString>

struct Applicant
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString country;
    QString timeZone; // IANA name
    QString linkedinUrl;
    QString githubUrl;
    QString portfolioUrl;
    QString source;
    QString campaign;
    QString referrer;
    bool consent = false;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime erasedAt; // when their personal data was erased on request; invalid: never
    // The applicant this record was merged into (ApplicantMerge); 0: none. A merged record is a
    // tombstone: no personal values, no applications, no activities.
    qint64 mergedInto = 0;

    bool isErased() const { return erasedAt.isValid(); }
    bool isMerged() const { return mergedInto != 0; }

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};
