#pragma once

#include "domain/applicationstatus.h"

#include <QDate>
#include <QList>
#include <QString>

// Which applications a view shows. Empty or zero fields do not filter.
struct ApplicationFilter
{
    QList<ApplicationStatus> statuses; // any of these
    qint64 trackId = 0;
    qint64 cohortId = 0;
    qint64 ownerId = 0;
    QDate appliedFrom; // inclusive, UTC dates
    QDate appliedTo;   // inclusive
    QString search;    // see ApplicationSearchIndex: two characters at least

    bool operator==(const ApplicationFilter &other) const
    {
        return statuses == other.statuses && trackId == other.trackId &&
               cohortId == other.cohortId && ownerId == other.ownerId &&
               appliedFrom == other.appliedFrom && appliedTo == other.appliedTo &&
               search == other.search;
    }
    bool operator!=(const ApplicationFilter &other) const { return !(*this == other); }
};
