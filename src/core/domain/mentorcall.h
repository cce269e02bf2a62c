#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// A 1:1 call of a student with a mentor, logged as an activity of the application.
struct MentorCall
{
    qint64 activityId = 0;
    qint64 applicationId = 0;
    qint64 mentorId = 0;
    QString mentorName;
    QDateTime at;
    QDate on; // the bootcamp's day of `at`
    QString note;
    QString byUsername;
};
