#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// An interview of one application: when it starts (UTC), for how long, who interviews, who
// scheduled it, and whether it is still to come, was held or was cancelled.
struct Interview
{
    enum class State
    {
        Scheduled,
        Held,
        Cancelled
    };

    static constexpr int DefaultMinutes = 45;
    static constexpr int MinMinutes = 5;
    static constexpr int MaxMinutes = 480;

    qint64 id = 0;
    qint64 applicationId = 0;
    QDateTime startsAt;
    int durationMinutes = DefaultMinutes;
    qint64 interviewerId = 0;
    QString interviewerUsername;
    QString interviewerName;  // the interviewer's display name, their username when they have none
    qint64 scheduledById = 0; // 0: the desk itself
    State state = State::Scheduled;
    qint64 activityId = 0; // the interview activity that said it was held
    QDateTime createdAt;
    QDateTime updatedAt;
    // Read with the interview, for lists across the desk.
    qint64 applicantId = 0;
    QString applicantName;

    QDateTime endsAt() const { return startsAt.addSecs(qint64(durationMinutes) * 60); }

    static QString machineName(State state);
    static std::optional<State> stateFromMachineName(const QString &name);
    static QString displayName(State state);
};
