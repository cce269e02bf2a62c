#pragma once

#include "domain/cohort.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Why a waitlisted application has its place: its position among those waiting in its cohort,
// and each application ahead of it with its times and why it comes first (first come, first
// served: queue time, then applied_at, then id). What the head of admissions needs to answer
// "why did she get the last seat?". Reads only: anyone signed in may ask.
class WaitlistPlace
{
    Q_DECLARE_TR_FUNCTIONS(WaitlistPlace)

public:
    // How many of those ahead are named; the rest are counted (an index walk at any size).
    static constexpr int MaxNamed = 20;

    struct Ahead
    {
        QueueEntry entry;
        QString why;
    };

    // The place of the application; nothing when it is not waitlisted.
    static Result<std::optional<WaitlistPlace>>
    explain(const QString &connectionName, qint64 applicationId, int maxNamed = MaxNamed);
    // Why `ahead` comes before `behind` in the queue, for a person.
    static QString whyAhead(const QueueEntry &ahead, const QueueEntry &behind);
    // Where the entry's queue time came from: empty for its own qualification time, else the
    // deferral that gave it.
    static QString queueTimeSource(const QueueEntry &entry);

    QueueEntry self;
    QString cohortName;
    int position = 0; // 1-based
    int waiting = 0;  // in the whole cohort
    QList<Ahead> ahead;
    int aheadNotNamed = 0;
};
