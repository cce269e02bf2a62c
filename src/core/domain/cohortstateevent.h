#pragma once

#include <QDateTime>
#include <QString>

// One row of a cohort's append-only state history.
struct CohortStateEvent
{
    qint64 id = 0;
    qint64 cohortId = 0;
    QString from; // empty: the cohort was created in `to`
    QString to;
    QDateTime at;
    qint64 byUserId = 0; // 0: the desk itself, following the cohort's dates
    QString byUsername;
    // In English whatever the desk's language, like a status event's cause.
    QString cause; // e.g. "start date 2027-03-01"
};
