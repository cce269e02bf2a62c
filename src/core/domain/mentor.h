#pragma once

#include <QList>
#include <QString>

struct Mentor
{
    qint64 id = 0;
    QString name;
    QString email;
    QString timeZone; // IANA name
    int weeklySlots = 0;
    int maxActiveMentees = 0;
    bool active = true;
    QList<qint64> trackIds;
};

// A mentor with their load: active mentees of max.
struct MentorLoad
{
    Mentor mentor;
    int activeMentees = 0;

    int freeCapacity() const
    {
        return mentor.maxActiveMentees > activeMentees ? mentor.maxActiveMentees - activeMentees
                                                       : 0;
    }
};
