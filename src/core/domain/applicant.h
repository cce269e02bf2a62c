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

    bool isErased() const { return erasedAt.isValid(); }

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};
