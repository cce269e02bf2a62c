#pragma once

#include <QList>
#include <QString>

#include <algorithm>

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

    // "2 (Grace Hopper)": a mentor as messages and the audit trail name them.
    static QString named(qint64 id, const QString &name)
    {
        return QStringLiteral("%1 (%2)").arg(QString::number(id), name);
    }
};

// A mentor with their load. A mentor gives each current mentee one 1:1 call a week, so they
// take no more mentees than their weekly slots, nor than their maximum; a proposed mentee
// holds a slot until an officer confirms or changes the proposal.
struct MentorLoad
{
    Mentor mentor;
    int activeMentees = 0;
    int proposedMentees = 0;

    int takenSlots() const { return activeMentees + proposedMentees; }
    int capacity() const { return std::min(mentor.maxActiveMentees, mentor.weeklySlots); }
    int freeCapacity() const { return std::max(0, capacity() - takenSlots()); }
};
