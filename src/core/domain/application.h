#pragma once

#include "domain/applicationstatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

struct Application
{
    qint64 id = 0;
    qint64 applicantId = 0;
    qint64 trackId = 0;
    qint64 cohortId = 0; // 0: not yet placed in a cohort
    ApplicationStatus status = ApplicationStatus::Applied;
    QDateTime appliedAt;   // set once, never edited
    QDateTime qualifiedAt; // set once, when first qualified
    // The place in the cohort's queue: qualifiedAt, or for a deferral that returned, what the
    // desk's policy gave it (the original qualifiedAt, or the return time).
    QDateTime queueAt;
    QDateTime statusChangedAt;
    qint64 ownerId = 0;
    std::optional<int> score;
    QString decisionReason;
    QDateTime offerExpiresAt; // while offered
    QString paymentState = QStringLiteral("none");
    QDateTime updatedAt;
    qint64 deferredToCohortId = 0; // while deferred: the later cohort it waits for
};
