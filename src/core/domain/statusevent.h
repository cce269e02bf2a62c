#pragma once

#include "domain/applicationstatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One row of the append-only status history.
struct StatusEvent
{
    qint64 id = 0;
    qint64 applicationId = 0;
    std::optional<ApplicationStatus> from; // none for the first event
    ApplicationStatus to = ApplicationStatus::Applied;
    QDateTime at;
    qint64 byUserId = 0; // 0: the desk itself
    QString byUsername;
    QString reason;
    // Written in English whatever the desk's language, like the machine names of the
    // statuses: the history is a record that reads the same for every user and export.
    QString cause;       // e.g. "seat released by application 812"
    qint64 cohortId = 0; // the application's cohort after the move; 0: not recorded (before v15)
    QDateTime queueAt;   // only on a returning deferral: the queue time it took
};
